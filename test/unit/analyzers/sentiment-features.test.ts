// What the sentiment cross-validation (scripts/train-sentiment-cv.ts) relies on: the negation window
// it can vary, the index of near-duplicates that keeps its folds honest, the class bias it tunes and
// the NB-SVM variant it can try.
import { describe, expect, it } from 'vitest';
import { DEFAULT_SENTIMENT_FEATURES, withNegationTokens } from '../../../analyzers/sentiment/features.js';
import { extraSlot, featurizeTokens } from '../../../analyzers/shared/featurize.js';
import type { SparseVector } from '../../../analyzers/shared/sparse.js';
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

describe('featurizeTokens extras', () => {
  // The merge featurizeTokens used to run after normalization: add to a present slot, else insert
  // in order, rounding to float32 after every step.
  function merged(vec: SparseVector, extras: ReadonlyArray<readonly [number, number]>): SparseVector {
    const idx = Array.from(vec.idx);
    const val = Array.from(vec.val);
    for (const [slot, v] of extras) {
      const at = idx.findIndex((s) => s >= slot);
      if (at >= 0 && idx[at] === slot) val[at] = Math.fround(val[at]! + v);
      else if (at < 0) {
        idx.push(slot);
        val.push(Math.fround(v));
      } else {
        idx.splice(at, 0, slot);
        val.splice(at, 0, Math.fround(v));
      }
    }
    return { idx: Int32Array.from(idx), val: Float32Array.from(val) };
  }

  it('gives the vector without extras with the extras merged in, bit for bit', () => {
    const opts = DEFAULT_SENTIMENT_FEATURES;
    const tokens = 'pelayanan nya tidak ramah dan makanan nya dingin sekali'.split(' ');
    const base = featurizeTokens(tokens, opts);
    const present = base.idx[3]!;
    const lex = extraSlot('__lex_pos', opts.bits);
    for (const extras of [
      [[lex, 0.3], [extraSlot('__lex_neg', opts.bits), 0.7]],
      [[present, 0.25], [lex, 0.1]],
      [[lex, 0.1], [lex, 0.2]],
      [[present, 0], [lex, 0]],
      [[0, 0.5], [(1 << opts.bits) - 1, 0.5]],
    ] as [number, number][][]) {
      const got = featurizeTokens(tokens, opts, extras);
      const want = merged(base, extras);
      expect(Array.from(got.idx)).toEqual(Array.from(want.idx));
      expect(Array.from(got.val)).toEqual(Array.from(want.val));
    }
  });
});
