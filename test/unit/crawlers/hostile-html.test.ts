// Issue 17.3: a deeply nested page must not take the event loop from every other source. Before the
// nesting cap, htmlparser2 (extraction) and parse5 (cheerio's default) spent O(depth) per tag, so a
// 3 MB page of unclosed tags parsed for minutes and an innocent source's fetch timed out meanwhile.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { afterEach, describe, expect, it } from 'vitest';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { defaultFixturesDir } from '../../../crawlers/html/eval.js';
import { decodeHtml } from '../../../crawlers/shared/charset.js';
import { capNesting, DEFAULT_MAX_DEPTH, type ParserKind } from '../../../crawlers/shared/html-depth.js';
import { loadHtml } from '../../../crawlers/shared/html-load.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Source, Store } from '../../../src/core/types.js';
import { runOnce } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { warmClusterer } from '../../../analyzers/cluster/index.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp, rss } from './helpers.js';

type Node = { type: string; children?: Node[] };
/** Deepest element nesting of a parsed tree, walked without recursion. */
function treeDepth(root: Node): number {
  let max = 0;
  const stack: [Node, number][] = [[root, 0]];
  while (stack.length) {
    const [n, d] = stack.pop()!;
    const el = n.type === 'tag' || n.type === 'script' || n.type === 'style';
    const depth = el ? d + 1 : d;
    if (depth > max) max = depth;
    for (const c of n.children ?? []) stack.push([c, depth]);
  }
  return max;
}

const nested = (unit: string, bytes: number) => unit.repeat(Math.ceil(bytes / unit.length));

const HOSTILE: Record<string, string> = {
  div: '<div>x',
  span: '<span class="a">',
  formatting: '<b><i><u>',
  table: '<table><tr><td>',
  mixed: '<div><span><b><table><tr><td><li>',
  'svg self-closing then html': '<svg><g/><div/>',
  form: '<form><div></form>',
  'svg option': '<svg><option>',
  'reconstructed formatting': '<p><b class="k"></p>',
  'script escapes': '<span><i>x<script><!--<script></script></span>--></script>',
  'raw text end variants': '<span><script></script/></span></script>',
};

if (!existsSync(defaultFixturesDir())) console.log(`[nesting cap] ${defaultFixturesDir()} not found: skipping the real-page identity check`);

