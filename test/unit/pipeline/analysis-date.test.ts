// What the pipeline hands the analyzers about time: the publication date, or — for an item whose
// source gave none — the fetch time, so the hoax analyzer's dated model scores every stored item on
// one scale (MODEL.md). Real RSS crawler and SQLite store; a recording analyzer.
import { afterEach, describe, expect, it } from 'vitest';
import { composeAnalyzers } from '../../../analyzers/chain.js';
import { createCrawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { silentLogger } from '../../../src/core/log.js';
import type { AnalyzeDoc } from '../../../src/core/types.js';
import { runOnce } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp, html, rss, rssSource } from '../crawlers/helpers.js';

describe('pipeline → analyzers: dates', () => {
  let srv: FixtureServer | undefined;
  afterEach(async () => srv?.close());

  it('passes publishedAt when the source gave one and the fetch time when it did not', async () => {
    srv = await startFixtureServer();
    srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
    const dated = new Date(Date.now() - 3_600_000);
    srv.route('/rss.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([
        { title: 'Banjir di Telanaipura', link: srv.url('/a'), pubDate: dated.toUTCString() },
        { title: 'Jalan rusak di Jelutung', link: srv.url('/b') },
      ]),
    });
    const text = 'Warga mengeluhkan kondisi lingkungan yang memburuk sejak awal bulan ini. '.repeat(8);
    srv.route('/a', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: html('Banjir di Telanaipura', text) });
    srv.route('/b', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: html('Jalan rusak di Jelutung', text) });

    const seen: AnalyzeDoc[] = [];
    const analyzers = composeAnalyzers([{ name: 'record', version: '1', analyze: (doc) => (seen.push(doc), {}) }]);
    const store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
    const crawlers = createCrawlers({ crawl: crawlConfig(), http: fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'] });
    const before = Date.now();
    try {
      const summary = await runOnce([rssSource(srv.url('/rss.xml'))], {
        store,
        crawlers,
        analyzers,
        extract: (h, u) => extractArticle(h, u),
        canonicalize: (u) => canonicalizeUrl(u),
        log: silentLogger,
      });
      expect(summary.totals.indexed).toBe(2);
    } finally {
      await crawlers.close();
      await store.close();
    }
    const byTitle = new Map(seen.map((d) => [d.title, d]));
    expect(Date.parse(byTitle.get('Banjir di Telanaipura')!.publishedAt!)).toBe(Math.floor(dated.getTime() / 1000) * 1000);
    const fetched = Date.parse(byTitle.get('Jalan rusak di Jelutung')!.publishedAt!);
    expect(fetched).toBeGreaterThanOrEqual(before - 1000);
    expect(fetched).toBeLessThanOrEqual(Date.now());
  });
});
