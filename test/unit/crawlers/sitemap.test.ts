import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { PantauConfig } from '../../../src/core/config.js';
import type { Source } from '../../../src/core/types.js';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { maybeGunzip, parseSitemap, sitemapText } from '../../../crawlers/sitemap/parse-sitemap.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, html, testContext } from './helpers.js';

const fixture = (name: string) => readFileSync(new URL(`../../fixtures/sitemaps/${name}`, import.meta.url));
const HTML = { 'content-type': 'text/html; charset=utf-8' };
const XML = { 'content-type': 'application/xml' };
const hoursAgo = (h: number) => new Date(Date.now() - h * 3_600_000).toISOString();

function source(url: string, options: Record<string, unknown> = {}): Source {
  return { id: 'sitemap-test', kind: 'sitemap', url, everyMinutes: 15, render: false, owned: false, factcheck: false, options };
}

function newsSitemap(items: { loc: string; date: string; title?: string; keywords?: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">\n` +
    items
      .map(
        (i) =>
          `<url><loc>${i.loc}</loc><news:news><news:publication><news:name>Jambi Pos</news:name><news:language>id</news:language></news:publication>` +
          `<news:publication_date>${i.date}</news:publication_date>${i.title ? `<news:title>${i.title}</news:title>` : ''}` +
          `${i.keywords ? `<news:keywords>${i.keywords}</news:keywords>` : ''}</news:news></url>`,
      )
      .join('\n') +
    '\n</urlset>'
  );
}

describe('parseSitemap', () => {
  it('reads the quirky hukumonline news sitemap (padding, raw newlines in <loc>, RFC-822 dates)', () => {
    const p = parseSitemap(fixture('hukumonline-sitemap_news.xml').toString('utf8'));
    expect(p.kind).toBe('urlset');
    expect(p.urls).toHaveLength(50);
    expect(p.urls[0]).toMatchObject({
      loc: 'http://hukumonline.dev/berita/baca/lt50f901630e6d0/ky-diminta-terapkan-sistem-gugur-seleksi-cha',
      publishedAt: new Date('2013-01-17T19:52:48.000Z'),
    });
    expect(p.urls[0]!.title).toBeUndefined();
    expect(p.urls[1]!.keywords).toEqual(['KPK', 'DPR']);
    for (const u of p.urls) expect(u.loc).not.toMatch(/\s/);
  });

  it('reads a sitemap index with blank lines and a CDATA <loc>', () => {
    const p = parseSitemap(fixture('trafilatura-sitemap2.xml').toString('utf8'));
    expect(p.kind).toBe('sitemapindex');
    expect(p.sitemaps.map((s) => s.loc)).toEqual(['http://www.example.com/sitemap1.xml.gz', 'http://www.example.com/sitemap2.xml.gz']);
    expect(p.sitemaps[1]!.lastmod?.toISOString()).toBe('2005-01-01T00:00:00.000Z');
  });

  it('keeps the pages of an hreflang urlset and its stray <sitemap>', () => {
    const p = parseSitemap(fixture('trafilatura-sitemap-hreflang.xml').toString('utf8'));
    expect(p.urls.map((u) => u.loc)).toEqual([
      'http://www.example.com/english/page.html',
      'http://www.example.com/deutsch/page.html',
      'http://www.example.com/schweiz-deutsch/page.html',
    ]);
    expect(p.sitemaps.map((s) => s.loc)).toEqual(['http://www.example.com/sitemap2.xml.gz']);
  });

  it('gunzips by magic bytes, whatever the Content-Type', () => {
    const gz = fixture('trafilatura-sitemap.xml.gz');
    const p = parseSitemap(sitemapText(gz, 'application/octet-stream', 'x', 1_000_000));
    expect(p.urls.length).toBeGreaterThan(50);
    expect(p.urls[0]).toMatchObject({ loc: 'https://www.sitemaps.org/', lastmod: new Date('2016-11-21T00:00:00Z') });
    expect(() => maybeGunzip(gz, 'http://x/s.xml.gz', 1000)).toThrow(/too large/);
  });

  it('falls back to a regex pass on broken XML, and reads plain-text sitemaps', () => {
    const broken = '<urlset><url><loc>http://a.test/1</loc><lastmod>2026-01-02</lastmod><url><loc>http://a.test/2</loc></urlset>';
    expect(parseSitemap(broken).urls.map((u) => u.loc)).toEqual(['http://a.test/1', 'http://a.test/2']);
    expect(parseSitemap('http://a.test/x\nhttp://a.test/y\n').urls.map((u) => u.loc)).toEqual(['http://a.test/x', 'http://a.test/y']);
    expect(() => parseSitemap('<html><body>nope</body></html>', 'http://a.test/s.xml')).toThrow(/malformed sitemap http:\/\/a.test\/s.xml/);
  });
});

