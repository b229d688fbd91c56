// Issue 17.5: two overlapping `pantau run` on one database must not both crawl a source. Each crawl
// takes the source's lease in the store; a second process finds it held and says so. The lease has an
// expiry (a killed holder cannot keep it forever), and a holder that is a dead process on this machine
// is taken over at once. Two stores on one SQLite file stand for two processes.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { Crawler, RawItem, SourceKind, Store } from '../../../src/core/types.js';
import { crawlSource } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { until } from '../../helpers/manual-clock.js';
import { pipelineDeps, source } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-lease-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
let a: Store;
let b: Store;
beforeEach(async () => {
  const path = join(dir, `l${++n}.db`);
  a = await createStore({ driver: 'sqlite', path }, silentLogger);
  b = await createStore({ driver: 'sqlite', path }, silentLogger);
});
afterEach(async () => {
  await a.close();
  await b.close();
});

function gatedCrawlers(gate: Promise<void>, calls: string[]) {
  const crawler: Crawler = {
    kinds: ['telegram'],
    async *crawl(src): AsyncIterable<RawItem> {
      calls.push(src.id);
      await gate;
      yield { sourceId: src.id, url: `https://t.me/x/${calls.length}`, kind: 'social', fetchedAt: new Date(), text: 'Pesan warga tentang jalan rusak' };
    },
  };
  return { get: (k: SourceKind) => (k === 'telegram' ? crawler : undefined) } as never;
}

describe('one crawl of a source at a time (17.5)', () => {
  it('a second process finds the source held, says so and crawls nothing; after the first it may', async () => {
    let release!: () => void;
    const calls: string[] = [];
    const crawlers = gatedCrawlers(new Promise<void>((r) => (release = r)), calls);
    const src = source('tg', 'telegram', 'https://t.me/s/x');
    const first = crawlSource(src, pipelineDeps(a, crawlers, { owner: 'host-a:100:aaaa' }));
    await until(() => calls.length === 1, 'first crawl started');
    const second = await crawlSource(src, pipelineDeps(b, crawlers, { owner: 'host-b:200:bbbb' }));
    expect(second.busy).toMatch(/being crawled by another pantau run \(pid 100 on host-a, lease until /);
    expect(second.ok).toBe(true);
    expect(calls).toHaveLength(1);
    release();
    expect((await first).counts.indexed).toBe(1);
    const third = await crawlSource(src, pipelineDeps(b, crawlers, { owner: 'host-b:200:bbbb' }));
    expect(third.busy).toBeUndefined();
    expect(calls).toHaveLength(2);
  });

  it('an expired lease, or one held by a dead process on this host, is taken over', async () => {
    const calls: string[] = [];
    const crawlers = gatedCrawlers(Promise.resolve(), calls);
    const now = Date.now();
    await a.acquireLease('source:old', 'host-a:100:aaaa', now - 1, now - 60_000);
    expect((await crawlSource(source('old', 'telegram', 'https://t.me/s/old'), pipelineDeps(b, crawlers))).busy).toBeUndefined();

    const dead = spawnSync(process.execPath, ['-e', '']).pid; // exited already
    await a.acquireLease('source:crashed', `${hostname()}:${dead}:cccc`, now + 3_600_000, now);
    expect((await crawlSource(source('crashed', 'telegram', 'https://t.me/s/crashed'), pipelineDeps(b, crawlers))).busy).toBeUndefined();

    // An earlier process that had our pid (a container restarted as pid 1) is dead too.
    await a.acquireLease('source:restarted', `${hostname()}:${process.pid}:eeee`, now + 3_600_000, now);
    expect((await crawlSource(source('restarted', 'telegram', 'https://t.me/s/restarted'), pipelineDeps(b, crawlers))).busy).toBeUndefined();

    // A live holder elsewhere is respected until its lease expires.
    await a.acquireLease('source:live', 'other-host:1:dddd', now + 3_600_000, now);
    expect((await crawlSource(source('live', 'telegram', 'https://t.me/s/live'), pipelineDeps(b, crawlers))).busy).toBeDefined();
    expect(calls).toEqual(['old', 'crashed', 'restarted']);
  });
});
