// Feature hashing: a string feature → a slot in a fixed-size weight vector, without a vocabulary to
// ship or keep in sync. FNV-1a over UTF-16 code units with a final avalanche step (from murmur3) so
// that similar n-grams spread over the low bits we keep. Split into step/finish so character n-grams
// of every length can be hashed in one pass over a word without building substrings.

export function fnvStep(h: number, code: number): number {
  return Math.imul(h ^ code, 0x01000193);
}

export function fnvFinish(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

export function hashString(s: string, seed = 0x811c9dc5): number {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) h = fnvStep(h, s.charCodeAt(i));
  return fnvFinish(h);
}
