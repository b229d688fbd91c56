// What became of one discovered item, shared by the crawlers that discover links (rss, sitemap,
// google-news, html-list): fetched (a RawItem), or one disposition with a reason and a code. Error
// classes map to dispositions here, in one place: policy refusals are 'skipped', unusable content
// 'dropped', the rest (HTTP errors, retries exhausted, long rate limits) 'failed'.
import { errorMessage, PantauError, PermanentError } from '../../src/core/errors.js';
import type { RawItem } from '../../src/core/types.js';
import type { FetchResult } from './http.js';

export type Outcome =
  | { ok: true; item: RawItem }
  | { ok: false; disposition: 'skipped' | 'dropped' | 'failed'; url: string; reason: string; code?: string };

export type Miss = Outcome & { ok: false };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** HTML by Content-Type, or (no/opaque type) by the first bytes. */
export function isHtml(res: FetchResult): boolean {
  if (HTML_TYPES.has(res.contentType)) return true;
  if (res.contentType && res.contentType !== 'application/octet-stream') return false;
  const head = res.body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/** The outcome of a page that is not HTML (a PDF, an image behind an article link). */
export function notHtml(res: FetchResult): Miss {
  return { ok: false, disposition: 'dropped', url: res.url, reason: `not html: ${res.contentType || 'no content type'}`, code: 'not_html' };
}

export function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).hostname.toLowerCase() === new URL(b).hostname.toLowerCase();
  } catch {
    return false;
  }
}

/** Error class (and code) → disposition. */
export function outcomeForError(err: unknown, url: string): Miss {
  const reason = errorMessage(err);
  const code = err instanceof PantauError ? err.code : undefined;
  if (err instanceof PermanentError) {
    if (code === 'robots' || code === 'ssrf') return { ok: false, disposition: 'skipped', url, reason, code };
    if (code === 'too_large' || code === 'not_html') return { ok: false, disposition: 'dropped', url, reason, code };
  }
  return { ok: false, disposition: 'failed', url, reason, ...(code ? { code } : {}) };
}
