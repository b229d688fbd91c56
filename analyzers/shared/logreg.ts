// Multinomial logistic regression over hashed sparse features, trained with AdaGrad SGD. Chosen over
// SVMs because it gives calibrated-enough probabilities, which the sentiment score (P(pos) − P(neg))
// and the "neutral when unsure" rule need. Dense weights during training (k × 2^bits floats, a few
// MB); shipped models keep only non-zero slots (model-io.ts).
import { mulberry32, shuffleInPlace } from './random.js';
import type { SparseVector } from './sparse.js';

export interface LinearModel {
  classes: string[];
  dim: number;
  /** Row-major [class][slot]. */
  weights: Float32Array;
  bias: Float32Array;
}

export interface TrainOptions {
  epochs?: number;
  /** AdaGrad base learning rate. */
  learningRate?: number;
  /** L2 penalty per example update (applied to touched weights). */
  l2?: number;
  /** Reweight classes inversely to their frequency (helps macro-F1 on skewed data). */
  balanced?: boolean;
  seed?: number;
  /** Per-example weights (e.g. down-weight a noisy source); default 1. */
  sampleWeights?: number[];
}

export function softmaxInPlace(z: Float64Array | number[]): void {
  let max = -Infinity;
  for (const v of z) if (v > max) max = v;
  let sum = 0;
  for (let i = 0; i < z.length; i++) {
    z[i] = Math.exp(z[i] - max);
    sum += z[i];
  }
  for (let i = 0; i < z.length; i++) z[i] /= sum;
}

export function predictProba(model: LinearModel, x: SparseVector): number[] {
  const k = model.classes.length;
  const z = new Array<number>(k);
  for (let c = 0; c < k; c++) {
    let s = model.bias[c];
    const off = c * model.dim;
    for (let i = 0; i < x.idx.length; i++) s += model.weights[off + x.idx[i]] * x.val[i];
    z[c] = s;
  }
  softmaxInPlace(z);
  return z;
}

export function trainLogReg(
  xs: SparseVector[],
  ys: number[],
  classes: string[],
  dim: number,
  opts: TrainOptions = {},
): LinearModel {
  const { epochs = 15, learningRate = 0.5, l2 = 1e-5, balanced = true, seed = 1 } = opts;
  const k = classes.length;
  // Slot-major during training ([slot × k + class]): a feature's k weights and AdaGrad sums share a
  // cache line, which halves the training time over 2^18 slots. Every weight sees the same float
  // operations in the same order as with one row per class, so the model is bit-for-bit the same.
  const w = new Float32Array(k * dim);
  const g2 = new Float32Array(k * dim).fill(1e-8);
  const b = new Float32Array(k);
  const bg2 = new Float32Array(k).fill(1e-8);
  const counts = new Array<number>(k).fill(0);
  for (const y of ys) counts[y]++;
  const classWeight = counts.map((c) => (balanced && c > 0 ? ys.length / (k * c) : 1));
  const order = xs.map((_, i) => i);
  const rand = mulberry32(seed);
  const z = new Float64Array(k);
  for (let ep = 0; ep < epochs; ep++) {
    shuffleInPlace(order, rand);
    for (const n of order) {
      const { idx, val } = xs[n];
      const len = idx.length;
      for (let c = 0; c < k; c++) {
        let s = b[c];
        for (let i = 0; i < len; i++) s += w[idx[i] * k + c] * val[i];
        z[c] = s;
      }
      softmaxInPlace(z);
      const sw = classWeight[ys[n]] * (opts.sampleWeights?.[n] ?? 1);
      for (let c = 0; c < k; c++) {
        const grad = (z[c] - (c === ys[n] ? 1 : 0)) * sw;
        for (let i = 0; i < len; i++) {
          const j = idx[i] * k + c;
          const gj = grad * val[i] + l2 * w[j];
          g2[j] += gj * gj;
          w[j] -= (learningRate * gj) / Math.sqrt(g2[j]);
        }
        bg2[c] += grad * grad;
        b[c] -= (learningRate * grad) / Math.sqrt(bg2[c]);
      }
    }
  }
  const weights = new Float32Array(k * dim);
  for (let j = 0; j < dim; j++) for (let c = 0; c < k; c++) weights[c * dim + j] = w[j * k + c];
  return { classes, dim, weights, bias: b };
}
