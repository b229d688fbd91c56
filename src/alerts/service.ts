// Alerts inside a running pipeline: after every stored batch the evaluator runs (coalesced — a
// batch stored while one runs makes one more run, not one per batch) and then the outbox is
// delivered, off the crawl's path so a slow receiver never slows crawling; `tick()` does the same
// on a timer (a spike ends, quiet hours end, a retry falls due, with nothing new stored). Nothing
// here ever throws into the pipeline: a failed evaluation is logged and done again next time, since
// the counters only move on a successful commit.
import type { Clock } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import type { Logger } from '../core/types.js';
import type { AlertEvaluator, EvaluationReport } from './evaluate.js';
import type { DeliveryReport, OutboxDeliverer } from './outbox.js';

export interface DeliveryLock {
  /** Take the store-wide delivery lease (one deliverer across processes); undefined when another holds it. */
  take(nowMs: number): Promise<{ release(): Promise<void> } | undefined>;
}

export interface AlertsServiceOptions {
  evaluator: AlertEvaluator;
  deliverer: OutboxDeliverer;
  lock?: DeliveryLock;
  clock: Clock;
  log: Logger;
  /** Called after each evaluation and delivery (the CLI prints them; tests watch them). */
  onReport?: (r: { evaluation?: EvaluationReport; delivery?: DeliveryReport }) => void;
}

/** Messages sent under one delivery lease (the lease covers this many sends at their timeout). */
export const DELIVERY_BATCH = 10;

export class AlertsService {
  private running: Promise<void> | undefined;
  private wanted = false;

  constructor(private readonly o: AlertsServiceOptions) {}

  /** The pipeline's hook: returns at once; the evaluation runs beside the crawl. */
  readonly onIndexed = (): void => {
    this.kick();
  };

  /** Evaluate and deliver now (and again if asked meanwhile); resolves when all asked is done. */
  kick(): Promise<void> {
    this.wanted = true;
    this.running ??= this.loop().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  /** The timer's turn: the same as a kick. */
  tick(): Promise<void> {
    return this.kick();
  }

  /** Nothing running and nothing asked. */
  get idle(): boolean {
    return !this.running && !this.wanted;
  }

  /** Wait for what was asked so far (before closing the store). */
  async drain(): Promise<void> {
    while (this.running) await this.running;
  }

  private async loop(): Promise<void> {
    while (this.wanted) {
      this.wanted = false;
      let evaluation: EvaluationReport | undefined;
      let delivery: DeliveryReport | undefined;
      try {
        evaluation = await this.o.evaluator.evaluate();
        this.totals.events += evaluation.events.length;
      } catch (err) {
        this.o.log.error({ err: errorMessage(err) }, 'alert evaluation failed; it runs again on the next batch');
      }
      try {
        delivery = await this.deliver();
      } catch (err) {
        this.o.log.error({ err: errorMessage(err) }, 'alert delivery failed; pending messages stay queued');
      }
      this.o.onReport?.({ evaluation, delivery });
    }
  }

  /** Deliver what is due, under the delivery lease when there is one, a few messages per lease. */
  async deliver(): Promise<DeliveryReport | undefined> {
    const total: DeliveryReport = { sent: 0, retrying: 0, failed: 0, delivered: [], errors: [] };
    for (;;) {
      const lease = this.o.lock ? await this.o.lock.take(this.o.clock.now()) : { release: async () => {} };
      if (!lease) return total.sent || total.errors.length ? total : undefined;
      let r: DeliveryReport;
      try {
        r = await this.o.deliverer.deliverDue(DELIVERY_BATCH);
      } finally {
        await lease.release();
      }
      total.sent += r.sent;
      total.retrying += r.retrying;
      total.failed += r.failed;
      total.delivered.push(...r.delivered);
      total.errors.push(...r.errors);
      this.totals.sent += r.sent;
      this.totals.failed += r.failed;
      this.totals.retrying = r.retrying;
      if (r.sent + r.retrying + r.failed < DELIVERY_BATCH) return total;
    }
  }

  /** What this process's alerts did so far (the run summary's line). */
  readonly totals = { events: 0, sent: 0, failed: 0, retrying: 0 };
}
