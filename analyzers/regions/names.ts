// Turning official names into the spellings people write. The Kemendagri list spells regencies in
// capitals with their type ("KABUPATEN MUARO JAMBI"); news writes "Muaro Jambi", "Kab. Muaro Jambi",
// "Muarojambi", "Tanjabbar". Every spelling becomes a lower-case key of space-separated tokens, the
// same form the matcher builds from text.
import { keyOf } from './tokenize.js';

const KEEP_UPPER = new Set(['DKI', 'DI', 'DIY', 'NTB', 'NTT', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII']);

/** "KABUPATEN MUARO JAMBI" → "Kabupaten Muaro Jambi"; keeps DKI and Roman numerals upper-case. */
export function titleCase(name: string): string {
  return name
    .split(/(\s+|-)/)
    .map((w) => (KEEP_UPPER.has(w) ? w : w.charAt(0).toUpperCase() + w.slice(1).toLowerCase()))
    .join('');
}

const WORD = /[\p{L}\p{N}]+(?:['’`"][\p{L}\p{N}]+)*/gu;

/** Lower-case key of a written name, tokenized exactly as the matcher tokenizes text. */
export function nameKey(name: string): string {
  return (name.match(WORD) ?? []).map(keyOf).join(' ');
}

const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };

/**
 * Spellings of one district or village name: the name itself; each side of "A / B"; the name without a
 * parenthesised note; Roman numerals as digits ("Simpang IV Sipin" → "Simpang 4 Sipin"); two or three
 * words run together ("Kota Baru" → "Kotabaru"); "Sungai X" ↔ "Sei X".
 */
const PLAIN = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function placeVariants(raw: string): string[] {
  const out = new Set<string>();
  const base = raw.replace(/"/g, "'").replace(/\([^)]*\)/g, ' ').trim();
  for (const part of base.split('/')) {
    // Most names are plain words separated by single spaces: skip the Unicode tokenizer for them.
    const key = PLAIN.test(part) ? part.toLowerCase() : nameKey(part);
    if (!key) continue;
    const toks = key.split(' ');
    // Spaced-out or one-letter names ("A u r", "OP") would match initials and abbreviations.
    if (toks.some((t) => t.length === 1 && !ROMAN[t] && !/\d/.test(t))) continue;
    if (toks.length === 1 && toks[0]!.length < 3) continue;
    out.add(key);
    if (toks.some((t) => ROMAN[t])) out.add(toks.map((t) => ROMAN[t] ?? t).join(' '));
    if (toks.length >= 2 && toks.length <= 3 && toks.every((t) => /^\p{L}+$/u.test(t))) out.add(toks.join(''));
    if (toks[0] === 'sungai' && toks.length > 1) out.add(['sei', ...toks.slice(1)].join(' '));
    if (toks[0] === 'sei' && toks.length > 1) out.add(['sungai', ...toks.slice(1)].join(' '));
    // Local spellings drop doubled vowels: "Paal Merah" is written "Pal Merah".
    if (toks.some((t) => /aa|oo|ee/.test(t))) out.add(toks.map((t) => t.replace(/([aoe])\1/g, '$1')).join(' '));
  }
  return [...out];
}

/** "KABUPATEN MUARO JAMBI" → { type: 'kabupaten', bare: 'MUARO JAMBI' }. */
export function splitRegency(name: string): { type: 'kota' | 'kabupaten'; bare: string } {
  const m = /^(KABUPATEN|KOTA)\s+(?:ADMINISTRASI\s+)?(.*)$/.exec(name.toUpperCase());
  if (!m) return { type: 'kabupaten', bare: name };
  return { type: m[1] === 'KOTA' ? 'kota' : 'kabupaten', bare: m[2]! };
}

/** Common short forms of provinces, by code. Bare "Jambi", "Bali" come from the official names. */
export const PROVINCE_ALIASES: Record<string, string[]> = {
  '11': ['Nanggroe Aceh Darussalam', 'NAD'],
  '12': ['Sumut', 'Sumatra Utara'],
  '13': ['Sumbar', 'Sumatra Barat'],
  '14': [],
  '15': [],
  '16': ['Sumsel', 'Sumatra Selatan'],
  '17': [],
  '18': [],
  '19': ['Bangka Belitung', 'Babel'],
  '21': ['Kepri'],
  '31': ['Jakarta', 'DKI'],
  '32': ['Jabar'],
  '33': ['Jateng'],
  '34': ['DI Yogyakarta', 'DIY', 'Yogyakarta', 'Jogja', 'Yogya', 'Jogjakarta'],
  '35': ['Jatim'],
  '36': [],
  '51': [],
  '52': ['NTB'],
  '53': ['NTT'],
  '61': ['Kalbar'],
  '62': ['Kalteng'],
  '63': ['Kalsel'],
  '64': ['Kaltim'],
  '65': ['Kaltara'],
  '71': ['Sulut'],
  '72': ['Sulteng'],
  '73': ['Sulsel'],
  '74': ['Sultra'],
  '75': [],
  '76': ['Sulbar'],
  '81': [],
  '82': ['Malut'],
  '91': [],
  '92': ['Pabar'],
  '93': [],
  '94': [],
  '95': [],
  '96': [],
};

/** Short forms of regencies used in regional news, by code. */
export const REGENCY_ALIASES: Record<string, string[]> = {
  '15.04': ['Batang Hari'],
  '15.05': ['Muarojambi', 'Majam'],
  '15.06': ['Tanjabbar', 'Tanjab Barat'],
  '15.07': ['Tanjabtim', 'Tanjab Timur'],
  '15.72': ['Sungaipenuh'],
  '31.71': ['Jakpus'],
  '31.72': ['Jakut'],
  '31.73': ['Jakbar'],
  '31.74': ['Jaksel'],
  '31.75': ['Jaktim'],
  '34.71': ['Jogja', 'Yogya'],
  '12.07': ['Deliserdang'],
  '16.03': ['Muaraenim'],
};
