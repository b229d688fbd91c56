// `pantau kibana import` against a loopback server that plays Kibana's saved-objects import API and
// refuses any request of the wrong shape: POST …/api/saved_objects/_import?overwrite=true, a
// kbn-xsrf header, multipart/form-data with one `file` part named *.ndjson holding one saved object
// a line, and the credentials of the environment.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { importSavedObjects } from '../../dashboards/kibana/import.js';
import { pantau } from './helpers.js';

interface Seen {
  method?: string;
  path: string;
  query: URLSearchParams;
  headers: IncomingMessage['headers'];
  objects: { type: string; id: string; attributes: { title?: string } }[];
  filename?: string;
}

type Reply = (seen: Seen, res: ServerResponse) => void;

let server: Server;
let base: string;
let reply: Reply;
let seen: Seen[] = [];
let dir: string;

/** The one `file` part of a multipart body, or a description of what is wrong with it. */
function filePart(req: IncomingMessage, body: Buffer): { filename: string; content: string } | string {
  const type = req.headers['content-type'] ?? '';
  const m = /^multipart\/form-data;\s*boundary=(?:"([^"]+)"|([^;]+))/i.exec(type);
  if (!m) return `content-type ${type}`;
  const boundary = `--${m[1] ?? m[2]}`;
  const parts = body.toString('utf8').split(boundary).slice(1, -1);
  const files = parts.filter((p) => /content-disposition: form-data; name="file"/i.test(p));
  if (files.length !== 1 || parts.length !== 1) return `${parts.length} parts, ${files.length} named file`;
  const [head, ...rest] = files[0]!.replace(/^\r\n/, '').split('\r\n\r\n');
  const fn = /filename="([^"]*)"/.exec(head!);
  if (!fn) return 'file part without filename';
  return { filename: fn[1]!, content: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
}

function okReply(s: Seen, res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ success: true, successCount: s.objects.length, successResults: s.objects.map((o, i) => ({ type: o.type, id: o.id, meta: { title: o.attributes.title }, ...(i === 0 ? { overwrite: true } : {}) })) }));
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-kibana-'));
  server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://x');
      const s: Seen = { method: req.method, path: url.pathname, query: url.searchParams, headers: req.headers, objects: [] };
      const bad = (why: string) => {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ statusCode: 400, error: 'Bad Request', message: why }));
      };
      seen.push(s);
      if (req.method !== 'POST') return bad(`method ${req.method}`);
      if (!url.pathname.endsWith('/api/saved_objects/_import')) return bad(`path ${url.pathname}`);
      if (url.searchParams.get('overwrite') !== 'true') return bad('overwrite is not true');
      if (!req.headers['kbn-xsrf']) return bad('Request must contain a kbn-xsrf header.');
      const part = filePart(req, Buffer.concat(chunks));
      if (typeof part === 'string') return bad(part);
      s.filename = part.filename;
      if (!part.filename.endsWith('.ndjson')) return bad(`Invalid file extension ${part.filename}`);
      try {
        s.objects = part.content.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as Seen['objects'][number]);
      } catch (e) {
        return bad(`not NDJSON: ${(e as Error).message}`);
      }
      reply(s, res);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterEach(() => {
  seen = [];
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  rmSync(dir, { recursive: true, force: true });
});

// CLI spawns on a loaded 2-core machine: a few seconds each.
const SLOW = 120_000;

const noCreds = { KIBANA_API_KEY: '', KIBANA_USERNAME: '', KIBANA_PASSWORD: '', ELASTICSEARCH_API_KEY: '', ELASTICSEARCH_USERNAME: '', ELASTICSEARCH_PASSWORD: '', KIBANA_URL: '' };

