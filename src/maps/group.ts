// Grouping the mentions of a period into issues: one issue per real-world matter. Pure: mentions in,
// groups out.
//
// 1. Features per mention (features.ts) and relevance (relevance.ts): city, outside or unsure.
// 2. Story clusters are must-links: syndicated copies of one story become one node.
// 3. Nodes are compared by the cosine of their TF-IDF vectors (words, word pairs, places, streets,
//    entities, topics; what only one mention says left out), minus a penalty when they name different places or streets (a flood in one
//    kelurahan and a flood in another are two matters), and decayed with the days between them.
// 4. Average-linkage agglomeration over the candidate pairs, above a threshold.
// 5. Short mentions left alone (a post: "sampah angso duo udh kayak gunung") join the issue whose
//    centroid their words point to, if it is close enough and names no other place.
// 6. Unsure mentions that joined nothing go to `outside`.
import type { Mention } from '../core/types.js';
import { mentionFeatures, streetsOf, taggedHomeNames, type FeatureOptions, type MentionFeatures } from './features.js';
import { averageLinkage, type Edge } from './linkage.js';
import { related } from './regions.js';
import { relevanceOf, type Relevance } from './relevance.js';
import { spellingFolds } from './spelling.js';
import { centroid, dot, Idf, tfidf, type SparseVector } from './vectors.js';

export interface GroupingParams {
  /** Average-linkage threshold on the adjusted cosine. */
  threshold: number;
  /** A lone node joins an issue when its cosine to the centroid reaches this. */
  attachThreshold: number;
  /**
   * A post the relevance rules put outside (it names "Batanghari", the regency, for the WTC Batanghari
   * mall of the city) joins a city issue when its cosine to the centroid reaches this.
   */
  outsideAttachThreshold: number;
  /** Subtracted from the cosine of two nodes naming unrelated home places or different streets. */
  placePenalty: number;
  /** Subtracted when both nodes have topics and share none (a road and a rubbish dump on one street). */
  topicPenalty: number;
  /**
   * Subtracted when the headlines of both nodes name kinds of matter and share none (a house fire and
   * the water outage of its kelurahan; see MentionFeatures.matters; a water or power network counts as
   * a kind).
   */
  matterPenalty: number;
  /** Cosine lost per day between two nodes. */
  dayDecay: number;
  /**
   * Features of fewer mentions than this are left out of the vectors nodes are compared by. A word
   * or word pair only one mention of the period uses links it to nothing, but it still weighs in the
   * norm: a chatty post ("motor ulun mogok di tengah jalan") came out far from the issue it is about.
   */
  minLinkDf: number;
  /** Nodes further apart than this (days) are never linked. */
  maxDays: number;
  /** Features shared by more than this share of nodes make no candidate pairs (still count in the cosine). */
  maxDfShare: number;
  /** Most candidate neighbours kept per node (the strongest). */
  maxNeighbours: number;
  /** Two issues of several nodes whose centroids' cosine reaches this (and not held apart) merge (> 1: never). */
  mergeThreshold: number;
}

export const DEFAULT_GROUPING: GroupingParams = {
  threshold: 0.13,
  attachThreshold: 0.16,
  outsideAttachThreshold: 0.25,
  placePenalty: 0.6,
  topicPenalty: 0,
  matterPenalty: 0.3,
  dayDecay: 0.04,
  minLinkDf: 2,
  maxDays: 4,
  maxDfShare: 0.5,
  maxNeighbours: 40,
  mergeThreshold: 0.3,
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
  networks: string[];
  /** Kinds of matter its headlines name, with its networks. */
  matters: string[];
  city: boolean;
  /** Posts put outside by the relevance rules: no links, they may only attach to a city issue. */
  outsideOnly: boolean;
}

const DAY = 86_400_000;
/**
 * Groups of at most this many posts (no news) may dissolve into the bigger issues their members are
 * close to: three flood posts from one kelurahan pair among themselves before the flood's news (which
 * names other kelurahan) can take them (Kupang 01-11). Four cost a Jambi day 0.974 → 0.944.
 */
