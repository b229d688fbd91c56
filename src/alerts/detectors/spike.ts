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
// less than two days of same-hour history the bar rises further per missing day (two more mentions,
// a tail ten times smaller): a quiet key needs 5 negatives in an hour with two days of history, 7 with
// one, 9 with only ten hours, 15 with none at all (test/unit/alerts/detectors.test.ts).
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

function capped(xs: readonly number[]): number[] {
  if (xs.length < 3) return [...xs];
  const m = median(xs);
  const cap = m + 3 * Math.sqrt(m + 1) + 1;
  return xs.map((x) => Math.min(x, cap));
}

export function spikeVerdict(input: SpikeInput, p: SpikeParams): SpikeVerdict {
  const x = input.window.negative;
  const base = capped(input.baseline.map((b) => b.negative));
  const shape = PRIOR_SHAPE + base.reduce((a, b) => a + b, 0) + RECENT_WEIGHT * input.recent.negative;
  const rate = PRIOR_WINDOWS + base.length + RECENT_WEIGHT * Math.max(0, input.recentWindows);
  const expected = shape / rate;
  const pValue = negBinUpperTail(x, shape, rate);
  // Less than two days of same-hour history: the bar is higher (more mentions, a smaller tail).
  const short = Math.max(0, CAUTIOUS_DAYS - base.length);
  const minCount = p.minCount + 2 * short;
  const bar = p.pValue / 10 ** short;
  const firing = x >= minCount && input.window.stories >= p.minStories && x >= p.minRatio * expected && pValue <= bar;
  const elevated = x >= Math.max(2, Math.ceil(p.minCount / 2)) && x >= 2 * expected && pValue <= Math.sqrt(p.pValue);
  return { firing, calm: !firing && !elevated, level: x, expected, pValue, days: base.length };
}
