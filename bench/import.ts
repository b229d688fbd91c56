// npm run bench:import — imports generated files through the real pipeline runner and SQLite store,
// each part in its own process under --max-old-space-size=384 (the heap the README recommends), and
// prints rows/s and peak RSS:
//   1. a social `import` source: a 1,000,000-row CSV (≈ 95 bytes a row, as a listening tool exports
//      comments) → normalize → dedupe → cluster → store, without analysis (as bench:crawl);
//      BENCH_ANALYZE_CSV=1 analyzes it too;
//   2. `pantau import`: 100,000 JSONL mentions (news and social), with the full analyzer chain.
// Files are written to a temp dir first (not timed) and removed at the end. BENCH_ROWS and
// BENCH_MENTIONS change the sizes. Texts are varied on purpose (random words, not a few templates):
// near-identical streams are the story clusterer's own benchmark case (issue 17.2), not the importer's.
import { spawn } from 'node:child_process';
import { createWriteStream, mkdtempSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { rng } from './corpus.js';

const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const MENTIONS = Number(process.env.BENCH_MENTIONS ?? 100_000);
const HEAP_MB = 384;

const WORDS = (
  'warga jalan rusak banjir sampah pelayanan kelurahan kecamatan posko bantuan sembako sekolah air pdam macet lampu ' +
  'pasar harga cabai beras pemkot wali kota dinas camat lurah puskesmas rumah sakit ktp kk bansos taman trotoar drainase ' +
  'parit genangan hujan deras surut pengungsi relawan petugas bpbd pupr dlh dinkes disdukcapil angkutan bus ojek parkir ' +
  'liar pedagang kaki lima izin usaha pajak retribusi listrik padam sinyal internet wifi gratis pelatihan umkm pinjaman ' +
  'modal pasar murah operasi lansia disabilitas anak stunting gizi imunisasi vaksin demam berdarah fogging nyamuk tolong ' +
  'kapan kenapa mohon segera terima kasih mantap kecewa lambat cepat bagus buruk parah sekali banget min kak pak bu'
).split(' ');
const PLACES = ['Telanaipura', 'Kota Baru', 'Jelutung', 'Alam Barajo', 'Paal Merah', 'Pasar Jambi', 'Kenali Besar', 'Legok', 'Talang Banjar', 'Danau Sipin'];

function sentence(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  if (r() < 0.5) out.splice(Math.floor(r() * n), 0, `di ${PLACES[Math.floor(r() * PLACES.length)]}`);
  return out.join(' ');
}

async function write(path: string, rows: number, line: (i: number) => string, header?: string): Promise<void> {
  const out = createWriteStream(path);
  if (header) out.write(header + '\n');
  for (let i = 0; i < rows; i++) {
    if (!out.write(line(i) + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
  }
  await new Promise<void>((resolve, reject) => out.end((e?: Error | null) => (e ? reject(e) : resolve())));
}

async function generate(dir: string): Promise<{ csv: string; jsonl: string }> {
  const r = rng(11);
  const csv = join(dir, 'comments.csv');
  await write(
    csv,
    ROWS,
    (i) => {
      const d = 1 + (i % 28);
      return `${i},instagram,warga${i % 50_000},${String(d).padStart(2, '0')}/11/2026 ${String(i % 24).padStart(2, '0')}.${String(i % 60).padStart(2, '0')},${sentence(r, 6 + Math.floor(r() * 4))},https://www.instagram.com/p/P${Math.floor(i / 40)}/`;
    },
    'id,platform,author,date,text,url',
  );
  const jsonl = join(dir, 'mentions.jsonl');
  await write(jsonl, MENTIONS, (i) => {
    const news = r() < 0.5;
    const day = `2026-11-${String(1 + (i % 28)).padStart(2, '0')}`;
    return JSON.stringify(
      news
        ? {
            url: `https://berita${i % 40}.test/${day}/artikel-${i}`,
            title: sentence(r, 8),
            text: Array.from({ length: 4 }, () => sentence(r, 30 + Math.floor(r() * 30)) + '.').join('\n\n'),
            publishedAt: `${day} 0${i % 10}.${String(i % 60).padStart(2, '0')}`,
            source: `berita${i % 40}`,
          }
        : {
            url: `https://x.test/warga${i % 5000}/status/${i}`,
            text: sentence(r, 10 + Math.floor(r() * 20)),
            publishedAt: `${1 + (i % 28)} November 2026 ${String(i % 24).padStart(2, '0')}.${String(i % 60).padStart(2, '0')} WIB`,
            source: 'x',
            kind: 'social',
            author: `@warga${i % 5000}`,
            engagement: { likes: i % 300, replies: i % 7 },
          },
    );
  });
  return { csv, jsonl };
}

/** One part, in this (child) process: the pipeline over one file, then one line of figures. */
async function part(which: 'csv' | 'mentions', file: string, dir: string): Promise<void> {
  const { parseConfig } = await import('../src/core/config.js');
  const { createLogger } = await import('../src/core/log.js');
  const { crawlSource } = await import('../src/pipeline/runner.js');
  const { openPipeline } = await import('../src/cli/runtime.js');
  const { createMentionsFileCrawler, importSource } = await import('../crawlers/social/mentions-file.js');
  const analyze = which === 'mentions' || process.env.BENCH_ANALYZE_CSV === '1';
  const config = parseConfig({
    storage: { driver: 'sqlite', path: join(dir, `${which}.db`), batchSize: 200 },
    sources: which === 'csv' ? [{ id: 'ig-import', kind: 'import', url: file }] : [],
  });
  const log = createLogger({ level: 'warn' });
  const peak = { heapUsed: 0 };
  const sampler = setInterval(() => (peak.heapUsed = Math.max(peak.heapUsed, process.memoryUsage().heapUsed)), 500);
  const start = performance.now();
  const p = await openPipeline(config, log, { analyze });
  const ready = performance.now();
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const result =
    which === 'csv'
      ? await crawlSource(config.sources[0]!, p.deps)
      : await crawlSource(importSource(file), {
          ...p.deps,
          crawlers: { get: () => createMentionsFileCrawler({ format: 'jsonl', timezone: config.timezone }) },
        });
  const s = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  await p.close();
  const c = result.counts;
  const n = c.indexed + c.duplicate + c.dropped + c.failed;
  const mb = (b: number) => (b / 1048576).toFixed(0);
  console.log(
    JSON.stringify({
      which,
      ok: result.ok,
      error: result.error,
      counts: c,
      rows: n,
      seconds: +s.toFixed(1),
      rowsPerSecond: Math.round(n / s),
      cpuSeconds: +((cpu.user + cpu.system) / 1e6).toFixed(1),
      startupSeconds: +((ready - start) / 1000).toFixed(1),
      peakRssMb: Math.round(process.resourceUsage().maxRSS / 1024),
      peakHeapMb: +mb(peak.heapUsed),
      analyzed: analyze,
    }),
  );
}

function child(args: string[]): Promise<Record<string, unknown>> {
  return new Promise((resolve, reject) => {
    const c = spawn(process.execPath, [`--max-old-space-size=${HEAP_MB}`, import.meta.filename, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    c.stdout.on('data', (b: Buffer) => (out += b.toString()));
    c.on('error', reject);
    c.on('close', (code) => {
      const last = out.trim().split('\n').pop() ?? '';
      if (code !== 0 || !last.startsWith('{')) reject(new Error(`bench part ${args[0]} exited ${code}: ${out.slice(-500)}`));
      else resolve(JSON.parse(last) as Record<string, unknown>);
    });
  });
}

if (process.argv[2] === 'csv' || process.argv[2] === 'mentions') {
  await part(process.argv[2], process.argv[3]!, process.argv[4]!);
} else {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-bench-import-'));
  try {
    const g0 = performance.now();
    const { csv, jsonl } = await generate(dir);
    const size = (f: string) => `${(statSync(f).size / 1e6).toFixed(0)} MB`;
    console.log(`generated ${ROWS.toLocaleString('en')} CSV rows (${size(csv)}) and ${MENTIONS.toLocaleString('en')} JSONL mentions (${size(jsonl)}) in ${((performance.now() - g0) / 1000).toFixed(0)} s`);
    for (const [which, file, what] of [
      ['csv', csv, `social import source, ${ROWS.toLocaleString('en')}-row CSV`],
      ['mentions', jsonl, `pantau import, ${MENTIONS.toLocaleString('en')} JSONL mentions`],
    ] as const) {
      const r = await child([which, file, dir]);
      console.log(
        `${what}${r.analyzed ? ', analyzed' : ', no analysis'} (heap cap ${HEAP_MB} MB): ${Number(r.rowsPerSecond).toLocaleString('en')} rows/s ` +
          `(${r.rows} rows in ${r.seconds} s, ${r.cpuSeconds} CPU-s; start-up ${r.startupSeconds} s not counted), ` +
          `peak RSS ${r.peakRssMb} MB, peak V8 heap ${r.peakHeapMb} MB — ${JSON.stringify(r.counts)}${r.ok ? '' : ` FAILED: ${r.error}`}`,
      );
    }
    console.log(`load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
