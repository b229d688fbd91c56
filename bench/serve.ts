// The issues endpoint of `pantau serve` over a store of 1,000,000 mentions (npm run bench:serve).
// Generated analyzed mentions (11,000 a day over 90 days: topics, kelurahan, people and agencies,
// hoax flags, syndicated copies, a quarter negative) are written through SqliteStore, the server
// is built as `pantau serve` builds it and listens on 127.0.0.1 port 0, and 50 concurrent clients
// (each with its own login session) ask GET /api/issues?date=D for the last day, then for the
// mentions list. Prints the cold build (the first request builds the map; the map is cached until
// the store changes) and p50/p95/p99 latencies; asserts nothing.
//   BENCH_SERVE_N=1000000 BENCH_SERVE_REQUESTS=2000 node dist/bench/serve.js [--fresh]
// The generated store is kept in $TMPDIR/pantau-bench-serve-cache/ and reused by the next run (each run
// serves a fresh copy of it, so the first request always maps unmapped days); --fresh (or
// BENCH_SERVE_FRESH=1) removes it first.
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serverDeps } from '../src/cli/serve-runtime.js';
import { parseConfig } from '../src/core/config.js';
import { silentLogger } from '../src/core/log.js';
import { localDay } from '../src/core/time.js';
import { emptyAnalysis, type Analysis, type Mention } from '../src/core/types.js';
import { buildServer } from '../src/server/app.js';
import { hashPassword } from '../src/server/password.js';
import { SqliteStore } from '../src/store/index.js';
import { rng } from './corpus.js';
import { machineLine } from './measure.js';

const N = Number(process.env.BENCH_SERVE_N ?? 1_000_000);
const REQUESTS = Number(process.env.BENCH_SERVE_REQUESTS ?? 2000);
const CLIENTS = 50;
const PER_DAY = 11_000;
const BATCH = 5000;

const KEL = [
  ['15.71.01.1001', 'Kota Baru'], ['15.71.02.1001', 'Jambi Selatan'], ['15.71.03.1010', 'Tanjung Pinang'], ['15.71.04.1002', 'Jelutung'],
  ['15.71.05.1001', 'Pasar Jambi'], ['15.71.06.1003', 'Telanaipura'], ['15.71.07.1001', 'Danau Teluk'], ['15.71.08.1002', 'Pelayangan'],
] as const;
const TOPICS = ['infrastruktur', 'banjir-lingkungan', 'kesehatan', 'pendidikan', 'pelayanan-publik', 'ekonomi-harga', 'sosial-bansos', 'transportasi'];
const STORIES = [
  'banjir rendam rumah warga tanjung pinang air setinggi lutut',
  'jalan rusak berlubang jalan lingkar barat warga tanam pisang',
  'hoaks pendaftaran bantuan sosial lewat tautan whatsapp',
  'harga cabai naik di pasar angso duo pedagang mengeluh',
  'sampah menumpuk di pasar talang banjar belum diangkut',
  'kasus demam berdarah naik dinas kesehatan lakukan fogging',
  'pelayanan ktp elektronik jemput bola disdukcapil',
  'festival batanghari ramai pengunjung lomba perahu',
];
const PEOPLE = ['Maulana', 'Diza Hazra Aljosha', 'Budi Santoso', 'Siti Rahmawati'];
const ORGS = ['Dinas PUPR Kota Jambi', 'BPBD Kota Jambi', 'Disdukcapil Kota Jambi', 'Dinas Kesehatan Kota Jambi'];

const r = rng(22);
const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
let seq = 0;

function mention(at: number): Mention {
  const i = ++seq;
  const s = Math.floor(r() * STORIES.length);
  const neg = r() < (s < 6 ? 0.5 : 0.1);
  const [code, name] = KEL[s % KEL.length]!;
  const a: Analysis = {
    ...emptyAnalysis(),
    language: 'id',
    sentiment: { label: neg ? 'negative' : r() < 0.4 ? 'positive' : 'neutral', score: neg ? -0.7 : 0.3 },
    topics: [TOPICS[s % TOPICS.length]!],
    hoax: { score: s === 2 ? 0.7 : r() * 0.3, flagged: s === 2 && r() < 0.6, indicators: [], debunks: [] },
    regions: [{ code, name, level: 'village' }],
    entities: [{ text: pick(PEOPLE), type: 'person' }, { text: pick(ORGS), type: 'organization' }],
  };
  const text = `${STORIES[s]} ${Array.from({ length: 6 }, () => pick(STORIES[s]!.split(' '))).join(' ')} kota jambi`;
  const social = r() < 0.4;
  const id = `s${i}`;
  return {
    id,
    sourceId: social ? pick(['x', 'facebook', 'instagram']) : `outlet${i % 30}`,
    kind: social ? 'social' : 'news',
    url: `https://n${i % 30}.example/${id}`,
    canonicalUrl: `https://n${i % 30}.example/${id}`,
    title: `${STORIES[s]!.slice(0, 50)} (${i})`,
    text,
    ...(social ? { author: `akun${i % 5000}` } : {}),
    publishedAt: new Date(at).toISOString(),
    fetchedAt: new Date(at).toISOString(),
    analysis: a,
    meta: { clusterId: `c${s}-${Math.floor(at / 86_400_000)}-${Math.floor(r() * 40)}` },
  };
}

