// normalize stage: RawItem → Mention. Extraction is injected (the pipeline wires the HTML extractor),
// so this stage knows nothing about crawlers. It decides the publication date (README "Dates": the
// feed's or sitemap's date weighed against the page's own by src/core/published-date), caps field
// sizes, and refuses items with no text.
import { PermanentError } from '../core/errors.js';
import { mentionId } from '../core/ids.js';
import { choosePublished, offsetMinutes, type DateCandidate } from '../core/published-date.js';
import type { Mention, RawItem } from '../core/types.js';

export interface Extracted {
  canonicalUrl: string;
  title: string;
  text: string;
  publishedAt?: string;
  /** The page's dates with their provenance; when given, the date rule runs again with the feed's. */
  dateCandidates?: DateCandidate[];
  /** The page's local offset ("+07:00" for Indonesian pages). */
  localOffset?: string;
  author?: string;
  language?: string;
}

export type ExtractFn = (html: string, url: string) => Extracted;
export type CanonicalizeFn = (url: string) => string;

/** Headlines are under 300 characters; anything far longer is a broken or hostile page. */
export const MAX_TITLE_CHARS = 500;
export const MAX_AUTHOR_CHARS = 200;
/** About 150 pages of text: far beyond any article or post, small enough to index. */
export const MAX_TEXT_CHARS = 500_000;
const WIB = '+07:00';
const DAY_MS = 86_400_000;

function iso(d: Date | string | undefined): string | undefined {
  if (!d) return undefined;
  const t = d instanceof Date ? d : new Date(d);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

export function normalizeItem(raw: RawItem, extract: ExtractFn, canonicalize: CanonicalizeFn): Mention {
  let title = raw.title ?? '';
  let text = raw.text?.trim() ?? '';
  let publishedAt = iso(raw.publishedAt);
  let author = raw.author;
  let language: string | undefined;
  let canonicalUrl = raw.canonicalUrl ? canonicalize(raw.canonicalUrl) : canonicalize(raw.url);
  if (raw.html) {
    const ex = extract(raw.html, raw.url);
    // The page's own headline wins over the feed's: feeds often truncate titles.
    title = ex.title || title;
    // A page whose text cannot be extracted (a video with no words, a script-only shell) keeps the
    // feed's own summary of it, if the feed gave one.
    text = ex.text || text || feedSummary(raw);
    publishedAt = decideDate(raw, ex) ?? publishedAt;
    author = ex.author ?? author;
    language = ex.language;
    // Trust rel=canonical only on the same site; a cross-site canonical would let one page shadow another.
    if (ex.canonicalUrl && sameSite(ex.canonicalUrl, raw.url)) canonicalUrl = canonicalize(ex.canonicalUrl);
  }
  title = cap(oneLine(title), MAX_TITLE_CHARS);
  author = author ? cap(oneLine(author), MAX_AUTHOR_CHARS) : undefined;
  text = cap(text, MAX_TEXT_CHARS);
  if (!text && !keepsWithoutText(raw, title)) throw new PermanentError('empty text', 'empty_text');
  return {
    id: mentionId(canonicalUrl),
    sourceId: raw.sourceId,
    kind: raw.kind,
    url: raw.url,
    canonicalUrl,
    title,
    text,
    author: author || undefined,
    language: language && /^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i.test(language) ? language : undefined,
    publishedAt,
    fetchedAt: raw.fetchedAt.toISOString(),
    meta: raw.meta,
  };
}

/**
 * A news page with no text is not an article (a consent wall, a script-only shell, a wrong
 * encoding): it is dropped, even with a title. A social post with no words is still a post (a photo,
 * a video, a sticker) and counts in the owned-channel audit, so it is kept when it has an identity.
 */
function keepsWithoutText(raw: RawItem, title: string): boolean {
  if (raw.kind !== 'social') return false;
  return !!title || raw.meta?.platformId !== undefined;
}

function feedSummary(raw: RawItem): string {
  const s = raw.meta?.feedSummary;
  return typeof s === 'string' ? s.trim() : '';
}

/** The feed's date against the page's candidates, by the rule in src/core/published-date.ts. */
function decideDate(raw: RawItem, ex: Extracted): string | undefined {
  if (!ex.dateCandidates) return ex.publishedAt;
  const local = ex.localOffset ?? WIB;
  const cands = [...ex.dateCandidates];
  const feed = raw.publishedAt?.getTime();
  if (feed !== undefined && Number.isFinite(feed)) {
    // A feed date at exactly midnight (UTC or local) is a date without a time ("2026-11-30" in a
    // sitemap): it names the day but must not set the time of day.
    const local0 = (feed + offsetMinutes(local) * 60_000) % DAY_MS === 0;
    cands.push({ source: 'feed', ms: feed, offset: local, hasTime: feed % DAY_MS !== 0 && !local0, hasZone: true });
  }
  const fetched = raw.fetchedAt.getTime();
  const d = choosePublished(cands, { localOffset: local, outputOffset: local, fetchedAt: Number.isFinite(fetched) ? fetched : undefined });
  return d?.iso;
}

/** Titles and names on one line: newlines, tabs and control characters become single spaces. */
function oneLine(s: string): string {
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** At most `max` characters, cut at a word boundary when one is near, with an ellipsis. */
function cap(s: string, max: number): string {
  if (s.length <= max) return s;
  let cut = s.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  if (space > max * 0.8) cut = cut.slice(0, space);
  // Never split a surrogate pair.
  if (/[\ud800-\udbff]$/.test(cut)) cut = cut.slice(0, -1);
  return cut.trimEnd() + '…';
}

function sameSite(a: string, b: string): boolean {
  try {
    const ha = new URL(a).hostname.replace(/^(www|m|amp)\./, '');
    const hb = new URL(b).hostname.replace(/^(www|m|amp)\./, '');
    return ha === hb || ha.endsWith('.' + hb) || hb.endsWith('.' + ha);
  } catch {
    return false;
  }
}
