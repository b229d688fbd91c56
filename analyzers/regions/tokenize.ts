// Case-preserving tokenizer for place-name matching. Region names are proper nouns, so unlike the
// shared normalizer (which lower-cases and strips) this keeps the original casing, the character
// offsets and what separated each token from the previous one: a comma, a full stop or a line break
// between two tokens means they cannot belong to the same name, and a full stop after "Kec"/"Kel"
// is an abbreviation rather than the end of a sentence.

export type Gap = 'start' | 'space' | 'hyphen' | 'comma' | 'period' | 'break' | 'other';

export interface Token {
  text: string;
  /** Lower-cased, apostrophes unified: the form used for dictionary keys. */
  lower: string;
  start: number;
  end: number;
  /** First character is an upper-case letter or a digit. */
  cap: boolean;
  /** What stands between the previous token and this one. */
  gap: Gap;
  /** Index of the sentence (or title/heading line) the token belongs to. */
  sent: number;
}

const UPPER_START = /^[\p{Lu}\p{N}]/u;

/** Abbreviations whose trailing full stop does not end a sentence. */
const ABBREV = new Set([
  'kec', 'kel', 'kab', 'ds', 'prov', 'kp', 'jl', 'jln', 'gg', 'no', 'kota', 'h', 'hj', 'dr', 'ir', 'drs', 'st',
  'pak', 'bpk', 'ibu', 'sdr', 'kapt', 'kol', 'brigjen', 'kombes', 'akbp', 'ipda', 'iptu', 'aiptu', 'bripka', 'prof',
]);

export function keyOf(word: string): string {
  const lower = word.toLowerCase();
  return lower.includes('’') || lower.includes('`') || lower.includes('"') ? lower.replace(/[’`"]/g, "'") : lower;
}

function classify(gap: string): Gap {
  if (gap === ' ') return 'space'; // by far the most common gap: skip the regexes
  if (gap === ', ') return 'comma';
  if (gap.length === 0) return 'space'; // e.g. "Ba'u" split oddly; treat as adjacent
  if (/\n\s*\n|\r\n\s*\r\n/.test(gap) || /[!?]/.test(gap)) return 'break';
  if (gap.includes('\n')) return 'break';
  if (/[.;:]/.test(gap)) return 'period';
  if (gap.includes(',')) return 'comma';
  if (/^\s*[-–]\s*$/.test(gap)) return 'hyphen';
  if (/^\s+$/.test(gap)) return 'space';
  return 'other';
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

/** Word character test of text[i] (code c): an ASCII fast path, Unicode classes for the rest (accents, other scripts). */
function isWordChar(c: number, text: string, i: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(text[i]!);
}

function isApostrophe(c: number): boolean {
  return c === 39 || c === 0x2019 || c === 96;
}

/**
 * Words are runs of letters and digits, with inner apostrophes ("Ba'u"). A hand-written scanner
 * rather than a global Unicode regex: tokenizing is most of the analyzer's cost.
 */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  let sent = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!isWordChar(c, text, i)) {
      i++;
      continue;
    }
    const start = i;
    for (;;) {
      i++;
      if (i >= n) break;
      c = text.charCodeAt(i);
      if (isWordChar(c, text, i)) continue;
      if (isApostrophe(c) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text, i + 1)) continue;
      break;
    }
    const word = text.slice(start, i);
    // A single space is by far the most common gap: no substring for it.
    const gap: Gap = out.length === 0 ? 'start' : start - prevEnd === 1 && text.charCodeAt(prevEnd) === 32 ? 'space' : classify(text.slice(prevEnd, start));
    const prev = out[out.length - 1];
    // "Kec. Telanaipura": a lone full stop after a known abbreviation does not end the sentence.
    const abbrevDot = gap === 'period' && prev !== undefined && ABBREV.has(prev.lower) && /^\.\s*$/.test(text.slice(prevEnd, start));
    if (gap === 'break' || (gap === 'period' && !abbrevDot)) sent++;
    const c0 = word.charCodeAt(0);
    const cap = c0 < 128 ? (c0 >= 65 && c0 <= 90) || (c0 >= 48 && c0 <= 57) : UPPER_START.test(word);
    out.push({ text: word, lower: keyOf(word), start, end: i, cap, gap, sent });
    prevEnd = i;
  }
  return out;
}

/** True when the token opens its sentence, so its capital letter says nothing. */
export function isSentenceStart(tokens: Token[], i: number): boolean {
  return i === 0 || tokens[i - 1]!.sent !== tokens[i]!.sent;
}
