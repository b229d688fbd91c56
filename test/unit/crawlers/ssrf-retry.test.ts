import { describe, expect, it } from 'vitest';
import { PermanentError, RateLimitedError, TransientError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import { canonicalHost, createSsrfGuard, isPrivateAddress } from '../../../crawlers/shared/ssrf.js';
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
    await expect(g.assertAllowed(new URL('http://news.test/x'), false)).resolves.toEqual(['93.184.216.34']);
  });

  it('lets vouched-for configured origins and allow-listed hosts through', async () => {
    const g = createSsrfGuard({ log: silentLogger, lookup, trustedOrigins: ['http://127.0.0.1:8080'], allowPrivateHosts: ['evil.test', '10.0.0.5', '10.0.0.7:8443'] });
    await expect(g.assertAllowed(new URL('http://127.0.0.1:8080/'), true)).resolves.toBeDefined();
    await expect(g.assertAllowed(new URL('http://127.0.0.1:8080/'), false)).rejects.toMatchObject({ code: 'ssrf' }); // nobody vouched
    await expect(g.assertAllowed(new URL('http://127.0.0.1:9200/'), true)).rejects.toMatchObject({ code: 'ssrf' }); // other port
    await expect(g.assertAllowed(new URL('https://127.0.0.1:8080/'), true)).rejects.toMatchObject({ code: 'ssrf' }); // other scheme
    await expect(g.assertAllowed(new URL('http://evil.test/'), false)).resolves.toBeDefined();
    await expect(g.assertAllowed(new URL('http://10.0.0.5:1234/'), false)).resolves.toBeDefined(); // host alone: any port
    await expect(g.assertAllowed(new URL('https://10.0.0.7:8443/'), false)).resolves.toBeDefined();
    await expect(g.assertAllowed(new URL('http://10.0.0.7:80/'), false)).rejects.toMatchObject({ code: 'ssrf' }); // host:port: that port only
    await expect(g.assertAllowed(new URL('http://10.0.0.6/'), true)).rejects.toMatchObject({ code: 'ssrf' }); // vouching alone is not enough
  });

  it.each(['127.1', '0x7f000001', '2130706433', '0177.0.0.1', '0x7f.1', '127.0.1'])('canonicalizes %s to 127.0.0.1 before any check', async (h) => {
    expect(canonicalHost(h)).toBe('127.0.0.1');
    const g = createSsrfGuard({ log: silentLogger, lookup, trustedOrigins: ['http://127.0.0.1:8080'] });
    await expect(g.assertAllowed(new URL(`http://${h}:9200/`), true)).rejects.toMatchObject({ code: 'ssrf' });
    await expect(g.assertAllowed(new URL(`http://${h}:8080/`), true)).resolves.toBeDefined();
    expect(isPrivateAddress(h)).toBe(true);
    // An allow-list entry in any of these forms means 127.0.0.1.
    const a = createSsrfGuard({ log: silentLogger, lookup, allowPrivateHosts: [`${h}:8080`] });
    await expect(a.assertAllowed(new URL('http://127.0.0.1:8080/'), false)).resolves.toBeDefined();
    await expect(a.assertAllowed(new URL('http://127.0.0.1:8081/'), false)).rejects.toMatchObject({ code: 'ssrf' });
  });
});

// Issue 17.7: IPv4 inside IPv6. Classified without sending anything: IP literals and a fake resolver.
describe('IPv4 embedded in IPv6, and other non-public IPv6', () => {
  it.each([
    '::169.254.169.254', // IPv4-compatible
    '::127.0.0.1',
    '::ffff:169.254.169.254',
    '::ffff:0:169.254.169.254', // IPv4-translated (RFC 6145)
    '::ffff:0:a9fe:a9fe',
    '64:ff9b::169.254.169.254', // NAT64 (RFC 6052)
    '64:ff9b::a00:1',
    '64:ff9b:1::8.8.8.8', // local-use NAT64
    '2002:a9fe:a9fe::1', // 6to4 of 169.254.169.254
    '2002:808:808::1', // 6to4 (refused whatever it embeds)
    '2001:0:4136:e378:8000:63bf:3fff:fdd2', // Teredo
    'fec0::1', // site-local
    'fd00::1',
    'fe80::1%eth0',
    'ff02::1',
    '2001:db8::1', // documentation
    '100::1', // discard
  ])('%s is refused', async (ip) => {
    expect(isPrivateAddress(ip)).toBe(true);
    const g = createSsrfGuard({ log: silentLogger, lookup: async () => [{ address: '93.184.216.34', family: 4 }] });
    await expect(g.assertAllowed(new URL(`http://[${ip.replace(/%.*$/, '')}]/`), false)).rejects.toMatchObject({ code: 'ssrf' });
    const resolvesTo = createSsrfGuard({ log: silentLogger, lookup: async () => [{ address: ip, family: 6 }] });
    await expect(resolvesTo.assertAllowed(new URL('http://aaaa.test/'), false)).rejects.toMatchObject({ code: 'ssrf' });
  });

  it.each(['2404:6800:4003:c00::64', '::ffff:8.8.8.8', '64:ff9b::808:808', '2001:4860:4860::8888', '8.8.8.8', '103.10.20.30'])('%s is public', (ip) =>
    expect(isPrivateAddress(ip)).toBe(false),
  );

  it.each(['100.64.0.1', '192.0.2.1', '198.18.0.1', '255.255.255.255', '240.0.0.1', '224.0.0.1'])('%s (reserved IPv4) is refused', (ip) =>
    expect(isPrivateAddress(ip)).toBe(true),
  );
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