describe('sitemap crawler', () => {
  let srv: FixtureServer;
  let crawlers: Crawlers;
  const setup = (over: Partial<PantauConfig['crawl']> = {}) =>
    (crawlers = createCrawlers({ crawl: crawlConfig(over), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp }));

  beforeEach(async () => {
    srv = await startFixtureServer();
  });
  afterEach(async () => {
    await crawlers?.close();
    await srv.close();
  });

  it('news sitemap: fetches new, recent articles with news:title and dates; conditional GET next time', async () => {
    setup();
    let etagHits = 0;
    srv.route('/sitemap-news.xml', (req) => {
      if (req.headers['if-none-match'] === '"v1"') {
        etagHits++;
        return { status: 304 };
      }
      // One instant for both copies of /berita/banjir: the crawler keeps the newer of two dates, and
      // two hoursAgo() calls a millisecond apart would make the duplicate win.
      const anHourAgo = hoursAgo(1);
      return {
        headers: { ...XML, etag: '"v1"' },
        body: newsSitemap([
          { loc: srv.url('/berita/banjir'), date: anHourAgo, title: 'Banjir di Telanaipura', keywords: 'banjir, Jambi' },
          { loc: srv.url('/berita/jalan'), date: hoursAgo(3), title: 'Jalan rusak' },
          { loc: srv.url('/berita/lama'), date: hoursAgo(24 * 30), title: 'Berita lama' },
          { loc: srv.url('/berita/known'), date: hoursAgo(2), title: 'Sudah ada' },
          { loc: srv.url('/berita/banjir'), date: anHourAgo, title: 'Banjir (dup)' },
        ]),
      };
    });
    for (const p of ['banjir', 'jalan', 'lama', 'known']) srv.route(`/berita/${p}`, { headers: HTML, body: html(p, `Isi ${p}`) });

    const ctx = testContext({ known: [canonicalizeUrl(srv.url('/berita/known'))] });
    const items = await collect(crawlers.get('sitemap')!.crawl(source(srv.url('/sitemap-news.xml')), ctx));
    expect(items.map((i) => i.url)).toEqual(expect.arrayContaining([srv.url('/berita/banjir'), srv.url('/berita/jalan')]));
    expect(items).toHaveLength(2);
    const banjir = items.find((i) => i.url.endsWith('/banjir'))!;
    expect(banjir).toMatchObject({ kind: 'news', title: 'Banjir di Telanaipura', meta: { feedCategories: ['banjir', 'Jambi'], publication: 'Jambi Pos' } });
    expect(banjir.publishedAt).toBeInstanceOf(Date);
    expect(banjir.html).toContain('Isi banjir');
    expect(srv.requestsTo('/berita/lama')).toHaveLength(0); // older than maxAgeDays (7)
    expect(srv.requestsTo('/berita/known')).toHaveLength(0);
    expect(ctx.reports).toEqual([]);
    expect(ctx.fetchStates.get(srv.url('/sitemap-news.xml'))?.etag).toBe('"v1"');

    const again = await collect(crawlers.get('sitemap')!.crawl(source(srv.url('/sitemap-news.xml')), ctx));
    expect(again).toEqual([]);
    expect(etagHits).toBe(1);
    expect(srv.requestsTo('/berita/banjir')).toHaveLength(1);
  });

  it('sitemap index: follows the newest children (gzip too), skips old ones, honours maxSitemaps', async () => {
    setup();
    const recent = hoursAgo(2);
    srv.route('/sitemap_index.xml', {
      headers: XML,
      body:
        `<?xml version="1.0"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">` +
        `<sitemap><loc>${srv.url('/s-old.xml')}</loc><lastmod>2020-01-01</lastmod></sitemap>` +
        `<sitemap><loc>${srv.url('/s-today.xml.gz')}</loc><lastmod>${recent}</lastmod></sitemap>` +
        `<sitemap><loc>${srv.url('/s-yesterday.xml')}</loc><lastmod>${hoursAgo(26)}</lastmod></sitemap>` +
        `<sitemap><loc>${srv.url('/s-nodate.xml')}</loc></sitemap>` +
        `</sitemapindex>`,
    });
    const urlset = (locs: string[]) =>
      `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">${locs.map((l) => `<url><loc>${l}</loc><lastmod>${recent}</lastmod></url>`).join('')}</urlset>`;
    // A .xml.gz served as an opaque download: only its magic bytes say gzip.
    srv.route('/s-today.xml.gz', { headers: { 'content-type': 'application/octet-stream' }, body: gzipSync(urlset([srv.url('/a/1'), srv.url('/a/2')])) });
    srv.route('/s-yesterday.xml', { headers: XML, body: urlset([srv.url('/a/3')]) });
    srv.route('/s-nodate.xml', { headers: XML, body: urlset([srv.url('/a/4')]) });
    srv.route('/s-old.xml', { headers: XML, body: urlset([srv.url('/a/old')]) });
    for (const p of ['1', '2', '3', '4', 'old']) srv.route(`/a/${p}`, { headers: HTML, body: html(`Artikel ${p}`, 'isi') });

    const ctx = testContext();
    // Root + 2 children: the two newest by lastmod; the undated one waits for a later crawl.
    const items = await collect(crawlers.get('sitemap')!.crawl(source(srv.url('/sitemap_index.xml'), { maxSitemaps: 3 }), ctx));
    expect(items.map((i) => new URL(i.url).pathname).sort()).toEqual(['/a/1', '/a/2', '/a/3']);
    expect(srv.requestsTo('/s-old.xml')).toHaveLength(0);
    expect(srv.requestsTo('/s-nodate.xml')).toHaveLength(0);
    expect(items.find((i) => i.url.endsWith('/a/1'))!.meta).toMatchObject({ sitemap: srv.url('/s-today.xml.gz') });
  });

  it('real hukumonline sitemap: duplicates once, newest first, capped by maxItemsPerSource', async () => {
    setup({ maxItemsPerSource: 3 });
    const text = fixture('hukumonline-sitemap_news.xml').toString('utf8').replaceAll('http://hukumonline.dev', srv.origin);
    srv.route('/sitemap_news.xml', { headers: { 'content-type': 'text/xml' }, body: text });
    srv.route('/berita/baca/lt50f901630e6d0/ky-diminta-terapkan-sistem-gugur-seleksi-cha', { headers: HTML, body: html('KY', 'isi') });
    srv.route('/berita/baca/lt509259f18499d/panja-sepakat-stop-pembahasan-revisi-uu-kpk', { headers: HTML, body: html('Panja', 'isi') });
    srv.route('/berita/baca/lt4fcef226d4002/clinic-term-and-condition', { headers: HTML, body: html('Clinic', 'isi') });

    const ctx = testContext();
    const items = await collect(crawlers.get('sitemap')!.crawl(source(srv.url('/sitemap_news.xml'), { maxAgeDays: 0 }), ctx));
    expect(items.map((i) => i.publishedAt?.toISOString()).sort().reverse()).toEqual([
      '2013-01-17T19:52:48.000Z',
      '2012-10-31T23:11:14.000Z',
      '2012-06-06T05:57:59.000Z',
    ]);
    const unique = new Set(parseSitemap(text).urls.map((u) => canonicalizeUrl(u.loc))).size;
    expect(unique).toBeLessThan(50); // the file lists some URLs twice
    expect(ctx.reports.filter((r) => r.disposition === 'skipped')).toHaveLength(unique - 3);
    expect(ctx.reports.every((r) => /maxItemsPerSource/.test(r.reason))).toBe(true);
  });

  it('a broken child sitemap is reported; a broken root fails the source', async () => {
    setup({ retries: 0 });
    srv.route('/index.xml', {
      headers: XML,
      body: `<sitemapindex><sitemap><loc>${srv.url('/gone.xml')}</loc></sitemap><sitemap><loc>${srv.url('/ok.xml')}</loc></sitemap></sitemapindex>`,
    });
    srv.route('/ok.xml', { headers: XML, body: `<urlset><url><loc>${srv.url('/p')}</loc></url></urlset>` });
    srv.route('/p', { headers: HTML, body: html('P', 'isi') });
    srv.route('/junk.xml', { headers: XML, body: '<html><body>Server error</body></html>' });
    const ctx = testContext();
    const items = await collect(crawlers.get('sitemap')!.crawl(source(srv.url('/index.xml')), ctx));
    expect(items.map((i) => i.url)).toEqual([srv.url('/p')]);
    expect(ctx.reports).toEqual([{ disposition: 'failed', url: srv.url('/gone.xml'), reason: expect.stringMatching(/^child sitemap: .*HTTP 404/) }]);
    await expect(collect(crawlers.get('sitemap')!.crawl(source(srv.url('/junk.xml')), testContext()))).rejects.toThrow(/malformed sitemap/);
  });
});
