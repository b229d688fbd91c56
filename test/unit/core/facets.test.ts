import { describe, expect, it } from 'vitest';
import { InputError } from '../../../src/core/errors.js';
import { entityKey, isHoaxFlagged, mentionFacets, normalizeName, regionAncestors } from '../../../src/core/facets.js';
import { checkAggregate, parseQueryInstant } from '../../../src/core/query.js';
import { keyTerms, MAX_TERMS } from '../../../src/core/terms.js';
import { emptyAnalysis, type Mention } from '../../../src/core/types.js';

describe('facets', () => {
  it('region codes with every ancestor', () => {
    expect(regionAncestors('15.71.01.1001')).toEqual(['15', '15.71', '15.71.01', '15.71.01.1001']);
    expect(regionAncestors('15')).toEqual(['15']);
    expect(regionAncestors('not-a-code')).toEqual(['not-a-code']);
  });

  it('names as keys: folded, honorifics and degrees dropped for people only', () => {
    expect(normalizeName('H. Maulana, S.E., M.Si.', 'person')).toBe('maulana');
    expect(normalizeName('Bapak  Dr. Ir. Budi Santoso', 'person')).toBe('budi santoso');
    expect(normalizeName('Dinas PU-PR, Kota Jambi', 'organization')).toBe('dinas pu pr kota jambi');
    expect(normalizeName('José Ramos-Horta', 'person')).toBe('jose ramos horta');
    expect(normalizeName('Pak', 'person')).toBe('pak'); // never an empty key
    expect(entityKey({ text: 'Wali Kota', type: 'person', canonical: 'Maulana' })).toBe('person:maulana');
  });

  it('hoax flagged: the analyzer verdict, else score ≥ 0.5 or a debunk', () => {
    expect(isHoaxFlagged({ score: 0.9, flagged: false })).toBe(false);
    expect(isHoaxFlagged({ score: 0.1, flagged: true })).toBe(true);
    expect(isHoaxFlagged({ score: 0.5, debunks: [] })).toBe(true);
    expect(isHoaxFlagged({ score: 0.2, debunks: [{}] })).toBe(true);
    expect(isHoaxFlagged(undefined)).toBe(false);
  });

  it('derives every facet of a mention', () => {
    const m: Mention = {
      id: 'x',
      sourceId: 'humas',
      kind: 'news',
      url: 'u',
      canonicalUrl: 'u',
      title: 'Banjir di Legok',
      text: 'Warga Legok mengungsi.',
      fetchedAt: '2024-05-01T00:00:00Z',
      language: 'ms',
      meta: { clusterId: 'c1' },
      analysis: {
        ...emptyAnalysis(),
        language: 'id',
        sentiment: { label: 'negative', score: -0.7 },
        topics: ['banjir-lingkungan', 'banjir-lingkungan'],
        regions: [
          { code: '15.71.01.1001', name: 'Legok', level: 'village' },
          { code: '15.71', name: 'Kota Jambi', level: 'regency' },
        ],
        entities: [{ text: 'BPBD Kota Jambi', type: 'organization' }],
      },
    };
    const f = mentionFacets(m, { ownedSources: new Set(['humas']) });
    expect(f).toMatchObject({
      source: 'humas',
      kind: 'news',
      sentiment: 'negative',
      sentimentScore: -0.7,
      language: 'id',
      owned: true,
      hoaxScore: 0,
      hoaxFlagged: false,
      cluster: 'c1',
      topics: ['banjir-lingkungan'],
      regions: ['15', '15.71', '15.71.01', '15.71.01.1001'],
      entities: ['organization:bpbd kota jambi'],
    });
    expect(f.terms.slice(0, 2)).toEqual(['legok', 'banjir']);
    expect(mentionFacets({ ...m, analysis: undefined }).language).toBe('ms');
  });
});

