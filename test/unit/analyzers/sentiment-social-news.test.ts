// Smoke tests of the shipped sentiment model on sentences written for these tests (not taken from
// any eval set): news events that harm people are negative however neutral the wording, thanks and
// completed repairs positive, slang and code-mixed posts read for what they say. Plus the parts
// that make it so: the social-slang pass, the prior, the fixed dev halves, and our own check sets.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type SentimentLabel } from '../../../src/core/types.js';
import { createSentimentAnalyzer, evaluateRows, loadSentimentModel, readLabelledFile } from '../../../analyzers/sentiment/index.js';
import { applyPrior, parseSentimentModel, predictSentiment, priorFor, SOCIAL_EVENT_SHARE, type SentimentModelFile } from '../../../analyzers/sentiment/model.js';
import { socialTokens } from '../../../analyzers/sentiment/social.js';
import { nearDuplicateIndex } from '../../../analyzers/sentiment/near-duplicates.js';
import { devHalf, splitHalves } from '../../../analyzers/sentiment/splits.js';
import { tokenize } from '../../../analyzers/normalize/index.js';
import { readFileSync } from 'node:fs';
import { DEFAULT_MODEL_PATH } from '../../../analyzers/sentiment/model.js';

const analyzer = createSentimentAnalyzer();
const label = (text: string, title?: string) => analyzer.analyze({ id: 't', text, title }, emptyAnalysis()).sentiment!;

describe('sentiment on news reporting (shipped model)', () => {
  const cases: [string, SentimentLabel][] = [
    ['29 penerbangan dari Bandara Sultan Thaha dibatalkan akibat sebaran abu vulkanik Gunung Kerinci.', 'negative'],
    ['KA Sindang Marga dibatalkan sementara karena rel terendam banjir.', 'negative'],
    ['Warga mengeluh air mati tiga hari di Kelurahan Sungai Putri.', 'negative'],
    ['Listrik padam sejak pagi, PLN belum memberi penjelasan.', 'negative'],
    ['Dua anak meninggal akibat demam berdarah di Kecamatan Kota Baru, dinkes lakukan fogging.', 'negative'],
    ['Terima kasih Dinas PUPR, jalan di depan sekolah sudah diperbaiki', 'positive'],
    ['Pemkot meluncurkan layanan e-KTP keliling, warga memuji pelayanannya yang cepat.', 'positive'],
    ['Jembatan Aur Duri kembali dibuka setelah perbaikan rampung.', 'positive'],
    ['Rapat paripurna DPRD membahas rancangan peraturan daerah tentang retribusi.', 'neutral'],
  ];
  for (const [text, want] of cases) it(`"${text}" → ${want}`, () => expect(label(text).label).toBe(want));

  it('a harm event in the headline makes the story negative', () => {
    expect(label('Petugas mendata rumah warga di bantaran sungai.', 'Tiga warga tewas tertimbun longsor').label).toBe('negative');
  });
});

describe('sentiment on social posts (shipped model)', () => {
  const cases: [string, SentimentLabel][] = [
    ['makasih bu lurah, got depan rumah udh dibersihin, skrg ga bau lg 🙏', 'positive'],
    ['mantap, jembatan baru udah bisa dilewatin, thx pemkab!', 'positive'],
    ['pelayanan kecamatan lemot bgt, 3 jam nunggu gk dipanggil2 😤', 'negative'],
    ['jalan ke pasar udah bolong2 gt, kapan dibenerin sih pak?', 'negative'],
    // sarcasm: praise words and a clapping emoji around a complaint
    ['hebat bgt ya pemkot, banjir tiap taun masih aja dibiarin 👏', 'negative'],
    // Javanese: "cannot be trusted, promised to fix the road but no proof"
    ['ora iso dipercoyo, janji e ndandani dalan tapi ra ono buktine', 'negative'],
    ['besok posyandu buka jam brp ya min?', 'neutral'],
  ];
  for (const [text, want] of cases) it(`"${text}" → ${want}`, () => expect(label(text).label).toBe(want));
});

describe('social-slang pass', () => {
  it('maps informal, Javanese, Malay and English words and two-word expressions', () => {
    expect(socialTokens(tokenize('pelayanan lelet, kzl bgt'))).toEqual(['pelayanan', 'lambat', 'kesal', 'banget']);
    expect(socialTokens(tokenize('matur nuwun pak, dalane wis apik'))).toEqual(['terima', 'kasih', 'bapak', 'dalane', 'sudah', 'bagus']);
    expect(socialTokens(tokenize('servis teruk betul'))).toEqual(['layanan', 'buruk', 'benar']);
    expect(socialTokens(tokenize('good job pemkot'))).toEqual(['kerja', 'bagus', 'pemerintah', 'kota']);
  });

  it('reads alay digit spellings only when they give a known word, and leaves numbers alone', () => {
    expect(socialTokens(['b4gus', 'k3cewa'])).toEqual(['bagus', 'kecewa']);
    expect(socialTokens(['2026', 'p3k', '17an', 'covid19'])).toEqual(['2026', 'p3k', '17an', 'covid19']);
  });

  it('returns the same array when nothing changes', () => {
    const t = ['rapat', 'paripurna', 'dprd'];
    expect(socialTokens(t)).toBe(t);
  });
});

