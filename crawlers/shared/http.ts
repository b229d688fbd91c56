// The polite HTTP client every crawler shares. One place decides: who may be fetched (SSRF guard,
// robots.txt), how often (per-host queues, Crawl-delay, Retry-After), how much (timeout, byte cap,
// redirect cap) and what a failure means (Permanent / Transient / RateLimited, see errors.ts).
// Redirects are followed by hand (redirect: 'manual') so every hop passes the SSRF and robots checks
// before any connection is made to it; trust is by origin and ends at the first hop that leaves it.
import { setMaxListeners } from 'node:events';
import { fetch } from 'undici';
import { exchangeSignal } from './abort.js';
import { PermanentError, RateLimitedError, TransientError } from '../../src/core/errors.js';
import type { PantauConfig } from '../../src/core/config.js';
import type { Logger } from '../../src/core/types.js';
import { readBodyCapped } from './body.js';
import { decodeBody, type CharsetDecision } from './charset.js';
import { HostQueues } from './host-queues.js';
import { withRetry, parseRetryAfter } from './retry.js';
import { RobotsCache } from './robots.js';
import { createSsrfGuard, originKey, type LookupFn } from './ssrf.js';
import { createPinnedAgent } from './pinned-agent.js';

export type HttpClientOptions = PantauConfig['crawl'] & {
  log: Logger;
  /**
   * Origins of configured sources ("http://host:port"): the SSRF guard trusts a URL on one of them
   * when the caller vouches for it (FetchOptions.trusted) and every redirect so far stayed there.
   */
  trustedOrigins?: string[];
  /** Older name: a bare host here trusts every origin on that host (tests). */
  trustedHosts?: string[];
  /** First backoff step for transient retries. Default 1000 ms. */
  retryBaseMs?: number;
  /** Longest Retry-After we wait for before giving up. Default 60 s. */
  maxRetryAfterMs?: number;
  /** Wait used for a 429 without Retry-After. Default 10 s. */
  defaultRateLimitMs?: number;
  /** Largest Crawl-delay we honour as is; larger values are capped (and logged). Default 60 s. */
  maxCrawlDelayMs?: number;
  robotsTtlMs?: number;
  robotsErrorTtlMs?: number;
  /** For tests: replaces dns.lookup in the SSRF guard. */
  lookup?: LookupFn;
};

export interface FetchOptions {
  /** Validators from the last fetch (conditional GET). */
  etag?: string;
  lastModified?: string;
  accept?: string;
  signal?: AbortSignal;
  /**
   * The caller vouches for this URL (its source's own URL, or a link on the same origin as its
   * source). Counts only for a configured origin, and only while redirects stay on the first URL's
   * origin: a hop to any other origin, and every hop after it, is checked.
   */
  trusted?: boolean;
  /** Check robots.txt (default: crawl.respectRobots). */
  robots?: boolean;
  /** Override crawl.retries for this call. */
  retries?: number;
  /**
   * Extra request headers (an API's Authorization). Sent to the first URL's origin only: a redirect to
   * another origin (host, port or scheme) never carries them, so a token cannot leak to wherever a redirect points.
   */
  headers?: Record<string, string>;
  /** POST with this body (form-encoded unless headers say otherwise); default GET. A redirect turns it into a GET without body. */
  post?: string;
}

export interface FetchResult {
  status: number;
  /** Final URL after redirects. */
  url: string;
  /** Lower-cased header names. */
  headers: Record<string, string>;
  body: Buffer;
  /** Body decoded with the detected charset (computed on first access). */
  readonly text: string;
  /** Charset decision behind `text`. */
  readonly charset: CharsetDecision;
  /** Media type without parameters, lower case ('' when absent). */
  contentType: string;
  /** 304: the caller's cached copy is current; body is empty. */
  notModified: boolean;
  /** URLs redirected through, in order (excluding the final one). */
  redirects: string[];
}

export interface HttpClient {
  fetch(url: string, opts?: FetchOptions): Promise<FetchResult>;
  /** Minimum gap between request starts on a host ("host:port"), after Crawl-delay. */
  hostIntervalMs(host: string): number;
  readonly robots: RobotsCache;
  close(): Promise<void>;
}

const REDIRECTS = new Set([301, 302, 303, 307, 308]);

function headersToRecord(h: Headers): Record<string, string> {
  const out: Record<string, string> = {};
  h.forEach((v, k) => (out[k] = v));
  return out;
}

function makeResult(status: number, url: string, headers: Record<string, string>, body: Buffer, redirects: string[]): FetchResult {
  let decoded: { text: string; decision: CharsetDecision } | undefined;
  const ct = headers['content-type'] ?? '';
  const decode = () => (decoded ??= decodeBody(body, ct));
  return {
    status,
    url,
    headers,
    body,
    get text() {
      return decode().text;
    },
    get charset() {
      return decode().decision;
    },
    contentType: ct.split(';')[0]!.trim().toLowerCase(),
    notModified: status === 304,
    redirects,
  };
}

