// RSS/Atom/JSON Feed crawler: fetch the feed (conditional GET), then fetch the article page of every
// item not already stored, and yield one RawItem per page. Known articles are never fetched again.
// Every discovered item ends in exactly one place: yielded, skipped silently because it is known, or
// reported through ctx.report (skipped / dropped / failed) with a reason.
import { setMaxListeners } from 'node:events';
import { errorMessage, PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import type { FetchOptions, FetchResult, HttpClient } from '../shared/http.js';
import { canonicalizeUrl } from '../shared/url.js';
import { parseFeed, type FeedItem } from './parse-feed.js';

export interface RssCrawlerOptions {
  http: HttpClient;
  /** crawl.maxItemsPerSource: most article pages fetched per crawl. */
  maxItemsPerSource: number;
  /**
   * Article fetches started ahead of the consumer. The HTTP client's queues set the real network
   * concurrency; this only bounds how many finished pages wait in memory.
   */
  inflight?: number;
  /**
   * Fetches article pages for a source (optional; default http.fetch). crawlers/index.ts passes one
   * that goes through the headless browser when the source has `render: true`.
   */
  fetchPage?: (source: Source, url: string, opts: FetchOptions) => Promise<FetchResult>;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';
const HTML_TYPES = new Set(['text/html', 'application/xhtml+xml']);

type Outcome =
  | { ok: true; item: RawItem }
  | { ok: false; disposition: 'skipped' | 'dropped' | 'failed'; url: string; reason: string };

interface Candidate {
  link: string;
  canonical: string;
  item: FeedItem;
}

function sameHost(a: string, b: string): boolean {
  try {
    return new URL(a).hostname.toLowerCase() === new URL(b).hostname.toLowerCase();
  } catch {
    return false;
  }
}

/** HTML by Content-Type, or (no/opaque type) by the first bytes. */
function isHtml(res: FetchResult): boolean {
  if (HTML_TYPES.has(res.contentType)) return true;
  if (res.contentType && res.contentType !== 'application/octet-stream') return false;
  const head = res.body.subarray(0, 512).toString('latin1').trimStart().toLowerCase();
  return head.startsWith('<!doctype html') || head.startsWith('<html');
}

/**
 * Error classes → dispositions: policy refusals are 'skipped', unusable content 'dropped', and the
 * rest (HTTP errors, retries exhausted, rate limits longer than we wait) 'failed'.
 */
function outcomeForError(err: unknown, url: string): Outcome {
  const reason = errorMessage(err);
  if (err instanceof PermanentError) {
    if (err.code === 'robots' || err.code === 'ssrf') return { ok: false, disposition: 'skipped', url, reason };
    if (err.code === 'too_large') return { ok: false, disposition: 'dropped', url, reason };
  }
  return { ok: false, disposition: 'failed', url, reason };
}

export function createRssCrawler(opts: RssCrawlerOptions): Crawler {
  const { http } = opts;
  const fetchPage = opts.fetchPage ?? ((_source: Source, url: string, o: FetchOptions) => http.fetch(url, o));
  const inflightMax = Math.max(1, opts.inflight ?? 16);

  async function fetchArticle(source: Source, c: Candidate, signal: AbortSignal): Promise<Outcome> {
    try {
      const res = await fetchPage(source, c.link, { signal, trusted: sameHost(c.link, source.url) });
      if (!isHtml(res)) {
        return { ok: false, disposition: 'dropped', url: res.url, reason: `not html: ${res.contentType || 'no content type'}` };
      }
      const item: RawItem = {
        sourceId: source.id,
        url: res.url,
        kind: 'news',
        fetchedAt: new Date(),
        html: res.text,
        title: c.item.title,
        publishedAt: c.item.publishedAt,
        author: c.item.author,
        meta: {
          feedCategories: c.item.categories,
          // The link as the feed gave it (canonical): after a redirect `url` differs, and the
          // pipeline can remember both so the next crawl recognises the item as known.
          feedLink: c.canonical,
          ...(c.item.guid ? { feedGuid: c.item.guid } : {}),
          ...(c.item.summary ? { feedSummary: c.item.summary } : {}),
        },
      };
      return { ok: true, item };
    } catch (err) {
      // Never reject: the crawl loop checks the signal itself, and a rejected promise left in the
      // race set after the consumer stops would be an unhandled rejection.
      return outcomeForError(err, c.link);
    }
  }

  return {
    kinds: ['rss'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'rss', source: source.id });
      // Local controller: stops in-flight article fetches when the consumer stops early.
      const local = new AbortController();
      const signal = AbortSignal.any([ctx.signal, local.signal]);
      // Every article fetch in flight (and its queue slot) listens on this signal.
      setMaxListeners(0, signal);
      try {
        const state = await ctx.getFetchState(source.url);
        const feedRes = await http.fetch(source.url, {
          etag: state?.etag,
          lastModified: state?.lastModified,
          accept: FEED_ACCEPT,
          signal,
          trusted: true,
        });
        const fetchedAt = new Date().toISOString();
        if (feedRes.notModified) {
          log.debug({ url: source.url }, 'feed not modified');
          await ctx.putFetchState({ ...(state ?? {}), url: source.url, status: 304, fetchedAt });
          return;
        }
        const feed = await parseFeed(feedRes.text, feedRes.url);
        log.debug({ url: source.url, format: feed.format, items: feed.items.length }, 'feed parsed');

        // Select what to fetch: items with a link, not seen in this feed, not already stored, capped.
        const todo: Candidate[] = [];
        const seen = new Set<string>();
        let failed = 0;
        for (const [i, item] of feed.items.entries()) {
          signal.throwIfAborted();
          if (!item.link || !/^https?:\/\//i.test(item.link)) {
            ctx.report('skipped', item.guid ?? `${source.url}#item-${i + 1}`, 'feed item has no http(s) link');
            continue;
          }
          const canonical = canonicalizeUrl(item.link);
          if (seen.has(canonical)) continue; // listed twice in one feed: one item
          seen.add(canonical);
          if (await ctx.isKnownUrl(canonical)) continue; // already stored: never fetched again
          if (todo.length >= opts.maxItemsPerSource) {
            ctx.report('skipped', item.link, `over crawl.maxItemsPerSource (${opts.maxItemsPerSource}) for this crawl`);
            continue;
          }
          todo.push({ link: item.link, canonical, item });
        }

        // Fetch concurrently (the HTTP client's per-host queues pace it); yield as pages complete.
        const running = new Map<number, Promise<[number, Outcome]>>();
        let next = 0;
        while (next < todo.length || running.size > 0) {
          while (next < todo.length && running.size < inflightMax) {
            const id = next++;
            running.set(id, fetchArticle(source, todo[id]!, signal).then((o) => [id, o] as [number, Outcome]));
          }
          const [id, outcome] = await Promise.race(running.values());
          running.delete(id);
          signal.throwIfAborted();
          if (outcome.ok) {
            yield outcome.item;
          } else {
            if (outcome.disposition === 'failed') failed++;
            ctx.report(outcome.disposition, outcome.url, outcome.reason);
          }
        }

        // Remember validators only when every item got its final answer: if some fetch failed, the
        // next crawl must re-read the feed (not get a 304) so those items are tried again.
        await ctx.putFetchState({
          url: source.url,
          ...(failed === 0 && feedRes.headers.etag ? { etag: feedRes.headers.etag } : {}),
          ...(failed === 0 && feedRes.headers['last-modified'] ? { lastModified: feedRes.headers['last-modified'] } : {}),
          status: feedRes.status,
          fetchedAt,
        });
      } finally {
        local.abort();
      }
    },
  };
}
