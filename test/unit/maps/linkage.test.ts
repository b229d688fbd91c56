import { describe, expect, it } from 'vitest';
import { averageLinkage, PairHeap, type Edge } from '../../../src/maps/linkage.js';

/** Average linkage the slow, obvious way: every step scans every pair of live clusters. */
function naive(n: number, edges: readonly Edge[], threshold: number, weights: readonly number[]): number[][] {
  const sim = new Map<string, number>();
  for (const e of edges) {
    const k = e.a < e.b ? `${e.a},${e.b}` : `${e.b},${e.a}`;
    sim.set(k, (sim.get(k) ?? 0) + e.sim);
  }
  const s = (i: number, j: number): number => sim.get(i < j ? `${i},${j}` : `${j},${i}`) ?? 0;
  let clusters = Array.from({ length: n }, (_, i) => [i]);
  for (;;) {
    let best: [number, number] | undefined;
    let bestScore = threshold;
    for (let x = 0; x < clusters.length; x++) {
      for (let y = x + 1; y < clusters.length; y++) {
        let sum = 0;
        let wa = 0;
        let wb = 0;
        for (const i of clusters[x]!) wa += weights[i]!;
        for (const j of clusters[y]!) wb += weights[j]!;
        for (const i of clusters[x]!) for (const j of clusters[y]!) sum += s(i, j) * weights[i]! * weights[j]!;
        const sc = sum / (wa * wb);
        if (sc >= bestScore && (sum !== 0 || threshold <= 0)) {
          bestScore = sc;
          best = [x, y];
        }
      }
    }
    if (!best) break;
    const [x, y] = best;
    clusters = [...clusters.filter((_, i) => i !== x && i !== y), [...clusters[x]!, ...clusters[y]!]];
  }
  return clusters;
}

/** The earlier implementation (a Map of sums per cluster): the merge order, ties included, must not change. */
function mapBased(
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

const partition = (groups: number[][]): string[] => groups.map((g) => [...g].sort((a, b) => a - b).join(',')).sort();

function rng(seed: number): () => number {
  let x = seed;
  return () => ((x = (x * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

describe('averageLinkage', () => {
  // The heap keeps only pairs at or above the threshold and refreshes stale scores lazily; this
  // checks that it still merges exactly as the plain algorithm does (random graphs, no ties).
  it('gives the same clusters as the plain algorithm on random sparse graphs with negative links', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const r = rng(seed);
      const n = 8 + Math.floor(r() * 30);
      const edges: Edge[] = [];
      const seen = new Set<string>();
      for (let k = 0; k < n * 3; k++) {
        const a = Math.floor(r() * n);
        const b = Math.floor(r() * n);
        if (a === b || seen.has(`${Math.min(a, b)},${Math.max(a, b)}`)) continue;
        seen.add(`${Math.min(a, b)},${Math.max(a, b)}`);
        edges.push({ a, b, sim: r() < 0.15 ? -r() : r() });
      }
      const weights = Array.from({ length: n }, () => 1 + Math.floor(r() * 3));
      const got = averageLinkage(n, edges, 0.3, { weights });
      const groups = new Map<number, number[]>();
      got.forEach((c, i) => (groups.get(c) ?? groups.set(c, []).get(c)!).push(i));
      expect(partition([...groups.values()]), `seed ${seed}`).toEqual(partition(naive(n, edges, 0.3, weights)));
    }
  });

  it('honours a veto and never merges below the threshold', () => {
    const edges: Edge[] = [
      { a: 0, b: 1, sim: 0.9 },
      { a: 1, b: 2, sim: 0.8 },
      { a: 2, b: 3, sim: 0.2 },
    ];
    // {0,1} merge at 0.9; {0,1}–2 then averages (0 + 0.8) / 2 = 0.4 < 0.5; 2–3 is 0.2.
    const plain = averageLinkage(4, edges, 0.5);
    expect(plain[0]).toBe(plain[1]);
    expect(new Set(plain).size).toBe(3);
    // Vetoing 0–1 leaves 1–2 (0.8) to merge instead.
    const vetoed = averageLinkage(4, edges, 0.5, { canMerge: (_a, _b, ma, mb) => !(ma.includes(0) || mb.includes(0)) });
    expect(vetoed[1]).toBe(vetoed[2]);
    expect(vetoed[0]).not.toBe(vetoed[1]);
  });

  it('merges in the same order as the earlier Map-based implementation, ties included', () => {
    for (let seed = 1; seed <= 60; seed++) {
      const r = rng(seed * 7919);
      const n = 20 + Math.floor(r() * 400);
      const edges: Edge[] = [];
      for (let k = 0; k < n * 8; k++) {
        const a = Math.floor(r() * n);
        // Mostly near neighbours (chains and dense blocks), some duplicate and self edges.
        const b = r() < 0.8 ? Math.min(n - 1, a + Math.floor(r() * 12)) : Math.floor(r() * n);
        // Few distinct values: many equal scores.
        edges.push({ a, b, sim: r() < 0.1 ? -0.5 : Math.round(r() * 4) / 4 });
      }
      const weights = seed % 2 ? Array.from({ length: n }, () => 1 + Math.floor(r() * 3)) : undefined;
      const opts = weights ? { weights } : {};
      expect(averageLinkage(n, edges, 0.25, opts), `seed ${seed}`).toEqual(mapBased(n, edges, 0.25, opts));
    }
  });
});
