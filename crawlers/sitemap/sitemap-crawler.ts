// Sitemap crawler: news sitemaps (Google News extension), plain <urlset>s and sitemap indexes.
// Indonesian outlets often publish a news sitemap but no feed, or a feed of 10 items and a sitemap of
// the whole day. Flow: read the sitemap (conditional GET), follow an index into its newest child
// sitemaps (depth- and count-capped), keep entries inside the age window (options.maxAgeDays by
// news:publication_date, else lastmod), newest first, then fetch each article page not already stored.
//
// Options: maxAgeDays (default 7; 0 = no limit), maxSitemaps (child sitemaps read per crawl, default
// 10), maxDepth (index nesting followed, default 2).
//
// Entries older than the window are not reported as skipped: they are outside what this crawl looks
// at, like articles that dropped off a feed; a 50 000-URL archive sitemap would otherwise report
// 50 000 skips every run. Entries inside the window over crawl.maxItemsPerSource are reported.
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { crawlSignal } from '../shared/abort.js';
import type { FetchResult, HttpClient } from '../shared/http.js';
import { dueRetries, fetchArticle, fetchEach, listed, selectNew, type Listed, type PageFetch } from '../shared/items.js';
import { listingState, readListing } from '../shared/listing.js';
import { outcomeForError } from '../shared/outcome.js';
import { canonicalizeUrl } from '../shared/url.js';
import { sameOrigin } from '../shared/ssrf.js';
import { parseSitemap, sitemapText, type SitemapUrl } from './parse-sitemap.js';
import { sitemapOptions } from './options.js';

export interface SitemapCrawlerOptions {
  http: HttpClient;
  /** Article pages: plain HTTP or the renderer (source.render). Default: http. */
  fetchPage?: PageFetch;
  maxItemsPerSource: number;
  /** crawl.maxBytes: cap on a gunzipped sitemap. */
  maxBytes: number;
  inflight?: number;
}

const SITEMAP_ACCEPT = 'application/xml, text/xml;q=0.9, application/x-gzip;q=0.8, text/plain;q=0.5, */*;q=0.3';
const DAY_MS = 86_400_000;

interface Entry {
  url: SitemapUrl;
  canonical: string;
  /** The sitemap that listed it (its validators are kept only if all its items got an answer). */
  sitemap: string;
  date?: Date;
}

/** A sitemap entry as a listed link, with what the sitemap says about it. */
function entryLink(e: Entry): Listed {
  return listed(e.url.loc, {
    title: e.url.title,
    publishedAt: e.url.publishedAt ?? e.url.lastmod,
    meta: {
      sitemap: e.sitemap,
      ...(e.url.lastmod ? { sitemapLastmod: e.url.lastmod.toISOString() } : {}),
      ...(e.url.keywords ? { feedCategories: e.url.keywords } : {}),
      ...(e.url.publication ? { publication: e.url.publication } : {}),
    },
  });
}

interface SitemapRead {
  url: string;
  res: FetchResult;
  fetchedAt: string;
}

