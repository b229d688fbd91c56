import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { Source } from '../../../src/core/types.js';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { contentHash, pageText } from '../../../crawlers/page/page-text.js';
import { versionUrl } from '../../../crawlers/page/page-crawler.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { normalizeItem } from '../../../src/pipeline/normalize.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, testContext } from './helpers.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };

function announcements(items: string[], visitors = 1234): string {
  return `<!doctype html><html><head><title>Pengumuman - Pemerintah Kota Jambi</title><link rel="canonical" href="/pengumuman">
<style>.x{color:red}</style><script>var t = Date.now();</script></head><body>
<header><a href="/">Beranda</a> <a href="/profil">Profil</a></header>
<nav><ul><li>Menu</li></ul></nav>
<main><h1>Pengumuman</h1><ul>${items.map((i) => `<li>${i}</li>`).join('')}</ul>
<div class="counter">Pengunjung hari ini: ${visitors}</div></main>
<footer>© 2026 Diskominfo Kota Jambi</footer></body></html>`;
}

function source(url: string, options: Record<string, unknown> = {}): Source {
  return { id: 'page-test', kind: 'page', url, everyMinutes: 60, render: false, owned: true, factcheck: false, options };
}

describe('pageText', () => {
  it('keeps the main text, one line per block, without nav, header, footer, scripts or styles', () => {
    const t = pageText(announcements(['Seleksi CPNS 2026 dibuka', 'Jadwal pemadaman listrik']));
    expect(t.title).toBe('Pengumuman - Pemerintah Kota Jambi');
    expect(t.lines).toEqual(['Pengumuman', 'Seleksi CPNS 2026 dibuka', 'Jadwal pemadaman listrik', 'Pengunjung hari ini: 1234']);
    expect(pageText(announcements(['a']), { ignoreSelector: '.counter' }).lines).toEqual(['Pengumuman', 'a']);
    expect(contentHash(t.lines)).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('page crawler', () => {
  let srv: FixtureServer;
  let crawlers: Crawlers;
  beforeEach(async () => {
    srv = await startFixtureServer();
    crawlers = createCrawlers({ crawl: crawlConfig(), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp });
  });
  afterEach(async () => {
    await crawlers.close();
    await srv.close();
  });

  it('first sight → one item; unchanged → nothing; changed → one new item with the added text', async () => {
    let items = ['Seleksi CPNS 2026 dibuka'];
    let visitors = 1;
    srv.route('/pengumuman', (req) => {
      const body = announcements(items, visitors++);
      const etag = `"${contentHash([body]).slice(0, 8)}"`;
      if (req.headers['if-none-match'] === etag) return { status: 304 };
      return { headers: { ...HTML, etag }, body };
    });
    const ctx = testContext();
    const src = source(srv.url('/pengumuman'), { ignoreSelector: '.counter' });
    const crawl = () => collect(crawlers.get('page')!.crawl(src, ctx));

    const first = await crawl();
    expect(first).toHaveLength(1);
    expect(first[0]).toMatchObject({ kind: 'news', title: 'Pengumuman - Pemerintah Kota Jambi', meta: { change: 'first', pageUrl: srv.url('/pengumuman') } });
    expect(first[0]!.text).toBe('Pengumuman\nSeleksi CPNS 2026 dibuka');
    expect(first[0]!.url).toMatch(/\/pengumuman\?pantau_v=[0-9a-f]{12}$/);
    expect(first[0]!.canonicalUrl).toBe(first[0]!.url);
    expect(first[0]!.html).toBeUndefined();

    // The visitor counter changed (so the bytes and the ETag did), the watched text did not.
    expect(await crawl()).toEqual([]);

    items = ['Jadwal pemadaman listrik 10 Juni', 'Seleksi CPNS 2026 dibuka'];
    const changed = await crawl();
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatchObject({
      title: 'Jadwal pemadaman listrik 10 Juni',
      text: 'Jadwal pemadaman listrik 10 Juni',
      meta: { change: 'changed', addedLines: 1, removedLines: 0, previousHash: first[0]!.meta!.contentHash },
    });
    expect(changed[0]!.url).not.toBe(first[0]!.url);

    // Each version is its own mention id even though the page declares a rel=canonical.
    const extract = () => ({ canonicalUrl: srv.url('/pengumuman'), title: 'x', text: 'x' });
    const ids = [first[0]!, changed[0]!].map((r) => normalizeItem(r, extract, (u) => canonicalizeUrl(u)).id);
    expect(new Set(ids).size).toBe(2);
    expect((await ctx.getSourceState('page-test'))?.cursor).toContain(changed[0]!.meta!.contentHash as string);
  });

  it('a 304 yields nothing and keeps the cursor', async () => {
    srv.route('/p', (req) => (req.headers['if-none-match'] === '"a"' ? { status: 304 } : { headers: { ...HTML, etag: '"a"' }, body: announcements(['x']) }));
    const ctx = testContext();
    const src = source(srv.url('/p'));
    expect(await collect(crawlers.get('page')!.crawl(src, ctx))).toHaveLength(1);
    const cursor = (await ctx.getSourceState('page-test'))?.cursor;
    expect(await collect(crawlers.get('page')!.crawl(src, ctx))).toEqual([]);
    expect(srv.requestsTo('/p').at(-1)!.headers['if-none-match']).toBe('"a"');
    expect((await ctx.getSourceState('page-test'))?.cursor).toBe(cursor);
  });

  it('version URLs keep the page query and survive canonicalization', () => {
    const v = versionUrl('http://Jambikota.test/info?id=7#top', 'abcdef0123456789');
    expect(v).toBe('http://jambikota.test/info?id=7&pantau_v=abcdef012345');
    expect(canonicalizeUrl(v)).toBe(v);
  });
});
