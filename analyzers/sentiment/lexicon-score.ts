// Scores normalized tokens against the lexicon: longest phrase first, Sastrawi-stem fallback,
// negation flips ("tidak bagus" → negative, "tidak buruk" → mildly positive) and intensifiers scale.
import { stemmerFor } from '../normalize/index.js';
import { EVENT_LEXICON, INTENSIFIERS, LEXICON, MAX_PHRASE, NEGATION_WINDOW, NEGATORS } from './lexicon.js';

// Only tokens that start some phrase pay for the phrase lookups (string joins).
const phraseStarts = (lexicon: ReadonlyMap<string, number>): ReadonlySet<string> =>
  new Set([...lexicon.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))));
const STARTS = new Map<ReadonlyMap<string, number>, ReadonlySet<string>>();

// The stem fallback only asks whether a word's stem is a lexicon entry: stemmerFor skips the
// stemmer for words whose stem cannot be one (same lookups as stem()). A stemmer for a superset of
// a lexicon's words serves it as well (it gives stem(w) whenever that is one of them, else a word
// that is none of them), so the shipped lexicon and its event part, scored one after the other on
// the same tokens, share one stemmer and its memo.
const words = (lexicon: ReadonlyMap<string, number>): string[] => [...lexicon.keys()].filter((k) => !k.includes(' '));
const STEMMERS = new WeakMap<ReadonlyMap<string, number>, (word: string) => string>();
function stemmerOf(lexicon: ReadonlyMap<string, number>): (word: string) => string {
  let s = STEMMERS.get(lexicon);
  if (!s) {
    if (lexicon === LEXICON || lexicon === EVENT_LEXICON) {
      s = stemmerFor([...words(LEXICON), ...words(EVENT_LEXICON)]);
      STEMMERS.set(LEXICON, s);
      STEMMERS.set(EVENT_LEXICON, s);
    } else STEMMERS.set(lexicon, (s = stemmerFor(words(lexicon))));
  }
  return s;
}

export interface LexiconScore {
  /** Sum of positive contributions. */
  pos: number;
  /** Sum of negative contributions, as a positive number. */
  neg: number;
  hits: number;
}

function lookup(
  lexicon: ReadonlyMap<string, number>,
  starts: ReadonlySet<string>,
  stem: (word: string) => string,
  tokens: readonly string[],
  i: number,
): { value: number; len: number } | undefined {
  const t = tokens[i];
  if (starts.has(t)) for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 2; len--) {
    const v = lexicon.get(tokens.slice(i, i + len).join(' '));
    if (v !== undefined) return { value: v, len };
  }
  const v = lexicon.get(t) ?? (t.length > 4 ? lexicon.get(stem(t)) : undefined);
  return v === undefined ? undefined : { value: v, len: 1 };
}

export function scoreLexicon(tokens: readonly string[], lexicon: ReadonlyMap<string, number> = LEXICON): LexiconScore {
  return scoreLexiconTail(tokens, lexicon, -1).all;
}

/**
 * The lexicon score of the tokens, and in the same pass that of tokens[from…] alone (`tail`, as
 * scoreLexicon(tokens.slice(from)) gives it: negators before `from` are not seen; a hit is counted in
 * the tail when it starts at or after `from`). `from` < 0: no tail. The two agree with the sliced
 * walk as long as no lexicon phrase spans tokens[from − 1] (features.ts calls it with the token after
 * a contrast word, which no phrase contains).
 */
export function scoreLexiconTail(
  tokens: readonly string[],
  lexicon: ReadonlyMap<string, number>,
  from: number,
): { all: LexiconScore; tail: LexiconScore } {
  let starts = STARTS.get(lexicon);
  if (!starts) STARTS.set(lexicon, (starts = phraseStarts(lexicon)));
  const stem = stemmerOf(lexicon);
  const out: LexiconScore = { pos: 0, neg: 0, hits: 0 };
  const tail: LexiconScore = { pos: 0, neg: 0, hits: 0 };
  for (let i = 0; i < tokens.length; ) {
    const hit = lookup(lexicon, starts, stem, tokens, i);
    if (!hit || hit.value === 0) {
      i++;
      continue;
    }
    const inTail = from >= 0 && i >= from;
    let v = hit.value;
    let vt = hit.value;
    if (!NEGATORS.has(tokens[i])) {
      let negated = false;
      let negatedTail = false;
      for (let j = Math.max(0, i - NEGATION_WINDOW); j < i; j++) {
        if (NEGATORS.has(tokens[j])) {
          negated = true;
          if (j >= from) negatedTail = true;
        }
      }
      // Negated praise is criticism; negated criticism is only faint praise.
      if (negated) v = v > 0 ? -0.9 * v : -0.4 * v;
      if (negatedTail) vt = vt > 0 ? -0.9 * vt : -0.4 * vt;
    }
    const before = INTENSIFIERS.get(tokens[i - 1] ?? '') ?? 1;
    const after = INTENSIFIERS.get(tokens[i + hit.len] ?? '') ?? 1;
    const scale = Math.max(before, after);
    v *= scale;
    if (v > 0) out.pos += v;
    else out.neg -= v;
    out.hits++;
    if (inTail) {
      // The sliced walk sees no token before `from`: no intensifier there either.
      vt *= i > from ? scale : after;
      if (vt > 0) tail.pos += vt;
      else tail.neg -= vt;
      tail.hits++;
    }
    i += hit.len;
  }
  return { all: out, tail };
}
