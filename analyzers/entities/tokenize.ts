// Tokenizer for entity tagging. Keeps case and offsets, and emits punctuation as tokens of its own,
// the way the NERGrit training data is tokenized, so the tagger sees the same neighbours ("," before
// a name, ":" after a speaker) at run time as in training.

export interface EToken {
  text: string;
  lower: string;
  start: number;
  end: number;
  /** Letters/digits (false for punctuation). */
  word: boolean;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(c: number, ch: string): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return LETTER_OR_DIGIT.test(ch);
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 0x200b || c === 12;
}

export function etokenize(text: string): EToken[] {
  const out: EToken[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      i++;
      continue;
    }
    const start = i;
    if (isWordChar(c, text[i]!)) {
      i++;
      while (i < n) {
        const d = text.charCodeAt(i);
        if (isWordChar(d, text[i]!)) i++;
        // Inner apostrophe or hyphen stays in the word: "Ma'ruf", "Al-Haris" is split by NERGrit, but
        // "Ma'ruf" is not.
        else if ((d === 39 || d === 0x2019) && i + 1 < n && isWordChar(text.charCodeAt(i + 1), text[i + 1]!)) i++;
        else break;
      }
      const w = text.slice(start, i);
      out.push({ text: w, lower: w.toLowerCase(), start, end: i, word: true });
    } else {
      // Surrogate pairs (emoji) stay whole.
      i += c >= 0xd800 && c <= 0xdbff ? 2 : 1;
      const w = text.slice(start, i);
      out.push({ text: w, lower: w, start, end: i, word: false });
    }
  }
  return out;
}
