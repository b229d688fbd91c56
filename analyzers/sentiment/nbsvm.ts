// One-vs-rest NB-SVM (Wang & Manning 2012, "Baselines and bigrams"), trained with the project's
// logistic regression instead of an SVM: for each class, the log-count ratio r of every (binarized)
// feature between that class and the rest, then a binary logistic regression on x ⊙ r. Its logit is
// linear in x with weights w ⊙ r, so the three are folded back into one 3-class linear model over
// the same features: the model file, its loader and the run-time cost stay those of the plain
// logistic regression (the softmax over the three one-vs-rest logits gives the probabilities).
import { trainLogReg, type LinearModel, type TrainOptions } from '../shared/logreg.js';
import type { SparseVector } from '../shared/sparse.js';

export interface NbsvmOptions {
  /** Additive smoothing of the feature counts. */
  alpha: number;
}

/** r[j] = log((p_j / |p|₁) / (q_j / |q|₁)), p / q the smoothed document counts of slot j in class c / the rest. */
export function logCountRatios(xs: readonly SparseVector[], ys: readonly number[], c: number, dim: number, alpha: number): Float32Array {
  const p = new Float64Array(dim).fill(alpha);
  const q = new Float64Array(dim).fill(alpha);
  for (let n = 0; n < xs.length; n++) {
    const t = ys[n] === c ? p : q;
    for (const j of xs[n].idx) t[j] += 1;
  }
  let sp = 0;
  let sq = 0;
  for (let j = 0; j < dim; j++) {
    sp += p[j];
    sq += q[j];
  }
  const r = new Float32Array(dim);
  for (let j = 0; j < dim; j++) r[j] = Math.log(p[j] / sp / (q[j] / sq));
  return r;
}

export function trainNbsvm(
  xs: readonly SparseVector[],
  ys: readonly number[],
  classes: readonly string[],
  dim: number,
  train: TrainOptions,
  opts: NbsvmOptions,
): LinearModel {
  const k = classes.length;
  const weights = new Float32Array(k * dim);
  const bias = new Float32Array(k);
  for (let c = 0; c < k; c++) {
    const r = logCountRatios(xs, ys, c, dim, opts.alpha);
    const xr = xs.map(({ idx, val }) => ({ idx, val: Float32Array.from(val, (v, i) => v * r[idx[i]]) }));
    const m = trainLogReg(xr, ys.map((y) => (y === c ? 1 : 0)), ['rest', classes[c]], dim, train);
    // Slots never seen in training keep weight 0 (trainLogReg touches only seen slots), so the
    // folded model is as sparse as the plain one.
    for (let j = 0; j < dim; j++) weights[c * dim + j] = (m.weights[dim + j] - m.weights[j]) * r[j];
    bias[c] = m.bias[1] - m.bias[0];
  }
  return { classes: [...classes], dim, weights, bias };
}
