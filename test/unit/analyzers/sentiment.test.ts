import { mkdtempSync, writeFileSync } from 'node:fs';
import { createDefaultAnalyzers } from '../../../analyzers/index.js';
import { parseConfig } from '../../../src/core/config.js';
import { buildAnalyzers } from '../../../src/cli/runtime.js';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type SentimentLabel } from '../../../src/core/types.js';
import {
  createSentimentAnalyzer,
  evaluateSentiment,
  lexiconSentiment,
  predictSentiment,
  readLabelledFile,
  scoreLexicon,
  trainSentiment,
} from '../../../analyzers/sentiment/index.js';
import { tokenize } from '../../../analyzers/normalize/index.js';
import { classificationReport, rocAuc } from '../../../analyzers/shared/metrics.js';
import { decodeLinearModel, encodeLinearModel } from '../../../analyzers/shared/model-io.js';

const analyzer = createSentimentAnalyzer();
const label = (text: string, title?: string) => analyzer.analyze({ id: 't', text, title }, emptyAnalysis()).sentiment!;

describe('sentiment analyzer (shipped model)', () => {
  const cases: [string, SentimentLabel][] = [
    ['Pelayanannya sangat bagus dan ramah, terima kasih pak wali kota!', 'positive'],
    ['Makanannya enak banget, tempatnya nyaman 👍', 'positive'],
    ['keren mantap 🔥', 'positive'],
    ['Pelayanan di kantor ini tidak bagus', 'negative'],
    ['tidak bagus', 'negative'],
    ['banjir lagi, pemkot lambat', 'negative'],
    ['Jalan rusak parah gak diperbaiki2, pemkot ke mana aja sih 😡', 'negative'],
    ['Sampah menumpuk di pasar, bau sekali', 'negative'],
    ['Bansos tidak tepat sasaran, warga kecewa', 'negative'],
    ['Rapat paripurna DPRD membahas rancangan peraturan daerah tentang retribusi.', 'neutral'],
    [
      'Pemerintah Kota Jambi menggelar rapat koordinasi persiapan Hari Ulang Tahun kota pada Senin (12/5) di aula kantor wali kota.',
      'neutral',
    ],
    ['😭😭😭', 'negative'],
    ['👍👍', 'positive'],
  ];
  for (const [text, want] of cases) {
    it(`"${text}" → ${want}`, () => {
      const s = label(text);
      expect(s.label).toBe(want);
      expect(s.score).toBeGreaterThanOrEqual(-1);
      expect(s.score).toBeLessThanOrEqual(1);
    });
  }

  it('negation flips praise', () => {
    expect(label('bagus').score).toBeGreaterThan(0);
    expect(label('tidak bagus').score).toBeLessThan(0);
    expect(label('gak bagus').score).toBeLessThan(0);
  });

  it('is robust to empty, emoji-only, HTML, replacement chars and 1 MB input', () => {
    expect(label('')).toEqual({ label: 'neutral', score: 0 });
    expect(label('🏠🚗')).toEqual({ label: 'neutral', score: 0 });
    expect(label('<div><p>Pelayanan <b>buruk</b> sekali</p></div>').label).toBe('negative');
    expect(label('jalan \uFFFD\uFFFD rusak \uFFFD parah').label).toBe('negative');
    const big = 'Warga mengeluhkan jalan rusak dan banjir. '.repeat(25_000);
    const t = performance.now();
    expect(label(big).label).toBe('negative');
    expect(performance.now() - t).toBeLessThan(2_000);
  });

  it('uses the title too', () => {
    expect(label('', 'Warga kecewa pelayanan lambat').label).toBe('negative');
  });

  it('reports name and a model-bound version', () => {
    expect(analyzer.name).toBe('sentiment');
    expect(analyzer.version).toMatch(/^1\+[0-9a-f]{12}$/);
  });

  it('falls back to the lexicon when the model file is missing', () => {
    const a = createSentimentAnalyzer({ modelPath: '/nonexistent/model.json' });
    expect(a.version).toBe('1+lexicon');
    expect(a.analyze({ id: 'x', text: 'pelayanan buruk, kecewa' }, emptyAnalysis()).sentiment!.label).toBe('negative');
    expect(lexiconSentiment('mantap, terima kasih').label).toBe('positive');
  });
});

