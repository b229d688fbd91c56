// Hashed bag of n-grams over normalized tokens: word uni/bi-grams plus character n-grams inside word
// boundaries (" banjir " → " ba", "ban", …). Character n-grams carry sub-word evidence that survives
// affixes ("mengecewakan", "kecewa") and misspellings, which matters for social text; word bigrams
// carry negation ("tidak bagus"). Values are sublinear counts, L2-normalized.
//
// Speed matters (the whole analyzer chain targets thousands of docs/s): n-grams are hashed
// incrementally without substrings, and counts go into a small reused hash table (slot → count, see
// slot-counts.ts) instead of a Map or a dense array of 2^bits floats: a 1 MB dense scratch misses the
// CPU caches on nearly every add, while a document touches only a few thousand slots.
import { charNgramSlots } from './char-ngrams.js';
import { fnvFinish, hashString } from './hash.js';
import { SlotCounts } from './slot-counts.js';
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

// Distinct seeds keep the word "ban" and the character trigram "ban" in different slots (the char
// seed is in char-ngrams.ts).
const WORD_SEED = 0x811c9dc5;
const EXTRA_SEED = 0x2d358dcc;

/** Slot of a named extra feature (lexicon scores and similar), hashed into the same space. */
export function extraSlot(name: string, bits: number): number {
  return hashString(name, EXTRA_SEED) & ((1 << bits) - 1);
}

const counts = new SlotCounts();
/** Scratch for the tokens' hashes (read only below tokens.length), grown as needed. */
let wordHashes = new Uint32Array(1024);
const add = (slot: number, v: number): void => counts.add(slot, v);

export function featurizeTokens(
  tokens: readonly string[],
  opts: FeaturizerOptions,
  extras?: ReadonlyArray<readonly [slot: number, value: number]>,
  /** Extra word features (e.g. negation-scoped copies) hashed like unigrams, without char n-grams. */
  extraWords?: readonly string[],
  /** Tokens that get no character n-grams (marker tokens such as "emopos"). */
  noCharNgrams?: ReadonlySet<string>,
): SparseVector {
  const mask = (1 << opts.bits) - 1;
  counts.reset();
  if (wordHashes.length < tokens.length) wordHashes = new Uint32Array(tokens.length * 2);
  const wordHash = wordHashes;
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
    const memo = charNgramSlots(orders, opts.bits);
    for (const t of tokens) {
      if (noCharNgrams?.has(t)) continue;
      const slots = memo.slots(t);
      for (let k = 0; k < slots.length; k++) counts.add(slots[k]!, cw);
    }
  }
  // Extras' slots get a zero count now, so that they are in the sorted arrays already: a zero adds
  // nothing to the norm and stays 0 when normalized, and the extra's value is then added to it below
  // exactly as inserting it would (Math.fround(v), or the sum of two extras on one slot).
  if (extras) for (const e of extras) counts.add(e[0], 0);
  const { slots: idx, counts: val } = counts.sorted();
  let norm = 0;
  for (let i = 0; i < idx.length; i++) {
    const c = val[i]!;
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
  // Extras are added after normalization so their scale is fixed, whatever the text length.
  for (const [slot, v] of extras) val[lowerBound(idx, slot)] += v;
  return { idx, val };
}

function lowerBound(a: Int32Array, x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid]! < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
