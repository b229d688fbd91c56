// A delivery channel: sends one worded message, or throws an error whose class decides the retry
// (TransientError: later with backoff; RateLimitedError: after its wait; PermanentError: give up;
// ConfigError: keep the message and try again once the operator fixed the setup).
import type { AlertMessage } from '../../core/alerts.js';

export interface SendContext {
  /** The outbox entry's id: the same message always carries the same key. */
  idempotencyKey: string;
  /** Epoch ms now (the injectable clock). */
  nowMs: number;
  signal?: AbortSignal;
}

export interface Channel {
  readonly id: string;
  readonly kind: 'webhook' | 'slack' | 'telegram' | 'email';
  readonly lang?: 'id' | 'en';
  send(message: AlertMessage, ctx: SendContext): Promise<void>;
  close?(): Promise<void>;
}
