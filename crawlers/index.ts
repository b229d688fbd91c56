// The crawler registry the pipeline asks by source kind. All crawlers share one polite HTTP client,
// so per-host limits, robots.txt and Crawl-delay hold across sources that hit the same site.
// Sitemap, Google News, html-list, page, render and social crawlers register here as they land.
import type { PantauConfig } from '../src/core/config.js';
import type { Crawler, Logger, SourceKind } from '../src/core/types.js';
import { createRssCrawler } from './rss/rss-crawler.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from './shared/http.js';

export interface CrawlersDeps {
  crawl: PantauConfig['crawl'];
  log: Logger;
  /** Hostnames of configured sources (SSRF guard trusts them). */
  trustedHosts: string[];
  /** Extra HTTP client settings (tests: small backoff, fake DNS). */
  http?: Partial<Omit<HttpClientOptions, keyof PantauConfig['crawl'] | 'log' | 'trustedHosts'>>;
}

export interface Crawlers {
  get(kind: SourceKind): Crawler | undefined;
  /** The shared HTTP client, for crawlers registered elsewhere and for CLI diagnostics. */
  readonly http: HttpClient;
  close(): Promise<void>;
}

export function createCrawlers(deps: CrawlersDeps): Crawlers {
  const http = createHttpClient({ ...deps.crawl, ...deps.http, log: deps.log, trustedHosts: deps.trustedHosts });
  const byKind = new Map<SourceKind, Crawler>();
  const register = (c: Crawler) => {
    for (const k of c.kinds) byKind.set(k, c);
  };
  register(createRssCrawler({ http, maxItemsPerSource: deps.crawl.maxItemsPerSource }));
  return {
    get: (kind) => byKind.get(kind),
    http,
    close: () => http.close(),
  };
}
