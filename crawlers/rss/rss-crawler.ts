// RSS/Atom/JSON Feed crawler: fetch the feed (conditional GET), then fetch the article page of every
// item not already stored, and yield one RawItem per page. Known articles are never fetched again.
// Every discovered item ends in exactly one place: yielded, skipped silently because it is known, or
// reported through ctx.report (skipped / dropped / failed) with a reason. Article fetches that failed
// on an earlier run come back through ctx.dueRetries, also when the feed answers 304.
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { crawlSignal } from '../shared/abort.js';
import type { HttpClient } from '../shared/http.js';
import { dueRetries, fetchArticle, fetchEach, selectNew, type Listed, type PageFetch } from '../shared/items.js';
import { listingState, readListing } from '../shared/listing.js';
import { parseFeed } from './parse-feed.js';
import { feedLinks } from './select.js';

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
  fetchPage?: PageFetch;
}

const FEED_ACCEPT =
  'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.9, application/json;q=0.8, */*;q=0.5';

export function createRssCrawler(opts: RssCrawlerOptions): Crawler {
  const { http } = opts;
  const fetchPage: PageFetch = opts.fetchPage ?? ((_source, url, o) => http.fetch(url, o));

  return {
    kinds: ['rss'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'rss', source: source.id });
      const { signal, stop } = crawlSignal(ctx.signal);
      try {
        const read = await readListing(ctx, source.url, (v) => http.fetch(source.url, { ...v, accept: FEED_ACCEPT, signal, trusted: true }));
        let todo: Listed[] = [];
        let over: Listed[] = [];
        if (read) {
          const feed = await parseFeed(read.res.text, read.res.url);
          log.debug({ url: source.url, format: feed.format, items: feed.items.length }, 'feed parsed');
          ({ todo, over } = await selectNew(feedLinks(feed.items, ctx, source.url), ctx, opts.maxItemsPerSource, signal));
        }
        // Fetch concurrently (the HTTP client's per-host queues pace it) and yield as pages complete.
        const tasks = [...todo, ...(await dueRetries(ctx))];
        yield* fetchEach(tasks, (l) => fetchArticle(fetchPage, source, l, signal), ctx, signal, opts.inflight);
        if (read) await ctx.putFetchState(listingState(source.url, read.res, read.fetchedAt, over.length === 0));
      } finally {
        stop();
      }
    },
  };
}
