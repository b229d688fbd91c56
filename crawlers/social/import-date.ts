// Dates as exports and staff spreadsheets write them, for both importers (social `import` sources and
// `pantau import`). Accepted, case-insensitive, with an optional weekday ("Senin, ") and an optional
// "pukul"/"jam" before the time:
//   ISO 8601 dates and datetimes         2026-11-30 · 2026-11-30T09:15 · 2026-11-30 09:15:00.123+07:00
//   day-first numeric                    30/11/2026 · 30-11-2026 · 30.11.2026 [09:15[:00] | 09.15]
//   month names (Indonesian, English)    1 Desember 2026 09.15 WIB · 1 Des 2026 · 01 Agu 2026 · 1 Dec 2026
//   epoch seconds or milliseconds        1764468900 · 1764468900000
//   a string that carries its own zone   Tue, 01 Dec 2026 09:15:00 GMT+0700 (anything Date reads then)
// A zone in the value (Z, ±HH:MM, UTC/GMT, WIB/WITA/WIT) wins; otherwise the wall time is in `zone`
// (an IANA name such as Asia/Jakarta, an offset "+07:00", or WIB/WITA/WIT). A date without a time is
// the start of that day. Anything else, and impossible dates (31/02/2026, 25:00), are 'invalid':
// never guessed (11/30/2026 is not read as the US November 30).
import { isValidTimeZone, wallTimeToUtc } from '../../src/core/time.js';

const MONTHS: Record<string, number> = {
  januari: 1, jan: 1, january: 1,
  februari: 2, feb: 2, peb: 2, pebruari: 2, february: 2,
  maret: 3, mar: 3, march: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, jun: 6, june: 6,
  juli: 7, jul: 7, july: 7,
  agustus: 8, agu: 8, ags: 8, agt: 8, aug: 8, august: 8,
  september: 9, sep: 9, sept: 9,
  oktober: 10, okt: 10, oct: 10, october: 10,
  november: 11, nov: 11, nop: 11,
  desember: 12, des: 12, dec: 12, december: 12,
};

/** Minutes east of UTC for the labels a value may carry. */
const LABELS: Record<string, number> = { WIB: 420, WITA: 480, WIT: 540, UTC: 0, GMT: 0, Z: 0 };

const WEEKDAY = String.raw`(?:(?:senin|selasa|rabu|kamis|jum'?at|sabtu|minggu|ahad|mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?`;
const TIME = String.raw`(?:(?:\s*,\s*|\s+|T)(?:(?:pukul|pkl\.?|jam)\s*)?(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:[.,](\d{1,9}))?)?)?`;
const ZONE = String.raw`(?:\s*(Z|[+-]\d{2}(?::?\d{2})?|(?:UTC|GMT)(?:\s*[+-]\d{1,2}(?::?\d{2})?)?|WIB|WITA|WIT))?`;

const ISO = new RegExp(String.raw`^(\d{4})[-/](\d{1,2})[-/](\d{1,2})${TIME}${ZONE}$`, 'i');
const DMY = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})${TIME}${ZONE}$`, 'i');
const NAMED = new RegExp(String.raw`^${WEEKDAY}(\d{1,2})[\s-]+([a-z]+)\.?[\s-]+(\d{4})${TIME}${ZONE}$`, 'i');

/** Minutes east of UTC of a zone written as an offset or a label, else undefined. */
function offsetMinutes(spec: string): number | undefined {
  const s = spec.trim().toUpperCase();
  if (s in LABELS) return LABELS[s];
  const m = /^(?:UTC|GMT)?\s*([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(s);
  if (!m) return undefined;
  const mins = Number(m[2]) * 60 + Number(m[3] ?? 0);
  return mins > 14 * 60 ? undefined : m[1] === '-' ? -mins : mins;
}

/** True when `spec` can be the zone of zone-less dates: an IANA name, an offset or WIB/WITA/WIT. */
export function isImportZone(spec: string): boolean {
  return offsetMinutes(spec) !== undefined || isValidTimeZone(spec);
}

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function build(
  zone: string,
  y: number,
  mo: number,
  d: number,
  hh: string | undefined,
  mi: string | undefined,
  ss: string | undefined,
  frac: string | undefined,
  label: string | undefined,
): Date | 'invalid' {
  const h = Number(hh ?? 0);
  const min = Number(mi ?? 0);
  const sec = Number(ss ?? 0);
  if (mo < 1 || mo > 12 || d < 1 || d > daysIn(y, mo) || h > 23 || min > 59 || sec > 59) return 'invalid';
  const ms = frac ? Math.round(Number(`0.${frac}`) * 1000) : 0;
  const fixed = offsetMinutes(label ?? zone);
  if (label && fixed === undefined) return 'invalid';
  const t = fixed !== undefined ? Date.UTC(y, mo - 1, d, h, min, sec) - fixed * 60_000 : wallTimeToUtc(zone, y, mo, d, h, min, sec);
  return new Date(t + ms);
}

/**
 * A date from an imported row: undefined when the cell is empty, 'invalid' when it cannot be read.
 * `zone` is the zone of wall times without one (default Asia/Jakarta, WIB).
 */
export function parseImportDate(v: unknown, zone = 'Asia/Jakarta'): Date | undefined | 'invalid' {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) && v > 0 ? new Date(v > 1e11 ? v : v * 1000) : 'invalid';
  if (typeof v !== 'string') return 'invalid';
  const s = v.trim().replace(/\s+/g, ' ');
  if (!s) return undefined;
  if (/^\d{9,13}$/.test(s)) {
    const n = Number(s);
    return new Date(n > 1e11 ? n : n * 1000);
  }
  let m = ISO.exec(s);
  if (m) return build(zone, Number(m[1]), Number(m[2]), Number(m[3]), m[4], m[5], m[6], m[7], m[8]);
  m = DMY.exec(s);
  if (m) return build(zone, Number(m[3]), Number(m[2]), Number(m[1]), m[4], m[5], m[6], m[7], m[8]);
  m = NAMED.exec(s);
  if (m) {
    const month = MONTHS[m[2]!.toLowerCase()];
    return month ? build(zone, Number(m[3]), month, Number(m[1]), m[4], m[5], m[6], m[7], m[8]) : 'invalid';
  }
  // Other spellings only when they carry their own zone: a zone-less string would be read in the
  // zone of the machine running Pantau, not the office's.
  if (/(\bGMT|\bUTC|Z\b|[+-]\d{2}:?\d{2}\b)/i.test(s)) {
    const d = new Date(s);
    if (!Number.isNaN(d.getTime())) return d;
  }
  return 'invalid';
}
