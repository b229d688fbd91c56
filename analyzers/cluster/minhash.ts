// MinHash signatures: for each of n hash functions, the smallest hash over a document's shingles.
// Two signatures agree in a position with probability equal to the Jaccard similarity of the shingle
// sets, so the fraction of agreeing positions estimates it — in O(n), whatever the texts' lengths.
// Hash function i is murmur3's finalizer over (shingle XOR seed_i): a cheap bijection per seed, which
// behaves like an independent random permutation for this purpose.

/** murmur3 fmix32: full avalanche of a 32-bit value. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const seedCache = new Map<number, Uint32Array>();

/** Fixed seeds (splitmix-style sequence), so signatures are stable across runs and machines. */
function seeds(n: number): Uint32Array {
  let s = seedCache.get(n);
  if (!s) {
    s = new Uint32Array(n);
    let x = 0x9e3779b9;
    for (let i = 0; i < n; i++) {
      x = (x + 0x9e3779b9) >>> 0;
      s[i] = fmix32(x);
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
      const h = fmix32(x ^ sd[i]!);
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
