// Delivery against loopback receivers only: a webhook server verifying the HMAC, a server shaped like
// the Telegram Bot API, a Slack-shaped incoming webhook, and an SMTP server (smtp-server) receiving
// the e-mail. A receiver that fails twice then accepts gets the alert exactly once.
import { afterEach, describe, expect, it } from 'vitest';
import { createChannel } from '../../../src/alerts/channels/index.js';
import { buildMessage } from '../../../src/alerts/message.js';
import { MemoryAlertStore } from '../../../src/alerts/memory-store.js';
import { OutboxDeliverer } from '../../../src/alerts/outbox.js';
import type { AlertRecord, OutboxEntry } from '../../../src/core/alerts.js';
import { alertChannelSchema } from '../../../src/core/alerts-config.js';
import { ConfigError, PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { slackReceiver, smtpReceiver, telegramReceiver, webhookReceiver, type HttpReceiver, type SmtpReceiver } from '../../helpers/alert-receivers.js';

const NOW = Date.parse('2026-11-30T01:10:00Z');
const alert: AlertRecord = {
  id: 'a1b2c3d4e5f6',
  ruleId: 'lonjakan-negatif',
  kind: 'negative-spike',
  key: 'topic:banjir-lingkungan',
  related: ['region:15.71.01.1001'],
  label: 'Banjir & Lingkungan',
  status: 'open',
  startedAt: '2026-11-30T01:10:00.000Z',
  updatedAt: '2026-11-30T01:10:00.000Z',
  size: 12,
  notifiedSize: 12,
  numbers: { windowFrom: '2026-11-30T00:10:00.000Z', windowTo: '2026-11-30T01:10:00.000Z', total: 14, negative: 12, stories: 9, baseline: 0.4, baselineDays: 14, pValue: 1e-9 },
  samples: [
    { id: 'm1', url: 'https://jambiekspres.example/banjir-1', title: 'Banjir Rendam Ratusan Rumah di Tanjung Pinang', sourceId: 'jambi-ekspres', publishedAt: '2026-11-30T00:40:00.000Z' },
    { id: 'm2', url: 'https://x.example/rina/1', title: 'banjir lagi <di> tanjung pinang & jambi timur', sourceId: 'x', author: 'rina_jbi', publishedAt: '2026-11-30T00:55:00.000Z' },
    { id: 'm3', url: 'https://tribun.example/banjir-2', title: 'Warga Mengungsi ke Masjid', sourceId: 'tribun-jambi' },
  ],
  deferred: [],
  events: [{ event: 'alert', at: '2026-11-30T01:10:00.000Z', size: 12 }],
};
const message = buildMessage(alert, 'alert', {
  lang: 'id',
  timezone: 'Asia/Jakarta',
  linkTemplate: 'https://humas.example/peta/isu/{issue}',
  relatedLabels: ['Kel. Tanjung Pinang'],
  facts: [{ statement: 'Normalisasi drainase Jambi Timur selesai 80% (Dinas PUPR, Okt 2026)', url: 'https://pupr.example/drainase' }],
});

const open: { close(): Promise<void> }[] = [];
afterEach(async () => {
  for (const s of open.splice(0)) await s.close();
});
const track = <T extends { close(): Promise<void> }>(s: T): T => {
  open.push(s);
  return s;
};
const channel = (raw: Record<string, unknown>, env: Record<string, string>) => createChannel(alertChannelSchema.parse(raw), 5000, env);

describe('the Indonesian alert text', () => {
  it('says what happened, now vs usual, examples, facts and the link', () => {
    expect(message.title).toBe('Lonjakan berita negatif: Banjir & Lingkungan');
    expect(message.lines[0]).toBe('12 berita/unggahan negatif dalam 1 jam terakhir (07.10–08.10 WIB) dari 9 cerita berbeda; biasanya 0,4 pada jam yang sama (rata-rata 14 hari terakhir).');
    expect(message.lines).toContain('Juga terlihat pada: Kel. Tanjung Pinang.');
    expect(message.samples).toHaveLength(3);
    expect(message.samples[1]).toEqual({ title: 'banjir lagi <di> tanjung pinang & jambi timur', url: 'https://x.example/rina/1', source: 'x @rina_jbi', when: '30 Nov 07.55 WIB' });
    expect(message.link).toBe('https://humas.example/peta/isu/topic%3Abanjir-lingkungan');
    const en = buildMessage(alert, 'alert', { lang: 'en', timezone: 'Asia/Jakarta' });
    expect(en.title).toBe('Negative spike: Banjir & Lingkungan');
    expect(en.lines[0]).toMatch(/^12 negative mentions in the last 1 hour \(07:10–08:10 WIB\) from 9 distinct stories; usually 0\.4 at this hour/);
  });
});

describe('channels against loopback receivers', () => {
  it('webhook: JSON POST with a valid HMAC-SHA256 signature, timestamp and idempotency key', async () => {
    const rx = track(await webhookReceiver('rahasia', () => NOW));
    const ch = channel({ id: 'ops', kind: 'webhook', url: `${rx.url}/hook` }, { PANTAU_WEBHOOK_SECRET: 'rahasia' });
    await ch.send(message, { idempotencyKey: 'a1b2c3d4e5f6:alert:1:ops', nowMs: NOW });
    expect(rx.accepted).toHaveLength(1);
    const r = rx.accepted[0]!;
    expect(r.headers['x-pantau-idempotency-key']).toBe('a1b2c3d4e5f6:alert:1:ops');
    expect(r.headers['x-pantau-timestamp']).toBe(String(NOW / 1000));
    const body = r.json as { id: string; event: string; title: string; alert: AlertRecord; samples: unknown[] };
    expect(body).toMatchObject({ id: 'a1b2c3d4e5f6:alert:1:ops', event: 'alert', title: message.title });
    expect(body.alert.numbers.negative).toBe(12);
    expect(body.samples).toHaveLength(3);
    // A receiver holding another secret refuses it: permanent (retrying will not help).
    const other = track(await webhookReceiver('lain', () => NOW));
    const bad = channel({ id: 'ops2', kind: 'webhook', url: other.url }, { PANTAU_WEBHOOK_SECRET: 'rahasia' });
    await expect(bad.send(message, { idempotencyKey: 'k', nowMs: NOW })).rejects.toBeInstanceOf(PermanentError);
    // …and an old timestamp (a replay) is refused by a receiver that checks it.
    await expect(ch.send(message, { idempotencyKey: 'k', nowMs: NOW - 10 * 60_000 })).rejects.toThrow(/HTTP 401/);
  });

  it('webhook without its secret in the environment is a setup problem, not a lost message', async () => {
    const ch = channel({ id: 'ops', kind: 'webhook', url: 'http://127.0.0.1:9/x', secretEnv: 'PANTAU_TEST_SECRET' }, {});
    await expect(ch.send(message, { idempotencyKey: 'k', nowMs: NOW })).rejects.toBeInstanceOf(ConfigError);
  });

  it('telegram: Bot API sendMessage with the token from the environment, HTML text with links', async () => {
    const rx = track(await telegramReceiver('123:ABC'));
    const ch = channel({ id: 'tg', kind: 'telegram', chatId: -1001234, apiBase: rx.url }, { PANTAU_TELEGRAM_BOT_TOKEN: '123:ABC' });
    await ch.send(message, { idempotencyKey: 'k', nowMs: NOW });
    const body = rx.accepted[0]!.json as { chat_id: string; text: string; parse_mode: string };
    expect(body.chat_id).toBe('-1001234');
    expect(body.parse_mode).toBe('HTML');
    expect(body.text.split('\n')[0]).toBe('<b>Lonjakan berita negatif: Banjir &amp; Lingkungan</b>');
    expect(body.text).toContain('<a href="https://x.example/rina/1">banjir lagi &lt;di&gt; tanjung pinang &amp; jambi timur</a> — x @rina_jbi');
    expect(body.text).toContain('Normalisasi drainase Jambi Timur');
    // A wrong token: the API says 401 → permanent.
    const wrong = channel({ id: 'tg2', kind: 'telegram', chatId: 1, apiBase: rx.url }, { PANTAU_TELEGRAM_BOT_TOKEN: 'nope' });
    await expect(wrong.send(message, { idempotencyKey: 'k', nowMs: NOW })).rejects.toBeInstanceOf(PermanentError);
  });

  it('slack: incoming-webhook JSON with mrkdwn, URL from the environment', async () => {
    const rx = track(await slackReceiver());
    const ch = channel({ id: 'sl', kind: 'slack' }, { PANTAU_SLACK_WEBHOOK_URL: `${rx.url}/services/T/B/X` });
    await ch.send(message, { idempotencyKey: 'k', nowMs: NOW });
    const text = (rx.accepted[0]!.json as { text: string }).text;
    expect(rx.accepted[0]!.path).toBe('/services/T/B/X');
    expect(text.split('\n')[0]).toBe('*Lonjakan berita negatif: Banjir &amp; Lingkungan*');
    expect(text).toContain('<https://x.example/rina/1|banjir lagi &lt;di&gt; tanjung pinang &amp; jambi timur>');
    expect(text).toContain('<https://humas.example/peta/isu/topic%3Abanjir-lingkungan|Lihat isu>');
  });

  it('email: SMTP through nodemailer with credentials from the environment', async () => {
    const rx: SmtpReceiver = track(await smtpReceiver({ user: 'humas', pass: 'sandi' }));
    const ch = track(
      channel(
        { id: 'mail', kind: 'email', to: ['humas@jambikota.example'], from: 'pantau@jambikota.example', host: '127.0.0.1', port: rx.port },
        { PANTAU_SMTP_USER: 'humas', PANTAU_SMTP_PASS: 'sandi' },
      ) as { close(): Promise<void> } & ReturnType<typeof channel>,
    );
    await ch.send(message, { idempotencyKey: 'a1b2c3d4e5f6:alert:1:mail', nowMs: NOW });
    expect(rx.mails).toHaveLength(1);
    const m = rx.mails[0]!;
    expect(m.to).toEqual(['humas@jambikota.example']);
    expect(m.raw).toMatch(/^Subject: =\?UTF-8\?Q\?|^Subject: \[Pantau\] Lonjakan berita negatif/m);
    expect(m.raw).toMatch(/Message-ID: <a1b2c3d4e5f6-alert-1-mail@pantau\.invalid>/i);
    // The body is quoted-printable: undo soft line breaks and =XX before looking for the link.
    const body = m.raw.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
    expect(body).toContain('https://jambiekspres.example/banjir-1');
    expect(body).toContain('Normalisasi drainase Jambi Timur');
    // Wrong password: the server refuses the login → permanent.
    const bad = channel({ id: 'mail2', kind: 'email', to: 'a@b.example', from: 'p@b.example', host: '127.0.0.1', port: rx.port }, { PANTAU_SMTP_USER: 'humas', PANTAU_SMTP_PASS: 'salah' });
    await expect(bad.send(message, { idempotencyKey: 'k', nowMs: NOW })).rejects.toBeInstanceOf(PermanentError);
    await bad.close?.();
  });
});

describe('the outbox', () => {
  const entry = (id: string, channel: string): OutboxEntry => ({ id, alertId: alert.id, channel, event: 'alert', message, state: 'pending', attempts: 0, nextAttemptAt: new Date(NOW).toISOString(), createdAt: new Date(NOW).toISOString() });

  it('a receiver that fails twice then accepts gets the alert exactly once', async () => {
    const clock = new ManualClock(NOW);
    const rx: HttpReceiver = track(await webhookReceiver('rahasia', () => clock.now()));
    rx.failFirst = 2;
    const store = new MemoryAlertStore();
    await store.commitAlerts({ expectVersion: 0, outbox: [entry('e1', 'ops')] });
    const channels = new Map([['ops', channel({ id: 'ops', kind: 'webhook', url: rx.url }, { PANTAU_WEBHOOK_SECRET: 'rahasia' })]]);
    const d = new OutboxDeliverer(store, channels, clock, silentLogger, { maxAttempts: 10, backoffMs: 30_000, maxBackoffMs: 1_800_000 });
    const reports = [];
    reports.push(await d.deliverDue());
    reports.push(await d.deliverDue()); // not due yet: nothing is tried
    clock.advance(30_000);
    reports.push(await d.deliverDue());
    clock.advance(59_000);
    reports.push(await d.deliverDue()); // 60 s backoff after the second failure: not yet
    clock.advance(1_000);
    reports.push(await d.deliverDue());
    clock.advance(3_600_000);
    reports.push(await d.deliverDue());
    expect(reports.map((r) => [r.sent, r.retrying, r.failed])).toEqual([[0, 1, 0], [0, 0, 0], [0, 1, 0], [0, 0, 0], [1, 0, 0], [0, 0, 0]]);
    expect(rx.refused).toHaveLength(2);
    expect(rx.accepted).toHaveLength(1);
    const [e] = await store.listOutbox();
    expect(e).toMatchObject({ state: 'sent', attempts: 3, lastError: expect.stringMatching(/HTTP 503/) });
  });

  it('gives up on a permanent error with its reason, and keeps a message whose channel is missing', async () => {
    const clock = new ManualClock(NOW);
    const rx = track(await webhookReceiver('lain', () => clock.now()));
    const store = new MemoryAlertStore();
    await store.commitAlerts({ expectVersion: 0, outbox: [entry('e1', 'ops'), entry('e2', 'gone')] });
    const channels = new Map([['ops', channel({ id: 'ops', kind: 'webhook', url: rx.url }, { PANTAU_WEBHOOK_SECRET: 'rahasia' })]]);
    const d = new OutboxDeliverer(store, channels, clock, silentLogger, { maxAttempts: 10, backoffMs: 30_000, maxBackoffMs: 1_800_000 });
    const r = await d.deliverDue();
    expect(r.failed).toBe(1);
    const all = await store.listOutbox();
    expect(all.map((e) => [e.id, e.state])).toEqual([['e1', 'failed'], ['e2', 'pending']]);
    expect(all[0]!.lastError).toMatch(/HTTP 401/);
    expect(all[1]!.lastError).toMatch(/channel "gone" is not configured/);
  });
});
