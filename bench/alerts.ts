// Alert evaluation cost per stored batch as the store grows to 1,000,000 mentions (npm run
// bench:alerts). Generated analyzed mentions (topics, kelurahan with their ancestors, people and
// agencies, a watched name, hoax flags, syndicated copies; a quarter negative) are stored live on a
// simulated clock, 11,000 a day over 90 days, through SqliteStore.upsertMentions, and the evaluator
// runs after every stored batch as `pantau run` does (change feed → counters → detectors → outbox).
// At 10,000, 100,000 and 1,000,000 stored mentions it times 30 ordinary batches of 200 (5 minutes
// apart). The cost must not grow with the store: each evaluation reads only the changes since the
// last one and a fixed number of counter ranges per touched key. Prints figures; asserts nothing.
//   BENCH_ALERTS_N=1000000 node dist/bench/alerts.js
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AlertEvaluator } from '../src/alerts/evaluate.js';
import { storeFeed } from '../src/alerts/feed.js';
import type { Clock } from '../src/core/clock.js';
import { parseConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/log.js';
import { emptyAnalysis, type Analysis, type Mention } from '../src/core/types.js';
import { SqliteStore } from '../src/store/index.js';
import { rng } from './corpus.js';
import { machineLine } from './measure.js';

const N = Number(process.env.BENCH_ALERTS_N ?? 1_000_000);
const CHECKPOINTS = [10_000, 100_000, 1_000_000].filter((c) => c <= N);
const FILL_BATCH = 5000;
const BATCH = 200;
const PER_DAY = 11_000;
const SAMPLES = 30;

const KEL = ['15.71.01.1001', '15.71.01.1002', '15.71.01.1003', '15.71.02.1001', '15.71.02.1002', '15.71.03.1001', '15.71.03.1004', '15.71.04.1002', '15.71.05.1001', '15.71.05.1004', '15.71.06.1003', '15.71.07.1001', '15.71.08.1002', '15.71.09.1001', '15.71.10.1002', '15.71.11.1001'];
const TOPICS = ['infrastruktur', 'banjir-lingkungan', 'kesehatan', 'pendidikan', 'pelayanan-publik', 'ekonomi-harga', 'keamanan-ketertiban', 'sosial-bansos', 'transportasi', 'politik-pilkada'];
const PEOPLE = ['Maulana', 'Diza Hazra Aljosha', 'Al Haris', 'Budi Santoso', 'Siti Rahmawati', 'Rahmat Hidayat', 'Dewi Lestari'];
const ORGS = ['Dinas PUPR Kota Jambi', 'BPBD Kota Jambi', 'Disdukcapil Kota Jambi', 'DPRD Kota Jambi', 'Dinas Kesehatan Kota Jambi', 'PDAM Tirta Mayang'];
const WORDS = 'warga jalan rusak banjir sampah pasar harga bantuan sekolah rumah sakit listrik air macet pelayanan kantor lurah camat wali kota program'.split(' ');

class BenchClock implements Clock {
  constructor(public t: number) {}
  now(): number {
    return this.t;
  }
  async sleep(): Promise<void> {}
}

const r = rng(11);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
let seq = 0;

function mention(at: number): Mention {
  const i = ++seq;
  const neg = r() < 0.25;
  const a: Analysis = {
    ...emptyAnalysis(),
    language: 'id',
    sentiment: { label: neg ? 'negative' : r() < 0.4 ? 'positive' : 'neutral', score: neg ? -0.7 : 0.3 },
    topics: [pick(TOPICS), ...(r() < 0.3 ? [pick(TOPICS)] : [])],
    hoax: { score: r() * 0.6, flagged: r() < 0.02, indicators: r() < 0.5 ? ['provocation_share'] : [], debunks: [] },
    regions: [{ code: pick(KEL), name: 'Kelurahan', level: 'village' }],
    entities: [
      { text: pick(PEOPLE), type: 'person' },
      { text: pick(ORGS), type: 'organization' },
      ...(r() < 0.1 ? [{ text: 'Wali Kota Maulana', type: 'person' as const, canonical: 'Maulana', watched: true }] : []),
    ],
  };
  const words = Array.from({ length: 12 }, () => pick(WORDS)).join(' ');
  const id = `b${i}`;
  const iso = new Date(at - Math.floor(r() * 600_000)).toISOString();
  const social = r() < 0.4;
  return {
    id,
    sourceId: social ? pick(['x', 'facebook', 'instagram']) : `outlet${i % 30}`,
    kind: social ? 'social' : 'news',
    url: `https://n${i % 30}.example/${id}`,
    canonicalUrl: `https://n${i % 30}.example/${id}`,
    title: `Berita ${i}: ${words.slice(0, 40)}`,
    text: words,
    ...(social ? { author: `akun${i % 5000}` } : {}),
    publishedAt: iso,
    fetchedAt: new Date(at).toISOString(),
    analysis: a,
    meta: { clusterId: r() < 0.1 ? `b${Math.max(1, i - 1 - Math.floor(r() * 5))}` : id },
  };
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function main(): Promise<void> {
  console.log(machineLine());
  const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-alerts-'));
  const clock = new BenchClock(Date.UTC(2026, 8, 1));
  const store = new SqliteStore(join(dir, 'p.db'), { now: () => clock.now() });
  const config = parseConfig({ analysis: { watchlist: [{ name: 'Maulana', type: 'person' }] } }, { env: {} });
  const evaluator = new AlertEvaluator({
    store,
    feed: storeFeed(store),
    alerts: config.alerts,
    timezone: config.timezone,
    watchlist: ['Maulana'],
    channels: [{ id: 'ops' }],
    clock,
    log: silentLogger,
  });
  const step = (n: number): number => Math.round((n / PER_DAY) * 86_400_000);
  let stored = 0;
  let fillEval = 0;
  const t0 = performance.now();
  try {
    for (const cp of CHECKPOINTS) {
      while (stored < cp) {
        const n = Math.min(FILL_BATCH, cp - stored);
        clock.t += step(n);
        await store.upsertMentions(Array.from({ length: n }, () => mention(clock.t)));
        stored += n;
        const e0 = performance.now();
        await evaluator.evaluate();
        fillEval += performance.now() - e0;
      }
      const times: number[] = [];
      const cpu: number[] = [];
      let read = 0;
      let keys = 0;
      for (let k = 0; k < SAMPLES; k++) {
        clock.t += 5 * 60_000;
        await store.upsertMentions(Array.from({ length: BATCH }, () => mention(clock.t)));
        stored += BATCH;
        const c0 = process.cpuUsage();
        const e0 = performance.now();
        const rep = await evaluator.evaluate();
        times.push(performance.now() - e0);
        const c = process.cpuUsage(c0);
        cpu.push((c.user + c.system) / 1000);
        read += rep.mentions;
        keys += rep.keys;
      }
      console.log(
        `store ${stored.toLocaleString('en-US').padStart(9)} mentions: evaluation per batch of ${BATCH}: median ${pct(times, 0.5).toFixed(1)} ms, p90 ${pct(times, 0.9).toFixed(1)} ms ` +
          `(CPU median ${pct(cpu, 0.5).toFixed(1)} ms); read ${read / SAMPLES} changed mentions and ${Math.round(keys / SAMPLES)} keys per evaluation`,
      );
    }
    console.log(`filled ${stored.toLocaleString('en-US')} mentions in ${((performance.now() - t0) / 1000).toFixed(0)} s, of which evaluation after each batch of ${FILL_BATCH}: ${(fillEval / 1000).toFixed(0)} s`);
    const alerts = await store.listAlerts({ limit: 10_000 });
    console.log(`alerts over the simulated ${Math.round((clock.t - Date.UTC(2026, 8, 1)) / 86_400_000)} days (random data, so few): ${alerts.length}`);
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
