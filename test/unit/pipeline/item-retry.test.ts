// Issue 16.3: one dead article link must not break conditional GET of its feed. A failed item is
// remembered with its failure and retried with backoff a bounded number of times; the feed's
// validators are saved once every failed item is remembered (the next run gets its 304); due retries
// are attempted even when the feed answers 304; failed items do not fail the source.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Crawlers } from '../../../crawlers/index.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { ITEM_RETRY, retryDelayMs } from '../../../src/pipeline/item-retry.js';
import { runOnce } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { rss } from '../crawlers/helpers.js';
import { article, HTML, pipelineDeps, source, testCrawlers, total } from './helpers.js';

let srv: FixtureServer;
let crawlers: Crawlers;
let store: Store;
let clock: ManualClock;

beforeEach(async () => {
  srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
  crawlers = testCrawlers();
  store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
  clock = new ManualClock();
});
afterEach(async () => {
  await crawlers.close();
  await store.close();
  await srv.close();
});

function serve(): void {
  srv.route('/ok', { headers: HTML, body: article('ok') });
  srv.route('/dead', { status: 404, body: 'hilang' });
  srv.route('/file.pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
  srv.route('/feed.xml', (req) =>
    req.headers['if-none-match'] === '"v1"'
      ? { status: 304, headers: { etag: '"v1"' } }
      : {
          headers: { 'content-type': 'application/rss+xml', etag: '"v1"' },
          body: rss([
            { link: srv.url('/ok'), title: 'Baik' },
            { link: srv.url('/dead'), title: 'Tautan mati', pubDate: 'Mon, 23 Nov 2026 01:00:00 +0000' },
            { link: srv.url('/file.pdf'), title: 'Dokumen' },
          ]),
        },
  );
}

describe('failed items are remembered and retried (16.3)', () => {
  it('a dead link keeps the feed on 304, is retried when due (also on a 304), and is stored once it works', async () => {
    serve();
    const feed = source('feed', 'rss', srv.url('/feed.xml'));
    const deps = pipelineDeps(store, crawlers, { clock });
    const r1 = (await runOnce([feed], deps)).sources[0]!;
    expect(r1.ok).toBe(true); // failed items do not fail the source
    expect(r1.counts).toMatchObject({ indexed: 1, failed: 1, dropped: 1 });
    expect((await store.getFetchState(feed.url))?.etag).toBe('"v1"');
    const failures = await store.listItemFailures('feed');
    expect(failures.map((f) => [f.url, f.attempts]).sort()).toEqual([
      [srv.url('/dead'), 1],
      [srv.url('/file.pdf'), 1],
    ]);
    expect(failures.every((f) => Date.parse(f.nextRetryAt!) === clock.now() + retryDelayMs(1))).toBe(true);

    // Not due yet: a 304, nothing fetched, nothing counted.
    const r2 = (await runOnce([feed], deps)).sources[0]!;
    expect(total(r2.counts)).toBe(0);
    expect(srv.requestsTo('/feed.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(srv.requestsTo('/dead')).toHaveLength(1);

    // Due: retried although the feed says 304; still dead → attempt 2.
    clock.advance(retryDelayMs(1));
    const r3 = (await runOnce([feed], deps)).sources[0]!;
    expect(srv.requestsTo('/feed.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(r3.counts).toMatchObject({ failed: 1, dropped: 1, indexed: 0 });
    expect(srv.requestsTo('/dead')).toHaveLength(2);
    expect((await store.listItemFailures('feed')).find((f) => f.url.endsWith('/dead'))?.attempts).toBe(2);

    // The page comes back: stored with what the feed said (its date), and forgotten as a failure.
    srv.route('/dead', { headers: HTML, body: article('hidup lagi') });
    clock.advance(retryDelayMs(2));
    const r4 = (await runOnce([feed], deps)).sources[0]!;
    expect(r4.counts).toMatchObject({ indexed: 1, dropped: 1 });
    const revived = (await store.search({ limit: 10 })).items.find((m) => m.url === srv.url('/dead'))!;
    expect(Date.parse(revived.publishedAt!)).toBe(Date.parse('2026-11-23T01:00:00.000Z')); // the same instant, whatever offset it is written in
    expect((await store.listItemFailures('feed')).map((f) => f.url)).toEqual([srv.url('/file.pdf')]);
  });

  it(`gives up after ${ITEM_RETRY.maxAttempts} attempts and then never fetches the link again`, async () => {
    serve();
    const feed = source('feed', 'rss', srv.url('/feed.xml'));
    const deps = pipelineDeps(store, crawlers, { clock });
    const notes: string[] = [];
    for (let n = 1; n <= ITEM_RETRY.maxAttempts + 3; n++) {
      const run = await runOnce([feed], deps);
      notes.push(...run.reasons.filter((r) => r.url.endsWith('/dead')).map((r) => r.reason));
      clock.advance(n < ITEM_RETRY.maxAttempts ? retryDelayMs(n) : 86_400_000);
    }
    expect(srv.requestsTo('/dead')).toHaveLength(ITEM_RETRY.maxAttempts);
    expect(notes).toHaveLength(ITEM_RETRY.maxAttempts);
    expect(notes.at(-1)).toMatch(new RegExp(`attempt ${ITEM_RETRY.maxAttempts} of ${ITEM_RETRY.maxAttempts}, given up`));
    const dead = (await store.listItemFailures('feed')).find((f) => f.url.endsWith('/dead'))!;
    expect(dead.nextRetryAt).toBeUndefined();
    // Forgotten a month after it was given up: a link still listed then gets a fresh set of tries.
    clock.advance(ITEM_RETRY.forgetAfterMs);
    srv.route('/feed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: rss([{ link: srv.url('/dead'), title: 'x' }]) });
    await runOnce([feed], deps);
    expect(srv.requestsTo('/dead')).toHaveLength(ITEM_RETRY.maxAttempts + 1);
  });
});
