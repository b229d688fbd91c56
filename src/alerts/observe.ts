// From counters to verdicts: the slot ranges each rule reads for one key (its window, the same
// window on previous days, the hours before, the episode so far), asked from the store in one
// batch, and handed to the pure detectors. Cost per key is a fixed number of range sums, whatever
// the store's size.
import type { AlertCountQuery, AlertCountSum, AlertNumbers, AlertRecord, AlertStore } from '../core/alerts.js';
import { slotOf, slotStart, SLOT_MS } from '../core/alerts.js';
import type { AlertRule } from '../core/alerts-config.js';
import { hoaxVerdict } from './detectors/hoax.js';
import { shareVerdict } from './detectors/share.js';
import { spikeVerdict } from './detectors/spike.js';
import { watchVerdict } from './detectors/watch.js';
import type { Observation } from './discipline.js';

export const SLOTS_PER_DAY = 86_400_000 / SLOT_MS;

const slots = (ms: number): number => Math.max(1, Math.round(ms / SLOT_MS));
const iso = (ms: number): string => new Date(ms).toISOString();

export interface ObserveContext {
  nowMs: number;
  /** First slot with data (undefined: none yet). */
  historyStartSlot?: number;
}

/** How far back (in slots) a rule reads counters; counters older than every rule's reach are pruned. */
export function reachSlots(rule: AlertRule): number {
  switch (rule.kind) {
    case 'spike':
      return slots(rule.window) + (rule.baselineDays + 1) * SLOTS_PER_DAY;
    case 'share':
      return slots(rule.window) + rule.recentDays * SLOTS_PER_DAY;
    case 'watch':
      return Math.max(slots(rule.window), slots(rule.resolveAfter));
    case 'hoax':
      return slots(rule.window);
  }
}

/** The slot range of the window ending now. */
function windowRange(nowMs: number, windowMs: number): { from: number; to: number } {
  const to = slotOf(nowMs);
  return { from: to - slots(windowMs) + 1, to };
}

function episodeFrom(alert: AlertRecord | undefined, windowSlots: number): number | undefined {
  return alert ? slotOf(Date.parse(alert.startedAt)) - windowSlots + 1 : undefined;
}

/**
 * Observations of many keys of one counter rule (spike, share, watch). `episodes` maps a key to its
 * current alert (open, or resolved within the cooldown), whose size is counted from its start.
 */
