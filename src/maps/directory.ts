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
  /** Every proper word prefix of a name of two words or more ("tanjung" of "tanjung pinang"). */
  prefixes: Set<string>;
}

const cache = new WeakMap<RegionDirectory, PlaceIndex>();

const NON_ASCII = /[^\x00-\x7f]/;

export function foldName(name: string): string {
  // ASCII text (nearly every mention): its letters and digits are a-z and 0-9 once lower-cased, so
  // the cheaper class gives the same string as the Unicode one.
  if (!NON_ASCII.test(name)) return name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
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
  const prefixes = new Set<string>();
  for (const e of dir.entries) {
    byCode.set(e.code, e);
    const key = foldName(e.name);
    const had = byName.get(key);
    // The widest place of a name wins: it contains the others of the same name (or is unrelated, and
    // then the first, a kecamatan before its kelurahan, is as good a guess as any).
    if (had === undefined || e.code.length < had.length) byName.set(key, e.code);
    const words = key.split(' ');
    maxWords = Math.max(maxWords, words.length);
    for (let n = 1; n < words.length; n++) prefixes.add(words.slice(0, n).join(' '));
  }
  ix = { byCode, byName, maxWords, prefixes };
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
    // The longest name starting here wins; a name is extended only while it is some name's prefix.
    let key = words[i]!;
    let best = 0;
    let code = known?.get(key);
    if (code) best = 1;
    const most = Math.min(ix.maxWords, words.length - i);
    for (let n = 2; n <= most && ix.prefixes.has(key); n++) {
      key = `${key} ${words[i + n - 1]!}`;
      const c = ix.byName.get(key) ?? known?.get(key);
      if (c) {
        code = c;
        best = n;
      }
    }
    if (code && best) {
      out.add(code);
      i += best - 1;
    }
  }
  return [...out];
}
