// The shipped hoax classifier: L2-regularized logistic regression over hashed TF-IDF features
// (features.ts), stored as JSON (rebuilt by `scripts/train-hoax.ts`): the slots seen in at least two
// training documents, delta-encoded, with their document frequency (idf is recomputed from it) and
// weight (the dated model: also one weight per period, and one term per year; era.ts). Loaded lazily
// once per process into one dense interleaved array: idf, weight[, period weights…] per slot.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eraIndex, periodIndex } from './era.js';
import { BLOCK_TABLE, HOAX_BITS, idfFromDf, MIN_DF, STYLE_WEIGHT, visitHoaxBlocks, type HoaxCounts } from './features.js';
import type { IndicatorName } from './indicators.js';

export interface HoaxModel {
  /** Format version of this file. */
  format: 2;
  bits: number;
  bias: number;
  /** Training documents (for idf). */
  nDocs: number;
  /** Slots in increasing order, delta-encoded (first value absolute). */
  slotDeltas: number[];
  /** Document frequency of each slot (0 for style slots, which have no idf). */
  df: number[];
  /** Weight of each slot (log-odds of "hoax"). */
  weights: number[];
  /**
   * The dated model only: for each period (first years `starts`, era.ts), the weight of each slot for
   * documents published in it (shared + the period's own), aligned with slotDeltas.
   */
  periods?: { starts: number[]; weights: number[][] };
  /**
   * The dated model only: one weight per year from `first` (era.ts), applied at STYLE_WEIGHT when a
   * document's year is known.
   */
  era?: { first: number; weights: number[] };
  /** What produced it: data, command, date, CV figures. */
  meta: Record<string, unknown>;
}

export interface LoadedHoaxModel {
  bits: number;
  bias: number;
  /** Floats per slot in `packed`: 2 (idf, weight), or 2 + periods for the dated model. */
  stride: number;
  periodStarts?: readonly number[];
  era?: { first: number; weights: Float32Array };
  /**
   * Slot s at [stride·s]: idf, shared weight, then the weight for each period: one cache line per
   * looked-up slot.
   */
  packed: Float32Array;
  meta: Record<string, unknown>;
  /**
   * With a triage model attached (withTriage): its idf and weight sit at [stride·s + triage] and
   * [stride·s + triage + 1], so that one pass over a document's slots reads both models from one
   * cache line.
   */
  triage?: number;
}

export const MODEL_PATH = fileURLToPath(new URL('./model/hoax-model.json', import.meta.url));
/**
 * The triage classifier: FakeNewsID hoaxes against FakeNewsID non-hoaxes and licensed ordinary text
 * (train.ts, trainTriageModel); gates the hoax score of texts that do not read like circulated claims.
 */
export const TRIAGE_MODEL_PATH = fileURLToPath(new URL('./model/hoax-triage-model.json', import.meta.url));
/** The same classifier trained with a term per year of publication, for documents with a date. */
export const DATED_MODEL_PATH = fileURLToPath(new URL('./model/hoax-model-dated.json', import.meta.url));

export function denseModel(m: HoaxModel): LoadedHoaxModel {
  if (m.format !== 2 || m.bits !== HOAX_BITS) throw new Error(`hoax model: format ${m.format}/${m.bits} bits, expected 2/${HOAX_BITS}`);
  const dim = 1 << m.bits;
  const df = new Uint32Array(dim);
  const periods = m.periods?.weights ?? [];
  const stride = 2 + periods.length;
  const packed = new Float32Array(stride * dim);
  let slot = 0;
  for (let i = 0; i < m.slotDeltas.length; i++) {
    slot += m.slotDeltas[i];
    packed[stride * slot + 1] = m.weights[i];
    for (let k = 0; k < periods.length; k++) packed[stride * slot + 2 + k] = periods[k][i];
    df[slot] = m.df[i];
  }
  const idf = idfFromDf(df, m.nDocs, MIN_DF);
  for (let j = 0; j < dim; j++) packed[stride * j] = idf[j];
  return {
    bits: m.bits,
    bias: m.bias,
    stride,
    packed,
    meta: m.meta,
    ...(m.periods ? { periodStarts: m.periods.starts } : {}),
    ...(m.era ? { era: { first: m.era.first, weights: Float32Array.from(m.era.weights) } } : {}),
  };
}

