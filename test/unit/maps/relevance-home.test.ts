// Which mentions are the city's: the city's own name in a dateline, as an island's or a branch
// office's name, and the province's own business without the city (Kota Ambon's check set showed
// each of these pulling a regency's or the province's story into the city's issues).
import { describe, expect, it } from 'vitest';
import { createDefaultAnalyzers } from '../../../analyzers/index.js';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import { loadGazetteer } from '../../../analyzers/regions/index.js';
import type { Mention } from '../../../src/core/types.js';
import { mentionFeatures } from '../../../src/maps/features.js';
import { relevanceOf } from '../../../src/maps/relevance.js';
import { isMapStopword } from '../../../src/maps/text.js';

function relevance(home: string, title: string, text: string): string {
  const analyzers = createDefaultAnalyzers({ homeRegion: home });
  const gaz = loadGazetteer();
  const directory = { entries: [...gaz.byCode.values()].filter((p) => p.code === home || p.code.startsWith(`${home}.`)).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })) };
  const m: Mention = { id: 'm1', sourceId: 'news', kind: 'news', url: 'https://x.test/1', canonicalUrl: 'https://x.test/1', title, text, publishedAt: '2026-12-21T10:00:00+09:00', fetchedAt: '2026-12-21T10:00:00+09:00', meta: {} };
  m.analysis = analyzers.analyzeMany([{ id: m.id, title, text, publishedAt: m.publishedAt, kind: 'news' }])[0];
  return relevanceOf(mentionFeatures(m, { homeRegion: home, text: { tokenize, stem }, directory }));
}

describe('relevance of the home city named in passing', () => {
  it('a regency\'s ferry story filed from the city, naming "Pulau Ambon" and "ASDP Cabang Ambon", is outside', () => {
    expect(relevance('81.71', 'Antrean Kendaraan di Pelabuhan Waipirit Mengular Jelang Natal', 'Piru (ANTARA) - Antrean kendaraan yang akan menyeberang dari Pelabuhan Waipirit, Kabupaten Seram Bagian Barat, menuju Pelabuhan Hunimua di Pulau Ambon mengular hingga dua kilometer. ASDP Cabang Ambon menambah jadwal penyeberangan.')).toBe('outside');
  });

  it('the same story about the city\'s own harbour stays the city\'s', () => {
    expect(relevance('81.71', 'Antrean Penumpang di Pelabuhan Yos Sudarso Ambon Mengular', 'Ambon (ANTARA) - Antrean penumpang di Pelabuhan Yos Sudarso Ambon mengular jelang Natal; Pemkot Ambon menambah petugas.')).toBe('city');
  });

  it('the province\'s budget without the city is outside; where the province bears the city\'s name it is not judged so', () => {
    expect(relevance('81.71', 'DPRD Maluku Sahkan APBD Provinsi 2027', 'KBRN, Ambon: DPRD Provinsi Maluku mengesahkan APBD Provinsi Maluku tahun 2027 dalam rapat paripurna.')).toBe('outside');
    expect(relevance('15.71', 'Banjir Rendam Permukiman di Jambi', 'Banjir merendam permukiman warga di Jambi setelah hujan deras semalaman.')).not.toBe('outside');
  });
});

describe('map stopwords', () => {
  it('hold the function words of regional Malay and Javanese, never matter words', () => {
    for (const w of ['beta', 'katong', 'seng', 'lai', 'deng', 'ulun', 'kada', 'ora']) expect(isMapStopword(w)).toBe(true);
    for (const w of ['banjir', 'air', 'aer', 'banyu', 'jalan', 'sampah']) expect(isMapStopword(w)).toBe(false);
  });
});
