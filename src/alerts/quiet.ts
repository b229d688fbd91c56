// Quiet hours in the office's time zone ("22:00"–"06:00", possibly across midnight): non-urgent
// messages wait and go out as one digest when the quiet time ends.
import { zoneOffsetMs } from '../core/time.js';

export interface QuietHours {
  from: string;
  to: string;
}

const minutes = (hhmm: string): number => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minute of the local day (0–1439) of an instant. */
function localMinute(ms: number, zone: string): number {
  const local = ms + zoneOffsetMs(zone, ms);
  return Math.floor((((local % 86_400_000) + 86_400_000) % 86_400_000) / 60_000);
}

export function isQuiet(ms: number, zone: string, q: QuietHours | undefined): boolean {
  if (!q) return false;
  const f = minutes(q.from);
  const t = minutes(q.to);
  if (f === t) return false;
  const m = localMinute(ms, zone);
  return f < t ? m >= f && m < t : m >= f || m < t;
}

/** The start of the quiet period containing `ms` (for naming its digest), or undefined outside one. */
export function quietStart(ms: number, zone: string, q: QuietHours | undefined): number | undefined {
  if (!q || !isQuiet(ms, zone, q)) return undefined;
  const f = minutes(q.from);
  const m = localMinute(ms, zone);
  const back = (m - f + 1440) % 1440;
  return Math.floor(ms / 60_000) * 60_000 - back * 60_000;
}
