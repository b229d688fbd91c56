// The sentiment analyzer's own pass over normalized tokens (see social-slang.ts for why it is not in
// analyzers/normalize): social-media words and two-word expressions → standard words, and alay
// digit spellings ("s4y4", "b4gus") → letters when that gives a known word. Training and prediction
// both run through it, so the model sees one token per meaning.
import { indonesianRootWords } from '../normalize/natural-id.js';
import { SOCIAL_PAIRS, SOCIAL_WORDS } from './social-slang.js';

const PAIR_STARTS: ReadonlySet<string> = new Set([...SOCIAL_PAIRS.keys()].map((k) => k.slice(0, k.indexOf(' '))));
const LEET: Readonly<Record<string, string>> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't' };
const LEET_DIGITS = /[013457]/g;
const HAS_DIGIT = /\d/;
const LETTERS = /[a-z].*[a-z]/;

function deLeet(t: string): string | undefined {
  if (t.length < 4 || !HAS_DIGIT.test(t) || !LETTERS.test(t)) return undefined;
  const w = t.replace(LEET_DIGITS, (d) => LEET[d]!);
  if (HAS_DIGIT.test(w)) return undefined;
  const mapped = SOCIAL_WORDS.get(w);
  if (mapped) return mapped;
  return indonesianRootWords().has(w) ? w : undefined;
}

/** Per distinct token: its replacement (space-separated words), or null when it stays as it is. */
const cache = new Map<string, string | null>();
const CACHE_SIZE = 50_000;

function replacement(t: string): string | null {
  let r = cache.get(t);
  if (r === undefined) {
    r = SOCIAL_WORDS.get(t) ?? deLeet(t) ?? null;
    if (cache.size >= CACHE_SIZE) cache.clear();
    cache.set(t, r);
  }
  return r;
}

/** The tokens with social words replaced; the same array when nothing changes. */
export function socialTokens(tokens: readonly string[]): readonly string[] {
  let out: string[] | undefined;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    let rep: string | null = null;
    let used = 1;
    if (PAIR_STARTS.has(t) && i + 1 < tokens.length) {
      const p = SOCIAL_PAIRS.get(`${t} ${tokens[i + 1]}`);
      if (p !== undefined) {
        rep = p;
        used = 2;
      }
    }
    rep ??= replacement(t);
    if (rep === null) {
      out?.push(t);
      continue;
    }
    out ??= tokens.slice(0, i);
    if (rep.includes(' ')) for (const w of rep.split(' ')) out.push(w);
    else out.push(rep);
    i += used - 1;
  }
  return out ?? tokens;
}
