// Emerging-term detection: which words and two-word phrases are unusually frequent today compared with
// the previous days, so a new issue ("jembatan ambruk", a new hoax's catchphrase) surfaces before
// anyone writes a rule for it. Pure function: the caller supplies the texts per day.
import { isStopword, normalizeText } from '../normalize/index.js';

export interface EmergingTerm {
  term: string;
  todayCount: number;
  baselineMean: number;
  /** (today + α) / (baseline mean + α): smoothed rise factor. */
  ratio: number;
  /** (today − mean) / sqrt(var + mean + 1): Poisson-ish standard score, robust for rare terms. */
  z: number;
}

export interface EmergingOptions {
  /** Minimum documents mentioning a term today. */
  minCount?: number;
  /** Additive smoothing of the ratio. */
  alpha?: number;
  /** Minimum smoothed ratio and z to report. */
  minRatio?: number;
  minZ?: number;
  /** At most this many terms, best (highest z) first. */
  limit?: number;
  /** Include two-word phrases. */
  bigrams?: boolean;
}

const NUMERIC = /^\d+$/;

/** Distinct unigrams (and bigrams without stopwords at either end) of one document. */
export function documentTerms(text: string, bigrams = true): Set<string> {
  const norm = normalizeText(text);
  const out = new Set<string>();
  if (!norm) return out;
  const toks = norm.split(' ');
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const content = t.length >= 3 && !isStopword(t) && !NUMERIC.test(t);
    if (content) out.add(t);
    if (bigrams && i + 1 < toks.length) {
      const u = toks[i + 1];
      if (content && u.length >= 3 && !isStopword(u) && !NUMERIC.test(u)) out.add(`${t} ${u}`);
    }
  }
  return out;
}

/** Document frequency of each term (a term counts once per document, so one long article can't spike it). */
function docFreq(texts: readonly string[], bigrams: boolean): Map<string, number> {
  const df = new Map<string, number>();
  for (const t of texts) for (const term of documentTerms(t, bigrams)) df.set(term, (df.get(term) ?? 0) + 1);
  return df;
}

/**
 * Terms rising today versus a baseline of earlier days (each a list of texts). Counts are scaled to
 * today's volume so a busier day does not make everything look new.
 */
export function emergingTerms(today: readonly string[], baseline: readonly (readonly string[])[], opts: EmergingOptions = {}): EmergingTerm[] {
  const { minCount = 3, alpha = 1, minRatio = 3, minZ = 2, limit = 30, bigrams = true } = opts;
  const todayDf = docFreq(today, bigrams);
  const days = baseline.map((d) => ({ df: docFreq(d, bigrams), scale: d.length > 0 ? today.length / d.length : 1 }));
  const out: EmergingTerm[] = [];
  for (const [term, count] of todayDf) {
    if (count < minCount) continue;
    let sum = 0;
    let sq = 0;
    for (const d of days) {
      const c = (d.df.get(term) ?? 0) * d.scale;
      sum += c;
      sq += c * c;
    }
    const n = days.length;
    const mean = n ? sum / n : 0;
    const variance = n ? Math.max(0, sq / n - mean * mean) : 0;
    const ratio = (count + alpha) / (mean + alpha);
    const z = (count - mean) / Math.sqrt(variance + mean + 1);
    if (ratio >= minRatio && z >= minZ) {
      out.push({ term, todayCount: count, baselineMean: Math.round(mean * 100) / 100, ratio: Math.round(ratio * 100) / 100, z: Math.round(z * 100) / 100 });
    }
  }
  out.sort((a, b) => b.z - a.z || b.todayCount - a.todayCount);
  // A bigram and its words often rise together; keep a unigram only if it adds over its best bigram.
  const bigramCounts = new Map<string, number>();
  for (const e of out) if (e.term.includes(' ')) for (const w of e.term.split(' ')) bigramCounts.set(w, Math.max(bigramCounts.get(w) ?? 0, e.todayCount));
  return out.filter((e) => e.term.includes(' ') || (bigramCounts.get(e.term) ?? 0) < e.todayCount).slice(0, limit);
}
