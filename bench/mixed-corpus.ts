// Generated input for `npm run bench:analyze-cli`: JSON lines alternating an SmSA-style review
// ({"text"}: lower-case, space-separated punctuation) and a circulated-hoax-style narrative
// ({"title", "text"}: chain-message formulas, health and scam claims, names, numbers, links, emoji,
// shouting), deterministic (seeded). The vocabulary is open-ended like real text: besides common
// words, some tokens are Indonesian root words (Sastrawi's list, shipped with `natural`) with affixes,
// drawn Zipf-like, so the analyzers' per-word memos (stems, normalized tokens, n-gram slots) miss
// about as often as on real data instead of hitting on a closed template vocabulary.
// The same kind of file can be built from the licensed corpora instead (fromShared: SmSA train reviews
// and FakeNewsID train claims), as the issue-18 throughput check does; those are never copied here.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { rng } from './corpus.js';

const require = createRequire(import.meta.url);

type Rand = () => number;
const pick = <T>(r: Rand, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
/** Zipf-like index into a list: low indices much more often. */
const zipf = (r: Rand, n: number): number => Math.min(n - 1, Math.floor(n * r() ** 3));

const PREFIXES = ['', '', 'me', 'di', 'ber', 'ter', 'pe', 'se', 'ke', 'mem', 'men', 'meng', 'per'];
const SUFFIXES = ['', '', '', 'kan', 'an', 'nya', 'i', 'lah', 'pun'];

class Vocab {
  private readonly roots: string[];
  constructor(r: Rand, size: number) {
    const all = (require('natural/lib/natural/stemmers/indonesian/data/kata-dasar.json') as string[]).filter((w) => /^[a-z]{3,}$/.test(w));
    // A fixed random subset, in random order (the Zipf head is then a random set of roots).
    const roots: string[] = [];
    for (let i = 0; i < size; i++) roots.push(all[Math.floor(r() * all.length)]!);
    this.roots = roots;
  }

  word(r: Rand): string {
    const root = this.roots[zipf(r, this.roots.length)]!;
    const p = PREFIXES[zipf(r, PREFIXES.length)]!;
    const s = SUFFIXES[zipf(r, SUFFIXES.length)]!;
    return p + root + s;
  }
}

const REVIEW_OPEN = [
  'tempat nya nyaman banget', 'pelayanan di sini ramah', 'makanan nya enak', 'saya kecewa dengan pelayanan', 'baru pertama kali ke sini',
  'harga nya terjangkau', 'restoran ini selalu ramai', 'aplikasi ini sering error', 'kamar hotel nya bersih', 'antrian nya panjang sekali',
  'sinyal di daerah saya jelek', 'paket data cepat habis', 'pengiriman nya cepat', 'barang sampai dalam keadaan rusak', 'cs nya lambat merespon',
  'suasana nya cocok untuk keluarga', 'parkir nya sempit', 'menu nya bervariasi', 'rasa nya biasa saja', 'pemandangan nya indah',
];
const REVIEW_MID = [
  'porsi nya besar', 'harga sebanding dengan rasa', 'pelayan nya kurang sigap', 'tidak sesuai dengan foto', 'sangat direkomendasikan',
  'kami menunggu hampir satu jam', 'minuman nya segar', 'toilet nya kotor', 'ac nya tidak dingin', 'wifi gratis dan kencang',
  'sambal nya juara', 'nasi nya keras', 'bumbu nya meresap', 'staf nya sopan', 'tidak akan kembali lagi', 'lokasi strategis dekat jalan raya',
  'mantap pokok nya', 'kurang bersih', 'cocok buat nongkrong', 'gak worth it', 'bikin nagih', 'pas untuk makan siang',
];
const REVIEW_CLOSE = ['pasti balik lagi', 'semoga lebih baik ke depan nya', 'recommended', 'kapok deh', 'terima kasih', 'sukses terus', 'tolong diperbaiki', 'lumayan lah'];
const INTENS = ['sangat', 'banget', 'sekali', 'agak', 'kurang', 'terlalu', 'cukup'];

const NAMES = ['Joko Widodo', 'Prabowo Subianto', 'Anies Baswedan', 'Ganjar Pranowo', 'Sri Mulyani', 'Ridwan Kamil', 'Erick Thohir', 'Mahfud MD', 'Budi Gunadi Sadikin', 'Luhut Binsar Pandjaitan'];
const PLACES = ['Jakarta', 'Surabaya', 'Bandung', 'Medan', 'Makassar', 'Jambi', 'Palembang', 'Semarang', 'Yogyakarta', 'Denpasar', 'Pontianak', 'Kabupaten Bogor', 'Kota Bekasi', 'Sleman', 'Garut'];
const ORGS = ['Kementerian Kesehatan', 'WHO', 'BPJS Kesehatan', 'Bank Indonesia', 'KPU', 'Polri', 'TNI', 'PLN', 'Pertamina', 'BMKG', 'Kominfo', 'MUI', 'DPR', 'Bawaslu'];
const TITLES = [
  'VIRAL! {org} Akui {claim}', 'Pesan Berantai: {claim}', 'Video {name} {claim}', 'Foto {place} Tenggelam Akibat {event}', 'Beredar Surat {org} Soal {claim}',
  'AWAS!!! {claim}', 'Info Penting dari {org}', '{name} Ditangkap karena {claim}', 'Bantuan Rp {money} dari {org} untuk Warga {place}', 'Hati-hati {event} di {place} Malam Ini',
];
const CLAIMS = [
  'vaksin mengandung chip pelacak', 'air kelapa muda menyembuhkan covid', 'pemilu akan ditunda', 'minyak goreng palsu beredar', 'penculikan anak marak',
  'gempa besar akan terjadi besok', 'uang kertas baru ditarik', 'masker menyebabkan penyakit paru', 'bawang putih mencegah kanker', 'surat suara sudah dicoblos',
  'jaringan 5G menyebarkan virus', 'telur palsu dari plastik', 'kartu prakerja dibuka lagi', 'bpjs dihapus mulai bulan depan', 'listrik padam total tiga hari',
];
const EVENTS = ['banjir bandang', 'tsunami', 'gempa', 'kerusuhan', 'pemadaman listrik', 'razia', 'wabah', 'badai'];
const SENTENCES = [
  'Telah beredar kabar bahwa {claim} di wilayah {place} dan sekitarnya.',
  'Menurut sumber dari {org}, {claim} sejak tanggal {day} {month} {year}.',
  '{name} dalam video yang beredar mengatakan bahwa {claim}.',
  'Warga {place} diminta waspada karena {event} diperkirakan terjadi pukul {hour}.00 WIB.',
  'Pesan ini diteruskan dari grup sebelah, katanya {claim}.',
  'Seorang dokter di rumah sakit {place} membenarkan bahwa {claim}, namun meminta namanya tidak disebut.',
  'Pemerintah menyembunyikan fakta ini dari masyarakat!!',
  'Jangan percaya media mainstream, mereka dibayar untuk diam.',
  'Sudah {num} orang menjadi korban di {place} minggu ini.',
  'Selamat! Nomor Anda terpilih mendapatkan hadiah Rp {money} dari {org}. Klik link berikut untuk klaim: {url}',
  'Daftar sekarang sebelum kuota habis di {url}',
  'Cukup minum rebusan daun sirsak {num} kali sehari, dijamin sembuh total.',
  'Info ini valid dari teman yang bekerja di {org} {place}.',
  'Mohon disebarkan ke keluarga dan teman-teman agar tidak menjadi korban.',
  'SEBARKAN SEBELUM DIHAPUS!!!',
  'Ini bukan hoaks, sudah dikonfirmasi oleh pihak {org}.',
  'Kejadian ini terjadi di {place} kemarin sore dan videonya sudah viral di media sosial.',
  'Bagi yang punya anak kecil harap hati-hati, pelaku menggunakan mobil warna {color}.',
  'Mulai besok semua warga wajib membawa surat keterangan dari {org}.',
  'Tolong bantu share ya, kasihan {name} difitnah terus 🙏🙏',
  'Astaghfirullah, ternyata {claim} 😱😱',
  'Baca sampai habis, jangan cuma dibaca judulnya.',
];
const MONTHS = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
const COLORS = ['putih', 'hitam', 'merah', 'abu-abu', 'silver'];

function fill(r: Rand, s: string): string {
  return s.replace(/\{(\w+)\}/g, (_m, k: string) => {
    switch (k) {
      case 'name': return pick(r, NAMES);
      case 'place': return pick(r, PLACES);
      case 'org': return pick(r, ORGS);
      case 'claim': return pick(r, CLAIMS);
      case 'event': return pick(r, EVENTS);
      case 'day': return String(1 + Math.floor(r() * 28));
      case 'month': return pick(r, MONTHS);
      case 'year': return String(2019 + Math.floor(r() * 7));
      case 'hour': return String(Math.floor(r() * 24)).padStart(2, '0');
      case 'num': return String(2 + Math.floor(r() * 300));
      case 'money': return `${1 + Math.floor(r() * 99)}.000.000`;
      case 'url': return `https://${pick(r, ['bit.ly', 'tinyurl.com', 'hadiah-resmi.xyz', 'promo-bansos.site'])}/${Math.floor(r() * 1e8).toString(36)}`;
      case 'color': return pick(r, COLORS);
      default: return k;
    }
  });
}

/** Some tokens of a sentence replaced by open-vocabulary words (affixed roots). */
function sprinkle(r: Rand, v: Vocab, s: string, rate: number): string {
  return s.split(' ').map((w) => (r() < rate ? v.word(r) : w)).join(' ');
}

function review(r: Rand, v: Vocab): string {
  const parts = [pick(r, REVIEW_OPEN)];
  const n = 1 + Math.floor(r() * r() * 16);
  for (let i = 0; i < n; i++) parts.push(r() < 0.3 ? `${pick(r, INTENS)} ${pick(r, REVIEW_MID)}` : pick(r, REVIEW_MID));
  if (r() < 0.6) parts.push(pick(r, REVIEW_CLOSE));
  return sprinkle(r, v, parts.join(r() < 0.5 ? ' , ' : ' . '), 0.08) + (r() < 0.7 ? ' .' : '');
}

function narrative(r: Rand, v: Vocab): { title: string; text: string } {
  const title = fill(r, pick(r, TITLES));
  // Heavy-tailed length: most a few sentences, one in ten a long chain message (15-45 sentences).
  const n = r() < 0.1 ? 15 + Math.floor(r() * 30) : 1 + Math.floor(r() * 8);
  const sentences: string[] = [];
  for (let i = 0; i < n; i++) {
    let s = sprinkle(r, v, fill(r, pick(r, SENTENCES)), 0.06);
    if (r() < 0.05) s = s.toUpperCase();
    sentences.push(s);
  }
  const sep = r() < 0.3 ? '\n' : ' ';
  return { title: r() < 0.1 ? title.toUpperCase() : title, text: sentences.join(sep) };
}

/** `n` JSON lines (no ids, like the check): odd lines reviews, even lines narratives. */
export function generatedMixedLines(n: number, seed = 18): string[] {
  const r = rng(seed);
  const v = new Vocab(r, 3000);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(JSON.stringify(i % 2 === 0 ? { text: review(r, v) } : narrative(r, v)));
  return out;
}

/**
 * The same mix from the licensed corpora under `sharedDir` (../shared): odd lines a random SmSA train
 * review, even lines a random FakeNewsID train claim {title: judul, text: narasi}.
 */
export function sharedMixedLines(n: number, sharedDir: string, seed = 18): string[] {
  const r = rng(seed);
  const reviews = readFileSync(join(sharedDir, 'data', 'smsa', 'train_preprocess.tsv'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(0, l.lastIndexOf('\t')));
  const claims = (parse(readFileSync(join(sharedDir, 'data', 'fakenewsid-hoax', 'train.csv')), { columns: true }) as Record<string, string>[]).map((c) => ({
    title: c.judul ?? '',
    text: c.narasi ?? '',
  }));
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(JSON.stringify(i % 2 === 0 ? { text: pick(r, reviews) } : pick(r, claims)));
  return out;
}