/** Sparse form of a trained model: slots with an idf or a weight. */
export function packModel(
  bias: number,
  w: Float32Array | Float64Array,
  df: Uint32Array,
  nDocs: number,
  meta: Record<string, unknown> = {},
  periods?: { starts: number[]; weights: (Float32Array | Float64Array)[] },
  era?: { first: number; weights: number[] },
): HoaxModel {
  const slotDeltas: number[] = [];
  const dfs: number[] = [];
  const weights: number[] = [];
  const pw: number[][] = (periods?.weights ?? []).map(() => []);
  const r4 = (x: number): number => Math.round(x * 1e4) / 1e4;
  let prev = 0;
  for (let j = 0; j < w.length; j++) {
    const keepDf = df[j] >= MIN_DF;
    const wj = r4(w[j]);
    if (!keepDf && wj === 0 && !periods?.weights.some((p) => r4(p[j]) !== 0)) continue;
    slotDeltas.push(j - prev);
    prev = j;
    dfs.push(keepDf ? df[j] : 0);
    weights.push(wj);
    periods?.weights.forEach((p, k) => pw[k].push(r4(p[j])));
  }
  return {
    format: 2,
    bits: HOAX_BITS,
    bias: r4(bias),
    nDocs,
    slotDeltas,
    df: dfs,
    weights,
    ...(periods ? { periods: { starts: periods.starts, weights: pw } } : {}),
    ...(era ? { era } : {}),
    meta,
  };
}

const cached = new Map<string, LoadedHoaxModel | null>();

/**
 * A shipped model (MODEL_PATH or DATED_MODEL_PATH, loaded once per process), or another file; null
 * when it has not been built (the analyzer then uses indicators only).
 */
export function loadHoaxModel(path = MODEL_PATH): LoadedHoaxModel | null {
  const shipped = path === MODEL_PATH || path === DATED_MODEL_PATH || path === TRIAGE_MODEL_PATH;
  const hit = shipped ? cached.get(path) : undefined;
  if (hit !== undefined) return hit;
  const m = existsSync(path) ? denseModel(JSON.parse(readFileSync(path, 'utf8')) as HoaxModel) : null;
  if (shipped) cached.set(path, m);
  return m;
}

/**
 * Log-odds of "hoax" straight from a document's counts: the same arithmetic as
 * hoaxVector(counts, idf) · weights + bias (per block sublinear tf × idf, L2-normalized; style
 * features at STYLE_WEIGHT), without building the vector.
 */
export function hoaxLogit(model: LoadedHoaxModel, c: HoaxCounts): number {
  const P = model.packed;
  const S = model.stride;
  // Which weight of a slot: the shared one, or (dated model, year known) the year's period's.
  const wo = c.year !== undefined && model.periodStarts ? 2 + periodIndex(c.year, model.periodStarts) : 1;
  let z = model.bias;
  for (const b of c.blocks) {
    let norm = 0;
    let dot = 0;
    for (let i = 0; i < b.idx.length; i++) {
      const o = S * b.idx[i];
      const w = P[o];
      if (w === 0) continue;
      const cnt = b.cnt[i];
      const v = (cnt > 1 ? 1 + Math.log(cnt) : cnt) * w;
      norm += v * v;
      dot += v * P[o + wo];
    }
    if (norm > 0) z += dot / Math.sqrt(norm);
  }
  for (let i = 0; i < c.style.length; i++) z += STYLE_WEIGHT * P[S * c.style[i] + wo];
  if (c.year !== undefined && model.era) z += STYLE_WEIGHT * model.era.weights[eraIndex(c.year, model.era.first, model.era.weights.length)];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}

/**
 * The model with a triage model's idf and weights interleaved into its array (two more floats per
 * slot), for hoaxLogits. Both must have the same number of bits.
 */
export function withTriage(model: LoadedHoaxModel, triage: LoadedHoaxModel): LoadedHoaxModel {
  if (model.bits !== triage.bits) throw new Error(`hoax triage model: ${triage.bits} bits, expected ${model.bits}`);
  const S = model.stride;
  const T = triage.stride;
  const stride = S + 2;
  const dim = 1 << model.bits;
  const packed = new Float32Array(stride * dim);
  for (let j = 0; j < dim; j++) {
    for (let k = 0; k < S; k++) packed[stride * j + k] = model.packed[S * j + k];
    packed[stride * j + S] = triage.packed[T * j];
    packed[stride * j + S + 1] = triage.packed[T * j + 1];
  }
  return { ...model, stride, packed, triage: S, meta: { ...model.meta, triageBias: triage.bias } };
}

