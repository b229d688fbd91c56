// The daily map written by `pantau run`: at `reports.dailyAt` (office time) the map of the day
// before is rendered in every configured format into `reports.dir`, once per day even across
// restarts. The last day written is kept in the store (a source state under the reserved id
// ":report:daily"), saved only after every file is written: a crash or a failed write means "do it
// again" (at the next start, or 10 minutes later), never "skipped for good". Only yesterday's map is
// caught up after a restart; older missed days are left to `pantau map --date`.
import type { Clock } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import { localDay, startOfLocalDay } from '../core/time.js';
import type { Logger, Store } from '../core/types.js';
import { addDays } from './produce.js';

export const REPORT_STATE_ID = ':report:daily';
const RETRY_MS = 10 * 60_000;

export interface DailyReportDeps {
  store: Store;
  clock: Clock;
  timezone: string;
  /** "HH:MM" local. */
  dailyAt: string;
  /** Renders and writes the map of `day` (every format); throws when it could not. */
  write(day: string): Promise<void>;
  log: Logger;
}

/** The instant of `dailyAt` on a local day. */
export function dueInstant(day: string, dailyAt: string, zone: string): number {
  const [h, m] = dailyAt.split(':').map(Number) as [number, number];
  return startOfLocalDay(day, zone) + (h * 60 + m) * 60_000;
}

/** The day whose map is due at `now` (yesterday once today's dailyAt has passed), if not written yet. */
export function dueReportDay(now: number, zone: string, dailyAt: string, lastWritten: string | undefined): string | undefined {
  const today = localDay(now, zone);
  if (now < dueInstant(today, dailyAt, zone)) return undefined;
  const day = addDays(today, -1);
  return lastWritten !== undefined && lastWritten >= day ? undefined : day;
}

async function lastWritten(store: Store): Promise<string | undefined> {
  return (await store.getSourceState(REPORT_STATE_ID))?.cursor;
}

/** Write the due report if there is one. Returns the day written, or undefined. */
export async function writeDueReport(deps: DailyReportDeps): Promise<string | undefined> {
  const now = deps.clock.now();
  const day = dueReportDay(now, deps.timezone, deps.dailyAt, await lastWritten(deps.store));
  if (!day) return undefined;
  await deps.write(day);
  const prev = await deps.store.getSourceState(REPORT_STATE_ID);
  const iso = new Date(deps.clock.now()).toISOString();
  await deps.store.putSourceState({ sourceId: REPORT_STATE_ID, consecutiveFailures: 0, itemsFound: (prev?.itemsFound ?? 0) + 1, lastRunAt: iso, lastSuccessAt: iso, cursor: day });
  deps.log.info({ day }, 'daily map written');
  return day;
}

/** Until the signal aborts: write each day's map when due. */
export async function runDailyReports(deps: DailyReportDeps, signal: AbortSignal): Promise<void> {
  while (!signal.aborted) {
    let wait: number;
    try {
      await writeDueReport(deps);
      const now = deps.clock.now();
      const today = localDay(now, deps.timezone);
      const next = dueInstant(now < dueInstant(today, deps.dailyAt, deps.timezone) ? today : addDays(today, 1), deps.dailyAt, deps.timezone);
      wait = Math.max(1000, next - now);
    } catch (err) {
      deps.log.error({ err: errorMessage(err) }, 'daily map could not be written; trying again in 10 minutes');
      wait = RETRY_MS;
    }
    await deps.clock.sleep(wait, signal).catch(() => {});
  }
}
