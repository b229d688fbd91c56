// Grouping-only spelling folds for social posts: "lobang" → "lubang", "bnjir" → "banjir", "smpah" →
// "sampah", "kaharudin" → "kaharuddin", "cikpuan" → "cik puan", "kaharudin nst" → "kaharuddin
// nasution". The slang list of analyzers/normalize already maps the common function words (udh,
// yg, jln); what it cannot know are the matter words and names of one period. So the period's news
// (edited text) is the dictionary: a post word that no news mention of the period writes is folded
// onto the one news word it is a variant of —
// - the same word with a vowel swapped the informal way (o/u, e/i, e/a in the last syllable: lobang,
//   jatoh, aer, deket),
// - the news word with vowels between consonants left out or a doubled letter written once (bnjir,
//   smpah, kaharudin),
// - two news words written as one ("cikpuan", when the news writes "cik puan"),
// - after a folded or news word, an abbreviation of the word the news writes next ("nst" after
//   "kaharuddin" when the news writes "kaharuddin nasution"),
// with "-nya" kept aside. A word with several candidates takes the most frequent news word; a post
// word that the news also writes is never touched. Used only for the map's features (the analyzers'
// models see the text as it is). Pure: the same words in give the same folds out.

/** Words of one mention, as the map's features read them (folded words of title and lead; '' breaks a run). */
export interface SpellingInput {
  words: readonly string[];
  social: boolean;
}

const VOWELS = new Set(['a', 'i', 'u', 'e', 'o']);
/** Informal vowel swaps, both ways. */
const SWAPS = new Set(['ou', 'uo', 'ei', 'ie', 'ea', 'ae']);

function isWord(w: string): boolean {
  return /^\p{L}+$/u.test(w);
}

/** `short` is `long` with some vowels left out and doubled letters written once (same first letter). */
function dropsVowels(short: string, long: string): boolean {
  if (short.length < 4 || long.length <= short.length || short[0] !== long[0]) return false;
  let i = 0;
  for (let j = 0; j < long.length; j++) {
    const c = long[j]!;
    if (i < short.length && short[i] === c) i++;
    else if (c === long[j - 1]) continue;
    // A vowel left out between two consonants ("smpah"), not one of two vowels ("naga" is no "niaga").
    else if (!VOWELS.has(c) || VOWELS.has(long[j - 1] ?? 'a') || VOWELS.has(long[j + 1] ?? 'a')) return false;
  }
  return i === short.length;
}

/** One informal vowel swap apart, same length (lobang/lubang, aer/air). */
function swapsVowel(a: string, b: string): boolean {
  if (a.length !== b.length || a.length < 3 || a[0] !== b[0]) return false;
  let diff = -1;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    if (diff >= 0) return false;
    diff = i;
  }
  if (diff <= 0 || !SWAPS.has(`${a[diff]}${b[diff]}`)) return false;
  // e for a only in the last syllable, the informal way ("deres", "deket"; "berat" is no "barat").
  return !(a[diff] === 'e' || a[diff] === 'a') || !(b[diff] === 'e' || b[diff] === 'a') || diff >= a.length - 3;
}

/** `abbr` is an abbreviation of `word`: its first letter and then some of its letters, in order ("nst" of "nasution"). */
function abbreviates(abbr: string, word: string): boolean {
  if (abbr.length < 2 || word.length < abbr.length + 2 || abbr[0] !== word[0]) return false;
  let i = 1;
  for (let j = 1; j < word.length && i < abbr.length; j++) if (word[j] === abbr[i]) i++;
  return i === abbr.length;
}

/** Folds of post words onto the period's news words: post word → replacement (one or two words). */
export function spellingFolds(mentions: readonly SpellingInput[]): Map<string, string> {
  const freq = new Map<string, number>();
  const next = new Map<string, Set<string>>();
  for (const m of mentions) {
    if (m.social) continue;
    for (let i = 0; i < m.words.length; i++) {
      const w = m.words[i]!;
      if (!w) continue;
      freq.set(w, (freq.get(w) ?? 0) + 1);
      const n = m.words[i + 1];
      if (n) {
        let s = next.get(w);
        if (!s) next.set(w, (s = new Set()));
        s.add(n);
      }
    }
  }
  const out = new Map<string, string>();
  if (!freq.size) return out;
  // News words by first letter and length, for the candidate search.
  const byFirst = new Map<string, string[]>();
  for (const w of freq.keys()) {
    if (w.length < 3 || !isWord(w)) continue;
    let l = byFirst.get(w[0]!);
    if (!l) byFirst.set(w[0]!, (l = []));
    l.push(w);
  }
  const best = (cands: string[]): string | undefined => {
    let b: string | undefined;
    for (const c of cands) if (b === undefined || freq.get(c)! > freq.get(b)! || (freq.get(c) === freq.get(b) && c < b)) b = c;
    return b;
  };
  const foldOne = (w: string): string | undefined => {
    if (freq.has(w) || w.length < 3 || !isWord(w)) return undefined;
    const base = w.length > 6 && w.endsWith('nya') ? w.slice(0, -3) : w;
    const tail = base === w ? '' : 'nya';
    if (tail && freq.has(base)) return undefined;
    const cands = (byFirst.get(base[0]!) ?? []).filter((c) => swapsVowel(base, c) || dropsVowels(base, c));
    const c = best(cands);
    if (c) return c + tail;
    // Two news words written as one.
    for (let k = 3; k <= base.length - 3; k++) {
      const a = base.slice(0, k);
      const b = base.slice(k);
      if (next.get(a)?.has(b)) return `${a} ${b}`;
    }
    return undefined;
  };
  for (const m of mentions) {
    if (!m.social) continue;
    for (let i = 0; i < m.words.length; i++) {
      const w = m.words[i]!;
      if (!w || out.has(w)) continue;
      const f = foldOne(w);
      if (f) {
        out.set(w, f);
        continue;
      }
      // An abbreviation of the word the news writes after the (folded) previous word.
      if (i === 0 || freq.has(w) || !isWord(w)) continue;
      const p = m.words[i - 1]!;
      if (!p) continue;
      const prev = out.get(p) ?? p;
      const after = next.get(prev.split(' ').pop()!);
      if (!after) continue;
      const c = best([...after].filter((x) => abbreviates(w, x)));
      if (c) out.set(w, c);
    }
  }
  return out;
}
