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
class PairHeap {
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
  const alive = new Array<boolean>(n).fill(true);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  /** Sum of weighted pair similarities between two live clusters. */
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    if (e.a === e.b) continue;
    const w = (opts.weights?.[e.a] ?? 1) * (opts.weights?.[e.b] ?? 1);
    sums[e.a]!.set(e.b, (sums[e.a]!.get(e.b) ?? 0) + e.sim * w);
    sums[e.b]!.set(e.a, (sums[e.b]!.get(e.a) ?? 0) + e.sim * w);
  }
  const heap = new PairHeap();
  const score = (a: number, b: number): number => sums[a]!.get(b)! / (size[a]! * size[b]!);
  // A pair below the threshold is never merged as it stands; its score can rise only when one side
  // merges (the new score is a weighted mean of the two old ones), and then it is pushed again. So
  // only pairs at or above the threshold enter the heap: most links are weak, and big clusters have
  // thousands of them.
  for (let a = 0; a < n; a++) {
    for (const b of sums[a]!.keys()) {
      if (a < b) {
        const sc = score(a, b);
        if (sc >= threshold) heap.push(sc, a, b);
      }
    }
  }
  const top = { score: 0, a: 0, b: 0 };
  for (;;) {
    if (!heap.pop(top) || top.score < threshold) break;
    const { a, b } = top;
    if (!alive[a] || !alive[b]) continue;
    const sab = sums[a]!.get(b);
    if (sab === undefined) continue;
    // Lazy refresh: after a merge only the pairs whose sum grew are pushed again; a pair whose score
    // fell (its cluster grew without new links) still has its old, higher entry, corrected here.
    const now = sab / (size[a]! * size[b]!);
    if (Math.abs(now - top.score) > 1e-12) {
      if (now >= threshold) heap.push(now, a, b);
      continue;
    }
    if (opts.canMerge && !opts.canMerge(a, b, members[a]!, members[b]!)) continue;
    // Merge the smaller neighbour map into the larger one.
    const [keep, gone] = sums[a]!.size >= sums[b]!.size ? [a, b] : [b, a];
    alive[gone] = false;
    sums[keep]!.delete(gone);
    size[keep] = size[keep]! + size[gone]!;
    // The new sum of each grown pair is kept beside it: sums are symmetric (both sides get the same
    // additions in the same order), so it is the value score() would look up again.
    const grew: number[] = [];
    const grewSum: number[] = [];
    const sk = sums[keep]!;
    for (const [c, s] of sums[gone]!) {
      if (c === keep) continue;
      const sum = (sk.get(c) ?? 0) + s;
      sk.set(c, sum);
      const sc = sums[c]!;
      sc.delete(gone);
      sc.set(keep, (sc.get(keep) ?? 0) + s);
      grew.push(c);
      grewSum.push(sum);
    }
    sums[gone]!.clear();
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
