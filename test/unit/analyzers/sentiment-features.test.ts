// The optional sentiment features tried by cross-validation (scripts/train-sentiment-cv.ts): the
// AFINN-ID word-list sums, -nya splitting, contrast copies, the negation window, and the index of
// near-duplicates that keeps CV folds honest.
import { describe, expect, it } from 'vitest';
import { afinnId } from '../../../analyzers/sentiment/afinn-id.js';
import { contrastTokens, DEFAULT_SENTIMENT_FEATURES, sentimentFeatures, withNegationTokens } from '../../../analyzers/sentiment/features.js';
import { nearDuplicateIndex } from '../../../analyzers/sentiment/near-duplicates.js';
import { splitNya } from '../../../analyzers/sentiment/social.js';

describe('AFINN-ID word list', () => {
  it('loads normalized word keys with halved scores and no emoji keys', () => {
    const m = afinnId();
    expect(m.size).toBeGreaterThan(1500);
    for (const k of m.keys()) expect(k).toMatch(/^\p{L}/u);
    expect([...m.values()].every((v) => v !== 0 && Math.abs(v) <= 2.5)).toBe(true);
  });

  it('adds two features only when afinnWeight is set', () => {
    const text = 'pelayanan buruk sekali, sangat mengecewakan';
    const off = sentimentFeatures(text, { ...DEFAULT_SENTIMENT_FEATURES, afinnWeight: 0 }).vector;
    const on = sentimentFeatures(text, { ...DEFAULT_SENTIMENT_FEATURES, afinnWeight: 1 }).vector;
    expect(on.idx.length).toBeGreaterThan(off.idx.length);
    expect(on.idx.length - off.idx.length).toBeLessThanOrEqual(2);
  });
});

describe('token passes', () => {
  it('splits -nya off words but not root words ending in nya', () => {
    expect(splitNya(['tempatnya', 'bersih', 'hanya', 'punya'])).toEqual(['tempat', 'nya', 'bersih', 'hanya', 'punya']);
    const same = ['rapat', 'dprd'];
    expect(splitNya(same)).toBe(same);
  });

  it('copies the words after the last contrast word', () => {
    expect(contrastTokens(['murah', 'tapi', 'kotor', 'sekali'])).toEqual(['but_kotor', 'but_sekali']);
    expect(contrastTokens(['murah', 'bersih'])).toEqual([]);
  });

  it('negation copies reach as far as the window', () => {
    const t = ['tidak', 'terlalu', 'enak', 'rasanya'];
    expect(withNegationTokens(t, 1).slice(t.length)).toEqual(['neg_terlalu']);
    expect(withNegationTokens(t, 3).slice(t.length)).toEqual(['neg_terlalu', 'neg_enak', 'neg_rasanya']);
  });
});

describe('near-duplicate index', () => {
  it('lists the held-out rows each row nearly duplicates (token-set Jaccard)', () => {
    const held = [{ text: 'makanan enak dan murah sekali' }, { text: 'pelayanan lambat' }];
    const rows = [{ text: 'makanan enak dan murah sekali!' }, { text: 'hotel bersih' }, { text: 'pelayanan sangat lambat' }];
    expect(nearDuplicateIndex(rows, held, 0.5)).toEqual([[0], [], [1]]);
  });
});
