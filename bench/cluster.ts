// node dist/bench/cluster.js — cost per mention of the story clusterer on three streams: varied
// texts (every story different), near-duplicates (one copy-paste campaign with small edits, as a
// "buzzer" operation posts it) and identical copies. The cost per mention must not grow with how
// similar the stream is. Prints figures; asserts nothing about time.
import { StoryClusterer } from '../analyzers/cluster/index.js';
import { mulberry32 as rng } from '../analyzers/shared/random.js';

const N = Number(process.env.BENCH_DOCS ?? 30_000);

/** Deterministic PRNG (mulberry32), so every run sees the same streams. */
const WORDS = (
  'banjir jalan rusak warga kelurahan kecamatan pemkot jambi dinas bantuan sosial sampah pasar ' +
  'sekolah rumah sakit puskesmas air listrik padam jembatan drainase hujan deras wali kota camat ' +
  'lurah program anggaran tahun ini laporan keluhan pelayanan publik antrean kartu vaksin posyandu ' +
  'angkutan terminal parkir pedagang harga beras minyak gas elpiji pupuk petani nelayan sungai batanghari'
).split(' ');

function sentence(r: () => number, n: number): string {
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(WORDS[Math.floor(r() * WORDS.length)]!);
  return out.join(' ');
}

function varied(n: number): string[] {
  const r = rng(1);
  return Array.from({ length: n }, () => sentence(r, 60));
}

function nearDuplicates(n: number): string[] {
  const r = rng(2);
  const template = sentence(r, 60).split(' ');
  return Array.from({ length: n }, (_, i) => {
    const words = [...template];
    // two or three words changed, a handle and a number appended: the campaign's small edits
    for (let k = 0; k < 3; k++) words[Math.floor(r() * words.length)] = WORDS[Math.floor(r() * WORDS.length)]!;
    return `${words.join(' ')} @akun${i % 500} ${i}`;
  });
}

function identical(n: number): string[] {
  const text = sentence(rng(3), 60);
  return Array.from({ length: n }, () => text);
}

function run(label: string, texts: string[]): void {
  const c = new StoryClusterer();
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const clusters = new Set<string>();
  texts.forEach((t, i) => clusters.add(c.assign(`m${i}`, t)));
  const cpu = process.cpuUsage(c0);
  const wall = performance.now() - t0;
  console.log(
    `${label.padEnd(16)} ${((wall * 1000) / texts.length).toFixed(1).padStart(8)} µs/mention wall, ${(((cpu.user + cpu.system) / texts.length)).toFixed(1).padStart(8)} µs CPU  (${texts.length} mentions, ${clusters.size} clusters)`,
  );
}

run('varied', varied(N));
run('near-duplicates', nearDuplicates(N));
run('identical', identical(N));