export function createSitemapCrawler(opts: SitemapCrawlerOptions): Crawler {
  const { http } = opts;
  const fetchPage: PageFetch = opts.fetchPage ?? ((_s, url, o) => http.fetch(url, o));

  /** Conditional GET of one sitemap; undefined on 304. */
  async function readSitemap(source: Source, url: string, ctx: CrawlContext, signal: AbortSignal): Promise<SitemapRead | undefined> {
    const read = await readListing(ctx, url, (v) =>
      http.fetch(url, { ...v, accept: SITEMAP_ACCEPT, signal, trusted: url === source.url || sameOrigin(url, source.url) }),
    );
    return read && { url, ...read };
  }

  return {
    kinds: ['sitemap'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'sitemap', source: source.id });
      const { signal, stop } = crawlSignal(ctx.signal);
      const { maxAgeDays, maxSitemaps, maxDepth } = sitemapOptions(source);
      const cutoff = maxAgeDays > 0 ? Date.now() - maxAgeDays * DAY_MS : undefined;
      try {
        // 1. Read the sitemap tree, breadth first, newest children first.
        const reads: SitemapRead[] = [];
        const entries = new Map<string, Entry>();
        const queue: { url: string; depth: number }[] = [{ url: source.url, depth: 0 }];
        const queued = new Set([canonicalizeUrl(source.url)]);
        // A sitemap whose validators must not be kept (see step 4) makes its index incomplete too:
        // a 304 on the index would keep the crawl from ever reaching it again.
        const parentOf = new Map<string, string>();
        const incomplete = new Set<string>();
        const markIncomplete = (url: string | undefined) => {
          for (let u = url; u !== undefined && !incomplete.has(u); u = parentOf.get(u)) incomplete.add(u);
        };
        const childFailed = (url: string, err: unknown) => {
          const o = outcomeForError(err, url);
          ctx.report(o.disposition, url, `child sitemap: ${o.reason}`, o.code ? { code: o.code } : {});
          markIncomplete(parentOf.get(url));
        };
        let fetched = 0;
        while (queue.length > 0) {
          signal.throwIfAborted();
          const { url, depth } = queue.shift()!;
          let read: SitemapRead | undefined;
          try {
            read = await readSitemap(source, url, ctx, signal);
          } catch (err) {
            if (url === source.url) throw err; // the source itself is unreadable: the source fails
            childFailed(url, err);
            continue;
          } finally {
            fetched++;
          }
          if (!read) continue;
          let parsed;
          try {
            parsed = parseSitemap(sitemapText(read.res.body, read.res.headers['content-type'], read.res.url, opts.maxBytes), read.res.url);
          } catch (err) {
            if (url === source.url) throw err;
            childFailed(url, err);
            continue;
          }
          reads.push(read);
          log.debug({ url, kind: parsed.kind, urls: parsed.urls.length, sitemaps: parsed.sitemaps.length }, 'sitemap parsed');

          for (const u of parsed.urls) {
            const canonical = canonicalizeUrl(u.loc);
            const date = u.publishedAt ?? u.lastmod;
            if (cutoff !== undefined && date && date.getTime() < cutoff) continue; // outside the window
            const prev = entries.get(canonical);
            if (!prev || (date && (!prev.date || date > prev.date))) entries.set(canonical, { url: u, canonical, sitemap: url, date });
          }

          // Children: skip those last modified before the window, newest first, within the caps.
          const children = parsed.sitemaps
            .filter((s) => !(cutoff !== undefined && s.lastmod && s.lastmod.getTime() < cutoff))
            .filter((s) => !queued.has(canonicalizeUrl(s.loc)))
            .sort((a, b) => (b.lastmod?.getTime() ?? -Infinity) - (a.lastmod?.getTime() ?? -Infinity));
          if (children.length && depth >= maxDepth) {
            log.info({ url, children: children.length, maxDepth }, 'sitemap index nested deeper than options.maxDepth; not followed');
            continue;
          }
          for (const s of children) {
            if (fetched + queue.length >= maxSitemaps) {
              log.info({ url: s.loc, maxSitemaps }, 'child sitemap over options.maxSitemaps; not read this crawl');
              continue;
            }
            queued.add(canonicalizeUrl(s.loc));
            parentOf.set(s.loc, url);
            queue.push({ url: s.loc, depth: depth + 1 });
          }
        }

        // 2. Choose what to fetch: newest first (undated last, in sitemap order), unknown, capped.
        const sorted = [...entries.values()].sort((a, b) => (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity));
        const { todo, over } = await selectNew(sorted.map(entryLink), ctx, opts.maxItemsPerSource, signal);

        // 3. Fetch the pages (and the due retries of earlier failures); yield as they complete.
        const tasks = [...todo, ...(await dueRetries(ctx))];
        yield* fetchEach(tasks, (l) => fetchArticle(fetchPage, source, l, signal), ctx, signal, opts.inflight);

        // 4. Validators only for sitemaps none of whose items (or child sitemaps) was left for a later
        // crawl (see listingState).
        for (const l of over) markIncomplete(l.meta?.sitemap as string);
        for (const r of reads) await ctx.putFetchState(listingState(r.url, r.res, r.fetchedAt, !incomplete.has(r.url)));
      } finally {
        stop();
      }
    },
  };
}
