// The fake cluster on a loopback HTTP server (127.0.0.1, port 0), for tests that run the built CLI
// in another process. It answers with the headers a real cluster sends (x-elastic-product, the
// vendored media type) and, like Elasticsearch 8.x, refuses a client that asks for compatible-with=9.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { esError, FakeElasticsearch, type FakeOptions, type Json } from './engine.js';

export interface FakeServer {
  fake: FakeElasticsearch;
  url: string;
  /** Stop answering (connections refused) until up() — the same port, so the config stays valid. */
  down(): Promise<void>;
  up(): Promise<void>;
  close(): Promise<void>;
}

function parseBody(raw: string, type: string): unknown {
  if (!raw) return undefined;
  if (type.includes('x-ndjson')) return raw.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Json);
  return JSON.parse(raw) as Json;
}

export async function startFakeServer(opts: FakeOptions = {}): Promise<FakeServer> {
  const fake = new FakeElasticsearch(opts);
  const handler = (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse): void => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const query: Record<string, string> = {};
      for (const [k, v] of url.searchParams) query[k] = v;
      const accept = String(req.headers.accept ?? '');
      let reply;
      const compat = /compatible-with=(\d+)/.exec(accept);
      if (compat && Number(compat[1]) > fake.major) {
        reply = esError(400, 'media_type_header_exception', `Invalid media-type value on headers [Accept, Content-Type]: Accept version must be either version ${fake.major} or ${fake.major - 1}, but found ${compat[1]}`);
      } else {
        try {
          reply = fake.handle(req.method ?? 'GET', url.pathname, query, parseBody(Buffer.concat(chunks).toString('utf8'), String(req.headers['content-type'] ?? '')));
        } catch (e) {
          reply = esError(500, 'exception', (e as Error).message);
        }
      }
      const body = JSON.stringify(reply.body);
      res.writeHead(reply.status, {
        'content-type': `application/vnd.elasticsearch+json;compatible-with=${fake.major}`,
        'x-elastic-product': 'Elasticsearch',
        'content-length': Buffer.byteLength(body),
      });
      res.end(req.method === 'HEAD' ? undefined : body);
    });
  };
  let server: Server = createServer(handler);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  const close = (): Promise<void> =>
    new Promise((r) => {
      server.closeAllConnections();
      server.close(() => r());
    });
  return {
    fake,
    url: `http://127.0.0.1:${port}`,
    down: close,
    async up() {
      server = createServer(handler);
      await new Promise<void>((r) => server.listen(port, '127.0.0.1', r));
    },
    close: async () => {
      if (server.listening) await close();
    },
  };
}
