// Indonesian stemming (Sastrawi via natural), memoized. The stemmer costs ~25 µs a word, while a
// corpus repeats the same few thousand words, so a bounded cache makes it nearly free. The bound
// keeps memory flat on endless streams: two generations of at most STEM_CACHE_SIZE entries each;
// when the young one is full it becomes the old one and the previous old one is dropped, and a hit
// in the old generation moves the word to the young one, so frequent words stay. (Evicting the
// oldest entry of one Map instead — delete(keys().next().value) — costs V8 ~100 µs a call once
// deletions pile up at the front of the table: it was most of the cache's time.)
import { indonesianRootWords, naturalStemmerId } from './natural-id.js';

export const STEM_CACHE_SIZE = 50_000;
let young = new Map<string, string>();
let old = new Map<string, string>();
const STEMMABLE = /^[a-z]+(?:-[a-z]+)*$/;

function remember(word: string, out: string): void {
  if (young.size >= STEM_CACHE_SIZE) {
    old = young;
    young = new Map();
  }
  young.set(word, out);
}

export function stem(word: string): string {
  // Short words pass through (below): no need to remember them.
  if (word.length < 4) return word;
  const hit = young.get(word);
  if (hit !== undefined) return hit;
  let out = old.get(word);
  // Short words, numbers, markers and non-Latin tokens pass through: the stemmer would only mangle them.
  if (out === undefined) out = !STEMMABLE.test(word) ? word : naturalStemmerId().stem(word) || word;
  remember(word, out);
  return out;
}

/** For tests: forget memoized stems. */
export function clearStemCache(): void {
  young.clear();
  old.clear();
}

/** What a stemmerFor() function gives for a word whose stem is none of its targets. */
export const NO_STEM = '';

/**
 * Sastrawi's suffixes as they can end a word: derivational (-i, -kan, -an, -is, -isme, -isasi), then
 * possessive (-ku, -mu, -nya), then particle (-lah, -kah, -tah, -pun), each optional. Every stem the
 * stemmer returns for a word without a hyphen ends where one of these combinations begins.
 */
const SUFFIX_ENDS: ReadonlySet<string> = new Set(
  ['', 'i', 'kan', 'an', 'is', 'isme', 'isasi'].flatMap((d) => ['', 'ku', 'mu', 'nya'].flatMap((p) => ['', 'lah', 'kah', 'tah', 'pun'].map((x) => d + p + x))),
);
const LONGEST_SUFFIX_END = Math.max(...[...SUFFIX_ENDS].map((s) => s.length));
const CONSONANT = /^[bcdfghjklmnpqrstvwxyz]/;
/** Infixes the stemmer removes after a word's first consonant (its rules 37–40). */
const INFIXES: ReadonlySet<string> = new Set(['er', 'el', 'em', 'in']);
const RESTRICTED_CACHE_SIZE = 50_000;

/**
 * stem(word) for callers that only compare the stem against a fixed set of words (the sentiment
 * lexicon, the topic keywords): returns stem(word) when it is one of `targets` (or may be), and
 * otherwise either stem(word) or NO_STEM, which is none of them — so `targets.has(f(w))` and any
 * comparison of f(w) with a target give what they give with stem(w). Most words of a text cannot
 * stem to a target, and this skips the stemmer for them (the stemmer was ~7% of `pantau analyze`).
 *
 * Why it is exact: for a lower-case word without a hyphen the stemmer returns the word itself or a
 * root word of its dictionary, made by cutting suffixes off the end (SUFFIX_ENDS) and prefixes or
 * an infix off the front. The front may keep one letter that is not in the word there: a recoded
 * prefix ("memukul" → "pukul", "menulis" → "tulis", "mengirim" → "kirim", "menyapu" → "sapu": p
 * after m, t after n, k after ng, s after ny) or a consonant before a removed infix (its rules
 * 37–40, CerV/CelV/CemV/CinV → CV: "digelengi" → "geng"); every other prepended letter (berV → rV,
 * mempe → pe, mengV → ngV…) is in the word. So a root-word stem is a substring of the word ending at a suffix cut, or
 * its first letter followed by such a substring that stands after a recoding prefix's last letters
 * or an infix. A word where no target root word stands so cannot stem to a target; nor can it stem
 * to itself as a target unless it is one. Checked against the stemmer over 2.3M words (the bench's
 * and the SmSA + FakeNewsID tokens, affixed forms of every lexicon/topic root and of 2,000 random
 * roots): no difference for any of those target sets (README, speed: bench:analyze-cli).
 */
export function stemmerFor(targets: Iterable<string>): (word: string) => string {
  const roots = indonesianRootWords();
  const all = new Set(targets);
  const exact = new Set<string>();
  /** A consonant-initial target root's tail → its possible first letters. */
  const tails = new Map<string, string>();
  for (const t of all) {
    if (!roots.has(t)) continue;
    exact.add(t);
    if (CONSONANT.test(t)) {
      const tail = t.slice(1);
      const firsts = tails.get(tail) ?? '';
      if (!firsts.includes(t[0]!)) tails.set(tail, firsts + t[0]);
    }
  }
  const lengths = [...new Set([...exact, ...tails.keys()].map((s) => s.length))].sort((a, b) => a - b);
  /** May `first` + w.slice(i, …) be a stem, the first letter not standing in the word before i? */
  const recoded = (w: string, i: number, firsts: string): boolean => {
    if (i < 1) return false;
    const before2 = i >= 2 ? w.slice(i - 2, i) : '';
    if (INFIXES.has(before2)) return true;
    const before = w[i - 1];
    for (const f of firsts) {
      if ((f === 'p' && before === 'm') || (f === 't' && before === 'n') || (f === 'k' && before2 === 'ng') || (f === 's' && before2 === 'ny')) return true;
    }
    return false;
  };
  const mayReach = (w: string): boolean => {
    for (let j = w.length; j >= 0 && w.length - j <= LONGEST_SUFFIX_END; j--) {
      if (j < w.length && !SUFFIX_ENDS.has(w.slice(j))) continue;
      for (const n of lengths) {
        if (n > j) break;
        const s = w.slice(j - n, j);
        if (exact.has(s)) return true;
        const firsts = tails.get(s);
        if (firsts !== undefined && recoded(w, j - n, firsts)) return true;
      }
    }
    return false;
  };
  // Memoized in two generations, like stem().
  let memo = new Map<string, string>();
  let older = new Map<string, string>();
  return (word: string): string => {
    if (word.length < 4) return word;
    let out = memo.get(word);
    if (out !== undefined) return out;
    out = older.get(word);
    if (out === undefined) out = !STEMMABLE.test(word) || word.includes('-') || all.has(word) || mayReach(word) ? stem(word) : NO_STEM;
    if (memo.size >= RESTRICTED_CACHE_SIZE) {
      older = memo;
      memo = new Map();
    }
    memo.set(word, out);
    return out;
  };
}
