// The year a claim was published, for the dated hoax model (MODEL.md, "The date as a confounder").
// Accepts what Pantau and labelled files carry: ISO dates ("2020-08-17T…"), day-month-year with a
// numeric or named month ("17-Aug-20", "03-Okt-18", "17/08/2020"), and anything Date.parse reads
// (RSS dates). Two-digit years are 20xx. Implausible years give undefined, so the undated model runs.

/** First and last year with an era term of their own; other years take the nearest. */
export const ERA_FIRST = 2015;
export const ERA_LAST = 2020;
export const ERA_COUNT = ERA_LAST - ERA_FIRST + 1;
/**
 * The dated model's bias is set on claims from this year on (scored as of ERA_LAST): P = 0.5 is their
 * equal-error point, which is what items published now get (scripts/train-hoax.ts).
 */
export const DATED_CALIBRATED_FROM = 2019;

const ISO = /^(\d{4})-\d{1,2}(?:-|$)/;
const DAY_MONTH_YEAR = /^\d{1,2}[-/. ](?:\d{1,2}|\p{L}{3,9}\.?)[-/. ](\d{4}|\d{2})$/u;

export function yearOf(date: string | undefined): number | undefined {
  if (!date) return undefined;
  const s = date.trim();
  let y: number | undefined;
  let m = ISO.exec(s);
  if (m) y = Number(m[1]);
  else if ((m = DAY_MONTH_YEAR.exec(s))) y = m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]);
  else {
    const t = Date.parse(s);
    if (!Number.isNaN(t)) y = new Date(t).getUTCFullYear();
  }
  return y !== undefined && y >= 1990 && y <= 2100 ? y : undefined;
}

/**
 * First years of the periods with text weights of their own (besides the shared ones): ≤ 2017, 2018,
 * ≥ 2019. Within FakeNewsID the same words meant different labels by period (a 2018 "klarifikasi" is
 * mostly labelled not hoax, a 2020 one mostly hoax); per-period weights on top of shared ones
 * ("frustratingly easy" domain adaptation) let the shared weights keep what holds in every period.
 */
export const PERIOD_STARTS: readonly number[] = [ERA_FIRST, 2018, 2019];

/** Index of the period a year falls in (years before the first take the first). */
export function periodIndex(year: number, starts: readonly number[] = PERIOD_STARTS): number {
  let k = 0;
  while (k + 1 < starts.length && year >= starts[k + 1]) k++;
  return k;
}

/** Index of a year's era term: years before ERA_FIRST take the first, after ERA_LAST the last. */
export function eraIndex(year: number, first = ERA_FIRST, count = ERA_COUNT): number {
  return Math.min(count - 1, Math.max(0, Math.floor(year) - first));
}
