import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { createMastodonCrawler, mastodonTarget } from '../../../crawlers/social/mastodon.js';
import { createRedditCrawler, redditListing } from '../../../crawlers/social/reddit.js';
import { parseLinkHeader } from '../../../crawlers/social/link-header.js';
import { readRateLimit } from '../../../crawlers/social/rate-limit.js';
import type { FixtureServer } from '../../helpers/fixture-server.js';
import { collect, failure, JSON_HEADERS, recordingLogger, source, testContext, useLoopback } from './helpers.js';

let srv: FixtureServer;
let http: HttpClient;
useLoopback((s, h) => {
  srv = s;
  http = h;
});

// Statuses in the shape of GET /api/v1/timelines/tag/:hashtag (Mastodon API docs, Status entity).
const status = (id: string, at: string, content: string, acct = 'warga@mastodon.social', extra: Record<string, unknown> = {}) => ({
  id,
  created_at: at,
  in_reply_to_id: null,
  in_reply_to_account_id: null,
  sensitive: false,
  spoiler_text: '',
  visibility: 'public',
  language: 'id',
  uri: `https://mastodon.social/users/warga/statuses/${id}`,
  url: `https://mastodon.social/@warga/${id}`,
  replies_count: 1,
  reblogs_count: 2,
  favourites_count: 3,
  content,
  reblog: null,
  account: { id: '77', username: acct.split('@')[0], acct, display_name: 'Warga Jambi', url: 'https://mastodon.social/@warga' },
  ...extra,
});

