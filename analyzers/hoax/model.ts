// The shipped hoax classifier: L2-regularized logistic regression over hashed TF-IDF features
// (features.ts), stored as JSON (rebuilt by `scripts/train-hoax.ts`): the slots seen in at least two
// training documents, delta-encoded, with their document frequency (idf is recomputed from it) and
// weight. Loaded lazily once per process into one dense interleaved idf/weight array (8 MB).
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { eraIndex } from './era.js';
import { HOAX_BITS, idfFromDf, MIN_DF, STYLE_WEIGHT, type HoaxCounts } from './features.js';

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
  era?: { first: number; weights: Float32Array };
  /** idf and weight of slot s at [2s] and [2s + 1]: one cache line per looked-up slot. */
  packed: Float32Array;
  meta: Record<string, unknown>;
}

export const MODEL_PATH = fileURLToPath(new URL('./model/hoax-model.json', import.meta.url));
/** The same classifier trained with a term per year of publication, for documents with a date. */
export const DATED_MODEL_PATH = fileURLToPath(new URL('./model/hoax-model-dated.json', import.meta.url));

export function denseModel(m: HoaxModel): LoadedHoaxModel {
  if (m.format !== 2 || m.bits !== HOAX_BITS) throw new Error(`hoax model: format ${m.format}/${m.bits} bits, expected 2/${HOAX_BITS}`);
  const dim = 1 << m.bits;
  const df = new Uint32Array(dim);
  const packed = new Float32Array(2 * dim);
  let slot = 0;
  for (let i = 0; i < m.slotDeltas.length; i++) {
    slot += m.slotDeltas[i];
    packed[2 * slot + 1] = m.weights[i];
    df[slot] = m.df[i];
  }
  const idf = idfFromDf(df, m.nDocs, MIN_DF);
  for (let j = 0; j < dim; j++) packed[2 * j] = idf[j];
  const era = m.era ? { first: m.era.first, weights: Float32Array.from(m.era.weights) } : undefined;
  return { bits: m.bits, bias: m.bias, packed, meta: m.meta, ...(era ? { era } : {}) };
}

/** Sparse form of a trained model: slots with an idf or a weight. */
export function packModel(bias: number, w: Float32Array | Float64Array, df: Uint32Array, nDocs: number, meta: Record<string, unknown> = {}): HoaxModel {
  const slotDeltas: number[] = [];
  const dfs: number[] = [];
  const weights: number[] = [];
  let prev = 0;
  for (let j = 0; j < w.length; j++) {
    const keepDf = df[j] >= MIN_DF;
    const wj = Math.round(w[j] * 1e4) / 1e4;
    if (!keepDf && wj === 0) continue;
    slotDeltas.push(j - prev);
    prev = j;
    dfs.push(keepDf ? df[j] : 0);
    weights.push(wj);
  }
  return { format: 2, bits: HOAX_BITS, bias: Math.round(bias * 1e4) / 1e4, nDocs, slotDeltas, df: dfs, weights, meta };
}

const cached = new Map<string, LoadedHoaxModel | null>();

/**
 * A shipped model (MODEL_PATH or DATED_MODEL_PATH, loaded once per process), or another file; null
 * when it has not been built (the analyzer then uses indicators only).
 */
export function loadHoaxModel(path = MODEL_PATH): LoadedHoaxModel | null {
  const shipped = path === MODEL_PATH || path === DATED_MODEL_PATH;
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
  let z = model.bias;
  for (const b of c.blocks) {
    let norm = 0;
    let dot = 0;
    for (let i = 0; i < b.idx.length; i++) {
      const o = 2 * b.idx[i];
      const w = P[o];
      if (w === 0) continue;
      const cnt = b.cnt[i];
      const v = (cnt > 1 ? 1 + Math.log(cnt) : cnt) * w;
      norm += v * v;
      dot += v * P[o + 1];
    }
    if (norm > 0) z += dot / Math.sqrt(norm);
  }
  for (let i = 0; i < c.style.length; i++) z += STYLE_WEIGHT * P[2 * c.style[i] + 1];
  if (c.year !== undefined && model.era) z += STYLE_WEIGHT * model.era.weights[eraIndex(c.year, model.era.first, model.era.weights.length)];
  return z;
}

export function sigmoid(z: number): number {
  return 1 / (1 + Math.exp(-z));
}
