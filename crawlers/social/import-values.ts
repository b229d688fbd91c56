// Reading values out of exported rows, where every social-listening tool and every staff spreadsheet
// writes counts its own way (dates: import-date.ts).

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
