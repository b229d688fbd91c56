// Scoring helpers for extraction quality: bag-of-tokens F1 (lower-cased letter/digit runs, the
// measure the fixtures' README prescribes), title equality after light normalization, and "same
// calendar day in WIB" for dates.

export function wordTokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
}

export function tokenF1(got: string, expected: string): F1 {
  const g = wordTokens(got);
  const e = wordTokens(expected);
  if (g.length === 0 && e.length === 0) return { precision: 1, recall: 1, f1: 1 };
  if (g.length === 0 || e.length === 0) return { precision: 0, recall: 0, f1: 0 };
  const counts = new Map<string, number>();
  for (const t of e) counts.set(t, (counts.get(t) ?? 0) + 1);
  let common = 0;
  for (const t of g) {
    const c = counts.get(t);
    if (c) {
      common++;
      counts.set(t, c - 1);
    }
  }
  const precision = common / g.length;
  const recall = common / e.length;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}

export function normalizeTitle(s: string): string {
  return s
    .normalize('NFC')
    .replace(/[“”„‟″]/g, '"')
    .replace(/[‘’‚‛′`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

const DAY_MS = 86_400_000;
const WIB_MS = 7 * 3600_000;

/** WIB calendar day (days since epoch) of an ISO string or epoch ms; undefined if unparseable. */
export function wibDay(v: string | number): number | undefined {
  const ms = typeof v === 'number' ? v : Date.parse(v);
  return Number.isFinite(ms) ? Math.floor((ms + WIB_MS) / DAY_MS) : undefined;
}

/**
 * Expected date vs extracted ISO string. Expected epoch ms and zoned strings compare as WIB days; a
 * zone-less expected string (the page's own local time) compares by its written calendar date.
 */
export function sameDate(expected: string | number, got: string | undefined): boolean {
  if (!got) return false;
  if (typeof expected === 'string' && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(expected.trim())) {
    return expected.trim().slice(0, 10) === got.slice(0, 10);
  }
  const e = wibDay(expected);
  return e !== undefined && e === wibDay(got);
}

/** True when an expected date carries a time of day (epoch ms always does; "2016-02-23" does not). */
export function hasTimeOfDay(expected: string | number): boolean {
  return typeof expected === 'number' || /T\d{2}:\d{2}/.test(expected);
}

/**
 * Same instant within a minute (pages often show minutes only while the truth has seconds). A
 * zone-less expected string is the page's local wall clock and compares with the extracted wall clock.
 */
export function sameInstant(expected: string | number, got: string | undefined): boolean {
  if (!got) return false;
  if (typeof expected === 'string' && !/(?:Z|[+-]\d{2}:?\d{2})$/i.test(expected.trim())) {
    const wall = (s: string) => Date.parse(s.slice(0, 19) + 'Z');
    return Math.abs(wall(expected.trim()) - wall(got)) < 60_000;
  }
  const e = typeof expected === 'number' ? expected : Date.parse(expected);
  const g = Date.parse(got);
  return Number.isFinite(e) && Number.isFinite(g) && Math.abs(e - g) < 60_000;
}
