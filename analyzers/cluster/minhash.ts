// MinHash signatures: for each of n hash functions, the smallest hash over a document's shingles.
// Two signatures agree in a position with probability equal to the Jaccard similarity of the shingle
// sets, so the fraction of agreeing positions estimates it — in O(n), whatever the texts' lengths.
// Hash function i is (a_i · shingle + b_i) mod 2^32 with odd a_i: a bijection per (a_i, b_i). Shingle
// hashes are already avalanched, so this cheap universal family behaves like independent random
// permutations here, at a third of the cost of re-mixing every (shingle, i) pair with murmur3.
import { fnvFinish as fmix32 } from '../shared/hash.js'; // murmur3 fmix32: full avalanche of 32 bits

const seedCache = new Map<number, Uint32Array>();

/**
 * Fixed coefficients (splitmix-style sequence): a_i odd in [0, n), b_i in [n, 2n). Stable across runs
 * and machines, so signatures are too.
 */
function seeds(n: number): Uint32Array {
  let s = seedCache.get(n);
  if (!s) {
    s = new Uint32Array(2 * n);
    let x = 0x9e3779b9;
    for (let i = 0; i < 2 * n; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      s[i] = i < n ? fmix32(x) | 1 : fmix32(x);
    }
    seedCache.set(n, s);
  }
  return s;
}

export function minhashSignature(shingles: Uint32Array, n: number): Uint32Array {
  const sig = new Uint32Array(n).fill(0xffffffff);
  const sd = seeds(n);
  for (let j = 0; j < shingles.length; j++) {
    const x = shingles[j]!;
    for (let i = 0; i < n; i++) {
      const h = (Math.imul(x, sd[i]!) + sd[n + i]!) >>> 0;
      if (h < sig[i]!) sig[i] = h;
    }
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  const n = Math.min(a.length, b.length);
  if (n === 0) return 0;
  let same = 0;
  for (let i = 0; i < n; i++) if (a[i] === b[i]) same++;
  return same / n;
}
