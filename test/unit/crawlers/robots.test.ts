import { describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import { productToken, ROBOTS_SWEEP_AT, RobotsCache } from '../../../crawlers/shared/robots.js';

function cache(answers: Record<string, { status: number; text: string } | Error>, now = { t: 0 }) {
  const asked: string[] = [];
  const c = new RobotsCache({
    userAgent: 'PantauBot/0.1 (+https://example.test)',
    log: silentLogger,
    ttlMs: 1000,
    errorTtlMs: 100,
    now: () => now.t,
    fetch: async (url) => {
      asked.push(url);
      const a = answers[url];
      if (a instanceof Error) throw a;
      return a ?? { status: 404, text: '' };
    },
  });
  return { c, asked, now };
}

describe('robots cache', () => {
  it('matches the product token of the User-Agent', () => {
    expect(productToken('PantauBot/0.1 (+https://x)')).toBe('PantauBot');
    expect(productToken('Mozilla/5.0')).toBe('Mozilla');
  });

  it('forgets expired origins once the cache is large, keeping fresh ones', async () => {
    const { c, now } = cache({});
    for (let i = 0; i < ROBOTS_SWEEP_AT; i++) await c.check(`https://pub${i}.test/a`);
    expect(c.size).toBe(ROBOTS_SWEEP_AT);
    now.t = 500; // still fresh (ttl 1000): nothing to drop
    await c.check('https://fresh.test/a');
    expect(c.size).toBe(ROBOTS_SWEEP_AT + 1);
    now.t = 2000; // all expired except the one being added
    await c.check('https://later.test/a');
    expect(c.size).toBe(1);
  });

  it('obeys our group over *, reports Crawl-delay, fetches once per origin', async () => {
    const { c, asked } = cache({
      'https://news.test/robots.txt': { status: 200, text: 'User-agent: *\nDisallow: /\n\nUser-agent: pantaubot\nDisallow: /admin\nCrawl-delay: 2.5\n' },
    });
    const [a, b] = await Promise.all([c.check('https://news.test/berita/1'), c.check('https://news.test/admin/x')]);
    expect(a).toEqual({ allowed: true, crawlDelayMs: 2500 });
    expect(b.allowed).toBe(false);
    expect(b.reason).toContain('/admin/x');
    expect(asked).toEqual(['https://news.test/robots.txt']);
  });

  it('4xx allows all; 5xx and network errors disallow until errorTtl passes; ttl refreshes', async () => {
    const answers: Record<string, { status: number; text: string } | Error> = {
      'https://a.test/robots.txt': { status: 403, text: 'nope' },
      'https://b.test/robots.txt': { status: 503, text: '' },
      'https://c.test/robots.txt': new Error('ECONNRESET'),
    };
    const { c, asked, now } = cache(answers);
    expect((await c.check('https://a.test/x')).allowed).toBe(true);
    expect(await c.check('https://b.test/x')).toMatchObject({ allowed: false, unavailable: true });
    expect(await c.check('https://c.test/x')).toMatchObject({ allowed: false, unavailable: true, reason: expect.stringContaining('ECONNRESET') });
    answers['https://b.test/robots.txt'] = { status: 200, text: '' };
    now.t = 50;
    expect((await c.check('https://b.test/x')).allowed).toBe(false); // still cached
    now.t = 150;
    expect((await c.check('https://b.test/x')).allowed).toBe(true); // error TTL passed
    now.t = 2000;
    await c.check('https://a.test/x'); // TTL passed: asked again
    expect(asked.filter((u) => u.startsWith('https://a.test'))).toHaveLength(2);
  });
});
