// Issue 17.5 and 16.4: `pantau run` schedules each source on its own (a slow source does not delay
// one due every 10 s), and a fact-check source that stored new debunks rebuilds the analyzers for the
// sources crawled after it. Time is a manual clock; the crawlers are stand-ins that yield social items.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AnalyzerChain } from '../../../analyzers/chain.js';
import { silentLogger } from '../../../src/core/log.js';
import { emptyAnalysis, type Crawler, type RawItem, type Source, type SourceKind, type Store } from '../../../src/core/types.js';
import { runScheduled } from '../../../src/pipeline/scheduler.js';
import { createStore } from '../../../src/store/index.js';
import { ManualClock, until } from '../../helpers/manual-clock.js';
import { pipelineDeps, source } from './helpers.js';

let store: Store;
let clock: ManualClock;
beforeEach(async () => {
  store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
  clock = new ManualClock();
});
afterEach(async () => {
  await store.close();
});

/** A stand-in crawler per source id: yields one new social item per crawl, after `gate` if given. */
function fakeCrawlers(behaviour: Record<string, { gate?: Promise<void>; runs: number[] }>) {
  const crawler: Crawler = {
    kinds: ['telegram'],
    async *crawl(src: Source): AsyncIterable<RawItem> {
      const b = behaviour[src.id]!;
      b.runs.push(clock.now());
      if (b.gate) await b.gate;
      const n = b.runs.length;
      yield { sourceId: src.id, url: `https://t.me/${src.id}/${n}`, kind: 'social', fetchedAt: new Date(clock.now()), text: `Pesan ${src.id} nomor ${n} tentang banjir di Kota Jambi` };
    },
  };
  return { get: (kind: SourceKind) => (kind === 'telegram' ? crawler : undefined) };
}

function chainMarking(debunks: number): AnalyzerChain {
  const analyze = () => ({ ...emptyAnalysis(), topics: [`debunks-${debunks}`] });
  return { analyzers: [], analyze, analyzeMany: (docs) => docs.map(analyze) };
}

describe('the scheduler (17.5, 16.4)', () => {
  it('crawls a source due every 10 s on time while a slow source is still running', async () => {
    let release!: () => void;
    const b = { slow: { gate: new Promise<void>((r) => (release = r)), runs: [] as number[] }, fast: { runs: [] as number[] } };
    const ac = new AbortController();
    const sources = [source('slow', 'telegram', 'https://t.me/s/slow', { everyMinutes: 60 }), source('fast', 'telegram', 'https://t.me/s/fast', { everyMinutes: 1 / 6 })];
    const run = runScheduled(sources, pipelineDeps(store, fakeCrawlers(b) as never, { clock }), { jitter: 0, signal: ac.signal });
    const t0 = clock.now();
    await until(async () => (await store.getSourceState('fast'))?.nextDueAt !== undefined, 'first fast crawl');
    for (let k = 1; k <= 3; k++) {
      clock.advance(10_000);
      await until(() => b.fast.runs.length === k + 1, `fast crawl ${k + 1}`);
    }
    expect(b.fast.runs.map((t) => (t - t0) / 1000)).toEqual([0, 10, 20, 30]);
    expect(b.slow.runs).toHaveLength(1); // still in its first crawl
    release();
    await until(async () => (await store.getSourceState('slow'))?.lastRunAt !== undefined, 'slow crawl done');
    ac.abort();
    await run;
    expect((await store.search({ sourceId: 'fast', limit: 10 })).total).toBe(4);
    expect((await store.search({ sourceId: 'slow', limit: 10 })).total).toBe(1);
  });

  it('rebuilds the analyzers after a fact-check source stored new debunks, for the sources crawled next', async () => {
    const b = { cekfakta: { runs: [] as number[] }, berita: { runs: [] as number[] } };
    const rebuilt: number[] = [];
    // The news source was crawled a moment ago: it is due 5 s from now.
    await store.putSourceState({ sourceId: 'berita', consecutiveFailures: 0, itemsFound: 0, nextDueAt: new Date(clock.now() + 5000).toISOString() });
    const ac = new AbortController();
    const sources = [
      source('berita', 'telegram', 'https://t.me/s/berita'),
      source('cekfakta', 'telegram', 'https://t.me/s/cekfakta', { factcheck: true }),
    ];
    const deps = pipelineDeps(store, fakeCrawlers(b) as never, { clock, analyzers: chainMarking(0) });
    const run = runScheduled(sources, deps, {
      jitter: 0,
      signal: ac.signal,
      rebuildAnalyzers: async () => {
        const n = (await store.listDebunks()).length;
        rebuilt.push(n);
        return chainMarking(n);
      },
    });
    await until(() => rebuilt.length === 1, 'analyzers rebuilt');
    expect(rebuilt).toEqual([1]);
    clock.advance(5000);
    await until(() => b.berita.runs.length === 1, 'news crawl');
    await until(async () => (await store.search({ sourceId: 'berita', limit: 1 })).total === 1, 'news stored');
    ac.abort();
    await run;
    const news = (await store.search({ sourceId: 'berita', limit: 1 })).items[0]!;
    expect(news.analysis?.topics).toEqual(['debunks-1']);
  });
});
