import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { PantauConfig } from '../../../src/core/config.js';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, html, rss, rssSource, testContext } from './helpers.js';

let srv: FixtureServer;
let crawlers: Crawlers;

function setup(over: Partial<PantauConfig['crawl']> = {}): Crawlers {
  crawlers = createCrawlers({ crawl: crawlConfig(over), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp });
  return crawlers;
}
const rssCrawler = () => crawlers.get('rss')!;
const HTML = { 'content-type': 'text/html; charset=utf-8' };

beforeEach(async () => {
  srv = await startFixtureServer();
});
afterEach(async () => {
  await crawlers?.close();
  await srv.close();
});

describe('rss crawler', () => {
  it('registers for kind rss', () => {
    setup();
    expect(rssCrawler().kinds).toEqual(['rss']);
    expect(crawlers.get('rss')?.kinds).toContain('rss');
  });

  it('gives every feed item exactly one outcome', async () => {
    // A 4000-byte cap: the feed and pages fit, /big does not.
    setup({ retries: 1, maxBytes: 4000 });
    srv.route('/robots.txt', { body: 'User-agent: *\nDisallow: /private/\n' });
    srv.route('/news/1', { headers: HTML, body: html('Satu', 'Isi berita satu') });
    srv.route('/news/known', { headers: HTML, body: html('Lama') });
    srv.route('/files/doc.pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
    srv.route('/private/secret', { headers: HTML, body: html('Rahasia') });
    srv.route('/big', { headers: HTML, body: Buffer.alloc(5000, 'x') });
    srv.route('/down', { status: 503 });
    srv.route('/gone', { status: 404 });
    srv.route('/moved', { status: 302, headers: { location: 'http://169.254.169.254/latest/meta-data/' } });
    srv.route('/feed.xml', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([
        { link: srv.url('/news/1?utm_source=rss'), title: 'Satu', pubDate: 'Sun, 07 Jun 2026 15:00:00 +0700', category: ['Pemerintahan', 'Jambi'] },
        { link: srv.url('/news/1'), title: 'Satu lagi (same article)' },
        { link: srv.url('/news/known'), title: 'Lama' },
        { link: srv.url('/files/doc.pdf'), title: 'PDF' },
        { link: srv.url('/private/secret'), title: 'Rahasia' },
        { link: srv.url('/big'), title: 'Besar' },
        { link: srv.url('/down'), title: 'Down' },
        { link: srv.url('/gone'), title: 'Gone' },
        { link: srv.url('/moved'), title: 'Moved' },
        { title: 'No link' },
      ]),
    });
    const ctx = testContext({ known: [canonicalizeUrl(srv.url('/news/known'))] });
    const items = await collect(rssCrawler().crawl(rssSource(srv.url('/feed.xml')), ctx));

    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      sourceId: 'test-feed',
      url: srv.url('/news/1?utm_source=rss'),
      kind: 'news',
      title: 'Satu',
      meta: { feedCategories: ['Pemerintahan', 'Jambi'], feedLink: srv.url('/news/1') },
    });
    expect(items[0]!.html).toContain('Isi berita satu');
    expect(items[0]!.publishedAt?.toISOString()).toBe('2026-06-07T08:00:00.000Z');
    expect(items[0]!.fetchedAt).toBeInstanceOf(Date);

    const by = (path: string) => ctx.reports.filter((r) => r.url.includes(path));
    expect(by('/files/doc.pdf')).toEqual([{ disposition: 'dropped', url: srv.url('/files/doc.pdf'), reason: 'not html: application/pdf' }]);
    expect(by('/private/secret')).toMatchObject([{ disposition: 'skipped', reason: expect.stringContaining('robots.txt') }]);
    expect(by('/big')).toMatchObject([{ disposition: 'dropped', reason: expect.stringContaining('4000-byte limit') }]);
    expect(by('/down')).toMatchObject([{ disposition: 'failed', reason: expect.stringContaining('HTTP 503') }]);
    expect(by('/gone')).toMatchObject([{ disposition: 'failed', reason: expect.stringContaining('HTTP 404') }]);
    expect(by('/moved')).toMatchObject([{ disposition: 'skipped', reason: expect.stringContaining('169.254.169.254') }]);
    expect(ctx.reports.filter((r) => r.reason === 'feed item has no http(s) link')).toHaveLength(1);
    expect(ctx.reports).toHaveLength(7);

    expect(srv.requestsTo('/news/1')).toHaveLength(1); // listed twice, fetched once
    expect(srv.requestsTo('/news/known')).toHaveLength(0); // known articles are never fetched again
    expect(srv.requestsTo('/private/secret')).toHaveLength(0);
    expect(srv.requestsTo('/down')).toHaveLength(2); // 1 + crawl.retries
    // An item failed, so no validators are kept: the next crawl must re-read the feed.
    expect(ctx.fetchStates.get(srv.url('/feed.xml'))).toMatchObject({ status: 200 });
    expect(ctx.fetchStates.get(srv.url('/feed.xml'))!.etag).toBeUndefined();
  });

  it('uses a conditional GET: a 304 yields nothing and refetches no article', async () => {
    setup();
    srv.route('/a1', { headers: HTML, body: html('A1') });
    srv.route('/a2', { headers: HTML, body: html('A2') });
    srv.route('/feed.xml', (req) =>
      req.headers['if-none-match'] === '"f1"'
        ? { status: 304, headers: { etag: '"f1"' } }
        : { headers: { 'content-type': 'text/xml', etag: '"f1"', 'last-modified': 'Sun, 07 Jun 2026 08:00:00 GMT' }, body: rss([{ link: srv.url('/a1') }, { link: srv.url('/a2') }]) },
    );
    const ctx = testContext();
    const source = rssSource(srv.url('/feed.xml'));
    expect(await collect(rssCrawler().crawl(source, ctx))).toHaveLength(2);
    expect(ctx.fetchStates.get(source.url)).toMatchObject({ etag: '"f1"', lastModified: 'Sun, 07 Jun 2026 08:00:00 GMT', status: 200 });

    expect(await collect(rssCrawler().crawl(source, ctx))).toHaveLength(0);
    const second = srv.requestsTo('/feed.xml')[1]!;
    expect(second.headers['if-none-match']).toBe('"f1"');
    expect(second.headers['if-modified-since']).toBe('Sun, 07 Jun 2026 08:00:00 GMT');
    expect(srv.requestsTo('/a1')).toHaveLength(1);
    expect(srv.requestsTo('/a2')).toHaveLength(1);
    expect(ctx.fetchStates.get(source.url)).toMatchObject({ etag: '"f1"', status: 304 });
    expect(ctx.reports).toEqual([]);
  });

  it('decodes a Latin-1 feed and a feed with a wrong declared charset', async () => {
    setup();
    srv.route('/berita', { headers: HTML, body: html('x') });
    const title = 'Pemkot Jambi – café “resmi”';
    srv.route('/latin1.xml', { headers: { 'content-type': 'text/xml' }, body: iconv.encode(rss([{ link: srv.url('/berita'), title }], { encoding: 'iso-8859-1' }), 'windows-1252') });
    srv.route('/liar.xml', { headers: { 'content-type': 'text/xml; charset=utf-8' }, body: iconv.encode(rss([{ link: srv.url('/berita'), title }]), 'windows-1252') });
    for (const path of ['/latin1.xml', '/liar.xml']) {
      const [item] = await collect(rssCrawler().crawl(rssSource(srv.url(path)), testContext()));
      expect(item!.title).toBe(title);
    }
  });

  it('reads a real feed with a blank line (and a BOM) before <?xml', async () => {
    setup({ maxItemsPerSource: 3 });
    const original = readFileSync(new URL('../../fixtures/feeds/antara-mainpage.rss.xml', import.meta.url), 'utf8');
    const text = original.replaceAll('http://www.antaranews.com', srv.origin);
    const links = [...text.matchAll(/<link>([^<]+)<\/link>/g)].map((m) => m[1]!).filter((l) => l.startsWith(srv.origin) && l !== srv.origin);
    for (const l of links) srv.route(new URL(l).pathname, { headers: HTML, body: html('Antara') });
    srv.route('/rss', { headers: { 'content-type': 'application/rss+xml' }, body: Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]) });
    const ctx = testContext();
    const items = await collect(rssCrawler().crawl(rssSource(srv.url('/rss')), ctx));
    expect(items).toHaveLength(3);
    expect(items.map((i) => i.title)).toContain('29 penerbangan Bandara Internasional Lombok dibatalkan');
    // Over crawl.maxItemsPerSource: reported, not silently lost.
    expect(ctx.reports).toHaveLength(17);
    expect(ctx.reports.every((r) => r.disposition === 'skipped' && r.reason.includes('maxItemsPerSource (3)'))).toBe(true);
  });

  it('reads Atom, RSS 1.0 and JSON Feed', async () => {
    setup();
    srv.route('/p1', { headers: HTML, body: html('P1') });
    srv.route('/p2', { headers: HTML, body: html('P2') });
    srv.route('/p3', { headers: HTML, body: html('P3') });
    srv.route('/atom', {
      headers: { 'content-type': 'application/atom+xml' },
      body: `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>A</title><entry><title>Atom item</title><link href="${srv.url('/p1')}"/><updated>2026-06-01T00:00:00Z</updated><author><name>Budi</name></author><category term="hukum"/></entry></feed>`,
    });
    srv.route('/rdf', {
      headers: { 'content-type': 'application/rdf+xml' },
      body: `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel rdf:about="x"><title>R</title><link>${srv.origin}</link></channel><item rdf:about="${srv.url('/p2')}"><title>RDF item</title><link>${srv.url('/p2')}</link><dc:date>2026-06-02T00:00:00Z</dc:date></item></rdf:RDF>`,
    });
    srv.route('/feed.json', {
      headers: { 'content-type': 'application/feed+json' },
      body: JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'J', items: [{ id: '3', url: '/p3', title: 'JSON item', date_published: '2026-06-03T00:00:00Z', tags: ['x'] }] }),
    });
    const got = async (p: string) => (await collect(rssCrawler().crawl(rssSource(srv.url(p)), testContext())))[0]!;
    expect(await got('/atom')).toMatchObject({ title: 'Atom item', author: 'Budi', url: srv.url('/p1'), meta: { feedCategories: ['hukum'] } });
    expect(await got('/rdf')).toMatchObject({ title: 'RDF item', url: srv.url('/p2'), publishedAt: new Date('2026-06-02T00:00:00Z') });
    expect(await got('/feed.json')).toMatchObject({ title: 'JSON item', url: srv.url('/p3'), meta: { feedCategories: ['x'] } });
  });

  it('fails the source on a malformed feed with a one-line message', async () => {
    setup();
    srv.route('/bad.xml', { headers: { 'content-type': 'text/xml' }, body: readFileSync(new URL('../../fixtures/feeds/illformed__aaa_illformed.xml', import.meta.url)) });
    const err = await collect(rssCrawler().crawl(rssSource(srv.url('/bad.xml')), testContext())).catch((e) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe('malformed_feed');
    expect(err.message).toContain(srv.url('/bad.xml'));
  });

  it('follows article redirects and yields the final URL', async () => {
    setup();
    srv.route('/short/9', { status: 301, headers: { location: '/berita/2026/06/9-judul' } });
    srv.route('/berita/2026/06/9-judul', { headers: HTML, body: html('Sembilan') });
    srv.route('/feed.xml', { body: rss([{ link: srv.url('/short/9'), title: 'Sembilan' }]) });
    const [item] = await collect(rssCrawler().crawl(rssSource(srv.url('/feed.xml')), testContext()));
    expect(item).toMatchObject({ url: srv.url('/berita/2026/06/9-judul'), meta: { feedLink: srv.url('/short/9') } });
  });

  it('yields pages as they complete, not in feed order', async () => {
    setup({ perHostConcurrency: 2 });
    srv.route('/slow', { headers: HTML, body: html('slow'), delayMs: 300 });
    srv.route('/fast', { headers: HTML, body: html('fast') });
    srv.route('/feed.xml', { body: rss([{ link: srv.url('/slow'), title: 'slow' }, { link: srv.url('/fast'), title: 'fast' }]) });
    const items = await collect(rssCrawler().crawl(rssSource(srv.url('/feed.xml')), testContext()));
    expect(items.map((i) => i.title)).toEqual(['fast', 'slow']);
  });

  it('stops when ctx.signal aborts', async () => {
    setup();
    srv.route('/a', { headers: HTML, body: html('a') });
    srv.route('/never', { headers: HTML, body: html('never'), delayMs: 2000 });
    srv.route('/feed.xml', { body: rss([{ link: srv.url('/a') }, { link: srv.url('/never') }]) });
    const ac = new AbortController();
    const ctx = testContext({ signal: ac.signal });
    const seen: string[] = [];
    const t0 = Date.now();
    const err = await (async () => {
      for await (const item of rssCrawler().crawl(rssSource(srv.url('/feed.xml')), ctx)) {
        seen.push(item.url);
        ac.abort();
      }
    })().catch((e) => e);
    expect(seen).toEqual([srv.url('/a')]);
    expect(err?.name).toBe('AbortError');
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(ctx.fetchStates.size).toBe(0);
  });

  it('a consumer that stops early leaves nothing running', async () => {
    setup();
    srv.route('/a', { headers: HTML, body: html('a') });
    srv.route('/b', { headers: HTML, body: html('b'), delayMs: 1500 });
    srv.route('/feed.xml', { body: rss([{ link: srv.url('/a') }, { link: srv.url('/b') }]) });
    const t0 = Date.now();
    for await (const item of rssCrawler().crawl(rssSource(srv.url('/feed.xml')), testContext())) {
      expect(item.url).toBe(srv.url('/a'));
      break;
    }
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
