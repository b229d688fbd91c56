// DebunkIndex: finds the published fact-checks a text is about. TF-IDF over stemmed content words of
// the debunk (title counted several times: it states the claim; the body's first part describes it),
// searched through an inverted index so a query only touches debunks that share a rare word with it,
// then the best few candidates are re-scored with character 4-grams of the titles, which forgive
// spelling variants and affixes the stemmer misses ("Prabowo"/"Prabowonya", "rob"/"ROB").
import type { Debunk, DebunkMatch } from '../../src/core/types.js';
import { charGrams, contentTokens, stripVerdict } from './text.js';

// 0.38: on four disjoint sets of ~930 TurnBackHoax debunks the right one is first and above it for
// 74-77% of claims (0.40: 72-77%) while 0.6-1.2% of 172 ordinary news texts get any match; on the
// full 4,396-debunk index 2.9%. At 0.35 news false attachments reach 5% on that larger index.
export const DEFAULT_DEBUNK_THRESHOLD = 0.38;

export interface DebunkIndexOptions {
  /** Minimum similarity for a match to be reported (config analysis.debunkThreshold). */
  threshold?: number;
  /** How many times title terms count against body terms. */
  titleWeight?: number;
  /** Characters of debunk body indexed: the claim is described near the top, the rest is method. */
  bodyChars?: number;
  /** Characters of a query text used: claims are short; news states its subject early. */
  queryChars?: number;
  /** Query terms kept (highest tf-idf): bounds work per document and ignores incidental words. */
  queryTerms?: number;
  /** Weight of the title character-gram similarity in the final score (rest is word cosine). */
  charWeight?: number;
  /** Distinct content words a text must share with a debunk: one common name alone is not a match. */
  minShared?: number;
}

interface Posting {
  docs: number[];
  weights: number[];
}

interface Entry {
  url: string;
  title: string;
  grams: Set<string>;
  /** Distinct indexed terms (a debunk with a one-word title can't share two). */
  terms: number;
}

const CANDIDATES = 20;

export class DebunkIndex {
  readonly size: number;
  readonly threshold: number;
  private readonly opts: Required<Omit<DebunkIndexOptions, 'threshold'>>;
  private readonly postings = new Map<string, Posting>();
  private readonly idf = new Map<string, number>();
  private readonly entries: Entry[] = [];
  private readonly acc: Float64Array;
  private readonly shared: Uint16Array;

  constructor(debunks: readonly Pick<Debunk, 'url' | 'title' | 'text'>[], opts: DebunkIndexOptions = {}) {
    this.threshold = opts.threshold ?? DEFAULT_DEBUNK_THRESHOLD;
    this.opts = {
      titleWeight: opts.titleWeight ?? 3,
      bodyChars: opts.bodyChars ?? 600,
      queryChars: opts.queryChars ?? 3000,
      queryTerms: opts.queryTerms ?? 50,
      charWeight: opts.charWeight ?? 0.45,
      minShared: opts.minShared ?? 2,
    };
    const docsTf: Map<string, number>[] = [];
    const df = new Map<string, number>();
    for (const d of debunks) {
      const title = stripVerdict(d.title ?? '');
      const tf = new Map<string, number>();
      for (const t of contentTokens(title)) tf.set(t, (tf.get(t) ?? 0) + this.opts.titleWeight);
      for (const t of contentTokens((d.text ?? '').slice(0, this.opts.bodyChars))) tf.set(t, (tf.get(t) ?? 0) + 1);
      docsTf.push(tf);
      for (const t of tf.keys()) df.set(t, (df.get(t) ?? 0) + 1);
      this.entries.push({ url: d.url, title: d.title, grams: charGrams(title), terms: tf.size });
    }
    const n = debunks.length;
    for (const [t, c] of df) this.idf.set(t, Math.log((n + 1) / (c + 0.5)));
    docsTf.forEach((tf, i) => {
      const vec = this.weigh(tf);
      for (const [t, w] of vec) {
        let p = this.postings.get(t);
        if (!p) this.postings.set(t, (p = { docs: [], weights: [] }));
        p.docs.push(i);
        p.weights.push(w);
      }
    });
    this.size = n;
    this.acc = new Float64Array(n);
    this.shared = new Uint16Array(n);
  }

