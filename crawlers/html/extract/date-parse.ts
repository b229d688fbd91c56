// Parsing the date strings news pages carry: ISO-ish machine dates (including broken ones such as
// detik's "2015-11-05 T10:08:58Z"), Indonesian bylines ("Kamis, 5 November 2015 14:56 WIB",
// "Selasa, 23/02/2016 15:32 WIB", "18 Juli 2021 – 18:52 WIB"), English forms and epoch numbers.
// Zone-less times get the caller's default offset: Indonesian pages without a zone are WIB.

export interface ParsedDate {
  /** Epoch milliseconds of the instant. */
  ms: number;
  /** Offset the page stated (or the default), e.g. "+07:00". */
  offset: string;
  hasTime: boolean;
  /** True when the string itself named a zone or offset. */
  hasZone: boolean;
  /**
   * The other reading of an all-numeric date whose order the string cannot settle ("12/02/2026
   * 02:20 PM": month first as the US locale prints it, or day first): the page's other dates, the
   * other witnesses and the fetch time decide (src/core/published-date.ts).
   */
  altMs?: number;
  /** Which reading ms is when altMs is set. */
  order?: 'dmy' | 'mdy';
}

export const WIB = '+07:00';

const MONTHS: Record<string, number> = {};
for (const [m, names] of [
  [1, 'januari jan january janv'],
  [2, 'februari pebruari feb febr peb february'],
  [3, 'maret mar march mrt'],
  [4, 'april apr'],
  [5, 'mei may'],
  [6, 'juni jun june'],
  [7, 'juli jul july'],
  [8, 'agustus agu agt ags aug august'],
  [9, 'september sep sept'],
  [10, 'oktober okt oct october'],
  [11, 'november nov nop nopember'],
  [12, 'desember des dec december'],
] as const) {
  for (const n of names.split(' ')) MONTHS[n] = m;
}
const MONTH_RE = Object.keys(MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

// The zone must not run into a following word ("2016 Zaman").
// "Waktu Indonesia Timur" is WIT written out.
const ZONE_RE = String.raw`((?:GMT|UTC)\s*[+-]\d{1,2}(?::?\d{2})?|(?:Z|UTC|GMT|WITA|WIB|WIT)(?![A-Za-z])|Waktu\s+Indonesia\s+(?:Barat|Tengah|Timur)\b|[+-]\d{2}:?\d{2})?`;
// "02:20 PM" on English-locale templates that print the date the Indonesian way.
const AMPM_RE = String.raw`(?:\s*([ap]\.?m\.?)(?![a-z]))?`;
// Not followed by another digit: "14.000 warga" is a number, not 14:00.
const TIME_RE = String.raw`(\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?(?!\d)`;
// Between a date and its time: ", ", " | ", " - ", " . ", " ● ", then "pukul", "pkl.", "jam".
const DATE_TIME_SEP = String.raw`(?:\s*(?:[,|/·•●∙⋅◦▪.–—-]|pukul|pkl\.?|jam|at)?\s*(?:pukul|pkl\.?|jam)?\s*)`;

// yyyy-mm-dd[ T]hh:mm[:ss][zone]; "T" may be separated by spaces (detik).
const ISO = new RegExp(String.raw`\b(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:(?:\s*T\s*|\s+|,\s*)${TIME_RE})?\s*${ZONE_RE}`, 'i');
// d Month yyyy [sep] [hh:mm] [zone] (separators: DATE_TIME_SEP).
// ("3rd August 2026 14:05": an English edition's ordinal day.)
const DMY_NAME = new RegExp(
  String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s*(?:-|\s)\s*(${MONTH_RE})\.?,?\s*(?:-|\s)\s*(\d{4})(?:${DATE_TIME_SEP}${TIME_RE}${AMPM_RE})?\s*${ZONE_RE}`,
  'i',
);
// d Month yy hh:mm: a two-digit year after a month name ("02 Des 26 | 14:05"), only with a time
// after it, so that "17 Agustus 45" in a sentence is no date.
const DMY_NAME2 = new RegExp(
  String.raw`\b(\d{1,2})\s*(?:-|\s)\s*(${MONTH_RE})\.?,?\s*(?:-|\s)\s*(\d{2})(?![\d/.:-]\d|\d)${DATE_TIME_SEP}${TIME_RE}${AMPM_RE}\s*${ZONE_RE}`,
  'i',
);
// Month d, yyyy [hh:mm] (English and a few outlets' English templates).
const MDY_NAME = new RegExp(
  String.raw`\b(${MONTH_RE})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s*(?:[,|–—-]|at)?\s*${TIME_RE}\s*([ap]\.?m\.?)?)?\s*${ZONE_RE}`,
  'i',
);
// dd/mm/yyyy [hh:mm] [zone] — day first, as Indonesian pages write it; "Rabu (2/12/2026) pukul 14.20 WITA".
const DMY_NUM = new RegExp(String.raw`\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\)?(?:${DATE_TIME_SEP}${TIME_RE}${AMPM_RE})?\s*${ZONE_RE}`, 'i');
// dd/mm/yy: portals printing a two-digit year ("Rabu, 02/12/26 08.30 WITA"); "/" or "-" only, and
// not followed by more digits or separators (a version, a fraction, a longer number).
const DMY_NUM2 = new RegExp(String.raw`\b(\d{1,2})([/-])(\d{1,2})\2(\d{2})(?![\d/-]|[.,:]\d)\)?(?:${DATE_TIME_SEP}${TIME_RE}${AMPM_RE})?\s*${ZONE_RE}`, 'i');
// A time written before the date: "14:05 WIB · Senin, 30 November 2026", "14.05 | 30/11/2026".
const TIME_BEFORE = new RegExp(
  String.raw`(?:^|[^\d:.])${TIME_RE}\s*${ZONE_RE}\s*(?:[,|/·•–—-]\s*)?(?:[\p{L}']+\s*,?\s*)?$`,
  'iu',
);

function zoneOffset(z: string | undefined): string | undefined {
  if (!z) return undefined;
  const u = z.toUpperCase();
  if (u === 'WIB') return '+07:00';
  if (u === 'WITA') return '+08:00';
  if (u === 'WIT') return '+09:00';
  const long = /^waktu\s+indonesia\s+(barat|tengah|timur)$/i.exec(z);
  if (long) return { barat: '+07:00', tengah: '+08:00', timur: '+09:00' }[long[1].toLowerCase() as 'barat' | 'tengah' | 'timur'];
  if (u === 'Z' || u === 'UTC' || u === 'GMT') return '+00:00';
  const g = /^(?:GMT|UTC)\s*([+-])(\d{1,2})(?::?(\d{2}))?$/i.exec(z);
  if (g) return `${g[1]}${g[2].padStart(2, '0')}:${g[3] ?? '00'}`;
  const m = /^([+-])(\d{2}):?(\d{2})$/.exec(z);
  return m ? `${m[1]}${m[2]}:${m[3]}` : undefined;
}

function offsetMinutes(off: string): number {
  const m = /^([+-])(\d{2}):(\d{2})$/.exec(off);
  if (!m) return 0;
  const v = Number(m[2]) * 60 + Number(m[3]);
  return m[1] === '-' ? -v : v;
}

function build(
  y: number,
  mo: number,
  d: number,
  h: number | undefined,
  mi: number | undefined,
  s: number | undefined,
  zone: string | undefined,
  defaultOffset: string,
): ParsedDate | undefined {
  if (y < 1990 || y > 2100 || mo < 1 || mo > 12 || d < 1 || d > 31) return undefined;
  const hasTime = h !== undefined && mi !== undefined;
  if (hasTime && (h! > 23 || mi! > 59 || (s ?? 0) > 59)) return undefined;
  const zoneOff = zoneOffset(zone);
  const offset = zoneOff ?? defaultOffset;
  const wall = Date.UTC(y, mo - 1, d, hasTime ? h! : 0, hasTime ? mi! : 0, hasTime ? (s ?? 0) : 0);
  // Reject impossible dates that Date.UTC would roll over (31 February).
  if (new Date(wall).getUTCDate() !== d) return undefined;
  return { ms: wall - offsetMinutes(offset) * 60_000, offset, hasTime, hasZone: zoneOff !== undefined };
}

const num = (s: string | undefined): number | undefined => (s === undefined ? undefined : Number(s));

/** Parse the first recognizable date in `s`. */
export function parseDate(s: string, defaultOffset: string = WIB): ParsedDate | undefined {
  const t = s.trim();
  if (!t) return undefined;
  if (/^\d{10}(\d{3})?$/.test(t)) {
    const ms = t.length === 10 ? Number(t) * 1000 : Number(t);
    const y = new Date(ms).getUTCFullYear();
    return y >= 1990 && y <= 2100 ? { ms, offset: defaultOffset, hasTime: true, hasZone: true } : undefined;
  }
  let m = ISO.exec(t);
  if (m) {
    const r = build(+m[1], +m[2], +m[3], num(m[4]), num(m[5]), num(m[6]), m[7], defaultOffset);
    if (r) return r;
  }
  m = DMY_NAME.exec(t);
  if (m) {
    const [h, mi, sec, zone] = m[4] !== undefined ? [m[4], m[5], m[6], m[8]] : timeBefore(t, m.index, m[8]);
    const r = build(+m[3], MONTHS[m[2].toLowerCase()], +m[1], clock12(num(h), m[7]), num(mi), num(sec), zone, defaultOffset);
    if (r) return r;
  }
  m = MDY_NAME.exec(t);
  if (m) {
    const r = build(+m[3], MONTHS[m[1].toLowerCase()], +m[2], clock12(num(m[4]), m[7]), num(m[5]), num(m[6]), m[8], defaultOffset);
    if (r) return r;
  }
  m = DMY_NUM.exec(t);
  if (m) {
    const [h, mi, sec, zone] = m[4] !== undefined ? [m[4], m[5], m[6], m[8]] : timeBefore(t, m.index, m[8]);
    const r = numericDate(+m[3], +m[1], +m[2], clock12(num(h), m[7]), num(mi), num(sec), zone, defaultOffset, !!m[7]);
    if (r) return r;
  }
  m = DMY_NAME2.exec(t);
  if (m) {
    const r = build(2000 + +m[3], MONTHS[m[2].toLowerCase()], +m[1], clock12(num(m[4]), m[7]), num(m[5]), num(m[6]), m[8], defaultOffset);
    if (r) return r;
  }
  m = DMY_NUM2.exec(t);
  if (m) {
    const [h, mi, sec, zone] = m[5] !== undefined ? [m[5], m[6], m[7], m[9]] : timeBefore(t, m.index, m[9]);
    const r = numericDate(2000 + +m[4], +m[1], +m[3], clock12(num(h), m[8]), num(mi), num(sec), zone, defaultOffset, !!m[8]);
    if (r) return r;
  }
  return undefined;
}

/**
 * An all-numeric date "a/b/yyyy": day first as Indonesian pages write it, unless a 12-hour clock
 * (AM/PM, which Indonesian usage does not have) says the template is the US locale's, month first.
 * Then, when both fields could be the month, the other reading is kept as altMs for the date rule;
 * without a 12-hour clock day first is certain enough that nothing may swap it.
 */
function numericDate(
  y: number,
  a: number,
  b: number,
  h: number | undefined,
  mi: number | undefined,
  s: number | undefined,
  zone: string | undefined,
  def: string,
  twelveHour: boolean,
): ParsedDate | undefined {
  const dayFirst = build(y, b, a, h, mi, s, zone, def);
  const monthFirst = a !== b ? build(y, a, b, h, mi, s, zone, def) : undefined;
  const [r, other] = twelveHour && monthFirst ? [monthFirst, dayFirst] : [dayFirst ?? monthFirst, dayFirst ? monthFirst : undefined];
  if (r && other && twelveHour && a <= 12 && b <= 12) Object.assign(r, { altMs: other.ms, order: r === dayFirst ? 'dmy' : 'mdy' });
  return r;
}

/** A 12-hour clock's hour on the 24-hour clock ("8:05 pm" → 20, "12:10 am" → 0). */
function clock12(h: number | undefined, ampm: string | undefined): number | undefined {
  if (h === undefined || !ampm || h > 12) return h;
  const pm = /^p/i.test(ampm);
  return pm ? (h < 12 ? h + 12 : 12) : h === 12 ? 0 : h;
}

/** The time (and zone) written just before a date that has none after it. */
function timeBefore(t: string, dateAt: number, zoneAfter: string | undefined): (string | undefined)[] {
  const m = TIME_BEFORE.exec(t.slice(Math.max(0, dateAt - 40), dateAt));
  return m ? [m[1], m[2], m[3], m[4] ?? zoneAfter] : [undefined, undefined, undefined, zoneAfter];
}

/** ISO 8601 string of the instant, written in the given offset ("2016-02-15T09:30:00+07:00"). */
export function formatIso(ms: number, offset: string): string {
  const shifted = new Date(ms + offsetMinutes(offset) * 60_000);
  const p = (n: number) => String(n).padStart(2, '0');
  return (
    `${shifted.getUTCFullYear()}-${p(shifted.getUTCMonth() + 1)}-${p(shifted.getUTCDate())}` +
    `T${p(shifted.getUTCHours())}:${p(shifted.getUTCMinutes())}:${p(shifted.getUTCSeconds())}${offset}`
  );
}

/** Wall-clock fields of an instant in an offset (used to compare a machine date with a byline). */
export function wallClock(ms: number, offset: string): number {
  return ms + offsetMinutes(offset) * 60_000;
}
