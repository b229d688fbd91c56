// Grouping the mentions of a period into issues: one issue per real-world matter. Pure: mentions in,
// groups out.
//
// 1. Features per mention (features.ts) and relevance (relevance.ts): city, outside or unsure.
// 2. Story clusters are must-links: syndicated copies of one story become one node.
// 3. Nodes are compared by the cosine of their TF-IDF vectors (words, word pairs, places, streets,
//    entities, topics), minus a penalty when they name different places or streets (a flood in one
//    kelurahan and a flood in another are two matters), and decayed with the days between them.
// 4. Average-linkage agglomeration over the candidate pairs, above a threshold.
// 5. Short mentions left alone (a post: "sampah angso duo udh kayak gunung") join the issue whose
//    centroid their words point to, if it is close enough and names no other place.
// 6. Unsure mentions that joined nothing go to `outside`.
import type { Mention } from '../core/types.js';
import { mentionFeatures, taggedHomeNames, type FeatureOptions, type MentionFeatures } from './features.js';
import { averageLinkage, type Edge } from './linkage.js';
import { related } from './regions.js';
import { relevanceOf, type Relevance } from './relevance.js';
import { centroid, dot, Idf, tfidf, type SparseVector } from './vectors.js';

export interface GroupingParams {
  /** Average-linkage threshold on the adjusted cosine. */
  threshold: number;
  /** A lone node joins an issue when its cosine to the centroid reaches this. */
  attachThreshold: number;
  /** Subtracted from the cosine of two nodes naming unrelated home places or different streets. */
  placePenalty: number;
  /** Subtracted when both nodes have topics and share none (a road and a rubbish dump on one street). */
  topicPenalty: number;
  /** Cosine lost per day between two nodes. */
  dayDecay: number;
  /** Nodes further apart than this (days) are never linked. */
  maxDays: number;
  /** Features shared by more than this share of nodes make no candidate pairs (still count in the cosine). */
  maxDfShare: number;
  /** Most candidate neighbours kept per node (the strongest). */
  maxNeighbours: number;
}

export const DEFAULT_GROUPING: GroupingParams = {
  threshold: 0.08,
  attachThreshold: 0.16,
  placePenalty: 0.6,
  topicPenalty: 0,
  dayDecay: 0.04,
  maxDays: 4,
  maxDfShare: 0.5,
  maxNeighbours: 40,
};

export interface Group {
  /** Mention ids, in time order. */
  members: string[];
}

export interface Grouping {
  groups: Group[];
  /** Mentions that are not the city's business (national, foreign, other regencies). */
  outside: string[];
  features: Map<string, MentionFeatures>;
  relevance: Map<string, Relevance>;
  vectors: Map<string, SparseVector>;
  /** The IDF and feature options used, so other mentions (earlier days) can be compared on the same scale. */
  idf: Idf;
  featureOptions: FeatureOptions;
}

interface Node {
  ids: string[];
  vec: SparseVector;
  ms: number;
  places: string[];
  streets: string[];
  topics: string[];
  city: boolean;
}

const DAY = 86_400_000;

/** Two place lists name unrelated places (both name some, and none contains another). */
export function placesConflict(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return !a.some((x) => b.some((y) => related(x, y)));
}

export function streetsConflict(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return !a.some((x) => b.some((y) => x === y || x.startsWith(y + ' ') || y.startsWith(x + ' ')));
}

function nodeSim(x: Node, y: Node, p: GroupingParams): number {
  const days = Math.abs(x.ms - y.ms) / DAY;
  if (days > p.maxDays) return 0;
  let s = dot(x.vec, y.vec);
  if (placesConflict(x.places, y.places) || streetsConflict(x.streets, y.streets)) s -= p.placePenalty;
  if (x.topics.length && y.topics.length && !x.topics.some((t) => y.topics.includes(t))) s -= p.topicPenalty;
  return s - p.dayDecay * Math.floor(days);
}

