import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { createYoutubeCrawler } from '../../../crawlers/social/youtube.js';
import type { FixtureServer } from '../../helpers/fixture-server.js';
import { collect, failure, fixture, JSON_HEADERS, source, testContext, useLoopback } from './helpers.js';

let srv: FixtureServer;
let http: HttpClient;
const now = () => Date.parse('2026-11-19T00:00:00Z');
useLoopback((s, h) => {
  srv = s;
  http = h;
  srv.route('/feeds/videos.xml', { headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body: fixture('youtube-feed.xml') });
});

const ytSource = () =>
  source('youtube', `${srv.origin}/feeds/videos.xml?channel_id=UCpemkotjambi0000000000`, { apiBase: `${srv.origin}/youtube/v3` }, { owned: true });

describe('youtube connector', () => {
  it('reads the feed without a key: videos with views and likes, bad entries dropped', async () => {
    const ctx = testContext();
    const items = await collect(createYoutubeCrawler({ http, log: silentLogger, env: {}, now }).crawl(ytSource(), ctx));
    expect(items.map((i) => i.url)).toEqual(['https://www.youtube.com/watch?v=vid00000002', 'https://www.youtube.com/watch?v=vid00000001']);
    expect(items[0]).toMatchObject({
      kind: 'social',
      title: 'Wali Kota Resmikan Jembatan Baru',
      text: 'Wali Kota Resmikan Jembatan Baru\n\nPeresmian jembatan penghubung Kecamatan Danau Teluk.',
      author: 'Pemkot Jambi Official',
      meta: { platform: 'youtube', platformId: 'vid00000002', isOwned: true, engagement: { views: 5310, likes: 42 }, authorHandle: 'UCpemkotjambi0000000000' },
    });
    expect(ctx.reports).toEqual([{ disposition: 'dropped', url: `${ytSource().url}#3`, reason: 'entry #3 has no yt:videoId' }]);
    expect(srv.requestsTo('/youtube/v3/commentThreads')).toHaveLength(0);
  });

  it('with YOUTUBE_API_KEY: comment threads with pageToken, replies by the channel marked owned', async () => {
    srv.route('/youtube/v3/commentThreads', (req) => {
      const q = new URL(req.path, 'http://x').searchParams;
      if (q.get('videoId') !== 'vid00000002') return { headers: JSON_HEADERS, body: '{"items":[]}' };
      return { headers: JSON_HEADERS, body: fixture(q.get('pageToken') === 'PAGE2' ? 'youtube-comments-vid00000002-p2.json' : 'youtube-comments-vid00000002-p1.json') };
    });
    const ctx = testContext();
    const items = await collect(createYoutubeCrawler({ http, log: silentLogger, env: { YOUTUBE_API_KEY: 'k-123' }, now }).crawl(ytSource(), ctx));
    const comments = items.filter((i) => i.url.includes('&lc='));
    expect(comments.map((c) => [c.meta!.platformId, c.meta!.replyTo, c.meta!.isOwned, c.meta!.threadId])).toEqual([
      ['UgxA1', 'vid00000002', false, 'vid00000002'],
      ['UgxA1.reply1', 'UgxA1', true, 'vid00000002'],
      ['UgxB2', 'vid00000002', false, 'vid00000002'],
    ]);
    expect(comments[0]).toMatchObject({ text: 'Kapan jembatan ini dibuka untuk truk?', author: '@warga_danauteluk', meta: { engagement: { likes: 3, replies: 1 } } });
    expect(ctx.reports.map((r) => r.reason)).toContain('comment thread without snippet');
    const calls = srv.requestsTo('/youtube/v3/commentThreads').map((r) => new URL(r.path, 'http://x').searchParams);
    expect(calls.map((q) => [q.get('videoId'), q.get('pageToken')])).toEqual([
      ['vid00000002', null],
      ['vid00000002', 'PAGE2'],
      ['vid00000001', null],
    ]);
    expect(calls[0]!.get('key')).toBe('k-123');
    expect(JSON.parse(ctx.states.get('test-youtube')!.cursor!)).toEqual({ newestPost: '2026-11-18T04:00:00.000Z', newestComment: '2026-11-18T08:00:00.000Z' });

    // Second run: nothing new — known videos and comments are not yielded again.
    expect(await collect(createYoutubeCrawler({ http, log: silentLogger, env: { YOUTUBE_API_KEY: 'k-123' }, now }).crawl(ytSource(), ctx))).toEqual([]);
  });

  it('waits for Retry-After when the Data API answers 429, then reads the comments', async () => {
    let calls = 0;
    srv.route('/youtube/v3/commentThreads', (req) => {
      const q = new URL(req.path, 'http://x').searchParams;
      if (q.get('videoId') !== 'vid00000002') return { headers: JSON_HEADERS, body: '{"items":[]}' };
      if (++calls === 1) return { status: 429, headers: { ...JSON_HEADERS, 'retry-after': '1' }, body: '{"error":{"code":429,"message":"rateLimitExceeded"}}' };
      return { headers: JSON_HEADERS, body: fixture(q.get('pageToken') === 'PAGE2' ? 'youtube-comments-vid00000002-p2.json' : 'youtube-comments-vid00000002-p1.json') };
    });
    const items = await collect(createYoutubeCrawler({ http, log: silentLogger, env: { YOUTUBE_API_KEY: 'k-123' }, now }).crawl(ytSource(), testContext()));
    expect(items.filter((i) => i.url.includes('&lc='))).toHaveLength(3);
    const [first, second] = srv.requestsTo('/youtube/v3/commentThreads');
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(900);
  });

  it('a rejected key names YOUTUBE_API_KEY and never shows it', async () => {
    srv.route('/youtube/v3/commentThreads', { status: 400, headers: JSON_HEADERS, body: '{"error":{"code":400,"message":"API key not valid"}}' });
    const err = await failure(createYoutubeCrawler({ http, log: silentLogger, env: { YOUTUBE_API_KEY: 'k-secret' }, now }).crawl(ytSource(), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).not.toContain('k-secret');
    srv.route('/youtube/v3/commentThreads', { status: 403, headers: JSON_HEADERS, body: '{}' });
    const err2 = await failure(createYoutubeCrawler({ http, log: silentLogger, env: { YOUTUBE_API_KEY: 'k-secret' }, now }).crawl(ytSource(), testContext()));
    expect(err2.message).toMatch(/YouTube Data API refused access \(permissions or quota\) in YOUTUBE_API_KEY \(HTTP 403\)/);
  });

  it('options.comments: true without a key is a missing-secret error', async () => {
    const src = { ...ytSource(), options: { ...ytSource().options, comments: true } };
    const err = await failure(createYoutubeCrawler({ http, log: silentLogger, env: {}, now }).crawl(src, testContext()));
    expect(err.message).toBe('missing secret: set the environment variable YOUTUBE_API_KEY');
  });

  it('a document that is not a feed is a PermanentError', async () => {
    srv.route('/feeds/videos.xml', { headers: { 'content-type': 'text/html' }, body: '<html><body>consent</body></html>' });
    const err = await failure(createYoutubeCrawler({ http, log: silentLogger, env: {}, now }).crawl(ytSource(), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/is not an Atom feed/);
  });
});