/**
 * Log-odds of the model and of its attached triage model (withTriage) in one pass over the counts:
 * the same arithmetic as hoaxLogit on each (the triage model reads no year).
 */
export function hoaxLogits(model: LoadedHoaxModel, c: HoaxCounts): { logit: number; triage: number | undefined } {
  const t = model.triage;
  if (t === undefined) return { logit: hoaxLogit(model, c), triage: undefined };
  const P = model.packed;
  const S = model.stride;
  const wo = c.year !== undefined && model.periodStarts ? 2 + periodIndex(c.year, model.periodStarts) : 1;
  let z = model.bias;
  let zt = model.meta.triageBias as number;
  for (const b of c.blocks) {
    let norm = 0;
    let dot = 0;
    let normT = 0;
    let dotT = 0;
    for (let i = 0; i < b.idx.length; i++) {
      const o = S * b.idx[i];
      const w = P[o];
      const wt = P[o + t];
      if (w === 0 && wt === 0) continue;
      const cnt = b.cnt[i];
      const tf = cnt > 1 ? 1 + Math.log(cnt) : cnt;
      const v = tf * w;
      norm += v * v;
      dot += v * P[o + wo];
      const vt = tf * wt;
      normT += vt * vt;
      dotT += vt * P[o + t + 1];
    }
    if (norm > 0) z += dot / Math.sqrt(norm);
    if (normT > 0) zt += dotT / Math.sqrt(normT);
  }
  for (let i = 0; i < c.style.length; i++) {
    const o = S * c.style[i];
    z += STYLE_WEIGHT * P[o + wo];
    zt += STYLE_WEIGHT * P[o + t + 1];
  }
  if (c.year !== undefined && model.era) z += STYLE_WEIGHT * model.era.weights[eraIndex(c.year, model.era.first, model.era.weights.length)];
  return { logit: z, triage: zt };
}

/**
 * hoaxLogits(model, hoaxCounts(title, text, indicators, year)) without building the counts: each
 * block's slots are read where they were counted (visitHoaxBlocks), in the same order, with the same
 * arithmetic, so the log-odds are bit-for-bit the same; it saves the analyzer eight typed arrays
 * per document.
 */
export function hoaxLogitsOf(
  model: LoadedHoaxModel,
  title: string | undefined,
  text: string,
  indicators: readonly IndicatorName[] | undefined,
  year: number | undefined,
): { logit: number; triage: number | undefined } {
  const t = model.triage;
  const P = model.packed;
  const S = model.stride;
  const wo = year !== undefined && model.periodStarts ? 2 + periodIndex(year, model.periodStarts) : 1;
  const { keys, counts, used } = BLOCK_TABLE;
  let z = model.bias;
  let zt = t === undefined ? 0 : (model.meta.triageBias as number);
  const style = visitHoaxBlocks(title, text, indicators, (n) => {
    let norm = 0;
    let dot = 0;
    if (t === undefined) {
      for (let i = 0; i < n; i++) {
        const p = used[i];
        const o = S * keys[p];
        const w = P[o];
        if (w === 0) continue;
        const cnt = counts[p];
        const v = (cnt > 1 ? 1 + Math.log(cnt) : cnt) * w;
        norm += v * v;
        dot += v * P[o + wo];
      }
      if (norm > 0) z += dot / Math.sqrt(norm);
      return;
    }
    let normT = 0;
    let dotT = 0;
    for (let i = 0; i < n; i++) {
      const p = used[i];
      const o = S * keys[p];
      const w = P[o];
      const wt = P[o + t];
      if (w === 0 && wt === 0) continue;
      const cnt = counts[p];
      const tf = cnt > 1 ? 1 + Math.log(cnt) : cnt;
      const v = tf * w;
      norm += v * v;
      dot += v * P[o + wo];
      const vt = tf * wt;
      normT += vt * vt;
      dotT += vt * P[o + t + 1];
    }
    if (norm > 0) z += dot / Math.sqrt(norm);
    if (normT > 0) zt += dotT / Math.sqrt(normT);
  });
  for (let i = 0; i < style.length; i++) {
    const o = S * style[i];
    z += STYLE_WEIGHT * P[o + wo];
    if (t !== undefined) zt += STYLE_WEIGHT * P[o + t + 1];
  }
  if (year !== undefined && model.era) z += STYLE_WEIGHT * model.era.weights[eraIndex(year, model.era.first, model.era.weights.length)];
  return { logit: z, triage: t === undefined ? undefined : zt };
}
