// Shared bits for crawler tests: a crawl config with fast timings, an in-memory CrawlContext that
// records reports and fetch state, and a tiny RSS builder.
import { parseConfig, type PantauConfig } from '../../../src/core/config.js';
import { silentLogger } from '../../../src/core/log.js';
import type { CrawlContext, FetchState, RawItem, RetryHint, Source, SourceState } from '../../../src/core/types.js';

export function crawlConfig(overrides: Partial<PantauConfig['crawl']> = {}): PantauConfig['crawl'] {
  const base = parseConfig({}, { env: {} }).crawl;
  return { ...base, perHostIntervalMs: 0, timeoutMs: 3000, retries: 2, ...overrides };
}

/** Fast-retry extras for createHttpClient in tests. */
export const fastHttp = { retryBaseMs: 5, maxRetryAfterMs: 3000, defaultRateLimitMs: 50 };

export interface TestContext extends CrawlContext {
  reports: { disposition: string; url: string; reason: string }[];
  /** Retry hints handed over with failed items (the pipeline remembers them). */
  retries: RetryHint[];
  /** Due retries dueRetries() hands back (once). */
  due: RetryHint[];
  warnings: string[];
  fetchStates: Map<string, FetchState>;
  known: Set<string>;
}

export function testContext(opts: { known?: string[]; signal?: AbortSignal; due?: RetryHint[] } = {}): TestContext {
  const fetchStates = new Map<string, FetchState>();
  const sourceStates = new Map<string, SourceState>();
  const reports: TestContext['reports'] = [];
  const known = new Set(opts.known ?? []);
  const retries: RetryHint[] = [];
  const due = [...(opts.due ?? [])];
  const warnings: string[] = [];
  return {
    signal: opts.signal ?? new AbortController().signal,
    log: silentLogger,
    reports,
    retries,
    due,
    warnings,
    fetchStates,
    known,
    isKnownUrl: async (url) => known.has(url),
    getFetchState: async (url) => fetchStates.get(url),
    putFetchState: async (s) => void fetchStates.set(s.url, s),
    getSourceState: async (id) => sourceStates.get(id),
    putSourceState: async (s) => void sourceStates.set(s.sourceId, s),
    report: (disposition, url, reason, extra) => {
      reports.push({ disposition, url, reason });
      if (extra?.retry) retries.push(extra.retry);
    },
    dueRetries: async () => due.splice(0),
    warn: (message) => void warnings.push(message),
  };
}

export function rssSource(url: string, id = 'test-feed'): Source {
  return { id, kind: 'rss', url, everyMinutes: 15, render: false, owned: false, factcheck: false, options: {} };
}

export function rss(items: { link?: string; title?: string; pubDate?: string; category?: string[] }[], opts: { encoding?: string } = {}): string {
  const body = items
    .map(
      (i) =>
        `<item>${i.title ? `<title>${i.title}</title>` : ''}${i.link ? `<link>${i.link}</link>` : ''}` +
        `${i.pubDate ? `<pubDate>${i.pubDate}</pubDate>` : ''}${(i.category ?? []).map((c) => `<category>${c}</category>`).join('')}</item>`,
    )
    .join('\n');
  return `<?xml version="1.0" encoding="${opts.encoding ?? 'UTF-8'}"?>\n<rss version="2.0"><channel><title>Test</title><link>http://example.test/</link>\n${body}\n</channel></rss>`;
}

export function html(title: string, body = ''): string {
  return `<!doctype html><html><head><meta charset="utf-8"><title>${title}</title></head><body><article><h1>${title}</h1><p>${body}</p></article></body></html>`;
}

export async function collect(it: AsyncIterable<RawItem>): Promise<RawItem[]> {
  const out: RawItem[] = [];
  for await (const x of it) out.push(x);
  return out;
}
