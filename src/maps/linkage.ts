// Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merge the two
// clusters whose mean pairwise similarity is highest, while it stays above a threshold. Pairs with no
// edge count as similarity 0, and an edge may be negative (two different places), so one conflicting
// pair holds two otherwise similar groups apart. With a lazy max-heap this is O(E log E).

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

/** A max-heap of (score, a, b) in typed arrays: no object per entry, little garbage. */
export class PairHeap {
  private score = new Float64Array(1024);
  private a = new Int32Array(1024);
  private b = new Int32Array(1024);
  size = 0;
  push(score: number, a: number, b: number): void {
    if (this.size === this.score.length) {
      const grow = <T extends Float64Array | Int32Array>(x: T): T => {
        const y = new (x.constructor as new (n: number) => T)(x.length * 2);
        y.set(x);
        return y;
      };
      this.score = grow(this.score);
      this.a = grow(this.a);
      this.b = grow(this.b);
    }
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.score[p]! >= score) break;
      this.score[i] = this.score[p]!;
      this.a[i] = this.a[p]!;
      this.b[i] = this.b[p]!;
      i = p;
    }
    this.score[i] = score;
    this.a[i] = a;
    this.b[i] = b;
  }
  /** Top entry into out; false when empty. */
  pop(out: { score: number; a: number; b: number }): boolean {
    if (this.size === 0) return false;
    out.score = this.score[0]!;
    out.a = this.a[0]!;
    out.b = this.b[0]!;
    const n = --this.size;
    if (n === 0) return true;
    const s = this.score[n]!;
    const a = this.a[n]!;
    const b = this.b[n]!;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const m = r < n && this.score[r]! > this.score[l]! ? r : l;
      if (this.score[m]! <= s) break;
      this.score[i] = this.score[m]!;
      this.a[i] = this.a[m]!;
      this.b[i] = this.b[m]!;
      i = m;
    }
    this.score[i] = s;
    this.a[i] = a;
    this.b[i] = b;
    return true;
  }
}

/**
 * Sums of pair similarities, one per unordered pair of clusters, in an open-addressing hash table
 * (typed arrays: no Map per cluster, no boxed entries). Entries are never removed: a pair with a
 * cluster merged away is simply never looked up again (both sides of a looked-up pair are alive).
 */
class PairSums {
  private mask: number;
  private lo: Int32Array;
  private hi: Int32Array;
  private val: Float64Array;
  private used = 0;

  /** Room for `pairs` pairs before it grows. */
  constructor(pairs: number) {
    let cap = 1024;
    while (cap < 2 * pairs) cap *= 2;
    this.mask = cap - 1;
    this.lo = new Int32Array(cap).fill(-1);
    this.hi = new Int32Array(cap);
    this.val = new Float64Array(cap);
  }

  private slot(a: number, b: number): number {
    let h = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77)) >>> 0;
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d) >>> 0;
    h ^= h >>> 12;
    let i = h & this.mask;
    for (;;) {
      const k = this.lo[i]!;
      if (k === -1 || (k === a && this.hi[i] === b)) return i;
      i = (i + 1) & this.mask;
    }
  }

  /** The sum of the pair (a < b), or undefined when it has none. */
  get(a: number, b: number): number | undefined {
    const i = this.slot(a, b);
    return this.lo[i] === -1 ? undefined : this.val[i];
  }

  /** Adds `s` to the pair's sum (a new pair starts at 0 + s); returns whether the pair was new, and the sum in `out`. */
  add(a: number, b: number, s: number, out: { sum: number }): boolean {
    let i = this.slot(a, b);
    if (this.lo[i] !== -1) {
      out.sum = this.val[i] = this.val[i]! + s;
      return false;
    }
    if (2 * (this.used + 1) > this.mask + 1) {
      this.grow();
      i = this.slot(a, b);
    }
    this.lo[i] = a;
    this.hi[i] = b;
    out.sum = this.val[i] = 0 + s;
    this.used++;
    return true;
  }

  private grow(): void {
    const { lo, hi, val } = this;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.lo = new Int32Array(cap).fill(-1);
    this.hi = new Int32Array(cap);
    this.val = new Float64Array(cap);
    for (let j = 0; j < lo.length; j++) {
      const a = lo[j]!;
      if (a === -1) continue;
      const i = this.slot(a, hi[j]!);
      this.lo[i] = a;
      this.hi[i] = hi[j]!;
      this.val[i] = val[j]!;
    }
  }
}

/**
 * Cluster `n` items (each of weight `weights[i]`, default 1) given the edges. Returns a cluster
 * index per item. `canMerge` may veto a merge (e.g. too far apart in time).
 */