describe('lexicon', () => {
  it('handles negation, phrases and intensifiers', () => {
    expect(scoreLexicon(tokenize('tidak bagus')).neg).toBeGreaterThan(0);
    expect(scoreLexicon(tokenize('tidak buruk')).pos).toBeGreaterThan(0);
    const plain = scoreLexicon(tokenize('bagus')).pos;
    expect(scoreLexicon(tokenize('sangat bagus')).pos).toBeGreaterThan(plain);
    expect(scoreLexicon(tokenize('bagus banget')).pos).toBeGreaterThan(plain);
    // A phrase that starts with a negator is scored once, not flipped again.
    expect(scoreLexicon(tokenize('bansos tidak tepat sasaran')).neg).toBeGreaterThanOrEqual(3);
    // Stem fallback: "mengecewakan" and "kekecewaan" reach "kecewa".
    expect(scoreLexicon(tokenize('kekecewaan warga')).neg).toBeGreaterThan(0);
  });
});

describe('training, files and metrics', () => {
  const dir = mkdtempSync(join(tmpdir(), 'pantau-senti-'));
  const rows: [string, string][] = [];
  const pos = ['bagus sekali', 'pelayanan ramah', 'mantap terima kasih', 'sangat puas', 'enak dan murah', 'keren banget'];
  const neg = ['jelek sekali', 'pelayanan lambat', 'kecewa berat', 'jalan rusak parah', 'mahal dan kotor', 'buruk banget'];
  const neu = ['rapat hari senin', 'jadwal kereta besok', 'kantor buka jam delapan', 'lokasi di jalan sudirman', 'acara dimulai pagi', 'data penduduk tahun ini'];
  for (let i = 0; i < 5; i++) {
    for (const t of pos) rows.push([`${t} ${i}`, 'positive']);
    for (const t of neg) rows.push([`${t} ${i}`, 'negative']);
    for (const t of neu) rows.push([`${t} ${i}`, 'neutral']);
  }

  it('reads CSV with header, header-less TSV and JSONL', () => {
    const csv = join(dir, 'a.csv');
    writeFileSync(csv, 'id,text,label\n1,"bagus, sekali ""banget""",positive\n2,jelek,negative\n');
    expect(readLabelledFile(csv)).toEqual([
      { text: 'bagus, sekali "banget"', label: 'positive' },
      { text: 'jelek', label: 'negative' },
    ]);
    const tsv = join(dir, 'b.tsv');
    writeFileSync(tsv, 'enak " sekali\tpositive\nbiasa saja\tneutral\n');
    expect(readLabelledFile(tsv).map((r) => r.label)).toEqual(['positive', 'neutral']);
    const bin = join(dir, 'c.csv');
    writeFileSync(bin, 'sentence,sentiment\nmantap,1\nburuk,0\n');
    expect(readLabelledFile(bin).map((r) => r.label)).toEqual(['positive', 'negative']);
    const jsonl = join(dir, 'd.jsonl');
    writeFileSync(jsonl, '{"text":"keren","label":"pos"}\n{"text":"payah","label":"neg"}\n');
    expect(readLabelledFile(jsonl).map((r) => r.label)).toEqual(['positive', 'negative']);
  });

  it('trains, writes, reloads and evaluates a model', () => {
    const train = join(dir, 'train.tsv');
    writeFileSync(train, rows.map((r) => r.join('\t')).join('\n') + '\n');
    const out = join(dir, 'model.json');
    const r = trainSentiment({ files: [train], out, features: { bits: 14 }, evalFiles: [train] });
    expect(r.rows).toBe(rows.length);
    const e = evaluateSentiment({ file: train, model: out });
    expect(e.n).toBe(rows.length);
    expect(e.macroF1).toBeGreaterThan(0.9);
    const a = createSentimentAnalyzer({ modelPath: out });
    expect(a.analyze({ id: 'x', text: 'pelayanan lambat' }, emptyAnalysis()).sentiment!.label).toBe('negative');
  });

  it('an office model from analysis.sentimentModel (relative to the config file) replaces the shipped one; a bad path is a clear error', async () => {
    // Labels swapped on purpose, so only this model calls "bagus sekali" negative.
    const swapped = rows.map(([t, l]) => [t, l === 'positive' ? 'negative' : l === 'negative' ? 'positive' : l]);
    const train = join(dir, 'swapped.tsv');
    writeFileSync(train, swapped.map((r) => r.join('\t')).join('\n') + '\n');
    trainSentiment({ files: [train], out: join(dir, 'office-model.json'), features: { bits: 14 } });
    const config = parseConfig({ analysis: { sentimentModel: 'office-model.json' } }, { file: join(dir, 'pantau.config.yaml'), env: {} });
    expect(config.analysis.sentimentModel).toBe(join(dir, 'office-model.json'));
    const chain = await buildAnalyzers(config);
    expect(chain.analyze({ id: 'x', text: 'bagus sekali' }).sentiment.label).toBe('negative');
    expect(createDefaultAnalyzers().analyze({ id: 'x', text: 'bagus sekali' }).sentiment.label).toBe('positive');
    expect(() => createDefaultAnalyzers({ sentimentModel: join(dir, 'nope.json') })).toThrow(/sentiment model .*nope\.json: cannot load it \(ENOENT\)/);
  });

  it('drops training rows that nearly duplicate held-out rows', () => {
    const train = join(dir, 'train2.tsv');
    writeFileSync(train, rows.map((r) => r.join('\t')).join('\n') + '\n');
    const held = join(dir, 'held.tsv');
    writeFileSync(held, 'bagus sekali 0\tpositive\n');
    const r = trainSentiment({ files: [train], holdout: [held], features: { bits: 12 } });
    expect(r.removedNearDuplicates).toBeGreaterThanOrEqual(1);
    expect(r.rows).toBe(rows.length - r.removedNearDuplicates);
  });

  it('weighs each training file\'s rows by its weight', () => {
    const a = join(dir, 'wa.tsv');
    const b = join(dir, 'wb.tsv');
    writeFileSync(a, rows.map((r) => r.join('\t')).join('\n') + '\n');
    // The same sentence labelled both ways: the heavier file decides it.
    writeFileSync(b, 'layanan biasa saja\tpositive\n'.repeat(3));
    writeFileSync(join(dir, 'wc.tsv'), 'layanan biasa saja\tnegative\n'.repeat(3));
    const score = (w: number[]) =>
      trainSentiment({ files: [a, b, join(dir, 'wc.tsv')], weights: w, features: { bits: 12 } }).model;
    const lo = predictSentiment(score([1, 1, 8]), 'layanan biasa saja').score;
    const hi = predictSentiment(score([1, 8, 1]), 'layanan biasa saja').score;
    expect(hi).toBeGreaterThan(lo);
    expect(() => trainSentiment({ files: [a], weights: [1, 2] })).toThrow(/one per training file/);
  });

  it('computes metrics', () => {
    const rep = classificationReport(['a', 'a', 'b', 'b'], ['a', 'b', 'b', 'b']);
    expect(rep.accuracy).toBe(0.75);
    expect(rep.confusion.a.b).toBe(1);
    expect(rep.macroF1).toBeCloseTo((2 / 3 + 0.8) / 2, 6);
    expect(rocAuc([0, 0, 1, 1], [0.1, 0.4, 0.35, 0.8])).toBeCloseTo(0.75, 6);
    expect(rocAuc([0, 1], [0.5, 0.5])).toBe(0.5);
  });

  it('model encoding round-trips within quantization error', () => {
    const dim = 64;
    const weights = new Float32Array(3 * dim).map((_, i) => (i % 7 === 0 ? 0 : Math.sin(i) * 2));
    const m = { classes: ['negative', 'neutral', 'positive'], dim, weights, bias: Float32Array.from([0.1, 0, -0.1]) };
    const back = decodeLinearModel(JSON.parse(JSON.stringify(encodeLinearModel(m))));
    for (let i = 0; i < weights.length; i++) expect(Math.abs(back.weights[i] - weights[i])).toBeLessThan(1e-3);
    expect(Array.from(back.bias)).toEqual(Array.from(m.bias).map((x) => Math.fround(x)));
  });
});
