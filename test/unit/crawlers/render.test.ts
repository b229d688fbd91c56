// Render mode against real headless Chromium (Debian's /usr/bin/chromium, or PANTAU_CRAWL_CHROMIUM_PATH).
// Skipped with a message when Chromium is not installed; the "Chromium missing" error is tested always.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { PantauConfig } from '../../../src/core/config.js';
import type { Logger, Source, SourceKind } from '../../../src/core/types.js';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { pageText } from '../../../crawlers/page/page-text.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { collect, crawlConfig, fastHttp, rss, testContext } from './helpers.js';

const CHROMIUM = process.env.PANTAU_CRAWL_CHROMIUM_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`render tests skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const ARTICLE = readFileSync(new URL('../../fixtures/render/js-article.html', import.meta.url), 'utf8');
const TITLE = 'Pemkot Jambi Bangun Kolam Retensi untuk Atasi Banjir';
const XHR_PARAGRAPH = 'Wali Kota Jambi mengatakan kolam retensi ditargetkan selesai akhir tahun.';

/** A logger that keeps every message, to see what the renderer refused. */
function recordingLogger(lines: string[]): Logger {
  const rec = (obj: object | string, msg?: string) => void lines.push(`${msg ?? ''} ${JSON.stringify(obj)}`);
  const log: Logger = { debug: rec, info: rec, warn: rec, error: rec, child: () => log };
  return log;
}

function source(kind: SourceKind, url: string, render: boolean, options: Record<string, unknown> = {}): Source {
  return { id: `render-${kind}`, kind, url, everyMinutes: 60, render, owned: false, factcheck: false, options };
}

/** Chromium processes descended from this test process, with their state ('Z' = zombie). */
function chromiumDescendants(): { pid: number; state: string; cmd: string }[] {
  const procs = new Map<number, { ppid: number; state: string; cmd: string }>();
  for (const d of readdirSync('/proc')) {
    if (!/^\d+$/.test(d)) continue;
    try {
      const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
      const rest = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
      procs.set(Number(d), { state: rest[0]!, ppid: Number(rest[1]), cmd });
    } catch {
      /* exited meanwhile */
    }
  }
  const isDescendant = (pid: number): boolean => {
    for (let p = procs.get(pid)?.ppid, n = 0; p && n < 50; p = procs.get(p)?.ppid, n++) if (p === process.pid) return true;
    return false;
  };
  return [...procs.entries()].filter(([pid, p]) => /chrom/i.test(p.cmd) && isDescendant(pid)).map(([pid, p]) => ({ pid, state: p.state, cmd: p.cmd }));
}

async function waitFor(cond: () => boolean, ms = 10_000): Promise<boolean> {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (cond()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return cond();
}

describe('render mode without Chromium', () => {
  it('a render source fails with one clear line', async () => {
    const crawlers = createCrawlers({ crawl: crawlConfig({ chromiumPath: '/nonexistent/chromium' }), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp });
    try {
      await expect(collect(crawlers.get('rss')!.crawl(source('rss', 'http://127.0.0.1:1/feed.xml', true), testContext()))).rejects.toThrow(
        'render: Chromium not found at /nonexistent/chromium (apt-get install -y chromium, or set crawl.chromiumPath)',
      );
      expect(crawlers.renderer.launched).toBe(false);
    } finally {
      await crawlers.close();
    }
  });
});

describe.skipIf(!HAVE_CHROMIUM)('render mode (headless Chromium)', () => {
  let srv: FixtureServer;
  let crawlers: Crawlers | undefined;
  let probe: Server;
  let probeHits: string[];
  let probeUrl: string;
  let logLines: string[];

  const setup = (over: Partial<PantauConfig['crawl']> = {}) =>
    (crawlers = createCrawlers({
      crawl: crawlConfig({ chromiumPath: CHROMIUM, timeoutMs: 15_000, ...over }),
      log: recordingLogger((logLines = [])),
      trustedHosts: ['127.0.0.1'],
      http: fastHttp,
    }));

  beforeAll(async () => {
    // A private host a hostile page might aim its scripts at.
    probeHits = [];
    probe = createServer((req, res) => {
      probeHits.push(req.url ?? '/');
      res.writeHead(200, { 'access-control-allow-origin': '*' }).end('secret');
    });
    await new Promise<void>((r) => probe.listen(0, '127.0.0.2', () => r()));
    probeUrl = `http://127.0.0.2:${(probe.address() as AddressInfo).port}/latest/meta-data`;
  });
  afterAll(async () => {
    probe.closeAllConnections();
    await new Promise((r) => probe.close(() => r(undefined)));
  });

  beforeEach(async () => {
    srv = await startFixtureServer();
    srv.route('/berita/kolam-retensi', { headers: HTML, body: ARTICLE.replace('<script>', `<script>window.PROBE = ${JSON.stringify(probeUrl)};</script>\n<script>`) });
    srv.route('/api/artikel.json', { headers: { 'content-type': 'application/json' }, body: JSON.stringify({ paragraf: [XHR_PARAGRAPH, 'Proyek ini dibiayai APBD 2026.'] }) });
    srv.route('/assets/site.css', { headers: { 'content-type': 'text/css' }, body: 'body{}' });
    srv.route('/assets/foto.jpg', { headers: { 'content-type': 'image/jpeg' }, body: Buffer.alloc(10) });
    srv.route('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss([{ link: srv.url('/berita/kolam-retensi'), title: 'Kolam retensi' }]) });
  });
  afterEach(async () => {
    await crawlers?.close();
    crawlers = undefined;
    await srv.close();
  });

  it('extracts an article that only exists after JavaScript runs (RSS source, render: true)', async () => {
    setup();
    const ctx = testContext();
    const items = await collect(crawlers!.get('rss')!.crawl(source('rss', srv.url('/feed.xml'), true), ctx));
    expect(ctx.reports).toEqual([]);
    expect(items).toHaveLength(1);
    expect(items[0]!.url).toBe(srv.url('/berita/kolam-retensi'));
    const text = pageText(items[0]!.html!);
    expect(text.title).toBe(TITLE);
    expect(text.lines).toEqual(expect.arrayContaining([TITLE, expect.stringContaining('kolam retensi di Kelurahan Simpang III Sipin'), XHR_PARAGRAPH]));

    // Images and stylesheets are never fetched; the XHR is; the private probe is refused.
    expect(srv.requestsTo('/assets/site.css')).toHaveLength(0);
    expect(srv.requestsTo('/assets/foto.jpg')).toHaveLength(0);
    expect(srv.requestsTo('/api/artikel.json')).toHaveLength(1);
    // (Chromium's own local-network rules may also block it; the log shows our guard refused it first.)
    expect(probeHits).toEqual([]);
    expect(logLines.some((l) => l.startsWith('render: subresource refused') && l.includes(probeUrl))).toBe(true);
    // The document itself came through the HTTP client (robots.txt asked, our User-Agent).
    expect(srv.requestsTo('/robots.txt')).toHaveLength(1);
    expect(srv.requestsTo('/berita/kolam-retensi')[0]!.headers['user-agent']).toMatch(/^PantauBot/);
  });

  it('without render the same page has no article text', async () => {
    setup();
    const items = await collect(crawlers!.get('rss')!.crawl(source('rss', srv.url('/feed.xml'), false), testContext()));
    expect(items[0]!.html).not.toContain(XHR_PARAGRAPH);
    expect(crawlers!.renderer.launched).toBe(false);
  });

  it('renders html-list index pages and page sources too', async () => {
    setup();
    srv.route('/indeks', {
      headers: HTML,
      body: `<html><body><div id="list"></div><script>document.getElementById('list').innerHTML = '<article><h2><a href="/berita/kolam-retensi">Kolam</a></h2></article>';</script></body></html>`,
    });
    const items = await collect(crawlers!.get('html-list')!.crawl(source('html-list', srv.url('/indeks'), true, { linkSelector: 'article h2 a' }), testContext()));
    expect(items.map((i) => i.url)).toEqual([srv.url('/berita/kolam-retensi')]);
    expect(items[0]!.html).toContain(XHR_PARAGRAPH);

    const pages = await collect(crawlers!.get('page')!.crawl(source('page', srv.url('/berita/kolam-retensi'), true), testContext()));
    expect(pages).toHaveLength(1);
    expect(pages[0]!.text).toContain(XHR_PARAGRAPH);
  });

  it('one browser per process, shared by every renderer; the last close() ends it (no Chromium or zombie left)', async () => {
    setup();
    const other = createCrawlers({ crawl: crawlConfig({ chromiumPath: CHROMIUM, timeoutMs: 15_000 }), log: silentLogger, trustedHosts: ['127.0.0.1'], http: fastHttp });
    try {
      await collect(crawlers!.get('rss')!.crawl(source('rss', srv.url('/feed.xml'), true), testContext()));
      await collect(other.get('rss')!.crawl(source('rss', srv.url('/feed.xml'), true), testContext()));
      expect(crawlers!.renderer.launched && other.renderer.launched).toBe(true);
      // The browser's main process is the one without a --type= (renderer, gpu, zygote…) switch.
      const browsers = () => chromiumDescendants().filter((p) => !p.cmd.includes('--type='));
      expect(browsers()).toHaveLength(1);
      await other.close();
      expect(browsers()).toHaveLength(1);
    } finally {
      await other.close();
    }
    await crawlers!.close();
    crawlers = undefined;
    expect(await waitFor(() => chromiumDescendants().length === 0)).toBe(true);
  });
});
