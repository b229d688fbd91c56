// Fetching article pages, shared by the crawlers that discover links (rss, sitemap, google-news,
// html-list): HTML only, errors mapped to one disposition each,
// pages fetched concurrently (the HTTP client's per-host queues set the real pace) and yielded as
// they complete. Lives beside the renderer because a page may be fetched through either.
import { errorMessage, PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, FetchState, RawItem, Source } from '../../src/core/types.js';
import type { FetchOptions, FetchResult } from '../shared/http.js';
import { sameOrigin } from '../shared/ssrf.js';

/** Fetch one page for a source: plain HTTP, or through the headless browser when source.render. */
export type PageFetch = (source: Source, url: string, opts?: FetchOptions) => Promise<FetchResult>;

export type Outcome =
  | { ok: true; item: RawItem }
  | { ok: false; disposition: 'skipped' | 'dropped' | 'failed'; url: string; reason: string };

const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

/** HTML by Content-Type, or (no/opaque type) by the first bytes. */
export function isHtml(res: FetchResult): boolean {
  if (HTML_TYPES.has(res.contentType)) return true;
  if (res.contentType && res.contentType !== 'application/octet-stream') return false;
  const head = res.body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

export function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).hostname.toLowerCase() === new URL(b).hostname.toLowerCase();
  } catch {
    return false;
  }
}

/**
 * Error classes → dispositions: policy refusals are 'skipped', unusable
 * content 'dropped', the rest (HTTP errors, retries exhausted, long rate limits) 'failed'.
 */
export function outcomeForError(err: unknown, url: string): Outcome & { ok: false } {
  const reason = errorMessage(err);
  if (err instanceof PermanentError) {
    if (err.code === 'robots' || err.code === 'ssrf') return { ok: false, disposition: 'skipped', url, reason };
    if (err.code === 'too_large') return { ok: false, disposition: 'dropped', url, reason };
  }
  return { ok: false, disposition: 'failed', url, reason };
}

/**
 * Fetch an article page and build its RawItem. Never rejects: the crawl loop checks the signal
 * itself, and a rejected promise left in the race set after the consumer stops would be unhandled.
 */
export async function fetchArticle(
  fetchPage: PageFetch,
  source: Source,
  link: string,
  signal: AbortSignal,
  build: (res: FetchResult) => RawItem,
): Promise<Outcome> {
  try {
    // Vouch only for the source's own origin (scheme, host, port): see shared/ssrf.ts.
    const res = await fetchPage(source, link, { signal, trusted: sameOrigin(link, source.url) });
    if (!isHtml(res)) {
      return { ok: false, disposition: 'dropped', url: res.url, reason: `not html: ${res.contentType || 'no content type'}` };
    }
    return { ok: true, item: build(res) };
  } catch (err) {
    return outcomeForError(err, link);
  }
}

/**
 * Run `run` over tasks with at most `inflight` started ahead of the consumer; yield each task with
 * its outcome in completion order. `run` must never reject (see fetchArticle).
 */
export async function* pump<T>(
  tasks: readonly T[],
  run: (task: T) => Promise<Outcome>,
  signal: AbortSignal,
  inflight = 16,
): AsyncGenerator<[T, Outcome]> {
  const running = new Map<number, Promise<[number, Outcome]>>();
  let next = 0;
  const max = Math.max(1, inflight);
  while (next < tasks.length || running.size > 0) {
    while (next < tasks.length && running.size < max) {
      const id = next++;
      running.set(id, run(tasks[id]!).then((o) => [id, o] as [number, Outcome]));
    }
    const [id, outcome] = await Promise.race(running.values());
    running.delete(id);
    signal.throwIfAborted();
    yield [tasks[id]!, outcome];
  }
}

/**
 * Yield the fetched items of `outcomes` and report every other outcome through ctx (one disposition
 * each); `onFailed` hears of each task that ended 'failed', so the caller can keep its listing's
 * validators only when nothing did (see listingState).
 */
export async function* settle<T>(outcomes: AsyncIterable<[T, Outcome]>, ctx: CrawlContext, onFailed: (task: T) => void): AsyncGenerator<RawItem> {
  for await (const [task, outcome] of outcomes) {
    if (outcome.ok) {
      yield outcome.item;
    } else {
      if (outcome.disposition === 'failed') onFailed(task);
      ctx.report(outcome.disposition, outcome.url, outcome.reason);
    }
  }
}

/**
 * Conditional GET of a listing (feed, index page, sitemap, watched page) with the validators
 * remembered for its URL. On 304 the state is refreshed and undefined returned: nothing changed.
 */
export async function readListing(
  ctx: CrawlContext,
  url: string,
  fetch: (validators: { etag?: string; lastModified?: string }) => Promise<FetchResult>,
): Promise<{ res: FetchResult; fetchedAt: string } | undefined> {
  const state = await ctx.getFetchState(url);
  const res = await fetch({ etag: state?.etag, lastModified: state?.lastModified });
  const fetchedAt = new Date().toISOString();
  if (!res.notModified) return { res, fetchedAt };
  ctx.log.debug({ url }, 'not modified');
  await ctx.putFetchState({ ...(state ?? {}), url, status: 304, fetchedAt });
  return undefined;
}

/**
 * What to remember of a listing (feed, index page, sitemap) after a crawl. Its validators are kept
 * only when every item it led to got its final answer (`complete`): if some fetch failed, the next
 * crawl must read the listing again, not get a 304, so those items are tried again.
 */
export function listingState(url: string, res: FetchResult, fetchedAt: string, complete: boolean): FetchState {
  return {
    url,
    ...(complete && res.headers.etag ? { etag: res.headers.etag } : {}),
    ...(complete && res.headers['last-modified'] ? { lastModified: res.headers['last-modified'] } : {}),
    status: res.status,
    fetchedAt,
  };
}
