// The detectors as pure functions over counts.
import { describe, expect, it } from 'vitest';
import { hoaxVerdict } from '../../../src/alerts/detectors/hoax.js';
import { shareVerdict } from '../../../src/alerts/detectors/share.js';
import { spikeVerdict } from '../../../src/alerts/detectors/spike.js';
import { binomialUpperTail, negBinUpperTail } from '../../../src/alerts/stats.js';

const P = { minCount: 5, minStories: 4, minRatio: 3, pValue: 0.001 };
const c = (negative: number, stories = negative, total = negative) => ({ negative, stories, total });
const days = (n: number, each: number) => Array.from({ length: n }, () => c(each));

describe('tail probabilities', () => {
  it('negative binomial tends to Poisson with many windows, and is wider with few', () => {
    // Poisson(1): P(X ≥ 5) = 0.00366
    expect(negBinUpperTail(5, 10_000, 10_000)).toBeCloseTo(0.00366, 4);
    expect(negBinUpperTail(5, 1, 1)).toBeCloseTo(0.5 ** 5, 6);
    expect(negBinUpperTail(0, 1, 1)).toBe(1);
    expect(negBinUpperTail(60, 1, 10)).toBeGreaterThan(0);
    expect(negBinUpperTail(60, 1, 10)).toBeLessThan(1e-50);
  });
  it('binomial upper tail', () => {
    expect(binomialUpperTail(10, 10, 0.5)).toBeCloseTo(1 / 1024, 8);
    expect(binomialUpperTail(0, 10, 0.5)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.5)).toBe(0);
  });
});

describe('negative spike', () => {
  it('fires on a burst far above the same hour of previous days', () => {
    const v = spikeVerdict({ window: c(9, 7), baseline: days(14, 0.5), recent: c(10), recentWindows: 23 }, P);
    expect(v.firing).toBe(true);
    expect(v.days).toBe(14);
    expect(v.expected).toBeLessThan(1);
  });
  it('2 → 4 is not a spike: below the minimum count', () => {
    expect(spikeVerdict({ window: c(4), baseline: days(14, 0), recent: c(0), recentWindows: 23 }, P).firing).toBe(false);
  });
  it('six copies of one wire story are one story, not a spike', () => {
    expect(spikeVerdict({ window: c(8, 2), baseline: days(14, 0), recent: c(0), recentWindows: 23 }, P).firing).toBe(false);
  });
  it('an hour that is always busy is not a spike', () => {
    expect(spikeVerdict({ window: c(9), baseline: days(14, 8), recent: c(60), recentWindows: 23 }, P).firing).toBe(false);
  });
  it('one earlier spike at this hour does not hide the next one (capped baseline)', () => {
    const baseline = [c(40), ...days(13, 0)];
    expect(spikeVerdict({ window: c(10), baseline, recent: c(2), recentWindows: 23 }, P).firing).toBe(true);
  });
  it('is more cautious with little history', () => {
    // Negatives a quiet key needs in one hour, by days of same-hour history (hours before the window: 23).
    const needs = (d: number, recentWindows = 23): number => {
      let x = 1;
      while (!spikeVerdict({ window: c(x), baseline: days(d, 0), recent: c(0), recentWindows }, P).firing) x++;
      return x;
    };
    expect([needs(0, 0), needs(0, 10), needs(1), needs(2), needs(14)]).toEqual([15, 13, 9, 5, 5]);
  });
  it('an hour of several ordinary matters in a clumpy key is not a spike; the same hour in a quiet key is', () => {
    // The day before: negatives came in matters of 3–5 within an hour, a few times a day.
    const clumpy = [0, 0, 0, 0, 0, 0, 4, 0, 0, 3, 0, 0, 5, 0, 0, 0, 3, 0, 0, 0, 4, 0, 0];
    const recent = c(clumpy.reduce((a, b) => a + b, 0));
    expect(spikeVerdict({ window: c(7), baseline: days(1, 0), recent, recentWindows: 23, recentByWindow: clumpy }, P).firing).toBe(false);
    const steady = clumpy.map((_, i) => (i % 4 === 0 ? 1 : 0));
    expect(spikeVerdict({ window: c(7), baseline: days(2, 0), recent: c(6), recentWindows: 23, recentByWindow: steady }, P).firing).toBe(true);
    expect(spikeVerdict({ window: c(7), baseline: days(2, 0), recent, recentWindows: 23, recentByWindow: clumpy }, P).firing).toBe(false);
    // A burst of one matter still passes the clumpy key: 11 in the hour with two days of history, 18 with one.
    expect(spikeVerdict({ window: c(11, 8), baseline: days(2, 0), recent, recentWindows: 23, recentByWindow: clumpy }, P).firing).toBe(true);
    expect(spikeVerdict({ window: c(18, 10), baseline: days(1, 0), recent, recentWindows: 23, recentByWindow: clumpy }, P).firing).toBe(true);
  });
  it('is calm only when well below the bar (hysteresis)', () => {
    const base = { baseline: days(14, 0.3), recent: c(5), recentWindows: 23 };
    expect(spikeVerdict({ ...base, window: c(4) }, P)).toMatchObject({ firing: false, calm: false });
    expect(spikeVerdict({ ...base, window: c(1) }, P)).toMatchObject({ firing: false, calm: true });
  });
});

describe('share shift, hoax, watch', () => {
  const S = { rise: 0.3, minShare: 0.5, minTotal: 10, minRecent: 20 };
  it('share: a rise over the key’s own level, with enough mentions', () => {
    expect(shareVerdict(c(9, 9, 12), c(20, 20, 100), S).firing).toBe(true);
    expect(shareVerdict(c(5, 5, 7), c(20, 20, 100), S).firing).toBe(false); // too few in the window
    expect(shareVerdict(c(9, 9, 12), c(60, 60, 100), S).firing).toBe(false); // usually this negative
    expect(shareVerdict(c(9, 9, 12), c(2, 2, 10), S).firing).toBe(false); // no level of its own yet
  });
  it('hoax: N distinct carriers', () => {
    expect(hoaxVerdict(3, 1, { minSources: 3 })).toEqual({ firing: true, calm: false, level: 3 });
    expect(hoaxVerdict(2, 0, { minSources: 3 })).toEqual({ firing: false, calm: true, level: 2 });
  });
});
