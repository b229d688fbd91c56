// Delivery of queued messages. The outbox row is committed together with the alert that made it (see
// evaluate.ts), and marked "sent" only after the channel accepted the message, so a crash or kill
// between detection and delivery leaves the message pending and the next process sends it; a failed
// attempt is retried with exponential backoff (transient errors), after the channel's wait
// (rate limits), or given up with its reason (permanent errors, or maxAttempts reached) — every
// message ends sent or failed, counted. A setup problem (a missing secret) keeps the message waiting
// without spending its attempts. One deliverer works at a time across processes (a store lease
// taken by the caller), so no message is sent twice by two processes. The idempotency key travels
// with every attempt, so the one remaining case — killed after the channel accepted but before the
// row was marked — can be recognised by the receiver.
import type { Clock } from '../core/clock.js';
import type { AlertStore, OutboxEntry, OutboxOutcome } from '../core/alerts.js';
import { ConfigError, errorMessage, PermanentError, RateLimitedError } from '../core/errors.js';
import type { Logger } from '../core/types.js';
import type { Channel } from './channels/index.js';

export interface DeliveryOptions {
  maxAttempts: number;
  backoffMs: number;
  maxBackoffMs: number;
}

export interface DeliveryReport {
  sent: number;
  retrying: number;
  failed: number;
  /** Entries delivered in this call, with their channel. */
  delivered: { id: string; channel: string; alertId: string; sentAt: string }[];
  errors: { id: string; channel: string; error: string; final: boolean }[];
}

/** Wait before attempt n+1 after n failed attempts: backoff × 2^(n−1), at most maxBackoff. */
export function backoffAfter(attempts: number, o: DeliveryOptions): number {
  return Math.min(o.maxBackoffMs, o.backoffMs * 2 ** Math.max(0, attempts - 1));
}

export class OutboxDeliverer {
  constructor(
    private readonly store: AlertStore,
    private readonly channels: ReadonlyMap<string, Channel>,
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly opts: DeliveryOptions,
  ) {}

  /** Send every message due now (one batch of at most `limit`). */
  async deliverDue(limit = 100, signal?: AbortSignal): Promise<DeliveryReport> {
    const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0, delivered: [], errors: [] };
    const due = await this.store.dueOutbox(this.clock.now(), limit);
    for (const e of due) {
      if (signal?.aborted) break;
      const outcome = await this.attempt(e, signal);
      await this.store.finishOutbox(e.id, outcome);
      if (outcome.state === 'sent') {
        report.sent++;
        report.delivered.push({ id: e.id, channel: e.channel, alertId: e.alertId, sentAt: outcome.sentAt! });
      } else {
        if (outcome.state === 'failed') report.failed++;
        else report.retrying++;
        report.errors.push({ id: e.id, channel: e.channel, error: outcome.lastError ?? '', final: outcome.state === 'failed' });
      }
    }
    return report;
  }

  private async attempt(e: OutboxEntry, signal?: AbortSignal): Promise<OutboxOutcome> {
    const channel = this.channels.get(e.channel);
    const now = this.clock.now();
    const at = (ms: number) => new Date(ms).toISOString();
    if (!channel) {
      // Removed from the config (or disabled): keep it, an operator may put the channel back.
      const lastError = `channel "${e.channel}" is not configured (or disabled)`;
      this.log.warn({ outbox: e.id, channel: e.channel }, lastError);
      return { state: 'pending', attempts: e.attempts, nextAttemptAt: at(now + this.opts.maxBackoffMs), lastError };
    }
    try {
      await channel.send(e.message, { idempotencyKey: e.id, nowMs: now, signal });
      const sentAt = at(this.clock.now());
      this.log.info({ outbox: e.id, channel: e.channel, alert: e.alertId, event: e.event }, 'alert delivered');
      return { state: 'sent', attempts: e.attempts + 1, sentAt };
    } catch (err) {
      const lastError = errorMessage(err);
      if (err instanceof ConfigError) {
        this.log.warn({ outbox: e.id, channel: e.channel, err: lastError }, 'alert not delivered: channel setup');
        return { state: 'pending', attempts: e.attempts, nextAttemptAt: at(now + this.opts.maxBackoffMs), lastError };
      }
      const attempts = e.attempts + 1;
      if (err instanceof PermanentError || attempts >= this.opts.maxAttempts) {
        this.log.error({ outbox: e.id, channel: e.channel, err: lastError, attempts }, 'alert delivery given up');
        return { state: 'failed', attempts, lastError };
      }
      const wait = err instanceof RateLimitedError ? Math.max(err.retryAfterMs, 1000) : backoffAfter(attempts, this.opts);
      this.log.warn({ outbox: e.id, channel: e.channel, err: lastError, attempts, retryInMs: wait }, 'alert delivery failed, will retry');
      return { state: 'pending', attempts, nextAttemptAt: at(now + wait), lastError };
    }
  }
}
