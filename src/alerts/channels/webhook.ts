// Webhook: the alert as JSON, POSTed with an HMAC-SHA256 signature over "<timestamp>.<body>" (the
// timestamp in seconds is sent beside it, so a receiver can refuse old or replayed requests) and the
// idempotency key, so a receiver can drop a message it already has.
//   X-Pantau-Timestamp: 1764460800
//   X-Pantau-Signature: sha256=<hex>
//   X-Pantau-Idempotency-Key: <outbox id>
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { AlertMessage } from '../../core/alerts.js';
import { ConfigError } from '../../core/errors.js';
import { plainText } from '../message.js';
import { postJson } from './http.js';
import type { Channel, SendContext } from './types.js';

export function sign(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(`${timestamp}.${body}`).digest('hex')}`;
}

/** For receivers (and tests): a valid signature made within `toleranceMs` of `nowMs`. */
export function verifySignature(secret: string, timestamp: string | undefined, body: string, signature: string | undefined, nowMs: number, toleranceMs = 5 * 60_000): boolean {
  if (!timestamp || !signature || !/^\d+$/.test(timestamp)) return false;
  if (Math.abs(nowMs - Number(timestamp) * 1000) > toleranceMs) return false;
  const want = Buffer.from(sign(secret, timestamp, body));
  const got = Buffer.from(signature);
  return want.length === got.length && timingSafeEqual(want, got);
}

export function webhookBody(m: AlertMessage, idempotencyKey: string): string {
  return JSON.stringify({
    id: idempotencyKey,
    event: m.event,
    title: m.title,
    text: plainText(m),
    lines: m.lines,
    samples: m.samples,
    facts: m.facts,
    link: m.link ?? null,
    items: m.items ?? [],
    alert: m.alert ?? null,
    alerts: m.alerts ?? [],
  });
}

export function webhookChannel(opts: { id: string; url: string; secretEnv: string; lang?: 'id' | 'en'; timeoutMs: number; env?: NodeJS.ProcessEnv }): Channel {
  const env = opts.env ?? process.env;
  return {
    id: opts.id,
    kind: 'webhook',
    lang: opts.lang,
    async send(m: AlertMessage, ctx: SendContext) {
      const secret = env[opts.secretEnv];
      if (!secret) throw new ConfigError(`channel ${opts.id}: missing secret: set the environment variable ${opts.secretEnv}`);
      const body = webhookBody(m, ctx.idempotencyKey);
      const ts = String(Math.floor(ctx.nowMs / 1000));
      await postJson(`channel ${opts.id} (webhook)`, opts.url, body, {
        'x-pantau-timestamp': ts,
        'x-pantau-signature': sign(secret, ts, body),
        'x-pantau-idempotency-key': ctx.idempotencyKey,
        'x-pantau-event': m.event,
      }, opts.timeoutMs, ctx.signal);
    },
  };
}
