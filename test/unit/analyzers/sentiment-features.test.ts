// What the sentiment cross-validation (scripts/train-sentiment-cv.ts) relies on: the negation window
// it can vary, the index of near-duplicates that keeps its folds honest, the class bias it tunes and
// the NB-SVM variant it can try.
import { describe, expect, it } from 'vitest';
import { withNegationTokens } from '../../../analyzers/sentiment/features.js';
import { applyClassBias } from '../../../analyzers/sentiment/model.js';
import { trainNbsvm } from '../../../analyzers/sentiment/nbsvm.js';
import { nearDuplicateIndex } from '../../../analyzers/sentiment/near-duplicates.js';
import { predictProba } from '../../../analyzers/shared/logreg.js';

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

describe('class bias after the prior', () => {
  it('moves mass towards the biased class and keeps a distribution', () => {
    const p = applyClassBias([0.3, 0.3, 0.4], [0.2, 0.4, 0]);
    expect(p[0] + p[1] + p[2]).toBeCloseTo(1, 12);
    expect(p[1]).toBeGreaterThan(p[2]);
    expect(p[0]).toBeGreaterThan(0.3);
    expect(applyClassBias([0.3, 0.3, 0.4], undefined)).toEqual([0.3, 0.3, 0.4]);
  });
});

describe('one-vs-rest NB-SVM folded into one linear model', () => {
  it('separates classes by their distinctive slots and leaves unseen slots at 0', () => {
    const v = (...slots: number[]) => ({ idx: Int32Array.from(slots), val: Float32Array.from(slots, () => 1 / Math.sqrt(slots.length)) });
    const xs = [v(0, 1), v(0, 2), v(3, 4), v(3, 5), v(6, 7), v(6, 8)];
    const ys = [0, 0, 1, 1, 2, 2];
    const m = trainNbsvm(xs, ys, ['negative', 'neutral', 'positive'], 16, { epochs: 20, seed: 1 }, { alpha: 1 });
    for (let c = 0; c < 3; c++) expect(predictProba(m, v(3 * c))[c]).toBeGreaterThan(0.5);
    for (let c = 0; c < 3; c++) expect(m.weights[c * 16 + 12]).toBe(0);
  });
});
