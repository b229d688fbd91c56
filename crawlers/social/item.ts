// One shape for every platform's post or comment before it becomes a RawItem, so the meta keys the
// owned-channel audit reads (platform, platformId, replyTo, threadId, engagement, authorHandle,
// isOwned) are spelled the same everywhere.
import type { RawItem, Source } from '../../src/core/types.js';

export interface Engagement {
  likes?: number;
  replies?: number;
  shares?: number;
  views?: number;
}

export interface SocialPost {
  platform: string;
  /** The platform's own id of the post/comment. */
  platformId: string;
  /** Permalink; built from platform ids when the API gives none (the mention id derives from it). */
  url: string;
  text: string;
  title?: string;
  /** Display name. */
  author?: string;
  /** Account handle / platform account id. */
  authorHandle?: string;
  publishedAt?: Date;
  /** Platform id of the post/comment this one answers. */
  replyTo?: string;
  /** Platform id of the conversation root (post, video, thread). */
  threadId?: string;
  engagement?: Engagement;
  isOwned?: boolean;
  /** Platform-specific extras kept verbatim (media type, subreddit, channel id…). */
  extra?: Record<string, unknown>;
}

/** A short title from the first non-empty line: posts have no headline, lists and search need one. */
export function firstLine(text: string, max = 100): string {
  const line = text.split(/\r?\n/).map((l) => l.replace(/\s+/g, ' ').trim()).find((l) => l.length > 0) ?? '';
  if (line.length <= max) return line;
  const cut = line.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return (space > max * 0.6 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '') + '…';
}

function cleanEngagement(e: Engagement | undefined): Engagement | undefined {
  if (!e) return undefined;
  const out: Engagement = {};
  for (const k of ['likes', 'replies', 'shares', 'views'] as const) {
    const v = e[k];
    if (typeof v === 'number' && Number.isFinite(v) && v >= 0) out[k] = v;
  }
  return Object.keys(out).length ? out : undefined;
}

export function toRawItem(source: Source, p: SocialPost, fetchedAt = new Date()): RawItem {
  const engagement = cleanEngagement(p.engagement);
  const meta: Record<string, unknown> = {
    ...p.extra,
    platform: p.platform,
    platformId: p.platformId,
    isOwned: p.isOwned ?? false,
  };
  if (p.authorHandle) meta.authorHandle = p.authorHandle;
  if (p.replyTo) meta.replyTo = p.replyTo;
  if (p.threadId) meta.threadId = p.threadId;
  if (engagement) meta.engagement = engagement;
  const text = p.text.trim();
  return {
    sourceId: source.id,
    url: p.url,
    kind: 'social',
    fetchedAt,
    text,
    title: p.title?.trim() || firstLine(text),
    author: p.author || p.authorHandle,
    publishedAt: p.publishedAt && !Number.isNaN(p.publishedAt.getTime()) ? p.publishedAt : undefined,
    meta,
  };
}

/** Date from an ISO string / epoch seconds, undefined when unusable. */
export function parseDate(v: unknown, epochUnit: 's' | 'ms' = 's'): Date | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return new Date(epochUnit === 's' ? v * 1000 : v);
  if (typeof v !== 'string' || !v.trim()) return undefined;
  const d = new Date(v);
  return Number.isNaN(d.getTime()) ? undefined : d;
}

export function isObj(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

export function int(v: unknown): number | undefined {
  if (typeof v === 'number' && Number.isFinite(v)) return v;
  if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  return undefined;
}
