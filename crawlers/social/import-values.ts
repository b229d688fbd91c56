// Reading values out of exported rows, where every social-listening tool and every staff spreadsheet
// writes dates and counts its own way.

/**
 * Dates: ISO 8601, "2026-11-20 08:15[:00]", Indonesian day-first "20/11/2026 08.15" or "20-11-2026",
 * epoch seconds or milliseconds. Without an explicit zone, `tz` applies (default +07:00, WIB).
 */
export function parseImportDate(v: unknown, tz = '+07:00'): Date | undefined | 'invalid' {
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return Number.isFinite(v) ? new Date(v > 1e11 ? v : v * 1000) : 'invalid';
  const s = String(v).trim();
  if (!s) return undefined;
  if (/^\d{9,13}$/.test(s)) {
    const n = Number(s);
    return new Date(n > 1e11 ? n : n * 1000);
  }
  let m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{1,2})[:.](\d{2})(?:[:.](\d{2})(?:\.\d+)?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i.exec(s);
  if (!m) {
    const dm = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T,]+(\d{1,2})[:.](\d{2})(?:[:.](\d{2}))?)?$/.exec(s);
    if (dm) m = [s, dm[3]!, dm[2]!.padStart(2, '0'), dm[1]!.padStart(2, '0'), dm[4], dm[5], dm[6], undefined] as unknown as RegExpExecArray;
  }
  if (!m) {
    const d = new Date(s); // RFC 2822 and friends, which carry their own zone
    return Number.isNaN(d.getTime()) ? 'invalid' : d;
  }
  const [, y, mo, da, hh = '0', mi = '0', ss = '0', zone] = m;
  const z = zone ? (zone.toUpperCase() === 'Z' ? 'Z' : zone.replace(/^([+-]\d{2})(\d{2})$/, '$1:$2')) : tz;
  const iso = `${y}-${mo}-${da}T${hh!.padStart(2, '0')}:${mi}:${ss!.padStart(2, '0')}${z}`;
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? 'invalid' : d;
}

/** Counts: 1234, "1.234" / "1,234" (thousands), "1,2K", "1.2 rb", "3 jt", "2M". */
export function parseCount(v: unknown): number | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v >= 0 ? v : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim().toLowerCase();
  if (!s) return undefined;
  const suf = /^([\d.,]+)\s*(k|rb|ribu|m|jt|juta)$/.exec(s);
  if (suf) {
    const n = Number(suf[1]!.replace(',', '.'));
    const mult = suf[2] === 'k' || suf[2] === 'rb' || suf[2] === 'ribu' ? 1e3 : 1e6;
    return Number.isFinite(n) ? Math.round(n * mult) : undefined;
  }
  if (/^\d{1,3}([.,]\d{3})+$/.test(s)) return Number(s.replace(/[.,]/g, ''));
  if (/^\d+$/.test(s)) return Number(s);
  return undefined;
}

export function truthy(v: unknown): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  return typeof v === 'string' && /^(1|true|yes|ya|y|owned|resmi|humas)$/i.test(v.trim());
}

/** Column value by exact name, then case-insensitive, then (JSON) dotted path. */
export function pick(row: Record<string, unknown>, column: string): unknown {
  if (column in row) return row[column];
  const lower = column.toLowerCase();
  for (const k of Object.keys(row)) if (k.toLowerCase() === lower) return row[k];
  if (column.includes('.')) {
    let cur: unknown = row;
    for (const part of column.split('.')) {
      if (!cur || typeof cur !== 'object') return undefined;
      cur = (cur as Record<string, unknown>)[part];
    }
    return cur;
  }
  return undefined;
}
