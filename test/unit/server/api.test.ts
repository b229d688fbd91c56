// The HTTP API through a real HTTP client against `buildServer` on 127.0.0.1 port 0, over a fixture
// store (two fixture days, facts, a hostile title, an open alert, one account per role): security
// headers, logins and roles, CSRF, 400 for bad input on every endpoint, filters and cursors, ETags,
// the issue map and its detail, corrections applied at once and undone, labelled export, alert
// acknowledgement, exports, and the OpenAPI document validated by swagger-parser.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readLabelledFile } from '../../../analyzers/sentiment/dataset.js';
import { serverDeps } from '../../../src/cli/serve-runtime.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { buildServer } from '../../../src/server/app.js';
import { checkBind, isLoopbackHost } from '../../../src/server/bind.js';
import { createStore } from '../../../src/store/index.js';
import { call as rawCall, loginAs as login, type Client } from '../../helpers/api-client.js';
import { ALERT_ID, DAY, HOSTILE_ID, makeWebFixture, PASSWORD, type WebFixture } from '../../helpers/web-fixture.js';

let fx: WebFixture;
let store: Store;
let app: FastifyInstance;
let base: string;
const NOW = Date.parse('2026-12-01T05:00:00Z');

const loginAs = (username: string, password = PASSWORD): Promise<Client> => login(base, username, password);
const call = (c: Client | null, method: string, path: string, body?: unknown, opts: { csrf?: boolean; headers?: Record<string, string> } = {}) => rawCall(base, c, method, path, body, opts);

let humas: Client;
let pimpinan: Client;

beforeAll(async () => {
  fx = await makeWebFixture();
  store = await createStore(fx.config.storage, undefined, { timezone: 'Asia/Jakarta' });
  app = await buildServer(await serverDeps(fx.config, store, silentLogger, () => NOW), { logErrors: true, loginPerMinute: 30 });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  humas = await loginAs('sari');
  pimpinan = await loginAs('walikota');
});

afterAll(async () => {
  await app?.close();
  await store?.close();
  if (fx) rmSync(fx.dir, { recursive: true, force: true });
});

