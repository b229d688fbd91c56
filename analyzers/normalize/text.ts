// Canonical form of Indonesian text for every analyzer: lower-case, no URLs/mentions/markup, slang
// mapped to standard words, elongations collapsed, emoji turned into sentiment markers. News text and
// social posts (and SmSA's pre-tokenised training text) all pass through the same function, so the
// models see the same tokens at training and at run time. Written as a handful of linear regex passes
// plus one per-token loop: it must handle ~20k short docs/s on one core.
import { EMOJI_MARKERS, EMOTICONS } from './emoji.js';
import { indonesianRootWords } from './natural-id.js';
import { SLANG } from './slang.js';

/** Only the first MAX_NORMALIZE_CHARS characters are analysed: a 1 MB page costs no more than 20k chars. */
export const MAX_NORMALIZE_CHARS = 20_000;

const HTML_TAG = /<\/?[a-zA-Z][^<>]{0,400}>|<!--[\s\S]{0,2000}?-->/g;
const HTML_ENTITY = /&(?:amp|nbsp|quot|lt|gt|apos|#39|#x27|#160);/g;
const ENTITY_CHAR: Record<string, string> = {
  '&amp;': '&', '&nbsp;': ' ', '&quot;': '"', '&lt;': '<', '&gt;': '>', '&apos;': "'", '&#39;': "'",
  '&#x27;': "'", '&#160;': ' ',
};
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"]+/gi;
const MENTION = /(^|[^\p{L}\p{N}_])@[\p{L}\p{N}_.]+/gu;
// Hashtags keep their words: #BanjirJambi → "Banjir Jambi" (split on camel case before lower-casing).
const HASHTAG = /#([\p{L}\p{N}_]+)/gu;
const CAMEL = /(\p{Ll})(\p{Lu})/gu;
const EMOTICON = new RegExp(
  `(?<=^|\\s)(?:${[...EMOTICONS.keys()].map((e) => e.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')).join('|')})(?=\\s|$)`,
  'g',
);
// A text can hold an emoticon only if it holds, for each emoticon, one of its characters: the
// emoticon's first character other than a letter, digit or "-" (common in words), or the whole
// emoticon when it is letters only ("xd"). Texts without any skip the EMOTICON pass, whose
// lookbehind is tried at every position.
const EMOTICON_HINT = new RegExp(
  [...EMOTICONS.keys()]
    .map((e) => {
      const marks = [...e].filter((c) => !/[a-z0-9]/.test(c));
      const c = marks.find((m) => m !== '-') ?? marks[0];
      return (c ?? e).replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
    })
    .filter((x, i, all) => all.indexOf(x) === i)
    .join('|'),
);
// One pictograph with its selectors/skin tones, and ZWJ-joined parts (🤦‍♂️). Repeated emoji stay
// separate matches: "😭😭😭" is stronger than "😭", and the lexicon counts each.
const EMOJI = /\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*(?:\u{200D}\p{Extended_Pictographic}(?:\u{FE0F}|\p{Emoji_Modifier})*)*/gu;
// The first Extended_Pictographic code point is U+00A9 (©): a text with no code unit at or above it
// (most reviews and posts without emoji) has no match for EMOJI.
const MAY_HAVE_EMOJI = /[^\0-\xa8]/;
// Everything that is not a letter, digit, combining mark, hyphen or space separates tokens
// (this also removes U+FFFD left by invalid UTF-8).
const NON_WORD = /[^\p{L}\p{N}\p{M}\s-]+/gu;
// The same two passes on ASCII text (most news): no pictograph is ASCII, and there the letters,
// digits and spaces are these (cheaper to test than the Unicode classes).
const NON_ASCII = /[^\x00-\x7f]/;
const NON_WORD_ASCII = /[^A-Za-z0-9\t\n\v\f\r -]+/g;
const SPACES = /\s+/;
const TRIPLE = /(\p{L})\1\1/u;
const REPEATS_TO_ONE = /(\p{L})\1{2,}/gu;
const REPEATS_TO_TWO = /(\p{L})\1{2,}/gu;
const REDUP_DIGIT = /^(\p{L}{2,})2$/u;
const LAUGH = /^(?:(?:wk)+w?k?|(?:ha){2,}h?|(?:he){2,}h?|(?:hi){2,}h?|(?:xi){2,})$/;
const EDGE_HYPHENS = /^-+|-+$/g;

// A Map, not the object: `"constructor" in SLANG` would be true.
const SLANG_MAP: ReadonlyMap<string, string> = new Map(Object.entries(SLANG));

function isKnown(word: string): boolean {
  return SLANG_MAP.has(word) || indonesianRootWords().has(word);
}

/** "bangettt" → "banget", "mantappp" → "mantap", but "maaaaf" → "maaf" (a real double letter). */
export function collapseRepeats(token: string): string {
  const one = token.replace(REPEATS_TO_ONE, '$1');
  if (isKnown(one)) return one;
  const two = token.replace(REPEATS_TO_TWO, '$1$1');
  return isKnown(two) ? two : one;
}

/** Normalizes one already lower-cased token; may return several space-separated words or ''. */
export function normalizeToken(raw: string): string {
  let t = raw;
  if (t.includes('-')) t = t.replace(EDGE_HYPHENS, '');
  if (t.length === 0) return '';
  if (t.length > 2 && TRIPLE.test(t)) t = collapseRepeats(t);
  const redup = REDUP_DIGIT.exec(t);
  // "hati2" → "hati-hati", the spelled-out reduplication news text uses.
  if (redup) t = SLANG_MAP.get(t) ?? `${redup[1]}-${redup[1]}`;
  if (LAUGH.test(t)) return 'haha';
  return SLANG_MAP.get(t) ?? t;
}

function replaceEmoji(match: string): string {
  const first = String.fromCodePoint(match.codePointAt(0)!);
  const marker = EMOJI_MARKERS.get(first);
  return marker ? ` ${marker} ` : ' ';
}

/**
 * normalizeToken per distinct raw token, memoized: a corpus repeats a few thousand tokens, and each
 * costs several regex tests. Bounded and cleared when full (normalizeToken is pure, so this never
 * changes a result).
 */
const TOKEN_CACHE_SIZE = 50_000;
const tokenCache = new Map<string, string>();

function normalizeTokenCached(raw: string): string {
  let n = tokenCache.get(raw);
  if (n === undefined) {
    n = normalizeToken(raw);
    if (tokenCache.size >= TOKEN_CACHE_SIZE) tokenCache.clear();
    tokenCache.set(raw, n);
  }
  return n;
}

/** The whitespace-separated raw tokens of a text after the text-level passes (markup, URLs, emoji…). */
function rawTokens(text: string): string[] {
  let s = text.length > MAX_NORMALIZE_CHARS ? text.slice(0, MAX_NORMALIZE_CHARS) : text;
  if (s.includes('<')) s = s.replace(HTML_TAG, ' ');
  if (s.includes('&')) s = s.replace(HTML_ENTITY, (e) => ENTITY_CHAR[e] ?? ' ');
  if (s.includes('://') || s.includes('www.')) s = s.replace(URL, ' ');
  if (s.includes('@')) s = s.replace(MENTION, '$1 ');
  if (s.includes('#')) s = s.replace(HASHTAG, (_m, tag: string) => ` ${tag.replace(CAMEL, '$1 $2').replace(/_/g, ' ')} `);
  s = s.toLowerCase();
  if (EMOTICON_HINT.test(s)) s = s.replace(EMOTICON, (e) => ` ${EMOTICONS.get(e)} `);
  if (NON_ASCII.test(s)) {
    if (MAY_HAVE_EMOJI.test(s)) s = s.replace(EMOJI, replaceEmoji);
    s = s.replace(NON_WORD, ' ');
  } else s = s.replace(NON_WORD_ASCII, ' ');
  return s.split(SPACES);
}

export function normalizeText(text: string): string {
  if (typeof text !== 'string' || text.length === 0) return '';
  const out: string[] = [];
  for (const p of rawTokens(text)) {
    if (p.length === 0) continue;
    const n = normalizeTokenCached(p);
    if (n.length > 0) out.push(n);
  }
  return out.join(' ');
}

/**
 * Normalized tokens of a text: normalizeText(text).split(' '), built directly. Normalized tokens
 * hold no spaces except slang expansions ("gaada" → "tidak ada"), whose words are single-spaced.
 */
export function tokenize(text: string): string[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const out: string[] = [];
  for (const p of rawTokens(text)) {
    if (p.length === 0) continue;
    const n = normalizeTokenCached(p);
    if (n.length === 0) continue;
    if (n.includes(' ')) for (const w of n.split(' ')) out.push(w);
    else out.push(n);
  }
  return out;
}

/**
 * Texts whose tokens are kept for the next analyzer: the analyzers run one after the other over a
 * batch (AnalyzerChain.analyzeMany), and sentiment and topics both read the normalized tokens of the
 * same title and text. Two generations of SHARED_ENTRIES texts: a text tokenized within the last
 * SHARED_ENTRIES new texts is always kept, however a batch falls across the generations (a single
 * Map cleared when full lost a third of the batch's texts before the topic analyzer read them).
 */
const SHARED_ENTRIES = 1024;
let sharedYoung = new Map<string, readonly string[]>();
let sharedOld = new Map<string, readonly string[]>();

/**
 * tokenize(text), memoized for the texts of the current batch (see SHARED_ENTRIES). The array is
 * shared: callers must not modify it.
 */
export function tokenizeShared(text: string): readonly string[] {
  let t = sharedYoung.get(text);
  if (t !== undefined) return t;
  t = sharedOld.get(text) ?? tokenize(text);
  if (sharedYoung.size >= SHARED_ENTRIES) {
    sharedOld = sharedYoung;
    sharedYoung = new Map();
  }
  sharedYoung.set(text, t);
  return t;
}
