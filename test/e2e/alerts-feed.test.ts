// End to end on a simulated clock: `pantau run`'s scheduler polls a loopback RSS feed every minute
// through the real crawler, extractor and analyzers into SQLite; the alert evaluation after each
// stored batch finds the first negative story about a watched name and delivers it to a loopback
// webhook. The delay from the story's publication to the delivery is measured on the simulated clock
// and printed; it must be within one poll interval plus 30 s.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createDefaultAnalyzers } from '../../analyzers/index.js';
import { createChannels } from '../../src/alerts/channels/index.js';
import { AlertEvaluator } from '../../src/alerts/evaluate.js';
import { storeFeed } from '../../src/alerts/feed.js';
import { OutboxDeliverer } from '../../src/alerts/outbox.js';
import { AlertsService } from '../../src/alerts/service.js';
import { parseConfig } from '../../src/core/config.js';
import { silentLogger } from '../../src/core/log.js';
import { runScheduled } from '../../src/pipeline/scheduler.js';
import { SqliteStore } from '../../src/store/index.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { ManualClock, until } from '../helpers/manual-clock.js';
import { webhookReceiver, type HttpReceiver } from '../helpers/alert-receivers.js';
import { pipelineDeps, source, testCrawlers } from '../unit/pipeline/helpers.js';

const POLL_MS = 60_000;
let srv: FixtureServer;
let rx: HttpReceiver;
const clock = new ManualClock(Date.parse('2026-11-30T01:00:00Z'));
const items: { title: string; link: string; at: number }[] = [];

const page = (title: string, paras: string[], at: number) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title} - Jambi Kini</title>
<meta property="article:published_time" content="${new Date(at).toISOString()}"></head><body><article><h1>${title}</h1>
${paras.map((p) => `<p>${p}</p>`).join('\n')}</article></body></html>`;

function publish(n: number, title: string, paras: string[]): void {
  const at = clock.now();
  srv.route(`/berita/${n}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(title, paras, at) });
  items.unshift({ title, link: srv.url(`/berita/${n}`), at });
}

beforeAll(async () => {
  srv = await startFixtureServer();
  rx = await webhookReceiver('rahasia', () => clock.now());
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
  srv.route('/feed.xml', () => ({
    headers: { 'content-type': 'application/rss+xml; charset=utf-8' },
    body: `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Jambi Kini</title><link>${srv.url('/')}</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>${new Date(i.at).toUTCString()}</pubDate></item>`).join('\n')}</channel></rss>`,
  }));
});
afterAll(async () => {
  await srv?.close();
  await rx?.close();
});

it('a feed that starts publishing negative stories about a watched name: an alert within one poll interval + 30 s', async () => {
  const config = parseConfig(
    {
      analysis: { watchlist: [{ name: 'Maulana', type: 'person', aliases: ['Wali Kota Maulana', 'Wako Maulana'] }] },
      alerts: { channels: [{ id: 'ops', kind: 'webhook', url: rx.url }] },
    },
    { env: {} },
  );
  const store = new SqliteStore(':memory:', { now: () => clock.now() });
  const analyzers = createDefaultAnalyzers({ homeRegion: '15.71', watchlist: config.analysis.watchlist });
  const evaluator = new AlertEvaluator({
    store,
    feed: storeFeed(store),
    alerts: config.alerts,
    timezone: config.timezone,
    watchlist: ['Maulana'],
    channels: [{ id: 'ops' }],
    clock,
    log: silentLogger,
  });
  const deliverer = new OutboxDeliverer(store, createChannels(config.alerts.channels, 5000, { PANTAU_WEBHOOK_SECRET: 'rahasia' }), clock, silentLogger, {
    maxAttempts: 10,
    backoffMs: 30_000,
    maxBackoffMs: 1_800_000,
  });
  const service = new AlertsService({ evaluator, deliverer, clock, log: silentLogger });
  let crawls = 0;
  let done = 0;
  const deps = pipelineDeps(store, testCrawlers({ perHostIntervalMs: 0 }), {
    clock,
    analyzers,
    onIndexed: service.onIndexed,
    progress: { sourceStart: () => void crawls++, sourceDone: () => void done++ },
  });
  // Ordinary news first.
  publish(1, 'Pemkot Jambi Gelar Pasar Murah di Telanaipura', ['Pemerintah Kota Jambi menggelar pasar murah di Kecamatan Telanaipura. Warga antusias membeli beras dan minyak goreng dengan harga terjangkau.']);
  publish(2, 'Festival Kuliner Digelar di Tanggo Rajo', ['Festival kuliner khas Jambi digelar di Tanggo Rajo. Puluhan pelaku UMKM ikut serta.']);
  const ac = new AbortController();
  const run = runScheduled([source('jambi-kini', 'rss', srv.url('/feed.xml'), { everyMinutes: POLL_MS / 60_000 })], deps, { jitter: 0, signal: ac.signal, tickMs: 30_000 });
  const settle = () => until(() => done === crawls && service.idle, 'crawl and alerts settled');
  await until(() => done === 1, 'first crawl');
  await settle();
  clock.advance(20_000);
  await settle();
  expect(rx.accepted).toHaveLength(0);

  // The first negative story about the watched name.
  const t0 = clock.now();
  publish(3, 'Warga Kecewa, Wali Kota Maulana Dinilai Abaikan Korban Banjir', [
    'Warga Kelurahan Tanjung Pinang kecewa dan marah kepada Wali Kota Maulana yang dinilai abaikan korban banjir. Bantuan tidak kunjung datang dan warga kelaparan di pengungsian.',
    'Warga menilai Wali Kota Maulana gagal menangani banjir yang terus berulang setiap tahun di Kota Jambi.',
  ]);
  let deliveredAt: number | undefined;
  while (clock.now() - t0 <= 3 * POLL_MS) {
    clock.advance(5_000);
    await settle();
    if (rx.accepted.length) {
      deliveredAt = clock.now();
      break;
    }
  }
  ac.abort();
  await run;
  await service.drain();
  expect(deliveredAt).toBeDefined();
  const delay = deliveredAt! - t0;
  console.log(`alert delivered ${delay / 1000} s after the first negative story about the watched name (simulated clock; poll interval ${POLL_MS / 1000} s)`);
  expect(delay).toBeLessThanOrEqual(POLL_MS + 30_000);
  const body = rx.accepted[0]!.json as { title: string; alert: { kind: string; key: string; latency: { publishToDetectMs: number; storeToDetectMs: number } } };
  expect(body.alert.kind).toBe('watch');
  expect(body.alert.key).toBe('watch:maulana');
  expect(body.title).toBe('Berita negatif tentang Maulana');
  expect(body.alert.latency.publishToDetectMs).toBeLessThanOrEqual(POLL_MS + 30_000);
  expect(body.alert.latency.storeToDetectMs).toBe(0);
  expect(rx.accepted).toHaveLength(1);
  await store.close();
}, 60_000);
