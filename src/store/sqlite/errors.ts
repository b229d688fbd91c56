// Which SQLite failures mean "the store is unusable" (throw StoreUnavailableError, the pipeline
// retries later) versus "this one item is bad" (drop it and keep the rest of the batch).
import { StoreUnavailableError } from '../../core/errors.js';

const ITEM_LEVEL = /^SQLITE_(CONSTRAINT|TOOBIG|MISMATCH|RANGE)/;

export function sqliteCode(err: unknown): string | undefined {
  const code = (err as { code?: unknown })?.code;
  return typeof code === 'string' && code.startsWith('SQLITE_') ? code : undefined;
}

/** True for errors caused by one item's data rather than by the database. */
export function isItemError(err: unknown): boolean {
  const code = sqliteCode(err);
  return code !== undefined && ITEM_LEVEL.test(code);
}

/** Wrap database-level failures (busy, disk full, I/O, corrupt, read-only) as StoreUnavailableError. */
export function toStoreError(err: unknown, what: string): unknown {
  if (err instanceof StoreUnavailableError) return err;
  const code = sqliteCode(err);
  if (code && !isItemError(err)) {
    return new StoreUnavailableError(`SQLite store: ${what} failed: ${(err as Error).message} (${code})`, { cause: err });
  }
  return err;
}
