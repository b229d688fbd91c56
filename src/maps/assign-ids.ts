// Issue ids assigned when mentions are stored (issue 19): `pantau import`, `pantau crawl` and
// `pantau run` end by giving ids to every complete day (before today in the office's zone) they
// stored mentions of, oldest first, through the map's ids-only path (produce.ts: assignDayIds), so a
// later `pantau map --date D` finds its look-back days' ids and never groups them itself.
//
// What needs ids is read from the store, not remembered by the command, so a crash anywhere means
// "done again next time", never "skipped": the state (a source state under the reserved id
// ":map:ids") holds a mark and the days still pending. Every mention stored at or after the mark
// (Store storedAt) marks its day as needing ids; a command first makes sure the state exists
// (beginStoring: the mark is "now" in a store that has none — an upgraded store's older mentions are
// left to `pantau map`'s own path), stores, then calls assignStoredDays, which
//   1. takes the new mark (now), reads the days of the mentions stored since the old one, adds the
//      pending days;
//   2. keeps the days from today on pending (not complete yet);
//   3. from the oldest complete day on, (re-)assigns every day up to yesterday that has mentions —
//      a later day's continuity depends on the earlier ones' ids, so it is redone too;
//   4. writes the state (new mark, every day still to do) before the work, and again after each day
//      whose ids are stored (one setIssueIds call = one transaction per day in SQLite).
// A mention rewritten later (same id) keeps its storedAt and does not mark its day again.
import type { MentionQuery, Store } from '../core/types.js';
import { assignDayIds, type DayIds, type ProduceDeps } from './produce.js';

export const IDS_STATE_ID = ':map:ids';

interface IdsState {
  /** ISO instant: mentions stored at or after it may lack their day's ids. */
  mark: string;
  /** Days known to need (re-)assignment (today's, a day that failed, days not reached). */
  pending: string[];
}

async function readState(store: Store): Promise<{ state?: IdsState; itemsFound: number }> {
  const s = await store.getSourceState(IDS_STATE_ID);
  if (!s?.cursor) return { itemsFound: s?.itemsFound ?? 0 };
  try {
    const v = JSON.parse(s.cursor) as Partial<IdsState>;
    if (typeof v.mark === 'string' && Array.isArray(v.pending)) return { state: { mark: v.mark, pending: v.pending.filter((d) => typeof d === 'string') }, itemsFound: s.itemsFound };
  } catch {
    // an unreadable state is rebuilt below
  }
  return { itemsFound: s.itemsFound };
}

async function writeState(store: Store, state: IdsState, itemsFound: number, now: number): Promise<void> {
  const at = new Date(now).toISOString();
  await store.putSourceState({ sourceId: IDS_STATE_ID, consecutiveFailures: 0, itemsFound, lastRunAt: at, cursor: JSON.stringify(state) });
}

/**
 * Before a command stores mentions: a store without the state gets one whose mark is now, so what
 * this command stores is found afterwards even if it crashes half-way.
 */
export async function beginStoring(store: Store, storeNow: () => number = Date.now): Promise<void> {
  if ((await readState(store)).state) return;
  const now = storeNow();
  await writeState(store, { mark: new Date(now).toISOString(), pending: [] }, 0, now);
}

export interface AssignOptions {
  /** The office's day now (from the injectable clock): it and later days are not complete yet. */
  today: string;
  /** The store's clock for storedAt (default Date.now, as the stores use). */
  storeNow?: () => number;
  /** Told after each day whose ids are stored. */
  onDay?: (d: DayIds) => void;
}

export interface AssignReport {
  /** The days assigned, in order. */
  days: DayIds[];
  /** Days waiting for a later run (today's, and later ones). */
  pending: string[];
}

/** Local days (office zone) with mentions matching `filter`, in order. */
async function daysOf(store: Store, filter: MentionQuery, zone: string): Promise<string[]> {
  const r = await store.aggregate({ filter, interval: 'day', timeZone: zone, size: 10_000 });
  return (r.buckets ?? []).filter((b) => b.count > 0).map((b) => b.key);
}

/**
 * Gives ids to the complete days that need them (see the file comment). Throws when a day's grouping
 * or write fails: the days before it are stored, it and the later ones stay pending.
 */
export async function assignStoredDays(deps: ProduceDeps, opts: AssignOptions): Promise<AssignReport> {
  const { store } = deps;
  const zone = deps.timezone;
  const storeNow = opts.storeNow ?? Date.now;
  const { state, itemsFound } = await readState(store);
  const newMark = storeNow();
  if (!state) {
    // Nothing is known to need ids (beginStoring was not called): start marking from now.
    await writeState(store, { mark: new Date(newMark).toISOString(), pending: [] }, itemsFound, newMark);
    return { days: [], pending: [] };
  }
  const skip = deps.factcheckSources?.size ? { excludeSourceId: [...deps.factcheckSources] } : {};
  const touched = new Set([...state.pending, ...(await daysOf(store, { storedFrom: state.mark, ...skip }, zone))]);
  const complete = [...touched].filter((d) => d < opts.today).sort();
  const later = [...touched].filter((d) => d >= opts.today).sort();
  let todo: string[] = [];
  if (complete.length) {
    const first = complete[0]!;
    // Every day from the first touched one to yesterday that has mentions: the later ones continue it.
    const stored = await daysOf(store, { from: first, to: opts.today, ...skip }, zone);
    todo = [...new Set([...complete, ...stored.filter((d) => d >= first && d < opts.today)])].sort();
  }
  const mark = new Date(newMark).toISOString();
  let count = itemsFound;
  const left = new Set(todo);
  const save = () => writeState(store, { mark, pending: [...left, ...later] }, count, storeNow());
  await save();
  const days = await assignDayIds(todo, deps, async (d) => {
    left.delete(d.day);
    count++;
    await save();
    opts.onDay?.(d);
  });
  return { days, pending: later };
}