describe('nesting cap (capNesting / loadHtml)', () => {
  for (const [name, unit] of Object.entries(HOSTILE)) {
    it(`bounds the parsed depth of hostile markup: ${name}`, () => {
      const html = '<html><body>' + nested(unit, 150_000);
      for (const [kind, opts] of [
        ['parse5', undefined],
        ['htmlparser2', { xml: { xmlMode: false, decodeEntities: true } }],
      ] as const) {
        const $ = loadHtml(html, opts);
        // parse5 adds html/head/body and may re-open a bounded number of formatting elements.
        expect(treeDepth($.root()[0] as unknown as Node), `${kind}`).toBeLessThanOrEqual(DEFAULT_MAX_DEPTH + 140);
      }
    });
  }

  it('bounds XML nesting (sitemaps, feeds)', () => {
    const xml = '<urlset>' + nested('<url><loc>', 200_000);
    const $ = loadHtml(xml, { xml: true });
    expect(treeDepth($.root()[0] as unknown as Node)).toBeLessThanOrEqual(DEFAULT_MAX_DEPTH);
  });

  it('returns the same string for markup that stays under the cap', () => {
    const page = '<html><body>' + '<div><p>a<p>b<ul><li>x<li>y</ul><svg><path d="M0"/><g/></svg><table><tr><td>1<td>2</table></div>'.repeat(500) + '</body></html>';
    for (const kind of ['parse5', 'htmlparser2', 'xml'] as ParserKind[]) {
      const r = capNesting(page, kind);
      expect(r.html).toBe(page);
      expect(r.dropped).toBe(0);
    }
  });

  it('models htmlparser2 exactly: the cap holds at the limit, not just roughly', () => {
    const html = nested('<div><p>a<span>', 60_000);
    const { html: capped } = capNesting(html, 'htmlparser2', { maxDepth: 50 });
    expect(treeDepth(load(capped, { xml: { xmlMode: false } }).root()[0] as unknown as Node)).toBe(50);
  });

  it('keeps text of dropped tags', () => {
    const html = nested('<div>kata ', 2_000);
    const { html: capped, dropped } = capNesting(html, 'htmlparser2', { maxDepth: 10 });
    expect(dropped).toBeGreaterThan(0);
    expect(load(capped).root().text()).toBe(load(html).root().text());
  });

  const fixtures = defaultFixturesDir();
  it.skipIf(!existsSync(fixtures))('leaves every saved real page and feed unchanged (../shared/fixtures/web)', () => {
    const files: string[] = [];
    const walk = (d: string) => {
      for (const f of readdirSync(d)) {
        const p = join(d, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (/\.(html?|xml)(\.gz)?$/.test(f)) files.push(p);
      }
    };
    walk(fixtures);
    expect(files.length).toBeGreaterThan(10);
    for (const f of files) {
      let b = readFileSync(f);
      if (f.endsWith('.gz')) b = gunzipSync(b);
      const text = decodeHtml(b);
      for (const kind of ['parse5', 'htmlparser2'] as ParserKind[]) expect(capNesting(text, kind).html === text, `${kind} ${f}`).toBe(true);
    }
  });
});

describe('a hostile page and an innocent source in one run', () => {
  let servers: FixtureServer[] = [];
  let store: Store | undefined;
  let crawlers: Crawlers | undefined;
  afterEach(async () => {
    await crawlers?.close();
    await store?.close();
    await Promise.all(servers.map((s) => s.close()));
    servers = [];
  });

  const source = (id: string, srv: FixtureServer): Source => ({ id, kind: 'rss', url: srv.url('/rss.xml'), everyMinutes: 15, render: false, owned: false, factcheck: false, options: {} });
  const robots = { body: 'User-agent: *\nAllow: /\n' };

  it('parses a 3 MB page of unclosed tags in seconds while the other source is fetched and stored', { timeout: 120_000 }, async () => {
    const hostile = await startFixtureServer();
    const innocent = await startFixtureServer();
    servers = [hostile, innocent];
    const hour = new Date(Date.now() - 3_600_000).toUTCString();
    hostile.route('/robots.txt', robots);
    hostile.route('/rss.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss([{ title: 'Jebakan', link: hostile.url('/jebakan'), pubDate: hour }]) });
    hostile.route('/jebakan', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html><head><title>Jebakan bersarang</title></head><body><article><h1>Jebakan bersarang</h1><p>Halaman ini berisi ribuan tag yang tidak pernah ditutup oleh penerbitnya.</p>' + nested('<div>', 3_000_000),
    });
    innocent.route('/robots.txt', robots);
    // The innocent feed answers while the hostile page is being parsed.
    innocent.route('/rss.xml', { delayMs: 300, headers: { 'content-type': 'application/rss+xml' }, body: rss([{ title: 'Banjir', link: innocent.url('/banjir'), pubDate: hour }]) });
    innocent.route('/banjir', {
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<!doctype html><html><head><title>Banjir rendam Kota Jambi</title></head><body><article><h1>Banjir rendam Kota Jambi</h1><p>Banjir merendam ratusan rumah warga di Kecamatan Pasar Jambi sejak Senin pagi, kata petugas.</p><p>Warga diungsikan ke masjid terdekat.</p></article></body></html>',
    });
    store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
    crawlers = createCrawlers({ crawl: crawlConfig({ retries: 0, timeoutMs: 4000 }), http: fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'] });
    const summary = await runOnce([source('hostile', hostile), source('innocent', innocent)], {
      store,
      crawlers,
      analyzers: null,
      extract: (html, url) => extractArticle(html, url),
      canonicalize: (u) => canonicalizeUrl(u),
      log: silentLogger,
      clusterer: await warmClusterer(store),
    });
    expect(summary.failedSources).toEqual([]);
    const items = (await store.search({ limit: 10 })).items;
    expect(items.map((m) => m.title).sort()).toEqual(['Banjir rendam Kota Jambi', 'Jebakan bersarang']);
  });
});
