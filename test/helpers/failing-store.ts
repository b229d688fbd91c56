// A real Store that can be switched "down": from the moment it goes down every write throws
// StoreUnavailableError (as SQLite does on a full disk or a read-only file) while reads still work,
// until it is brought back up. Tests use it to check that nothing the pipeline accepted is lost for
// good and that no state that says "done" is committed for items that were not stored.
import { StoreUnavailableError } from '../../src/core/errors.js';
import type { Store } from '../../src/core/types.js';

const WRITES = new Set([
  'upsertMentions',
  'upsertDebunks',
  'upsertFacts',
  'upsertComplaints',
  'setComplaintOpd',
  'putResponseLinks',
  'deleteResponseLink',
  'putFetchState',
  'putSourceState',
  'putItemFailures',
  'deleteItemFailures',
  'acquireLease',
  'releaseLease',
]);

export interface FailingStore extends Store {
  /** Every write throws from now on. */
  down(): void;
  /** Writes work again. */
  up(): void;
  /** Go down at the n-th call (1-based) of upsertMentions from now on, e.g. a disk filling up mid-run. */
  downAtMentionWrite(n: number): void;
  /** Writes (method names) that failed while down, in order. */
  readonly refused: string[];
}

/** Wrap `inner`; `spare` names writes that keep working while down (e.g. the run lock). */
export function failingStore(inner: Store, spare: string[] = []): FailingStore {
  let isDown = false;
  let mentionWrites = 0;
  let downAt = Infinity;
  const refused: string[] = [];
  const control = {
    down: () => void (isDown = true),
    up: () => {
      isDown = false;
      downAt = Infinity;
    },
    downAtMentionWrite: (n: number) => {
      mentionWrites = 0;
      downAt = n;
    },
    refused,
  };
  return new Proxy(inner, {
    get(target, prop, receiver) {
      if (prop in control) return control[prop as keyof typeof control];
      const value = Reflect.get(target, prop, receiver) as unknown;
      if (typeof value !== 'function') return value;
      const name = String(prop);
      return (...args: unknown[]) => {
        if (name === 'upsertMentions' && ++mentionWrites >= downAt) isDown = true;
        if (isDown && WRITES.has(name) && !spare.includes(name)) {
          refused.push(name);
          return Promise.reject(new StoreUnavailableError(`SQLite store: ${name} failed: database or disk is full (SQLITE_FULL)`));
        }
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  }) as FailingStore;
}
