// The synthetic ordinary rows for the triage model (triage-data.ts): deterministic, labelled ordinary,
// and dressed as described (a headline is the sentence's first clause).
import { describe, expect, it } from 'vitest';
import { articleLikeTexts, headlineLeadTexts, headlineOf, postLikeTexts } from '../../../analyzers/hoax/triage-data.js';

const sentences = [
  'Gunung Empung, bersama dengan Gunung Lokon adalah gunung berapi kembar di Sulawesi Utara.',
  'Desa ini memiliki jumlah warga kurang lebih lima belas ribu jiwa.',
  'Pada tahun 1996 Williams pindah ke Sebastopol untuk bekerja di perusahaan teknologi.',
  'Produser dan sutradara sedang mencari pemeran tokoh utama yang lugu.',
  'Acara televisi ini meraih lebih dari dua puluh penghargaan.',
];

describe('synthetic triage negatives', () => {
  it('makes a headline from the first clause, without a lead-in, at most n words', () => {
    expect(headlineOf(sentences[1], 4, 1)).toBe('Desa Ini Memiliki Jumlah');
    expect(headlineOf(sentences[0], 8, 1)).toBeUndefined(); // first clause of two words
    expect(headlineOf('Sementara itu, warga desa membersihkan saluran air bersama.', 4, 1)).toBe('Warga Desa Membersihkan Saluran');
    expect(headlineOf('Sementara itu, warga desa membersihkan saluran air bersama.', 4, 3)).toBe('Warga desa membersihkan saluran');
    expect(headlineOf('Dua kata.', 5, 1)).toBeUndefined();
  });

  it('gives the same rows every time, all ordinary', () => {
    const a = [...articleLikeTexts(sentences, 'x'), ...headlineLeadTexts(sentences, 'x'), ...postLikeTexts(sentences.map((text) => ({ text, label: 0 as const, set: 's' })))];
    const b = [...articleLikeTexts(sentences, 'x'), ...headlineLeadTexts(sentences, 'x'), ...postLikeTexts(sentences.map((text) => ({ text, label: 0 as const, set: 's' })))];
    expect(a).toEqual(b);
    expect(a.length).toBeGreaterThan(sentences.length);
    expect(a.every((d) => d.label === 0)).toBe(true);
    // A post keeps the sentence's words (case aside).
    for (const [i, p] of postLikeTexts(sentences.map((text) => ({ text, label: 0 as const, set: 's' }))).entries()) expect(p.text.toLowerCase()).toContain(sentences[i].slice(1, 20).toLowerCase());
  });
});
