// Working-day arithmetic in WIB (Asia/Jakarta, UTC+7, no DST): public-complaint service rules count
// answer deadlines in working days, Monday–Friday, optionally minus public holidays.
export const WIB_OFFSET_MS = 7 * 3_600_000;
const DAY = 86_400_000;

/** "YYYY-MM-DD" of an instant in WIB. */
export function wibDate(ms: number): string {
  return new Date(ms + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Midnight WIB of "YYYY-MM-DD" as epoch ms. */
export function wibMidnight(date: string): number {
  return Date.parse(`${date}T00:00:00+07:00`);
}

function isWorkingDay(shiftedMs: number, holidays: Set<string>): boolean {
  const d = new Date(shiftedMs);
  const dow = d.getUTCDay();
  return dow !== 0 && dow !== 6 && !holidays.has(d.toISOString().slice(0, 10));
}

/**
 * The moment `days` working days after `start`: the same WIB clock time that many working days
 * later. Something received on a weekend or holiday starts counting at 00:00 WIB of the next working
 * day. E.g. Tue 13:00 + 3 → Fri 13:00; Fri 16:00 + 3 → Wed 16:00; Sat 10:00 + 3 → Thu 00:00.
 */
export function addWorkingDays(start: number, days: number, holidays: string[] = []): number {
  const hol = new Set(holidays);
  let t = start + WIB_OFFSET_MS; // shifted: UTC fields now read as WIB
  if (!isWorkingDay(t, hol)) {
    t = Math.floor(t / DAY) * DAY;
    do t += DAY;
    while (!isWorkingDay(t, hol));
  }
  for (let i = 0; i < days; i++) {
    do t += DAY;
    while (!isWorkingDay(t, hol));
  }
  return t - WIB_OFFSET_MS;
}
