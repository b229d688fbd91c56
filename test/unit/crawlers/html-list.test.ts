import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { Source } from '../../../src/core/types.js';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { selectLinks } from '../../../crawlers/html-list/select-links.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, html, testContext } from './helpers.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };

function source(url: string, options: Record<string, unknown>): Source {
  return { id: 'list-test', kind: 'html-list', url, everyMinutes: 60, render: false, owned: false, factcheck: false, options };
}

/** An index page in the style of a regency website's "Berita" list. */
function indexPage(items: { href: string; title: string; date: string }[], next?: string): string {
  return `<!doctype html><html><head><title>Berita</title></head><body>
<nav><a href="/">Beranda</a><a href="/profil">Profil</a></nav>
<div class="list">${items
    .map(
      (i) => `<article class="post"><h2 class="judul"><a href="${i.href}">${i.title}</a></h2><span class="tgl">${i.date}</span><p>Ringkasan…</p></article>`,
    )
    .join('\n')}</div>
${next ? `<div class="pagination"><a class="next" href="${next}">Berikutnya »</a></div>` : ''}
<footer><a href="https://iklan.example.com/promo">Iklan</a></footer></body></html>`;
}

describe('selectLinks', () => {
  it('resolves links relative to the page (and <base>), finds titles and Indonesian dates near the link', () => {
    const page = indexPage(
      [
        { href: 'berita/satu', title: 'Pemkot Jambi salurkan bantuan', date: 'Senin, 8 Juni 2026 09:15 WIB' },
        { href: '/berita/dua#komentar', title: 'Jalan Lingkar Barat diperbaiki', date: '7 Jun 2026' },
      ],
      '?page=2',
    );
    const out = selectLinks(page, 'http://jambikota.test/kategori/berita', { linkSelector: 'article h2 a', dateSelector: '.tgl', nextSelector: 'a.next' });
    expect(out.links).toEqual([
      { url: 'http://jambikota.test/kategori/berita/satu', title: 'Pemkot Jambi salurkan bantuan', publishedAt: new Date('2026-06-08T02:15:00Z') },
      { url: 'http://jambikota.test/berita/dua', title: 'Jalan Lingkar Barat diperbaiki', publishedAt: new Date('2026-06-07T00:00:00+07:00') },
    ]);
    expect(out.next).toBe('http://jambikota.test/kategori/berita?page=2');

    const withBase = selectLinks('<base href="http://cdn.test/x/"><ul><li><a href="a">A</a><time datetime="2026-06-01T10:00:00+07:00">kemarin</time></li></ul>', 'http://site.test/', {
      linkSelector: 'li a',
      itemSelector: 'li',
      dateSelector: 'time',
    });
    expect(withBase.links).toEqual([{ url: 'http://cdn.test/x/a', title: 'A', publishedAt: new Date('2026-06-01T03:00:00Z') }]);
  });

  it('rejects an invalid selector with a message naming the option', () => {
    expect(() => selectLinks('<p>x</p>', 'http://a.test/', { linkSelector: 'a[[' })).toThrow(/options\.linkSelector: invalid CSS selector/);
  });
});

