import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PermanentError, RateLimitedError, TransientError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import { createHttpClient, type HttpClient, type HttpClientOptions } from '../../../crawlers/shared/http.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp } from './helpers.js';

let srv: FixtureServer;
let clients: HttpClient[] = [];

/**
 * A client that trusts the loopback fixture host; its fetch vouches for the URL unless told otherwise,
 * as a crawler does for its own source (the guard trusts only what a caller vouches for).
 */
function client(over: Partial<HttpClientOptions> = {}): HttpClient {
  const c = createHttpClient({ ...crawlConfig(), ...fastHttp, log: silentLogger, trustedHosts: ['127.0.0.1'], ...over });
  clients.push(c);
  return { ...c, robots: c.robots, hostIntervalMs: c.hostIntervalMs, close: c.close, fetch: (url, o = {}) => c.fetch(url, { trusted: true, ...o }) };
}

beforeEach(async () => {
  srv = await startFixtureServer();
});
afterEach(async () => {
  for (const c of clients) await c.close();
  clients = [];
  await srv.close();
});

describe('http client: basics', () => {
  it('sends the configured User-Agent and decodes by the header charset', async () => {
    srv.route('/page', { headers: { 'content-type': 'text/html; charset=ISO-8859-1' }, body: iconv.encode('<p>Wali Kota – café</p>', 'windows-1252') });
    const res = await client({ userAgent: 'PantauBot/9 (+test)' }).fetch(srv.url('/page'));
    expect(res.status).toBe(200);
    expect(res.contentType).toBe('text/html');
    expect(res.text).toBe('<p>Wali Kota – café</p>');
    expect(srv.requestsTo('/page')[0]!.headers['user-agent']).toBe('PantauBot/9 (+test)');
  });

  it('decompresses gzip', async () => {
    srv.route('/gz', { headers: { 'content-type': 'text/html', 'content-encoding': 'gzip' }, body: gzipSync('<p>hello</p>') });
    expect((await client().fetch(srv.url('/gz'))).text).toBe('<p>hello</p>');
  });

  it('makes a conditional GET and reports 304 as notModified', async () => {
    srv.route('/feed', (req) =>
      req.headers['if-none-match'] === '"v1"' ? { status: 304 } : { headers: { etag: '"v1"', 'last-modified': 'Mon, 01 Jun 2026 00:00:00 GMT' }, body: '<rss/>' },
    );
    const c = client();
    const first = await c.fetch(srv.url('/feed'));
    expect(first.notModified).toBe(false);
    const second = await c.fetch(srv.url('/feed'), { etag: first.headers.etag, lastModified: first.headers['last-modified'] });
    expect(second).toMatchObject({ status: 304, notModified: true });
    expect(second.body.length).toBe(0);
    const sent = srv.requestsTo('/feed')[1]!.headers;
    expect(sent['if-none-match']).toBe('"v1"');
    expect(sent['if-modified-since']).toBe('Mon, 01 Jun 2026 00:00:00 GMT');
  });

  it('follows redirects by hand and reports the final URL', async () => {
    srv.route('/old', { status: 301, headers: { location: '/mid' } });
    srv.route('/mid', { status: 302, headers: { location: srv.url('/new') } });
    srv.route('/new', { headers: { 'content-type': 'text/html' }, body: 'ok' });
    const res = await client().fetch(srv.url('/old'));
    expect(res.url).toBe(srv.url('/new'));
    expect(res.redirects).toEqual([srv.url('/old'), srv.url('/mid')]);
  });

  it('sends extra headers (an API token) to the first origin only, never across a redirect', async () => {
    const other = await startFixtureServer();
    try {
      srv.route('/api', (req) => (req.headers.authorization === 'Bearer t0k' ? { status: 302, headers: { location: other.url('/elsewhere') } } : { status: 401 }));
      other.route('/elsewhere', { headers: { 'content-type': 'text/plain' }, body: 'ok' });
      // The other origin stands for a public API host: allow-listed, since it is loopback here.
      const res = await client({ allowPrivateHosts: [other.host] }).fetch(srv.url('/api'), { trusted: true, headers: { Authorization: 'Bearer t0k' } });
      expect(res.text).toBe('ok');
      expect(srv.requestsTo('/api')[0]!.headers.authorization).toBe('Bearer t0k');
      expect(other.requestsTo('/elsewhere')[0]!.headers.authorization).toBeUndefined();
    } finally {
      await other.close();
    }
  });

  it('caps redirects', async () => {
    srv.route('/loop', { status: 302, headers: { location: '/loop' } });
    const err = await client({ maxRedirects: 3 }).fetch(srv.url('/loop')).catch((e) => e);
    expect(err).toMatchObject({ code: 'too_many_redirects' });
    expect(srv.requestsTo('/loop')).toHaveLength(4);
  });
});