export function createHttpClient(opts: HttpClientOptions): HttpClient {
  const log = opts.log.child({ mod: 'http' });
  const closer = new AbortController();
  // Every in-flight request listens on this one signal (AbortSignal.any); hundreds are normal.
  setMaxListeners(0, closer.signal);
  const maxRetryAfterMs = opts.maxRetryAfterMs ?? 60_000;
  const maxCrawlDelayMs = opts.maxCrawlDelayMs ?? 60_000;
  const queues = new HostQueues({
    concurrency: opts.concurrency,
    perHostConcurrency: opts.perHostConcurrency,
    perHostIntervalMs: opts.perHostIntervalMs,
    maxWaitMs: maxRetryAfterMs,
  });
  const guard = createSsrfGuard({
    trustedOrigins: [...(opts.trustedOrigins ?? []), ...(opts.trustedHosts ?? [])],
    allowPrivateHosts: opts.allowPrivateHosts,
    log,
    lookup: opts.lookup,
  });
  // Connections go to the addresses the guard checked (no second DNS answer: pinned-agent.ts).
  const agent = createPinnedAgent();

  interface Internal extends FetchOptions {
    /** Return any final status instead of classifying it (robots.txt wants 404 vs 503). */
    rawStatus?: boolean;
  }

  const robots = new RobotsCache({
    userAgent: opts.userAgent,
    log,
    ttlMs: opts.robotsTtlMs,
    errorTtlMs: opts.robotsErrorTtlMs,
    // One attempt, not the caller's signal: the answer is cached and shared by every caller.
    // trusted: robots.txt is only asked for the origin of a URL that just passed the SSRF guard (the
    // guard honours it for configured origins only); a redirect of robots.txt elsewhere is checked.
    fetch: async (robotsUrl) => {
      const res = await fetchOnce(robotsUrl, { robots: false, trusted: true, rawStatus: true, accept: 'text/plain,*/*;q=0.5' });
      return { status: res.status, text: res.status < 300 ? res.text : '' };
    },
  });

  /** One HTTP exchange (one hop), inside the host + global queues. */
  async function exchange(
    url: URL,
    headers: Record<string, string>,
    signal: AbortSignal | undefined,
    rawStatus: boolean,
    post?: string,
  ): Promise<{ redirect: string } | { status: number; headers: Record<string, string>; body: Buffer }> {
    const href = url.toString();
    const ex = exchangeSignal(opts.timeoutMs, [closer.signal, signal]);
    const combined = ex.signal;
    try {
      const dispatcher = agent.dispatcher;
      const res = await fetch(
        href,
        post === undefined
          ? { headers, redirect: 'manual', signal: combined, dispatcher }
          : { method: 'POST', body: post, headers, redirect: 'manual', signal: combined, dispatcher },
      );
      const h = headersToRecord(res.headers);
      if (REDIRECTS.has(res.status) && h.location) {
        await res.body?.cancel().catch(() => {});
        return { redirect: h.location };
      }
      if (res.status === 304) {
        await res.body?.cancel().catch(() => {});
        return { status: 304, headers: h, body: Buffer.alloc(0) };
      }
      if (!rawStatus && (res.status < 200 || res.status >= 300)) {
        await res.body?.cancel().catch(() => {});
        throw classifyStatus(href, url.host, res.status, res.statusText, h);
      }
      const body = await readBodyCapped(res, href, opts.maxBytes);
      return { status: res.status, headers: h, body };
    } catch (e) {
      if (e instanceof PermanentError || e instanceof TransientError || e instanceof RateLimitedError) throw e;
      if (signal?.aborted) throw signal.reason;
      if (closer.signal.aborted) throw new PermanentError(`http client closed while fetching ${href}`, 'closed');
      if (ex.timedOut) throw new TransientError(`${href}: no complete response within ${opts.timeoutMs} ms (crawl.timeoutMs)`, 'timeout', { cause: e });
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new TransientError(`${href}: network error: ${cause?.code ?? cause?.message ?? (e as Error).message}`, 'network', { cause: e });
    } finally {
      ex.dispose();
    }
  }

  function classifyStatus(href: string, host: string, status: number, statusText: string, h: Record<string, string>): Error {
    const what = `${href}: HTTP ${status}${statusText ? ' ' + statusText : ''}`;
    const retryAfter = parseRetryAfter(h['retry-after']);
    if (status === 429 || (status === 503 && retryAfter !== undefined)) {
      const wait = retryAfter ?? opts.defaultRateLimitMs ?? 10_000;
      queues.pause(host, wait); // siblings on this host wait too
      return new RateLimitedError(`${what} (retry after ${Math.ceil(wait / 1000)} s)`, wait);
    }
    if (status >= 500 || status === 408) return new TransientError(what, `http_${status}`);
    return new PermanentError(what, `http_${status}`);
  }

  /** Follow redirects by hand; each hop passes the SSRF guard and robots.txt before connecting. */
  async function fetchOnce(url: string, o: Internal): Promise<FetchResult> {
    let current: URL;
    try {
      current = new URL(url);
    } catch {
      throw new PermanentError(`not a valid URL: ${url}`, 'bad_url');
    }
    const firstOrigin = current.origin;
    const firstOriginKey = originKey(current);
    // The caller's word covers its own origin; once a redirect leaves it, no later hop is vouched for.
    let vouched = o.trusted ?? false;
    const redirects: string[] = [];
    const useRobots = o.robots ?? opts.respectRobots;
    const headers: Record<string, string> = {
      'user-agent': opts.userAgent,
      accept: o.accept ?? 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
      'accept-language': 'id,en;q=0.8',
    };
    if (o.etag) headers['if-none-match'] = o.etag;
    if (o.lastModified) headers['if-modified-since'] = o.lastModified;

    for (;;) {
      if (current.protocol !== 'http:' && current.protocol !== 'https:') {
        throw new PermanentError(`refusing non-http(s) URL ${current.toString()}`, 'bad_url');
      }
      if (vouched && originKey(current) !== firstOriginKey) vouched = false;
      agent.pin(current.hostname, await guard.assertAllowed(current, vouched));
      if (useRobots) {
        const verdict = await robots.check(current);
        if (verdict.crawlDelayMs !== undefined) applyCrawlDelay(current.host, verdict.crawlDelayMs);
        if (!verdict.allowed && verdict.unavailable) {
          throw new TransientError(verdict.reason ?? `robots.txt of ${current.origin} unavailable`, 'robots_unavailable');
        }
        if (!verdict.allowed) {
          log.info({ url: current.toString(), reason: verdict.reason }, 'robots.txt disallows url');
          throw new PermanentError(verdict.reason ?? `robots.txt disallows ${current.toString()}`, 'robots');
        }
      }
      let hopHeaders = o.headers && current.origin === firstOrigin ? { ...headers, ...lowerKeys(o.headers) } : headers;
      // Only the first hop posts; after a redirect the request is a GET (as browsers do after 301-303).
      const post = redirects.length === 0 ? o.post : undefined;
      if (post !== undefined && !hopHeaders['content-type']) hopHeaders = { ...hopHeaders, 'content-type': 'application/x-www-form-urlencoded;charset=UTF-8' };
      const out = await queues.run(current.host, () => exchange(current, hopHeaders, o.signal, o.rawStatus ?? false, post), o.signal);
      if ('redirect' in out) {
        if (redirects.length >= opts.maxRedirects) {
          throw new PermanentError(`${url}: more than ${opts.maxRedirects} redirects (crawl.maxRedirects)`, 'too_many_redirects');
        }
        redirects.push(current.toString());
        try {
          current = new URL(out.redirect, current);
        } catch {
          throw new PermanentError(`${current.toString()}: invalid redirect Location "${out.redirect}"`, 'bad_redirect');
        }
        continue;
      }
      return makeResult(out.status, current.toString(), out.headers, out.body, redirects);
    }
  }

  const delaysApplied = new Map<string, number>();
  function applyCrawlDelay(host: string, ms: number): void {
    if (delaysApplied.get(host) === ms) return;
    delaysApplied.set(host, ms);
    const used = Math.min(ms, maxCrawlDelayMs);
    if (used < ms) log.warn({ host, crawlDelayMs: ms, usedMs: used }, 'robots.txt Crawl-delay capped');
    queues.setMinInterval(host, used);
  }

  return {
    robots,
    hostIntervalMs: (host) => queues.intervalFor(host),
    fetch(url, o = {}) {
      return withRetry(() => fetchOnce(url, o), {
        retries: o.retries ?? opts.retries,
        baseMs: opts.retryBaseMs ?? 1000,
        maxRetryAfterMs,
        // Only the backoff sleeps listen here; without a caller signal the client's own will do.
        signal: o.signal ? AbortSignal.any([o.signal, closer.signal]) : closer.signal,
        log,
        what: url,
        // The robots.txt failure is cached for robotsErrorTtlMs; retrying within the backoff can't help.
        retryable: (e) => !(e instanceof TransientError && e.code === 'robots_unavailable'),
      });
    },
    async close() {
      closer.abort(new PermanentError('http client closed', 'closed'));
      queues.clear();
      robots.clear();
      await agent.close().catch(() => {});
    },
  };
}

function lowerKeys(h: Record<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(h)) out[k.toLowerCase()] = v;
  return out;
}
