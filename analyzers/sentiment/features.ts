// Turns a text into the sparse vector the sentiment model reads: normalized tokens (plus the
// sentiment-only social-slang pass), negation-scoped copies ("tidak bagus" also emits "neg_bagus", so
// negated praise does not share weights with praise), hashed word/char n-grams, and two lexicon
// features appended at a fixed scale. The lexicon and news-event scores are returned too: the model's
// prior (model.ts) adds them to the logits after the linear model.
import { extraSlot, featurizeTokens, type FeaturizerOptions } from '../shared/featurize.js';
import type { SparseVector } from '../shared/sparse.js';
import { EMO_NEG, EMO_POS, MAX_NORMALIZE_CHARS, tokenizeHead, tokenizeShared } from '../normalize/index.js';
import { EVENT_LEXICON, LEXICON, NEGATION_WINDOW, NEGATORS } from './lexicon.js';
import { socialTokens } from './social.js';
import { scoreLexicon, scoreLexiconTail, type LexiconScore } from './lexicon-score.js';
import { reportsResolution, resolvedScores, withoutHarm } from './resolved.js';

export interface SentimentFeatureOptions extends FeaturizerOptions {
  /** Scale of the lexicon features; 0 disables them. */
  lexiconWeight: number;
  negationTokens: boolean;
  /** Map social-media words first (social.ts). Absent in model files written before it existed. */
  socialTokens?: boolean;
  /** Tokens after a negator that get a "neg_" copy (default NEGATION_WINDOW). */
  negationWindow?: number;
  /** Tokens after a contrast word ("tapi", "namun", "sayangnya" …; CONTRAST) that get a "ctr_" copy,
   * up to the next contrast word; 0 or absent: none (model files written before it existed). */
  contrastWindow?: number;
  /** Scale of two more lexicon features scored on the tokens after the last contrast word; 0 or
   * absent: none. */
  contrastLexiconWeight?: number;
  /** Read recovery news as relief (resolved.ts); absent in model files written before it existed. */
  resolvedEvents?: boolean;
}

export const DEFAULT_SENTIMENT_FEATURES: SentimentFeatureOptions = {
  bits: 18,
  // Word trigrams: +0.005 on the SmSA tune half, +0.05 on our own social tune half (issue 18).
  wordNgrams: [1, 2, 3],
  // Character 2-grams added by cross-validation (2026-12-02, README: sentiment): CV +0.004 on the
  // NusaX pool, SmSA tune half +0.007; 3–6 was worse (−0.01).
  charNgrams: [2, 3, 4, 5],
  // Tuned on the dev sets (0.3 / 0.5 / 1): 1 was best on NusaX valid, equal elsewhere.
  charWeight: 1,
  lexiconWeight: 1,
  negationTokens: true,
  socialTokens: true,
  // The verdict after "tapi/namun/sayangnya" as two more lexicon features: 5-fold CV on the NusaX pool
  // 0.826 → 0.829 at 3 repeats, SmSA tune half equal (2026-12-04, README: sentiment). "ctr_" copies
  // of the words after a contrast word (contrastWindow 8) were no better (0.828).
  contrastLexiconWeight: 1,
  // Recovery news read as relief (resolved.ts; issue 18, README: sentiment).
  resolvedEvents: true,
};

/** Long texts only add features that cost time, not accuracy: the model sees the first 100 tokens
 * (headline and lead, where news states its tone; NusaX/SmSA sentences are at most ~100 tokens).
 * Character n-grams dominate the cost, so this cap sets the chain's throughput on news. */
const MAX_TOKENS = 100;

/** `prefix` copies of the tokens after each trigger word, at most `window` of them, up to the next trigger. */
function scopeCopies(tokens: readonly string[], triggers: ReadonlySet<string>, prefix: string, window: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!triggers.has(tokens[i])) continue;
    for (let j = i + 1; j <= i + window && j < tokens.length; j++) {
      if (triggers.has(tokens[j])) break;
      out.push(`${prefix}${tokens[j]}`);
    }
  }
  return out;
}

export function withNegationTokens(tokens: readonly string[], window = NEGATION_WINDOW): string[] {
  return [...tokens, ...scopeCopies(tokens, NEGATORS, 'neg_', window)];
}

/** Words after which a review or post usually states its verdict ("enak, tapi mahal"). */
export const CONTRAST: ReadonlySet<string> = new Set(['tapi', 'tetapi', 'namun', 'sayangnya', 'sayang', 'padahal', 'sedangkan']);

/** "ctr_" copies of the tokens after each contrast word, at most `window` of them, up to the next one. */
export function contrastCopies(tokens: readonly string[], window: number): string[] {
  return scopeCopies(tokens, CONTRAST, 'ctr_', window);
}

/** Index just after the last contrast word, or -1 when there is none. */
function afterLastContrast(tokens: readonly string[]): number {
  for (let i = tokens.length - 1; i >= 0; i--) if (CONTRAST.has(tokens[i])) return i + 1;
  return -1;
}

