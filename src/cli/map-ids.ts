// The commands that store mentions (`pantau import`, `pantau crawl`, `pantau run`) end by giving
// issue ids to the complete days they stored mentions of (src/maps/assign-ids.ts), unless
// `--no-map-ids` or `map.idsOnStore: false`. "Today" comes from the injectable clock: the system's, or
// PANTAU_NOW (an ISO instant the clock starts at, for tests and replays of past days).
import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import type { PantauConfig } from '../core/config.js';
import { errorMessage, InputError, StoreUnavailableError } from '../core/errors.js';
import { localDay } from '../core/time.js';
import type { Store } from '../core/types.js';
import type { AssignReport } from '../maps/assign-ids.js';
import type { DayIds } from '../maps/produce.js';
import type { Lang } from './i18n.js';

/** The clock of a command: the system's, or one started at PANTAU_NOW. */
export function commandClock(env: NodeJS.ProcessEnv = process.env): Clock {
  const at = env.PANTAU_NOW;
  if (!at) return systemClock;
  const t = Date.parse(at);
  if (!Number.isFinite(t)) throw new InputError(`PANTAU_NOW: expected an ISO instant, got "${at}"`);
  const start = Date.now();
  return { now: () => t + (Date.now() - start), sleep: systemClock.sleep };
}

/** Whether this command assigns ids (the flag wins over the config). */
export function idsOnStore(config: PantauConfig, flag: boolean | undefined): boolean {
  return flag !== false && config.map.idsOnStore;
}

/** Called before the command stores anything (see beginStoring). */
export async function beforeStoring(store: Store): Promise<void> {
  const { beginStoring } = await import('../maps/assign-ids.js');
  // A store that cannot be reached stores nothing now either (the outbox keeps the mentions).
  await beginStoring(store).catch((e: unknown) => {
    if (!(e instanceof StoreUnavailableError)) throw e;
  });
}

export interface IdsOutcome {
  report?: AssignReport;
  /** The error that stopped the assignment (the days from it on stay pending). */
  error?: string;
  /** The store could not be reached (Elasticsearch down): nothing is lost, the days wait. */
  unavailable?: boolean;
  /** Days assigned before it. */
  done: DayIds[];
}

/** Assigns the complete days' ids now. Never throws: a failure is returned (and the days stay pending). */
export async function assignIds(config: PantauConfig, store: Store, clock: Clock, onDay?: (d: DayIds) => void): Promise<IdsOutcome> {
  const [{ assignStoredDays }, { mapRuntime }] = await Promise.all([import('../maps/assign-ids.js'), import('./map-runtime.js')]);
  const done: DayIds[] = [];
  try {
    const rt = await mapRuntime(config, store, 'id', () => new Date(clock.now()));
    const report = await assignStoredDays(rt.deps, {
      today: localDay(clock.now(), config.timezone),
      onDay: (d) => {
        done.push(d);
        onDay?.(d);
      },
    });
    return { report, done };
  } catch (e) {
    return { error: errorMessage(e), done, ...(e instanceof StoreUnavailableError ? { unavailable: true } : {}) };
  }
}

/** "issue ids: 3 days assigned (2026-11-30 … 2026-12-02)" for the command's summary. */
export function idsLine(o: IdsOutcome | 'off', lang: Lang): string {
  const id = lang === 'id';
  const head = id ? 'id isu' : 'issue ids';
  if (o === 'off') return `${head}: ${id ? 'tidak ditetapkan (--no-map-ids); hari-hari ini ditetapkan oleh impor berikutnya atau pantau map' : 'not assigned (--no-map-ids); the next import or pantau map assigns these days'}\n`;
  const days = o.done;
  const span = days.length ? ` (${days[0]!.day}${days.length > 1 ? ` … ${days[days.length - 1]!.day}` : ''})` : '';
  let line = `${head}: ${days.length} ${id ? 'hari ditetapkan' : days.length === 1 ? 'day assigned' : 'days assigned'}${span}`;
  const waiting = o.report?.pending ?? [];
  if (waiting.length) line += id ? `; menunggu hari berakhir: ${waiting.join(', ')}` : `; waiting for the day to end: ${waiting.join(', ')}`;
  if (o.error) line += id ? `; GAGAL: ${o.error} (dicoba lagi pada penyimpanan berikutnya)` : `; FAILED: ${o.error} (tried again at the next store)`;
  return `${line}\n`;
}