describe('security', () => {
  it('sends a strict CSP and the usual security headers on pages, API answers and errors', async () => {
    for (const [path, c] of [['/', null], ['/api/issues?date=' + DAY, humas], ['/api/nope', humas], ['/api/mentions?limit=0', humas]] as const) {
      const r = await call(c, 'GET', path);
      const csp = r.headers.get('content-security-policy')!;
      expect(csp, path).toContain("script-src 'self'");
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("frame-ancestors 'none'");
      expect(csp).not.toContain('unsafe-inline');
      expect(r.headers.get('x-content-type-options')).toBe('nosniff');
      expect(r.headers.get('x-frame-options')).toBe('SAMEORIGIN');
      expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    }
  });

  it('serves the dashboard page and Chart.js as files', async () => {
    const page = await call(null, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('<script type="module" src="/src/main.js">');
    expect(page.text).not.toMatch(/<script>(?!<)/);
    expect((await call(null, 'GET', '/vendor/chart.umd.min.js')).status).toBe(200);
    expect((await call(null, 'GET', '/src/main.js')).status).toBe(200);
  });

  it('answers 401 to reads and writes without a session', async () => {
    expect((await call(null, 'GET', '/api/mentions')).status).toBe(401);
    const w = await call(null, 'POST', `/api/alerts/${ALERT_ID}/ack`);
    expect(w.status).toBe(401);
    expect(w.json.message).toMatch(/log in/);
    expect((await call(null, 'POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment', value: 'positive' })).status).toBe(401);
  });

  it('refuses a write without the CSRF token, or with a wrong one (403)', async () => {
    const r = await call(humas, 'POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment', value: 'positive' }, { csrf: false });
    expect(r.status).toBe(403);
    expect(r.json.message).toMatch(/CSRF/);
    const w = await call(humas, 'POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment', value: 'positive' }, { csrf: false, headers: { 'x-csrf-token': 'x'.repeat(32) } });
    expect(w.status).toBe(403);
  });

  it('gives pimpinan 403 on every write, and reads as usual', async () => {
    const writes: [string, unknown?][] = [
      [`/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment', value: 'positive' }],
      ['/api/corrections', { mentionIds: [HOSTILE_ID], field: 'hoax', value: true }],
      ['/api/corrections/1/undo'],
      [`/api/alerts/${ALERT_ID}/ack`],
    ];
    for (const [path, body] of writes) {
      const r = await call(pimpinan, 'POST', path, body);
      expect(r.status, path).toBe(403);
      expect(r.json.message).toMatch(/pimpinan/);
    }
    expect((await call(pimpinan, 'GET', '/api/alerts')).status).toBe(200);
  });

  it('sets an HttpOnly SameSite=Strict cookie (not Secure on plain loopback HTTP); wrong passwords get 401', async () => {
    const r = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: PASSWORD }) });
    const sc = r.headers.get('set-cookie')!;
    expect(sc).toMatch(/HttpOnly/i);
    expect(sc).toMatch(/SameSite=Strict/i);
    expect(sc).not.toMatch(/Secure/i);
    const bad = await call(null, 'POST', '/api/login', { username: 'admin', password: 'salah-sekali-123' });
    expect(bad.status).toBe(401);
    expect((await call(null, 'POST', '/api/login', { username: 'nobody', password: 'salah-sekali-123' })).status).toBe(401);
  });

  it('logs out: the session no longer reads', async () => {
    const c = await loginAs('admin');
    expect((await call(c, 'POST', '/api/logout')).status).toBe(200);
    expect((await call(c, 'GET', '/api/session')).json).toEqual({ loggedIn: false });
    expect((await call(c, 'GET', '/api/mentions')).status).toBe(401);
  });

  it('binds beyond loopback only with TLS or a trusted proxy', () => {
    expect(isLoopbackHost('127.0.0.1')).toBe(true);
    expect(isLoopbackHost('::1')).toBe(true);
    expect(isLoopbackHost('localhost')).toBe(true);
    expect(isLoopbackHost('0.0.0.0')).toBe(false);
    expect(() => checkBind('0.0.0.0', { tls: false, trustProxy: false })).toThrow(/refusing to listen beyond loopback without TLS/);
    expect(() => checkBind('192.168.1.5', { tls: true, trustProxy: false })).not.toThrow();
    expect(() => checkBind('192.168.1.5', { tls: false, trustProxy: '10.0.0.1' })).not.toThrow();
  });
});

describe('bad input is a 400 with a clear message on every endpoint', () => {
  const cases: [string, string, unknown?, RegExp?][] = [
    ['GET', '/api/mentions?limit=500', undefined, /querystring\.limit: must be <= 200, got 500/],
    ['GET', '/api/mentions?limit=abc', undefined, /querystring\.limit/],
    ['GET', '/api/mentions?sentiment=angry', undefined, /querystring\.sentiment/],
    ['GET', '/api/mentions?from=yesterday', undefined, /querystring\.from/],
    ['GET', '/api/mentions?region=jambi', undefined, /querystring\.region/],
    ['GET', '/api/mentions?entity=maulana', undefined, /querystring\.entity/],
    ['GET', '/api/mentions?hoax=maybe', undefined, /querystring\.hoax/],
    ['GET', '/api/mentions?bogus=1', undefined, /unknown field "bogus"/],
    ['GET', '/api/mentions?cursor=zzzz', undefined, /cursor/],
    ['GET', '/api/mentions?from=2026-12-02&to=2026-11-01', undefined, /querystring\.to/],
    ['GET', '/api/mentions/bad%20id', undefined, /params\.id/],
    ['GET', '/api/issues?date=2026-13-45', undefined, /date/],
    ['GET', '/api/issues?date=1-1-1', undefined, /querystring\.date/],
    ['GET', '/api/issues?from=2026-01-01&to=2026-12-01', undefined, /at most 92 days/],
    ['GET', '/api/issues?date=2026-12-01&from=2026-12-01', undefined, /either date or from\/to/],
    ['GET', '/api/issues?region=99.99', undefined, /unknown Kemendagri code/],
    ['GET', '/api/issues?lang=fr', undefined, /querystring\.lang/],
    ['GET', '/api/issues/abc?date=nope', undefined, /querystring\.date/],
    ['GET', '/api/trends', undefined, /querystring\.from: required/],
    ['GET', '/api/trends?from=2026-01-01&interval=minute', undefined, /querystring\.interval/],
    ['GET', '/api/trends?from=2026-01-01&to=2026-12-01&interval=hour', undefined, /at most 31 days/],
    ['GET', '/api/alerts?limit=0', undefined, /querystring\.limit/],
    ['GET', '/api/alerts?open=perhaps', undefined, /querystring\.open/],
    ['GET', '/api/sources?format=xml', undefined, /querystring\.format/],
    ['GET', '/api/facts?region=x', undefined, /querystring\.region/],
    ['GET', '/api/audit?from=soon', undefined, /querystring\.from/],
    ['GET', '/api/corrections?limit=-1', undefined, /querystring\.limit/],
    ['GET', '/api/corrections/labelled?format=xlsx', undefined, /querystring\.format/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'mood', value: 'x' }, /body\.field/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment', value: 'sangat-buruk' }, /body\.value/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'topic', value: 'not-a-topic' }, /expected a topic id/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'place', value: ['99.99'] }, /unknown Kemendagri code/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'hoax', value: 'yes' }, /hoax flag is true or false|body\.value/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment' }, /body\.value: required/],
    ['POST', `/api/mentions/${HOSTILE_ID}/corrections`, { field: 'sentiment', value: 'positive', extra: 1 }, /unknown field "extra"/],
    ['POST', '/api/corrections', { mentionIds: [], field: 'hoax', value: true }, /body\.mentionIds/],
    ['POST', '/api/corrections/abc/undo', undefined, /params\.id/],
    ['POST', '/api/alerts/bad%20id/ack', undefined, /params\.id/],
    ['POST', '/api/login', { username: '' }, /body/],
  ];
  it.each(cases)('%s %s', async (method, path, body, message) => {
    const r = await call(humas, method, path, body);
    expect(r.status, r.text).toBe(400);
    expect(r.json.error).toBe('Bad Request');
    if (message) expect(String(r.json.message)).toMatch(message);
  });

  it('answers malformed JSON with a 400, never a 500', async () => {
    const r = await fetch(`${base}/api/mentions/${HOSTILE_ID}/corrections`, { method: 'POST', headers: { cookie: humas.cookie, 'x-csrf-token': humas.csrf, 'content-type': 'application/json' }, body: '{"field": ' });
    expect(r.status).toBe(400);
    expect(((await r.json()) as { message: string }).message).toMatch(/JSON/i);
  });
});

describe('mentions', () => {
  it('pages a filtered selection with cursors: every mention once, newest first', async () => {
    const seen: string[] = [];
    const times: number[] = [];
    let cursor: string | null = null;
    do {
      const r = await call(humas, 'GET', `/api/mentions?from=${DAY}&to=${DAY}&limit=7${cursor ? `&cursor=${cursor}` : ''}`);
      expect(r.status).toBe(200);
      for (const m of r.json.items!) {
        seen.push(m.id as string);
        times.push(Date.parse(m.publishedAt as string));
      }
      cursor = r.json.nextCursor as string | null;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const agg = await store.aggregate({ filter: { from: DAY, to: '2026-12-02' } });
    expect(seen.length).toBe(agg.count);
    expect([...times].sort((a, b) => b - a)).toEqual(times);
  });

  it('filters by sentiment, source, topic, region, hoax and full text', async () => {
    const neg = await call(humas, 'GET', '/api/mentions?sentiment=negative&limit=200');
    expect(neg.json.items!.length).toBeGreaterThan(0);
    expect(neg.json.items!.every((m) => m.sentiment === 'negative')).toBe(true);
    const one = neg.json.items![0]!;
    const bySource = await call(humas, 'GET', `/api/mentions?source=${one.source}&limit=200`);
    expect(bySource.json.items!.every((m) => m.source === one.source)).toBe(true);
    const region = await call(humas, 'GET', '/api/mentions?region=15.71&limit=200');
    expect(region.json.items!.every((m) => (m.regions as { code: string }[]).some((r) => r.code.startsWith('15.71')))).toBe(true);
    const hoax = await call(humas, 'GET', '/api/mentions?hoax=true&limit=200');
    expect(hoax.json.items!.every((m) => (m.hoax as { flagged: boolean }).flagged)).toBe(true);
    const text = await call(humas, 'GET', '/api/mentions?q=pwned');
    expect(text.json.items!.map((m) => m.id)).toEqual([HOSTILE_ID]);
    expect(text.json.total).toBe(1);
  });

  it('answers an unchanged list with 304 to If-None-Match', async () => {
    const a = await call(humas, 'GET', '/api/mentions?limit=3');
    const tag = a.headers.get('etag')!;
    expect(tag).toMatch(/^W\//);
    const b = await call(humas, 'GET', '/api/mentions?limit=3', undefined, { headers: { 'if-none-match': tag } });
    expect(b.status).toBe(304);
  });

  it('exports the selection as CSV and JSON', async () => {
    const csv = await call(humas, 'GET', '/api/mentions?sentiment=negative&format=csv');
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    expect(csv.headers.get('content-disposition')).toMatch(/attachment; filename="pantau-mentions\.csv"/);
    const lines = csv.text.trim().split('\n');
    expect(lines[0]).toContain('id,publishedAt,source');
    const json = await call(humas, 'GET', '/api/mentions?sentiment=negative&format=json');
    expect(Array.isArray(json.json)).toBe(true);
    expect((json.json as unknown as unknown[]).length).toBe((await store.search({ sentiment: 'negative', limit: 1 })).total);
  });
});

describe('issues, trends, facts, sources, audit', () => {
  it('gives the day’s issue map and one issue in detail with its mentions, facts and brief', async () => {
    const r = await call(humas, 'GET', `/api/issues?date=${DAY}`);
    expect(r.status).toBe(200);
    const issues = r.json.issues as { id: string; label: string; volume: number; mentionCount: number; facts: unknown[]; mentions?: unknown }[];
    expect(issues.length).toBeGreaterThan(2);
    expect(issues[0]!.mentions).toBeUndefined();
    const d = await call(humas, 'GET', `/api/issues/${issues[0]!.id}?date=${DAY}`);
    expect(d.status).toBe(200);
    const issue = d.json.issue as { mentions: unknown[]; label: string; brief?: unknown };
    expect(issue.label).toBe(issues[0]!.label);
    expect(issue.mentions.length).toBe(issues[0]!.mentionCount);
    expect((await call(humas, 'GET', `/api/issues/nope?date=${DAY}`)).status).toBe(404);
    const csv = await call(humas, 'GET', `/api/issues?date=${DAY}&format=csv`);
    expect(csv.text).toContain(issues[0]!.label.replace(/"/g, '""').slice(0, 10));
    // The trend is a direction and two numbers, never a "down -4" string.
    const [header, first] = csv.text.replace(/^\uFEFF/, '').split(/\r?\n/);
    const cols = header!.split(',');
    expect(cols.slice(3, 7)).toEqual(['volume', 'trend', 'trendChange', 'previousVolume']);
    const cells = first!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
    const at = (name: string) => cells[cols.indexOf(name)]!;
    expect(['new', 'up', 'down', 'steady']).toContain(at('trend'));
    expect(Number(at('trendChange'))).toBe(Number(at('volume')) - Number(at('previousVolume')));
  });

  it('tags the issue map with its change token: 304 while unchanged, a new tag and map after a write', async () => {
    const a = await call(humas, 'GET', `/api/issues?date=${DAY}`);
    const tag = a.headers.get('etag')!;
    expect(tag).toMatch(/^W\/"/);
    const b = await call(humas, 'GET', `/api/issues?date=${DAY}`, undefined, { headers: { 'if-none-match': tag } });
    expect(b.status).toBe(304);
    expect(b.text).toBe('');
    // Compressed for a client that accepts gzip (fetch decodes it), the same answer either way.
    const plain = await call(humas, 'GET', `/api/issues?date=${DAY}`, undefined, { headers: { 'accept-encoding': 'identity' } });
    const gz = await call(humas, 'GET', `/api/issues?date=${DAY}`, undefined, { headers: { 'accept-encoding': 'gzip' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.json).toEqual(plain.json);
    // Another language is another map with another tag.
    expect((await call(humas, 'GET', `/api/issues?date=${DAY}&lang=en`)).headers.get('etag')).not.toBe(tag);
    // A write the map reads (a fact) moves the token: the old tag no longer matches.
    await store.upsertFacts([{ id: 'etag-test', statement: 'Dinas PUPR menambal 12 titik jalan berlubang.', date: DAY, source_url: 'https://jambikota.example/pupr', opd: 'Dinas PUPR Kota Jambi', tags: [], regions: [] }]);
    const c = await call(humas, 'GET', `/api/issues?date=${DAY}`, undefined, { headers: { 'if-none-match': tag } });
    expect(c.status).toBe(200);
    expect(c.headers.get('etag')).not.toBe(tag);
    expect(Array.isArray(c.json.issues)).toBe(true);
  });

  it('gives volume and negative share per day', async () => {
    const r = await call(humas, 'GET', '/api/trends?from=2026-11-30&to=2026-12-01');
    const points = r.json.points as { key: string; count: number; negative: number }[];
    expect(points.map((p) => p.key)).toEqual(['2026-11-30', '2026-12-01']);
    expect(points[1]!.count).toBe((await store.aggregate({ filter: { from: DAY, to: '2026-12-02' } })).count);
  });

  it('lists facts, sources and the audit', async () => {
    const f = await call(humas, 'GET', '/api/facts');
    expect(f.json.items!.length).toBeGreaterThan(3);
    expect((await call(humas, 'GET', '/api/sources')).status).toBe(200);
    const a = await call(humas, 'GET', '/api/audit');
    expect(a.status).toBe(200);
    expect(a.json.channels).toEqual([]);
  });
});

describe('corrections', () => {
  it('applies a sentiment correction at once (the issue’s counts change), keeps who and when, and undoes it', async () => {
    const before = await call(humas, 'GET', `/api/issues?date=${DAY}`);
    const top = (before.json.issues as { id: string; sentiment: { negative: number; positive: number } }[])[0]!;
    const detail = await call(humas, 'GET', `/api/issues/${top.id}?date=${DAY}`);
    const target = (detail.json.issue as { mentions: { id: string; sentiment: string }[] }).mentions.find((m) => m.sentiment === 'negative')!;
    const r = await call(humas, 'POST', `/api/mentions/${target.id}/corrections`, { field: 'sentiment', value: 'positive' });
    expect(r.status).toBe(200);
    const c = (r.json.corrections as { id: number; by: string; at: string; machine: string }[])[0]!;
    expect(c).toMatchObject({ by: 'sari', at: new Date(NOW).toISOString(), machine: 'negative' });
    const m = await call(humas, 'GET', `/api/mentions/${target.id}`);
    expect(m.json.sentiment).toBe('positive');
    expect(m.json.corrected).toEqual(['sentiment']);
    const after = await call(humas, 'GET', `/api/issues?date=${DAY}`);
    const same = (after.json.issues as { id: string; sentiment: { negative: number; positive: number } }[]).find((i) => i.id === top.id)!;
    expect(same.sentiment.negative).toBe(top.sentiment.negative - 1);
    expect(same.sentiment.positive).toBe(top.sentiment.positive + 1);
    // The labelled export holds it, in a shape `pantau train sentiment` reads.
    const lab = await call(humas, 'GET', '/api/corrections/labelled');
    const dir = mkdtempSync(join(tmpdir(), 'pantau-labelled-'));
    try {
      writeFileSync(join(dir, 'k.jsonl'), lab.text);
      const rows = readLabelledFile(join(dir, 'k.jsonl'));
      expect(rows.some((x) => x.label === 'positive')).toBe(true);
      writeFileSync(join(dir, 'k.csv'), (await call(humas, 'GET', '/api/corrections/labelled?format=csv')).text);
      expect(readLabelledFile(join(dir, 'k.csv')).length).toBe(rows.length);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
    const undo = await call(humas, 'POST', `/api/corrections/${c.id}/undo`);
    expect(undo.json).toMatchObject({ undoneBy: 'sari' });
    expect((await call(humas, 'GET', `/api/mentions/${target.id}`)).json.sentiment).toBe('negative');
    const trail = await call(humas, 'GET', `/api/corrections?mention=${target.id}`);
    expect(trail.json.items!.length).toBe(1);
    expect((await call(humas, 'POST', '/api/corrections/999999/undo')).status).toBe(404);
    expect((await call(humas, 'POST', '/api/mentions/unknown-id/corrections', { field: 'hoax', value: true })).status).toBe(404);
  });

  it('corrects a selection at once (bulk) and reports unknown ids', async () => {
    const page = await call(humas, 'GET', '/api/mentions?hoax=false&limit=3');
    const ids = page.json.items!.map((m) => m.id as string);
    const r = await call(humas, 'POST', '/api/corrections', { mentionIds: [...ids, 'missing-id'], field: 'hoax', value: true });
    expect(r.status).toBe(200);
    expect(r.json.missing).toEqual(['missing-id']);
    const flagged = await call(humas, 'GET', '/api/mentions?hoax=true&limit=200');
    for (const id of ids) expect(flagged.json.items!.map((m) => m.id)).toContain(id);
    for (const c of r.json.corrections as { id: number }[]) await call(humas, 'POST', `/api/corrections/${c.id}/undo`);
  });
});

describe('alerts', () => {
  it('lists alerts and acknowledges one', async () => {
    const l = await call(humas, 'GET', '/api/alerts');
    expect(l.json.items!.map((a) => a.id)).toContain(ALERT_ID);
    const r = await call(humas, 'POST', `/api/alerts/${ALERT_ID}/ack`);
    expect(r.status, r.text).toBe(200);
    expect(r.json.acknowledged).toBe(true);
    expect((await call(humas, 'POST', '/api/alerts/nope/ack')).status).toBe(404);
  });
});

describe('OpenAPI', () => {
  it('publishes a document that validates, with every API route', async () => {
    const r = await call(null, 'GET', '/api/openapi.json');
    expect(r.status).toBe(200);
    const doc = r.json as { paths: Record<string, unknown> };
    await SwaggerParser.validate(structuredClone(doc) as never);
    for (const p of ['/api/mentions', '/api/issues', '/api/issues/{id}', '/api/trends', '/api/alerts', '/api/alerts/{id}/ack', '/api/sources', '/api/facts', '/api/audit', '/api/corrections', '/api/login']) {
      expect(Object.keys(doc.paths), p).toContain(p);
    }
  });
});

describe('login rate limit', () => {
  it('answers 429 after too many attempts from one address', async () => {
    const limited = await buildServer(await serverDeps(fx.config, store, silentLogger, () => NOW), { loginPerMinute: 3 });
    const addr = await limited.listen({ host: '127.0.0.1', port: 0 });
    try {
      const codes: number[] = [];
      for (let i = 0; i < 5; i++) {
        const r = await fetch(`${addr}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username: 'admin', password: 'salah-sekali-123' }) });
        codes.push(r.status);
      }
      expect(codes).toEqual([401, 401, 401, 429, 429]);
    } finally {
      await limited.close();
    }
  });
});
