import { describe, expect, it } from 'vitest';
import { composeAnalyzers, createDefaultAnalyzers } from '../../../analyzers/index.js';
import type { Analyzer } from '../../../src/core/types.js';

const docs = [
  { id: 'a', title: 'Banjir Rendam Kelurahan Legok', text: 'Banjir setinggi 50 cm merendam Kelurahan Legok, Kecamatan Danau Sipin, Kota Jambi. Wali Kota meninjau lokasi.' },
  { id: 'b', text: 'jalan di telanaipura rusak parah bgt, pemkot kemana aja sih?? 😡' },
  { id: 'c', text: 'VIRAL!!! katanya air PDAM beracun, sebarkan!!!' },
  { id: 'd', text: '' },
  { id: 'e', text: 'Pelayanan Disdukcapil sekarang cepat, terima kasih.' },
];

describe('AnalyzerChain.analyzeMany', () => {
  it('gives exactly what analyze() gives doc by doc', () => {
    const chain = createDefaultAnalyzers({ homeRegion: '15.71' });
    const one = docs.map((d) => chain.analyze(d));
    expect(chain.analyzeMany(docs)).toEqual(one);
  });

  it('reports a failing analyzer with the index of its doc and keeps the other fields', () => {
    const boom: Analyzer = {
      name: 'boom',
      version: '1',
      analyze(doc) {
        if (doc.id === 'c') throw new Error('bad doc');
        return { topics: [{ id: 'x', label: 'x', score: 1 }] } as never;
      },
    };
    const lang: Analyzer = { name: 'lang', version: '1', analyze: () => ({ language: 'id' }) };
    const errors: [number, string][] = [];
    const out = composeAnalyzers([lang, boom]).analyzeMany(docs, (i, name) => errors.push([i, name]));
    expect(errors).toEqual([[2, 'boom']]);
    expect(out[2]!.language).toBe('id');
    expect(out[2]!.topics).toEqual([]);
    expect(out[1]!.topics).toHaveLength(1);
  });
});
