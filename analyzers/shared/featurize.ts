// Hashed bag of n-grams over normalized tokens: word uni/bi-grams plus character n-grams inside word
// boundaries (" banjir " → " ba", "ban", …). Character n-grams carry sub-word evidence that survives
// affixes ("mengecewakan", "kecewa") and misspellings, which matters for social text; word bigrams
// carry negation ("tidak bagus"). Values are sublinear counts, L2-normalized.
//
// Speed matters (the whole analyzer chain targets thousands of docs/s): n-grams are hashed
// incrementally without substrings, and counts go into a reused dense scratch array plus a list of
// touched slots instead of a Map.
import { fnvFinish, fnvStep, hashString } from './hash.js';
import type { SparseVector } from './sparse.js';

export interface FeaturizerOptions {
  /** log2 of the number of slots. */
  bits: number;
  /** Word n-gram orders, e.g. [1, 2]. */
  wordNgrams: number[];
  /** Character n-gram orders inside word boundaries, e.g. [3, 4, 5]; [] for none. */
  charNgrams: number[];
  /** Weight of the char-n-gram block relative to the word block. */
  charWeight: number;
}

export const DEFAULT_FEATURIZER: FeaturizerOptions = { bits: 18, wordNgrams: [1, 2], charNgrams: [3, 4, 5], charWeight: 0.5 };

// Distinct seeds keep the word "ban" and the character trigram "ban" in different slots.
const WORD_SEED = 0x811c9dc5;
const CHAR_SEED = 0x9747b28c;
const EXTRA_SEED = 0x2d358dcc;
const SPACE = 32;

/** Slot of a named extra feature (lexicon scores and similar), hashed into the same space. */
export function extraSlot(name: string, bits: number): number {
  return hashString(name, EXTRA_SEED) & ((1 << bits) - 1);
}

let scratch = new Float32Array(0);
let touched = new Int32Array(1024);
let nTouched = 0;

function add(slot: number, v: number): void {
  if (scratch[slot] === 0) {
    if (nTouched === touched.length) {
      const t = new Int32Array(touched.length * 2);
      t.set(touched);
      touched = t;
    }
    touched[nTouched++] = slot;
  }
  scratch[slot] += v;
}

export function featurizeTokens(
  tokens: readonly string[],
  opts: FeaturizerOptions,
  extras?: ReadonlyArray<readonly [slot: number, value: number]>,
  /** Extra word features (e.g. negation-scoped copies) hashed like unigrams, without char n-grams. */
  extraWords?: readonly string[],
  /** Tokens that get no character n-grams (marker tokens such as "emopos"). */
  noCharNgrams?: ReadonlySet<string>,
): SparseVector {
  const dim = 1 << opts.bits;
  const mask = dim - 1;
  if (scratch.length !== dim) scratch = new Float32Array(dim);
  nTouched = 0;
  const wordHash = new Uint32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) wordHash[i] = hashString(tokens[i], WORD_SEED);
  for (const n of opts.wordNgrams) {
    if (n === 1) for (let i = 0; i < tokens.length; i++) add(wordHash[i] & mask, 1);
    else {
      for (let i = 0; i + n <= tokens.length; i++) {
        // Combine the word hashes in order; distinct from unigram slots thanks to the order-mixing.
        let h = WORD_SEED ^ n;
        for (let j = i; j < i + n; j++) h = Math.imul(h ^ wordHash[j], 0x01000193) ^ (h >>> 15);
        add(fnvFinish(h) & mask, 1);
      }
    }
  }
  if (extraWords) for (const t of extraWords) add(hashString(t, WORD_SEED) & mask, 1);
  const orders = opts.charNgrams;
  if (orders.length > 0 && opts.charWeight > 0) {
    const cw = opts.charWeight;
    let maxN = 0;
    let minN = Infinity;
    for (const n of orders) {
      maxN = Math.max(maxN, n);
      minN = Math.min(minN, n);
    }
    const wanted = new Uint8Array(maxN + 1);
    for (const n of orders) wanted[n] = 1;
    for (const t of tokens) {
      if (noCharNgrams?.has(t)) continue;
      // The word padded with spaces: " t ".
      const len = t.length + 2;
      for (let i = 0; i + minN <= len; i++) {
        let h = CHAR_SEED;
        for (let j = i; j < i + maxN && j < len; j++) {
          h = fnvStep(h, j === 0 || j === len - 1 ? SPACE : t.charCodeAt(j - 1));
          if (wanted[j - i + 1] === 1) add(fnvFinish(h) & mask, cw);
        }
      }
    }
  }
  const idx = touched.slice(0, nTouched).sort();
  const val = new Float32Array(idx.length);
  let norm = 0;
  for (let i = 0; i < idx.length; i++) {
    const c = scratch[idx[i]];
    scratch[idx[i]] = 0;
    // Sublinear term frequency: a word said five times is not five times the evidence.
    const v = c > 1 ? 1 + Math.log(c) : c;
    val[i] = v;
    norm += v * v;
  }
  if (norm > 0) {
    const inv = 1 / Math.sqrt(norm);
    for (let i = 0; i < val.length; i++) val[i] *= inv;
  }
  if (!extras || extras.length === 0) return { idx, val };
  // Extras are merged after normalization so their scale is fixed, whatever the text length.
  return mergeExtras({ idx, val }, extras);
}

function mergeExtras(vec: SparseVector, extras: ReadonlyArray<readonly [number, number]>): SparseVector {
  // Extras are few (two lexicon features): a linear merge into the sorted arrays beats a Map.
  let idx = vec.idx;
  let val = vec.val;
  for (const [slot, v] of extras) {
    let lo = 0;
    let hi = idx.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (idx[mid] < slot) lo = mid + 1;
      else hi = mid;
    }
    if (idx[lo] === slot) {
      val[lo] += v;
      continue;
    }
    const ni = new Int32Array(idx.length + 1);
    const nv = new Float32Array(idx.length + 1);
    ni.set(idx.subarray(0, lo));
    nv.set(val.subarray(0, lo));
    ni[lo] = slot;
    nv[lo] = v;
    ni.set(idx.subarray(lo), lo + 1);
    nv.set(val.subarray(lo), lo + 1);
    idx = ni;
    val = nv;
  }
  return { idx, val };
}