describe('pantau kibana import', () => {
  it('posts the generated objects as a multipart .ndjson file with kbn-xsrf and the API key, and reports each object in Indonesian', async () => {
    reply = okReply;
    const r = await pantau(['kibana', 'import', '--url', base], { env: { ...noCreds, KIBANA_API_KEY: 'a2V5OnNlY3JldA==' } });
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(seen).toHaveLength(1);
    const s = seen[0]!;
    expect(s.path).toBe('/api/saved_objects/_import');
    expect(s.headers.authorization).toBe('ApiKey a2V5OnNlY3JldA==');
    expect(s.filename).toMatch(/\.ndjson$/);
    expect(s.objects.map((o) => `${o.type}/${o.id}`)).toEqual(['index-pattern/pantau-mentions', 'search/pantau-sebutan-negatif-terbaru', 'search/pantau-daftar-hoaks', 'dashboard/pantau-peta-isu-harian']);
    expect(r.stdout).toContain('4 objek diimpor, 0 gagal');
    expect(r.stdout).toMatch(/berhasil {2}dashboard pantau-peta-isu-harian "Peta Isu Harian"/);
    expect(r.stdout).toContain('(menimpa yang lama)');
  }, SLOW);

  it('a config with another index prefix gets a data view over its own alias; user and password from the environment; a space; English', async () => {
    reply = okReply;
    const cfg = join(dir, 'jambi.yaml');
    writeFileSync(cfg, 'storage: { driver: sqlite, path: x.db, indexPrefix: jambi }\n');
    const r = await pantau(['kibana', 'import', '--url', `${base}/kibana/`, '--space', 'humas', '--config', cfg, '--lang', 'en'], {
      env: { ...noCreds, ELASTICSEARCH_USERNAME: 'elastic', ELASTICSEARCH_PASSWORD: 'rahasia' },
    });
    expect(r.code, r.stderr).toBe(0);
    const s = seen[0]!;
    expect(s.path).toBe('/kibana/s/humas/api/saved_objects/_import');
    expect(s.headers.authorization).toBe(`Basic ${Buffer.from('elastic:rahasia').toString('base64')}`);
    expect(s.objects[0]).toMatchObject({ type: 'index-pattern', id: 'jambi-mentions', attributes: { title: 'jambi-mentions' } });
    expect(r.stdout).toContain('4 objects imported, 0 failed');
  }, SLOW);

  it('per-object errors are listed and the exit status says so', async () => {
    reply = (s, res) => {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(
        JSON.stringify({
          success: false,
          successCount: s.objects.length - 1,
          successResults: s.objects.slice(0, -1).map((o) => ({ type: o.type, id: o.id, meta: { title: o.attributes.title } })),
          errors: [{ type: 'dashboard', id: 'pantau-peta-isu-harian', meta: { title: 'Peta Isu Harian' }, error: { type: 'missing_references', references: [{ type: 'search', id: 'pantau-daftar-hoaks' }] } }],
        }),
      );
    };
    const r = await pantau(['kibana', 'import', '--url', base], { env: noCreds });
    expect(r.code).toBe(1);
    expect(seen[0]!.headers.authorization).toBeUndefined();
    expect(r.stdout).toContain('3 objek diimpor, 1 gagal');
    expect(r.stdout).toContain('gagal    dashboard pantau-peta-isu-harian "Peta Isu Harian" — rujukan tidak ditemukan: search/pantau-daftar-hoaks');
    const j = await pantau(['kibana', 'import', '--url', base, '--json'], { env: noCreds });
    expect(JSON.parse(j.stdout)).toMatchObject({ success: false, objects: expect.arrayContaining([expect.objectContaining({ ok: false, error: 'missing_references' })]) });
  }, SLOW);

  it('401, an unreachable Kibana and a reply that is not Kibana each give one clear line', async () => {
    reply = (_s, res) => {
      res.writeHead(401, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ statusCode: 401, error: 'Unauthorized', message: 'unable to authenticate user' }));
    };
    const r = await pantau(['kibana', 'import', '--url', base], { env: { ...noCreds, KIBANA_USERNAME: 'x', KIBANA_PASSWORD: 'y' } });
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^pantau: error: Kibana menolak kredensial \(401\): unable to authenticate user — atur KIBANA_API_KEY/);

    // A closed port: nothing listens there any more.
    const closed = createServer();
    await new Promise<void>((res) => closed.listen(0, '127.0.0.1', res));
    const port = (closed.address() as AddressInfo).port;
    await new Promise((res) => closed.close(res));
    const u = await pantau(['kibana', 'import', '--url', `http://127.0.0.1:${port}`, '--lang', 'en'], { env: noCreds });
    expect(u.code).toBe(1);
    expect(u.stderr).toBe(`pantau: error: Kibana at http://127.0.0.1:${port} is unreachable (ECONNREFUSED)\n`);

    reply = (_s, res) => {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end('<html><body>Selamat datang</body></html>');
    };
    await expect(importSavedObjects({ url: base, ndjson: '{}\n', env: noCreds })).rejects.toThrow(/^jawaban Kibana tidak dapat dibaca: diharapkan JSON \{success, successCount\}, diterima text\/html/);

    const none = await pantau(['kibana', 'import'], { env: noCreds });
    expect(none.code).toBe(2);
    expect(none.stderr).toMatch(/--url: the Kibana URL/);
    const creds = await pantau(['kibana', 'import', '--url', 'http://elastic:pw@127.0.0.1:1'], { env: noCreds });
    expect(creds.stderr).toMatch(/no credentials in the URL/);
  }, SLOW);

  it('--file imports a given NDJSON as it is; export prints the generated objects', async () => {
    reply = okReply;
    const file = join(dir, 'own.ndjson');
    writeFileSync(file, JSON.stringify({ type: 'index-pattern', id: 'x', attributes: { title: 'x-*' }, references: [] }) + '\n');
    const r = await pantau(['kibana', 'import', '--url', base, '--file', file], { env: noCreds });
    expect(r.code, r.stderr).toBe(0);
    expect(seen[0]!.objects.map((o) => o.id)).toEqual(['x']);
    const e = await pantau(['kibana', 'export']);
    expect(e.code, e.stderr).toBe(0);
    expect(e.stdout.trim().split('\n').map((l) => (JSON.parse(l) as { id: string }).id)).toContain('pantau-peta-isu-harian');
  }, SLOW);
});
