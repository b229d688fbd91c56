// Through the real RSS crawler, runner and SQLite store: an article page with no text ends as
// `dropped` ("empty text"), never as an indexed empty mention; a page whose only date is in a
// related-articles list is stored with the feed's date (README "Dates").
import { afterEach, describe, expect, it } from 'vitest';
import { createCrawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { silentLogger } from '../../../src/core/log.js';
import { runOnce } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp, rss, rssSource } from '../crawlers/helpers.js';

const PROSE = 'Warga Kelurahan Legok mengeluhkan genangan yang tidak kunjung surut sejak pekan lalu, kata lurah setempat. ';

describe('pipeline: empty pages and feed dates', () => {
  let srv: FixtureServer | undefined;
  afterEach(async () => srv?.close());

  it('drops an empty page as "empty text" and keeps the feed date over a sidebar date', async () => {
    srv = await startFixtureServer();
    srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
    const feedDate = new Date(Date.now() - 2 * 3_600_000);
    srv.route('/rss.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([
        { title: 'Halaman kosong', link: srv.url('/kosong'), pubDate: feedDate.toUTCString() },
        { title: 'Genangan di Legok', link: srv.url('/berita/88123/genangan'), pubDate: feedDate.toUTCString() },
      ]),
    });
    const htmlHead = '<!doctype html><html lang="id"><head><meta charset="utf-8">';
    srv.route('/kosong', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: `${htmlHead}<title>Halaman kosong</title></head><body><div id="app"></div><script>render()</script></body></html>` });
    srv.route('/berita/88123/genangan', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `${htmlHead}<title>Genangan di Legok</title></head><body><article><h1>Genangan di Legok</h1><div class="content"><p>${PROSE.repeat(4)}</p></div></article>
<div class="related-news"><h3>Berita Terkait</h3><ul><li><a href="/x">Banjir lama</a> <span class="date">Jumat, 30 Okt 2015 08:15 WIB</span></li></ul></div></body></html>`,
    });
    const store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
    const crawlers = createCrawlers({ crawl: crawlConfig(), http: fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'] });
    try {
      const summary = await runOnce([rssSource(srv.url('/rss.xml'))], {
        store,
        crawlers,
        analyzers: null,
        extract: (h, u) => extractArticle(h, u),
        canonicalize: (u) => canonicalizeUrl(u),
        log: silentLogger,
      });
      expect(summary.totals.indexed).toBe(1);
      expect(summary.totals.dropped).toBe(1);
      expect(summary.reasons).toContainEqual(expect.objectContaining({ disposition: 'dropped', url: srv.url('/kosong'), reason: 'empty text' }));
      const stored = (await store.search({ text: '', limit: 10 })).items;
      expect(stored.map((m) => m.title)).toEqual(['Genangan di Legok']);
      expect(Date.parse(stored[0]!.publishedAt!)).toBe(Math.floor(feedDate.getTime() / 1000) * 1000);
    } finally {
      await crawlers.close();
      await store.close();
    }
  });
});
