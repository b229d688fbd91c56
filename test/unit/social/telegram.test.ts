import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { createTelegramCrawler, telegramChannel } from '../../../crawlers/social/telegram.js';
import { parseCount } from '../../../crawlers/social/telegram-parse.js';
import type { FixtureServer } from '../../helpers/fixture-server.js';
import { collect, failure, fixture, source, testContext, useLoopback } from './helpers.js';

let srv: FixtureServer;
let http: HttpClient;
const HTML = { 'content-type': 'text/html; charset=utf-8' };

useLoopback((s, h) => {
  srv = s;
  http = h;
});

function serveChannel(): void {
  srv.route('/s/pemkotjambi', (req) => {
    const before = new URL(req.path, 'http://x').searchParams.get('before');
    if (!before) return { headers: HTML, body: fixture('telegram-page1.html') };
    if (before === '101') return { headers: HTML, body: fixture('telegram-page2.html') };
    return { headers: HTML, body: '<html><body><section class="tgme_channel_history"></section></body></html>' };
  });
}

describe('telegram connector', () => {
  it('reads the channel URL forms', () => {
    expect(telegramChannel(source('telegram', 'https://t.me/s/pemkotjambi'))).toEqual({ origin: 'https://t.me', channel: 'pemkotjambi' });
    expect(telegramChannel(source('telegram', 'https://t.me/pemkotjambi'))).toEqual({ origin: 'https://t.me', channel: 'pemkotjambi' });
    expect(() => telegramChannel(source('telegram', 'https://t.me/'))).toThrow(/expected https:\/\/t.me\/s\/<channel>/);
    expect(parseCount('1.2K')).toBe(1200);
    expect(parseCount('2.1M')).toBe(2_100_000);
    expect(parseCount('987')).toBe(987);
  });

  it('pages back with ?before=, reports bad messages, remembers the newest id', async () => {
    serveChannel();
    const crawler = createTelegramCrawler({ http, log: silentLogger });
    const src = source('telegram', srv.url('/s/pemkotjambi'), {}, { owned: true });
    const ctx = testContext();
    const items = await collect(crawler.crawl(src, ctx));

    expect(items.map((i) => i.url)).toEqual([
      'https://t.me/pemkotjambi/106',
      'https://t.me/pemkotjambi/103',
      'https://t.me/pemkotjambi/102',
      'https://t.me/pemkotjambi/101',
      'https://t.me/pemkotjambi/100',
      'https://t.me/pemkotjambi/99',
    ]);
    const first = items[0]!;
    expect(first).toMatchObject({
      kind: 'social',
      sourceId: 'test-telegram',
      title: 'Banjir di Jalan Sultan Agung sudah surut. Terima kasih petugas BPBD.',
      text: 'Banjir di Jalan Sultan Agung sudah surut. Terima kasih petugas BPBD.\n\n#KotaJambi',
      author: 'Pemkot Jambi',
      meta: {
        platform: 'telegram',
        platformId: 'pemkotjambi/106',
        authorHandle: 'pemkotjambi',
        isOwned: true,
        engagement: { views: 2_100_000, likes: 1620 },
      },
    });
    expect(first.publishedAt?.toISOString()).toBe('2026-11-18T03:00:00.000Z');
    expect(items[1]!.meta).toMatchObject({ replyTo: 'pemkotjambi/102', engagement: { views: 15000 } });
    expect(items[3]!.text).toBe('Selamat pagi warga Kota Jambi!\nHari ini pelayanan KTP buka pukul 08.00 WIB.');
    expect(items[3]!.title).toBe('Selamat pagi warga Kota Jambi!');

    expect(ctx.reports).toEqual([
      { disposition: 'dropped', url: 'https://t.me/pemkotjambi/104', reason: 'no readable date (time[datetime]="")' },
      { disposition: 'skipped', url: 'https://t.me/pemkotjambi/105', reason: 'service message (not a post)' },
    ]);
    expect(srv.requestsTo('/s/pemkotjambi').map((r) => r.path)).toEqual(['/s/pemkotjambi', '/s/pemkotjambi?before=101', '/s/pemkotjambi?before=99']);
    expect(JSON.parse(ctx.states.get('test-telegram')!.cursor!)).toEqual({ newest: '106' });

    // Next run: only posts newer than 106, and no paging past the known ones.
    srv.requests.length = 0;
    const again = await collect(crawler.crawl(src, ctx));
    expect(again).toEqual([]);
    expect(ctx.reports).toHaveLength(2); // message 104 is older than the cursor: not reported again
    expect(srv.requestsTo('/s/pemkotjambi')).toHaveLength(1);
  });

  it('caps pages per run with options.maxPages', async () => {
    serveChannel();
    const crawler = createTelegramCrawler({ http, log: silentLogger });
    const items = await collect(crawler.crawl(source('telegram', srv.url('/s/pemkotjambi'), { maxPages: 1 }), testContext()));
    expect(items).toHaveLength(4);
    expect(srv.requestsTo('/s/pemkotjambi')).toHaveLength(1);
  });

  it('waits for Retry-After on 429 and then continues', async () => {
    let calls = 0;
    srv.route('/s/pemkotjambi', () =>
      ++calls === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { headers: HTML, body: fixture('telegram-page2.html') },
    );
    const crawler = createTelegramCrawler({ http, log: silentLogger });
    const started = Date.now();
    const items = await collect(crawler.crawl(source('telegram', srv.url('/s/pemkotjambi'), { maxPages: 1 }), testContext()));
    expect(items).toHaveLength(2);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
  });

  it('a page that is not a channel preview is a PermanentError with one line', async () => {
    srv.route('/s/privatechan', { headers: HTML, body: '<html><body><div class="tgme_page">Join channel</div></body></html>' });
    const crawler = createTelegramCrawler({ http, log: silentLogger });
    const err = await failure(crawler.crawl(source('telegram', srv.url('/s/privatechan')), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/not a channel web preview page/);
    expect(err.message).not.toContain('\n');
  });
});
