// Politeness scheduling: one p-queue per host (perHostConcurrency, and a minimum gap between request
// starts via intervalCap 1 + interval in strict/sliding-window mode), nested around one global queue
// (crawl.concurrency). Host outside, global inside, so a slow host never holds a global slot while it
// waits for its own turn. p-queue can't change `interval` at runtime, so a larger robots.txt
// Crawl-delay replaces the host's queue (new requests go to the new one; the old one drains).
import PQueue from 'p-queue';
import { RateLimitedError } from '../../src/core/errors.js';
import { sleep } from '../../src/core/clock.js';

export interface HostQueuesOptions {
  concurrency: number;
  perHostConcurrency: number;
  perHostIntervalMs: number;
  /** A host paused for longer than this fails fast instead of waiting (see pause()). */
  maxWaitMs: number;
}

interface HostState {
  queue: PQueue;
  intervalMs: number;
  /** Date.now() before which no request may start (server said Retry-After). */
  pausedUntil: number;
}

/**
 * Above this many hosts, idle ones are forgotten when a new host appears. A long `pantau run` meets
 * thousands of publisher hosts through Google News and sitemaps; each keeps a queue otherwise.
 */
export const HOST_STATES_KEPT = 512;

export class HostQueues {
  private readonly global: PQueue;
  private readonly hosts = new Map<string, HostState>();

  constructor(private readonly opts: HostQueuesOptions) {
    this.global = new PQueue({ concurrency: opts.concurrency });
  }

  private makeQueue(intervalMs: number, concurrency: number): PQueue {
    return intervalMs > 0
      ? new PQueue({ concurrency, intervalCap: 1, interval: intervalMs, strict: true })
      : new PQueue({ concurrency });
  }

  private state(host: string): HostState {
    let s = this.hosts.get(host);
    if (!s) {
      if (this.hosts.size >= HOST_STATES_KEPT) this.forgetIdle();
      s = { queue: this.makeQueue(this.opts.perHostIntervalMs, this.opts.perHostConcurrency), intervalMs: this.opts.perHostIntervalMs, pausedUntil: 0 };
      this.hosts.set(host, s);
    }
    return s;
  }

  /**
   * Drop hosts with nothing queued or running, no pause in force and the default interval: they hold
   * no state a new queue would not have. Hosts with a robots.txt Crawl-delay are kept (the delay is
   * applied once per host by the client).
   */
  private forgetIdle(): void {
    const now = Date.now();
    for (const [host, s] of this.hosts) {
      if (s.queue.size === 0 && s.queue.pending === 0 && s.pausedUntil <= now && s.intervalMs === this.opts.perHostIntervalMs) {
        this.hosts.delete(host);
      }
    }
  }

  /** Hosts with a queue right now (for tests and diagnostics). */
  get hostCount(): number {
    return this.hosts.size;
  }

  /** The minimum gap (ms) between request starts currently used for a host. */
  intervalFor(host: string): number {
    return this.hosts.get(host)?.intervalMs ?? this.opts.perHostIntervalMs;
  }

  /**
   * Raise a host's minimum interval (robots.txt Crawl-delay). Never lowers it below perHostIntervalMs.
   * A Crawl-delay also means one request at a time.
   */
  setMinInterval(host: string, ms: number): void {
    const s = this.state(host);
    const next = Math.max(this.opts.perHostIntervalMs, Math.round(ms));
    if (next <= s.intervalMs) return;
    s.intervalMs = next;
    s.queue = this.makeQueue(next, 1);
  }

  /** Hold every request to a host for ms (429/503 Retry-After), so siblings don't hammer it either. */
  pause(host: string, ms: number): void {
    const s = this.state(host);
    s.pausedUntil = Math.max(s.pausedUntil, Date.now() + ms);
  }

  /** Run fn when the host and the global queue both allow it. */
  run<T>(host: string, fn: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    const s = this.state(host);
    return s.queue.add(
      async () => {
        const wait = s.pausedUntil - Date.now();
        if (wait > this.opts.maxWaitMs) {
          throw new RateLimitedError(`${host} asked us to wait ${Math.ceil(wait / 1000)} s (more than the ${this.opts.maxWaitMs / 1000} s we wait)`, wait);
        }
        if (wait > 0) await sleep(wait, signal);
        return this.global.add(fn, { signal });
      },
      { signal },
    );
  }

  clear(): void {
    this.global.clear();
    for (const s of this.hosts.values()) s.queue.clear();
    this.hosts.clear();
  }
}
