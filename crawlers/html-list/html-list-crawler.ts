// html-list crawler: for sites with no feed and no sitemap, an index page (e.g. a regency's "Berita"
// page) read with CSS selectors from source.options, then every new article page it links to.
//
// Options: linkSelector (required), itemSelector, titleSelector, dateSelector, nextSelector +
// maxPages (default 3 with nextSelector, else 1), allowOtherHosts (default false), maxAgeDays
// (default 0 = no limit; only dated links can be judged).
//
// Paging stops early at an index page with no new link: older pages hold older, already stored news.
// Links to other hosts (ads, partner sites) matching the selector are ignored unless allowOtherHosts,
// and, like links older than maxAgeDays, are not reported: they are outside what the source covers.
import { PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { crawlSignal } from '../shared/abort.js';
import type { FetchResult, HttpClient } from '../shared/http.js';
import { canonicalizeUrl } from '../shared/url.js';
import { fetchArticle, isHtml, listingState, outcomeForError, pump, readListing, sameHost, settle, type PageFetch } from '../render/articles.js';
import { htmlListOptions } from './options.js';
import { selectLinks, type ListedLink, type ListSelectors } from './select-links.js';

export interface HtmlListCrawlerOptions {
  http: HttpClient;
  /** Index and article pages: plain HTTP or the renderer (source.render). Default: http. */
  fetchPage?: PageFetch;
  maxItemsPerSource: number;
  inflight?: number;
}

const DAY_MS = 86_400_000;

interface Candidate {
  link: ListedLink;
  canonical: string;
}

function selectorsOf(source: Source): ListSelectors {
  const o = htmlListOptions(source);
  return { linkSelector: o.linkSelector, itemSelector: o.itemSelector, titleSelector: o.titleSelector, dateSelector: o.dateSelector, nextSelector: o.nextSelector };
}

export function createHtmlListCrawler(opts: HtmlListCrawlerOptions): Crawler {
  const fetchPage: PageFetch = opts.fetchPage ?? ((_s, url, o) => opts.http.fetch(url, o));

  return {
    kinds: ['html-list'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'html-list', source: source.id });
      const { signal, stop } = crawlSignal(ctx.signal);
      const selectors = selectorsOf(source);
      const { maxPages = selectors.nextSelector ? 3 : 1, allowOtherHosts, maxAgeDays } = htmlListOptions(source);
      const cutoff = maxAgeDays > 0 ? Date.now() - maxAgeDays * DAY_MS : undefined;
      try {
        const read = await readListing(ctx, source.url, (v) => fetchPage(source, source.url, { ...v, signal, trusted: true }));
        if (!read) return;
        const { res: first, fetchedAt } = read;

        // 1. Walk the index pages, collecting new links.
        const todo: Candidate[] = [];
        const seen = new Set<string>();
        const visited = new Set<string>();
        let page: FetchResult | undefined = first;
        for (let n = 1; page; n++) {
          visited.add(canonicalizeUrl(page.url));
          if (!isHtml(page)) throw new PermanentError(`html-list: index page ${page.url} is not HTML (${page.contentType || 'no content type'})`, 'not_html');
          const { links, next } = selectLinks(page.text, page.url, selectors);
          let fresh = 0;
          for (const link of links) {
            signal.throwIfAborted();
            if (!allowOtherHosts && !sameHost(link.url, source.url)) continue;
            if (cutoff !== undefined && link.publishedAt && link.publishedAt.getTime() < cutoff) continue;
            const canonical = canonicalizeUrl(link.url);
            if (seen.has(canonical)) continue;
            seen.add(canonical);
            if (await ctx.isKnownUrl(canonical)) continue;
            fresh++;
            if (todo.length >= opts.maxItemsPerSource) {
              ctx.report('skipped', link.url, `over crawl.maxItemsPerSource (${opts.maxItemsPerSource}) for this crawl`);
              continue;
            }
            todo.push({ link, canonical });
          }
          log.debug({ url: page.url, links: links.length, fresh, next }, 'index page read');
          if (links.length === 0) log.warn({ url: page.url, linkSelector: selectors.linkSelector }, 'html-list: linkSelector matched no link');
          page = undefined;
          if (!next || fresh === 0 || n >= maxPages || visited.has(canonicalizeUrl(next))) break;
          try {
            page = await fetchPage(source, next, { signal, trusted: sameHost(next, source.url) });
          } catch (err) {
            const o = outcomeForError(err, next);
            ctx.report(o.disposition, next, `index page: ${o.reason}`);
          }
        }

        // 2. Fetch the articles; yield as they complete.
        let failed = 0;
        const build = (c: Candidate) => (res: FetchResult): RawItem => ({
          sourceId: source.id,
          url: res.url,
          kind: 'news',
          fetchedAt: new Date(),
          html: res.text,
          title: c.link.title,
          publishedAt: c.link.publishedAt,
          meta: { feedLink: c.canonical, listPage: source.url },
        });
        yield* settle(pump(todo, (c) => fetchArticle(fetchPage, source, c.link.url, signal, build(c)), signal, opts.inflight), ctx, () => failed++);
        await ctx.putFetchState(listingState(source.url, first, fetchedAt, failed === 0));
      } finally {
        stop();
      }
    },
  };
}
