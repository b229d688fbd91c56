// Issue 16.11: no token, key or password in any log line at any level. Every connector that takes a
// token runs against a loopback API that first fails (5xx: the retry log at debug level quotes the
// URL, where query tokens travel) and then rejects the token; everything pino writes at trace level
// is captured, and neither the token nor its URL-encoded form may appear in it or in the error.
import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';
import { createLogger, redactSecrets } from '../../../src/core/log.js';
import type { Crawler, Logger } from '../../../src/core/types.js';
import { createHttpClient } from '../../../crawlers/shared/http.js';
import { createFacebookCrawler } from '../../../crawlers/social/facebook.js';
import { createInstagramCrawler } from '../../../crawlers/social/instagram.js';
import { createXCrawler } from '../../../crawlers/social/x.js';
import { createYoutubeCrawler } from '../../../crawlers/social/youtube.js';
import type { SocialDeps } from '../../../crawlers/social/types.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { failure, fixture, source, testContext } from './helpers.js';

// Characters that URL-encode, so both the raw and the encoded form are checked.
const TOKEN = 'Tok3n/with+plus=and-more-0123456789';
const forms = [TOKEN, encodeURIComponent(TOKEN)];

function capturingLogger(env: NodeJS.ProcessEnv): { log: Logger; lines: string[] } {
  const lines: string[] = [];
  // As in `pantau run`: the logger knows the process environment, where the token is.
  const log = createLogger({ level: 'trace', env, destination: { write: (s: string) => void lines.push(s) } });
  return { log, lines };
}

async function crawlAndCapture(
  srv: FixtureServer,
  env: NodeJS.ProcessEnv,
  make: (deps: SocialDeps) => Crawler,
  src: ReturnType<typeof source>,
): Promise<{ lines: string[]; error: Error }> {
  const { log, lines } = capturingLogger(env);
  const crawl = parseConfig({}, { env: {} }).crawl;
  const http = createHttpClient({ ...crawl, perHostIntervalMs: 0, timeoutMs: 3000, retries: 2, log, trustedHosts: ['127.0.0.1'], retryBaseMs: 2, maxRetryAfterMs: 3000 });
  try {
    const error = await failure(make({ http, log, env, now: () => Date.parse('2026-11-19T00:00:00Z') }).crawl(src, testContext(new Map(), log)));
    return { lines, error };
  } finally {
    await http.close();
  }
}

/** 503 twice (retried), then 401: the token is rejected. */
function flaky(srv: FixtureServer, path: string): void {
  let calls = 0;
  srv.route(path, () => (++calls <= 2 ? { status: 503, body: 'busy' } : { status: 401, body: '{"error":"bad token"}' }));
}

function expectNoSecret(lines: string[], error: Error): void {
  // The test can fail: there are debug lines, and they quote the API URL.
  expect(lines.some((l) => l.includes('"retrying"'))).toBe(true);
  for (const l of lines) for (const f of forms) expect(l).not.toContain(f);
  for (const f of forms) expect(error.message).not.toContain(f);
}

describe('no secret reaches a log line', () => {
  it('x (bearer token)', async () => {
    const srv = await startFixtureServer();
    try {
      flaky(srv, '/2/tweets/search/recent');
      const env = { X_BEARER_TOKEN: TOKEN };
      const { lines, error } = await crawlAndCapture(srv, env, createXCrawler, source('x', 'https://x.com/search?q=jambi', { apiBase: srv.origin }));
      expect(error.message).toMatch(/X_BEARER_TOKEN/);
      expectNoSecret(lines, error);
    } finally {
      await srv.close();
    }
  });

  it('facebook (access_token in the query)', async () => {
    const srv = await startFixtureServer();
    try {
      flaky(srv, '/v21.0/1001/posts');
      const env = { META_ACCESS_TOKEN: TOKEN };
      const src = source('facebook', 'https://www.facebook.com/pemkotjambi', { apiBase: `${srv.origin}/v21.0`, pageId: '1001' });
      const { lines, error } = await crawlAndCapture(srv, env, createFacebookCrawler, src);
      expect(error.message).toMatch(/META_ACCESS_TOKEN/);
      expectNoSecret(lines, error);
    } finally {
      await srv.close();
    }
  });

  it('instagram (access_token in the query)', async () => {
    const srv = await startFixtureServer();
    try {
      flaky(srv, '/v21.0/1784/media');
      const env = { META_ACCESS_TOKEN: TOKEN };
      const src = source('instagram', 'https://www.instagram.com/pemkotjambi', { apiBase: `${srv.origin}/v21.0`, igUserId: '1784' });
      const { lines, error } = await crawlAndCapture(srv, env, createInstagramCrawler, src);
      expect(error.message).toMatch(/META_ACCESS_TOKEN/);
      expectNoSecret(lines, error);
    } finally {
      await srv.close();
    }
  });

  it('youtube (key in the query)', async () => {
    const srv = await startFixtureServer();
    try {
      srv.route('/feeds/videos.xml', { headers: { 'content-type': 'application/atom+xml; charset=utf-8' }, body: fixture('youtube-feed.xml') });
      flaky(srv, '/youtube/v3/commentThreads');
      const env = { YOUTUBE_API_KEY: TOKEN };
      const src = source('youtube', `${srv.origin}/feeds/videos.xml?channel_id=UCpemkotjambi0000000000`, { apiBase: `${srv.origin}/youtube/v3`, comments: true });
      const { lines, error } = await crawlAndCapture(srv, env, createYoutubeCrawler, src);
      expect(error.message).toMatch(/YOUTUBE_API_KEY/);
      expectNoSecret(lines, error);
    } finally {
      await srv.close();
    }
  });

  it('redactSecrets also catches credentials by position when the value is unknown', () => {
    expect(redactSecrets('GET https://graph.facebook.com/v21.0/1/posts?fields=a&access_token=EAAG123abc&after=x', [])).toBe(
      'GET https://graph.facebook.com/v21.0/1/posts?fields=a&access_token=***&after=x',
    );
    expect(redactSecrets('https://www.googleapis.com/youtube/v3/commentThreads?key=AIzaSy0&videoId=v', [])).toBe('https://www.googleapis.com/youtube/v3/commentThreads?key=***&videoId=v');
    expect(redactSecrets('authorization: Bearer AAAAxyz.123', [])).toBe('authorization: Bearer ***');
    expect(redactSecrets('https://admin:hunter2@es.local:9200/', [])).toBe('https://admin:***@es.local:9200/');
  });
});