describe('http client: error classes and retries', () => {
  it('4xx is permanent and not retried', async () => {
    srv.route('/gone', { status: 404 });
    const err = await client().fetch(srv.url('/gone')).catch((e) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect(err).toMatchObject({ code: 'http_404' });
    expect(err.message).toContain(srv.url('/gone'));
    expect(srv.requestsTo('/gone')).toHaveLength(1);
  });

  it('5xx is retried crawl.retries times, then given up as transient', async () => {
    srv.route('/down', { status: 502 });
    const err = await client({ retries: 2 }).fetch(srv.url('/down')).catch((e) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect(err.code).toBe('http_502');
    expect(srv.requestsTo('/down')).toHaveLength(3);
  });

  it('5xx then success succeeds', async () => {
    let n = 0;
    srv.route('/flaky', () => (++n < 3 ? { status: 500 } : { headers: { 'content-type': 'text/html' }, body: 'fine' }));
    expect((await client({ retries: 3 }).fetch(srv.url('/flaky'))).text).toBe('fine');
    expect(n).toBe(3);
  });

  it('waits Retry-After on 429, then succeeds', async () => {
    let n = 0;
    srv.route('/busy', () => (++n === 1 ? { status: 429, headers: { 'retry-after': '1' } } : { body: 'done' }));
    const res = await client({ retries: 0 }).fetch(srv.url('/busy')); // rate limits don't spend retries
    expect(res.text).toBe('done');
    const [a, b] = srv.requestsTo('/busy');
    expect(b!.at - a!.at).toBeGreaterThanOrEqual(900);
  });

  it('503 with Retry-After is a rate limit; longer than the cap fails fast and holds the host', async () => {
    srv.route('/maint', { status: 503, headers: { 'retry-after': '3600' } });
    srv.route('/other', { body: 'x' });
    const c = client();
    const err = await c.fetch(srv.url('/maint')).catch((e) => e);
    expect(err).toBeInstanceOf(RateLimitedError);
    expect(err.retryAfterMs).toBe(3_600_000);
    // The host asked for an hour: siblings are refused without a request.
    await expect(c.fetch(srv.url('/other'))).rejects.toBeInstanceOf(RateLimitedError);
    expect(srv.requestsTo('/other')).toHaveLength(0);
  });

  it('a timeout is transient', async () => {
    srv.route('/slow', { delayMs: 1000, body: 'late' });
    const err = await client({ timeoutMs: 100, retries: 0 }).fetch(srv.url('/slow')).catch((e) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect(err.code).toBe('timeout');
  });

  it('a refused connection is transient', async () => {
    const dead = await startFixtureServer();
    const url = dead.url('/x');
    await dead.close();
    const err = await client({ retries: 0, respectRobots: false }).fetch(url).catch((e) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect(err.code).toBe('network');
    expect(err.message).toContain('ECONNREFUSED');
    // With robots on, the robots.txt fetch hits the dead host first: still transient, still says why.
    const viaRobots = await client({ retries: 0 }).fetch(url).catch((e) => e);
    expect(viaRobots).toBeInstanceOf(TransientError);
    expect(viaRobots.message).toContain('ECONNREFUSED');
  });

  it('aborting stops at once, without retries', async () => {
    srv.route('/slow', { delayMs: 2000, body: 'late' });
    const ac = new AbortController();
    const p = client({ retries: 3 }).fetch(srv.url('/slow'), { signal: ac.signal });
    // Abort once the request is at the server (a fixed delay loses the race on a loaded machine).
    while (srv.requestsTo('/slow').length === 0) await new Promise((r) => setTimeout(r, 5));
    ac.abort();
    const err = await p.catch((e) => e);
    expect(err.name).toBe('AbortError');
    expect(srv.requestsTo('/slow')).toHaveLength(1);
  });
});

describe('http client: size cap', () => {
  it('refuses by Content-Length before reading', async () => {
    srv.route('/big', { body: Buffer.alloc(5000, 'a') });
    const err = await client({ maxBytes: 1000 }).fetch(srv.url('/big')).catch((e) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe('too_large');
    expect(err.message).toContain(srv.url('/big'));
    expect(err.message).toContain('1000-byte limit');
  });

  it('refuses a chunked body once it passes the limit', async () => {
    srv.route('/stream', (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      for (let i = 0; i < 10; i++) res.write(Buffer.alloc(500, 'b'));
      res.end();
    });
    const err = await client({ maxBytes: 1000 }).fetch(srv.url('/stream')).catch((e) => e);
    expect(err).toMatchObject({ code: 'too_large' });
    expect(err.message).toMatch(/too large .*1000-byte limit, crawl\.maxBytes/);
  });

  it('counts decompressed bytes (gzip bomb)', async () => {
    srv.route('/bomb', { headers: { 'content-encoding': 'gzip' }, body: gzipSync(Buffer.alloc(200_000, 0)) });
    await expect(client({ maxBytes: 10_000 }).fetch(srv.url('/bomb'))).rejects.toMatchObject({ code: 'too_large' });
  });
});

describe('http client: SSRF guard', () => {
  it.each(['http://10.0.0.1/admin', 'http://169.254.169.254/latest/meta-data/', 'http://[::1]/', 'http://0.0.0.0/'])(
    'refuses a redirect from a trusted host to %s without connecting',
    async (target) => {
      srv.route('/go', { status: 302, headers: { location: target } });
      const t0 = Date.now();
      const err = await client({ timeoutMs: 2000, retries: 2 }).fetch(srv.url('/go')).catch((e) => e);
      // 'ssrf' (not a network error or timeout) proves we refused before any connection attempt.
      expect(err).toBeInstanceOf(PermanentError);
      expect(err.code).toBe('ssrf');
      expect(err.message).toContain(new URL(target).hostname.replace(/^\[|\]$/g, ''));
      expect(Date.now() - t0).toBeLessThan(1500);
      expect(srv.requestsTo('/go')).toHaveLength(1);
    },
  );

  it('refuses a redirect to a name that resolves to a private address', async () => {
    const looked: string[] = [];
    const lookup = async (h: string) => (looked.push(h), [{ address: '127.0.0.1', family: 4 }]);
    srv.route('/go', { status: 302, headers: { location: `http://intranet.test:${srv.port}/secret` } });
    await expect(client({ lookup }).fetch(srv.url('/go'))).rejects.toMatchObject({ code: 'ssrf' });
    expect(looked).toEqual(['intranet.test']);
  });

  it('refuses a private host unless the caller vouches for a configured origin or it is allow-listed', async () => {
    srv.route('/x', { body: 'x' });
    await expect(client({ trustedHosts: [] }).fetch(srv.url('/x'), { trusted: false })).rejects.toMatchObject({ code: 'ssrf' });
    await expect(client().fetch(srv.url('/x'), { trusted: false })).rejects.toMatchObject({ code: 'ssrf' }); // configured, nobody vouched
    await expect(client({ trustedHosts: [] }).fetch(srv.url('/x'))).rejects.toMatchObject({ code: 'ssrf' }); // vouched, not configured
    await expect(client({ trustedHosts: [], trustedOrigins: [srv.origin] }).fetch(srv.url('/x'))).resolves.toMatchObject({ status: 200 });
    await expect(client({ trustedHosts: [], allowPrivateHosts: ['127.0.0.1'] }).fetch(srv.url('/x'), { trusted: false })).resolves.toMatchObject({ status: 200 });
    await expect(client({ trustedHosts: [], allowPrivateHosts: [srv.host] }).fetch(srv.url('/x'), { trusted: false })).resolves.toMatchObject({ status: 200 });
    await expect(client({ trustedHosts: [], allowPrivateHosts: ['127.0.0.1:1'] }).fetch(srv.url('/x'), { trusted: false })).rejects.toMatchObject({ code: 'ssrf' });
  });
});

describe('http client: robots.txt', () => {
  const robots = ['User-agent: *', 'Disallow: /nobody/', '', 'User-agent: PantauBot', 'Disallow: /private/', 'Crawl-delay: 1', ''].join('\n');

  it('never fetches a disallowed URL, fetches robots.txt once, honours Crawl-delay', async () => {
    srv.route('/robots.txt', { headers: { 'content-type': 'text/plain' }, body: robots });
    srv.route('/private/x', { body: 'secret' });
    srv.route('/nobody/x', { body: 'not for *' });
    srv.route('/a', { body: 'a' });
    srv.route('/b', { body: 'b' });
    const c = client({ respectRobots: true, perHostIntervalMs: 0 });
    const err = await c.fetch(srv.url('/private/x')).catch((e) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe('robots');
    expect(err.message).toContain('/private/x');
    // Our group overrides "*": /nobody/ is allowed for PantauBot.
    await c.fetch(srv.url('/nobody/x'));
    // Crawl-delay 1 s became the host's minimum interval, one request at a time.
    expect(c.hostIntervalMs(srv.host)).toBe(1000);
    await Promise.all([c.fetch(srv.url('/a')), c.fetch(srv.url('/b'))]);
    expect(srv.requestsTo('/private/x')).toHaveLength(0);
    expect(srv.requestsTo('/robots.txt')).toHaveLength(1);
    const [a, b] = [srv.requestsTo('/a')[0]!, srv.requestsTo('/b')[0]!].sort((x, y) => x.at - y.at);
    expect(b.at - a.at).toBeGreaterThanOrEqual(900);
  });

  it('caps an absurd Crawl-delay', async () => {
    srv.route('/robots.txt', { body: 'User-agent: *\nCrawl-delay: 86400\n' });
    srv.route('/a', { body: 'a' });
    const c = client({ respectRobots: true, maxCrawlDelayMs: 2000 });
    await c.fetch(srv.url('/a'));
    expect(c.hostIntervalMs(srv.host)).toBe(2000);
  });

  it('no robots.txt (404) allows everything; 5xx holds the site off as a transient failure', async () => {
    srv.route('/a', { body: 'a' });
    await expect(client({ respectRobots: true }).fetch(srv.url('/a'))).resolves.toMatchObject({ status: 200 });
    srv.route('/robots.txt', { status: 500 });
    const c = client({ respectRobots: true, retries: 3 });
    const err = await c.fetch(srv.url('/a')).catch((e) => e);
    expect(err).toBeInstanceOf(TransientError);
    expect(err.code).toBe('robots_unavailable');
    expect(err.message).toMatch(/robots\.txt .* unavailable \(HTTP 500\)/);
    await expect(c.fetch(srv.url('/a'))).rejects.toMatchObject({ code: 'robots_unavailable' });
    // Cached: robots.txt asked once by this client, /a not fetched by it, no pointless retries.
    expect(srv.requestsTo('/robots.txt')).toHaveLength(2); // one per client
    expect(srv.requestsTo('/a')).toHaveLength(1); // the first client's
  });

  it('checks robots.txt on every redirect hop', async () => {
    srv.route('/robots.txt', { body: 'User-agent: *\nDisallow: /private/\n' });
    srv.route('/short', { status: 302, headers: { location: '/private/doc' } });
    await expect(client({ respectRobots: true }).fetch(srv.url('/short'))).rejects.toMatchObject({ code: 'robots' });
    expect(srv.requestsTo('/private/doc')).toHaveLength(0);
  });
});

describe('http client: politeness', () => {
  it('spaces request starts on one host by perHostIntervalMs', async () => {
    srv.route('/p', { body: 'p' });
    const c = client({ perHostIntervalMs: 150, perHostConcurrency: 2 });
    await Promise.all([1, 2, 3].map((i) => c.fetch(srv.url(`/p?i=${i}`))));
    const at = srv.requestsTo('/p').map((r) => r.at).sort((x, y) => x - y);
    expect(at[1]! - at[0]!).toBeGreaterThanOrEqual(130);
    expect(at[2]! - at[1]!).toBeGreaterThanOrEqual(130);
    expect(c.hostIntervalMs(srv.host)).toBe(150);
  });

  it('keeps at most perHostConcurrency requests in flight per host', async () => {
    let inflight = 0;
    let peak = 0;
    srv.route('/c', async () => {
      peak = Math.max(peak, ++inflight);
      await new Promise((r) => setTimeout(r, 60));
      inflight--;
      return { body: 'c' };
    });
    const c = client({ perHostIntervalMs: 0, perHostConcurrency: 2, concurrency: 8 });
    await Promise.all(Array.from({ length: 6 }, (_, i) => c.fetch(srv.url(`/c?i=${i}`))));
    expect(peak).toBe(2);
  });
});