const pct = (xs: number[], p: number): number => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(p * xs.length))]!;

async function load(url: string, cookies: string[], total: number): Promise<number[]> {
  const times: number[] = [];
  let next = 0;
  const worker = async (cookie: string) => {
    while (next < total) {
      next++;
      const t0 = performance.now();
      const res = await fetch(url, { headers: { cookie } });
      await res.arrayBuffer();
      if (res.status !== 200) throw new Error(`${url}: HTTP ${res.status}`);
      times.push(performance.now() - t0);
    }
  };
  await Promise.all(cookies.map(worker));
  return times;
}

async function main(): Promise<void> {
  console.log(machineLine());
  const cacheDir = join(tmpdir(), 'pantau-bench-serve-cache');
  if (process.argv.includes('--fresh') || process.env.BENCH_SERVE_FRESH === '1') rmSync(cacheDir, { recursive: true, force: true });
  mkdirSync(cacheDir, { recursive: true });
  const cached = join(cacheDir, `serve-${N}.db`);
  const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-serve-'));
  const dbPath = join(dir, 'p.db');
  const start = Date.UTC(2026, 8, 1);
  const step = 86_400_000 / PER_DAY;
  // The generator is deterministic: the last instant depends only on N.
  const at = start + N * step;
  if (!existsSync(cached)) {
    const f0 = performance.now();
    const fill = new SqliteStore(`${cached}.part`);
    let t = start;
    for (let stored = 0; stored < N; stored += BATCH) {
      const n = Math.min(BATCH, N - stored);
      await fill.upsertMentions(Array.from({ length: n }, () => mention((t += step))));
    }
    await fill.close();
    renameSync(`${cached}.part`, cached);
    console.log(`stored ${N.toLocaleString('en-US')} mentions over ${Math.round((t - start) / 86_400_000)} days in ${((performance.now() - f0) / 1000).toFixed(0)} s (kept in ${cached})`);
  } else console.log(`reusing ${cached} (${N.toLocaleString('en-US')} mentions; --fresh makes a new one)`);
  copyFileSync(cached, dbPath);
  const store = new SqliteStore(dbPath);
  try {
    const day = localDay(at, 'Asia/Jakarta');
    console.log(`asking for ${day}`);
    const hash = await hashPassword('bench-password-123');
    await store.putUser({ username: 'bench', role: 'humas', passwordHash: hash, createdAt: new Date().toISOString(), updatedAt: new Date().toISOString() });
    const config = parseConfig({ storage: { driver: 'sqlite', path: dbPath }, analysis: { homeRegion: '15.71' } }, { env: {} });
    const app = await buildServer(await serverDeps(config, store, silentLogger, () => at), { loginPerMinute: 1000 });
    const base = await app.listen({ host: '127.0.0.1', port: 0 });
    try {
      const cookies: string[] = [];
      for (let c = 0; c < CLIENTS; c++) {
        const res = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'bench', password: 'bench-password-123' }) });
        cookies.push(res.headers.get('set-cookie')!.split(';')[0]!);
      }
      const issuesUrl = `${base}/api/issues?date=${day}`;
      const c0 = performance.now();
      await fetch(issuesUrl, { headers: { cookie: cookies[0]! } }).then((x) => x.arrayBuffer());
      const cold = performance.now() - c0;
      const rss = process.memoryUsage().rss;
      const issues = await load(issuesUrl, cookies, REQUESTS);
      console.log(`GET /api/issues?date=${day}: cold (map built) ${cold.toFixed(0)} ms; then ${REQUESTS} requests from ${CLIENTS} concurrent clients: p50 ${pct(issues, 0.5).toFixed(1)} ms, p95 ${pct(issues, 0.95).toFixed(1)} ms, p99 ${pct(issues, 0.99).toFixed(1)} ms (RSS ${(rss / 2 ** 20).toFixed(0)} MiB)`);
      const mentions = await load(`${base}/api/mentions?from=${day}&to=${day}&sentiment=negative&limit=50`, cookies, REQUESTS);
      console.log(`GET /api/mentions (a day, negative, 50 per page): ${REQUESTS} requests from ${CLIENTS} concurrent clients: p50 ${pct(mentions, 0.5).toFixed(1)} ms, p95 ${pct(mentions, 0.95).toFixed(1)} ms, p99 ${pct(mentions, 0.99).toFixed(1)} ms`);
    } finally {
      await app.close();
    }
  } finally {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
