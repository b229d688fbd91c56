import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { PantauConfig } from '../../../src/core/config.js';
import type { Source } from '../../../src/core/types.js';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { googleNewsQuery, googleNewsSearchUrl } from '../../../crawlers/google-news/query-url.js';
import {
  batchexecuteBody,
  decodingParams,
  isGoogleHost,
  publisherUrlFromBatchexecute,
  publisherUrlFromId,
  publisherUrlFromPage,
  splitGoogleTitle,
} from '../../../crawlers/google-news/resolve.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, html, rss, testContext } from './helpers.js';

const QUERY = '"Kota Jambi" OR "Wali Kota Jambi"';
const HTML = { 'content-type': 'text/html; charset=utf-8' };

/** A publisher on another loopback address: private, and not a configured (trusted) host. */
async function startPublisher(): Promise<{ origin: string; hits: string[]; close(): Promise<void> }> {
  const hits: string[] = [];
  const server: Server = createServer((req, res) => {
    hits.push(req.url ?? '/');
    if (req.url?.startsWith('/berita/')) {
      const slug = req.url.slice('/berita/'.length);
      res.writeHead(200, HTML).end(html(`Berita ${slug} dari penerbit`, `Isi berita ${slug} tentang Kota Jambi.`));
    } else res.writeHead(404).end('not found');
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.2', () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.2:${port}`,
    hits,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}

/** An old-style Google News article id: base64url protobuf with the URL inside. */
function oldStyleId(url: string): string {
  const u = Buffer.from(url, 'latin1');
  return Buffer.concat([Buffer.from([0x08, 0x13, 0x22, u.length]), u, Buffer.from([0xd2, 0x01, 0x00])]).toString('base64url');
}

function source(url: string, options: Record<string, unknown>): Source {
  return { id: 'gn-test', kind: 'google-news', url, everyMinutes: 30, render: false, owned: false, factcheck: false, options };
}

describe('google news helpers', () => {
  it('builds the Indonesian-edition search feed URL', () => {
    expect(googleNewsSearchUrl(QUERY)).toBe(
      'https://news.google.com/rss/search?q=%22Kota%20Jambi%22%20OR%20%22Wali%20Kota%20Jambi%22&hl=id&gl=ID&ceid=ID:id',
    );
    expect(googleNewsQuery(source(QUERY, { when: '1d' })).feedUrl).toContain('q=%22Kota%20Jambi%22%20OR%20%22Wali%20Kota%20Jambi%22%20when%3A1d&');
    expect(googleNewsQuery(source('ignored', { query: 'banjir jambi', apiBase: 'http://127.0.0.1:9/' })).feedUrl).toBe(
      'http://127.0.0.1:9/rss/search?q=banjir%20jambi&hl=id&gl=ID&ceid=ID:id',
    );
    const direct = 'https://news.google.com/rss/search?q=jambi&hl=id&gl=ID&ceid=ID:id';
    expect(googleNewsQuery(source(direct, {}))).toEqual({ feedUrl: direct });
  });

  it('finds the publisher URL in Google pages', () => {
    const own = (h: string) => isGoogleHost(h);
    const base = 'https://news.google.com/rss/articles/CBMiX?oc=5';
    expect(publisherUrlFromPage('<c-wiz data-n-au="https://jambiekspres.co.id/berita/1"></c-wiz>', base, own)).toBe('https://jambiekspres.co.id/berita/1');
    expect(publisherUrlFromPage('<meta http-equiv="refresh" content="0;url=https://x.co.id/a">', base, own)).toBe('https://x.co.id/a');
    expect(publisherUrlFromPage('<script>window.location.replace("https:\\/\\/y.co.id\\/b")</script>', base, own)).toBe('https://y.co.id/b');
    expect(
      publisherUrlFromPage('<a href="https://policies.google.com/privacy">Privasi</a><a href="https://z.co.id/c">Lanjutkan</a>', 'https://consent.google.com/ml', own),
    ).toBe('https://z.co.id/c');
    expect(publisherUrlFromPage('<a href="/settings">x</a>', base, own)).toBeUndefined();
    expect(isGoogleHost('consent.google.com')).toBe(true);
    expect(isGoogleHost('news.google.co.id')).toBe(true);
    expect(isGoogleHost('jambi.antaranews.com')).toBe(false);
    const id = oldStyleId('https://jambi.antaranews.com/berita/123/banjir-rendam-legok');
    expect(publisherUrlFromId(`https://news.google.com/rss/articles/${id}?oc=5`)).toBe('https://jambi.antaranews.com/berita/123/banjir-rendam-legok');
    expect(publisherUrlFromId('https://news.google.com/rss/articles/CBMiAU_yqLNotDecodable?oc=5')).toBeUndefined();
    expect(splitGoogleTitle('Banjir rendam Telanaipura - ANTARA Jambi')).toEqual({ title: 'Banjir rendam Telanaipura', publisher: 'ANTARA Jambi' });
  });

  it("reads the decoding parameters of a newer article page and the publisher URL from the decoder's answer", () => {
    const link = 'https://news.google.com/rss/articles/CBMiAU_yqLNew123?oc=5';
    const page = '<html><body><c-wiz jsrenderer="x" data-n-a-id="CBMiAU_yqLNew123" data-n-a-ts="1763500000" data-n-a-sg="AZ5r3eSig"></c-wiz></body></html>';
    expect(decodingParams(page, link)).toEqual({ id: 'CBMiAU_yqLNew123', ts: '1763500000', sg: 'AZ5r3eSig' });
    expect(decodingParams('<html><body>nothing</body></html>', link)).toBeUndefined();
    const req = JSON.parse(decodeURIComponent(batchexecuteBody({ id: 'CBMiAU_yqLNew123', ts: '1763500000', sg: 'AZ5r3eSig' }).slice('f.req='.length))) as [[[string, string]]];
    expect(req[0][0][0]).toBe('Fbv4je');
    expect(JSON.parse(req[0][0][1])).toEqual(['garturlreq', expect.any(Array), 'CBMiAU_yqLNew123', 1763500000, 'AZ5r3eSig']);
    const answer = (url: string) =>
      `)]}'\n\n[["wrb.fr","Fbv4je",${JSON.stringify(JSON.stringify(['garturlres', url, 1]))},null,null,null,"generic"],["di",12],["af.httprm",11,"-1",8]]`;
    expect(publisherUrlFromBatchexecute(answer('https://jambiekspres.co.id/berita/9'))).toBe('https://jambiekspres.co.id/berita/9');
    // Length-prefixed chunks (rt=c) too; Google's own hosts and garbage give nothing.
    expect(publisherUrlFromBatchexecute(answer('https://a.co.id/x').replace('\n\n', '\n\n212\n'))).toBe('https://a.co.id/x');
    expect(publisherUrlFromBatchexecute(answer('https://news.google.com/x'))).toBeUndefined();
    expect(publisherUrlFromBatchexecute(')]}\'\n\n[["er",null]]')).toBeUndefined();
    expect(publisherUrlFromBatchexecute('<html>oops</html>')).toBeUndefined();
  });
});

describe('google news crawler', () => {
  let srv: FixtureServer; // plays news.google.com
  let pub: Awaited<ReturnType<typeof startPublisher>>;
  let crawlers: Crawlers;
  const setup = (over: Partial<PantauConfig['crawl']> = {}) =>
    (crawlers = createCrawlers({ crawl: crawlConfig({ retries: 0, ...over }), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp }));

  beforeEach(async () => {
    srv = await startFixtureServer();
    pub = await startPublisher();
    srv.route('/rss/search', (req) => {
      if (req.headers['if-none-match'] === '"feed1"') return { status: 304 };
      return {
        headers: { 'content-type': 'application/rss+xml; charset=utf-8', etag: '"feed1"' },
        body: rss([
          { link: srv.url('/rss/articles/AAA?oc=5'), title: 'Banjir rendam Telanaipura - Jambi Pos', pubDate: 'Mon, 08 Jun 2026 03:00:00 GMT' },
          { link: srv.url('/rss/articles/BBB?oc=5'), title: 'Wali Kota Jambi resmikan pasar - Jambi Ekspres' },
          { link: srv.url('/rss/articles/CCC?oc=5'), title: 'Tak terlacak - Entah' },
        ]).replaceAll('&', '&amp;'),
      };
    });
    // A: an HTTP redirect to the publisher.
    srv.route('/rss/articles/AAA', { status: 302, headers: { location: `${pub.origin}/berita/banjir` } });
    // B: a consent interstitial with the publisher URL in markup.
    srv.route('/rss/articles/BBB', {
      headers: HTML,
      body: `<html><body><form action="/save"><c-wiz data-n-au="${pub.origin}/berita/pasar"></c-wiz><a href="${pub.origin}/berita/pasar">Lanjutkan ke situs</a></form></body></html>`,
    });
    // C: a Google page with nothing to go on.
    srv.route('/rss/articles/CCC', { headers: HTML, body: '<html><body><a href="/rss/articles/CCC?hl=id">Coba lagi</a></body></html>' });
  });
  afterEach(async () => {
    await crawlers?.close();
    await srv.close();
    await pub.close();
  });

  it('builds the query URL, resolves redirects and interstitials to the publisher, reports the unresolvable', async () => {
    setup({ allowPrivateHosts: ['127.0.0.2'] });
    const ctx = testContext();
    const items = await collect(crawlers.get('google-news')!.crawl(source(QUERY, { apiBase: srv.origin }), ctx));

    const req = srv.requestsTo('/rss/search')[0]!;
    const q = new URL(req.path, 'http://x').searchParams;
    expect(q.get('q')).toBe(QUERY);
    expect([q.get('hl'), q.get('gl'), q.get('ceid')]).toEqual(['id', 'ID', 'ID:id']);

    const byUrl = Object.fromEntries(items.map((i) => [i.url, i]));
    expect(Object.keys(byUrl).sort()).toEqual([`${pub.origin}/berita/banjir`, `${pub.origin}/berita/pasar`]);
    expect(byUrl[`${pub.origin}/berita/banjir`]).toMatchObject({
      title: 'Banjir rendam Telanaipura',
      kind: 'news',
      meta: { feedLink: srv.url('/rss/articles/AAA?oc=5'), publisher: 'Jambi Pos', resolvedVia: 'redirect', googleNewsQuery: QUERY },
    });
    expect(byUrl[`${pub.origin}/berita/banjir`]!.html).toContain('Isi berita banjir');
    expect(byUrl[`${pub.origin}/berita/pasar`]!.meta).toMatchObject({ resolvedVia: 'page', publisher: 'Jambi Ekspres' });
    expect(ctx.reports).toEqual([
      { disposition: 'failed', url: srv.url('/rss/articles/CCC?oc=5'), reason: expect.stringMatching(/could not resolve the publisher URL/) },
    ]);
    // The failed item is handed to the pipeline to be remembered and retried later (issue 16.3), so
    // the feed's validators are kept: one unresolvable item does not break the feed's 304.
    expect(ctx.retries.map((r) => r.url)).toEqual([srv.url('/rss/articles/CCC?oc=5')]);
    expect(ctx.fetchStates.get(googleNewsQuery(source(QUERY, { apiBase: srv.origin })).feedUrl)?.etag).toBe('"feed1"');
  });

  it('refuses a publisher on a private address unless crawl.allowPrivateHosts lists it (SSRF guard)', async () => {
    setup();
    const ctx = testContext();
    const items = await collect(crawlers.get('google-news')!.crawl(source(QUERY, { apiBase: srv.origin }), ctx));
    expect(items).toEqual([]);
    expect(pub.hits.filter((h) => h.startsWith('/berita/'))).toEqual([]);
    const skipped = ctx.reports.filter((r) => r.disposition === 'skipped');
    expect(skipped).toHaveLength(2);
    for (const r of skipped) expect(r.reason).toMatch(/refused to fetch http:\/\/127\.0\.0\.2:\d+\/berita\/.*private or loopback/);
  });

  it('decodes an old-style article id without asking Google (the publisher is still SSRF-checked)', async () => {
    setup({ allowPrivateHosts: ['127.0.0.2'] });
    const id = oldStyleId(`${pub.origin}/berita/dekode`);
    srv.route('/rss/search', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([{ link: srv.url(`/rss/articles/${id}?oc=5`), title: 'Dekode - Jambi Pos' }]).replaceAll('&', '&amp;'),
    });
    const ctx = testContext();
    const items = await collect(crawlers.get('google-news')!.crawl(source(QUERY, { apiBase: srv.origin }), ctx));
    expect(items.map((i) => [i.url, i.meta?.resolvedVia])).toEqual([[`${pub.origin}/berita/dekode`, 'id']]);
    expect(srv.requestsTo(`/rss/articles/${id}`)).toHaveLength(0);
  });

  it('resolves a newer article id through the decoding request its page makes (POST, same origin)', async () => {
    setup({ allowPrivateHosts: ['127.0.0.2'] });
    srv.route('/rss/search', {
      headers: { 'content-type': 'application/rss+xml' },
      body: rss([{ link: srv.url('/rss/articles/CBMiAU_yqLBaru?oc=5'), title: 'Berita baru - Jambi Pos' }]).replaceAll('&', '&amp;'),
    });
    srv.route('/rss/articles/CBMiAU_yqLBaru', {
      headers: HTML,
      body: '<html><body><c-wiz data-n-a-id="CBMiAU_yqLBaru" data-n-a-ts="1763500000" data-n-a-sg="SIG-1"></c-wiz></body></html>',
    });
    const posted: string[] = [];
    srv.route('/_/DotsSplashUi/data/batchexecute', async (req) => {
      if (req.method !== 'POST') return { status: 405 };
      let body = '';
      for await (const chunk of req.raw) body += String(chunk);
      posted.push(body);
      const inner = JSON.parse(JSON.parse(decodeURIComponent(body.replace(/^f\.req=/, '')))[0][0][1]) as unknown[];
      const ok = inner[2] === 'CBMiAU_yqLBaru' && inner[3] === 1763500000 && inner[4] === 'SIG-1';
      const url = ok ? `${pub.origin}/berita/baru` : 'https://news.google.com/';
      return { headers: { 'content-type': 'application/json; charset=utf-8' }, body: `)]}'\n\n[["wrb.fr","Fbv4je",${JSON.stringify(JSON.stringify(['garturlres', url, 1]))},null,null,null,"generic"]]` };
    });
    const ctx = testContext();
    const items = await collect(crawlers.get('google-news')!.crawl(source(QUERY, { apiBase: srv.origin }), ctx));
    expect(ctx.reports).toEqual([]);
    expect(posted).toHaveLength(1);
    expect(items.map((i) => [i.url, i.meta?.resolvedVia, i.title])).toEqual([[`${pub.origin}/berita/baru`, 'batchexecute', 'Berita baru']]);
    expect(items[0]!.html).toContain('Isi berita baru');
  });

  it('keeps the feed validators when every item resolved, so the next crawl is a 304 that fetches nothing', async () => {
    setup({ allowPrivateHosts: ['127.0.0.2'] });
    srv.route('/rss/articles/CCC', { status: 302, headers: { location: `${pub.origin}/berita/c` } });
    const ctx = testContext();
    const src = source(QUERY, { apiBase: srv.origin });
    expect(await collect(crawlers.get('google-news')!.crawl(src, ctx))).toHaveLength(3);
    expect(await collect(crawlers.get('google-news')!.crawl(src, ctx))).toEqual([]);
    expect(srv.requestsTo('/rss/search').at(-1)!.headers['if-none-match']).toBe('"feed1"');
    expect(srv.requestsTo('/rss/articles/AAA')).toHaveLength(1);
  });
});
