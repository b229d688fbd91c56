// Scores normalized tokens against the lexicon: longest phrase first, Sastrawi-stem fallback,
// negation flips ("tidak bagus" → negative, "tidak buruk" → mildly positive) and intensifiers scale.
import { stem } from '../normalize/index.js';
import { INTENSIFIERS, LEXICON, MAX_PHRASE, NEGATION_WINDOW, NEGATORS } from './lexicon.js';

// Only tokens that start some phrase pay for the phrase lookups (string joins).
const PHRASE_STARTS: ReadonlySet<string> = new Set(
  [...LEXICON.keys()].filter((k) => k.includes(' ')).map((k) => k.slice(0, k.indexOf(' '))),
);

export interface LexiconScore {
  /** Sum of positive contributions. */
  pos: number;
  /** Sum of negative contributions, as a positive number. */
  neg: number;
  hits: number;
}

function lookup(tokens: readonly string[], i: number): { value: number; len: number } | undefined {
  const t = tokens[i];
  if (PHRASE_STARTS.has(t)) for (let len = Math.min(MAX_PHRASE, tokens.length - i); len >= 2; len--) {
    const v = LEXICON.get(tokens.slice(i, i + len).join(' '));
    if (v !== undefined) return { value: v, len };
  }
  const v = LEXICON.get(t) ?? (t.length > 4 ? LEXICON.get(stem(t)) : undefined);
  return v === undefined ? undefined : { value: v, len: 1 };
}

export function scoreLexicon(tokens: readonly string[]): LexiconScore {
  const out: LexiconScore = { pos: 0, neg: 0, hits: 0 };
  for (let i = 0; i < tokens.length; ) {
    const hit = lookup(tokens, i);
    if (!hit || hit.value === 0) {
      i++;
      continue;
    }
    let v = hit.value;
    if (!NEGATORS.has(tokens[i])) {
      let negated = false;
      for (let j = Math.max(0, i - NEGATION_WINDOW); j < i; j++) if (NEGATORS.has(tokens[j])) negated = true;
      // Negated praise is criticism; negated criticism is only faint praise.
      if (negated) v = v > 0 ? -0.9 * v : -0.4 * v;
    }
    const before = INTENSIFIERS.get(tokens[i - 1] ?? '') ?? 1;
    const after = INTENSIFIERS.get(tokens[i + hit.len] ?? '') ?? 1;
    v *= Math.max(before, after);
    if (v > 0) out.pos += v;
    else out.neg -= v;
    out.hits++;
    i += hit.len;
  }
  return out;
}
