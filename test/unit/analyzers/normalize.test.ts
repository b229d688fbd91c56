import { describe, expect, it } from 'vitest';
import {
  clearStemCache,
  collapseRepeats,
  isStopword,
  MAX_NORMALIZE_CHARS,
  NO_STEM,
  normalizeText,
  stem,
  stemmerFor,
  tokenize,
} from '../../../analyzers/normalize/index.js';
import { EMOTICONS } from '../../../analyzers/normalize/emoji.js';

describe('normalizeText', () => {
  it('maps slang and abbreviations to standard words', () => {
    expect(normalizeText('Gak bagus, yg ini bgt jeleknya dgn harga segitu')).toBe(
      'tidak bagus yang ini banget jeleknya dengan harga segitu',
    );
    expect(tokenize('ngga, engga, nggak, tdk, ga')).toEqual(['tidak', 'tidak', 'tidak', 'tidak', 'tidak']);
    expect(normalizeText('Pemkot dan Dishub')).toBe('pemerintah kota dan dinas perhubungan');
  });

  it('collapses elongations but keeps real double letters', () => {
    expect(normalizeText('bangettt kerennnn mantappp')).toBe('banget keren mantap');
    expect(normalizeText('Maaaaf, saat ini taat')).toBe('maaf saat ini taat');
    expect(collapseRepeats('bagusss')).toBe('bagus');
  });

  it('drops URLs and mentions, keeps hashtag words', () => {
    expect(normalizeText('Cek https://t.co/x1 @pemkot_jambi #BanjirJambi www.contoh.id')).toBe('cek banjir jambi');
  });

  it('turns emoji and emoticons into sentiment markers', () => {
    expect(tokenize('mantap 👍🏽')).toEqual(['mantap', 'emopos']);
    expect(tokenize('kecewa 😡😡 :(')).toEqual(['kecewa', 'emoneg', 'emoneg', 'emoneg']);
    expect(tokenize('🤦‍♂️')).toEqual(['emoneg']);
    expect(tokenize('🏠')).toEqual([]);
  });

  it('handles reduplication, laughter and negation words', () => {
    expect(tokenize('hati2 anak-anak wkwkwk')).toEqual(['hati-hati', 'anak-anak', 'haha']);
    expect(tokenize('gak bagus')).toEqual(['tidak', 'bagus']);
    expect(tokenize('blm jelas')).toEqual(['belum', 'jelas']);
  });

  it('is robust to odd input', () => {
    expect(normalizeText('')).toBe('');
    expect(normalizeText('   \n\t ')).toBe('');
    expect(normalizeText(undefined as unknown as string)).toBe('');
    expect(normalizeText('<p>Wali&nbsp;Kota <b>meresmikan</b></p><!-- x -->')).toBe('wali kota meresmikan');
    expect(normalizeText('jalan\uFFFD\uFFFDrusak')).toBe('jalan rusak');
    // Slang is a Map: object keys such as "constructor" must not resolve to prototype members.
    expect(normalizeText('constructor toString __proto__')).toBe('constructor tostring proto');
  });

  it('caps work on huge texts', () => {
    const big = 'jalan rusak parah '.repeat(60_000); // ~1 MB
    const t = performance.now();
    const out = normalizeText(big);
    expect(performance.now() - t).toBeLessThan(2_000);
    expect(out.length).toBeLessThanOrEqual(MAX_NORMALIZE_CHARS);
  });
});

describe('emoticons', () => {
  it('turns every emoticon into its marker, alone or among words', () => {
    for (const [e, marker] of EMOTICONS) {
      expect(tokenize(e), e).toEqual([marker]);
      expect(tokenize(`enak ${e} banget`), e).toEqual(['enak', marker, 'banget']);
    }
  });
});

describe('stem and stopwords', () => {
  it('stems Indonesian affixes', () => {
    expect(stem('pembangunan')).toBe('bangun');
    expect(stem('kemacetan')).toBe('macet');
    expect(stem('emopos')).toBe('emopos');
    expect(stem('2024')).toBe('2024');
  });

  it('memoization does not change output', () => {
    const words = ['pembangunan', 'pelayanannya', 'mengecewakan', 'anak-anak', 'diperbaiki', 'kebersihan'];
    clearStemCache();
    const first = words.map(stem);
    const second = words.map(stem);
    clearStemCache();
    const third = words.map(stem);
    expect(second).toEqual(first);
    expect(third).toEqual(first);
  });

  it('stemmerFor gives stem() whenever the stem is a target, and never a target otherwise', () => {
    const targets = ['pukul', 'tulis', 'kirim', 'sapu', 'ajar', 'bangun', 'macet', 'bencana', 'geng', 'air', 'banjir', 'kecewa', 'rusak', 'jalan'];
    const set = new Set(targets);
    const f = stemmerFor(targets);
    const prefixes = ['', 'di', 'ke', 'se', 'ber', 'be', 'ter', 'me', 'mem', 'men', 'meng', 'meny', 'pe', 'pem', 'pen', 'peng', 'peny', 'per', 'memper', 'diper', 'bel'];
    const suffixes = ['', 'i', 'kan', 'an', 'nya', 'kannya', 'lah', 'ku', 'mu', 'pun', 'isasi'];
    const roots = [...targets, 'ukul', 'ulis', 'irim', 'apu', 'encana', 'elencana', 'eleng', 'bagus', 'pukulan', 'rumah'];
    let skipped = 0;
    for (const r of roots) {
      for (const p of prefixes) {
        for (const x of suffixes) {
          const w = p + r + x;
          const s = stem(w);
          if (set.has(s)) expect(f(w), w).toBe(s);
          else expect(set.has(f(w)), w).toBe(false);
          if (f(w) === NO_STEM) skipped++;
        }
      }
    }
    // The stemmer's own cases: recoded prefixes, "belajar", an infix.
    expect(['memukul', 'menulis', 'mengirim', 'menyapu', 'belajar', 'pembangunannya', 'digelengi'].map(f)).toEqual(['pukul', 'tulis', 'kirim', 'sapu', 'ajar', 'bangun', 'geng']);
    expect(skipped).toBeGreaterThan(0);
  });

  it('keeps negation and evaluative words out of the stopword list', () => {
    expect(isStopword('yang')).toBe(true);
    expect(isStopword('dan')).toBe(true);
    expect(isStopword('tidak')).toBe(false);
    expect(isStopword('kurang')).toBe(false);
  });
});

describe('normalizeText on ASCII text', () => {
  // ASCII text takes cheaper character classes; a trailing no-break space sends the same text
  // through the Unicode classes, and it only separates.
  it('gives what the Unicode classes give', () => {
    let seed = 5;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bits = ['a', 'B', 'z', '7', ' ', '\t', '\n', '-', '.', ',', '!', '@', '#', ':)', '<b>', '&amp;', 'http://x.id/a', 'wkwk', 'gaada', 'bangettt', '_', '~', '|'];
    for (let k = 0; k < 3000; k++) {
      const s = Array.from({ length: Math.floor(next() * 30) }, () => (next() < 0.3 ? String.fromCharCode(32 + Math.floor(next() * 95)) : bits[Math.floor(next() * bits.length)]!)).join('');
      expect(normalizeText(s), JSON.stringify(s)).toBe(normalizeText(`${s} \u00a0`));
      expect(tokenize(s)).toEqual(tokenize(`${s} \u00a0`));
    }
  });
});
