import { describe, expect, it } from 'vitest';
import { ConfigError, PermanentError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { createXCrawler } from '../../../crawlers/social/x.js';
import type { FixtureServer } from '../../helpers/fixture-server.js';
import { collect, failure, fixture, JSON_HEADERS, source, testContext, useLoopback } from './helpers.js';

let srv: FixtureServer;
let http: HttpClient;
const env = { X_BEARER_TOKEN: 'sekret-token-123' };
const SEARCH = '/2/tweets/search/recent';

useLoopback((s, h) => {
  srv = s;
  http = h;
});

const xSource = (opts: Record<string, unknown> = {}) =>
  source('x', 'https://x.com/search?q=%22kota%20jambi%22%20jalan', { apiBase: srv.origin, ownedHandle: 'humaskotajambi', ...opts }, { owned: true });

describe('x connector', () => {
  it('pages with next_token, maps public_metrics and replies, drops bad tweets, remembers newest id', async () => {
    srv.route(SEARCH, (req) => {
      const q = new URL(req.path, 'http://x').searchParams;
      return { headers: JSON_HEADERS, body: fixture(q.get('next_token') ? 'x-search-p2.json' : 'x-search-p1.json') };
    });
    const crawler = createXCrawler({ http, log: silentLogger, env });
    const ctx = testContext();
    const items = await collect(crawler.crawl(xSource(), ctx));
    expect(items.map((i) => i.url)).toEqual([
      'https://x.com/rina_jbi/status/1858000000000000003',
      'https://x.com/HumasKotaJambi/status/1858000000000000002',
      'https://x.com/HumasKotaJambi/status/1858000000000000001',
    ]);
    expect(items[0]!.meta).toEqual({
      platform: 'x',
      platformId: '1858000000000000003',
      isOwned: false,
      authorHandle: 'rina_jbi',
      replyTo: '1858000000000000001',
      threadId: '1858000000000000001',
      engagement: { likes: 14, replies: 1, shares: 3, views: 830 },
      lang: 'in',
      authorId: '2001',
    });
    expect(items[0]!.author).toBe('Rina Warga Jambi');
    expect(items[1]!.meta).toMatchObject({ isOwned: true, engagement: { likes: 55, replies: 4, shares: 10, views: 4100 } });
    expect(ctx.reports).toEqual([{ disposition: 'dropped', url: 'https://x.com/i/web/status/not-a-number', reason: 'tweet without a numeric id' }]);

    const reqs = srv.requestsTo(SEARCH).map((r) => new URL(r.path, 'http://x').searchParams);
    expect(reqs).toHaveLength(2);
    expect(reqs[0]!.get('query')).toBe('"kota jambi" jalan');
    expect(reqs[0]!.get('since_id')).toBeNull();
    expect(reqs[1]!.get('next_token')).toBe('b26v89c19zqg8o3fpzbkk');
    expect(JSON.parse(ctx.states.get('test-x')!.cursor!)).toEqual({ newest: '1858000000000000003' });

    // The next run asks only for tweets newer than the cursor.
    await collect(crawler.crawl(xSource(), ctx));
    expect(new URL(srv.requestsTo(SEARCH).at(-1)!.path, 'http://x').searchParams.get('since_id')).toBe('1858000000000000003');
  });

  it('waits until x-rate-limit-reset when remaining hits 0, within the cap', async () => {
    srv.route(SEARCH, (req) => {
      const q = new URL(req.path, 'http://x').searchParams;
      if (q.get('next_token')) return { headers: JSON_HEADERS, body: fixture('x-search-p2.json') };
      const reset = Math.ceil((Date.now() + 600) / 1000); // epoch seconds
      return { headers: { ...JSON_HEADERS, 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(reset) }, body: fixture('x-search-p1.json') };
    });
    const crawler = createXCrawler({ http, log: silentLogger, env });
    const items = await collect(crawler.crawl(xSource({ maxRateLimitWaitMs: 5000 }), testContext()));
    const [first, second] = srv.requestsTo(SEARCH);
    expect(items).toHaveLength(3);
    const resetMs = Math.ceil((first!.at + 600) / 1000) * 1000; // what the server announced
    expect(second!.at).toBeGreaterThanOrEqual(resetMs - 5);
  });

  it('stops early (cursor kept) when the reset is later than options.maxRateLimitWaitMs', async () => {
    srv.route(SEARCH, () => ({
      headers: { ...JSON_HEADERS, 'x-rate-limit-remaining': '0', 'x-rate-limit-reset': String(Math.ceil(Date.now() / 1000) + 900) },
      body: fixture('x-search-p1.json'),
    }));
    const crawler = createXCrawler({ http, log: silentLogger, env });
    const ctx = testContext();
    const items = await collect(crawler.crawl(xSource({ maxRateLimitWaitMs: 100 }), ctx));
    expect(items).toHaveLength(2); // the page already read is kept
    expect(srv.requestsTo(SEARCH)).toHaveLength(1);
    expect(ctx.states.get('test-x')).toBeUndefined(); // not advanced: the next run repeats the window
  });

  it('names the missing token', async () => {
    const crawler = createXCrawler({ http, log: silentLogger, env: {} });
    const err = await failure(crawler.crawl(xSource(), testContext()));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toBe('missing secret: set the environment variable X_BEARER_TOKEN');
  });

  it('a 401 is a PermanentError naming the token variable, and the token never shows', async () => {
    srv.route(SEARCH, { status: 401, headers: JSON_HEADERS, body: '{"title":"Unauthorized","status":401}' });
    const crawler = createXCrawler({ http, log: silentLogger, env });
    const err = await failure(crawler.crawl(xSource(), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/X API rejected the token in X_BEARER_TOKEN \(HTTP 401\)/);
    expect(err.message).not.toContain('sekret-token-123');
  });

  it('a wholly malformed page is a PermanentError with one line', async () => {
    srv.route(SEARCH, { headers: JSON_HEADERS, body: '{"data": {"id": "1"}}' });
    const crawler = createXCrawler({ http, log: silentLogger, env });
    const err = await failure(crawler.crawl(xSource(), testContext()));
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toBe(`X API: malformed page from ${srv.origin}${SEARCH}: expected {data: [...], meta: {...}}`);
    srv.route(SEARCH, { headers: JSON_HEADERS, body: '<html>oops</html>' });
    const err2 = await failure(crawler.crawl(xSource(), testContext()));
    expect(err2.message).toMatch(/^X API: malformed response from .*: not JSON \("<html>oops<\/html>…"\)$/);
  });

  it('sends the bearer token in the Authorization header', async () => {
    srv.route(SEARCH, { headers: JSON_HEADERS, body: fixture('x-search-p2.json') });
    await collect(createXCrawler({ http, log: silentLogger, env }).crawl(xSource(), testContext()));
    expect(srv.requestsTo(SEARCH)[0]!.headers.authorization).toBe('Bearer sekret-token-123');
  });
});