export function groupMentions(mentions: readonly Mention[], fo: FeatureOptions, params: Partial<GroupingParams> = {}): Grouping {
  const p = { ...DEFAULT_GROUPING, ...params };
  const features = new Map<string, MentionFeatures>();
  const relevance = new Map<string, Relevance>();
  const idf = new Idf();
  const withKnown: FeatureOptions = { ...fo, knownPlaces: fo.knownPlaces ?? taggedHomeNames(mentions, fo.homeRegion) };
  for (const m of mentions) {
    const f = mentionFeatures(m, withKnown);
    features.set(m.id, f);
    relevance.set(m.id, relevanceOf(f));
    idf.add(f.tf);
  }
  const vectors = new Map<string, SparseVector>();
  for (const [id, f] of features) vectors.set(id, tfidf(f.tf, idf));

  // Must-links: one node per story cluster (a mention without one is its own node).
  const byCluster = new Map<string, string[]>();
  for (const m of mentions) {
    const key = features.get(m.id)!.cluster ?? `id:${m.id}`;
    let list = byCluster.get(key);
    if (!list) byCluster.set(key, (list = []));
    list.push(m.id);
  }
  const outside: string[] = [];
  const nodes: Node[] = [];
  for (const ids of byCluster.values()) {
    const rel = ids.map((id) => relevance.get(id)!);
    if (rel.every((r) => r === 'outside')) {
      outside.push(...ids);
      continue;
    }
    const fs = ids.map((id) => features.get(id)!);
    nodes.push({
      ids,
      vec: centroid(ids.map((id) => vectors.get(id)!)),
      ms: Math.min(...fs.map((f) => f.ms)),
      places: [...new Set(fs.flatMap((f) => f.primaryPlaces))],
      streets: [...new Set(fs.flatMap((f) => f.streets))],
      topics: [...new Set(fs.flatMap((f) => f.topics))],
      city: rel.includes('city'),
    });
  }

  // Candidate pairs from an inverted index of the rarer features.
  const maxDf = Math.max(3, Math.floor(p.maxDfShare * nodes.length));
  const postings = new Map<string, number[]>();
  nodes.forEach((n, i) => {
    for (const k of n.vec.keys()) {
      let list = postings.get(k);
      if (!list) postings.set(k, (list = []));
      list.push(i);
    }
  });
  const neighbours: Map<number, number>[] = nodes.map(() => new Map());
  for (const list of postings.values()) {
    if (list.length < 2 || list.length > maxDf) continue;
    for (let i = 0; i < list.length; i++) {
      for (let j = i + 1; j < list.length; j++) {
        const a = list[i]!;
        const b = list[j]!;
        if (neighbours[a]!.has(b)) continue;
        const s = nodeSim(nodes[a]!, nodes[b]!, p);
        neighbours[a]!.set(b, s);
        neighbours[b]!.set(a, s);
      }
    }
  }
  const edges: Edge[] = [];
  neighbours.forEach((nb, a) => {
    const sorted = [...nb.entries()].sort((x, y) => y[1] - x[1]);
    // Keep the strongest links and every negative one (they hold conflicting groups apart).
    sorted.forEach(([b, sim], rank) => {
      if (a < b && (rank < p.maxNeighbours || sim < 0)) edges.push({ a, b, sim });
    });
  });
  const label = averageLinkage(nodes.length, edges, p.threshold);

  const clusters = new Map<number, number[]>();
  label.forEach((c, i) => {
    let list = clusters.get(c);
    if (!list) clusters.set(c, (list = []));
    list.push(i);
  });
  // Attach lone nodes to the closest bigger issue.
  const big = [...clusters.values()].filter((c) => c.length > 1);
  const bigInfo = big.map((c) => ({
    nodes: c,
    vec: centroid(c.map((i) => nodes[i]!.vec)),
    places: [...new Set(c.flatMap((i) => nodes[i]!.places))],
    streets: [...new Set(c.flatMap((i) => nodes[i]!.streets))],
    ms: Math.max(...c.map((i) => nodes[i]!.ms)),
  }));
  const groups: number[][] = big.map((c) => [...c]);
  for (const c of clusters.values()) {
    if (c.length > 1) continue;
    const n = nodes[c[0]!]!;
    let best = -1;
    let bestSim = p.attachThreshold;
    bigInfo.forEach((g, gi) => {
      if (Math.abs(g.ms - n.ms) / DAY > p.maxDays) return;
      if (placesConflict(n.places, g.places) || streetsConflict(n.streets, g.streets)) return;
      const s = dot(n.vec, g.vec);
      if (s >= bestSim) {
        bestSim = s;
        best = gi;
      }
    });
    if (best >= 0) groups[best]!.push(c[0]!);
    else groups.push([c[0]!]);
  }

  const out: Group[] = [];
  for (const g of groups) {
    const ns = g.map((i) => nodes[i]!);
    if (!ns.some((n) => n.city)) {
      outside.push(...ns.flatMap((n) => n.ids));
      continue;
    }
    const ids = ns.flatMap((n) => n.ids);
    ids.sort((a, b) => features.get(a)!.ms - features.get(b)!.ms || (a < b ? -1 : 1));
    out.push({ members: ids });
  }
  return { groups: out, outside, features, relevance, vectors, idf, featureOptions: withKnown };
}
