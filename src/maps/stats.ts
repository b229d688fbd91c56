// Counting for the map: sentiment splits, local hour and day buckets, top-N lists, and the mention
// as the map lists it. Pure functions over analysed mentions.
import { isoOffset, localDay, localHour, zoneOffsetMs } from '../core/time.js';
import type { Mention, SentimentLabel } from '../core/types.js';
import type { MapMention, SentimentSplit, TimeBucket } from './types.js';

export function mentionMs(m: Mention): number {
  const ms = Date.parse(m.publishedAt ?? m.fetchedAt);
  return Number.isFinite(ms) ? ms : 0;
}

export function sentimentOf(m: Mention): SentimentLabel {
  const l = m.analysis?.sentiment?.label;
  return l === 'positive' || l === 'negative' ? l : 'neutral';
}

export function split(ms: readonly Mention[]): SentimentSplit {
  const s: SentimentSplit = { positive: 0, neutral: 0, negative: 0 };
  for (const m of ms) s[sentimentOf(m)]++;
  return s;
}

/** Per local hour or day, chronological, only buckets with mentions. */
export function buckets(ms: readonly Mention[], unit: 'hour' | 'day', zone: string): TimeBucket[] {
  const map = new Map<string, TimeBucket>();
  for (const m of ms) {
    const t = mentionMs(m);
    const key = unit === 'hour' ? localHour(t, zone) : localDay(t, zone);
    let b = map.get(key);
    if (!b) map.set(key, (b = { key, count: 0, negative: 0 }));
    b.count++;
    if (sentimentOf(m) === 'negative') b.negative++;
  }
  return [...map.values()].sort((a, b) => (a.key < b.key ? -1 : 1));
}

export function hoaxFlaggedOf(m: Mention): boolean {
  const h = m.analysis?.hoax as { flagged?: unknown; score?: number; debunks?: unknown[] } | undefined;
  if (!h) return false;
  if (typeof h.flagged === 'boolean') return h.flagged;
  return Array.isArray(h.debunks) && h.debunks.length > 0;
}

/** likes + replies + shares, and views / 100 (a view is worth far less than a share). */
export function engagementOf(m: Mention): number | undefined {
  const e = m.meta?.engagement as Record<string, unknown> | undefined;
  if (!e || typeof e !== 'object') return undefined;
  const n = (k: string): number => (typeof e[k] === 'number' && Number.isFinite(e[k]) ? (e[k] as number) : 0);
  const total = n('likes') + n('replies') + n('shares') + n('views') / 100;
  return Math.round(total);
}

/** An instant as ISO 8601 with the office's offset ("2026-11-30T05:40:00+07:00"). */
export function localIso(ms: number, zone: string): string {
  return new Date(ms + zoneOffsetMs(zone, ms)).toISOString().slice(0, 19) + isoOffset(zone, ms);
}

export function authorOf(m: Mention): string | undefined {
  const h = m.meta?.authorHandle;
  return typeof h === 'string' && h ? h : m.author;
}

export function mapMention(m: Mention, zone: string): MapMention {
  const out: MapMention = {
    id: m.id,
    url: m.url,
    title: m.title,
    source: m.sourceId,
    kind: m.kind,
    publishedAt: localIso(mentionMs(m), zone),
    sentiment: sentimentOf(m),
    sentimentScore: Math.round((m.analysis?.sentiment?.score ?? 0) * 1000) / 1000,
    hoaxFlagged: hoaxFlaggedOf(m),
  };
  const author = authorOf(m);
  if (author) out.author = author;
  const e = engagementOf(m);
  if (e !== undefined) out.engagement = e;
  const c = m.meta?.clusterId;
  if (typeof c === 'string' && c) out.clusterId = c;
  return out;
}

/** Counts of keys, biggest first (ties by key), at most n. */
export function top<T extends string>(keys: Iterable<T>, n: number): { key: T; count: number }[] {
  const c = new Map<T, number>();
  for (const k of keys) c.set(k, (c.get(k) ?? 0) + 1);
  return [...c.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, n)
    .map(([key, count]) => ({ key, count }));
}
