// Text → the set of hashed word 3-shingles that near-duplicate detection compares. Normalization is
// deliberately blunt (lower case, no accents, no URLs, letters and digits only) so that what differs
// between two outlets' copies of one wire story — punctuation, capitalised datelines ("JAMBI, …"),
// typographic quotes — does not count as a difference.
import { hashString } from '../shared/hash.js';

export const SHINGLE_SIZE = 3;

/** Lower-cased word tokens of a text, accents removed, URLs and e-mail addresses dropped. */
export function clusterTokens(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/https?:\/\/\S+|www\.\S+|\S+@\S+\.\S+/g, ' ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 1 || /\d/.test(t));
}

/** Distinct 32-bit hashes of the word k-shingles (a text shorter than k gives one shingle of it all). */
export function shingleHashes(tokens: readonly string[], k = SHINGLE_SIZE): Uint32Array {
  const set = new Set<number>();
  if (tokens.length > 0 && tokens.length < k) set.add(hashString(tokens.join(' ')));
  for (let i = 0; i + k <= tokens.length; i++) set.add(hashString(tokens.slice(i, i + k).join(' ')));
  return Uint32Array.from(set);
}