const POST_GROUP_MAX = 3;
/** Longest posting list accumulated in the candidate search. */
const MAX_POSTING = 400;

/** The k entries of `ids` with the highest score, without sorting them all (a bounded min-heap). */
function strongest(ids: readonly number[], score: Float64Array, k: number): number[] {
  if (ids.length <= k) return ids.slice();
  // `less(a, b)`: score[a] < score[b], ties by the larger index (written out: no closure per call).
  const heap: number[] = [];
  for (const id of ids) {
    if (heap.length < k) {
      heap.push(id);
      for (let i = heap.length - 1; i > 0; ) {
        const pa = (i - 1) >> 1;
        const x = heap[i]!;
        const y = heap[pa]!;
        if (!(score[x]! < score[y]! || (score[x] === score[y] && x > y))) break;
        heap[pa] = x;
        heap[i] = y;
        i = pa;
      }
    } else {
      const h = heap[0]!;
      if (!(score[h]! < score[id]! || (score[h] === score[id] && h > id))) continue;
      heap[0] = id;
      const n = heap.length;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < n) {
          const a = heap[l]!;
          const b = heap[m]!;
          if (score[a]! < score[b]! || (score[a] === score[b] && a > b)) m = l;
        }
        if (r < n) {
          const a = heap[r]!;
          const b = heap[m]!;
          if (score[a]! < score[b]! || (score[a] === score[b] && a > b)) m = r;
        }
        if (m === i) break;
        const t = heap[m]!;
        heap[m] = heap[i]!;
        heap[i] = t;
        i = m;
      }
    }
  }
  return heap;
}

/** Two place lists name unrelated places (both name some, and none contains another). */
export function placesConflict(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return !a.some((x) => b.some((y) => related(x, y)));
}

/**
 * One street written two ways: "pattimura" and "pattimura rusak" (a headline word after the name),
 * "ahmad yani" and "yani", "sultan alimuddin" and "alimuddin" (a first name or title left out).
 */
export function sameStreet(x: string, y: string): boolean {
  if (x === y) return true;
  // One is the other's first or last words (x.startsWith(y + ' ') … without making those strings).
  const [long, short] = x.length > y.length ? [x, y] : [y, x];
  if (long.length === short.length) return false;
  return (long.charCodeAt(short.length) === 32 && long.startsWith(short)) || (long.charCodeAt(long.length - short.length - 1) === 32 && long.endsWith(short));
}

export function streetsConflict(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  return !a.some((x) => b.some((y) => sameStreet(x, y)));
}

type Anchored = { networks: readonly string[]; streets: readonly string[] };
/**
 * Both are about one water or power network (an outage is one matter across kecamatan) or name one
 * street (a street runs through several): their places do not hold them apart.
 */
function sharesAnchor(x: Anchored, y: Anchored): boolean {
  return x.networks.some((n) => y.networks.includes(n)) || x.streets.some((t) => y.streets.includes(t));
}

type Located = Anchored & { places: readonly string[] };
/** Different streets, or unrelated places without a shared network or street: two matters. */
function heldApart(x: Located, y: Located): boolean {
  return streetsConflict(x.streets, y.streets) || (placesConflict(x.places, y.places) && !sharesAnchor(x, y));
}

const HELD_APART = 1;
const NO_SHARED_TOPIC = 2;
const NO_SHARED_MATTER = 4;
/**
 * What holds two nodes apart (bits: heldApart, no shared topic). Reads only their places, streets,
 * networks and topics (the candidate search memoizes it per pair of those).
 */
type Kinded = Located & { topics: readonly string[]; matters: readonly string[] };
function apartOf(x: Kinded, y: Kinded): number {
  return (heldApart(x, y) ? HELD_APART : 0) | (noneShared(x.topics, y.topics) ? NO_SHARED_TOPIC : 0) | (noneShared(x.matters, y.matters) ? NO_SHARED_MATTER : 0);
}

/** Both lists name something and share none (two topics, two kinds of matter). */
function noneShared(x: readonly string[], y: readonly string[]): boolean {
  return x.length > 0 && y.length > 0 && !x.some((k) => y.includes(k));
}

