// Synthetic Indonesian corpus for benchmarks: news paragraphs from the demo material recombined, and
// social posts from templates with slang, emoji and repeated letters. Deterministic (seeded).
import { loadDemoMaterial } from '../src/cli/demo/site.js';

export function rng(seed = 42): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const SOCIAL = [
  'jalan di {place} rusak parah bgt, pemkot kemana aja sih?? 😡',
  'alhamdulillah pelayanan {org} skrg cepet bgt, mantap 👍',
  'banjir lagiii di {place}, udh 3 hari gak surut, tolong dong @pemkotjambi',
  'sampah numpuk di {place} bau bgt gak diangkut2 😷',
  'makasih {org} udh bantu warga {place}, keren!',
  'harga cabe naik terus, rakyat kecil makin susah...',
  'VIRAL!!! katanya air PDAM {place} beracun, sebarkan!!!',
  'gmn cara daftar bansos ya min? udah ke kelurahan {place} tp blm ada kabar',
  'macet parah di simpang {place} tiap sore, lampu merah mati',
  'taman baru di {place} bagus bgt, anak2 seneng main disana 😍',
];
const PLACES = ['Telanaipura', 'Kota Baru', 'Jelutung', 'Alam Barajo', 'Paal Merah', 'Pasar Jambi', 'Kenali Besar', 'Legok', 'Talang Banjar'];
const ORGS = ['Disdukcapil', 'Dinas PUPR', 'BPBD', 'Dinkes', 'DLH Kota Jambi'];

export interface BenchDoc {
  id: string;
  title?: string;
  text: string;
  kind: 'news' | 'social';
  publishedAt?: string;
}

/**
 * Crawled items nearly always carry a publication date (the hoax analyzer then uses its dated model):
 * nine docs in ten get one, derived from the index so the texts stay those of earlier runs.
 */
function dateOf(i: number): string | undefined {
  return i % 10 === 9 ? undefined : `2026-11-${String(1 + (i % 28)).padStart(2, '0')}T08:00:00+07:00`;
}

export function makeCorpus(n: number, seed = 7): BenchDoc[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const demo = loadDemoMaterial().articles;
  const out: BenchDoc[] = [];
  for (let i = 0; i < n; i++) {
    if (r() < 0.5) {
      const a = pick(demo);
      const b = pick(demo);
      out.push({ id: `n${i}`, title: a.title, text: [...a.body, ...b.body.slice(0, 1)].join('\n\n'), kind: 'news', publishedAt: dateOf(i) });
    } else {
      const t = pick(SOCIAL).replace('{place}', pick(PLACES)).replace('{org}', pick(ORGS));
      out.push({ id: `s${i}`, text: r() < 0.3 ? `${t} ${pick(SOCIAL).replace('{place}', pick(PLACES)).replace('{org}', pick(ORGS))}` : t, kind: 'social', publishedAt: dateOf(i) });
    }
  }
  return out;
}
