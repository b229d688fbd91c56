import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../../../src/core/types.js';
import { blendHoaxScore, createHoaxAnalyzer, HOAX_MODEL_PATH, NEWS_STRONG_DEBUNK } from '../../../analyzers/hoax/index.js';
import { hoaxCounts, hoaxVector } from '../../../analyzers/hoax/features.js';
import { denseModel, hoaxLogit, loadHoaxModel } from '../../../analyzers/hoax/model.js';
import { trainHoaxModel, type HoaxRow } from '../../../analyzers/hoax/train.js';
import { DebunkIndex } from '../../../analyzers/debunk/index.js';

const hoaxes = [
  { title: 'Vaksin Covid Mengandung Chip Pelacak', text: 'Awas!! vaksin covid ada chip nya, dipasang elite global untuk melacak umat. Sebarkan sebelum dihapus!!! Media tidak berani memberitakan.' },
  { title: 'Pesan berantai: minum air garam hangat sembuhkan corona', text: 'Info dari grup sebelah. Kumur air garam hangat 3x sehari dijamin sembuh total dari corona, sudah dibuktikan dokter di Wuhan. Bagikan ke keluarga!' },
  { title: 'Foto Presiden Jokowi Bersama Tokoh PKI', text: 'Ternyata benar, ini buktinya. Foto Jokowi bersama tokoh PKI tahun 1965. Viralkan!!' },
  { title: 'Bantuan Kuota Gratis 100GB dari Kemendikbud', text: 'Klik link berikut untuk mendapatkan kuota gratis 100GB dari pemerintah, berlaku hari ini juga. Segera daftar!' },
  { title: 'Gempa 9 SR Akan Guncang Jakarta Besok', text: 'INFO PENTING!!! BMKG MEMPREDIKSI GEMPA 9 SR AKAN TERJADI BESOK PAGI DI JAKARTA, SIAPKAN DIRI DAN KELUARGA, SEBARKAN!!!' },
];
const news = [
  { title: 'Pemkot Jambi Perbaiki 12 Ruas Jalan Rusak', text: 'JAMBI, KOMPAS.com - Pemerintah Kota Jambi mulai memperbaiki 12 ruas jalan rusak di Kecamatan Kotabaru pekan ini. Kepala Dinas PUPR Kota Jambi, Ahmad Fauzi, mengatakan perbaikan ditargetkan selesai sebelum akhir bulan. "Anggaran sudah tersedia dari APBD perubahan," kata Ahmad saat dikonfirmasi.' },
  { title: 'BPS: Inflasi Jambi Mei 2024 Terkendali', text: 'Jambi (ANTARA) - Badan Pusat Statistik Provinsi Jambi mencatat inflasi tahunan Mei 2024 sebesar 2,8 persen. Menurut Kepala BPS Jambi, kenaikan harga cabai merah menjadi penyumbang utama inflasi bulan ini.' },
  { title: 'Dinkes Gelar Imunisasi Campak di 20 Puskesmas', text: 'Dinas Kesehatan Kabupaten Muaro Jambi menggelar imunisasi campak dan rubela di 20 puskesmas mulai Senin. Kepala Dinkes, dr. Sri Wahyuni, menyebut sasaran program ini sekitar 15 ribu anak usia sembilan bulan hingga 15 tahun.' },
];

const hasModel = existsSync(HOAX_MODEL_PATH);

describe('hoax analyzer', () => {
  it('returns a score, named indicators and debunk matches', () => {
    const a = createHoaxAnalyzer();
    expect(a.name).toBe('hoax');
    const r = a.analyze({ id: '1', ...hoaxes[0] }, emptyAnalysis());
    expect(r.hoax!.score).toBeGreaterThanOrEqual(0);
    expect(r.hoax!.score).toBeLessThanOrEqual(1);
    expect(r.hoax!.indicators).toContain('provocation_share');
    expect(r.hoax!.debunks).toEqual([]);
  });

  it.skipIf(!hasModel)('ranks obvious hoax claims above ordinary news', () => {
    const a = createHoaxAnalyzer();
    const hs = hoaxes.map((h, i) => a.analyze({ id: `h${i}`, ...h, kind: 'social' }, emptyAnalysis()).hoax!.score);
    // News-outlet items come through news sources (kind 'news'); datelined copy is recognized without it.
    const ns = news.map((n, i) => a.analyze({ id: `n${i}`, ...n, kind: 'news' }, emptyAnalysis()).hoax!.score);
    const datelined = news.slice(0, 2).map((n) => a.analyze({ id: 'd', ...n }, emptyAnalysis()).hoax!.score);
    for (const s of datelined) expect(s).toBeLessThan(0.35);
    expect(Math.min(...hs)).toBeGreaterThan(Math.max(...ns));
    for (const s of ns) expect(s).toBeLessThan(0.35);
  });

  it('scores nothing to judge as 0: empty, whitespace, emoji-only and punctuation-only input', () => {
    const a = createHoaxAnalyzer();
    for (const text of ['', '   \n ', '😡😡😡', '!!! ??? ...'])
      expect(a.analyze({ id: 'x', text }, emptyAnalysis()).hoax).toEqual({ score: 0, flagged: false, indicators: [], debunks: [] });
    expect(a.analyze({ id: 'x', text: '', title: 'VIRAL!!! Sebarkan' }, emptyAnalysis()).hoax!.score).toBeGreaterThan(0);
  });

  it('indicator-only scoring (no model) keeps news low', () => {
    const a = createHoaxAnalyzer({ model: null });
    for (const n of news) expect(a.analyze({ id: 'n', ...n }, emptyAnalysis()).hoax!.score).toBeLessThan(0.2);
  });

  it('attaches a matching debunk and raises the score', () => {
    const index = new DebunkIndex([
      { url: 'https://cekfakta.example/1', title: '[HOAKS] Vaksin Covid-19 Mengandung Chip Pelacak', text: 'Beredar klaim vaksin covid berisi microchip untuk melacak penerima. Faktanya vaksin tidak mengandung chip.' },
      { url: 'https://cekfakta.example/2', title: 'Keliru: Video Banjir Bandang di Kota Jambi', text: 'Video itu banjir di Sumatera Barat pada 2019.' },
    ]);
    const a = createHoaxAnalyzer({ debunks: index, model: null });
    const r = a.analyze({ id: 'x', text: 'Hati-hati, vaksin covid ternyata mengandung chip pelacak buatan asing.' }, emptyAnalysis());
    expect(r.hoax!.indicators).toContain('debunk_match');
    expect(r.hoax!.debunks[0].url).toBe('https://cekfakta.example/1');
    expect(r.hoax!.score).toBeGreaterThanOrEqual(0.6);
  });
});

