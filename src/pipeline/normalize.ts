// normalize stage: RawItem → Mention. Extraction is injected (the pipeline wires the HTML extractor),
// so this stage knows nothing about crawlers.
import { PermanentError } from '../core/errors.js';
import { mentionId } from '../core/ids.js';
import type { Mention, RawItem } from '../core/types.js';

export interface Extracted {
  canonicalUrl: string;
  title: string;
  text: string;
  publishedAt?: string;
  author?: string;
  language?: string;
}

export type ExtractFn = (html: string, url: string) => Extracted;
export type CanonicalizeFn = (url: string) => string;

function iso(d: Date | string | undefined): string | undefined {
  if (!d) return undefined;
  const t = d instanceof Date ? d : new Date(d);
  return Number.isNaN(t.getTime()) ? undefined : t.toISOString();
}

export function normalizeItem(raw: RawItem, extract: ExtractFn, canonicalize: CanonicalizeFn): Mention {
  let title = raw.title?.trim() ?? '';
  let text = raw.text?.trim() ?? '';
  let publishedAt = iso(raw.publishedAt);
  let author = raw.author;
  let language: string | undefined;
  let canonicalUrl = raw.canonicalUrl ? canonicalize(raw.canonicalUrl) : canonicalize(raw.url);
  if (raw.html) {
    const ex = extract(raw.html, raw.url);
    // The page's own metadata wins over the feed's: feeds often truncate titles and round dates.
    title = ex.title || title;
    text = ex.text || text;
    publishedAt = ex.publishedAt ?? publishedAt;
    author = ex.author ?? author;
    language = ex.language;
    // Trust rel=canonical only on the same site; a cross-site canonical would let one page shadow another.
    if (ex.canonicalUrl && sameSite(ex.canonicalUrl, raw.url)) canonicalUrl = canonicalize(ex.canonicalUrl);
  }
  if (!text && !title) throw new PermanentError(`no text could be extracted from ${raw.url}`, 'empty');
  return {
    id: mentionId(raw.identity ?? canonicalUrl),
    sourceId: raw.sourceId,
    kind: raw.kind,
    url: raw.url,
    canonicalUrl,
    title,
    text,
    author: author || undefined,
    language,
    publishedAt,
    fetchedAt: raw.fetchedAt.toISOString(),
    meta: raw.meta,
  };
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
