// Issue 17.4: a per-source wall-clock budget. A tarpit publisher (pages that start answering and never
// finish) is stopped through the crawl's abort signal when its budget runs out: what was stored stays
// stored, every other listed item is reported "not fetched this run" (one disposition each), and no
// state is advanced, so the next run fetches them. Time is a manual clock: no timed assertions.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Crawlers } from '../../../crawlers/index.js';
import { parseConfig } from '../../../src/core/config.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { runOnce } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { ManualClock, until } from '../../helpers/manual-clock.js';
import { rss } from '../crawlers/helpers.js';
import { article, HTML, pipelineDeps, source, testCrawlers, total } from './helpers.js';

let srv: FixtureServer;
let crawlers: Crawlers;
let store: Store;
let clock: ManualClock;

beforeEach(async () => {
  srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
  // A generous HTTP timeout: only the budget may stop the tarpit here.
  crawlers = testCrawlers({ timeoutMs: 60_000 });
  store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
  clock = new ManualClock();
});
afterEach(async () => {
  await crawlers.close();
  await store.close();
  await srv.close();
});

/** Headers and a first byte, then nothing, ever (until the server closes). */
const tarpit = (_req: unknown, res: import('node:http').ServerResponse) => {
  res.writeHead(200, HTML);
  res.write('<');
};

describe('per-source budget (17.4)', () => {
  it('stops a tarpit source, keeps what was stored, reports the rest not fetched, advances no state', async () => {
    srv.route('/a1', { headers: HTML, body: article(1) });
    for (let i = 2; i <= 5; i++) srv.route(`/a${i}`, tarpit);
    srv.route('/feed.xml', { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: rss([1, 2, 3, 4, 5].map((i) => ({ link: srv.url(`/a${i}`) }))) });
    const feed = source('tarpit', 'rss', srv.url('/feed.xml'), { budgetMs: 60_000 });
    const running = runOnce([feed], pipelineDeps(store, crawlers, { clock, batchSize: 1 }));
    await until(async () => (await store.search({ limit: 1 })).total === 1, 'the first article stored');
    await until(() => srv.requests.some((r) => /^\/a[2-5]$/.test(r.path)), 'a tarpit page requested');
    clock.advance(60_000);
    const r = (await running).sources[0]!;
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/budget of 1 min/);
    expect(r.counts).toMatchObject({ indexed: 1, skipped: 4 });
    expect(total(r.counts)).toBe(5);
    expect(r.groups).toEqual([expect.objectContaining({ disposition: 'skipped', code: 'not_fetched', count: 4 })]);
    expect((await store.getFetchState(feed.url))?.etag).toBeUndefined();

    // The publisher recovers: the next run fetches exactly the four it did not get to.
    for (let i = 2; i <= 5; i++) srv.route(`/a${i}`, { headers: HTML, body: article(i) });
    const next = (await runOnce([feed], pipelineDeps(store, crawlers, { clock }))).sources[0]!;
    expect(next.counts).toMatchObject({ indexed: 4, skipped: 0 });
    expect(srv.requestsTo('/a1')).toHaveLength(1);
    expect((await store.getFetchState(feed.url))?.etag).toBe('"v1"');
  });

  it('stops a source whose feed itself is a tarpit', async () => {
    srv.route('/feed.xml', tarpit);
    const feed = source('slowfeed', 'rss', srv.url('/feed.xml'), { budgetMs: 30_000 });
    const running = runOnce([feed], pipelineDeps(store, crawlers, { clock }));
    await until(() => srv.requestsTo('/feed.xml').length === 1, 'the feed requested');
    clock.advance(30_000);
    const r = (await running).sources[0]!;
    expect(r.ok).toBe(false);
    expect(r.error).toMatch(/budget of 30 s/);
  });

  it('is configured by crawl.sourceBudget (default 10 min) and a source’s budget:', () => {
    const cfg = parseConfig(
      {
        crawl: { sourceBudget: '20m' },
        sources: [
          { id: 'a', kind: 'rss', url: 'https://a.example/feed' },
          { id: 'b', kind: 'rss', url: 'https://b.example/feed', budget: '90s' },
        ],
      },
      { env: {} },
    );
    expect(cfg.sources.map((s) => s.budgetMs)).toEqual([20 * 60_000, 90_000]);
    expect(parseConfig({ sources: [{ id: 'a', kind: 'rss', url: 'https://a.example/feed' }] }, { env: {} }).sources[0]!.budgetMs).toBe(10 * 60_000);
    expect(parseConfig({}, { env: { PANTAU_CRAWL_SOURCE_BUDGET: '5m' } }).crawl.sourceBudget).toBe(5);
  });
});