// Emoji markers are whole-token signals; their character n-grams ("emo", "neg") would only collide.
const MARKERS: ReadonlySet<string> = new Set([EMO_POS, EMO_NEG]);

export interface SentimentFeatures {
  vector: SparseVector;
  lexicon: LexiconScore;
  /** The news-event part of the lexicon alone (harm and relief). */
  events: LexiconScore;
  tokens: number;
  /** Emoji markers: positive minus negative count. */
  emoji: number;
  /** Tokens that are not emoji markers. */
  words: number;
  /** The opening reports a harm as over (resolved.ts): `lexicon` and `events` are then the
   * scores the prior reads (recounted harm counted as relief), not the raw ones. */
  resolved: boolean;
}

/** Texts up to this length are tokenized whole, once for this analyzer and the topic analyzer (which
 * reads the first 5,000 characters of a text and its title): tokenizeShared. */
const SHARED_CHARS = 5_000;

function headOf(text: string, n: number): readonly string[] {
  if (text.length > SHARED_CHARS) return tokenizeHead(text, n);
  const all = tokenizeShared(text);
  return all.length > n ? all.slice(0, n) : all;
}

/**
 * The tokens sentimentFeatures reads of a document: exactly tokenizeHead(`${title} . ${text}`,
 * MAX_TOKENS) (what the model was trained on, see the analyzer's docText), built from the tokens of
 * the title and of the text so that the other analyzers reuse them. Normalization is local to
 * whitespace-separated words except HTML tags, which start with "<" (normalize/head.ts), and " . "
 * yields no token, so the joined text's tokens are the title's then the text's, unless the title
 * holds a "<" or the joined text is longer than the normalizer reads.
 */
export function sentimentHeadTokens(title: string | undefined, text: string): readonly string[] {
  if (!title) return headOf(text, MAX_TOKENS);
  if (title.includes('<') || title.length + 3 + text.length > MAX_NORMALIZE_CHARS) return tokenizeHead(`${title} . ${text}`, MAX_TOKENS);
  const t = headOf(title, MAX_TOKENS);
  return t.length >= MAX_TOKENS ? t : t.concat(headOf(text, MAX_TOKENS - t.length));
}

/** `head`: the text's first tokens when the caller has them (sentimentHeadTokens), else computed. */
export function sentimentFeatures(text: string, opts: SentimentFeatureOptions, head: readonly string[] = tokenizeHead(text, MAX_TOKENS)): SentimentFeatures {
  const tokens = opts.socialTokens ? socialTokens(head) : head;
  // The tail after the last contrast word is scored in the same pass as the whole text.
  const from = opts.contrastLexiconWeight ? afterLastContrast(tokens) : -1;
  const scored = scoreLexiconTail(tokens, LEXICON, from);
  const lexicon = scored.all;
  const events = scoreLexicon(tokens, EVENT_LEXICON);
  const resolved = opts.resolvedEvents === true && reportsResolution(tokens);
  // A recovery story's recounted harm ("pemadaman", "mengeluh") is not read by the linear model.
  const seen = resolved ? withoutHarm(tokens) : tokens;
  const seenFrom = resolved && opts.contrastLexiconWeight ? afterLastContrast(seen) : from;
  const seenScored = resolved ? scoreLexiconTail(seen, LEXICON, seenFrom) : scored;
  const seenLexicon = seenScored.all;
  // Negation copies are appended after the n-grams are formed from the real sequence.
  let unigramExtras = opts.negationTokens ? withNegationTokens(seen, opts.negationWindow).slice(seen.length) : [];
  if (opts.contrastWindow) unigramExtras = unigramExtras.concat(contrastCopies(seen, opts.contrastWindow));
  const extras: [number, number][] = [];
  if (opts.lexiconWeight > 0) {
    // Saturating: the tenth complaint word adds little once the first few have spoken.
    extras.push([extraSlot('__lex_pos', opts.bits), opts.lexiconWeight * Math.tanh(seenLexicon.pos / 3)]);
    extras.push([extraSlot('__lex_neg', opts.bits), opts.lexiconWeight * Math.tanh(seenLexicon.neg / 3)]);
  }
  if (opts.contrastLexiconWeight && seenFrom >= 0 && seenFrom < seen.length) {
    const tail = seenScored.tail;
    if (tail.pos > 0) extras.push([extraSlot('__lex_pos_ctr', opts.bits), opts.contrastLexiconWeight * Math.tanh(tail.pos / 3)]);
    if (tail.neg > 0) extras.push([extraSlot('__lex_neg_ctr', opts.bits), opts.contrastLexiconWeight * Math.tanh(tail.neg / 3)]);
  }
  const vector = featurizeTokens(seen, opts, extras, unigramExtras, MARKERS);
  const prior = resolved ? resolvedScores(lexicon, events) : { lexicon, events };
  let emoji = 0;
  let words = 0;
  for (const t of tokens) {
    if (t === EMO_POS) emoji++;
    else if (t === EMO_NEG) emoji--;
    else words++;
  }
  return { vector, lexicon: prior.lexicon, events: prior.events, tokens: tokens.length, emoji, words, resolved };
}
