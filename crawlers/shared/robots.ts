// robots.txt, fetched once per origin and cached (robots-parser does the matching). Status rules follow
// Google's documented behaviour, simplified:
//   2xx → parse and obey;   4xx (except 429) → no robots.txt, everything allowed;
//   429, 5xx, network error → disallow everything for a short while (errorTtlMs), then ask again.
// Crawl-delay for our product token (or *) is reported so the HTTP layer can space requests.
import robotsParserModule from 'robots-parser';
import type { Logger } from '../../src/core/types.js';

interface Robot {
  isAllowed(url: string, ua?: string): boolean | undefined;
  getCrawlDelay(ua?: string): number | undefined;
}
// robots-parser is CommonJS (module.exports = fn) but its typings declare an ES default export, which
// NodeNext types as the module object; at runtime the default import is the function itself.
const robotsParser = robotsParserModule as unknown as (url: string, text: string) => Robot;

export interface RobotsVerdict {
  allowed: boolean;
  /** Crawl-delay in ms that applies to us, if any. */
  crawlDelayMs?: number;
  /** Why it was disallowed (for reports). */
  reason?: string;
  /**
   * Disallowed only because robots.txt could not be read (5xx, 429, network): the site is not
   * saying no, it is not answering, so callers treat this as a transient failure.
   */
  unavailable?: boolean;
}

export type RobotsFetcher = (robotsUrl: string) => Promise<{ status: number; text: string }>;

export interface RobotsCacheOptions {
  /** Full User-Agent; its product token ("PantauBot" of "PantauBot/0.1 (+…)") is matched. */
  userAgent: string;
  fetch: RobotsFetcher;
  log: Logger;
  /** How long a fetched robots.txt is trusted. Default 1 h. */
  ttlMs?: number;
  /** How long a failed fetch (5xx, network) disallows the origin. Default 10 min. */
  errorTtlMs?: number;
  now?: () => number;
}

interface Entry {
  expires: number;
  /** undefined robot = allow everything; 'error' = disallow everything. */
  robot: Robot | undefined | 'error';
  errorReason?: string;
  /** The robots.txt request got no HTTP answer at all (network error). */
  unreachable?: boolean;
}

/** "PantauBot/0.1 (+https://…)" → "PantauBot". */
export function productToken(userAgent: string): string {
  return userAgent.trim().split(/[/\s]/)[0] || userAgent;
}

/** Cache size at which expired entries are swept before a new origin is added. */
export const ROBOTS_SWEEP_AT = 1024;

export class RobotsCache {
  /** expires is Infinity while the fetch is in flight, so concurrent callers share it. */
  private readonly entries = new Map<string, { promise: Promise<Entry>; expires: number }>();
  private readonly token: string;
  private readonly ttlMs: number;
  private readonly errorTtlMs: number;
  private readonly now: () => number;

  constructor(private readonly opts: RobotsCacheOptions) {
    this.token = productToken(opts.userAgent);
    this.ttlMs = opts.ttlMs ?? 3_600_000;
    this.errorTtlMs = opts.errorTtlMs ?? 600_000;
    this.now = opts.now ?? Date.now;
  }

  async check(url: string | URL): Promise<RobotsVerdict> {
    const u = typeof url === 'string' ? new URL(url) : url;
    const entry = await this.entry(u.origin);
    if (entry.robot === undefined) return { allowed: true };
    if (entry.robot === 'error') {
      // A host that cannot be reached at all is the common case (DNS, refused, timeout): say so first.
      const reason = entry.unreachable
        ? `cannot reach ${u.origin} (${entry.errorReason}); not crawling it for now`
        : `robots.txt of ${u.origin} unavailable (${entry.errorReason}); not crawling it for now`;
      return { allowed: false, unavailable: true, reason };
    }
    const delay = entry.robot.getCrawlDelay(this.token);
    const crawlDelayMs = typeof delay === 'number' && delay > 0 ? delay * 1000 : undefined;
    // isAllowed is undefined only for a URL of another origin, which cannot happen here.
    const allowed = entry.robot.isAllowed(u.toString(), this.token) !== false;
    return allowed
      ? { allowed, crawlDelayMs }
      : { allowed, crawlDelayMs, reason: `robots.txt of ${u.origin} disallows ${u.pathname} for ${this.token}` };
  }

  private entry(origin: string): Promise<Entry> {
    const cached = this.entries.get(origin);
    if (cached && cached.expires > this.now()) return cached.promise;
    return this.load(origin);
  }

  /** Origins cached (for tests and diagnostics). */
  get size(): number {
    return this.entries.size;
  }

  private load(origin: string): Promise<Entry> {
    // Expired answers are replaced on their origin's next check; origins never seen again (one-off
    // publishers found through Google News) are dropped here, so a long run's cache stays bounded.
    if (this.entries.size >= ROBOTS_SWEEP_AT) {
      const now = this.now();
      for (const [o, e] of this.entries) if (e.expires <= now) this.entries.delete(o);
    }
    const robotsUrl = `${origin}/robots.txt`;
    const p = (async (): Promise<Entry> => {
      try {
        const res = await this.opts.fetch(robotsUrl);
        if (res.status >= 200 && res.status < 300) {
          return { expires: this.now() + this.ttlMs, robot: robotsParser(robotsUrl, res.text) };
        }
        if (res.status >= 400 && res.status < 500 && res.status !== 429) {
          return { expires: this.now() + this.ttlMs, robot: undefined };
        }
        this.opts.log.warn({ robotsUrl, status: res.status }, 'robots.txt unavailable; disallowing origin for now');
        return { expires: this.now() + this.errorTtlMs, robot: 'error', errorReason: `HTTP ${res.status}` };
      } catch (e) {
        this.opts.log.warn({ robotsUrl, err: (e as Error).message }, 'robots.txt fetch failed; disallowing origin for now');
        return { expires: this.now() + this.errorTtlMs, robot: 'error', errorReason: (e as Error).message, unreachable: true };
      }
    })();
    const slot = { promise: p, expires: Infinity };
    this.entries.set(origin, slot);
    void p.then((e) => (slot.expires = e.expires));
    return p;
  }

  clear(): void {
    this.entries.clear();
  }
}
