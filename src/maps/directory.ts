// The places of the home region by name and code (kecamatan and kelurahan with Kemendagri codes),
// handed in by the CLI from the gazetteer. The map uses it to name regions, to lay out the tile grid
// of kecamatan, and to read home place names the region tagger resolved elsewhere or missed: "Tanjung
// Pinang" alone is also a city in Riau Islands, but in a Kota Jambi office's posts it is the
// kelurahan in Jambi Timur.
import { foldWord } from './fold.js';
import type { RegionLevel } from './regions.js';

export interface RegionEntry {
  code: string;
  name: string;
  level: RegionLevel;
}

export interface RegionDirectory {
  /** The home region itself and every place inside it. */
  readonly entries: readonly RegionEntry[];
}

export interface PlaceIndex {
  byCode: Map<string, RegionEntry>;
  /** Folded name → the widest home place of that name ("jelutung": the kecamatan, not its kelurahan). */
  byName: Map<string, string>;
  /** Longest name in words. */
  maxWords: number;
}

const cache = new WeakMap<RegionDirectory, PlaceIndex>();

export function foldName(name: string): string {
  return foldWord(name)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function placeIndex(dir: RegionDirectory): PlaceIndex {
  let ix = cache.get(dir);
  if (ix) return ix;
  const byCode = new Map<string, RegionEntry>();
  const byName = new Map<string, string>();
  let maxWords = 1;
  for (const e of dir.entries) {
    byCode.set(e.code, e);
    const key = foldName(e.name);
    const had = byName.get(key);
    // The widest place of a name wins: it contains the others of the same name (or is unrelated, and
    // then the first, a kecamatan before its kelurahan, is as good a guess as any).
    if (had === undefined || e.code.length < had.length) byName.set(key, e.code);
    maxWords = Math.max(maxWords, key.split(' ').length);
  }
  ix = { byCode, byName, maxWords };
  cache.set(dir, ix);
  return ix;
}

/**
 * Home places named in a text by their multi-word names ("tanjung pinang", "paal lima"), whatever the
 * case or the tagger said. One-word names ("Tengah", "Murni", "Selamat") are ordinary words: they
 * count only when given in `known`, the names the region tagger found with its cues in other
 * mentions of the same period ("Kelurahan Sijenjang" in the news makes "sijenjang" in a post the
 * kelurahan too).
 */
export function findHomePlaces(text: string, ix: PlaceIndex, known?: ReadonlyMap<string, string>): string[] {
  const words = foldName(text).split(' ');
  const out = new Set<string>();
  for (let i = 0; i < words.length; i++) {
    for (let n = Math.min(ix.maxWords, words.length - i); n >= 1; n--) {
      const key = n === 1 ? words[i]! : words.slice(i, i + n).join(' ');
      const code = n === 1 ? known?.get(key) : (ix.byName.get(key) ?? known?.get(key));
      if (code) {
        out.add(code);
        i += n - 1;
        break;
      }
    }
  }
  return [...out];
}