export function averageLinkage(
  n: number,
  edges: readonly Edge[],
  threshold: number,
  opts: { weights?: readonly number[]; canMerge?: (a: number, b: number, membersA: number[], membersB: number[]) => boolean } = {},
): number[] {
  const size = Array.from({ length: n }, (_, i) => opts.weights?.[i] ?? 1);
  const alive = new Uint8Array(n).fill(1);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  // Sum of weighted pair similarities between two live clusters (one value per pair: both sides
  // always get the same additions in the same order). Each cluster's neighbours are listed in the
  // order they first linked to it; a neighbour merged away stays in the list, dead, and is skipped
  // (it never comes back). `degree` counts the live ones.
  const sums = new PairSums(2 * edges.length);
  const adj: number[][] = Array.from({ length: n }, () => []);
  const degree = new Int32Array(n);
  const res = { sum: 0 };
  for (const e of edges) {
    if (e.a === e.b) continue;
    const w = (opts.weights?.[e.a] ?? 1) * (opts.weights?.[e.b] ?? 1);
    const lo = e.a < e.b ? e.a : e.b;
    const hi = e.a < e.b ? e.b : e.a;
    if (sums.add(lo, hi, e.sim * w, res)) {
      adj[e.a]!.push(e.b);
      adj[e.b]!.push(e.a);
      degree[e.a]!++;
      degree[e.b]!++;
    }
  }
  const heap = new PairHeap();
  // A pair below the threshold is never merged as it stands; its score can rise only when one side
  // merges (the new score is a weighted mean of the two old ones), and then it is pushed again. So
  // only pairs at or above the threshold enter the heap: most links are weak, and big clusters have
  // thousands of them.
  for (let a = 0; a < n; a++) {
    for (const b of adj[a]!) {
      if (a < b) {
        const sc = sums.get(a, b)! / (size[a]! * size[b]!);
        if (sc >= threshold) heap.push(sc, a, b);
      }
    }
  }
  const top = { score: 0, a: 0, b: 0 };
  const grew: number[] = [];
  const grewSum: number[] = [];
  for (;;) {
    if (!heap.pop(top) || top.score < threshold) break;
    const { a, b } = top;
    if (!alive[a] || !alive[b]) continue;
    const sab = sums.get(a, b);
    if (sab === undefined) continue;
    // Lazy refresh: after a merge only the pairs whose sum grew are pushed again; a pair whose score
    // fell (its cluster grew without new links) still has its old, higher entry, corrected here.
    const now = sab / (size[a]! * size[b]!);
    if (Math.abs(now - top.score) > 1e-12) {
      if (now >= threshold) heap.push(now, a, b);
      continue;
    }
    if (opts.canMerge && !opts.canMerge(a, b, members[a]!, members[b]!)) continue;
    // Merge the cluster with fewer neighbours into the other.
    const [keep, gone] = degree[a]! >= degree[b]! ? [a, b] : [b, a];
    alive[gone] = 0;
    degree[keep]!--;
    size[keep] = size[keep]! + size[gone]!;
    // The new sum of each grown pair is kept beside it, in the order of gone's neighbours.
    grew.length = 0;
    grewSum.length = 0;
    const ak = adj[keep]!;
    for (const c of adj[gone]!) {
      if (c === keep || !alive[c]) continue;
      const s = sums.get(c < gone ? c : gone, c < gone ? gone : c)!;
      if (sums.add(keep < c ? keep : c, keep < c ? c : keep, s, res)) {
        // A new neighbour of keep; c loses gone and gains keep.
        ak.push(c);
        adj[c]!.push(keep);
        degree[keep]!++;
      } else degree[c]!--;
      grew.push(c);
      grewSum.push(res.sum);
    }
    adj[gone] = [];
    degree[gone] = 0;
    // Lists of long-lived clusters fill up with dead neighbours: compacted (order kept) when half are.
    if (ak.length > 64 && ak.length > 2 * degree[keep]!) adj[keep] = ak.filter((c) => alive[c]);
    for (const x of members[gone]!) members[keep]!.push(x);
    members[gone] = [];
    const sizeKeep = size[keep]!;
    for (let k = 0; k < grew.length; k++) {
      const c = grew[k]!;
      const sc = grewSum[k]! / (keep < c ? sizeKeep * size[c]! : size[c]! * sizeKeep);
      if (sc >= threshold) heap.push(sc, keep < c ? keep : c, keep < c ? c : keep);
    }
  }
  const out = new Array<number>(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    for (const x of members[i]!) out[x] = k;
    k++;
  }
  return out;
}
