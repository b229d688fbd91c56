// Interval statistics for the effect of a response, with the methods named so a reader can check them.
//
// The change in negative share after a response is p₂ − p₁ (after minus before), two independent
// binomial proportions. Its interval is Newcombe's hybrid score interval (Newcombe 1998, "method 10"):
// with Wilson score intervals [l₁, u₁] and [l₂, u₂] of the two proportions,
//   L = (p₂ − p₁) − √((p₂ − l₂)² + (u₁ − p₁)²),   U = (p₂ − p₁) + √((u₂ − p₂)² + (p₁ − l₁)²).
// It stays inside [−1, 1] and behaves at shares near 0 or 1 and at small counts, where the Wald
// interval does not (its coverage collapses); it needs no iteration.

/**
 * The standard normal quantile (inverse CDF) by P. J. Acklam's rational approximation (relative
 * error < 1.2·10⁻⁹), enough for the z of a confidence level.
 */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError(`normalQuantile: p must be in (0, 1), got ${p}`);
  const a = [-3.969683028665376e1, 2.209460984245205e2, -2.759285104469687e2, 1.38357751867269e2, -3.066479806614716e1, 2.506628277459239];
  const b = [-5.447609879822406e1, 1.615858368580409e2, -1.556989798598866e2, 6.680131188771972e1, -1.328068155288572e1];
  const c = [-7.784894002430293e-3, -3.223964580411365e-1, -2.400758277161838, -2.549732539343734, 4.374664141464968, 2.938163982698783];
  const d = [7.784695709041462e-3, 3.224671290700398e-1, 2.445134137142996, 3.754408661907416];
  const lo = 0.02425;
  if (p < lo) {
    const q = Math.sqrt(-2 * Math.log(p));
    return (((((c[0]! * q + c[1]!) * q + c[2]!) * q + c[3]!) * q + c[4]!) * q + c[5]!) / ((((d[0]! * q + d[1]!) * q + d[2]!) * q + d[3]!) * q + 1);
  }
  if (p > 1 - lo) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return ((((((a[0]! * r + a[1]!) * r + a[2]!) * r + a[3]!) * r + a[4]!) * r + a[5]!) * q) / (((((b[0]! * r + b[1]!) * r + b[2]!) * r + b[3]!) * r + b[4]!) * r + 1);
}

/** z for a two-sided confidence level (0.95 → 1.95996…). */
export function zFor(confidence: number): number {
  return normalQuantile(1 - (1 - confidence) / 2);
}

/** Wilson score interval of x successes in n trials (n > 0). */
export function wilson(x: number, n: number, z: number): { low: number; high: number } {
  const p = x / n;
  const z2 = z * z;
  const denom = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denom;
  const half = (z / denom) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  return { low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}

export interface DiffInterval {
  /** p₂ − p₁ */
  diff: number;
  low: number;
  high: number;
  confidence: number;
  method: 'newcombe-hybrid-score';
}

/** Newcombe's hybrid score interval for p₂ − p₁ (x₁ of n₁ before, x₂ of n₂ after). */
export function newcombeDiff(x1: number, n1: number, x2: number, n2: number, confidence = 0.95): DiffInterval {
  if (!(n1 > 0 && n2 > 0)) throw new RangeError('newcombeDiff: both counts must be positive');
  const z = zFor(confidence);
  const p1 = x1 / n1;
  const p2 = x2 / n2;
  const w1 = wilson(x1, n1, z);
  const w2 = wilson(x2, n2, z);
  const diff = p2 - p1;
  return {
    diff,
    low: diff - Math.sqrt((p2 - w2.low) ** 2 + (w1.high - p1) ** 2),
    high: diff + Math.sqrt((w2.high - p2) ** 2 + (p1 - w1.low) ** 2),
    confidence,
    method: 'newcombe-hybrid-score',
  };
}
