// Issue 17.6: SSRF trust is by origin (scheme, host, port), only for a source's own listing and the
// links and redirects that stay on its origin. Three loopback servers: A is the configured source, B
// another port of the same machine (an admin console, Elasticsearch on 9200), C a stranger's site
// (allow-listed by host:port, as a public host would pass the guard).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { parseConfig } from '../../../src/core/config.js';
import { silentLogger } from '../../../src/core/log.js';
import { trustedOrigins } from '../../../src/cli/runtime.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, html, rss, rssSource, testContext } from './helpers.js';

describe('SSRF trust by origin', () => {
  let a: FixtureServer, b: FixtureServer, c: FixtureServer;
  let crawlers: Crawlers;
  const robots = { body: 'User-agent: *\nAllow: /\n' };
  const page = (t: string) => ({ headers: { 'content-type': 'text/html; charset=utf-8' }, body: html(t, 'Isi berita yang cukup panjang untuk diekstrak.') });

  beforeEach(async () => {
    [a, b, c] = await Promise.all([startFixtureServer(), startFixtureServer(), startFixtureServer()]);
    for (const s of [a, b, c]) s.route('/robots.txt', robots);
    b.route('/admin', page('Konsol admin'));
    a.route('/rahasia', page('Rahasia A'));
    crawlers = createCrawlers({
      crawl: crawlConfig({ retries: 0, allowPrivateHosts: [c.host] }),
      log: silentLogger,
      trustedOrigins: [a.origin],
      http: fastHttp,
    });
  });
  afterEach(async () => {
    await crawlers.close();
    await Promise.all([a, b, c].map((s) => s.close()));
  });

  it('fetches same-origin links, refuses other ports of the trusted host in any spelling, and redirects out of the origin', async () => {
    const port = b.port;
    const refusedLinks = [
      b.url('/admin'),
      `http://127.1:${port}/admin`,
      `http://0x7f000001:${port}/admin`,
      `http://2130706433:${port}/admin`,
      `http://0177.0.0.1:${port}/admin`,
    ];
    a.route('/berita/satu', page('Berita satu'));
    a.route('/pindah', { status: 302, headers: { location: b.url('/admin') } }); // trusted origin → other port
    a.route('/lewat', { status: 302, headers: { location: a.url('/berita/dua') } }); // same-origin redirect
    a.route('/berita/dua', page('Berita dua'));
    c.route('/luar', page('Berita luar'));
    c.route('/balik', { status: 302, headers: { location: a.url('/rahasia') } }); // stranger → trusted origin
    c.route('/ke-b', { status: 302, headers: { location: b.url('/admin') } }); // stranger → private
    const links = [a.url('/berita/satu'), a.url('/lewat'), a.url('/pindah'), c.url('/luar'), c.url('/balik'), c.url('/ke-b'), ...refusedLinks];
    a.route('/rss.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss(links.map((link, i) => ({ link, title: `Item ${i}`, pubDate: new Date(Date.now() - 3_600_000).toUTCString() }))),
    });

    const ctx = testContext();
    const items = await collect(crawlers.get('rss')!.crawl(rssSource(a.url('/rss.xml')), ctx));
    expect(items.map((i) => i.url).sort()).toEqual([a.url('/berita/dua'), a.url('/berita/satu'), c.url('/luar')].sort());

    // Nothing reached the other port, nor the trusted origin through a stranger's redirect.
    expect(b.requests.filter((r) => r.path !== '/robots.txt')).toEqual([]);
    expect(b.requests).toEqual([]);
    expect(a.requestsTo('/rahasia')).toEqual([]);
    const skipped = ctx.reports.filter((r) => r.disposition === 'skipped');
    // The numeric spellings canonicalize to b.url('/admin') already in the feed, as fetch would read them.
    expect(skipped.map((r) => r.url).sort()).toEqual([a.url('/pindah'), c.url('/balik'), c.url('/ke-b'), b.url('/admin')].sort());
    for (const r of skipped) expect(r.reason).toMatch(/refused to fetch http:\/\/127\.0\.0\.1:\d+\/(admin|rahasia).*private or loopback/);
  });

  it('does not trust a configured origin that another source links to', async () => {
    // A second source on C (a stranger) links to A's private origin: A is configured, but C's crawler
    // cannot vouch for it.
    c.route('/rss.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss([{ link: a.url('/rahasia'), title: 'Rahasia' }]) });
    const ctx = testContext();
    const items = await collect(crawlers.get('rss')!.crawl(rssSource(c.url('/rss.xml'), 'stranger'), ctx));
    expect(items).toEqual([]);
    expect(a.requestsTo('/rahasia')).toEqual([]);
    expect(ctx.reports).toEqual([{ disposition: 'skipped', url: a.url('/rahasia'), reason: expect.stringMatching(/refused to fetch/) }]);
  });

  it('openPipeline trusts the origins of source URLs and apiBase options, not their hosts', () => {
    const config = parseConfig(
      {
        sources: [
          { id: 'a', kind: 'rss', url: 'http://127.0.0.1:8080/rss.xml' },
          { id: 'b', kind: 'rss', url: 'https://intranet.pemkot.test/feed' },
          { id: 'g', kind: 'google-news', url: '"Kota Jambi"', options: { apiBase: 'http://10.0.0.5:3000' } },
        ],
      },
      { env: {} },
    );
    expect(trustedOrigins(config).sort()).toEqual(['http://10.0.0.5:3000', 'http://127.0.0.1:8080', 'https://intranet.pemkot.test']);
  });
});