describe('html-list crawler', () => {
  let srv: FixtureServer;
  let crawlers: Crawlers;
  beforeEach(async () => {
    srv = await startFixtureServer();
    crawlers = createCrawlers({ crawl: crawlConfig({ retries: 0 }), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp });
  });
  afterEach(async () => {
    await crawlers.close();
    await srv.close();
  });

  it('follows pagination, fetches each new same-host article once, and stops at a page with nothing new', async () => {
    srv.route('/berita', (req) => {
      const page = new URL(req.path, 'http://x').searchParams.get('page') ?? '1';
      if (page === '1')
        return {
          headers: { ...HTML, etag: '"idx1"' },
          body: indexPage(
            [
              { href: '/berita/1', title: 'Satu', date: '8 Juni 2026' },
              { href: '/berita/2', title: 'Dua', date: '8 Juni 2026' },
              { href: 'https://iklan.example.com/berita/3', title: 'Iklan', date: '8 Juni 2026' },
            ],
            '/berita?page=2',
          ),
        };
      if (page === '2') return { headers: HTML, body: indexPage([{ href: '/berita/3', title: 'Tiga', date: '7 Juni 2026' }, { href: '/berita/known', title: 'Lama', date: '1 Juni 2026' }], '/berita?page=3') };
      if (page === '3') return { headers: HTML, body: indexPage([{ href: '/berita/known', title: 'Lama', date: '1 Juni 2026' }], '/berita?page=4') };
      return { headers: HTML, body: indexPage([{ href: '/berita/9', title: 'Sembilan', date: '1 Mei 2026' }]) };
    });
    for (const p of ['1', '2', '3', '9', 'known']) srv.route(`/berita/${p}`, { headers: HTML, body: html(`Judul ${p}`, `Isi ${p}`) });

    const ctx = testContext({ known: [canonicalizeUrl(srv.url('/berita/known'))] });
    const src = source(srv.url('/berita'), { linkSelector: 'article h2 a', dateSelector: '.tgl', nextSelector: 'a.next', maxPages: 5 });
    const items = await collect(crawlers.get('html-list')!.crawl(src, ctx));
    expect(items.map((i) => new URL(i.url).pathname).sort()).toEqual(['/berita/1', '/berita/2', '/berita/3']);
    expect(items.find((i) => i.url.endsWith('/berita/1'))).toMatchObject({ title: 'Satu', publishedAt: new Date('2026-06-08T00:00:00+07:00'), meta: { feedLink: srv.url('/berita/1') } });
    // Page 3 had nothing new: page 4 is never asked for.
    expect(srv.requestsTo('/berita').map((r) => r.path)).toEqual(['/berita', '/berita?page=2', '/berita?page=3']);
    expect(srv.requestsTo('/berita/known')).toHaveLength(0);
    expect(ctx.reports).toEqual([]);
    expect(ctx.fetchStates.get(srv.url('/berita'))?.etag).toBe('"idx1"');
  });

  it('takes other hosts only with allowOtherHosts, and fails the source without linkSelector', async () => {
    srv.route('/list', { headers: HTML, body: indexPage([{ href: 'http://localhost:1/x', title: 'X', date: '' }]) });
    const none = await collect(crawlers.get('html-list')!.crawl(source(srv.url('/list'), { linkSelector: 'h2 a' }), testContext()));
    expect(none).toEqual([]);

    const ctx = testContext();
    await collect(crawlers.get('html-list')!.crawl(source(srv.url('/list'), { linkSelector: 'h2 a', allowOtherHosts: true }), ctx));
    // localhost is not a configured host and resolves to loopback: the SSRF guard refuses it.
    expect(ctx.reports).toEqual([{ disposition: 'skipped', url: 'http://localhost:1/x', reason: expect.stringMatching(/refused to fetch/) }]);

    await expect(collect(crawlers.get('html-list')!.crawl(source(srv.url('/list'), {}), testContext()))).rejects.toThrow(
      'sources[id=list-test].options.linkSelector: required (a CSS selector for the article links on the index page',
    );
  });

  it('skips links older than maxAgeDays', async () => {
    const recent = new Date(Date.now() - 3_600_000).toISOString();
    srv.route('/list', {
      headers: HTML,
      body: indexPage([
        { href: '/baru', title: 'Baru', date: recent },
        { href: '/lama', title: 'Lama', date: '2020-01-01' },
      ]),
    });
    srv.route('/baru', { headers: HTML, body: html('Baru', 'isi') });
    const items = await collect(crawlers.get('html-list')!.crawl(source(srv.url('/list'), { linkSelector: 'h2 a', dateSelector: '.tgl', maxAgeDays: 3 }), testContext()));
    expect(items.map((i) => new URL(i.url).pathname)).toEqual(['/baru']);
    expect(srv.requestsTo('/lama')).toHaveLength(0);
  });
});
