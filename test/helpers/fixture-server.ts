// A real node:http server on 127.0.0.1, port 0, for tests that must exercise the HTTP stack without
// reaching the network. Routes are static responses or handlers; every request is recorded so tests
// can assert what was (or was never) fetched and with which headers.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FixtureResponse {
  status?: number;
  /** Undefined values are left out (handy in conditional handlers). */
  headers?: Record<string, string | number | string[] | undefined>;
  body?: string | Buffer;
  /** Wait this long before answering (timeouts, ordering). */
  delayMs?: number;
}

export interface RecordedRequest {
  method: string;
  /** Path with query string, as sent. */
  path: string;
  /** Lower-cased header names (node's IncomingHttpHeaders). */
  headers: IncomingHttpHeaders;
  /** Date.now() when the request arrived. */
  at: number;
}

/**
 * A handler may return a FixtureResponse, or write to `res` itself and return nothing (streaming,
 * destroying the socket, …).
 */
export type FixtureHandler = (
  req: RecordedRequest & { raw: IncomingMessage },
  res: ServerResponse,
) => FixtureResponse | void | Promise<FixtureResponse | void>;

export interface FixtureServer {
  /** "http://127.0.0.1:PORT" */
  readonly origin: string;
  /** "127.0.0.1:PORT" */
  readonly host: string;
  readonly port: number;
  /** Every request received, in arrival order. */
  readonly requests: RecordedRequest[];
  /** Register (or replace) the response for a pathname (query string ignored when matching). */
  route(path: string, response: FixtureResponse | FixtureHandler): void;
  url(path?: string): string;
  /** Requests whose pathname equals `path`. */
  requestsTo(path: string): RecordedRequest[];
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map<string, FixtureResponse | FixtureHandler>();
  const requests: RecordedRequest[] = [];

  const server = createServer((raw, res) => {
    const rec: RecordedRequest = { method: raw.method ?? 'GET', path: raw.url ?? '/', headers: raw.headers, at: Date.now() };
    requests.push(rec);
    const pathname = new URL(rec.path, 'http://x').pathname;
    const route = routes.get(pathname);
    void (async () => {
      try {
        let out: FixtureResponse | void;
        if (route === undefined) out = { status: 404, body: 'not found' };
        else if (typeof route === 'function') out = await route({ ...rec, raw }, res);
        else out = route;
        if (!out) return; // the handler answered itself
        if (out.delayMs) await sleep(out.delayMs);
        if (res.destroyed) return;
        const body = out.body === undefined ? Buffer.alloc(0) : Buffer.isBuffer(out.body) ? out.body : Buffer.from(out.body);
        const headers: Record<string, string | number | string[]> = {};
        for (const [k, v] of Object.entries(out.headers ?? {})) if (v !== undefined) headers[k] = v;
        if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-length')) headers['content-length'] = body.length;
        res.writeHead(out.status ?? 200, headers);
        res.end(rec.method === 'HEAD' ? undefined : body);
      } catch (e) {
        if (!res.headersSent) res.writeHead(500, { 'content-type': 'text/plain' });
        res.end(String(e));
      }
    })();
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const host = `127.0.0.1:${port}`;
  const origin = `http://${host}`;

  return {
    origin,
    host,
    port,
    requests,
    route(path, response) {
      routes.set(path, response);
    },
    url(path = '/') {
      return new URL(path, origin).toString();
    },
    requestsTo(path) {
      return requests.filter((r) => new URL(r.path, 'http://x').pathname === path);
    },
    close() {
      // Keep-alive sockets would hold close() open; tests want a prompt shutdown.
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
