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
import { dueRetries, fetchArticle, fetchEach, listed, selectNew, type Listed, type PageFetch } from '../shared/items.js';
import { listingState, readListing } from '../shared/listing.js';
import { isHtml, outcomeForError, sameHost } from '../shared/outcome.js';
import { canonicalizeUrl } from '../shared/url.js';
import { sameOrigin } from '../shared/ssrf.js';
import { htmlListOptions } from './options.js';
import { selectLinks, type ListSelectors } from './select-links.js';

export interface HtmlListCrawlerOptions {
  http: HttpClient;
  /** Index and article pages: plain HTTP or the renderer (source.render). Default: http. */
  fetchPage?: PageFetch;
  maxItemsPerSource: number;
  inflight?: number;
}

const DAY_MS = 86_400_000;

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
      const meta = { listPage: source.url };

      /** 1. Walk the index pages from the first, collecting new links. */
      const indexLinks = async (first: FetchResult): Promise<{ todo: Listed[]; complete: boolean }> => {
        const todo: Listed[] = [];
        let complete = true;
        const visited = new Set<string>();
        const seen = new Set<string>();
        let page: FetchResult | undefined = first;
        for (let n = 1; page; n++) {
          visited.add(canonicalizeUrl(page.url));
          if (!isHtml(page)) throw new PermanentError(`html-list: index page ${page.url} is not HTML (${page.contentType || 'no content type'})`, 'not_html');
          const { links, next, unmatched } = selectLinks(page.text, page.url, selectors);
          if (n === 1) for (const key of unmatched) ctx.warn?.(`html-list: options.${key} "${selectors[key]}" matched nothing on ${page.url}`);
          const candidates = links
            .filter((l) => allowOtherHosts || sameHost(l.url, source.url))
            .filter((l) => !(cutoff !== undefined && l.publishedAt && l.publishedAt.getTime() < cutoff))
            .map((l) => listed(l.url, { title: l.title, publishedAt: l.publishedAt, meta }))
            .filter((l) => !seen.has(l.canonical) && seen.add(l.canonical));
          const picked = await selectNew(candidates, ctx, opts.maxItemsPerSource, signal, todo.length);
          todo.push(...picked.todo);
          if (picked.over.length) complete = false;
          const fresh = picked.todo.length + picked.over.length;
          log.debug({ url: page.url, links: links.length, fresh, next }, 'index page read');
          page = undefined;
          if (!next || fresh === 0 || n >= maxPages || visited.has(canonicalizeUrl(next))) break;
          try {
            page = await fetchPage(source, next, { signal, trusted: sameOrigin(next, source.url) });
          } catch (err) {
            const o = outcomeForError(err, next);
            ctx.report(o.disposition, next, `index page: ${o.reason}`, o.code ? { code: o.code } : {});
            complete = false; // its links must be looked for again: no 304 for the first page next time
          }
        }
        return { todo, complete };
      };

      try {
        const read = await readListing(ctx, source.url, (v) => fetchPage(source, source.url, { ...v, signal, trusted: true }));
        const { todo, complete } = read ? await indexLinks(read.res) : { todo: [], complete: true };
        // 2. Fetch the articles (and the due retries of earlier failures); yield as they complete.
        const tasks = [...todo, ...(await dueRetries(ctx))];
        yield* fetchEach(tasks, (l) => fetchArticle(fetchPage, source, l, signal), ctx, signal, opts.inflight);
        if (read) await ctx.putFetchState(listingState(source.url, read.res, read.fetchedAt, complete));
      } finally {
        stop();
      }
    },
  };
}
