// The office's time zone. Every day and hour bucket, every date printed for people and every
// zone-less date read from a file is in this zone (config `timezone`, default Asia/Jakarta = WIB).
// Indonesia has three zones without daylight saving (WIB +7, WITA +8, WIT +9), but the functions
// work for any IANA zone, so an office abroad or a test in UTC gets correct buckets too.

export const DEFAULT_TIMEZONE = 'Asia/Jakarta';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** True when `zone` is an IANA time zone name this runtime knows. */
export function isValidTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

/** Offset of `zone` from UTC at the instant `ms`, in milliseconds (WIB: +25,200,000). */
export function zoneOffsetMs(zone: string, ms: number): number {
  const fixed = fixedOffsetMs(zone);
  if (fixed !== undefined) return fixed;
  return offsetAt(zone, ms);
}

function offsetAt(zone: string, ms: number): number {
  const parts = formatter(zone).formatToParts(new Date(ms));
  const get = (t: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === t)!.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(ms / 1000) * 1000;
}

const fixedOffsets = new Map<string, number | null>();

/**
 * The zone's offset when it never changes (no daylight saving in the years around now), else
 * undefined. Stores use it to bucket by day in SQL with one constant; all Indonesian zones qualify.
 */
export function fixedOffsetMs(zone: string): number | undefined {
  let v = fixedOffsets.get(zone);
  if (v === undefined) {
    const year = new Date().getUTCFullYear();
    const probes: number[] = [];
    for (let y = year - 2; y <= year + 2; y++) {
      for (const month of [0, 3, 6, 9]) probes.push(offsetAt(zone, Date.UTC(y, month, 15)));
    }
    v = probes.every((p) => p === probes[0]) ? probes[0]! : null;
    fixedOffsets.set(zone, v);
  }
  return v ?? undefined;
}

/** "YYYY-MM-DD" of the instant in the zone. */
export function localDay(ms: number, zone: string): string {
  return new Date(ms + zoneOffsetMs(zone, ms)).toISOString().slice(0, 10);
}

/** "YYYY-MM-DDTHH" of the instant in the zone (an hour bucket key). */
export function localHour(ms: number, zone: string): string {
  return new Date(ms + zoneOffsetMs(zone, ms)).toISOString().slice(0, 13);
}

/**
 * The instant at which the zone's wall clock shows the given local time. Months are 1-based.
 * For a wall time that a daylight-saving change skips or repeats, the earlier reading is taken.
 */
export function wallTimeToUtc(
  zone: string,
  year: number,
  month: number,
  day: number,
  hour = 0,
  minute = 0,
  second = 0,
): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const first = asUtc - zoneOffsetMs(zone, asUtc);
  const second_ = asUtc - zoneOffsetMs(zone, first);
  return Math.min(first, second_);
}

/** Midnight at the start of a local day "YYYY-MM-DD" in the zone, as epoch ms. */
export function startOfLocalDay(day: string, zone: string): number {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!m) throw new Error(`expected a date YYYY-MM-DD, got "${day}"`);
  return wallTimeToUtc(zone, Number(m[1]), Number(m[2]), Number(m[3]));
}

/** The next local day after "YYYY-MM-DD". */
export function nextLocalDay(day: string): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** Indonesian zone abbreviation (WIB, WITA, WIT) for an offset, else "UTC+h" / "UTC". */
export function zoneLabel(zone: string, ms = Date.now()): string {
  const off = zoneOffsetMs(zone, ms);
  if (off === 7 * 3_600_000) return 'WIB';
  if (off === 8 * 3_600_000) return 'WITA';
  if (off === 9 * 3_600_000) return 'WIT';
  if (off === 0) return 'UTC';
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off) / 60_000;
  const h = Math.floor(abs / 60);
  const mi = abs % 60;
  return `UTC${sign}${h}${mi ? `:${String(mi).padStart(2, '0')}` : ''}`;
}

/** ISO offset suffix ("+07:00") of the zone at an instant. */
export function isoOffset(zone: string, ms: number): string {
  const off = zoneOffsetMs(zone, ms) / 60_000;
  const sign = off < 0 ? '-' : '+';
  const abs = Math.abs(off);
  return `${sign}${String(Math.floor(abs / 60)).padStart(2, '0')}:${String(abs % 60).padStart(2, '0')}`;
}

/** "2026-11-20 13:00 WIB": an instant as the office reads it. */
export function formatLocalMinute(ms: number, zone: string): string {
  return `${new Date(ms + zoneOffsetMs(zone, ms)).toISOString().slice(0, 16).replace('T', ' ')} ${zoneLabel(zone, ms)}`;
}
