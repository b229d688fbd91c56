// `pantau alerts replay`: the detectors run over stored history as if live — every `step` (default
// 15 minutes, the default crawl interval) the evaluator sees the mentions that had arrived by then
// (arrival as in keys.ts: the store time, or the publication time for back-filled mentions such as
// an import) and decides exactly as it would have; nothing is delivered and the store's own alert
// state is not touched (the replay keeps its state in memory). Prints what would have fired.
import type { AlertRecord } from '../core/alerts.js';
import type { AlertsConfig } from '../core/alerts-config.js';
import type { Clock } from '../core/clock.js';
import { silentLogger } from '../core/log.js';
import type { Logger, Mention, Store } from '../core/types.js';
import { AlertEvaluator, type FiredEvent } from './evaluate.js';
import { replayFeed } from './feed.js';
import { arrivalMs } from './keys.js';
import type { Lang } from './message.js';
import { MemoryAlertStore } from './memory-store.js';
import { reachSlots } from './observe.js';
import { SLOT_MS } from '../core/alerts.js';

export interface ReplayOptions {
  fromMs: number;
  toMs: number;
  stepMs: number;
  alerts: AlertsConfig;
  timezone: string;
  watchlist: readonly string[];
  ownedSources?: readonly string[];
  factcheckSources?: readonly string[];
  label?: (key: string, lang: Lang) => string | Promise<string>;
  /** Also updates and *reda* messages (default: only new alerts). */
  allEvents?: boolean;
  log?: Logger;
}

/** One line of the replay's output. `kind` contains "spike" for negative spikes. */
export interface ReplayEvent {
  at: string;
  kind: AlertRecord['kind'];
  event: FiredEvent['event'];
  rule: string;
  key: string;
  label: string;
  issue: string | null;
  related: string[];
  window: { from: string; to: string };
  counts: { negative: number; total: number; stories?: number; sources?: number; share?: number };
  baseline: number;
  baselineDays: number;
  pValue?: number;
  alert: string;
}

class SteppedClock implements Clock {
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  async sleep(): Promise<void> {}
}

/** The fields the evaluator reads of a past mention (the rest of a long text is not kept in memory). */
function slim(m: Mention): Mention {
  const { clusterId, importFile } = m.meta ?? {};
  return { ...m, text: m.text.slice(0, 2000), meta: { ...(clusterId === undefined ? {} : { clusterId }), ...(importFile === undefined ? {} : { importFile }) } };
}

/**
 * The day before the period is replayed too, silently: an episode that began before `--from` (a spike
 * at 23:30 still going after midnight) is the same episode, not a new alert of the period — so a
 * replay of one day says what that day of a longer replay says.
 */
export const REPLAY_WARM_MS = 24 * 3_600_000;

export async function replay(store: Pick<Store, 'scan'>, o: ReplayOptions): Promise<ReplayEvent[]> {
  const reachMs = Math.max(...o.alerts.rules.map(reachSlots), 24 * 12) * SLOT_MS;
  const warmFrom = o.fromMs - REPLAY_WARM_MS;
  const since = warmFrom - reachMs - o.alerts.backfillAfter;
  const rows: { arrival: number; mention: Mention }[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.scan({ from: new Date(since).toISOString(), to: new Date(o.toMs + o.alerts.backfillAfter).toISOString() }, { limit: 2000, ...(cursor ? { cursor } : {}) });
    for (const m of page.items) {
      const arrival = arrivalMs(m, o.alerts.backfillAfter);
      if (arrival <= o.toMs && arrival >= since) rows.push({ arrival, mention: slim(m) });
    }
    cursor = page.cursor ?? undefined;
  } while (cursor);
  rows.sort((a, b) => a.arrival - b.arrival || (a.mention.id < b.mention.id ? -1 : 1));

  const clock = new SteppedClock(warmFrom);
  const evaluator = new AlertEvaluator({
    store: new MemoryAlertStore(),
    feed: replayFeed(rows, clock),
    alerts: o.alerts,
    timezone: o.timezone,
    watchlist: o.watchlist,
    ownedSources: o.ownedSources,
    factcheckSources: o.factcheckSources,
    channels: [],
    clock,
    log: o.log ?? silentLogger,
    ...(o.label ? { label: o.label } : {}),
  });
  const out: ReplayEvent[] = [];
  // The history before the warm-up first (counted, not reported), then step by step; what fired
  // during the warm-up day is state, not output.
  await evaluator.evaluate();
  const steps = Math.floor((o.fromMs - warmFrom) / o.stepMs);
  for (let t = o.fromMs - steps * o.stepMs + o.stepMs; t <= o.toMs; t += o.stepMs) {
    clock.t = t;
    const r = await evaluator.evaluate();
    if (t <= o.fromMs) continue;
    for (const e of r.events) {
      if (!o.allEvents && e.event !== 'alert') continue;
      const a = e.alert;
      out.push({
        at: e.at,
        kind: a.kind,
        event: e.event,
        rule: a.ruleId,
        key: a.key,
        label: a.label,
        issue: a.issueId ?? null,
        related: a.related,
        window: { from: a.numbers.windowFrom, to: a.numbers.windowTo },
        counts: {
          negative: a.numbers.negative,
          total: a.numbers.total,
          ...(a.numbers.stories !== undefined ? { stories: a.numbers.stories } : {}),
          ...(a.numbers.sources !== undefined ? { sources: a.numbers.sources } : {}),
          ...(a.numbers.share !== undefined ? { share: a.numbers.share } : {}),
        },
        baseline: a.numbers.baseline,
        baselineDays: a.numbers.baselineDays,
        ...(a.numbers.pValue !== undefined ? { pValue: a.numbers.pValue } : {}),
        alert: a.id,
      });
    }
  }
  return out;
}