export async function observeCounts(
  store: Pick<AlertStore, 'sumAlertCounts'>,
  rule: Extract<AlertRule, { kind: 'spike' | 'share' | 'watch' }>,
  keys: readonly string[],
  episodes: ReadonlyMap<string, AlertRecord>,
  ctx: ObserveContext,
): Promise<Map<string, Observation>> {
  const w = windowRange(ctx.nowMs, rule.window);
  const ws = w.to - w.from + 1;
  const hist = ctx.historyStartSlot ?? w.from;
  const queries: AlertCountQuery[] = [];
  const layout: { key: string; window: number; baseline: number[]; recent?: number; recentSlots: number; recentChunks?: number[]; episode?: number }[] = [];
  for (const key of keys) {
    const entry: (typeof layout)[number] = { key, window: queries.push({ key, ...w }) - 1, baseline: [], recentSlots: 0 };
    if (rule.kind === 'spike') {
      for (let d = 1; d <= rule.baselineDays; d++) {
        const from = w.from - d * SLOTS_PER_DAY;
        if (from < hist) break;
        entry.baseline.push(queries.push({ key, from, to: w.to - d * SLOTS_PER_DAY }) - 1);
      }
      const rFrom = Math.max(w.from - SLOTS_PER_DAY, hist);
      if (rFrom < w.from) {
        entry.recent = queries.push({ key, from: rFrom, to: w.from - 1 }) - 1;
        entry.recentSlots = w.from - rFrom;
        // The same day in whole windows too (at most a day's worth of range sums), for the dispersion.
        entry.recentChunks = [];
        for (let to = w.from - 1; to - ws + 1 >= rFrom; to -= ws) entry.recentChunks.push(queries.push({ key, from: to - ws + 1, to }) - 1);
      }
    } else if (rule.kind === 'share') {
      const rFrom = Math.max(w.from - rule.recentDays * SLOTS_PER_DAY, hist);
      if (rFrom < w.from) {
        entry.recent = queries.push({ key, from: rFrom, to: w.from - 1 }) - 1;
        entry.recentSlots = w.from - rFrom;
      }
    } else {
      const fresh = windowRange(ctx.nowMs, rule.resolveAfter);
      entry.recent = queries.push({ key, ...fresh }) - 1;
    }
    const ep = episodeFrom(episodes.get(key), ws);
    if (ep !== undefined && ep < w.from) entry.episode = queries.push({ key, from: ep, to: w.to }) - 1;
    layout.push(entry);
  }
  const sums = queries.length ? await store.sumAlertCounts(queries) : [];
  const zero: AlertCountSum = { total: 0, negative: 0, stories: 0 };
  const at = (i: number | undefined): AlertCountSum => (i === undefined ? zero : sums[i]!);
  const out = new Map<string, Observation>();
  for (const e of layout) {
    const win = at(e.window);
    const size = Math.max(win.negative, at(e.episode).negative);
    const base: AlertNumbers = {
      windowFrom: iso(slotStart(w.from)),
      windowTo: iso(ctx.nowMs),
      total: win.total,
      negative: win.negative,
      baseline: 0,
      baselineDays: 0,
    };
    if (rule.kind === 'spike') {
      const v = spikeVerdict(
        { window: win, baseline: e.baseline.map(at), recent: at(e.recent), recentWindows: e.recentSlots / ws, recentByWindow: (e.recentChunks ?? []).map((i) => at(i).negative).reverse() },
        rule,
      );
      out.set(e.key, {
        firing: v.firing,
        calm: v.calm,
        size,
        numbers: { ...base, stories: win.stories, baseline: round(v.expected), baselineDays: v.days, pValue: v.pValue },
      });
    } else if (rule.kind === 'share') {
      const v = shareVerdict(win, at(e.recent), rule);
      out.set(e.key, {
        firing: v.firing,
        calm: v.calm,
        size,
        numbers: { ...base, share: round(v.share, 3), baseline: round(v.usual, 3), baselineDays: Math.round(e.recentSlots / SLOTS_PER_DAY), pValue: v.pValue },
      });
    } else {
      const v = watchVerdict(win.negative, at(e.recent).negative, rule);
      out.set(e.key, { firing: v.firing, calm: v.calm, size, numbers: base });
    }
  }
  return out;
}

/** Observations of hoax claims: distinct carriers in the window, fresh ones, and since the alert began. */
export async function observeHoax(
  store: Pick<AlertStore, 'countAlertSpread'>,
  rule: Extract<AlertRule, { kind: 'hoax' }>,
  keys: readonly string[],
  episodes: ReadonlyMap<string, AlertRecord>,
  ctx: ObserveContext,
): Promise<Map<string, Observation>> {
  const out = new Map<string, Observation>();
  if (!keys.length) return out;
  const inWindow = await store.countAlertSpread(keys, ctx.nowMs - rule.window);
  const fresh = await store.countAlertSpread(keys, ctx.nowMs - rule.resolveAfter);
  for (const key of keys) {
    const n = inWindow.get(key) ?? 0;
    const v = hoaxVerdict(n, fresh.get(key) ?? 0, rule);
    const ep = episodes.get(key);
    const since = ep ? (await store.countAlertSpread([key], Date.parse(ep.startedAt) - rule.window)).get(key) ?? 0 : 0;
    out.set(key, {
      firing: v.firing,
      calm: v.calm,
      size: Math.max(n, since),
      numbers: {
        windowFrom: iso(ctx.nowMs - rule.window),
        windowTo: iso(ctx.nowMs),
        total: n,
        negative: 0,
        sources: n,
        baseline: 0,
        baselineDays: 0,
      },
    });
  }
  return out;
}

function round(x: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(x * f) / f;
}
