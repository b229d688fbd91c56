// The crawler registry the pipeline asks by source kind. All crawlers share one polite HTTP client,
// so per-host limits, robots.txt and Crawl-delay hold across sources that hit the same site, and one
// renderer (a headless Chromium launched only when a `render: true` source first needs it).
import type { PantauConfig } from '../src/core/config.js';
import type { CrawlContext, Crawler, Logger, RawItem, Source, SourceKind } from '../src/core/types.js';
import { createGoogleNewsCrawler } from './google-news/google-news-crawler.js';
import { createHtmlListCrawler } from './html-list/html-list-crawler.js';
import { createPageCrawler } from './page/page-crawler.js';
import { createRenderer, type Renderer } from './render/browser.js';
import { createPageFetcher } from './render/page-fetcher.js';
import { createRssCrawler } from './rss/rss-crawler.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './shared/http.js';
import { createSsrfGuard } from './shared/ssrf.js';
import { createSitemapCrawler } from './sitemap/sitemap-crawler.js';
import { createSocialCrawlers } from './social/index.js';

export interface CrawlersDeps {
  crawl: PantauConfig['crawl'];
  log: Logger;
  /**
   * Origins ("http://host:port") of configured sources: the SSRF guard trusts their own URLs and
   * same-origin links, when the crawler vouches for them (see FetchOptions.trusted).
   */
  trustedOrigins?: string[];
  /** Older name; a bare host here trusts every port of that host (tests only). */
  trustedHosts?: string[];
  /** Extra HTTP client settings (tests: small backoff, fake DNS). */
  http?: Partial<Omit<HttpClientOptions, keyof PantauConfig['crawl'] | 'log' | 'trustedHosts' | 'trustedOrigins'>>;
}

export interface Crawlers {
  get(kind: SourceKind): Crawler | undefined;
  /** The shared HTTP client, for crawlers registered elsewhere and for CLI diagnostics. */
  readonly http: HttpClient;
  /** The shared renderer (render: true sources); the browser starts on first use. */
  readonly renderer: Renderer;
  /** Closes the HTTP client and the browser (no Chromium process outlives this). */
  close(): Promise<void>;
}

/**
 * A `render: true` source fails up front, with one clear line, when Chromium is missing — instead of
 * every article failing one by one with the same message.
 */
function withRenderCheck(crawler: Crawler, renderer: Renderer): Crawler {
  return {
    kinds: crawler.kinds,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      if (source.render) renderer.assertAvailable();
      yield* crawler.crawl(source, ctx);
    },
  };
}

export function createCrawlers(deps: CrawlersDeps): Crawlers {
  const trustedOrigins = [...(deps.trustedOrigins ?? []), ...(deps.trustedHosts ?? [])];
  const http = createHttpClient({ ...deps.crawl, ...deps.http, log: deps.log, trustedOrigins });
  // The renderer checks every request a page makes (each redirect hop too) with the same policy.
  const guard = createSsrfGuard({ trustedOrigins, allowPrivateHosts: deps.crawl.allowPrivateHosts, log: deps.log, lookup: deps.http?.lookup });
  const renderer = createRenderer({
    http,
    guard,
    chromiumPath: deps.crawl.chromiumPath,
    timeoutMs: deps.crawl.timeoutMs,
    userAgent: deps.crawl.userAgent,
    log: deps.log,
  });
  const fetchPage = createPageFetcher(http, renderer);
  const { maxItemsPerSource, maxBytes } = deps.crawl;

  const byKind = new Map<SourceKind, Crawler>();
  const register = (c: Crawler) => {
    for (const k of c.kinds) byKind.set(k, withRenderCheck(c, renderer));
  };
  register(createRssCrawler({ http, maxItemsPerSource, fetchPage }));
  register(createSitemapCrawler({ http, fetchPage, maxItemsPerSource, maxBytes }));
  register(createGoogleNewsCrawler({ http, fetchPage, maxItemsPerSource }));
  register(createHtmlListCrawler({ http, fetchPage, maxItemsPerSource }));
  register(createPageCrawler({ http, fetchPage }));
  // Social connectors (telegram, youtube, mastodon, reddit, x, facebook, instagram, import) share the
  // same polite client; tokens are read from the environment when a source of that kind runs.
  for (const c of createSocialCrawlers({ http, log: deps.log })) register(c);

  return {
    get: (kind) => byKind.get(kind),
    http,
    renderer,
    async close() {
      // Browser first: pages still rendering may be waiting on the HTTP client.
      await renderer.close();
      await http.close();
    },
  };
}
