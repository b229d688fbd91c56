import { describe, expect, it } from 'vitest';
import { averageLinkage, type Edge } from '../../../src/maps/linkage.js';

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
});