describe('mastodon connector', () => {
  it('reads URL forms and Link headers', () => {
    expect(mastodonTarget(source('mastodon', 'https://mastodon.social/tags/KotaJambi')).target).toEqual({ type: 'tag', tag: 'KotaJambi' });
    expect(mastodonTarget(source('mastodon', 'https://kolektiva.social/@pemkotjambi')).target).toEqual({ type: 'account', acct: 'pemkotjambi' });
    expect(parseLinkHeader('<https://m.s/api/v1/timelines/tag/x?max_id=10>; rel="next", <https://m.s/api/v1/timelines/tag/x?min_id=12>; rel="prev"')).toEqual({
      next: 'https://m.s/api/v1/timelines/tag/x?max_id=10',
      prev: 'https://m.s/api/v1/timelines/tag/x?min_id=12',
    });
    expect(readRateLimit('mastodon', { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': '2026-11-18T10:00:00.000Z' })).toEqual({
      remaining: 0,
      resetAt: Date.parse('2026-11-18T10:00:00.000Z'),
    });
  });

  it('pages a hashtag with Link max_id, waits on X-RateLimit-Reset, skips boosts, drops bad statuses', async () => {
    const path = '/api/v1/timelines/tag/KotaJambi';
    srv.route(path, (req) => {
      const q = new URL(req.path, 'http://x').searchParams;
      if (q.get('max_id') === '109000000000000010') {
        return { headers: JSON_HEADERS, body: JSON.stringify([status('109000000000000009', '2026-11-17T01:00:00.000Z', '<p>Jalan <a href="#">#KotaJambi</a> berlubang</p>')]) };
      }
      if (q.get('max_id')) return { headers: JSON_HEADERS, body: '[]' };
      return {
        headers: {
          ...JSON_HEADERS,
          link: `<${srv.origin}${path}?max_id=109000000000000010>; rel="next", <${srv.origin}${path}?min_id=109000000000000012>; rel="prev"`,
          'x-ratelimit-remaining': '0',
          'x-ratelimit-reset': new Date(Date.now() + 300).toISOString(),
        },
        body: JSON.stringify([
          status('109000000000000012', '2026-11-18T02:00:00.000Z', '<p>Kapan <span class="h-card">@pemkot</span> perbaiki lampu jalan?<br>Sudah mati seminggu.</p>'),
          status('109000000000000011', '2026-11-18T01:00:00.000Z', '', 'x', { reblog: { id: '1' } }),
          { id: '109000000000000010', content: '<p>tanpa tanggal</p>' },
        ]),
      };
    });
    const crawler = createMastodonCrawler({ http, log: silentLogger });
    const ctx = testContext();
    const t0 = Date.now();
    const items = await collect(crawler.crawl(source('mastodon', `${srv.origin}/tags/KotaJambi`), ctx));
    expect(items.map((i) => i.meta!.platformId)).toEqual(['109000000000000012', '109000000000000009']);
    expect(items[0]!.text).toBe('Kapan @pemkot perbaiki lampu jalan?\nSudah mati seminggu.');
    expect(items[0]!.meta).toMatchObject({ platform: 'mastodon', authorHandle: 'warga@mastodon.social', engagement: { likes: 3, replies: 1, shares: 2 } });
    expect(ctx.reports.map((r) => [r.disposition, r.reason])).toEqual([
      ['skipped', 'boost of another status'],
      ['dropped', 'status 109000000000000010 has no readable created_at'],
    ]);
    const reqs = srv.requestsTo(path);
    expect(reqs).toHaveLength(2); // the second page has no rel="next": the end
    expect(reqs[1]!.at - t0).toBeGreaterThanOrEqual(250);
    expect(JSON.parse(ctx.states.get('test-mastodon')!.cursor!)).toMatchObject({ newest: '109000000000000012' });
    // Next run starts from since_id.
    await collect(crawler.crawl(source('mastodon', `${srv.origin}/tags/KotaJambi`), ctx));
    expect(new URL(srv.requestsTo(path).at(-1)!.path, 'http://x').searchParams.get('since_id')).toBe('109000000000000012');
  });

  it('an owned account: statuses plus the replies in their context', async () => {
    srv.route('/api/v1/accounts/lookup', { headers: JSON_HEADERS, body: JSON.stringify({ id: '42', acct: 'pemkotjambi' }) });
    const now = Date.parse('2026-11-19T00:00:00Z');
    srv.route('/api/v1/accounts/42/statuses', {
      headers: JSON_HEADERS,
      body: JSON.stringify([status('500', '2026-11-18T00:00:00.000Z', '<p>Info posko banjir</p>', 'pemkotjambi')]),
    });
    srv.route('/api/v1/statuses/500/context', {
      headers: JSON_HEADERS,
      body: JSON.stringify({
        ancestors: [],
        descendants: [
          status('501', '2026-11-18T01:00:00.000Z', '<p>Di mana posko terdekat dari Pasar?</p>', 'warga@mastodon.social', { in_reply_to_id: '500' }),
          status('502', '2026-11-18T03:00:00.000Z', '<p>Di Kantor Lurah Pasar, Kak.</p>', 'pemkotjambi', { in_reply_to_id: '501' }),
        ],
      }),
    });
    const crawler = createMastodonCrawler({ http, log: silentLogger, now: () => now });
    const items = await collect(crawler.crawl(source('mastodon', `${srv.origin}/@pemkotjambi`, {}, { owned: true }), testContext()));
    expect(items.map((i) => [i.meta!.platformId, i.meta!.isOwned, i.meta!.replyTo ?? null])).toEqual([
      ['500', true, null],
      ['501', false, '500'],
      ['502', true, '501'],
    ]);
  });

  it('a malformed context is logged and skipped, other replies kept, and asked again next run (account id remembered)', async () => {
    const now = Date.parse('2026-11-19T00:00:00Z');
    srv.route('/api/v1/accounts/lookup', { headers: JSON_HEADERS, body: JSON.stringify({ id: '42', acct: 'pemkotjambi' }) });
    srv.route('/api/v1/accounts/42/statuses', {
      headers: JSON_HEADERS,
      body: JSON.stringify([
        status('510', '2026-11-18T05:00:00.000Z', '<p>Jadwal vaksin</p>', 'pemkotjambi'),
        status('500', '2026-11-18T00:00:00.000Z', '<p>Info posko banjir</p>', 'pemkotjambi'),
      ]),
    });
    let broken = true;
    srv.route('/api/v1/statuses/500/context', () =>
      broken
        ? { headers: JSON_HEADERS, body: '{"error":"Record not found"}' }
        : { headers: JSON_HEADERS, body: JSON.stringify({ ancestors: [], descendants: [status('501', '2026-11-18T01:00:00.000Z', '<p>Di mana poskonya?</p>')] }) },
    );
    srv.route('/api/v1/statuses/510/context', {
      headers: JSON_HEADERS,
      body: JSON.stringify({ ancestors: [], descendants: [status('511', '2026-11-18T06:00:00.000Z', '<p>Kapan jadwal berikutnya?</p>', 'warga', { in_reply_to_id: '510' })] }),
    });
    const log = recordingLogger();
    const ctx = testContext(undefined, log);
    const crawler = createMastodonCrawler({ http, log: silentLogger, now: () => now });
    const src = source('mastodon', `${srv.origin}/@pemkotjambi`, {}, { owned: true });
    expect((await collect(crawler.crawl(src, ctx))).map((i) => i.meta!.platformId)).toEqual(['510', '500', '511']);
    expect(ctx.reports).toEqual([
      { disposition: 'failed', url: `${srv.origin}/api/v1/statuses/500/context`, reason: 'Mastodon: malformed context of status 500: no descendants list' },
    ]);
    expect(log.lines.map((l) => l.msg)).toEqual(['replies of a status skipped']);
    const cursor = JSON.parse(ctx.states.get('test-mastodon')!.cursor!);
    expect(cursor).toEqual({ newest: '510', accountId: '42' }); // newestReply not advanced past the skipped replies

    broken = false;
    const again = await collect(crawler.crawl(src, ctx));
    expect(again.map((i) => i.meta!.platformId)).toEqual(['511', '501']); // 511 again: the pipeline counts it as a duplicate
    expect(srv.requestsTo('/api/v1/accounts/lookup')).toHaveLength(1);
    expect(JSON.parse(ctx.states.get('test-mastodon')!.cursor!)).toEqual({ newest: '510', newestReply: '2026-11-18T06:00:00.000Z', accountId: '42' });
    expect(await collect(crawler.crawl(src, ctx))).toEqual([]);
  });

  it('a page that is not a list is a PermanentError', async () => {
    srv.route('/api/v1/timelines/tag/x', { headers: JSON_HEADERS, body: '{"error":"weird"}' });
    const err = await failure(createMastodonCrawler({ http, log: silentLogger }).crawl(source('mastodon', `${srv.origin}/tags/x`), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/^Mastodon: malformed page from .*: expected a list of statuses$/);
  });
});

// Listing in the shape of GET /r/{sub}/new.json (Reddit API: Listing of t3 Things).
const post = (id: string, created: number, title: string, extra: Record<string, unknown> = {}) => ({
  kind: 't3',
  data: {
    id,
    name: `t3_${id}`,
    title,
    selftext: '',
    author: 'jambi_citizen',
    created_utc: created,
    permalink: `/r/jambi/comments/${id}/slug/`,
    url: `https://www.reddit.com/r/jambi/comments/${id}/slug/`,
    score: 12,
    ups: 12,
    num_comments: 4,
    subreddit: 'jambi',
    ...extra,
  },
});
const listing = (children: unknown[], after: string | null) => JSON.stringify({ kind: 'Listing', data: { after, before: null, dist: children.length, children } });

describe('reddit connector', () => {
  it('maps source URLs to listings', () => {
    expect(redditListing(source('reddit', 'https://www.reddit.com/r/jambi'), 'https://www.reddit.com')).toBe(
      'https://www.reddit.com/r/jambi/new.json?limit=100&raw_json=1',
    );
    expect(redditListing(source('reddit', 'https://www.reddit.com/search?q=kota+jambi'), 'https://b')).toBe(
      'https://b/search.json?q=kota+jambi&sort=new&limit=100&raw_json=1',
    );
  });

  it('pages with after, waits on x-ratelimit-reset, drops bad children, stops at the cursor next run', async () => {
    let calls = 0;
    srv.route('/r/jambi/new.json', (req) => {
      calls++;
      const after = new URL(req.path, 'http://x').searchParams.get('after');
      if (after === 't3_b') return { headers: JSON_HEADERS, body: listing([post('a', 1763420000, 'Macet parah di Simpang Kawat')], null) };
      return {
        headers: { ...JSON_HEADERS, 'x-ratelimit-remaining': calls === 1 ? '0.0' : '99.0', 'x-ratelimit-reset': '1', 'x-ratelimit-used': '100' },
        body: listing([post('c', 1763440000, 'Banjir lagi di Kelurahan Legok', { selftext: 'Tolong **pemkot** cek drainase.' }), { kind: 't3' }, post('b', 1763430000, 'Info vaksin')], 't3_b'),
      };
    });
    const crawler = createRedditCrawler({ http, log: silentLogger });
    const ctx = testContext();
    const src = source('reddit', 'https://www.reddit.com/r/jambi', { apiBase: srv.origin });
    const t0 = Date.now();
    const items = await collect(crawler.crawl(src, ctx));
    expect(items.map((i) => i.url)).toEqual([
      'https://www.reddit.com/r/jambi/comments/c/slug/',
      'https://www.reddit.com/r/jambi/comments/b/slug/',
      'https://www.reddit.com/r/jambi/comments/a/slug/',
    ]);
    expect(items[0]).toMatchObject({
      title: 'Banjir lagi di Kelurahan Legok',
      text: 'Banjir lagi di Kelurahan Legok\n\nTolong **pemkot** cek drainase.',
      meta: { platform: 'reddit', platformId: 't3_c', authorHandle: 'jambi_citizen', engagement: { likes: 12, replies: 4 }, subreddit: 'jambi' },
    });
    expect(ctx.reports).toHaveLength(1);
    expect(ctx.reports[0]!.reason).toBe('listing child without data');
    expect(srv.requestsTo('/r/jambi/new.json')[1]!.at - t0).toBeGreaterThanOrEqual(900);

    srv.route('/r/jambi/new.json', { headers: JSON_HEADERS, body: listing([post('d', 1763450000, 'Baru'), post('c', 1763440000, 'Banjir lagi')], 't3_c') });
    const next = await collect(crawler.crawl(src, ctx));
    expect(next.map((i) => i.meta!.platformId)).toEqual(['t3_d']);
  });

  it('a page without data.children is a PermanentError', async () => {
    srv.route('/r/jambi/new.json', { headers: JSON_HEADERS, body: '{"kind":"Listing"}' });
    const err = await failure(createRedditCrawler({ http, log: silentLogger }).crawl(source('reddit', 'https://www.reddit.com/r/jambi', { apiBase: srv.origin }), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/expected a Listing with data.children/);
  });
});