/**
 * The kinds of matter most of a group's nodes name (each named by at least half of those that name
 * any): a fire issue whose one post also says "air mati" is still a fire.
 */
function mainMatters(ns: readonly { matters: readonly string[] }[]): string[] {
  const named = ns.filter((n) => n.matters.length);
  const count = new Map<string, number>();
  for (const n of named) for (const k of n.matters) count.set(k, (count.get(k) ?? 0) + 1);
  return [...count].filter(([, c]) => c * 2 >= named.length).map(([k]) => k);
}

/**
 * The merge threshold for two issues that name one street: the crash on a potholed street and the
 * vigil and mourning posts there the next day are one matter whose words differ (Palu 02-10 0.739 →
 * 0.823; chosen on Palu: 0.2 costs Samarinda 12-14 0.939 → 0.896, the other sets are the same at 0.25–0.3).
 */
const STREET_MERGE = 0.25;
/** The centroid cosine two issues need to merge: STREET_MERGE when they name one street, else `min`. */
function mergeBar(x: Located, y: Located, min: number): number {
  return x.streets.some((t) => y.streets.includes(t)) ? STREET_MERGE : min;
}

/** The similarity of two nodes given the cosine of their vectors (and what holds them apart). */
function nodeSim(x: Node, y: Node, p: GroupingParams, cosine = dot(x.vec, y.vec), apart = apartOf(x, y)): number {
  const days = Math.abs(x.ms - y.ms) / DAY;
  if (days > p.maxDays) return 0;
  let s = cosine;
  if (apart & HELD_APART) s -= p.placePenalty;
  if (apart & NO_SHARED_TOPIC) s -= p.topicPenalty;
  if (apart & NO_SHARED_MATTER) s -= p.matterPenalty;
  return s - p.dayDecay * Math.floor(days);
}

/**
 * Two issues of several nodes each whose centroids are close (cosine ≥ `min`) and that are not held
 * apart are one matter: average linkage had kept them apart because the mean of their members' pairwise
 * links is low where each side has its own words (the flood's posko and aid news against its first
 * night's posts; a crash on a street against the same street's potholes) or where sibling kelurahan
 * pull a few pairs negative. Candidate pairs are the clusters some edge joins; merged in one pass,
 * strongest first, a cluster that has merged compared as it is then (its centroid, places and streets),
 * so no chain of close pairs joins two matters that are not close themselves.
 */
function mergeCloseClusters(nodes: readonly Node[], edges: readonly Edge[], label: Int32Array | number[], clusters: Map<number, number[]>, min: number): void {
  const info = new Map<number, Located & { vec: SparseVector; matters: string[] }>();
  const infoOf = (c: number) => {
    let x = info.get(c);
    if (!x) {
      const ms = clusters.get(c)!.map((i) => nodes[i]!);
      x = {
        vec: centroid(ms.map((n) => n.vec)),
        matters: mainMatters(ms),
        places: [...new Set(ms.flatMap((n) => n.places))],
        streets: [...new Set(ms.flatMap((n) => n.streets))],
        networks: [...new Set(ms.flatMap((n) => n.networks))],
      };
      info.set(c, x);
    }
    return x;
  };
  const seen = new Set<number>();
  const n = nodes.length;
  const pairs: { a: number; b: number; sim: number }[] = [];
  for (const e of edges) {
    const a = label[e.a]!;
    const b = label[e.b]!;
    if (a === b || clusters.get(a)!.length < 2 || clusters.get(b)!.length < 2) continue;
    const key = a < b ? a * n + b : b * n + a;
    if (seen.has(key)) continue;
    seen.add(key);
    const x = infoOf(a);
    const y = infoOf(b);
    // Two kinds of matter and none shared: no merge (nor, below, a lone post's attachment).
    if (heldApart(x, y) || noneShared(x.matters, y.matters)) continue;
    const sim = dot(x.vec, y.vec);
    if (sim >= mergeBar(x, y, min)) pairs.push({ a: Math.min(a, b), b: Math.max(a, b), sim });
  }
  if (!pairs.length) return;
  pairs.sort((x, y) => y.sim - x.sim || x.a - y.a || x.b - y.b);
  const root = new Map<number, number>();
  const find = (c: number): number => {
    let r = c;
    while (root.has(r)) r = root.get(r)!;
    return r;
  };
  for (const { a, b } of pairs) {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) continue;
    // A cluster that has merged is compared as it is now (its centroid, places and streets), so no
    // chain of close pairs joins two matters that are not close themselves.
    if (ra !== a || rb !== b) {
      const x = infoOf(ra);
      const y = infoOf(rb);
      if (heldApart(x, y) || noneShared(x.matters, y.matters) || dot(x.vec, y.vec) < mergeBar(x, y, min)) continue;
    }
    const [keep, drop] = ra < rb ? [ra, rb] : [rb, ra];
    root.set(drop, keep);
    clusters.get(keep)!.push(...clusters.get(drop)!);
    clusters.delete(drop);
    info.delete(keep);
    info.delete(drop);
  }
  for (const c of clusters.values()) c.sort((x, y) => x - y);
}

