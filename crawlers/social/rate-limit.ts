// Platform rate-limit headers → "how many calls are left and when the window resets". The HTTP client
// already waits on 429 + Retry-After; these headers arrive on *successful* responses and let a
// connector pause before it hits the wall. When the reset is further away than we are willing to wait
// (options.maxRateLimitWaitMs), the connector stops paging for this run instead of blocking the
// scheduler; its cursor is not advanced, so the next run picks up where this one stopped.
import { sleep } from '../../src/core/clock.js';
import type { Logger } from '../../src/core/types.js';

export type RateLimitStyle = 'x' | 'reddit' | 'mastodon' | 'graph' | 'none';

export interface RateLimitInfo {
  remaining?: number;
  /** Epoch ms when the window resets. */
  resetAt?: number;
}

function num(v: string | undefined): number | undefined {
  if (v === undefined || v.trim() === '') return undefined;
  const n = Number(v);
  return Number.isFinite(n) ? n : undefined;
}

/** Largest percentage in a Graph API usage header (X-App-Usage, X-Page-Usage, X-Business-Use-Case-Usage). */
function graphUsage(headers: Record<string, string>, now: number): RateLimitInfo {
  let worst = 0;
  let regainMin: number | undefined;
  const visit = (o: unknown): void => {
    if (Array.isArray(o)) return o.forEach(visit);
    if (!o || typeof o !== 'object') return;
    for (const [k, v] of Object.entries(o)) {
      if (typeof v === 'number' && /call_count|total_cputime|total_time|acc_id_util_pct/.test(k)) worst = Math.max(worst, v);
      else if (typeof v === 'number' && k === 'estimated_time_to_regain_access') regainMin = Math.max(regainMin ?? 0, v);
      else visit(v);
    }
  };
  for (const h of ['x-app-usage', 'x-page-usage', 'x-business-use-case-usage', 'x-ad-account-usage']) {
    const raw = headers[h];
    if (!raw) continue;
    try {
      visit(JSON.parse(raw));
    } catch {
      /* a garbled usage header is not worth failing a crawl for */
    }
  }
  if (worst < 100) return worst > 0 ? { remaining: 1 } : {};
  // Meta gives minutes until access returns; without it, a usage window is an hour, so assume a minute and re-check.
  return { remaining: 0, resetAt: now + (regainMin && regainMin > 0 ? regainMin * 60_000 : 60_000) };
}

export function readRateLimit(style: RateLimitStyle, headers: Record<string, string>, now = Date.now()): RateLimitInfo {
  switch (style) {
    case 'x': {
      // X API v2: x-rate-limit-reset is epoch seconds.
      const reset = num(headers['x-rate-limit-reset']);
      return { remaining: num(headers['x-rate-limit-remaining']), resetAt: reset !== undefined ? reset * 1000 : undefined };
    }
    case 'reddit': {
      // Reddit: remaining is a float ("598.0"); reset is seconds until the window ends.
      const reset = num(headers['x-ratelimit-reset']);
      return { remaining: num(headers['x-ratelimit-remaining']), resetAt: reset !== undefined ? now + reset * 1000 : undefined };
    }
    case 'mastodon': {
      // Mastodon: X-RateLimit-Reset is an ISO 8601 timestamp.
      const raw = headers['x-ratelimit-reset'];
      const t = raw ? Date.parse(raw) : NaN;
      return { remaining: num(headers['x-ratelimit-remaining']), resetAt: Number.isNaN(t) ? undefined : t };
    }
    case 'graph':
      return graphUsage(headers, now);
    default:
      return {};
  }
}

export interface RateGate {
  /**
   * Call after every response: waits until the window resets when nothing is left. Returns false when
   * the wait would exceed the cap — the caller stops paging for this run.
   */
  after(headers: Record<string, string>): Promise<boolean>;
}

export function createRateGate(opts: {
  style: RateLimitStyle;
  maxWaitMs: number;
  log: Logger;
  signal: AbortSignal;
  now?: () => number;
}): RateGate {
  const now = opts.now ?? Date.now;
  return {
    async after(headers) {
      const info = readRateLimit(opts.style, headers, now());
      if (info.remaining === undefined || info.remaining >= 1) return true;
      // Remaining 0 with no reset time: we cannot know how long to wait, so stop rather than hammer.
      if (info.resetAt === undefined) {
        opts.log.warn({ style: opts.style }, 'rate limit exhausted and no reset time given; stopping this run early');
        return false;
      }
      const wait = Math.max(0, info.resetAt - now()) + 100; // a little past the reset, clocks differ
      if (wait > opts.maxWaitMs) {
        opts.log.warn(
          { resetAt: new Date(info.resetAt).toISOString(), waitMs: wait, maxWaitMs: opts.maxWaitMs },
          'rate limit exhausted; reset is later than options.maxRateLimitWaitMs, stopping this run early',
        );
        return false;
      }
      opts.log.info({ waitMs: wait }, 'rate limit exhausted; waiting for the window to reset');
      await sleep(wait, opts.signal);
      return true;
    },
  };
}
