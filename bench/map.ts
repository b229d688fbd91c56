// bench:map — `pantau map --date D` over 1,000,000 stored mentions (generated: 90 days of a city's
// news and posts, ~11,000 a day, about matters that go on for days, in kelurahan and on streets,
// with syndicated copies, posts and national news), wall time, CPU time and peak RSS of the whole
// command as an office runs it (a fresh process). Issue ids of complete days are assigned when
// mentions are stored (issue 19): the bench first assigns them to every day before D the way
// `pantau import` does (bench/map-assign.ts, an import-side cost, printed per day and in total; kept
// beside the generated store), then maps D with its look-back ids stored and D's own not (the
// morning case: the first map of a day), again (the daily case), --format html and whatsapp, and
// last a copy of the store without any ids (an upgraded store: the map groups the 3 look-back days
// itself, the cold case). Then `pantau import` of 100,000 generated mentions (full analysis) into a
// fresh store, its rate. Prints figures, asserts nothing.
//   npm run bench:map [-- --mentions 1000000 --days 90 --import 100000 --keep DIR --fresh --reassign --verbose]
// (or BENCH_MAP_N, BENCH_MAP_DAYS, BENCH_MAP_IMPORT, BENCH_MAP_DIR). The generated store is kept in DIR
// (default $TMPDIR/pantau-bench-map-cache) and reused by the next run (filling a million mentions
// through Store.upsertMentions takes ~2 minutes), and so is the store with the ids assigned
// (--reassign assigns them again, --verbose prints each day); --fresh removes both first. Each run
// maps fresh copies of them.
import { spawnSync } from 'node:child_process';
import { copyFileSync, createWriteStream, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { emptyAnalysis, type Analysis, type Mention, type SentimentLabel } from '../src/core/types.js';
import { createStore } from '../src/store/index.js';
import { machineLine } from './measure.js';
import { rng } from './corpus.js';

function flag(name: string, env: string, dflt: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : (process.env[env] ?? dflt);
}
const N = Number(flag('mentions', 'BENCH_MAP_N', '1000000'));
const DAYS = Number(flag('days', 'BENCH_MAP_DAYS', '90'));
const IMPORT = Number(flag('import', 'BENCH_MAP_IMPORT', '100000'));
const KEEP = flag('keep', 'BENCH_MAP_DIR', join(tmpdir(), 'pantau-bench-map-cache'));
const FRESH = process.argv.includes('--fresh');
/** Assign the ids again even when the assigned store is kept. */
const REASSIGN = process.argv.includes('--reassign');
/** Print the assignment's line per day. */
const VERBOSE = process.argv.includes('--verbose');
const BIN = join(import.meta.dirname, '..', 'src', 'cli', 'main.js');

const VILLAGES: [string, string][] = [
  ['15.71.03.1010', 'Tanjung Pinang'], ['15.71.03.1001', 'Sijenjang'], ['15.71.03.1003', 'Talang Banjar'], ['15.71.10.1003', 'Legok'],
  ['15.71.09.1001', 'Kenali Besar'], ['15.71.09.1003', 'Mayang Mangurai'], ['15.71.07.1004', 'Paal Lima'], ['15.71.08.1006', 'Jelutung'],
  ['15.71.11.1004', 'Lingkar Selatan'], ['15.71.01.1001', 'Simpang IV Sipin'], ['15.71.04.1003', 'Pasar Jambi'], ['15.71.02.1006', 'Pakuan Baru'],
];
const STREETS = ['Lingkar Barat', 'Kapten Pattimura', 'Sumantri Brojonegoro', 'Sunan Kalijaga', 'Kolonel Abunjani', 'Gatot Subroto', 'Hayam Wuruk', 'Sultan Thaha'];
const MATTERS: { topic: string; words: string[]; opd: string; neg: number }[] = [
  { topic: 'banjir-lingkungan', words: ['banjir', 'rendam', 'rumah', 'warga', 'mengungsi', 'drainase', 'parit', 'air', 'hujan', 'posko'], opd: 'BPBD Kota Jambi', neg: 0.7 },
  { topic: 'infrastruktur', words: ['jalan', 'rusak', 'berlubang', 'aspal', 'pengendara', 'terjatuh', 'tambal', 'perbaikan', 'lubang', 'truk'], opd: 'Dinas PUPR Kota Jambi', neg: 0.75 },
  { topic: 'banjir-lingkungan', words: ['sampah', 'menumpuk', 'bau', 'tps', 'diangkut', 'armada', 'pasar', 'pedagang', 'lalat', 'kebersihan'], opd: 'Dinas Lingkungan Hidup Kota Jambi', neg: 0.6 },
  { topic: 'sosial-bansos', words: ['bansos', 'blt', 'tautan', 'daftar', 'hoaks', 'pesan', 'berantai', 'data', 'penerima', 'dtks'], opd: 'Dinas Sosial Kota Jambi', neg: 0.4 },
  { topic: 'kesehatan', words: ['dbd', 'demam', 'berdarah', 'fogging', 'puskesmas', 'pasien', 'jentik', 'nyamuk', 'anak', 'dirawat'], opd: 'Dinas Kesehatan Kota Jambi', neg: 0.55 },
  { topic: 'kependudukan', words: ['ktp', 'dukcapil', 'antrean', 'perekaman', 'layanan', 'kartu', 'keluarga', 'blanko', 'kecamatan', 'jemput'], opd: 'Disdukcapil Kota Jambi', neg: 0.35 },
  { topic: 'ekonomi-harga', words: ['harga', 'cabai', 'beras', 'naik', 'pedagang', 'pembeli', 'operasi', 'pasar', 'murah', 'minyak'], opd: 'Disperindag Kota Jambi', neg: 0.45 },
  { topic: 'transportasi', words: ['macet', 'lampu', 'lalu', 'lintas', 'simpang', 'parkir', 'jukir', 'dishub', 'kendaraan', 'antrean'], opd: 'Dinas Perhubungan Kota Jambi', neg: 0.6 },
  { topic: 'pariwisata-budaya', words: ['festival', 'pengunjung', 'umkm', 'bazar', 'lomba', 'budaya', 'tanggo', 'rajo', 'perahu', 'meriah'], opd: 'Disbudpar Kota Jambi', neg: 0.05 },
];
const FILLER = ['kata', 'menurut', 'warga', 'setempat', 'pada', 'hari', 'ini', 'yang', 'sudah', 'sejak', 'pekan', 'lalu', 'mereka', 'berharap', 'pemerintah', 'segera', 'menangani', 'kondisi', 'tersebut', 'di', 'kawasan'];
const OUTSIDE = ['presiden', 'menteri', 'jakarta', 'dpr', 'nasional', 'timnas', 'gempa', 'jepang', 'harga', 'emas', 'semarang', 'bandung', 'medan', 'pilkada', 'kpk'];
const OUTLETS = ['jambi-ekspres', 'tribun-jambi', 'jambi-one', 'jambi-update', 'metro-jambi', 'antara-jambi'];
const NATIONAL = ['kompas', 'detik', 'cnn-indonesia'];

interface Matter {
  key: string;
  kind: number;
  village: [string, string];
  street?: string;
  extra: string[];
  until: number;
}

/** Yields the mentions day by day, in time order. */
export function* generate(n: number, days: number, seed = 11): Generator<Mention> {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const perDay = Math.floor(n / days);
  const t0 = Date.UTC(2026, 7, 1) - 7 * 3_600_000; // local midnight WIB
  let active: Matter[] = [];
  let serial = 0;
  let id = 0;
  for (let d = 0; d < days; d++) {
    active = active.filter((m) => m.until >= d);
    while (active.length < 80) {
      const kind = Math.floor(r() * MATTERS.length);
      active.push({
        key: `m${serial++}`,
        kind,
        village: pick(VILLAGES),
        ...(MATTERS[kind]!.topic === 'infrastruktur' ? { street: pick(STREETS) } : {}),
        extra: Array.from({ length: 3 }, () => `kata${Math.floor(r() * 5000)}`),
        until: d + Math.floor(r() * 5),
      });
    }
    // Zipf-like sizes: a few big matters, many small ones.
    const weights = active.map((_, i) => 1 / (i + 1) ** 0.9);
    const sum = weights.reduce((a, b) => a + b, 0);
    const count = d === days - 1 ? n - id : perDay;
    let lastCopy: { title: string; text: string; cluster: string } | undefined;
    for (let k = 0; k < count; k++) {
      const ms = t0 + d * 86_400_000 + Math.floor((k / count) * 86_400_000);
      const at = new Date(ms).toISOString();
      const i = id++;
      const outside = r() < 0.15;
      const social = !outside && r() < 0.5;
      const a: Analysis = { ...emptyAnalysis(), language: 'id', versions: { bench: '1' } };
      let title: string;
      let text: string;
      let sourceId: string;
      let cluster = `c${i}`;
      if (outside) {
        const ws = Array.from({ length: 12 }, () => pick(OUTSIDE));
        title = ws.slice(0, 7).join(' ');
        text = `${ws.join(' ')} ${Array.from({ length: 40 }, () => pick(FILLER)).join(' ')}.`;
        sourceId = pick(NATIONAL);
        a.topics = ['politik-pilkada'];
        a.regions = [{ code: '31.71', name: 'Kota Jakarta Pusat', level: 'regency' }];
      } else {
        let x = r() * sum;
        let j = 0;
        while (j < weights.length - 1 && (x -= weights[j]!) > 0) j++;
        const m = active[j]!;
        const def = MATTERS[m.kind]!;
        const words = Array.from({ length: 8 }, () => pick(def.words));
        const place = r() < 0.7 ? m.village[1] : '';
        if (social) {
          text = `${words.slice(0, 5).join(' ')} ${place.toLowerCase()} ${m.extra[0]} udh ${pick(['parah', 'bgt', 'tolong', 'kapan', 'kemana'])} ${pick(['😡', '😭', '👍', ''])}`.trim();
          title = text.slice(0, 80);
          sourceId = pick(['x', 'facebook', 'instagram', 'tiktok']);
        } else if (lastCopy && r() < 0.15) {
          title = lastCopy.title;
          text = `${lastCopy.text} Baca juga berita lainnya.`;
          cluster = lastCopy.cluster;
          sourceId = pick(OUTLETS);
        } else {
          title = `${words.slice(0, 4).join(' ')} ${m.street ? `Jalan ${m.street}` : ''} ${place}`.replace(/\s+/g, ' ').trim();
          text = `JAMBI - ${words.join(' ')} di ${m.street ? `Jalan ${m.street}, ` : ''}Kelurahan ${m.village[1]}. ${m.extra.join(' ')} ${Array.from({ length: 60 }, () => pick(FILLER)).join(' ')}. ${def.opd} ${pick(def.words)} ${pick(def.words)}.`;
          sourceId = pick(OUTLETS);
          lastCopy = { title, text, cluster };
        }
        a.topics = [def.topic];
        a.regions = [
          ...(place || !social ? [{ code: m.village[0], name: m.village[1], level: 'village' as const }] : []),
          { code: '15.71', name: 'Kota Jambi', level: 'regency' },
        ];
        a.entities = social ? [] : [{ text: def.opd, type: 'organization' }];
        const neg = r() < def.neg;
        const label: SentimentLabel = neg ? 'negative' : r() < 0.5 ? 'neutral' : 'positive';
        a.sentiment = { label, score: label === 'negative' ? -0.8 : label === 'positive' ? 0.7 : 0 };
      }
      const url = `https://${sourceId}.example/${d}/${i}`;
      yield {
        id: `bm${i}`,
        sourceId,
        kind: social ? 'social' : 'news',
        url,
        canonicalUrl: url,
        title,
        text,
        publishedAt: at,
        fetchedAt: at,
        analysis: a,
        meta: { clusterId: cluster, ...(social ? { authorHandle: `akun${i % 3000}`, engagement: { likes: i % 50, shares: i % 7 } } : {}) },
      };
    }
  }
}

/** One `pantau` command in a fresh process: wall time, CPU time (user + system) and peak RSS. */
function timed(args: string[], cli = true): { wallS: number; cpuS: number; rssMb: number; code: number | null; err: string; out: string } {
  const t0 = performance.now();
  const r = spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...(cli ? [BIN] : []), ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  const wallS = (performance.now() - t0) / 1000;
  const lines = r.stderr.trim().split('\n');
  const [rssKb, user, sys] = lines[lines.length - 1]!.split(' ').map(Number);
  return { wallS, cpuS: user! + sys!, rssMb: rssKb! / 1024, code: r.status, err: lines.slice(0, -1).join('\n'), out: r.stdout };
}

async function main(): Promise<void> {
  console.log(`bench:map — ${machineLine()}`);
  if (FRESH) rmSync(KEEP, { recursive: true, force: true });
  const dir = KEEP || mkdtempSync(join(tmpdir(), 'pantau-bench-map-'));
  const dbName = `bench-${N}-${DAYS}.db`;
  const reuse = !!KEEP && existsSync(join(dir, dbName));
  if (KEEP) mkdirSync(dir, { recursive: true });
  try {
    const cfg = join(dir, 'pantau.config.yaml');
    writeFileSync(cfg, 'storage: { path: work.db }\nanalysis: { homeRegion: "15.71" }\n');
    if (reuse) console.log(`reusing ${join(dir, dbName)}`);
    else {
      // Filled under another name: an interrupted fill is never reused.
      await fill(join(dir, `${dbName}.part`));
      renameSync(join(dir, `${dbName}.part`), join(dir, dbName));
    }
    const day = new Date(Date.UTC(2026, 7, 1) + (DAYS - 1) * 86_400_000).toISOString().slice(0, 10);
    const report = (what: string, r: ReturnType<typeof timed>): void =>
      console.log(`${what.padEnd(62)} ${r.wallS.toFixed(2).padStart(6)} s wall ${r.cpuS.toFixed(2).padStart(6)} s CPU   peak RSS ${r.rssMb.toFixed(0).padStart(5)} MB${r.code ? `   FAILED ${r.err}` : ''}`);
    // The import-side cost: the ids of every complete day before D assigned as `pantau import` assigns
    // them after storing (bench/map-assign.ts, one process, oldest day first), kept beside the store.
    const idsName = `bench-${N}-${DAYS}-ids.db`;
    if (!existsSync(join(dir, idsName)) || REASSIGN) {
      copyFileSync(join(dir, dbName), join(dir, 'work.db'));
      const r = timed([join(import.meta.dirname, 'map-assign.js'), cfg, day], false);
      if (r.code) throw new Error(`map-assign failed: ${r.err}`);
      const lines = r.out.trim().split('\n');
      const sum = JSON.parse(lines[lines.length - 1]!) as { days: number; written: number; cpuS: number; perDayCpuS: { min: number; median: number; max: number } };
      const line = `issue ids at import: ${sum.days} days, ${sum.written.toLocaleString('en')} ids, ${r.wallS.toFixed(1)} s wall ${r.cpuS.toFixed(1)} s CPU (per day ${sum.perDayCpuS.min.toFixed(2)}–${sum.perDayCpuS.max.toFixed(2)} s CPU, median ${sum.perDayCpuS.median.toFixed(2)}), peak RSS ${r.rssMb.toFixed(0)} MB`;
      if (VERBOSE) for (const l of lines.slice(0, -1)) console.log(`  ${l}`);
      console.log(line);
      writeFileSync(join(dir, `${idsName}.txt`), `${new Date().toISOString()} ${machineLine()}\n${r.out}${line}\n`);
      renameSync(join(dir, 'work.db'), join(dir, idsName));
    } else {
      const txt = readFileSync(join(dir, `${idsName}.txt`), 'utf8').trim().split('\n');
      console.log(`reusing ${join(dir, idsName)}; measured ${txt[0]}:\n${txt[txt.length - 1]}`);
    }
    copyFileSync(join(dir, idsName), join(dir, 'work.db'));
    const runs: [string, string[]][] = [
      ['map --date D (morning: look-back ids stored at import, D\'s not)', ['map', '--date', day, '--format', 'json', '--out', join(dir, 'e.json'), '--config', cfg]],
      ['map --date D (daily case: again, D\'s ids stored too)', ['map', '--date', day, '--format', 'json', '--out', join(dir, 'b.json'), '--config', cfg]],
      ['map --date D --format html', ['map', '--date', day, '--format', 'html', '--out', join(dir, 'c.html'), '--config', cfg]],
      ['map --date D --format whatsapp', ['map', '--date', day, '--format', 'whatsapp', '--out', join(dir, 'd.txt'), '--config', cfg]],
    ];
    for (const [what, args] of runs) report(what, timed(args));
    // Secondary: a store without ids (an upgraded store, or an import with --no-map-ids): the map
    // groups its 3 look-back days itself (the cold case).
    copyFileSync(join(dir, dbName), join(dir, 'work.db'));
    report('map --date D, store without ids (upgraded: maps 3 more days)', timed(['map', '--date', day, '--format', 'json', '--out', join(dir, 'a.json'), '--config', cfg]));
    if (IMPORT > 0) {
      const file = join(dir, 'import.jsonl');
      const out = createWriteStream(file);
      for (const m of generate(IMPORT, Math.max(1, Math.round(IMPORT / 11_000)), 23)) {
        out.write(`${JSON.stringify({ url: m.url, title: m.kind === 'news' ? m.title : undefined, text: m.text, publishedAt: m.publishedAt, source: m.sourceId, kind: m.kind, author: m.meta?.authorHandle })}\n`);
      }
      await new Promise<void>((res) => out.end(res));
      const icfg = join(dir, 'import.yaml');
      rmSync(join(dir, 'import.db'), { force: true });
      writeFileSync(icfg, 'storage: { path: import.db }\nanalysis: { homeRegion: "15.71" }\n');
      const r = timed(['import', file, '--config', icfg]);
      console.log(`pantau import of ${IMPORT.toLocaleString('en')} mentions (full analysis)`.padEnd(62) + ` ${r.wallS.toFixed(1).padStart(6)} s wall ${r.cpuS.toFixed(1)} s CPU   ${(IMPORT / r.wallS).toFixed(0)} mentions/s (wall), ${(IMPORT / r.cpuS).toFixed(0)}/CPU-s   peak RSS ${r.rssMb.toFixed(0)} MB${r.code ? `   FAILED ${r.err}` : ''}`);
      rmSync(join(dir, 'import.db'), { force: true });
    }
  } finally {
    if (KEEP) rmSync(join(dir, 'work.db'), { force: true });
    else rmSync(dir, { recursive: true, force: true });
  }
}

/** The generated mentions into a fresh store, in batches, through Store.upsertMentions. */
async function fill(path: string): Promise<void> {
  const store = await createStore({ driver: 'sqlite', path });
  const t0 = performance.now();
  let batch: Mention[] = [];
  let stored = 0;
  for (const m of generate(N, DAYS)) {
    batch.push(m);
    if (batch.length === 2000) {
      stored += (await store.upsertMentions(batch)).written;
      batch = [];
    }
  }
  if (batch.length) stored += (await store.upsertMentions(batch)).written;
  await store.close();
  const fillS = (performance.now() - t0) / 1000;
  console.log(`stored ${stored.toLocaleString('en')} generated mentions over ${DAYS} days in ${fillS.toFixed(0)} s (${(stored / fillS).toFixed(0)}/s, generation + Store.upsertMentions)`);
}

// Run as a script (node dist/bench/map.js); imported (profiling), only generate() is used.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].split('/').slice(-2).join('/'))) await main();
