// The render guard proxy on its own: each request (each redirect hop is one) is checked and connected
// to the address the guard checked; CONNECT tunnels likewise; WebSocket upgrades are refused.
import { request } from 'node:http';
import { connect } from 'node:net';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startGuardProxy, type GuardProxy } from '../../../crawlers/render/guard-proxy.js';
import { createSsrfGuard, sameOrigin } from '../../../crawlers/shared/ssrf.js';
import { silentLogger } from '../../../src/core/log.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';

/** One request through the proxy (absolute-form URL, as a browser sends it). */
function viaProxy(proxy: GuardProxy, url: string, headers: Record<string, string> = {}): Promise<{ status: number; body: string }> {
  const p = new URL(proxy.server);
  return new Promise((resolve, reject) => {
    const req = request({ host: p.hostname, port: p.port, path: url, headers: { host: new URL(url).host, ...headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (body += c));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    req.on('error', reject);
    req.end();
  });
}

function connectVia(proxy: GuardProxy, target: string): Promise<string> {
  const p = new URL(proxy.server);
  return new Promise((resolve, reject) => {
    const s = connect(Number(p.port), p.hostname, () => s.write(`CONNECT ${target} HTTP/1.1\r\nHost: ${target}\r\n\r\n`));
    s.once('data', (d) => {
      resolve(d.toString('latin1').split('\r\n')[0]!);
      s.destroy();
    });
    s.on('error', reject);
  });
}

describe('guard proxy', () => {
  let a: FixtureServer, b: FixtureServer;
  let proxy: GuardProxy;
  beforeEach(async () => {
    [a, b] = await Promise.all([startFixtureServer(), startFixtureServer()]);
    a.route('/ok', { body: 'dari A' });
    a.route('/hop', { status: 302, headers: { location: b.url('/secret') } });
    b.route('/secret', { body: 'rahasia' });
    const guard = createSsrfGuard({
      log: silentLogger,
      trustedOrigins: [a.origin],
      allowPrivateHosts: ['pinned.test'],
      lookup: async (h) => (h === 'pinned.test' ? [{ address: '127.0.0.1', family: 4 }] : h === 'evil.test' ? [{ address: '10.0.0.1', family: 4 }] : []),
    });
    proxy = await startGuardProxy({ guard, vouched: (u) => sameOrigin(u, a.origin), log: silentLogger });
  });
  afterEach(async () => {
    await proxy.close();
    await Promise.all([a.close(), b.close()]);
  });

  it('passes the vouched origin, hands a redirect back, and refuses the hop it points to', async () => {
    expect(await viaProxy(proxy, a.url('/ok'))).toEqual({ status: 200, body: 'dari A' });
    expect((await viaProxy(proxy, a.url('/hop'))).status).toBe(302);
    expect((await viaProxy(proxy, b.url('/secret'))).status).toBe(403);
    expect(b.requests).toEqual([]);
  });

  it('connects to the address the guard resolved (a name the system cannot resolve)', async () => {
    expect(await viaProxy(proxy, `http://pinned.test:${a.port}/ok`)).toEqual({ status: 200, body: 'dari A' });
    expect((await viaProxy(proxy, 'http://evil.test/')).status).toBe(403);
  });

  it('refuses CONNECT to an untrusted private address and WebSocket upgrades', async () => {
    expect(await connectVia(proxy, `127.0.0.1:${b.port}`)).toMatch(/^HTTP\/1\.1 403/);
    expect(await connectVia(proxy, `127.0.0.1:${a.port}`)).toMatch(/^HTTP\/1\.1 403/); // https://A is not the trusted http://A
    expect(await connectVia(proxy, `pinned.test:${a.port}`)).toMatch(/^HTTP\/1\.1 200/); // allow-listed: tunnelled to the checked address
    const ws = await viaProxy(proxy, a.url('/ws'), { connection: 'Upgrade', upgrade: 'websocket', 'sec-websocket-version': '13', 'sec-websocket-key': 'dGhlIHNhbXBsZSBub25jZQ==' }).catch((e) => e);
    expect(ws.status ?? 403).toBe(403);
    expect(a.requestsTo('/ws')).toEqual([]);
  });
});
