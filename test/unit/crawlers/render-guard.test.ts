// Issue 17.8: headless Chromium on hostile JavaScript. Every request a page makes, and every redirect
// hop, passes the SSRF guard and is connected to the address the guard checked; WebSockets never
// connect. Real Chromium against loopback servers; skipped with a message when it is not installed.
import { existsSync } from 'node:fs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { chromiumArgs } from '../../../crawlers/render/browser.js';
import { silentLogger } from '../../../src/core/log.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp } from './helpers.js';

const CHROMIUM = process.env.PANTAU_CRAWL_CHROMIUM_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`render guard tests skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

describe('Chromium sandbox', () => {
  it('stays on unless Pantau runs as root', () => {
    expect(chromiumArgs(1000)).not.toContain('--no-sandbox');
    expect(chromiumArgs(0)).toContain('--no-sandbox');
  });
});

describe.skipIf(!HAVE_CHROMIUM)('render mode: every request is guarded (headless Chromium)', () => {
  let a: FixtureServer; // the source's origin
  let b: FixtureServer; // another port of the same machine: not trusted
  let crawlers: Crawlers | undefined;
  let upgrades: string[];

  beforeEach(async () => {
    [a, b] = await Promise.all([startFixtureServer(), startFixtureServer()]);
    upgrades = [];
    a.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
    b.route('/data', { headers: { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }, body: 'RAHASIA-B' });
    a.route('/hop', { status: 302, headers: { location: b.url('/data') } });
    a.route('/api', { headers: { 'content-type': 'text/plain' }, body: 'Isi dari API sendiri' });
    a.route('/pin', { headers: { 'content-type': 'text/plain', 'access-control-allow-origin': '*' }, body: 'Lewat alamat yang diperiksa' });
  });
  afterEach(async () => {
    await crawlers?.close();
    crawlers = undefined;
    await Promise.all([a.close(), b.close()]);
  });

  it('blocks XHR and redirects to an untrusted origin and WebSockets; same-origin XHR works; names resolve as the guard resolved them', { timeout: 60_000 }, async () => {
    const { createServer } = await import('node:net');
    // A raw TCP listener on B's side for WebSocket attempts: any connection to it is recorded.
    const wsServer = createServer((s) => {
      upgrades.push('connection');
      s.destroy();
    });
    await new Promise<void>((r) => wsServer.listen(0, '127.0.0.1', () => r()));
    const wsPort = (wsServer.address() as import('node:net').AddressInfo).port;
    try {
      const page = `<!doctype html><html><head><meta charset="utf-8"><title>Uji</title></head><body><article><h1>Uji penjaga</h1><p id="api">-</p><p id="pin">-</p><p id="log">-</p></article>
<script>
const log = [];
const show = () => { document.getElementById('log').textContent = log.join(' '); };
fetch('/api').then((r) => r.text()).then((t) => { document.getElementById('api').textContent = t; });
fetch('/hop').then((r) => r.text()).then((t) => { log.push('hop:' + t); show(); }, () => { log.push('hop-blocked'); show(); });
fetch(${JSON.stringify(b.url('/data'))}).then((r) => r.text()).then((t) => { log.push('direct:' + t); show(); }, () => { log.push('direct-blocked'); show(); });
fetch('http://pinned.test:${a.port}/pin').then((r) => r.text()).then((t) => { document.getElementById('pin').textContent = t; }, () => { log.push('pin-failed'); show(); });
try {
  const ws = new WebSocket('ws://127.0.0.1:${wsPort}/ws');
  ws.onopen = () => { log.push('ws-open'); show(); };
  ws.onclose = () => { log.push('ws-closed'); show(); };
} catch (e) { log.push('ws-throw'); show(); }
</script></body></html>`;
      a.route('/halaman', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page });
      crawlers = createCrawlers({
        crawl: crawlConfig({ chromiumPath: CHROMIUM, timeoutMs: 15_000, allowPrivateHosts: ['pinned.test'] }),
        log: silentLogger,
        trustedHosts: ['127.0.0.1'],
        // pinned.test exists only here: the page can reach it only through the guard's resolution.
        http: { ...fastHttp, lookup: async (h: string) => (h === 'pinned.test' ? [{ address: '127.0.0.1', family: 4 }] : []) },
      });
      const res = await crawlers.renderer.render(a.url('/halaman'), { trusted: true });
      expect(b.requests).toEqual([]);
      expect(upgrades).toEqual([]);
      expect(res.text).toContain('Isi dari API sendiri');
      expect(res.text).toContain('Lewat alamat yang diperiksa');
      expect(res.text).not.toContain('RAHASIA-B');
      // The page's WebSocket is answered by Playwright's route (it may see open, then close); nothing
      // reached the network.
      expect(res.text).toContain('ws-closed');
      expect(a.requestsTo('/hop')).toHaveLength(1);
      expect(b.requests).toEqual([]);
      expect(upgrades).toEqual([]);
    } finally {
      await new Promise((r) => wsServer.close(() => r(undefined)));
    }
  });
});
