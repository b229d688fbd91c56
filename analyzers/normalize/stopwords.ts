// Indonesian stopwords for topic/keyword work: natural's Sastrawi list, minus words that carry
// polarity or negation. "tidak bagus" must not lose its "tidak", and "kurang", "lambat", "masalah"
// are exactly what a humas office wants to see.
import { naturalStopwordsId } from './natural-id.js';

const KEEP = new Set([
  'tidak', 'tak', 'bukan', 'belum', 'jangan', 'baik', 'benar', 'kurang', 'sangat', 'sekali', 'paling',
  'lebih', 'cukup', 'jelas', 'mampu', 'masalah', 'penting', 'tepat', 'lama', 'yakin', 'waduh', 'wah',
]);

/** Extra informal function words that survive slang normalization. */
const EXTRA = ['sih', 'dong', 'deh', 'kok', 'nih', 'tuh', 'lah', 'kah', 'pun', 'nya', 'ya', 'yah', 'loh', 'lho', 'kan', 'haha'];

let set: ReadonlySet<string> | undefined;

export function stopwordsId(): ReadonlySet<string> {
  set ??= new Set([...naturalStopwordsId().filter((w) => !KEEP.has(w)), ...EXTRA]);
  return set;
}

export function isStopword(token: string): boolean {
  return stopwordsId().has(token);
}
