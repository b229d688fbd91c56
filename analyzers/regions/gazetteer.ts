// The Kemendagri gazetteer from idn-area-data@3, read synchronously from the package's CSV files on
// first use (the package's own getters are async, analyzers are not) and memoized. About 91k places
// become one hash map from lower-case name keys to candidate places; no generated file is shipped.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Level } from './cues.js';
import { classifyName, type NameClass } from './lexicon.js';
import { buildTrie, type TrieNode } from './trie.js';
import { nameKey, placeVariants, PROVINCE_ALIASES, REGENCY_ALIASES, splitRegency, titleCase } from './names.js';

export interface Place {
  code: string;
  /** Display name: "Provinsi Jambi", "Kota Jambi", "Telanaipura". */
  name: string;
  level: Level;
  regencyType?: 'kota' | 'kabupaten';
}

export interface KeyEntry {
  cls: NameClass;
  places: Place[];
  /** Memoized candidate lists per cue ("all", "district", "regency|kota"), filled by the resolver. */
  cache?: Map<string, Place[]>;
}

export interface Gazetteer {
  byCode: Map<string, Place>;
  /** Name key ("muaro jambi", "kota baru") → places with that name. */
  byKey: Map<string, KeyEntry>;
  /** Every proper prefix of a key, so the matcher stops extending a span early. */
  prefixes: Set<string>;
  /** The keys as a token trie (same keys as byKey; a node has `next` iff its key is in prefixes). */
  trie: Map<string, TrieNode>;
  maxTokens: number;
}

export function parentCode(code: string): string | undefined {
  const i = code.lastIndexOf('.');
  return i < 0 ? undefined : code.slice(0, i);
}

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data')), '..', 'data');
}

/** Rows of a CSV with no quoted fields (true of these files): code, parent, name. */
function* rows(file: string): Generator<string[]> {
  const text = readFileSync(file, 'utf8');
  let first = true;
  for (const line of text.split(/\r?\n/)) {
    if (first) {
      first = false;
      continue;
    }
    if (!line) continue;
    const a = line.indexOf(',');
    const b = line.indexOf(',', a + 1);
    if (b < 0) yield [line.slice(0, a), line.slice(a + 1)];
    else yield [line.slice(0, a), line.slice(a + 1, b), line.slice(b + 1)];
  }
}

let cached: Gazetteer | undefined;

export function loadGazetteer(): Gazetteer {
  if (cached) return cached;
  const dir = dataDir();
  const byCode = new Map<string, Place>();
  const byKey = new Map<string, KeyEntry>();
  const add = (key: string, place: Place): void => {
    if (!key) return;
    let e = byKey.get(key);
    if (!e) byKey.set(key, (e = { cls: 'distinctive', places: [] }));
    if (!e.places.includes(place)) e.places.push(place);
  };

  for (const [code, raw] of rows(join(dir, 'provinces.csv'))) {
    const official = titleCase(raw!);
    const place: Place = { code: code!, name: official.startsWith('Daerah') || official.startsWith('DKI') ? official : `Provinsi ${official}`, level: 'province' };
    byCode.set(place.code, place);
    add(nameKey(official), place);
    for (const alias of PROVINCE_ALIASES[place.code] ?? []) add(nameKey(alias), place);
    // "Sumatera Barat" is also written "Sumatra Barat"; "Kepulauan Riau" keeps its full name.
  }
  for (const [code, , raw] of rows(join(dir, 'regencies.csv'))) {
    const { type, bare } = splitRegency(raw!);
    const place: Place = { code: code!, name: titleCase(raw!).replace(/ Administrasi /, ' '), level: 'regency', regencyType: type };
    byCode.set(place.code, place);
    for (const v of placeVariants(titleCase(bare))) add(v, place);
    for (const alias of REGENCY_ALIASES[place.code] ?? []) add(nameKey(alias), place);
  }
  for (const [code, , raw] of rows(join(dir, 'districts.csv'))) {
    const place: Place = { code: code!, name: raw!, level: 'district' };
    byCode.set(place.code, place);
    for (const v of placeVariants(raw!)) add(v, place);
  }
  for (const [code, , raw] of rows(join(dir, 'villages.csv'))) {
    const place: Place = { code: code!, name: raw!.replace(/"/g, "'"), level: 'village' };
    byCode.set(place.code, place);
    for (const v of placeVariants(raw!)) add(v, place);
  }

  const prefixes = new Set<string>();
  let maxTokens = 1;
  for (const [key, entry] of byKey) {
    entry.cls = classifyName(key);
    const toks = key.split(' ');
    if (toks.length > maxTokens) maxTokens = toks.length;
    for (let n = 1; n < toks.length; n++) prefixes.add(toks.slice(0, n).join(' '));
  }
  cached = { byCode, byKey, prefixes, trie: buildTrie(byKey), maxTokens };
  return cached;
}

/**
 * The places whose code starts with `prefix` (all when empty), with their display names, read from
 * the CSV files without building the name index: for readers that need names and codes of one
 * region only (the issue map), at a fraction of loadGazetteer's cost.
 */
export function placesUnder(prefix: string): Place[] {
  if (cached) return [...cached.byCode.values()].filter((p) => !prefix || p.code === prefix || p.code.startsWith(`${prefix}.`) || prefix.startsWith(`${p.code}.`));
  const dir = dataDir();
  const keep = (code: string): boolean => !prefix || code === prefix || code.startsWith(`${prefix}.`) || prefix.startsWith(`${code}.`);
  const out: Place[] = [];
  for (const [code, raw] of rows(join(dir, 'provinces.csv'))) {
    if (!keep(code!)) continue;
    const official = titleCase(raw!);
    out.push({ code: code!, name: official.startsWith('Daerah') || official.startsWith('DKI') ? official : `Provinsi ${official}`, level: 'province' });
  }
  const pre2 = prefix.slice(0, 2);
  for (const [code, , raw] of rows(join(dir, 'regencies.csv'))) {
    if (!keep(code!)) continue;
    out.push({ code: code!, name: titleCase(raw!).replace(/ Administrasi /, ' '), level: 'regency', regencyType: splitRegency(raw!).type });
  }
  for (const file of ['districts.csv', 'villages.csv'] as const) {
    for (const [code, , raw] of rows(join(dir, file))) {
      if (pre2 && !code!.startsWith(pre2)) continue;
      if (!keep(code!)) continue;
      // Names as loadGazetteer gives them (only village names have their quotes replaced).
      out.push(file === 'districts.csv' ? { code: code!, name: raw!, level: 'district' } : { code: code!, name: raw!.replace(/"/g, "'"), level: 'village' });
    }
  }
  return out;
}

/** Is `code` the same as or inside `ancestor` ("15.71.01.1004" is inside "15.71")? */
export function within(code: string, ancestor: string): boolean {
  return code === ancestor || code.startsWith(ancestor + '.');
}
