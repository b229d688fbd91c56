// Issue 16.1: a store that fails on write loses nothing for good. The real runner, crawlers, extractor
// and SQLite store run over loopback; the store is wrapped so that from some write on every write
// throws StoreUnavailableError (a full disk), then it comes back. Every discovered item must end in
// exactly one counted disposition, no state that says "done" (feed validators, URL aliases, social
// cursors, an import file's hash) may be committed for items that were not stored, and the runs after
// the recovery must store every item exactly once.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { silentLogger } from '../../../src/core/log.js';
import { mentionId } from '../../../src/core/ids.js';
import type { Source } from '../../../src/core/types.js';
import { runOnce, type PipelineDeps } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { failingStore, type FailingStore } from '../../helpers/failing-store.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp, rss } from '../crawlers/helpers.js';
import { fixture } from '../social/helpers.js';

const HTML = { 'content-type': 'text/html; charset=utf-8' };
const PARA = 'Pemerintah Kota Jambi memperbaiki saluran drainase di beberapa kelurahan agar banjir tidak terulang saat musim hujan.';

/** An article whose rel=canonical differs from the link the feed gives. */
function article(n: number, canonical: string): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita ${n} - Uji</title>
<link rel="canonical" href="${canonical}"></head><body><article><h1>Berita nomor ${n} dari Kota Jambi</h1>
<p>${PARA} Nomor ${n}.</p><p>${PARA}</p></article></body></html>`;
}

const dir = mkdtempSync(join(tmpdir(), 'pantau-store-failure-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let dbN = 0;

let srv: FixtureServer;
let crawlers: Crawlers;
let store: FailingStore;

beforeEach(async () => {
  srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
  crawlers = createCrawlers({ crawl: crawlConfig({ retries: 0 }), http: fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'] });
  store = failingStore(await createStore({ driver: 'sqlite', path: join(dir, `s${++dbN}.db`) }, silentLogger));
});
afterEach(async () => {
  await crawlers.close();
  await store.close();
  await srv.close();
});

const deps = (batchSize: number): PipelineDeps => ({
  store,
  crawlers,
  analyzers: null,
  extract: (html, url) => extractArticle(html, url),
  canonicalize: (u) => canonicalizeUrl(u),
  log: silentLogger,
  batchSize,
});

const src = (id: string, kind: Source['kind'], url: string): Source => ({
  id,
  kind,
  url,
  everyMinutes: 15,
  render: false,
  owned: false,
  factcheck: false,
  options: {},
});

const sum = (c: Record<string, number>) => Object.values(c).reduce((a, b) => a + b, 0);

/** A feed of n items with an ETag (304 on If-None-Match); links /link/k, canonical /berita/k. */
function serveFeed(n: number): string[] {
  const canon = Array.from({ length: n }, (_, i) => srv.url(`/berita/${i + 1}`));
  for (let i = 1; i <= n; i++) srv.route(`/link/${i}`, { headers: HTML, body: article(i, canon[i - 1]!) });
  srv.route('/feed.xml', (req) =>
    req.headers['if-none-match'] === '"v1"'
      ? { status: 304, headers: { etag: '"v1"' } }
      : {
          headers: { 'content-type': 'application/rss+xml', etag: '"v1"' },
          body: rss(canon.map((_, i) => ({ link: srv.url(`/link/${i + 1}`), title: `Berita ${i + 1}` }))),
        },
  );
  return canon;
}

async function storedIds(): Promise<string[]> {
  return (await store.search({ limit: 1000 })).items.map((m) => m.id).sort();
}

describe('a store that fails on write (16.1)', () => {
  for (const downAt of [1, 2, 3]) {
    it(`rss: the store goes down at mention write ${downAt}; every item gets one disposition, the next runs store each once`, async () => {
      const canon = serveFeed(5);
      const source = src('feed', 'rss', srv.url('/feed.xml'));
      store.downAtMentionWrite(downAt);
      const first = await runOnce([source], deps(2));
      const r1 = first.sources[0]!;
      expect(r1.ok).toBe(false);
      expect(r1.error).toMatch(/store/i);
      expect(sum(r1.counts)).toBe(5); // nobody lost without a disposition
      expect(r1.counts.indexed).toBe(2 * (downAt - 1));
      expect(r1.counts.failed).toBeGreaterThanOrEqual(1);
      // Nothing that says "done" for the items that were not stored.
      expect((await store.getFetchState(source.url))?.etag).toBeUndefined();

      store.up();
      const second = await runOnce([source], deps(2));
      expect(second.sources[0]!.ok).toBe(true);
      expect(second.sources[0]!.counts.indexed).toBe(5 - r1.counts.indexed);
      expect(second.sources[0]!.counts.failed).toBe(0);
      expect(await storedIds()).toEqual(canon.map((u) => mentionId(u)).sort());

      // Now the feed's validators are kept: a 304, and no article fetched again.
      const pagesBefore = srv.requests.filter((r) => r.path.startsWith('/link/')).length;
      const third = await runOnce([source], deps(2));
      expect(sum(third.sources[0]!.counts)).toBe(0);
      expect(srv.requests.filter((r) => r.path.startsWith('/link/')).length).toBe(pagesBefore);
      expect(srv.requestsTo('/feed.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
      // Each page was fetched at most once per run that needed it: stored ones never again.
      for (let i = 1; i <= 5; i++) expect(srv.requestsTo(`/link/${i}`).length).toBeLessThanOrEqual(2);
    });
  }

  it('telegram: the cursor does not advance past posts that were not stored', async () => {
    srv.route('/s/pemkotjambi', (req) => {
      const before = new URL(req.path, 'http://x').searchParams.get('before');
      if (!before) return { headers: HTML, body: fixture('telegram-page1.html') };
      if (before === '101') return { headers: HTML, body: fixture('telegram-page2.html') };
      return { headers: HTML, body: '<html><body><section class="tgme_channel_history"></section></body></html>' };
    });
    const source = src('tg', 'telegram', srv.url('/s/pemkotjambi'));
    store.downAtMentionWrite(2);
    const r1 = (await runOnce([source], deps(4))).sources[0]!;
    expect(r1.ok).toBe(false);
    expect(r1.counts).toMatchObject({ indexed: 4, failed: 2 });
    expect((await store.getSourceState('tg'))?.cursor).toBeUndefined();

    store.up();
    const r2 = (await runOnce([source], deps(4))).sources[0]!;
    expect(r2.ok).toBe(true);
    expect(r2.counts).toMatchObject({ indexed: 2, duplicate: 4, failed: 0 });
    expect((await storedIds()).length).toBe(6);
    expect((await store.getSourceState('tg'))?.cursor).toContain('106');
    const r3 = (await runOnce([source], deps(4))).sources[0]!;
    expect(r3.counts.indexed + r3.counts.duplicate).toBe(0);
  });

  it('import: an import file is not "unchanged" until all of its rows are stored', async () => {
    const file = join(dir, `rows-${dbN}.csv`);
    const rows = Array.from({ length: 5 }, (_, i) => `${i + 1},Warga bertanya soal jalan rusak nomor ${i + 1},warga${i + 1},2026-11-18T09:0${i}:00+07:00`);
    writeFileSync(file, ['id,text,author,date', ...rows].join('\n') + '\n');
    const source = src('imp', 'import', file);
    store.downAtMentionWrite(3);
    const r1 = (await runOnce([source], deps(2))).sources[0]!;
    expect(r1.ok).toBe(false);
    expect(r1.counts).toMatchObject({ indexed: 4, failed: 1 });
    expect((await store.getSourceState('imp'))?.cursor).toBeUndefined();

    store.up();
    const r2 = (await runOnce([source], deps(2))).sources[0]!;
    expect(r2.counts).toMatchObject({ indexed: 1, duplicate: 4, failed: 0 });
    expect((await storedIds()).length).toBe(5);
    const r3 = (await runOnce([source], deps(2))).sources[0]!;
    expect(sum(r3.counts)).toBe(0); // now the file is "unchanged"
  });
});
