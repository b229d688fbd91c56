// Working-day arithmetic in the office's time zone (config `timezone`, default Asia/Jakarta = WIB):
// public-complaint service rules count answer deadlines in working days, Monday–Friday in the
// office's own calendar, optionally minus public holidays.
import { DEFAULT_TIMEZONE, localDay, nextLocalDay, startOfLocalDay, wallTimeToUtc, zoneOffsetMs } from '../core/time.js';

/** "YYYY-MM-DD" of an instant in the zone. */
export function localDate(ms: number, zone = DEFAULT_TIMEZONE): string {
  return localDay(ms, zone);
}

/** Local midnight of "YYYY-MM-DD" in the zone, as epoch ms. */
export function localMidnight(date: string, zone = DEFAULT_TIMEZONE): number {
  return startOfLocalDay(date, zone);
}

function isWorkingDay(day: string, holidays: ReadonlySet<string>): boolean {
  const dow = new Date(`${day}T00:00:00Z`).getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.has(day);
}

/**
 * The moment `days` working days after `start`: the same local clock time that many working days
 * later. Something received on a weekend or holiday starts counting at local midnight of the next
 * working day. E.g. (WIB) Tue 13:00 + 3 → Fri 13:00; Fri 16:00 + 3 → Wed 16:00; Sat 10:00 + 3 → Thu 00:00.
 */
export function addWorkingDays(start: number, days: number, holidays: string[] = [], zone = DEFAULT_TIMEZONE): number {
  const hol = new Set(holidays);
  let day = localDay(start, zone);
  // The local wall-clock time of `start`, kept across the days (a DST change in between does not move it).
  const wall = new Date(start + zoneOffsetMs(zone, start));
  let clock: [number, number, number, number] = [wall.getUTCHours(), wall.getUTCMinutes(), wall.getUTCSeconds(), wall.getUTCMilliseconds()];
  if (!isWorkingDay(day, hol)) {
    clock = [0, 0, 0, 0];
    do day = nextLocalDay(day);
    while (!isWorkingDay(day, hol));
  }
  for (let i = 0; i < days; i++) {
    do day = nextLocalDay(day);
    while (!isWorkingDay(day, hol));
  }
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  return wallTimeToUtc(zone, y, m, d, clock[0], clock[1], clock[2]) + clock[3];
}
