// The headless browser's only way out: a small HTTP proxy on 127.0.0.1, one per rendered page, that
// Chromium is told to use for every request (loopback included). For each request and each CONNECT
// tunnel it runs the SSRF guard on the target, then connects to exactly the address the guard
// checked — so a redirect hop, a script's XHR or a host that rebinds its DNS between check and
// connect cannot reach a private address. Chromium resolves no name itself. WebSocket upgrades are
// refused here (and closed earlier by routeWebSocket); https and wss pass as CONNECT tunnels to a
// checked address, their TLS end to end between Chromium and the site.
import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { connect, isIP, type AddressInfo, type Socket } from 'node:net';
import type { Duplex } from 'node:stream';
import { errorMessage } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/types.js';
import type { SsrfGuard } from '../shared/ssrf.js';

export interface GuardProxyOptions {
  guard: SsrfGuard;
  /** Does the page's source vouch for this URL (its own origin)? */
  vouched: (url: URL) => boolean;
  log: Logger;
  /** Called with every URL refused (for the render log). */
  onRefused?: (url: string, reason: string) => void;
}

export interface GuardProxy {
  /** "http://127.0.0.1:PORT" */
  readonly server: string;
  close(): Promise<void>;
}

/** Hop-by-hop headers a proxy must not forward (RFC 9110 §7.6.1), plus proxy credentials. */
const HOP = new Set(['connection', 'keep-alive', 'proxy-connection', 'proxy-authorization', 'te', 'trailer', 'transfer-encoding', 'upgrade']);

export async function startGuardProxy(opts: GuardProxyOptions): Promise<GuardProxy> {
  const sockets = new Set<Socket | Duplex>();

  /** The address to connect to for this URL, checked by the guard; throws when refused. */
  async function pinned(u: URL): Promise<string> {
    const checked = await opts.guard.assertAllowed(u, opts.vouched(u));
    if (checked.length) return checked[0]!;
    return opts.guard.resolve(u.hostname);
  }

  const refuse = (target: string, e: unknown) => {
    const reason = errorMessage(e);
    opts.log.debug({ url: target, err: reason }, 'render: subresource refused');
    opts.onRefused?.(target, reason);
  };

  async function onRequest(req: IncomingMessage, res: ServerResponse): Promise<void> {
    let u: URL;
    try {
      u = new URL(req.url ?? '');
      if (u.protocol !== 'http:') throw new Error(`not an http URL: ${req.url}`);
    } catch {
      res.writeHead(400).end();
      return;
    }
    let address: string;
    try {
      address = await pinned(u);
    } catch (e) {
      refuse(u.href, e);
      res.writeHead(403, { 'content-type': 'text/plain' }).end('refused by pantau');
      return;
    }
    const headers: Record<string, string | string[]> = {};
    for (const [k, v] of Object.entries(req.headers)) if (v !== undefined && !HOP.has(k)) headers[k] = v;
    headers.host = u.host;
    const up = httpRequest({ host: address, family: isIP(address), port: u.port || 80, method: req.method, path: u.pathname + u.search, headers }, (upRes) => {
      const h: Record<string, string | string[]> = {};
      for (const [k, v] of Object.entries(upRes.headers)) if (v !== undefined && !HOP.has(k)) h[k] = v;
      res.writeHead(upRes.statusCode ?? 502, h);
      upRes.pipe(res);
    });
    up.on('error', () => {
      if (!res.headersSent) res.writeHead(502).end();
      else res.destroy();
    });
    req.pipe(up);
  }

  async function onConnect(req: IncomingMessage, client: Duplex, head: Buffer): Promise<void> {
    sockets.add(client);
    client.on('close', () => sockets.delete(client));
    client.on('error', () => client.destroy());
    let u: URL;
    try {
      u = new URL(`https://${req.url ?? ''}`);
    } catch {
      client.end('HTTP/1.1 400 Bad Request\r\n\r\n');
      return;
    }
    let address: string;
    try {
      address = await pinned(u);
    } catch (e) {
      refuse(`https://${req.url}`, e);
      client.end('HTTP/1.1 403 Forbidden\r\n\r\n');
      return;
    }
    const up = connect({ host: address, port: Number(u.port || 443) }, () => {
      client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      if (head.length) up.write(head);
      up.pipe(client);
      client.pipe(up);
    });
    sockets.add(up);
    up.on('close', () => sockets.delete(up));
    up.on('error', () => client.destroy());
  }

  const server: Server = createServer((req, res) => void onRequest(req, res));
  server.on('connect', (req: IncomingMessage, socket: Duplex, head: Buffer) => void onConnect(req, socket, head));
  // ws:// through an HTTP proxy arrives as an Upgrade request: refused, Pantau reads no live feeds.
  server.on('upgrade', (req: IncomingMessage, socket: Duplex) => {
    refuse(req.url ?? '', new Error('WebSocket blocked'));
    socket.end('HTTP/1.1 403 Forbidden\r\n\r\n');
  });
  server.on('connection', (s: Socket) => {
    sockets.add(s);
    s.on('close', () => sockets.delete(s));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    server: `http://127.0.0.1:${port}`,
    async close() {
      for (const s of sockets) s.destroy();
      await new Promise<void>((r) => server.close(() => r()));
    },
  };
}
