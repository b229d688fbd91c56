// RSS/Atom/JSON Feed crawler: fetch the feed (conditional GET), then fetch the article page of every
// item not already stored, and yield one RawItem per page. Known articles are never fetched again.
// Every discovered item ends in exactly one place: yielded, skipped silently because it is known, or
// reported through ctx.report (skipped / dropped / failed) with a reason.
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { crawlSignal } from '../shared/abort.js';
import type { FetchResult, HttpClient } from '../shared/http.js';
import { fetchArticle, listingState, pump, readListing, settle, type PageFetch } from '../render/articles.js';
import { parseFeed } from './parse-feed.js';
import { selectNewItems, type Candidate } from './select.js';

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

  /** The RawItem of an article page, with what the feed said about it. */
  const build =
    (source: Source, c: Candidate) =>
    (res: FetchResult): RawItem => ({
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
    });

  return {
    kinds: ['rss'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'rss', source: source.id });
      const { signal, stop } = crawlSignal(ctx.signal);
      try {
        const read = await readListing(ctx, source.url, (v) => http.fetch(source.url, { ...v, accept: FEED_ACCEPT, signal, trusted: true }));
        if (!read) return;
        const { res: feedRes, fetchedAt } = read;
        const feed = await parseFeed(feedRes.text, feedRes.url);
        log.debug({ url: source.url, format: feed.format, items: feed.items.length }, 'feed parsed');

        // Select what to fetch, then fetch concurrently (the HTTP client's per-host queues pace it)
        // and yield as pages complete.
        const todo = await selectNewItems(feed.items, ctx, source.url, opts.maxItemsPerSource, signal);
        let failed = 0;
        const fetches = pump(todo, (c) => fetchArticle(fetchPage, source, c.link, signal, build(source, c)), signal, opts.inflight);
        yield* settle(fetches, ctx, () => failed++);
        await ctx.putFetchState(listingState(source.url, feedRes, fetchedAt, failed === 0));
      } finally {
        stop();
      }
    },
  };
}
