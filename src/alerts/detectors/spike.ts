// Negative spike: the negative mentions of one key (issue, topic, place, person) in the last window
// against the same window of the previous days. A pure function of counts, so the live evaluator and
// the replay decide identically.
//
// The expected count is a Poisson rate with a gamma posterior built from
//   - the same window on each previous day with history (up to baselineDays), each capped near the
//     median so that one earlier spike at this hour does not hide the next one;
//   - the key's level over the hours before the window, at a quarter weight (hours of the day differ,
//     but with one or two days of history it is most of what there is);
//   - a weak prior of half a mention per window.
// A spike needs all of: the tail probability of the count under that posterior ≤ pValue, at least
// minCount negatives, minStories distinct stories among them (six outlets printing one wire story are
// one story), and minRatio × the expected count. The posterior is wide when history is short, and with
// less than two days of same-hour history the bar rises further per missing day (four more mentions,
// a tail ten times smaller): a quiet key needs 5 negatives in an hour with two days of history, 9 with
// one, 13 with only ten hours, 15 with none at all (test/unit/alerts/detectors.test.ts). Negatives
// come in matters, so a key whose ordinary hours are clumpy is tested in matters (see dispersion).
import type { AlertCountSum } from '../../core/alerts.js';
import { median, negBinUpperTail } from '../stats.js';

export interface SpikeParams {
  minCount: number;
  minStories: number;
  minRatio: number;
  pValue: number;
}

export interface SpikeInput {
  window: AlertCountSum;
  /** The same window on each previous day that lies inside the history, newest first. */
  baseline: readonly AlertCountSum[];
  /** The stretch before the window (the last day), and how many windows long its history part is. */
  recent: AlertCountSum;
  recentWindows: number;
  /** Negatives of each whole window-long stretch of that day before, oldest first (for the dispersion). */
  recentByWindow?: readonly number[];
}

export interface SpikeVerdict {
  /** The bar is met: a spike. */
  firing: boolean;
  /** Back to ordinary: no longer even half the bar (hysteresis, so a spike does not flap). */
  calm: boolean;
  /** Negatives in the window. */
  level: number;
  /** Expected negatives in such a window. */
  expected: number;
  pValue: number;
  /** Days of baseline behind `expected`. */
  days: number;
}

const PRIOR_SHAPE = 0.5;
const PRIOR_WINDOWS = 1;
const RECENT_WEIGHT = 0.25;
/** Fewer days of baseline than this make the test stricter, per missing day. */
const CAUTIOUS_DAYS = 2;
/** More negatives needed per missing day (tuned on bench/alert-cities.ts: a busy city's second day). */
const SHORT_HISTORY_COUNT = 4;

function capped(xs: readonly number[]): number[] {
  if (xs.length < 3) return [...xs];
  const m = median(xs);
  const cap = m + 3 * Math.sqrt(m + 1) + 1;
  return xs.map((x) => Math.min(x, cap));
}

/** Fewer ordinary windows than this say nothing about clumping. */
const DISPERSION_MIN_WINDOWS = 6;
const DISPERSION_MAX = 4;

/**
 * How clumped a key's ordinary negatives are: the variance over the mean of its counts per window
 * (the same hour of previous days and each hour of the day before), at least 1. Negatives come in
 * matters — an accident rewritten by three outlets and two posts — not one by one; in a busy city a
 * topic's ordinary hours go 0, 0, 4, 0, 3, so an hour of 7 from three ordinary matters is not the
 * surprise a Poisson count makes it. With d the mean matter size, the window holds about x/d matters
 * against an expected rate of matters scaled by d (quasi-Poisson).
 */
export function dispersion(all: readonly number[]): number {
  // The two busiest windows left out: one earlier spike of this key is not its ordinary clumping, and
  // must not hide the next one (a clumpy key has several clumps a day, so it stays clumpy).
  const counts = all.length >= 2 * DISPERSION_MIN_WINDOWS ? [...all].sort((a, b) => a - b).slice(0, -2) : all;
  if (counts.length < DISPERSION_MIN_WINDOWS) return 1;
  const mean = counts.reduce((a, b) => a + b, 0) / counts.length;
  if (mean <= 0) return 1;
  const v = counts.reduce((a, b) => a + (b - mean) ** 2, 0) / (counts.length - 1);
  return Math.min(DISPERSION_MAX, Math.max(1, v / mean));
}

export function spikeVerdict(input: SpikeInput, p: SpikeParams): SpikeVerdict {
  const x = input.window.negative;
  const base = capped(input.baseline.map((b) => b.negative));
  const observed = base.reduce((a, b) => a + b, 0) + RECENT_WEIGHT * input.recent.negative;
  const shape = PRIOR_SHAPE + observed;
  const rate = PRIOR_WINDOWS + base.length + RECENT_WEIGHT * Math.max(0, input.recentWindows);
  const expected = shape / rate;
  const d = dispersion([...base, ...(input.recentByWindow ?? [])]);
  // Tested in matters (counts over d), reported in mentions.
  const pValue = d > 1 ? negBinUpperTail(Math.ceil(x / d), PRIOR_SHAPE + observed / d, rate) : negBinUpperTail(x, shape, rate);
  // Less than two days of same-hour history: the bar is higher (more mentions, a smaller tail).
  const short = Math.max(0, CAUTIOUS_DAYS - base.length);
  const minCount = p.minCount + SHORT_HISTORY_COUNT * short;
  const bar = p.pValue / 10 ** short;
  const firing = x >= minCount && input.window.stories >= p.minStories && x >= p.minRatio * expected && pValue <= bar;
  // Hysteresis on the plain count, so a clumpy key's episode does not end while it is still high.
  const elevated = x >= Math.max(2, Math.ceil(p.minCount / 2)) && x >= 2 * expected && negBinUpperTail(x, shape, rate) <= Math.sqrt(p.pValue);
  return { firing, calm: !firing && !elevated, level: x, expected, pValue, days: base.length };
}