describe('lexicon prior', () => {
  it('moves probability toward the polarity the lexicon and the events say, and is a no-op without hits', () => {
    const p = [0.2, 0.6, 0.2];
    const none = { pos: 0, neg: 0, hits: 0 };
    const harm = { pos: 0, neg: 3, hits: 1 };
    const prior = { lexicon: 1, neutral: 0.5, events: 2 };
    expect(applyPrior(p, prior, none, none)).toBe(p);
    expect(applyPrior(p, undefined, harm, harm)).toBe(p);
    const q = applyPrior(p, prior, none, harm);
    expect(q[0]).toBeGreaterThan(q[1]);
    expect(q[0] + q[1] + q[2]).toBeCloseTo(1, 9);
  });

  it('social documents get the news-event part at SOCIAL_EVENT_SHARE, news and unknown kinds all of it', () => {
    const prior = { lexicon: 1, neutral: 0.5, events: 2 };
    expect(priorFor(prior, 'news')).toBe(prior);
    expect(priorFor(prior, undefined)).toBe(prior);
    expect(priorFor(prior, 'social')).toEqual({ lexicon: 1, neutral: 0.5, events: 2 * SOCIAL_EVENT_SHARE });
    expect(priorFor(undefined, 'social')).toBeUndefined();
    const model = loadSentimentModel();
    const text = 'Dua warga tewas tertimbun longsor';
    expect(predictSentiment(model, text, undefined, 'social').score).toBeGreaterThan(predictSentiment(model, text, undefined, 'news').score);
    expect(predictSentiment(model, text, undefined, 'news')).toEqual(predictSentiment(model, text));
  });

  it('a model file written before the prior existed is read as it was (no prior, no social pass)', () => {
    const json = JSON.parse(readFileSync(DEFAULT_MODEL_PATH, 'utf8')) as SentimentModelFile;
    const { prior: _prior, ...rest } = json;
    const features = { ...rest.features };
    delete features.socialTokens;
    const old = parseSentimentModel({ ...rest, features });
    expect(old.file.prior).toBeUndefined();
    const shipped = loadSentimentModel();
    const text = 'Dua warga tewas tertimbun longsor';
    // Same weights, so the only difference is the prior and the slang pass.
    expect(predictSentiment(old, text).score).toBeGreaterThan(predictSentiment(shipped, text).score);
  });
});

describe('dev halves and our own check sets', () => {
  it('the half of a row depends on its text only', () => {
    expect(devHalf('banjir lagi')).toBe(devHalf('  banjir lagi '));
    const rows = Array.from({ length: 400 }, (_, i) => ({ text: `kalimat nomor ${i}` }));
    const h = splitHalves(rows);
    expect(h.tune.length + h.untouched.length).toBe(400);
    expect(h.tune.length).toBeGreaterThan(150);
    expect(h.untouched.length).toBeGreaterThan(150);
  });

  const dir = join(import.meta.dirname, '../../fixtures/sentiment');
  const model = loadSentimentModel();

  it('our training tweets are labelled, near balanced, and share no near-duplicate with the tweet check sets', () => {
    const data = join(import.meta.dirname, '../../../analyzers/sentiment/data');
    const checks = ['tweets-3class-check.tsv', 'tweets-general-check.tsv'].map((f) => readLabelledFile(join(dir, f)));
    expect(checks[0].length).toBeGreaterThanOrEqual(150);
    expect(checks[1].length).toBeGreaterThanOrEqual(200);
    for (const [file, min] of [['tweets-train.tsv', 400], ['tweets-train-general.tsv', 600]] as const) {
      const train = readLabelledFile(join(data, file));
      expect(train.length, file).toBeGreaterThanOrEqual(min);
      for (const c of ['negative', 'neutral', 'positive']) expect(train.filter((r) => r.label === c).length).toBeGreaterThan(train.length / 4);
      for (const check of checks) expect(nearDuplicateIndex(train, check, 0.5).filter((d) => d.length > 0), file).toEqual([]);
    }
  });
  // Floors a little under the figures the README reports, so a regression shows.
  for (const [file, floor] of [['tweets-3class-check.tsv', 0.85], ['tweets-general-check.tsv', 0.8]] as const) {
    it(`${file}: macro-F1 ≥ ${floor} as social posts (whole file)`, () => {
      expect(evaluateRows(readLabelledFile(join(dir, file)), model, 'social').macroF1).toBeGreaterThanOrEqual(floor);
    });
  }
  for (const [file, floor] of [['local-gov-social.tsv', 0.75], ['local-gov-news.tsv', 0.7]] as const) {
    it(`${file}: macro-F1 ≥ ${floor} on each half`, () => {
      const rows = readLabelledFile(join(dir, file));
      for (const half of ['tune', 'untouched'] as const) {
        const e = evaluateRows(splitHalves(rows)[half], model);
        expect(e.macroF1, half).toBeGreaterThanOrEqual(floor);
      }
    });
  }
});
