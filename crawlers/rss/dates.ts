// Feed dates as Indonesian feeds actually write them. RFC 822 and ISO 8601 parse natively; this adds
// Indonesian month/day names ("05 Mei 2015", "Kamis, …"), the WIB/WITA/WIT zone names, and pins
// date-times without a zone to WIB (+07:00) rather than to whatever zone the server runs in.

const MONTHS: Record<string, string> = {
  januari: 'Jan', februari: 'Feb', pebruari: 'Feb', maret: 'Mar', april: 'Apr', mei: 'May', juni: 'Jun', juli: 'Jul',
  agustus: 'Aug', agu: 'Aug', agt: 'Aug', agus: 'Aug', september: 'Sep', oktober: 'Oct', okt: 'Oct', november: 'Nov', nopember: 'Nov',
  desember: 'Dec', des: 'Dec',
};
const ZONES: Record<string, string> = { wib: '+0700', wita: '+0800', wit: '+0900' };

/** A Date for a feed date string, or undefined when it cannot be read. */
export function parseFeedDate(value: unknown): Date | undefined {
  if (typeof value !== 'string' || !value.trim()) return undefined;
  let s = value.trim();
  const direct = tryParse(s);
  if (direct) return direct;
  s = s
    .replace(/^[^\d,]+,\s*/, '') // weekday name in any language
    .replace(/[A-Za-z]+/g, (w) => MONTHS[w.toLowerCase()] ?? ZONES[w.toLowerCase()] ?? w)
    // "30/11/2026 14:05" is day first in Indonesia; Date.parse would read it month first or not at all.
    .replace(/^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/, (_, d: string, m: string, y: string) => `${y}-${m.padStart(2, '0')}-${d.padStart(2, '0')}`)
    // "14.05" → "14:05"; separators between the date and the time ("2026 - 14:05", "2026, 14:05", "2026 | 14:05").
    .replace(/\b(\d{1,2})\.(\d{2})(?:\.(\d{2}))?(?=\s|$)/, (_, h: string, mi: string, sec?: string) => `${h}:${mi}${sec ? ':' + sec : ''}`)
    .replace(/(\d{4})\s*[-,|–—·]\s*(?=\d{1,2}:)/, '$1 ');
  return tryParse(s) ?? tryParse(s.replace(/^(\d{4}-\d{2}-\d{2}) (\d{1,2}:\d{2}(?::\d{2})?)$/, (_, d: string, t: string) => `${d}T${t.padStart(5, '0')}`));
}

function tryParse(s: string): Date | undefined {
  // "2015-11-05 10:08:58" / "2015-11-05T10:08:58" without a zone: pin to WIB. (A bare date stays
  // UTC midnight as W3C datetime says; the date rule treats a midnight feed date as date-only.)
  const naive = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)$/.exec(s);
  if (naive) s = `${naive[1]}T${naive[2]}+07:00`;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : new Date(t);
}
