import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createRegionAnalyzer, tagRegions } from '../../../analyzers/regions/index.js';
import { score, type LabelledSentence } from '../../../analyzers/regions/evaluate.js';
import { loadGazetteer } from '../../../analyzers/regions/gazetteer.js';
import { emptyAnalysis } from '../../../src/core/types.js';

const fixture = fileURLToPath(new URL('../../fixtures/regions/sentences.jsonl', import.meta.url));
const rows = readFileSync(fixture, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l) as LabelledSentence);

const codes = (text: string, home = '15.71'): string[] => tagRegions(text, home).map((t) => t.code);

describe('regions: labelled sentences', () => {
  it('has at least 100 hand-written sentences whose expected codes exist', () => {
    expect(rows.length).toBeGreaterThanOrEqual(100);
    const gaz = loadGazetteer();
    for (const r of rows) for (const c of r.regions) expect(gaz.byCode.has(c), `${c} in "${r.text}"`).toBe(true);
  });

  it('tags kecamatan and kelurahan with precision >= 0.9', () => {
    const res = score(rows, (r) => tagRegions(r.text, r.home ?? '15.71'));
    const line = (k: keyof typeof res.byLevel): string =>
      `${k}: P ${res.byLevel[k].precision.toFixed(3)} R ${res.byLevel[k].recall.toFixed(3)} (tp ${res.byLevel[k].tp} fp ${res.byLevel[k].fp} fn ${res.byLevel[k].fn})`;
    console.log(['province', 'regency', 'district', 'village', 'minor'].map((k) => line(k as keyof typeof res.byLevel)).join('\n'));
    expect(res.byLevel.district.precision).toBeGreaterThanOrEqual(0.9);
    expect(res.byLevel.village.precision).toBeGreaterThanOrEqual(0.9);
    expect(res.byLevel.minor.recall).toBeGreaterThanOrEqual(0.8);
  });
});

describe('regions: cues and ambiguity', () => {
  it('reads the cue word for the level and reports the matched span', () => {
    const tags = tagRegions('Banjir di Kelurahan Sungai Putri, Kecamatan Danau Sipin, Kota Jambi.', '15.71');
    expect(tags).toEqual([
      { code: '15.71.10.1001', name: 'Sungai Putri', level: 'village', match: 'Kelurahan Sungai Putri' },
      { code: '15.71.10', name: 'Danau Sipin', level: 'district', match: 'Kecamatan Danau Sipin' },
      { code: '15.71', name: 'Kota Jambi', level: 'regency', match: 'Kota Jambi' },
    ]);
  });

  it('means the kecamatan when a kecamatan and its kelurahan share the name, unless told otherwise', () => {
    expect(codes('Banjir melanda Telanaipura.')).toEqual(['15.71.01']);
    expect(codes('Banjir melanda Kelurahan Telanaipura.')).toEqual(['15.71.01.1004']);
  });

  it('does not tag people, streets, markets or everyday words that equal village names', () => {
    for (const t of [
      'Ibu Murni mengaku omzetnya turun.',
      'Menurut Budiman, harga naik.',
      'Jalan Sungai Putri ditutup sementara.',
      'Di tengah hujan, petugas berjaga.',
      'Di Tengah Banjir, Warga Tetap Mengaji',
      'Kota baru itu belum jelas lokasinya.',
      'Universitas Jambi membuka pendaftaran.',
      'Desa Wisata dan Kampung Tangguh diresmikan.',
      'Malang nasib nelayan itu.',
    ]) {
      expect(codes(t).filter((c) => c.split('.').length >= 3), t).toEqual([]);
    }
  });

  it('resolves a shared name by the parent named in the text, else the home region, else drops it', () => {
    // Tanjung Pinang: Kota Tanjung Pinang (Kepri) and a kelurahan in Jambi Timur.
    expect(codes('Wisatawan ke Tanjung Pinang naik kapal dari Batam.')).toContain('21.72');
    expect(codes('Warga Tanjung Pinang, Jambi Timur, mengeluhkan sampah.')).toContain('15.71.03.1010');
    // Kota Baru: a kecamatan of Kota Jambi and of 27 other places.
    expect(codes('Lampu jalan di Kota Baru padam.')).toEqual(['15.71.07']);
    expect(codes('Kecamatan Kota Baru padam listrik.', '31.71')).toEqual([]);
    // 65 villages are called Sukamaju.
    expect(codes('Desa Sukamaju dilanda kekeringan.')).toEqual([]);
    expect(codes('Desa Sungai Gelam, Kecamatan Sungai Gelam, Muaro Jambi.')).toEqual(['15.05.08.2007', '15.05.08', '15.05']);
  });

  it('needs a cue for kecamatan outside the home region', () => {
    expect(codes('Menteng macet total.')).toEqual([]);
    expect(codes('Unjuk rasa di Kecamatan Menteng.')).toEqual(['31.71.06']);
    expect(codes('Warga Banyumanik, Semarang, antre gas.')).toEqual(['33.74.11', '33.74']);
  });

  it('tells Kota from Kabupaten and province from city', () => {
    expect(codes('Pemkot Bandung dan Kabupaten Bogor')).toEqual(['32.73', '32.01']);
    expect(codes('Ia tinggal di Jambi.')).toEqual(['15']);
    expect(codes('Kota Batu ramai wisatawan.')).toEqual(['35.79']);
    expect(codes('Wisatawan memadati kawasan Puncak.')).toEqual([]);
  });
});

