// Instagram Graph API connector on loopback, in the shapes Meta documents for
// GET /{ig-user-id}/media and GET /{ig-media-id}/comments ({data: [...], paging: {cursors, next}}).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { createInstagramCrawler } from '../../../crawlers/social/instagram.js';
import { createRateGate } from '../../../crawlers/social/rate-limit.js';
import type { FixtureServer } from '../../helpers/fixture-server.js';
import { collect, failure, JSON_HEADERS, recordingLogger, source, testContext, useLoopback } from './helpers.js';

let srv: FixtureServer;
let http: HttpClient;
const env = { META_ACCESS_TOKEN: 'IGQ-secret-token' };
const now = () => Date.parse('2026-11-19T00:00:00Z'); // comment window: media since 12 Nov
const IG = '17841400000000001';
useLoopback((s, h) => {
  srv = s;
  http = h;
});
// Registered after useLoopback, so it runs before the server and client close (hooks unwind as a stack).
afterEach(() => {
  vi.useRealTimers();
});

const json = (body: unknown, headers: Record<string, string> = {}) => ({ headers: { ...JSON_HEADERS, ...headers }, body: JSON.stringify(body) });
const media = (id: string, timestamp: string, caption: string, extra: Record<string, unknown> = {}) => ({
  id,
  caption,
  timestamp,
  permalink: `https://www.instagram.com/p/${id.toUpperCase()}/`,
  username: 'pemkotjambi',
  like_count: 10,
  comments_count: 1,
  media_type: 'IMAGE',
  ...extra,
});
const comment = (id: string, timestamp: string, text: string, username: string, replies?: unknown[]) => ({
  id,
  text,
  timestamp,
  username,
  like_count: 0,
  from: { id: `u-${username}`, username },
  ...(replies ? { replies: { data: replies } } : {}),
});
const igSource = (opts: Record<string, unknown> = {}) =>
  source('instagram', 'https://www.instagram.com/pemkotjambi', { apiBase: `${srv.origin}/v21.0`, igUserId: IG, ...opts }, { owned: true });

function serveMedia(): void {
  srv.route(`/v21.0/${IG}/media`, (req) => {
    const after = new URL(req.path, 'http://x').searchParams.get('after');
    if (after === 'QVFIUm1') {
      return json({ data: [media('m1', '2026-11-10T01:00:00+0000', 'Arsip lama')], paging: { cursors: { before: 'b2', after: 'QVFIUm2' } } });
    }
    return json({
      data: [media('m3', '2026-11-18T00:00:00+0000', 'Car free day Minggu ini'), media('m2', '2026-11-17T00:00:00+0000', 'Posko banjir dibuka')],
      paging: { cursors: { before: 'b1', after: 'QVFIUm1' }, next: `https://graph.facebook.com/v21.0/${IG}/media?after=QVFIUm1&access_token=IGQ-secret-token` },
    });
  });
}

