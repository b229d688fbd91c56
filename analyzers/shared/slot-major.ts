// Prediction-time layout of a trained linear model: weights slot-major ([slot × classes + class])
// instead of the training layout (one row of 2^bits weights per class). A document's few hundred
// features then cost one cache line each instead of one per class, which matters when the rows are
// megabytes and other analyzers evict them between documents. Sums run per class in the same order
// with the same float operations as predictProba, so probabilities are bit-for-bit identical.
import { softmaxInPlace, type LinearModel } from './logreg.js';
import type { SparseVector } from './sparse.js';

export interface SlotMajorModel {
  readonly k: number;
  readonly bias: Float32Array;
  readonly weights: Float32Array;
}

export function toSlotMajor(m: LinearModel): SlotMajorModel {
  const k = m.classes.length;
  const weights = new Float32Array(k * m.dim);
  for (let c = 0; c < k; c++) {
    const off = c * m.dim;
    for (let j = 0; j < m.dim; j++) weights[j * k + c] = m.weights[off + j]!;
  }
  return { k, bias: m.bias, weights };
}

/** Same result as predictProba(model, x) for the LinearModel this was made from. */
export function predictProbaSlotMajor(m: SlotMajorModel, x: SparseVector): number[] {
  const { k, weights: w } = m;
  const { idx, val } = x;
  const n = idx.length;
  if (k === 3) {
    let s0 = m.bias[0]!;
    let s1 = m.bias[1]!;
    let s2 = m.bias[2]!;
    for (let i = 0; i < n; i++) {
      const at = idx[i]! * 3;
      const v = val[i]!;
      s0 += w[at]! * v;
      s1 += w[at + 1]! * v;
      s2 += w[at + 2]! * v;
    }
    const z = [s0, s1, s2];
    softmaxInPlace(z);
    return z;
  }
  const z = new Array<number>(k);
  for (let c = 0; c < k; c++) z[c] = m.bias[c]!;
  for (let i = 0; i < n; i++) {
    const at = idx[i]! * k;
    const v = val[i]!;
    for (let c = 0; c < k; c++) z[c] += w[at + c]! * v;
  }
  softmaxInPlace(z);
  return z;
}
