// Indonesian stemming (Sastrawi via natural), memoized. The stemmer costs ~25 µs a word, while a
// corpus repeats the same few thousand words, so a bounded cache makes it nearly free. The bound
// keeps memory flat on endless streams: when full, the oldest entry is evicted (Map keeps insertion
// order), which is enough since frequent words get re-inserted quickly.
import { naturalStemmerId } from './natural-id.js';

export const STEM_CACHE_SIZE = 50_000;
const cache = new Map<string, string>();
const STEMMABLE = /^[a-z]+(?:-[a-z]+)*$/;

export function stem(word: string): string {
  const hit = cache.get(word);
  if (hit !== undefined) return hit;
  // Short words, numbers, markers and non-Latin tokens pass through: the stemmer would only mangle them.
  const out = word.length < 4 || !STEMMABLE.test(word) ? word : naturalStemmerId().stem(word) || word;
  if (cache.size >= STEM_CACHE_SIZE) cache.delete(cache.keys().next().value as string);
  cache.set(word, out);
  return out;
}

/** For tests: forget memoized stems. */
export function clearStemCache(): void {
  cache.clear();
}
