// Near-duplicate story clustering: one wire story (Antara) republished by several outlets — each with
// its own headline, dateline, "Baca juga" links, footer and small edits — becomes one cluster, while
// different stories on the same topic (two floods) stay apart. Every outlet's mention is kept; the
// cluster id only groups them (the pipeline stores it as meta.clusterId).
//
// MinHash (128 hashes over word 3-shingles) with LSH banding (32 bands × 4 rows): a new document is
// compared only with documents that share at least one whole band, so lookup is sub-linear. With
// 4 rows a pair with Jaccard J becomes a candidate with probability 1-(1-J^4)^32: 0.87 at J=0.5,
// > 0.99 at J=0.6, 0.05 at J=0.2. Candidates join when the estimated Jaccard reaches `threshold`, or
// when one text is mostly contained in the other (an outlet that ran only the first paragraphs).
//
// Why not SimHash: a 64-bit SimHash of a syndicated copy with boilerplate differs in ~8-12 bits, so
// the Hamming threshold needed is too loose for pigeonhole banding to stay selective; MinHash
// estimates the quantity we care about (shared word sequences) directly.
import { hashString } from '../shared/hash.js';
import { estimateJaccard, minhashSignature } from './minhash.js';
import { clusterTokens, shingleHashes } from './shingles.js';

export interface StoryClustererOptions {
  /** MinHash size. Default 128. */
  numHashes?: number;
  /** LSH bands; numHashes / bands rows each. Default 32 (4 rows). */
  bands?: number;
  /** Estimated Jaccard of 3-shingle sets to join a cluster. Default 0.45. */
  threshold?: number;
  /** Estimated containment (shared / smaller set) to join when Jaccard is lower. Default 0.8. */
  containment?: number;
  /** Texts with fewer shingles only cluster with identical text. Default 8. */
  minShingles?: number;
  /** Documents remembered; the oldest are forgotten beyond this (memory ≈ 1 KB each). Default 20 000. */
  maxDocs?: number;
  /**
   * Most recent documents kept per LSH bucket. Default 8. Documents that share a whole band are near
   * copies of each other, so a few recent ones are enough to find the cluster; without a cap a
   * copy-paste campaign puts every post in the same buckets and each new post is compared with all.
   */
  maxPerBucket?: number;
  /** Distinct candidates compared per document at most. Default 32 (see maxPerBucket). */
  maxCandidates?: number;
}

/** What a document is compared by. */
export interface StorySignature {
  /** MinHash signature; empty for texts too short to compare (see exactKey). */
  sig: Uint32Array;
  /** Number of distinct shingles. */
  size: number;
  /** Hash of the normalized text, for short texts that only match exactly. */
  exactKey: number;
}

interface Doc {
  id: string;
  clusterId: string;
  s: StorySignature;
}

const DEFAULTS = { numHashes: 128, bands: 32, threshold: 0.45, containment: 0.8, minShingles: 8, maxDocs: 20_000, maxPerBucket: 8, maxCandidates: 32 };
/** Estimated Jaccard at which a candidate is taken without looking further. */
const CLOSE_ENOUGH = 0.9;
/** Below this many words the headline is part of what is compared (short posts, captions). */
const TITLE_BELOW_TOKENS = 30;

/** The signature of a story (title counts only for short texts: outlets rewrite headlines). */
export function storySignature(text: string, title: string | undefined, o: { numHashes?: number; minShingles?: number } = {}): StorySignature {
  let tokens = clusterTokens(text);
  if (title && tokens.length < TITLE_BELOW_TOKENS) tokens = [...clusterTokens(title), ...tokens];
  const shingles = shingleHashes(tokens);
  const exactKey = hashString(tokens.join(' '));
  if (shingles.length < (o.minShingles ?? DEFAULTS.minShingles)) return { sig: new Uint32Array(0), size: shingles.length, exactKey };
  return { sig: minhashSignature(shingles, o.numHashes ?? DEFAULTS.numHashes), size: shingles.length, exactKey };
}

/** One 32-bit key per LSH band of a signature (band index folded in). */
export function bandKeys(sig: Uint32Array, bands: number): number[] {
  if (sig.length === 0) return [];
  const rows = Math.floor(sig.length / bands);
  const keys: number[] = [];
  for (let b = 0; b < bands; b++) {
    let h = Math.imul(b + 1, 0x9e3779b1);
    for (let r = 0; r < rows; r++) h = Math.imul(h ^ sig[b * rows + r]!, 0x01000193) ^ (h >>> 15);
    keys.push(h >>> 0);
  }
  return keys;
}

/**
 * The LSH keys of a text as strings ("b<band>:<hex>"), for a store that wants to find cluster
 * candidates across runs with an index instead of an in-memory StoryClusterer.
 */
export function clusterKeys(text: string, title?: string, o: StoryClustererOptions = {}): string[] {
  const s = storySignature(text, title, o);
  if (s.sig.length === 0) return [`x:${s.exactKey.toString(16)}`];
  return bandKeys(s.sig, o.bands ?? DEFAULTS.bands).map((k, b) => `b${b}:${k.toString(16)}`);
}

/** Estimated Jaccard and containment of two signatures. */
export function signatureSimilarity(a: StorySignature, b: StorySignature): { jaccard: number; containment: number } {
  if (a.sig.length === 0 || b.sig.length === 0) {
    const same = a.exactKey === b.exactKey ? 1 : 0;
    return { jaccard: same, containment: same };
  }
  const jaccard = estimateJaccard(a.sig, b.sig);
  // |A∩B| = J·(|A|+|B|)/(1+J)
  const shared = (jaccard * (a.size + b.size)) / (1 + jaccard);
  return { jaccard, containment: Math.min(1, shared / Math.max(1, Math.min(a.size, b.size))) };
}