describe('regions: analyzer', () => {
  const a = createRegionAnalyzer({ homeRegion: '15.71' });

  it('implements Analyzer and reads title and text', () => {
    expect(a.name).toBe('regions');
    const r = a.analyze({ id: '1', title: 'Banjir di Jelutung', text: 'Warga Kelurahan Payo Lebar mengungsi.' }, emptyAnalysis());
    expect(r.regions!.map((t) => t.code)).toEqual(['15.71.08', '15.71.08.1005']);
  });

  it('rejects an unknown home region', () => {
    expect(() => createRegionAnalyzer({ homeRegion: '99.99' })).toThrow(/homeRegion/);
  });

  it('survives empty, huge, emoji and HTML input', () => {
    expect(a.analyze({ id: 'e', text: '' }, emptyAnalysis()).regions).toEqual([]);
    const emoji = a.analyze({ id: 'm', text: '🌧️🌧️ banjir lagi di Telanaipura 😭😭 #jambi' }, emptyAnalysis()).regions!;
    expect(emoji.map((t) => t.code)).toEqual(['15.71.01']);
    const html = a.analyze({ id: 'h', text: '<p>Banjir di <b>Kecamatan Jelutung</b></p><script>x()</script>' }, emptyAnalysis()).regions!;
    expect(html.map((t) => t.code)).toEqual(['15.71.08']);
    const big = 'Warga Kelurahan Legok mengeluh. '.repeat(32_000); // ~1 MB
    const r = a.analyze({ id: 'b', text: big }, emptyAnalysis()).regions!;
    expect(r.map((t) => t.code)).toEqual(['15.71.10.1003']);
  });

  it('is fast enough to be part of a chain of thousands of docs/s (figure printed, not asserted)', () => {
    const docs = rows.map((r) => r.text);
    const text = docs.join(' ').slice(0, 2500);
    for (let i = 0; i < 200; i++) a.analyze({ id: 'w', text }, emptyAnalysis());
    const n = 2000;
    const t = performance.now();
    for (let i = 0; i < n; i++) a.analyze({ id: String(i), text }, emptyAnalysis());
    const ms = performance.now() - t;
    console.log(`regions: ${(n / (ms / 1000)).toFixed(0)} docs/s on 2,500-character docs dense with place names`);
  });
});
