// Tail probabilities for counts. A count in a window is tested against a Poisson rate whose value is
// itself uncertain — learned from a few baseline windows — which makes the predictive distribution a
// negative binomial (Poisson–gamma). With little history the gamma is wide and the test is cautious
// by itself; with many days it tends to the plain Poisson test.

/**
 * P(X ≥ x) for X ~ NegBin(shape α, p = β/(β+1)): the predictive count of one window when the rate
 * has a Gamma(α, β) posterior (α = prior + observed count, β = prior + observed windows).
 */
export function negBinUpperTail(x: number, alpha: number, beta: number): number {
  if (x <= 0) return 1;
  if (!(alpha > 0) || !(beta > 0)) throw new Error(`negBinUpperTail: expected positive shape and rate, got ${alpha}, ${beta}`);
  const p = beta / (beta + 1);
  const q = 1 - p;
  // pmf(0) = p^α, pmf(k+1) = pmf(k)·(k+α)/(k+1)·q, summed in log-safe steps.
  let pmf = Math.exp(alpha * Math.log(p));
  let below = 0;
  for (let k = 0; k < x; k++) {
    below += pmf;
    pmf *= ((k + alpha) / (k + 1)) * q;
  }
  // Sum the tail directly when it is tiny (1 − below loses the digits that matter there).
  if (below > 0.999) {
    let tail = 0;
    let term = pmf;
    for (let k = x; k < x + 10_000 && term > tail * 1e-12; k++) {
      tail += term;
      term *= ((k + alpha) / (k + 1)) * q;
    }
    return Math.min(1, tail);
  }
  return Math.max(0, 1 - below);
}

/** P(X ≥ x) for X ~ Binomial(n, p). */
export function binomialUpperTail(x: number, n: number, p: number): number {
  if (x <= 0) return 1;
  if (x > n) return 0;
  if (p <= 0) return 0;
  if (p >= 1) return 1;
  // log pmf(k) via lgamma-free recurrence from k = x upwards.
  let logPmf = logChoose(n, x) + x * Math.log(p) + (n - x) * Math.log(1 - p);
  let tail = 0;
  for (let k = x; k <= n; k++) {
    tail += Math.exp(logPmf);
    logPmf += Math.log((n - k) / (k + 1)) + Math.log(p / (1 - p));
  }
  return Math.min(1, tail);
}

function logChoose(n: number, k: number): number {
  let s = 0;
  for (let i = 1; i <= k; i++) s += Math.log((n - k + i) / i);
  return s;
}

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}