describe('keyTerms', () => {
  it('title words first, then the lead; no function words, numbers or duplicates; folded', () => {
    expect(keyTerms('Harga Cabai Naik di Pasar Angso Duo', 'Harga cabai merah di Pasar Angso Duo naik menjadi Rp 80.000 per kilogram pada 2026.')).toEqual([
      'harga',
      'cabai',
      'naik',
      'pasar',
      'angso',
      'duo',
      'merah',
      'kilogram',
    ]);
    expect(keyTerms('Kopí Kerinci', '')).toEqual(['kopi', 'kerinci']);
    expect(keyTerms('', 'yang dan di ke dari 2026')).toEqual([]);
    expect(keyTerms('a '.repeat(10) + 'satu dua tiga empat lima enam tujuh delapan sembilan sepuluh sebelas dua belas tiga belas'.replace(/\b(\w)/g, 'x$1'), '').length).toBe(MAX_TERMS);
  });
});

describe('query helpers', () => {
  it('reads dates without an offset in the zone', () => {
    expect(parseQueryInstant('2024-05-02', 'from', 'Asia/Jakarta')).toBe(Date.parse('2024-05-01T17:00:00Z'));
    expect(parseQueryInstant('2024-05-02T08:30', 'from', 'Asia/Jayapura')).toBe(Date.parse('2024-05-01T23:30:00Z'));
    expect(parseQueryInstant('2024-05-02T08:30:00.5', 'from', 'UTC')).toBe(Date.parse('2024-05-02T08:30:00.500Z'));
    expect(parseQueryInstant('2024-05-02T08:30:00+08:00', 'from', 'Asia/Jakarta')).toBe(Date.parse('2024-05-02T00:30:00Z'));
    expect(parseQueryInstant(undefined, 'from')).toBeUndefined();
    for (const bad of ['kemarin', '2024-02-30', '2024-13-01', '2024-05-02T25:00', 'May 2 2024']) {
      expect(() => parseQueryInstant(bad, 'from'), bad).toThrow(InputError);
    }
  });

  it('checks aggregation requests', () => {
    expect(checkAggregate({ by: ['issue'] })).toEqual({ by: ['issue'], size: 10, timeField: 'published', timeZone: 'Asia/Jakarta' });
    expect(() => checkAggregate({ by: ['issue', 'region', 'entity'] })).toThrow(/at most two/);
  });
});

describe('keyTerms on non-ASCII text', () => {
  // What keyTerms is defined as (see src/core/terms.ts): fold, split on [^\p{L}\p{N}]+, drop
  // short words, bare numbers and stop words; title words weigh 3, lead words 1; stable by weight.
  const reference = (title: string, text: string): string[] => {
    const w = new Map<string, number>();
    const add = (s: string, weight: number) => {
      for (const t of s.normalize('NFKD').replace(/\p{M}+/gu, '').toLowerCase().split(/[^\p{L}\p{N}]+/u)) {
        // Stop words are ASCII: keyTerms of the word alone says whether it is one.
        const stop = /^[a-z0-9]+$/.test(t) && keyTerms(t, '').length === 0;
        if (t.length < 3 || t.length > 40 || /^\p{N}+$/u.test(t) || stop) continue;
        w.set(t, (w.get(t) ?? 0) + weight);
      }
    };
    add(title, 3);
    add(text.slice(0, 400), 1);
    return [...w].sort((a, b) => b[1] - a[1]).slice(0, MAX_TERMS).map(([t]) => t);
  };
  it('reads emoji, curly quotes and dashes as separators, and non-ASCII letters as letters', () => {
    const cases: [string, string][] = [
      ['Jalan rusak😡😡 di Telanaipura', 'warga kesal👍 “jalan rusak” sudah lama—tidak diperbaiki… 😷'],
      ['“Banjir” lagi', 'banjir—banjir–banjir 😍 rumah terendam'],
      ['Kopí Kerinci 😍', 'kopí kerinci ﬁnest ²³ café ½ naïve'],
      ['Jalan ٣٤٥ rusak', 'Ελλάδα 😡 jalan'],
    ];
    for (const [title, text] of cases) expect(keyTerms(title, text)).toEqual(reference(title, text));
  });
});
