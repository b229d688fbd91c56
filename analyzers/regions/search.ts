// Finding a place of the gazetteer by (part of) its name, for a person correcting a mention's place
// in the dashboard: "telanai" → Telanaipura (15.71.02). Places of the office's home region first,
// then an exact name before a name that starts with the words before one that only holds them, then
// the bigger place (kota before kecamatan before kelurahan). A Kemendagri code finds itself.
import type { RegionTag } from '../../src/core/types.js';
import { loadGazetteer, within, type Place } from './gazetteer.js';
import { nameKey } from './names.js';

/** Every place with its name key, made on the first search (the gazetteer is loaded once too). */
let keys: { p: Place; k: string }[] | undefined;

const LEVEL_ORDER: Record<string, number> = { province: 0, regency: 1, district: 2, village: 3 };

export function searchPlaces(query: string, opts: { home?: string; limit?: number } = {}): RegionTag[] {
  const gaz = loadGazetteer();
  const limit = opts.limit ?? 20;
  const q = query.trim();
  if (/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(q)) {
    const p = gaz.byCode.get(q);
    return p ? [{ code: p.code, name: p.name, level: p.level as RegionTag['level'] }] : [];
  }
  const key = nameKey(q);
  if (key.length < 2) return [];
  const hits: { tag: RegionTag; rank: number }[] = [];
  keys ??= [...gaz.byCode.values()].map((p) => ({ p, k: nameKey(p.name) }));
  for (const { p, k } of keys) {
    const at = k.indexOf(key);
    if (at < 0) continue;
    const bare = k.replace(/^(provinsi|kota|kabupaten) /, '');
    const how = bare === key || k === key ? 0 : at === 0 || bare.startsWith(key) ? 1 : 2;
    const home = opts.home && within(p.code, opts.home) ? 0 : 1;
    hits.push({ tag: { code: p.code, name: p.name, level: p.level as RegionTag['level'] }, rank: home * 100 + how * 10 + (LEVEL_ORDER[p.level] ?? 4) });
  }
  hits.sort((a, b) => a.rank - b.rank || a.tag.name.localeCompare(b.tag.name) || (a.tag.code < b.tag.code ? -1 : 1));
  return hits.slice(0, limit).map((h) => h.tag);
}
