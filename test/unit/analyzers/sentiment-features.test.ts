// What the sentiment cross-validation (scripts/train-sentiment-cv.ts) relies on: the negation window
// it can vary, and the index of near-duplicates that keeps its folds honest.
import { describe, expect, it } from 'vitest';
import { withNegationTokens } from '../../../analyzers/sentiment/features.js';
import { nearDuplicateIndex } from '../../../analyzers/sentiment/near-duplicates.js';

describe('token passes', () => {
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
