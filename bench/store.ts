// Store ingest benchmark: analyzed mentions (regions down to kelurahan, entities, topics, hoax
// scores, a story cluster id) written through the Store interface in the pipeline's batch size, on
// a fresh SQLite file, beside the raw better-sqlite3 insert rate of the same rows into one plain
// table (no FTS, no facets) measured in the same run. Prints figures; asserts nothing.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import type { Mention, Store } from '../src/core/types.js';
import { createStore } from '../src/store/index.js';
import { machineLine } from './measure.js';
import { benchMentions } from './store-data.js';
import { benchElasticsearch } from './store-es.js';

const N = Number(process.env.BENCH_STORE_N ?? 20_000);
const BATCH = Number(process.env.BENCH_STORE_BATCH ?? 200);
const RUNS = 3;

/** Wall ms and this process's CPU ms (on a shared machine the CPU figure is the steadier one). */
async function storeRun(dir: string, data: Mention[], run: number): Promise<[number, number]> {
  const store = await createStore({ driver: 'sqlite', path: join(dir, `store${run}.db`) });
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < data.length; i += BATCH) {
    // A fresh copy per batch, as the pipeline hands the store new objects, after the runner's
    // check for ids already stored.
    const batch = data.slice(i, i + BATCH).map((m) => ({ ...m }));
    await store.existingIds(batch.map((m) => m.id));
    await store.upsertMentions(batch);
  }
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  await store.close();
  return [ms, (c.user + c.system) / 1000];
}

/** The reads the map and the alerts make, on the store written by the first run (if it has them). */
async function queries(path: string): Promise<void> {
  const store = await createStore({ driver: 'sqlite', path });
  const s = store as Partial<Store> & Store;
  if (!s.aggregate || !s.scan || !s.changes) {
    await store.close();
    return;
  }
  const time = async (label: string, fn: () => Promise<unknown>): Promise<void> => {
    let best = Infinity;
    for (let r = 0; r < 3; r++) {
      const t0 = performance.now();
      await fn();
      best = Math.min(best, performance.now() - t0);
    }
    console.log(`  ${label.padEnd(58)} ${best.toFixed(1).padStart(7)} ms`);
  };
  const day = { from: '2026-09-08', to: '2026-09-09' };
  console.log(`reads on ${N.toLocaleString('en-US')} stored mentions (best of 3):`);
  await time('aggregate one day: region × hour, negatives', () => s.aggregate({ filter: day, by: ['region'], interval: 'hour', size: 50 }));
  await time('aggregate one day of Kota Jambi: entity × sentiment', () => s.aggregate({ filter: { ...day, region: '15.71' }, by: ['entity', 'sentiment'], size: 50 }));
  await time('aggregate everything: topic × day', () => s.aggregate({ by: ['topic'], interval: 'day', size: 50 }));
  await time('search a kelurahan, no period (facet index)', () => s.search({ region: '15.71.01.1001', limit: 20 }));
  await time('scan one day, pages of 500', async () => {
    let cursor: string | undefined;
    do cursor = (await s.scan(day, { cursor, limit: 500 })).cursor ?? undefined;
    while (cursor);
  });
  await time('changes: the first 1,000 from the start', async () => {
    await s.changes({ limit: 1000 });
  });
  await store.close();
}

function rawRun(dir: string, data: Mention[], run: number): number {
  const db = new Database(join(dir, `raw${run}.db`));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = NORMAL');
  db.exec(`CREATE TABLE m (seq INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE, source_id TEXT, kind TEXT, url TEXT,
    title TEXT, text TEXT, published_at TEXT, fetched_at TEXT, analysis TEXT, meta TEXT)`);
  const ins = db.prepare('INSERT INTO m (id, source_id, kind, url, title, text, published_at, fetched_at, analysis, meta) VALUES (?,?,?,?,?,?,?,?,?,?)');
  const t0 = performance.now();
  for (let i = 0; i < data.length; i += BATCH) {
    const batch = data.slice(i, i + BATCH);
    db.transaction(() => {
      for (const m of batch) {
        ins.run(m.id, m.sourceId, m.kind, m.url, m.title, m.text, m.publishedAt, m.fetchedAt, JSON.stringify(m.analysis), JSON.stringify(m.meta));
      }
    }).immediate();
  }
  const ms = performance.now() - t0;
  db.close();
  return ms;
}

const data = benchMentions(N);
const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-store-'));
try {
  console.log(`bench:store — ${N} analyzed mentions, batches of ${BATCH}, best of ${RUNS}; ${machineLine()}`);
  let store = Infinity;
  let storeCpu = Infinity;
  let raw = Infinity;
  const runs: string[] = [];
  const rate = (ms: number) => Math.round(N / (ms / 1000)).toLocaleString('en-US');
  for (let r = 0; r < RUNS; r++) {
    const [wall, cpu] = await storeRun(dir, data, r);
    store = Math.min(store, wall);
    storeCpu = Math.min(storeCpu, cpu);
    const rawMs = rawRun(dir, data, r);
    raw = Math.min(raw, rawMs);
    runs.push(`${rate(wall)} wall, ${rate(cpu)} per CPU-s (raw ${rate(rawMs)})`);
  }
  console.log(`SqliteStore.upsertMentions (FTS + facets): ${rate(store)} mentions/s  (${store.toFixed(0)} ms), ${rate(storeCpu)} per CPU-second`);
  console.log(`raw better-sqlite3 insert, one plain table: ${rate(raw)} mentions/s  (${raw.toFixed(0)} ms)`);
  console.log(`  each run, store mentions/s (raw insert in the same run): ${runs.join('; ')}`);
  await queries(join(dir, 'store0.db'));
  // Beside the SQLite figures: the Elasticsearch client-side write cost (bench/store-es.ts).
  await benchElasticsearch(data, RUNS);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
