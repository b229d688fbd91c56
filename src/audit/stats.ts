// Small statistics for the audit, with the definitions stated so the report's numbers can be checked
// by hand.

/**
 * Percentile by linear interpolation between closest ranks (Hyndman & Fan type 7 — the default of
 * numpy, R and Excel's PERCENTILE.INC): h = (n − 1)·p over the ascending values, result
 * x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋+1] − x[⌊h⌋]). The median is p = 0.5. Undefined for no values.
 * E.g. [1, 2, 5, 26]: median 3.5, p90 = 5 + 0.7·21 = 19.7.
 */
export function percentile(values: number[], p: number): number | undefined {
  if (values.length === 0) return undefined;
  const s = [...values].sort((a, b) => a - b);
  const h = (s.length - 1) * p;
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, s.length - 1);
  return s[lo]! + (h - lo) * (s[hi]! - s[lo]!);
}

export function median(values: number[]): number | undefined {
  return percentile(values, 0.5);
}

/** Rounded to `digits` decimals (reports show hours and ratios, not float noise). */
export function round(n: number, digits = 2): number {
  const f = 10 ** digits;
  return Math.round(n * f) / f;
}
