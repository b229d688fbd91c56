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
import { canonicalizeUrl } from '../shared/url.js';
import { fetchArticle, listingState, outcomeForError, pump, readListing, sameHost, settle, type PageFetch } from '../render/articles.js';
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
      http.fetch(url, { ...v, accept: SITEMAP_ACCEPT, signal, trusted: url === source.url || sameHost(url, source.url) }),
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
        let fetched = 0;
        while (queue.length > 0) {
          signal.throwIfAborted();
          const { url, depth } = queue.shift()!;
          let read: SitemapRead | undefined;
          try {
            read = await readSitemap(source, url, ctx, signal);
          } catch (err) {
            if (url === source.url) throw err; // the source itself is unreadable: the source fails
            const o = outcomeForError(err, url);
            ctx.report(o.disposition, url, `child sitemap: ${o.reason}`);
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
            const o = outcomeForError(err, url);
            ctx.report(o.disposition, url, `child sitemap: ${o.reason}`);
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
            queue.push({ url: s.loc, depth: depth + 1 });
          }
        }

        // 2. Choose what to fetch: newest first (undated last, in sitemap order), unknown, capped.
        const sorted = [...entries.values()].sort((a, b) => (b.date?.getTime() ?? -Infinity) - (a.date?.getTime() ?? -Infinity));
        const todo: Entry[] = [];
        for (const e of sorted) {
          signal.throwIfAborted();
          if (await ctx.isKnownUrl(e.canonical)) continue; // already stored: never fetched again
          if (todo.length >= opts.maxItemsPerSource) {
            ctx.report('skipped', e.url.loc, `over crawl.maxItemsPerSource (${opts.maxItemsPerSource}) for this crawl`);
            continue;
          }
          todo.push(e);
        }

        // 3. Fetch the pages; yield as they complete.
        const failedSitemaps = new Set<string>();
        const build = (e: Entry) => (res: FetchResult): RawItem => ({
          sourceId: source.id,
          url: res.url,
          kind: 'news',
          fetchedAt: new Date(),
          html: res.text,
          title: e.url.title,
          publishedAt: e.url.publishedAt ?? e.url.lastmod,
          meta: {
            // As in the RSS crawler: the listed link, so a redirected page is known next time.
            feedLink: e.canonical,
            sitemap: e.sitemap,
            ...(e.url.lastmod ? { sitemapLastmod: e.url.lastmod.toISOString() } : {}),
            ...(e.url.keywords ? { feedCategories: e.url.keywords } : {}),
            ...(e.url.publication ? { publication: e.url.publication } : {}),
          },
        });
        const fetches = pump(todo, (e) => fetchArticle(fetchPage, source, e.url.loc, signal, build(e)), signal, opts.inflight);
        yield* settle(fetches, ctx, (e) => failedSitemaps.add(e.sitemap));

        // 4. Validators only for sitemaps whose every item got its final answer (see listingState).
        for (const r of reads) await ctx.putFetchState(listingState(r.url, r.res, r.fetchedAt, !failedSitemaps.has(r.url)));
      } finally {
        stop();
      }
    },
  };
}