export function groupMentions(mentions: readonly Mention[], fo: FeatureOptions, params: Partial<GroupingParams> = {}): Grouping {
  const p = { ...DEFAULT_GROUPING, ...params };
  const features = new Map<string, MentionFeatures>();
  const relevance = new Map<string, Relevance>();
  const idf = new Idf();
  let withKnown: FeatureOptions = { ...fo, knownPlaces: fo.knownPlaces ?? taggedHomeNames(mentions, fo.homeRegion) };
  const wordsOf = new Map<string, string[]>();
  for (const m of mentions) {
    // The words read are only needed to find the period's spellings (when not given).
    const words: string[] | undefined = fo.spellings ? undefined : [];
    features.set(m.id, mentionFeatures(m, withKnown, words));
    if (words) wordsOf.set(m.id, words);
  }
  // Post words folded onto the period's news words (spelling.ts); the posts that have one are read again.
  if (!fo.spellings) {
    const spellings = spellingFolds(mentions.map((m) => ({ words: wordsOf.get(m.id)!, social: m.kind === 'social' })));
    withKnown = { ...withKnown, spellings };
    if (spellings.size) for (const m of mentions) if (m.kind === 'social' && wordsOf.get(m.id)!.some((w) => spellings.has(w))) features.set(m.id, mentionFeatures(m, withKnown));
  }
  wordsOf.clear();
  // A post's lower-case "jalan putuhena" is a street the period's mentions write capitalized (their
  // features' streets, read the way news write them). Added
  // here, not in mentionFeatures: the period's streets are no feature option, so the features of
  // earlier days' mentions stay cached across the days of one run (see FeatureCache).
  const known = new Set<string>();
  for (const f of features.values()) for (const x of f.streets) known.add(x);
  if (known.size) {
    for (const m of mentions) {
      if (m.kind !== 'social') continue;
      const f = features.get(m.id)!;
      const extra = streetsOf(m.title ?? '', m.text ?? '', known).filter((x) => !f.streets.includes(x));
      if (!extra.length) continue;
      const tf = new Map(f.tf);
      for (const x of extra) tf.set(`s:${x}`, (tf.get(`s:${x}`) ?? 0) + 1.5);
      features.set(m.id, { ...f, tf, streets: [...f.streets, ...extra] });
    }
  }
  // A street read with a word after its name that no other mention reads ("soedjono ditambal" from a
  // headline, "soedjono tapi" from "Jalan Dr Soedjono. Tapi …") is the street other mentions of the
  // period name alone ("soedjono"): one feature, not a second one that links nothing.
  const streetDf = new Map<string, number>();
  for (const f of features.values()) for (const x of f.streets) streetDf.set(x, (streetDf.get(x) ?? 0) + 1);
  const shortStreet = (x: string): string | undefined => {
    const sp = x.indexOf(' ');
    return sp > 0 && streetDf.get(x) === 1 && streetDf.has(x.slice(0, sp)) ? x.slice(0, sp) : undefined;
  };
  for (const m of mentions) {
    const f = features.get(m.id)!;
    if (!f.streets.some((x) => shortStreet(x))) continue;
    const tf = new Map(f.tf);
    const streets: string[] = [];
    for (const x of f.streets) {
      const to = shortStreet(x);
      if (to) {
        const w = tf.get(`s:${x}`) ?? 0;
        tf.delete(`s:${x}`);
        tf.set(`s:${to}`, Math.max(tf.get(`s:${to}`) ?? 0, w));
      }
      if (!streets.includes(to ?? x)) streets.push(to ?? x);
    }
    features.set(m.id, { ...f, tf, streets });
  }
  for (const m of mentions) {
    const f = features.get(m.id)!;
    relevance.set(m.id, relevanceOf(f));
    idf.add(f.tf);
  }
  const vectors = new Map<string, SparseVector>();
  for (const [id, f] of features) vectors.set(id, tfidf(f.tf, idf));
  // Nodes are compared without the period's unshared features (built per node below, not kept: a
  // second vector per mention would cost memory); `vectors` keeps them all, for the earlier days'
  // mentions that continuity compares them with.

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
    const outsideOnly = rel.every((r) => r === 'outside');
    if (outsideOnly && (p.outsideAttachThreshold > 1 || ids.some((id) => features.get(id)!.kind !== 'social'))) {
      outside.push(...ids);
      continue;
    }
    const fs = ids.map((id) => features.get(id)!);
    nodes.push({
      ids,
      vec: centroid(ids.map((id) => tfidf(features.get(id)!.tf, idf, p.minLinkDf))),
      ms: fs.reduce((x, f) => Math.min(x, f.ms), Infinity),
      places: [...new Set(fs.flatMap((f) => f.primaryPlaces))],
      streets: [...new Set(fs.flatMap((f) => f.streets))],
      topics: [...new Set(fs.flatMap((f) => f.topics))],
      networks: [...new Set(fs.flatMap((f) => f.networks))],
      matters: [...new Set(fs.flatMap((f) => [...f.matters, ...f.networks.filter((n) => n === 'water')]))],
      city: rel.includes('city'),
      outsideOnly,
    });
  }

  // Candidate pairs: for each node, the dot product with every node sharing one of its features,
  // accumulated through an inverted index (a sparse matrix product), then its strongest neighbours
  // by that score get their exact similarity. Features shared by very many nodes ("jalan" in every
  // road story) are left out of the accumulation: they weigh little (IDF) and would cost the square
  // of their frequency. Cost grows with Σ df² of the rarer features, not with every pair. The exact
  // cosine of a kept pair is that partial sum plus the few common features both have.
  const maxDf = Math.max(3, Math.min(MAX_POSTING, Math.floor(p.maxDfShare * nodes.length)));
  const fid = new Map<string, number>();
  // Each node's features (ids and weights, in its vector's order) in flat typed arrays: node i's are
  // at featStart[i] … featStart[i + 1] − 1 (no object per feature).
  let total = 0;
  for (const n of nodes) total += n.vec.size;
  const featStart = new Int32Array(nodes.length + 1);
  const featId = new Int32Array(total);
  const featW = new Float64Array(total);
  let at = 0;
  for (let i = 0; i < nodes.length; i++) {
    featStart[i] = at;
    for (const [k, w] of nodes[i]!.vec) {
      let f = fid.get(k);
      if (f === undefined) fid.set(k, (f = fid.size));
      featId[at] = f;
      featW[at++] = w;
    }
  }
  featStart[nodes.length] = at;
  // The posting list of each feature (its nodes in ascending order, with their weights), flat:
  // feature f's are at postStart[f] … postStart[f + 1] − 1.
  const postStart = new Int32Array(fid.size + 1);
  for (let x = 0; x < at; x++) postStart[featId[x]! + 1]!++;
  for (let f = 0; f < fid.size; f++) postStart[f + 1] = postStart[f + 1]! + postStart[f]!;
  const postNode = new Int32Array(at);
  const postW = new Float64Array(at);
  const fill = postStart.slice(0, fid.size);
  for (let i = 0; i < nodes.length; i++) {
    for (let x = featStart[i]!; x < featStart[i + 1]!; x++) {
      const y = fill[featId[x]!]!++;
      postNode[y] = i;
      postW[y] = featW[x]!;
    }
  }
  const postLength = (f: number): number => postStart[f + 1]! - postStart[f]!;
  // Per node, its common features (posting list longer than maxDf), sorted by feature number, in the
  // same flat layout.
  const commonStart = new Int32Array(nodes.length + 1);
  const commonIds: number[] = [];
  const commonWs: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    commonStart[i] = commonIds.length;
    const xs: number[] = [];
    for (let x = featStart[i]!; x < featStart[i + 1]!; x++) if (postLength(featId[x]!) > maxDf) xs.push(x);
    xs.sort((a, b) => featId[a]! - featId[b]!);
    for (const x of xs) {
      commonIds.push(featId[x]!);
      commonWs.push(featW[x]!);
    }
  }
  commonStart[nodes.length] = commonIds.length;
  const commonDot = (a: number, b: number): number => {
    let s = 0;
    const xe = commonStart[a + 1]!;
    const ye = commonStart[b + 1]!;
    for (let i = commonStart[a]!, j = commonStart[b]!; i < xe && j < ye; ) {
      const fi = commonIds[i]!;
      const fj = commonIds[j]!;
      if (fi === fj) s += commonWs[i++]! * commonWs[j++]!;
      else if (fi < fj) i++;
      else j++;
    }
    return s;
  };
  const scratch = new Float64Array(nodes.length);
  const touched: number[] = [];
  // A pair (i, j) is met twice when each is among the other's strongest: it is kept when first met.
  // Met before node i only if j < i has i among its own (`metBy[i]`, stamped into `met` for node i).
  const metBy: number[][] = nodes.map(() => []);
  const met = new Int32Array(nodes.length).fill(-1);
  const edges: Edge[] = [];
  const near: number[][] = nodes.map(() => []);
  // apartOf per pair of nodes' places, streets, networks and topics (numbered by content: a day's
  // nodes name few different ones), computed once per pair of those.
  const whereIds = new Map<string, number>();
  const whereOf = new Int32Array(nodes.length);
  const whereNode: number[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i]!;
    const key = `${n.places.join('\u0001')}\u0002${n.streets.join('\u0001')}\u0002${n.networks.join('\u0001')}\u0002${n.topics.join('\u0001')}\u0002${n.matters.join('\u0001')}`;
    let w = whereIds.get(key);
    if (w === undefined) {
      whereIds.set(key, (w = whereNode.length));
      whereNode.push(i);
    }
    whereOf[i] = w;
  }
  const apartMemo = new Map<number, number>();
  const apart = (a: number, b: number): number => {
    const key = whereOf[a]! * whereNode.length + whereOf[b]!;
    let r = apartMemo.get(key);
    if (r === undefined) apartMemo.set(key, (r = apartOf(nodes[whereNode[whereOf[a]!]!]!, nodes[whereNode[whereOf[b]!]!]!)));
    return r;
  };
  for (let i = 0; i < nodes.length; i++) {
    for (const j of metBy[i]!) met[j] = i;
    metBy[i] = [];
    for (let x0 = featStart[i]!; x0 < featStart[i + 1]!; x0++) {
      const f = featId[x0]!;
      const w = featW[x0]!;
      const from = postStart[f]!;
      const to = postStart[f + 1]!;
      if (to - from < 2 || to - from > maxDf) continue;
      for (let x = from; x < to; x++) {
        const j = postNode[x]!;
        if (j === i) continue;
        if (scratch[j] === 0) touched.push(j);
        scratch[j] += w * postW[x]!;
      }
    }
    const top = strongest(touched, scratch, p.maxNeighbours);
    near[i] = top;
    for (const j of top) {
      if (met[j] === i) continue;
      if (j > i) metBy[j]!.push(i);
      const a = i < j ? i : j;
      const b = i < j ? j : i;
      if (nodes[a]!.outsideOnly || nodes[b]!.outsideOnly) continue;
      // Kept whatever its sign: a negative link (two places) holds otherwise similar groups apart.
      edges.push({ a, b, sim: nodeSim(nodes[a]!, nodes[b]!, p, scratch[j]! + commonDot(i, j), apart(a, b)) });
    }
    for (const j of touched) scratch[j] = 0;
    touched.length = 0;
  }
  const label = averageLinkage(nodes.length, edges, p.threshold);

  const clusters = new Map<number, number[]>();
  label.forEach((c, i) => {
    let list = clusters.get(c);
    if (!list) clusters.set(c, (list = []));
    list.push(i);
  });
  if (p.mergeThreshold <= 1) mergeCloseClusters(nodes, edges, label, clusters, p.mergeThreshold);
  // Attach lone nodes to the closest bigger issue among those their nearest neighbours are in.
  const clusterOf = new Map<number, number>();
  const big = [...clusters.values()].filter((c) => c.length > 1);
  big.forEach((c, gi) => c.forEach((i) => clusterOf.set(i, gi)));
  const info = new Map<number, { vec: SparseVector; places: string[]; streets: string[]; networks: string[]; matters: string[]; ms: number }>();
  const infoOf = (gi: number) => {
    let x = info.get(gi);
    if (!x) {
      const c = big[gi]!;
      x = {
        vec: centroid(c.map((i) => nodes[i]!.vec)),
        places: [...new Set(c.flatMap((i) => nodes[i]!.places))],
        streets: [...new Set(c.flatMap((i) => nodes[i]!.streets))],
        networks: [...new Set(c.flatMap((i) => nodes[i]!.networks))],
        matters: mainMatters(c.map((i) => nodes[i]!)),
        ms: c.reduce((x, i) => Math.max(x, nodes[i]!.ms), -Infinity),
      };
      info.set(gi, x);
    }
    return x;
  };
  const groups: number[][] = big.map((c) => [...c]);
  /** The closest bigger issue among those node i's nearest neighbours are in, above `min` (or -1). */
  const closest = (i: number, min: number, skip: (gi: number) => boolean): number => {
    const n = nodes[i]!;
    let best = -1;
    let bestSim = min;
    for (const gi of new Set(near[i]!.map((j) => clusterOf.get(j)).filter((x): x is number => x !== undefined))) {
      if (skip(gi)) continue;
      const g = infoOf(gi);
      if (Math.abs(g.ms - n.ms) / DAY > p.maxDays) continue;
      if (heldApart(n, g) || noneShared(n.matters, g.matters)) continue;
      const sim = dot(n.vec, g.vec);
      if (sim > bestSim || (sim === bestSim && gi < best)) {
        bestSim = sim;
        best = gi;
      }
    }
    return best;
  };
  // Two or three lone posts that paired on an everyday word ("antri solar dari subuh", "rumah terendam dari
  // subuh") are no issue of their own: each joins the bigger issue it is close to, if it is close to
  // one. Average linkage pairs them first because a pair's link is one cosine, an issue's the
  // average over all its members.
  const social = (i: number): boolean => nodes[i]!.ids.every((id) => features.get(id)!.kind === 'social');
  const postGroup = new Set<number>();
  big.forEach((c, gi) => {
    if (c.length <= POST_GROUP_MAX && c.every(social)) postGroup.add(gi);
  });
  const dissolved = new Set<number>();
  for (const gi of postGroup) {
    const moves = big[gi]!.map((i) => [i, closest(i, p.attachThreshold, (x) => x === gi || postGroup.has(x))] as const);
    if (!moves.some(([, to]) => to >= 0)) continue;
    dissolved.add(gi);
    groups[gi] = [];
    for (const [i, to] of moves) {
      if (to >= 0) groups[to]!.push(i);
      else groups.push([i]);
    }
  }
  for (const c of clusters.values()) {
    if (c.length > 1) continue;
    const n = nodes[c[0]!]!;
    const best = closest(c[0]!, n.outsideOnly ? p.outsideAttachThreshold : p.attachThreshold, (x) => dissolved.has(x));
    if (best >= 0) groups[best]!.push(c[0]!);
    else if (n.outsideOnly) outside.push(...n.ids);
    else groups.push([c[0]!]);
  }

  const out: Group[] = [];
  for (const g of groups) {
    if (!g.length) continue;
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