export class StoryClusterer {
  private readonly o: typeof DEFAULTS;
  /** Insertion order = age, for eviction. */
  private readonly docs = new Map<string, Doc>();
  /** LSH band key → the most recent ≤ maxPerBucket documents with that band. */
  private readonly buckets = new Map<number, string[]>();
  /**
   * Hash of the whole signature (or of the normalized text, for short texts) → the most recent
   * document with it: an exact copy joins its cluster without any comparison.
   */
  private readonly exact = new Map<number, string>();

  constructor(options: StoryClustererOptions = {}) {
    this.o = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
    if (this.o.numHashes % this.o.bands !== 0) throw new Error(`StoryClusterer: numHashes (${this.o.numHashes}) must be a multiple of bands (${this.o.bands})`);
  }

  /** Signature comparisons made so far: the work a benchmark or test can count (not time). */
  comparisons = 0;

  get size(): number {
    return this.docs.size;
  }

  /** The cluster a document was assigned to, if it is still remembered. */
  clusterOf(id: string): string | undefined {
    return this.docs.get(id)?.clusterId;
  }

  /** The best remembered match for a text, without adding it. */
  match(text: string, title?: string): { id: string; clusterId: string; jaccard: number; containment: number } | undefined {
    return this.best(storySignature(text, title, this.o));
  }

  /**
   * Put a document in a cluster and return the cluster id: the id of the cluster's first document
   * (so re-running over the same mentions in the same order gives the same ids). Assigning a known
   * id again returns its cluster unchanged.
   */
  assign(id: string, text: string, title?: string): string {
    const known = this.docs.get(id);
    if (known) return known.clusterId;
    const s = storySignature(text, title, this.o);
    const clusterId = this.best(s)?.clusterId ?? id;
    this.add({ id, clusterId, s });
    return clusterId;
  }

  /**
   * Remember a document whose cluster is already known (a mention stored by an earlier run), so new
   * copies of its story join the same cluster after a restart.
   */
  remember(id: string, clusterId: string, text: string, title?: string): void {
    if (this.docs.has(id)) return;
    this.add({ id, clusterId, s: storySignature(text, title, this.o) });
  }

  private add(d: Doc): void {
    this.docs.set(d.id, d);
    this.exact.set(exactHash(d.s), d.id);
    for (const key of bandKeys(d.s.sig, this.o.bands)) {
      const list = this.buckets.get(key);
      if (!list) this.buckets.set(key, [d.id]);
      else {
        if (list.length >= this.o.maxPerBucket) list.shift();
        list.push(d.id);
      }
    }
    if (this.docs.size > this.o.maxDocs) this.evictOldest();
  }

  private best(s: StorySignature): { id: string; clusterId: string; jaccard: number; containment: number } | undefined {
    const twin = this.docs.get(this.exact.get(exactHash(s)) ?? '');
    if (twin && sameSignature(twin.s, s)) return { id: twin.id, clusterId: twin.clusterId, jaccard: 1, containment: 1 };
    const seen = new Set<string>();
    let best: { id: string; clusterId: string; jaccard: number; containment: number } | undefined;
    // Bands are visited in order and each bucket newest first, so the cap keeps the most recent
    // copies; a match this close ends the search (it is in the cluster any further one would be).
    search: for (const key of bandKeys(s.sig, this.o.bands)) {
      const list = this.buckets.get(key);
      if (!list) continue;
      for (let i = list.length - 1; i >= 0; i--) {
        const cand = list[i]!;
        if (seen.has(cand)) continue;
        if (seen.size >= this.o.maxCandidates) break search;
        seen.add(cand);
        const d = this.docs.get(cand)!;
        const sim = signatureSimilarity(s, d.s);
        this.comparisons++;
        const ok = sim.jaccard >= this.o.threshold || sim.containment >= this.o.containment;
        if (ok && (!best || sim.jaccard > best.jaccard)) best = { id: d.id, clusterId: d.clusterId, ...sim };
        if (best && best.jaccard >= CLOSE_ENOUGH) break search;
      }
    }
    return best;
  }

  private evictOldest(): void {
    const oldest = this.docs.keys().next().value as string;
    const d = this.docs.get(oldest)!;
    this.docs.delete(oldest);
    const h = exactHash(d.s);
    if (this.exact.get(h) === oldest) this.exact.delete(h);
    for (const key of bandKeys(d.s.sig, this.o.bands)) {
      const list = this.buckets.get(key);
      if (!list) continue;
      const i = list.indexOf(oldest); // ≤ maxPerBucket entries
      if (i >= 0) list.splice(i, 1);
      if (list.length === 0) this.buckets.delete(key);
    }
  }
}

/** One hash of what the signature compares: the normalized text for short texts, else all MinHash values. */
function exactHash(s: StorySignature): number {
  if (s.sig.length === 0) return s.exactKey;
  let h = 0x811c9dc5;
  for (let i = 0; i < s.sig.length; i++) h = Math.imul(h ^ s.sig[i]!, 0x01000193);
  return h >>> 0;
}

function sameSignature(a: StorySignature, b: StorySignature): boolean {
  if (a.sig.length !== b.sig.length) return false;
  if (a.sig.length === 0) return a.exactKey === b.exactKey;
  for (let i = 0; i < a.sig.length; i++) if (a.sig[i] !== b.sig[i]) return false;
  return true;
}
