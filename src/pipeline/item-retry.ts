// Failed items (a dead article link, a page that is not HTML, a timeout after the HTTP client's own
// retries) are remembered per source and tried again on later runs, with backoff, a bounded number of
// times: 5 attempts in all, the retries 30 min, 2 h, 8 h and 32 h after the failure before them
// (≈ 42 h from the first failure to the last try), each at the source's first run after it is due.
// Then the item is given up and no longer fetched; a given-up item is forgotten after 30 days, so a
// link that is still listed then gets a fresh set of tries. Remembering the failure is what lets the
// listing's validators be saved (the next run gets its 304) without losing the item.
import type { ItemFailure, RetryHint } from '../core/types.js';

export const ITEM_RETRY = {
  maxAttempts: 5,
  firstDelayMs: 30 * 60_000,
  factor: 4,
  forgetAfterMs: 30 * 86_400_000,
} as const;

/** Wait before the next attempt after `attempts` failures. */
export function retryDelayMs(attempts: number): number {
  return ITEM_RETRY.firstDelayMs * ITEM_RETRY.factor ** Math.max(0, attempts - 1);
}

/** The failure record after one more failed attempt. */
export function nextFailure(prev: ItemFailure | undefined, sourceId: string, key: string, retry: RetryHint, error: string, now: number): ItemFailure {
  const attempts = (prev?.attempts ?? 0) + 1;
  const at = new Date(now).toISOString();
  return {
    sourceId,
    url: key,
    retry,
    attempts,
    ...(attempts < ITEM_RETRY.maxAttempts ? { nextRetryAt: new Date(now + retryDelayMs(attempts)).toISOString() } : {}),
    lastError: error.slice(0, 1000),
    firstFailedAt: prev?.firstFailedAt ?? at,
    lastFailedAt: at,
  };
}

export function isDue(f: ItemFailure, now: number): boolean {
  return f.nextRetryAt !== undefined && Date.parse(f.nextRetryAt) <= now;
}

/** Given up long enough ago to be forgotten. */
export function isStale(f: ItemFailure, now: number): boolean {
  return f.nextRetryAt === undefined && Date.parse(f.lastFailedAt) + ITEM_RETRY.forgetAfterMs <= now;
}

/** What the run summary says about the attempt just made. */
export function attemptNote(f: ItemFailure): string {
  return f.nextRetryAt === undefined
    ? `attempt ${f.attempts} of ${ITEM_RETRY.maxAttempts}, given up`
    : `attempt ${f.attempts} of ${ITEM_RETRY.maxAttempts}, next try in ${spell(retryDelayMs(f.attempts))}`;
}

function spell(ms: number): string {
  return ms < 3_600_000 ? `${Math.round(ms / 60_000)} min` : `${Math.round(ms / 3_600_000)} h`;
}
