// Importance of an issue (the order of the map), documented in README:
//   importance = volume × (1 + 2·negative share) × growth × (1 + 0.25·log10(1 + reach)) × (hoax ? 1.5 : 1)
// growth = √(clamp((volume + 1) / (previous + 1), 0.5, 4)): an issue that doubled since yesterday
// weighs √2 more, a new one of 3 mentions 2×; reach is its engagement (likes, replies, shares, views/100).
import type { MapIssue } from './types.js';

export function importance(i: Pick<MapIssue, 'volume' | 'negativeShare' | 'trend' | 'reach' | 'hoax'>): number {
  const growth = Math.sqrt(Math.min(4, Math.max(0.5, (i.volume + 1) / (i.trend.previous + 1))));
  const reach = 1 + 0.25 * Math.log10(1 + i.reach.engagement);
  const v = i.volume * (1 + 2 * i.negativeShare) * growth * reach * (i.hoax.flagged ? 1.5 : 1);
  return Math.round(v * 100) / 100;
}

/** A negative issue: more negative than positive mentions, and at least two and 30% of them negative. */
export function isNegative(i: Pick<MapIssue, 'sentiment' | 'volume'>): boolean {
  const s = i.sentiment;
  return s.negative > s.positive && s.negative >= 2 && s.negative >= 0.3 * i.volume;
}