  /** Sublinear tf × idf, L2-normalized, over terms the index knows. */
  private weigh(tf: Map<string, number>, keep = Infinity): [string, number][] {
    let vec: [string, number][] = [];
    for (const [t, c] of tf) {
      const idf = this.idf.get(t);
      if (idf === undefined || idf <= 0) continue;
      vec.push([t, (1 + Math.log(c)) * idf]);
    }
    if (vec.length > keep) vec = vec.sort((a, b) => b[1] - a[1]).slice(0, keep);
    let norm = 0;
    for (const [, w] of vec) norm += w * w;
    norm = Math.sqrt(norm) || 1;
    return vec.map(([t, w]) => [t, w / norm]);
  }

  /**
   * Debunks most similar to a text, best first, at or above the threshold (at most k).
   * `title` (headline of a news item, or nothing for a social post) counts like a debunk title.
   */
  match(text: string, title?: string, k = 3): DebunkMatch[] {
    return this.search(text, title, k).filter((m) => m.similarity >= this.threshold);
  }

  /** Like match() but without the threshold: for evaluation and tuning. */
  search(text: string, title?: string, k = 3): DebunkMatch[] {
    if (this.size === 0) return [];
    const body = (text ?? '').slice(0, this.opts.queryChars);
    const tf = new Map<string, number>();
    if (title) for (const t of contentTokens(title)) tf.set(t, (tf.get(t) ?? 0) + this.opts.titleWeight);
    for (const t of contentTokens(body)) tf.set(t, (tf.get(t) ?? 0) + 1);
    const q = this.weigh(tf, this.opts.queryTerms);
    if (q.length === 0) return [];
    // Dense accumulator reused across calls; only touched slots are read and reset.
    const acc = this.acc;
    const shared = this.shared;
    const touched: number[] = [];
    for (const [t, w] of q) {
      const p = this.postings.get(t)!;
      for (let i = 0; i < p.docs.length; i++) {
        const d = p.docs[i];
        if (acc[d] === 0) touched.push(d);
        acc[d] += w * p.weights[i];
        shared[d]++;
      }
    }
    const top = topK(touched, acc, CANDIDATES);
    for (const d of touched) acc[d] = 0;
    const minShared = this.opts.minShared;
    const kept = top.filter(([d]) => shared[d] >= minShared || this.entries[d].terms < minShared);
    for (const d of touched) shared[d] = 0;
    // The query's "title" for character n-grams: its headline, else the opening of the text (a post
    // usually states its claim first).
    const qGrams = charGrams(title || body.slice(0, 300));
    const cw = this.opts.charWeight;
    const out: DebunkMatch[] = kept.map(([i, cos]) => {
      const e = this.entries[i];
      const sim = (1 - cw) * cos + cw * containment(e.grams, qGrams);
      return { url: e.url, title: e.title, similarity: Math.round(sim * 1000) / 1000 };
    });
    return out.sort((a, b) => b.similarity - a.similarity).slice(0, k);
  }
}

/** The k best [doc, score] among touched docs, best first (partial selection, not a full sort). */
function topK(touched: number[], acc: Float64Array, k: number): [number, number][] {
  const best: [number, number][] = [];
  for (const d of touched) {
    const s = acc[d];
    if (best.length < k) {
      best.push([d, s]);
      if (best.length === k) best.sort((a, b) => b[1] - a[1]);
    } else if (s > best[k - 1][1]) {
      let i = k - 1;
      while (i > 0 && best[i - 1][1] < s) {
        best[i] = best[i - 1];
        i--;
      }
      best[i] = [d, s];
    }
  }
  return best.length < k ? best.sort((a, b) => b[1] - a[1]) : best;
}

/** Share of the debunk title's n-grams found in the query: a claim restated inside a longer text still scores high. */
function containment(title: Set<string>, query: Set<string>): number {
  if (title.size === 0) return 0;
  let hit = 0;
  for (const g of title) if (query.has(g)) hit++;
  return hit / title.size;
}
