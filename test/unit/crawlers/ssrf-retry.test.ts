import { describe, expect, it } from 'vitest';
import { PermanentError, RateLimitedError, TransientError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import { createSsrfGuard, isPrivateAddress } from '../../../crawlers/shared/ssrf.js';
import { backoffMs, parseRetryAfter, withRetry } from '../../../crawlers/shared/retry.js';

describe('isPrivateAddress', () => {
  it.each([
    '10.0.0.1', '172.16.5.4', '172.31.255.255', '192.168.1.1', '127.0.0.1', '169.254.169.254', '0.0.0.0',
    '::1', '::', 'fc00::1', 'fd12:3456::1', 'fe80::1', '::ffff:10.0.0.1', '::ffff:a00:1', '::ffff:127.0.0.1', '[::1]',
  ])('%s is private', (ip) => expect(isPrivateAddress(ip)).toBe(true));

  it.each(['8.8.8.8', '172.32.0.1', '103.10.20.30', '2001:4860:4860::8888', '::ffff:8.8.8.8'])('%s is public', (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );
});

describe('ssrf guard', () => {
  const lookup = async (host: string) =>
    host === 'evil.test' ? [{ address: '93.184.216.34', family: 4 }, { address: '10.1.2.3', family: 4 }] : [{ address: '93.184.216.34', family: 4 }];

  it('refuses private IP literals and hosts resolving to any private address', async () => {
    const g = createSsrfGuard({ log: silentLogger, lookup });
    await expect(g.assertAllowed(new URL('http://169.254.169.254/latest/meta-data/'), false)).rejects.toMatchObject({ code: 'ssrf' });
    await expect(g.assertAllowed(new URL('http://[::ffff:7f00:1]/'), false)).rejects.toMatchObject({ code: 'ssrf' });
    await expect(g.assertAllowed(new URL('http://2130706433/'), false)).rejects.toMatchObject({ code: 'ssrf' }); // 127.0.0.1
    const err = await g.assertAllowed(new URL('http://evil.test/x'), false).catch((e) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.message).toMatch(/evil\.test resolves to private address 10\.1\.2\.3/);
    await expect(g.assertAllowed(new URL('http://news.test/x'), false)).resolves.toBeUndefined();
  });

  it('lets trusted and allow-listed hosts through', async () => {
    const g = createSsrfGuard({ log: silentLogger, lookup, trustedHosts: ['127.0.0.1'], allowPrivateHosts: ['evil.test', '10.0.0.5'] });
    await expect(g.assertAllowed(new URL('http://127.0.0.1:8080/'), false)).resolves.toBeUndefined();
    await expect(g.assertAllowed(new URL('http://evil.test/'), false)).resolves.toBeUndefined();
    await expect(g.assertAllowed(new URL('http://10.0.0.5/'), false)).resolves.toBeUndefined();
    await expect(g.assertAllowed(new URL('http://10.0.0.6/'), true)).resolves.toBeUndefined(); // caller vouches
    await expect(g.assertAllowed(new URL('http://10.0.0.6/'), false)).rejects.toMatchObject({ code: 'ssrf' });
  });
});

describe('retry', () => {
  it('parses Retry-After seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    const now = Date.parse('2026-01-01T00:00:00Z');
    expect(parseRetryAfter('Thu, 01 Jan 2026 00:00:05 GMT', now)).toBe(5000);
    expect(parseRetryAfter('Wed, 31 Dec 2025 00:00:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
    expect(parseRetryAfter(undefined)).toBeUndefined();
  });

  it('backs off exponentially with jitter between 50% and 100%', () => {
    expect(backoffMs(0, 100, 30_000, () => 0)).toBe(50);
    expect(backoffMs(3, 100, 30_000, () => 1)).toBe(800);
    expect(backoffMs(20, 100, 1000, () => 1)).toBe(1000);
  });

  it('retries transient errors N times, never permanent ones, waits for rate limits', async () => {
    let calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(new TransientError('boom'))), { retries: 2, baseMs: 1, maxRetryAfterMs: 100 })).rejects.toThrow('boom');
    expect(calls).toBe(3);
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(new PermanentError('404'))), { retries: 2, baseMs: 1, maxRetryAfterMs: 100 })).rejects.toThrow('404');
    expect(calls).toBe(1);
    calls = 0;
    const v = await withRetry(async () => (++calls < 3 ? Promise.reject(new RateLimitedError('slow down', 5)) : 'ok'), { retries: 0, baseMs: 1, maxRetryAfterMs: 100 });
    expect(v).toBe('ok');
    calls = 0;
    await expect(withRetry(async () => (calls++, Promise.reject(new RateLimitedError('come back in an hour', 3_600_000))), { retries: 3, baseMs: 1, maxRetryAfterMs: 100 })).rejects.toBeInstanceOf(RateLimitedError);
    expect(calls).toBe(1);
  });
});
