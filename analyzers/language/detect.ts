// Cheap language identification: votes from function words (profiles.ts), with a character-pattern
// fallback for short texts that contain none (headlines, "Selamat pagi"). Runs on the first 2,000
// characters only — more text does not change the answer, and the chain must stay fast.
import { WORD_VOTES, type LanguageCode } from './profiles.js';

export type DetectedLanguage = LanguageCode | 'und';

export const SAMPLE_CHARS = 2_000;
const TOKEN = /[\p{L}][\p{L}'-]*/gu;
const OTHER_LETTER = /\p{L}/u;
// Letter patterns frequent in one language and rare in the other, for the no-function-word fallback.
const ID_CHARS = /ng|ny|kan\b|aan|ah\b|ai\b|\bme|\bber|\bdi|\bpe/g;
const EN_CHARS = /th|wh|sh|ing\b|tion|ed\b|ly\b|ee|oo|ou/g;

function count(re: RegExp, s: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(s) !== null) n++;
  return n;
}

/** Latin letters and all letters, by char code (a regex per character is several times slower). */
function letterCounts(s: string): { latin: number; all: number } {
  let latin = 0;
  let all = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7)) {
      latin++;
      all++;
    } else if (c > 0x24f && OTHER_LETTER.test(s[i])) all++;
  }
  return { latin, all };
}

export function detectLanguage(text: string): DetectedLanguage {
  if (typeof text !== 'string') return 'und';
  const s = (text.length > SAMPLE_CHARS ? text.slice(0, SAMPLE_CHARS) : text).toLowerCase();
  const { latin, all } = letterCounts(s);
  if (all < 2) return 'und';
  // Mostly non-Latin script (Arabic, Chinese, Javanese script…): none of our profiles apply.
  if (latin < all / 2) return 'und';

  const score: Record<LanguageCode, number> = { id: 0, en: 0, jv: 0, su: 0, ms: 0 };
  let hits = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(s); m !== null; m = TOKEN.exec(s)) {
    const votes = WORD_VOTES.get(m[0]);
    if (!votes) continue;
    hits++;
    // Full vote to each language sharing the word: splitting it would let one Sundanese "ku" outweigh
    // an Indonesian "yang" (shared with Malay). Ties then go to Indonesian below.
    for (const l of votes) score[l] += 1;
  }
  if (hits === 0) {
    const id = count(ID_CHARS, s);
    const en = count(EN_CHARS, s);
    if (id === en) return 'und';
    return id > en ? 'id' : 'en';
  }
  // Indonesian wins ties: it is the expected language, and ms/jv/su must show their own words.
  let best: LanguageCode = 'id';
  for (const l of ['en', 'jv', 'su', 'ms'] as const) if (score[l] > score[best]) best = l;
  return best;
}
