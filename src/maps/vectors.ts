// Sparse TF-IDF vectors over the features of a set of mentions. The IDF is computed over the
// mentions being grouped (the period and its look-back days), so what every mention of the day says
// ("jambi", "warga") weighs nothing and what only a few share ("angso duo") weighs most.

export type SparseVector = Map<string, number>;

/** Weight of each feature family relative to plain words. */
export const FAMILY_WEIGHT: Record<string, number> = {
  t: 1, // stemmed word
  b: 1.4, // word pair: place and programme names the gazetteer does not know
  p: 1.6, // kecamatan / kelurahan code
  s: 1.6, // street name
  e: 0.9, // entity
  c: 0.6, // topic
};

export class Idf {
  private readonly df = new Map<string, number>();
  private n = 0;

  add(tf: Map<string, number>): void {
    this.n++;
    for (const k of tf.keys()) this.df.set(k, (this.df.get(k) ?? 0) + 1);
  }

  docs(): number {
    return this.n;
  }

  freq(k: string): number {
    return this.df.get(k) ?? 0;
  }

  weight(k: string): number {
    return this.weightOf(this.df.get(k) ?? 0);
  }

  /** The idf of a feature in `df` documents (weight(k) from its frequency, for a caller holding it). */
  weightOf(df: number): number {
    return Math.log((this.n + 1) / (df + 1)) + 1;
  }
}

/**
 * Sublinear tf × idf × family weight, L2-normalized. Features seen once in the whole set carry no link;
 * with `minDf`, features of fewer documents are left out (they would only lengthen the norm).
 */
export function tfidf(tf: Map<string, number>, idf: Idf, minDf = 0): SparseVector {
  // The weights first into scratch arrays, then the vector in one pass (one Map write per feature,
  // one document-frequency look-up).
  const keys = tfKeys;
  const xs = tfWeights.length >= tf.size ? tfWeights : (tfWeights = new Float64Array(tf.size * 2));
  let len = 0;
  let norm = 0;
  for (const [k, w] of tf) {
    const df = idf.freq(k);
    if (minDf > 1 && df < minDf) continue;
    const fam = FAMILY_WEIGHT[k[0]!] ?? 1;
    const x = (1 + Math.log(w)) * idf.weightOf(df) * fam;
    keys[len] = k;
    xs[len++] = x;
    norm += x * x;
  }
  norm = Math.sqrt(norm);
  const v: SparseVector = new Map();
  for (let i = 0; i < len; i++) v.set(keys[i]!, norm > 0 ? xs[i]! / norm : xs[i]!);
  keys.length = 0;
  return v;
}
const tfKeys: string[] = [];
let tfWeights = new Float64Array(1024);

export function dot(a: SparseVector, b: SparseVector): number {
  if (a.size > b.size) [a, b] = [b, a];
  let s = 0;
  for (const [k, x] of a) {
    const y = b.get(k);
    if (y !== undefined) s += x * y;
  }
  return s;
}

/** Sum of vectors, L2-normalized (a centroid for cosine). */
export function centroid(vs: Iterable<SparseVector>): SparseVector {
  // One vector (most story nodes): its entries in order, renormalized, as the general sum gives them.
  if (Array.isArray(vs) && vs.length === 1) {
    const v = vs[0] as SparseVector;
    let norm = 0;
    for (const x of v.values()) norm += x * x;
    norm = Math.sqrt(norm);
    const c: SparseVector = new Map();
    for (const [k, x] of v) c.set(k, norm > 0 ? (0 + x) / norm : 0 + x);
    return c;
  }
  const c: SparseVector = new Map();
  for (const v of vs) for (const [k, x] of v) c.set(k, (c.get(k) ?? 0) + x);
  let norm = 0;
  for (const x of c.values()) norm += x * x;
  norm = Math.sqrt(norm);
  if (norm > 0) for (const [k, x] of c) c.set(k, x / norm);
  return c;
}
