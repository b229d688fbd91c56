// Shared bits for pipeline tests: the real crawlers, extractor and SQLite store wired as the CLI
// wires them, sources, and article pages whose rel=canonical differs from the link that lists them.
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import type { PantauConfig } from '../../../src/core/config.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Source, Store } from '../../../src/core/types.js';
import type { PipelineDeps } from '../../../src/pipeline/runner.js';
import { crawlConfig, fastHttp } from '../crawlers/helpers.js';

export const HTML = { 'content-type': 'text/html; charset=utf-8' };
const PARA = 'Pemerintah Kota Jambi memperbaiki saluran drainase di beberapa kelurahan agar banjir tidak terulang saat musim hujan.';

/** An article page; with `canonical`, its rel=canonical (which then differs from the listed link). */
export function article(n: number | string, canonical?: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita ${n} - Uji</title>
${canonical ? `<link rel="canonical" href="${canonical}">` : ''}</head><body><article><h1>Berita nomor ${n} dari Kota Jambi</h1>
<p>${PARA} Nomor ${n}.</p><p>${PARA}</p></article></body></html>`;
}

export function testCrawlers(over: Partial<PantauConfig['crawl']> = {}): Crawlers {
  return createCrawlers({ crawl: crawlConfig({ retries: 0, ...over }), http: fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'] });
}

export function pipelineDeps(store: Store, crawlers: Crawlers, over: Partial<PipelineDeps> = {}): PipelineDeps {
  return {
    store,
    crawlers,
    analyzers: null,
    extract: (html, url) => extractArticle(html, url),
    canonicalize: (u) => canonicalizeUrl(u),
    log: silentLogger,
    batchSize: 2,
    jitter: 0,
    ...over,
  };
}

export function source(id: string, kind: Source['kind'], url: string, over: Partial<Source> = {}): Source {
  return { id, kind, url, everyMinutes: 15, render: false, owned: false, factcheck: false, options: {}, ...over };
}

export const total = (c: Record<string, number>): number => Object.values(c).reduce((a, b) => a + b, 0);