describe('hoax score: debunk floor', () => {
  it('lifts a circulated claim at any debunk match, a news item only at a strong one', () => {
    const weak = 0.45;
    const strong = 0.7;
    expect(weak).toBeLessThan(NEWS_STRONG_DEBUNK);
    const ordinary = { logit: -3, indicators: ['debunk_match' as const] };
    // Social post: the floor 0.6 + 0.2 × similarity applies at any match.
    expect(blendHoaxScore({ ...ordinary, debunkSimilarity: weak, kind: 'social' })).toBeGreaterThanOrEqual(0.68);
    // News (by source kind or by dateline): a weak match leaves the classifier's score.
    const newsWeak = blendHoaxScore({ ...ordinary, debunkSimilarity: weak, kind: 'news' });
    expect(newsWeak).toBe(blendHoaxScore({ ...ordinary, kind: 'news' }));
    expect(newsWeak).toBeLessThan(0.1);
    expect(blendHoaxScore({ ...ordinary, debunkSimilarity: weak, newsCopy: true })).toBeLessThan(0.1);
    // A strong match lifts news too.
    expect(blendHoaxScore({ ...ordinary, debunkSimilarity: strong, kind: 'news' })).toBeGreaterThanOrEqual(0.74);
  });

  it('lists a weak match on a news article without raising its score', () => {
    const index = new DebunkIndex(
      [{ url: 'https://cekfakta.example/3', title: '[SALAH] Video Jalan Ambles di Kotabaru Akibat Gempa', text: 'Beredar video jalan ambles yang disebut akibat gempa. Faktanya video itu longsor di daerah lain tahun 2019.' }],
      { threshold: 0.1 },
    );
    const a = createHoaxAnalyzer({ debunks: index, model: null });
    const r = a.analyze({ id: 'n', ...news[0], kind: 'news' }, emptyAnalysis()).hoax!;
    expect(r.debunks.length).toBe(1);
    expect(r.indicators).toContain('debunk_match');
    expect(r.debunks[0].similarity).toBeLessThan(NEWS_STRONG_DEBUNK);
    expect(r.score).toBeLessThan(0.2);
  });
});

describe('hoax classifier internals', () => {
  // A tiny synthetic training set: enough to exercise training, packing and scoring without ../shared.
  const rows: HoaxRow[] = [];
  for (let i = 0; i < 30; i++) {
    rows.push({ title: `Viral pesan berantai ${i}`, text: `SEBARKAN!!! info dari grup sebelah nomor ${i}, vaksin berisi chip.`, label: 1 });
    rows.push({ title: `Pemkot gelar rapat anggaran ${i}`, text: `Kepala dinas menjelaskan rencana kerja tahun ${2000 + i} kepada wartawan di balai kota.`, label: 0 });
  }

  it('scores counts directly exactly as vector · weights (the training path)', () => {
    const packed = trainHoaxModel(rows, { l2: 1, iterations: 50 });
    const m = denseModel(packed);
    expect(m.stride).toBe(2);
    const idf = new Float32Array(m.packed.length / 2).map((_, j) => m.packed[2 * j]);
    for (const d of [rows[0], rows[1], { title: '', text: 'Info penting!! Bagikan ke semua grup sekarang juga.' }]) {
      const c = hoaxCounts(d.title, d.text);
      const x = hoaxVector(c, idf);
      let z = m.bias;
      for (let i = 0; i < x.idx.length; i++) z += m.packed[2 * x.idx[i] + 1] * x.val[i];
      expect(hoaxLogit(m, c)).toBeCloseTo(z, 4);
    }
    expect(hoaxLogit(m, hoaxCounts(rows[0].title, rows[0].text))).toBeGreaterThan(0);
    expect(hoaxLogit(m, hoaxCounts(rows[1].title, rows[1].text))).toBeLessThan(0);
  });

  it.skipIf(!hasModel)('handles empty, huge and odd input', () => {
    expect(loadHoaxModel()).not.toBeNull();
    const a = createHoaxAnalyzer();
    for (const text of ['', '😀😀😀', '<p>Halo</p>', 'a'.repeat(1_000_000), 'BANJIR '.repeat(100_000), '\uFFFD\uD800x']) {
      const r = a.analyze({ id: 'x', text }, emptyAnalysis()).hoax!;
      expect(r.score).toBeGreaterThanOrEqual(0);
      expect(r.score).toBeLessThanOrEqual(1);
    }
  });
});
