// Google News crawler: a search query becomes Google News' RSS feed for it (query-url.ts); each item's
// news.google.com link is resolved to the publisher's article — decoded from an old-style article id,
// else by following HTTP redirects through the polite client, else from the URL embedded in Google's
// page, else (newer ids) by the decoding request that Google's page itself makes (see resolve.ts) —
// and that page is fetched.
//
// Publisher hosts are discovered, not configured: they are NOT trusted, so the SSRF guard checks them
// (a redirect to a private address is refused and the item reported 'skipped'). An item whose
// publisher URL cannot be found is reported 'failed' with the reason.
//
// A resolved publisher URL that is already stored is yielded as a thin item (title only, no fetch):
// the pipeline then counts it a duplicate and remembers the Google link (meta.feedLink), so the next
// crawl does not resolve it again.
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import type { FetchResult, HttpClient } from '../shared/http.js';
import { crawlSignal } from '../shared/abort.js';
import { dueRetries, fetchEach, selectNew, type Listed, type PageFetch } from '../shared/items.js';
import { listingState, readListing } from '../shared/listing.js';
import { isHtml, notHtml, outcomeForError, type Outcome } from '../shared/outcome.js';
import { canonicalizeUrl } from '../shared/url.js';
import { parseFeed } from '../rss/parse-feed.js';
import { feedLinks } from '../rss/select.js';
import { googleNewsQuery } from './query-url.js';
import {
  BATCHEXECUTE_PATH,
  batchexecuteBody,
  decodingParams,
  isGoogleHost,
  publisherUrlFromBatchexecute,
  publisherUrlFromId,
  publisherUrlFromPage,
  splitGoogleTitle,
} from './resolve.js';

export interface GoogleNewsCrawlerOptions {
  http: HttpClient;
  /** Publisher pages: plain HTTP or the renderer (source.render). Default: http. */
  fetchPage?: PageFetch;
  maxItemsPerSource: number;
  inflight?: number;
}

const FEED_ACCEPT = 'application/rss+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.toLowerCase();
  } catch {
    return '';
  }
}

export function createGoogleNewsCrawler(opts: GoogleNewsCrawlerOptions): Crawler {
  const { http } = opts;
  const fetchPage: PageFetch = opts.fetchPage ?? ((_s, url, o) => http.fetch(url, o));

  return {
    kinds: ['google-news'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'google-news', source: source.id });
      const { signal, stop } = crawlSignal(ctx.signal);
      try {
        const { query, feedUrl } = googleNewsQuery(source);
        // The feed origin is Google's (or options.apiBase): chosen by the operator, so trusted.
        const read = await readListing(ctx, feedUrl, (v) => http.fetch(feedUrl, { ...v, accept: FEED_ACCEPT, signal, trusted: true }));
        let todo: Listed[] = [];
        let over: Listed[] = [];
        if (read) {
          const feed = await parseFeed(read.res.text, read.res.url);
          log.debug({ feedUrl, items: feed.items.length }, 'google news feed parsed');
          ({ todo, over } = await selectNew(feedLinks(feed.items, ctx, feedUrl), ctx, opts.maxItemsPerSource, signal));
        }
        const feedHost = hostOf(read?.res.url ?? feedUrl);
        const isOwn = (h: string) => isGoogleHost(h) || h.toLowerCase() === feedHost;

        const itemFor = (c: Listed, url: string, via: string, res?: FetchResult): RawItem => {
          const { title, publisher } = splitGoogleTitle(c.title);
          return {
            sourceId: source.id,
            url,
            kind: 'news',
            fetchedAt: new Date(),
            ...(res ? { html: res.text } : { canonicalUrl: url, text: title ?? url }),
            title,
            publishedAt: c.publishedAt,
            meta: {
              feedLink: c.canonical,
              resolvedVia: via,
              ...(publisher ? { publisher } : {}),
              ...(query ? { googleNewsQuery: query } : {}),
            },
          };
        };

        const resolveAndFetch = async (c: Listed): Promise<Outcome> => {
          try {
            // An old-style article id carries the publisher URL itself: no request to Google.
            const fromId = publisherUrlFromId(c.link);
            if (fromId) {
              if (await ctx.isKnownUrl(canonicalizeUrl(fromId))) return { ok: true, item: itemFor(c, fromId, 'id') };
              const res = await fetchPage(source, fromId, { signal, trusted: false });
              if (!isHtml(res)) return notHtml(res);
              return { ok: true, item: itemFor(c, res.url, 'id', res) };
            }
            // Redirect hops are checked by the client: only the Google host itself is vouched for.
            let res = await http.fetch(c.link, { signal, trusted: isOwn(hostOf(c.link)) });
            let via = 'redirect';
            if (isOwn(hostOf(res.url))) {
              let pub = isHtml(res) ? publisherUrlFromPage(res.text, res.url, isOwn) : undefined;
              via = 'page';
              if (!pub) {
                // A newer article page: ask Google's decoder, as the page's own script does.
                const params = isHtml(res) ? decodingParams(res.text, c.link) : undefined;
                if (params) {
                  const answer = await http.fetch(new URL(BATCHEXECUTE_PATH, res.url).toString(), {
                    post: batchexecuteBody(params),
                    accept: '*/*',
                    signal,
                    trusted: isOwn(hostOf(res.url)),
                  });
                  pub = publisherUrlFromBatchexecute(answer.text);
                  via = 'batchexecute';
                }
              }
              if (!pub) {
                return {
                  ok: false,
                  disposition: 'failed',
                  url: c.link,
                  reason: `google-news: could not resolve the publisher URL (ended at ${res.url}, HTTP ${res.status})`,
                  code: 'unresolved',
                };
              }
              if (await ctx.isKnownUrl(canonicalizeUrl(pub))) return { ok: true, item: itemFor(c, pub, via) };
              res = await fetchPage(source, pub, { signal, trusted: false });
            } else if (source.render) {
              res = await fetchPage(source, res.url, { signal, trusted: false });
            }
            if (!isHtml(res)) return notHtml(res);
            return { ok: true, item: itemFor(c, res.url, via, res) };
          } catch (err) {
            return outcomeForError(err, c.link);
          }
        };

        const tasks = [...todo, ...(await dueRetries(ctx))];
        yield* fetchEach(tasks, resolveAndFetch, ctx, signal, opts.inflight);
        if (read) await ctx.putFetchState(listingState(feedUrl, read.res, read.fetchedAt, over.length === 0));
      } finally {
        stop();
      }
    },
  };
}
