// Average-linkage agglomerative clustering over a sparse similarity graph: repeatedly merge the two
// clusters whose mean pairwise similarity is highest, while it stays above a threshold. Pairs with no
// edge count as similarity 0, and an edge may be negative (two different places), so one conflicting
// pair holds two otherwise similar groups apart. With a lazy max-heap this is O(E log E).

export interface Edge {
  a: number;
  b: number;
  sim: number;
}

interface HeapItem {
  score: number;
  a: number;
  b: number;
  va: number;
  vb: number;
}

class MaxHeap {
  private readonly h: HeapItem[] = [];
  get size(): number {
    return this.h.length;
  }
  push(x: HeapItem): void {
    const h = this.h;
    h.push(x);
    let i = h.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (h[p]!.score >= h[i]!.score) break;
      [h[p], h[i]] = [h[i]!, h[p]!];
      i = p;
    }
  }
  pop(): HeapItem | undefined {
    const h = this.h;
    if (!h.length) return undefined;
    const top = h[0]!;
    const last = h.pop()!;
    if (h.length) {
      h[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < h.length && h[l]!.score > h[m]!.score) m = l;
        if (r < h.length && h[r]!.score > h[m]!.score) m = r;
        if (m === i) break;
        [h[m], h[i]] = [h[i]!, h[m]!];
        i = m;
      }
    }
    return top;
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
  const version = new Array<number>(n).fill(0);
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
  const heap = new MaxHeap();
  const score = (a: number, b: number): number => sums[a]!.get(b)! / (size[a]! * size[b]!);
  for (let a = 0; a < n; a++) {
    for (const b of sums[a]!.keys()) if (a < b) heap.push({ score: score(a, b), a, b, va: 0, vb: 0 });
  }
  for (;;) {
    const top = heap.pop();
    if (!top || top.score < threshold) break;
    const { a, b } = top;
    if (!alive[a] || !alive[b] || version[a] !== top.va || version[b] !== top.vb) continue;
    if (opts.canMerge && !opts.canMerge(a, b, members[a]!, members[b]!)) continue;
    // Merge the smaller neighbour map into the larger one.
    const [keep, gone] = sums[a]!.size >= sums[b]!.size ? [a, b] : [b, a];
    alive[gone] = false;
    sums[keep]!.delete(gone);
    for (const [c, s] of sums[gone]!) {
      if (c === keep) continue;
      sums[keep]!.set(c, (sums[keep]!.get(c) ?? 0) + s);
      const sc = sums[c]!;
      sc.delete(gone);
      sc.set(keep, (sc.get(keep) ?? 0) + s);
    }
    sums[gone]!.clear();
    size[keep] = size[keep]! + size[gone]!;
    for (const x of members[gone]!) members[keep]!.push(x);
    members[gone] = [];
    version[keep]!++;
    for (const c of sums[keep]!.keys()) {
      const [x, y] = keep < c ? [keep, c] : [c, keep];
      heap.push({ score: score(x, y), a: x, b: y, va: version[x]!, vb: version[y]! });
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
