// The first N normalized tokens of a text without normalizing all of it. Sentiment reads 100 tokens;
// normalizing a 20k-character article to keep its first 700 characters' worth was a fifth of the
// analyzer's time. Exactly tokenize(text).slice(0, n), because every step of normalizeText is local:
// no pattern it applies can match across whitespace, except HTML tags/comments, which start with "<".
// So a prefix cut just before a whitespace character, and holding no "<", normalizes to a prefix of
// the full token list (a match ending at the prefix's end sees "$" where the full text has "\s", which
// every pattern treats alike). Otherwise, or when the prefix is too short, the whole text is used.
import { MAX_NORMALIZE_CHARS, tokenize } from './text.js';

const WHITESPACE = /\s/g;
/** First guess of characters per normalized token; doubled while the prefix yields too few. */
const CHARS_PER_TOKEN = 8;

export function tokenizeHead(text: string, maxTokens: number): string[] {
  if (typeof text === 'string' && maxTokens > 0) {
    for (let want = maxTokens * CHARS_PER_TOKEN; want < text.length && want < MAX_NORMALIZE_CHARS; want *= 2) {
      WHITESPACE.lastIndex = want;
      const cut = WHITESPACE.exec(text)?.index ?? -1;
      if (cut < 0 || cut >= MAX_NORMALIZE_CHARS) break;
      const head = text.slice(0, cut);
      if (head.includes('<')) break;
      const tokens = tokenize(head);
      if (tokens.length >= maxTokens) return tokens.length > maxTokens ? tokens.slice(0, maxTokens) : tokens;
    }
  }
  const all = tokenize(text);
  return all.length > maxTokens ? all.slice(0, Math.max(0, maxTokens)) : all;
}