describe('instagram connector', () => {
  it('pages media with cursors.after, skips a malformed comment page (logged) without losing the rest, and resumes from the stored cursor', async () => {
    serveMedia();
    srv.route('/v21.0/m3/comments', json({
      data: [comment('c31', '2026-11-18T02:00:00+0000', 'Jam berapa mulainya min?', 'warga.telanai', [comment('c32', '2026-11-18T03:00:00+0000', 'Pukul 06.00 WIB kak', 'pemkotjambi')])],
      paging: { cursors: { before: 'x', after: 'y' } },
    }));
    let broken = true;
    srv.route('/v21.0/m2/comments', () =>
      broken
        ? { status: 200, headers: { 'content-type': 'text/html' }, body: '<html><body>Sorry, something went wrong.</body></html>' }
        : json({ data: [comment('c21', '2026-11-17T05:00:00+0000', 'Posko terdekat di mana?', 'andi.jbi')] }),
    );
    const log = recordingLogger();
    const ctx = testContext(undefined, log);
    const crawler = createInstagramCrawler({ http, log: silentLogger, env, now });
    const items = await collect(crawler.crawl(igSource(), ctx));
    expect(items.map((i) => [i.meta!.platformId, i.meta!.isOwned, i.meta!.replyTo ?? null])).toEqual([
      ['m3', true, null],
      ['m2', true, null],
      ['m1', true, null],
      ['c31', false, 'm3'],
      ['c32', true, 'c31'],
    ]);
    // The second media page was asked for with our own base and the cursor, never via paging.next.
    expect(srv.requestsTo(`/v21.0/${IG}/media`).map((r) => new URL(r.path, 'http://x').searchParams.get('after'))).toEqual([null, 'QVFIUm1']);
    // m1 is older than the comment window: its comments are not read.
    expect(srv.requestsTo('/v21.0/m1/comments')).toHaveLength(0);
    expect(ctx.reports).toHaveLength(1);
    expect(ctx.reports[0]).toMatchObject({ disposition: 'failed', url: 'https://www.instagram.com/p/M2/#comments' });
    expect(ctx.reports[0]!.reason).toMatch(/^Instagram Graph API: malformed response from .*access_token=\*\*\*.*: not JSON/);
    expect(ctx.reports[0]!.reason).not.toContain('IGQ-secret-token');
    expect(log.lines.map((l) => l.msg)).toEqual(['comments of a post skipped: malformed page']);
    // Posts advanced; comments did not (the skipped page must be read again).
    expect(JSON.parse(ctx.states.get('test-instagram')!.cursor!)).toEqual({ newestPost: '2026-11-18T00:00:00.000Z' });

    broken = false;
    const again = await collect(crawler.crawl(igSource(), ctx));
    expect(again.map((i) => i.meta!.platformId)).toEqual(['c31', 'c32', 'c21']); // no post twice; c31/c32 are pipeline duplicates
    expect(JSON.parse(ctx.states.get('test-instagram')!.cursor!)).toEqual({ newestPost: '2026-11-18T00:00:00.000Z', newestComment: '2026-11-18T03:00:00.000Z' });
    expect(await collect(crawler.crawl(igSource(), ctx))).toEqual([]);
  });

  it('stops early on X-Business-Use-Case-Usage at 100% when the regain time is past the cap; cursor kept', async () => {
    srv.route(`/v21.0/${IG}/media`, json(
      { data: [media('m3', '2026-11-18T00:00:00+0000', 'Car free day')], paging: { cursors: { after: 'z' }, next: 'https://graph.facebook.com/next' } },
      { 'x-business-use-case-usage': JSON.stringify({ [IG]: [{ type: 'instagram', call_count: 100, total_cputime: 5, total_time: 5, estimated_time_to_regain_access: 5 }] }) },
    ));
    const ctx = testContext();
    const items = await collect(createInstagramCrawler({ http, log: silentLogger, env, now }).crawl(igSource({ maxRateLimitWaitMs: 1000 }), ctx));
    expect(items.map((i) => i.meta!.platformId)).toEqual(['m3']); // what was read is kept
    expect(srv.requestsTo(`/v21.0/${IG}/media`)).toHaveLength(1);
    expect(srv.requestsTo('/v21.0/m3/comments')).toHaveLength(0);
    expect(ctx.states.get('test-instagram')).toBeUndefined();
  });

  it('the Graph rate gate waits for the regain time when it is within the cap', async () => {
    vi.useFakeTimers({ now: 0 });
    const gate = createRateGate({ style: 'graph', maxWaitMs: 120_000, log: silentLogger, signal: new AbortController().signal });
    let done: boolean | undefined;
    void gate.after({ 'x-app-usage': '{"call_count":100,"total_cputime":40,"total_time":40}' }).then((v) => (done = v));
    await vi.advanceTimersByTimeAsync(60_000);
    expect(done).toBeUndefined(); // Meta gives no reset: a minute (+100 ms) before asking again
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toBe(true);
    expect(await gate.after({ 'x-app-usage': '{"call_count":40}' })).toBe(true); // below 100%: no wait
  });

  it('names META_ACCESS_TOKEN when it is missing or rejected, and never shows it', async () => {
    const e1 = await failure(createInstagramCrawler({ http, log: silentLogger, env: {}, now }).crawl(igSource(), testContext()));
    expect(e1).toBeInstanceOf(ConfigError);
    expect(e1.message).toBe('missing secret: set the environment variable META_ACCESS_TOKEN');
    srv.route(`/v21.0/${IG}/media`, { status: 401, headers: JSON_HEADERS, body: '{"error":{"message":"Invalid OAuth access token","type":"OAuthException","code":190}}' });
    const e2 = await failure(createInstagramCrawler({ http, log: silentLogger, env, now }).crawl(igSource(), testContext()));
    expect(e2).toBeInstanceOf(PermanentError);
    expect(e2.message).toMatch(/Instagram Graph API rejected the token in META_ACCESS_TOKEN \(HTTP 401\)/);
    expect(e2.message).not.toContain('IGQ-secret-token');
  });

  it('a wholly malformed media page is a PermanentError with one line', async () => {
    srv.route(`/v21.0/${IG}/media`, json({ media: [] }));
    const err = await failure(createInstagramCrawler({ http, log: silentLogger, env, now }).crawl(igSource(), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/^Instagram Graph API: malformed page from .*: expected \{data: \[\.\.\.\]\}$/);
    expect(err.message).not.toContain('\n');
  });

  it('comments of media without a /p/ permalink get distinct canonical URLs', async () => {
    srv.route(`/v21.0/${IG}/media`, json({ data: [media('m9', '2026-11-18T00:00:00+0000', 'Reels', { permalink: undefined })] }));
    srv.route('/v21.0/m9/comments', json({
      data: [comment('c1', '2026-11-18T01:00:00+0000', 'Keren', 'a'), comment('c2', '2026-11-18T02:00:00+0000', 'Di mana ini?', 'b')],
    }));
    const items = await collect(createInstagramCrawler({ http, log: silentLogger, env, now }).crawl(igSource(), testContext()));
    const urls = items.map((i) => canonicalizeUrl(i.url));
    expect(urls).toEqual([
      'https://www.instagram.com/pemkotjambi?media=m9',
      'https://www.instagram.com/pemkotjambi?media=m9&comment_id=c1',
      'https://www.instagram.com/pemkotjambi?media=m9&comment_id=c2',
    ]);
  });
});
