// Retrying by error class (src/core/errors.ts): TransientError → exponential backoff with jitter, at
// most `retries` times; RateLimitedError → wait what the server asked (Retry-After) without spending a
// retry, unless that is longer than we are willing to wait; PermanentError and aborts → give up now.
import { PermanentError, RateLimitedError, isRetryable } from '../../src/core/errors.js';
import { sleep } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/types.js';

/** Backoff before retry number `attempt` (0-based): base·2^attempt, scaled by a random 50–100%. */
export function backoffMs(attempt: number, baseMs: number, maxMs = 30_000, random: () => number = Math.random): number {
  const exp = Math.min(maxMs, baseMs * 2 ** attempt);
  return Math.round(exp * (0.5 + random() * 0.5));
}

/** Retry-After header (delta-seconds or HTTP date) → milliseconds from now; undefined if absent/invalid. */
export function parseRetryAfter(value: string | null | undefined, now = Date.now()): number | undefined {
  if (!value) return undefined;
  const v = value.trim();
  if (/^\d+$/.test(v)) return Number(v) * 1000;
  const t = Date.parse(v);
  if (Number.isNaN(t)) return undefined;
  return Math.max(0, t - now);
}

export interface RetryOptions {
  /** Retries after the first attempt for transient errors. */
  retries: number;
  baseMs: number;
  /** Longest Retry-After we wait for; longer → give up with the RateLimitedError. */
  maxRetryAfterMs: number;
  /** How many rate-limit waits per call before giving up. */
  maxRateLimitWaits?: number;
  signal?: AbortSignal;
  log?: Logger;
  /** For logs. */
  what?: string;
  /** Extra veto: return false to give up on an otherwise retryable error. */
  retryable?: (err: unknown) => boolean;
}

function isAbort(err: unknown, signal?: AbortSignal): boolean {
  return (signal?.aborted ?? false) || (err instanceof Error && err.name === 'AbortError');
}

export async function withRetry<T>(fn: (attempt: number) => Promise<T>, opts: RetryOptions): Promise<T> {
  let transient = 0;
  let waits = 0;
  const maxWaits = opts.maxRateLimitWaits ?? 3;
  for (let attempt = 0; ; attempt++) {
    try {
      return await fn(attempt);
    } catch (err) {
      if (isAbort(err, opts.signal) || err instanceof PermanentError || !isRetryable(err)) throw err;
      if (opts.retryable && !opts.retryable(err)) throw err;
      let wait: number;
      if (err instanceof RateLimitedError) {
        if (err.retryAfterMs > opts.maxRetryAfterMs || waits >= maxWaits) throw err;
        waits++;
        wait = err.retryAfterMs;
      } else {
        if (transient >= opts.retries) throw err;
        wait = backoffMs(transient, opts.baseMs);
        transient++;
      }
      opts.log?.debug({ what: opts.what, attempt, waitMs: wait, err: (err as Error).message }, 'retrying');
      await sleep(wait, opts.signal);
    }
  }
}
