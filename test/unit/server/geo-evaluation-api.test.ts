// The choropleth and issue-evaluation endpoints through a real HTTP client against `buildServer` on
// 127.0.0.1 port 0: /api/geo/areas from a small boundary file drawn for the tests (ETag, 304), the
// tile-grid answer without one, /api/geo/counts of a day on the shared colour scale, the issue
// evaluation before and after a response linked by hand (same function as `pantau evaluate link`),
// "not enough data" for a small issue, unlinking, and 400 / 401 / 403 (pimpinan, CSRF) / 404.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDeps } from '../../../src/cli/serve-runtime.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { colourOf, SCALE } from '../../../src/maps/choropleth.js';
import { buildServer } from '../../../src/server/app.js';
import { createStore } from '../../../src/store/index.js';
import { RELEASE_AT } from '../../helpers/evaluation-fixture.js';
import { makeEvaluationWebFixture, RELEASE_ID, ROAD_FACT, type EvaluationWebFixture } from '../../helpers/evaluation-web-fixture.js';
import { DAY, makeWebFixture, PASSWORD, type WebFixture } from '../../helpers/web-fixture.js';

const ROOT = join(import.meta.dirname, '..', '..', '..');
export const BOUNDARIES = join(ROOT, 'test', 'fixtures', 'geo', 'kota-jambi-kecamatan.geojson');
const NOW = Date.parse('2026-12-01T05:00:00Z');

interface Server {
  app: FastifyInstance;
  store: Store;
  base: string;
}
interface Client {
  base: string;
  cookie: string;
  csrf: string;
}

async function start(config: WebFixture['config']): Promise<Server> {
  const store = await createStore(config.storage, undefined, { timezone: 'Asia/Jakarta', ownedSources: config.sources.filter((s) => s.owned).map((s) => s.id) });
  const app = await buildServer(await serverDeps(config, store, silentLogger, () => NOW), { logErrors: true, loginPerMinute: 60 });
  return { app, store, base: await app.listen({ host: '127.0.0.1', port: 0 }) };
}

async function loginAs(base: string, username: string): Promise<Client> {
  const r = await fetch(`${base}/api/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password: PASSWORD }) });
  expect(r.status).toBe(200);
  return { base, cookie: r.headers.get('set-cookie')!.split(';')[0]!, csrf: ((await r.json()) as { csrf: string }).csrf };
}

async function call(c: Client | { base: string }, method: string, path: string, body?: unknown, opts: { csrf?: boolean; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...opts.headers };
  if ('cookie' in c) {
    headers.cookie = c.cookie;
    if (method !== 'GET' && opts.csrf !== false) headers['x-csrf-token'] = c.csrf;
  }
  if (body !== undefined) headers['content-type'] = 'application/json';
  const r = await fetch(c.base + path, { method, headers, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });
  const text = await r.text();
  let json: Record<string, any> = {}; // eslint-disable-line @typescript-eslint/no-explicit-any
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON (a 304) */
  }
  return { status: r.status, headers: r.headers, json };
}

let web: WebFixture;
let evalFx: EvaluationWebFixture;
let geo: Server;
let ev: Server;

beforeAll(async () => {
  web = await makeWebFixture();
  evalFx = await makeEvaluationWebFixture();
  geo = await start({ ...web.config, map: { ...web.config.map, boundaries: BOUNDARIES } });
  ev = await start(evalFx.config);
}, 120_000);

afterAll(async () => {
  for (const s of [geo, ev]) {
    await s?.app.close();
    await s?.store.close();
  }
  for (const d of [web?.dir, evalFx?.dir]) if (d) rmSync(d, { recursive: true, force: true });
});

describe('GET /api/geo/areas and /api/geo/counts', () => {
  it('serves the home city’s kecamatan from the boundary file as SVG paths, with an ETag (304 when unchanged)', async () => {
    const c = await loginAs(geo.base, 'sari');
    const r = await call(c, 'GET', '/api/geo/areas');
    expect(r.status).toBe(200);
    expect(r.json.level).toBe('district');
    const codes = (r.json.areas as { code: string }[]).map((a) => a.code);
    expect(codes).toHaveLength(11);
    expect(codes).not.toContain('15.05.01'); // another regency's area is left out
    expect(codes.every((x) => x.startsWith('15.71.'))).toBe(true);
    for (const a of r.json.areas as { d: string; label: [number, number]; name: string }[]) {
      expect(a.d).toMatch(/^M[\d.]+,[\d.]+L/);
      expect(a.label[0]).toBeGreaterThan(0);
      expect(a.label[0]).toBeLessThan(r.json.width);
    }
    expect((r.json.areas as { name: string }[]).find((a) => a.name === 'Telanaipura')).toBeTruthy();
    const tag = r.headers.get('etag')!;
    expect(tag).toMatch(/^W\//);
    expect((await call(c, 'GET', '/api/geo/areas', undefined, { headers: { 'if-none-match': tag } })).status).toBe(304);
  });

  it('counts each kecamatan’s mentions and negatives of the day as the mentions list filters them, coloured on the shared scale', async () => {
    const c = await loginAs(geo.base, 'sari');
    const counts = await call(c, 'GET', `/api/geo/counts?date=${DAY}`);
    expect(counts.status).toBe(200);
    expect(counts.json.period).toEqual({ from: DAY, to: DAY });
    const areas = counts.json.areas as { code: string; name: string; count: number; negative: number; fill: string }[];
    expect(areas).toHaveLength(11);
    expect(areas.find((a) => a.code === '15.71.03')!.name).toBe('Jambi Timur');
    for (const a of areas) {
      const all = await call(c, 'GET', `/api/mentions?region=${a.code}&from=${DAY}&to=${DAY}&limit=200`);
      const neg = await call(c, 'GET', `/api/mentions?region=${a.code}&from=${DAY}&to=${DAY}&sentiment=negative&limit=200`);
      expect(a.count, a.code).toBe(all.json.items!.length);
      expect(a.negative, a.code).toBe(neg.json.items!.length);
      expect(SCALE).toContain(a.fill);
    }
    expect(areas.reduce((n, a) => n + a.count, 0)).toBeGreaterThan(5);
    const max = Math.max(...areas.map((a) => a.negative));
    expect(max).toBeGreaterThan(0); // the fixture day has negative news in named kecamatan
    expect(counts.json.max).toBe(max);
    expect(areas.find((a) => a.negative === max)!.fill).toBe(colourOf(max, max));
    expect(colourOf(max, max)).not.toBe(SCALE[0]);
    expect(areas.filter((a) => a.negative === 0).every((a) => a.fill === SCALE[0])).toBe(true);
    expect((counts.json.legend as { fill: string }[]).map((l) => l.fill)).toEqual(SCALE);
  });

  it('answers level null (draw a tile grid) without a boundary file, and counts every kecamatan', async () => {
    const c = await loginAs(ev.base, 'sari');
    const r = await call(c, 'GET', '/api/geo/areas');
    expect(r.json).toMatchObject({ level: null, areas: [] });
    const n = await call(c, 'GET', '/api/geo/counts?date=2026-12-02');
    expect(n.status).toBe(200);
    expect(n.json.level).toBe('district');
    expect((n.json.areas as unknown[]).length).toBe(11);
  });

  it('refuses bad input with 400 and one clear message, and unauthenticated reads with 401', async () => {
    const c = await loginAs(geo.base, 'sari');
    for (const [path, msg] of [
      ['/api/geo/counts?date=2026-13-40', /date/],
      ['/api/geo/counts?date=kemarin', /querystring\.date/],
      ['/api/geo/counts?date=2026-12-01&from=2026-11-30', /either date or from\/to/],
      ['/api/geo/counts?region=15.71', /unknown field "region"/],
      ['/api/geo/areas?level=village', /unknown field "level"/],
    ] as const) {
      const r = await call(c, 'GET', path);
      expect(r.status, path).toBe(400);
      expect(r.json.message, path).toMatch(msg);
    }
    expect((await call({ base: geo.base }, 'GET', '/api/geo/areas')).status).toBe(401);
  });
});

describe('issue evaluation and responses linked by hand', () => {
  let humas: Client;
  let pimpinan: Client;
  beforeAll(async () => {
    humas = await loginAs(ev.base, 'sari');
    pimpinan = await loginAs(ev.base, 'walikota');
  });

  it('has no effect before a response is linked', async () => {
    const r = await call(humas, 'GET', '/api/issues/isu-banjir/evaluation');
    expect(r.status).toBe(200);
    expect(r.json.responses).toEqual([]);
    expect(r.json.effect).toBeUndefined();
    expect(r.json.options).toEqual({ beforeHours: 24, afterHours: 24, minMentions: 10, confidence: 0.95 });
  });

  it('links the office’s release by hand: the fall in negative share with its interval, pick-up and reply time', async () => {
    const l = await call(humas, 'POST', '/api/issues/isu-banjir/responses', { item: RELEASE_ID });
    expect(l.status, JSON.stringify(l.json)).toBe(200);
    expect(l.json.link).toMatchObject({ issueId: 'isu-banjir', kind: 'mention', itemId: RELEASE_ID, at: RELEASE_AT, how: 'manual' });
    const r = await call(humas, 'GET', '/api/issues/isu-banjir/evaluation');
    const e = r.json.effect;
    expect(e.before).toMatchObject({ volume: 30, negative: 20, negativeShare: 0.6667, hoax: 3 });
    expect(e.after).toMatchObject({ volume: 30, negative: 9, negativeShare: 0.3, hoax: 1 });
    expect(e.enough).toBe(true);
    expect(e.negativeShareChange.diff).toBeCloseTo(-0.3667, 4);
    expect(e.negativeShareChange.high).toBeLessThan(0);
    expect(e.pickup.count).toBe(4);
    expect(e.replyHours).toBe(28);
    expect(r.json.responses).toHaveLength(1);
  });

  it('says not enough data for the small road issue (a fact linked at its day, or at a time given)', async () => {
    const l = await call(humas, 'POST', '/api/issues/isu-jalan/responses', { item: ROAD_FACT.id, kind: 'fact' });
    expect(l.status, JSON.stringify(l.json)).toBe(200);
    expect(l.json.link).toMatchObject({ kind: 'fact', at: '2026-11-29T17:00:00.000Z', how: 'manual' });
    const e = (await call(humas, 'GET', '/api/issues/isu-jalan/evaluation')).json.effect;
    expect(e).toMatchObject({ enough: false, negativeShareChange: null, before: { volume: 4 }, after: { volume: 3 } });
    const again = await call(humas, 'POST', '/api/issues/isu-jalan/responses', { item: ROAD_FACT.id, at: '2026-11-30T09:00' });
    expect(again.json.link.at).toBe('2026-11-30T02:00:00.000Z');
  });

  it('unlinks a response (DELETE), then 404 for a link that is gone', async () => {
    const d = await call(humas, 'DELETE', `/api/issues/isu-jalan/responses/fact/${ROAD_FACT.id}`);
    expect(d.status).toBe(200);
    expect((await call(humas, 'GET', '/api/issues/isu-jalan/evaluation')).json.effect).toBeUndefined();
    const gone = await call(humas, 'DELETE', `/api/issues/isu-jalan/responses/fact/${ROAD_FACT.id}`);
    expect(gone.status).toBe(404);
    expect(gone.json.message).toMatch(/no link of fact/);
  });

  it('refuses bad input with 400, an unknown issue with 404', async () => {
    const bad: [unknown, RegExp][] = [
      [{}, /body\.item: required/],
      [{ item: '' }, /body\.item/],
      [{ item: RELEASE_ID, extra: 1 }, /unknown field "extra"/],
      [{ item: RELEASE_ID, kind: 'post' }, /body\.kind/],
      [{ item: RELEASE_ID, at: 'kemarin' }, /body\.at/],
      [{ item: RELEASE_ID, at: '2026-02-30' }, /"at" date "2026-02-30"/],
      [{ item: 'no-such-thing' }, /no mention or fact "no-such-thing"/],
      [{ item: ROAD_FACT.id, kind: 'mention' }, /no mention "pupr-tambal/],
    ];
    for (const [body, msg] of bad) {
      const r = await call(humas, 'POST', '/api/issues/isu-banjir/responses', body);
      expect(r.status, JSON.stringify(body)).toBe(400);
      expect(r.json.message, JSON.stringify(body)).toMatch(msg);
    }
    expect((await call(humas, 'GET', '/api/issues/bad%20id/evaluation')).status).toBe(400);
    expect((await call(humas, 'GET', '/api/issues/isu-banjir/evaluation?x=1')).status).toBe(400);
    expect((await call(humas, 'DELETE', `/api/issues/isu-banjir/responses/post/${RELEASE_ID}`)).status).toBe(400);
    const nf = await call(humas, 'GET', '/api/issues/isu-tidak-ada/evaluation');
    expect(nf.status).toBe(404);
    expect(nf.json.message).toMatch(/no issue "isu-tidak-ada"/);
    expect((await call(humas, 'POST', '/api/issues/isu-tidak-ada/responses', { item: RELEASE_ID })).status).toBe(404);
  });

  it('gives pimpinan 403 on link and unlink, refuses writes without CSRF (403) or a session (401)', async () => {
    const link = await call(pimpinan, 'POST', '/api/issues/isu-jalan/responses', { item: ROAD_FACT.id });
    expect(link.status).toBe(403);
    expect(link.json.message).toMatch(/pimpinan/);
    expect((await call(pimpinan, 'DELETE', `/api/issues/isu-banjir/responses/mention/${RELEASE_ID}`)).status).toBe(403);
    expect((await call(humas, 'POST', '/api/issues/isu-jalan/responses', { item: ROAD_FACT.id }, { csrf: false })).status).toBe(403);
    expect((await call(humas, 'DELETE', `/api/issues/isu-banjir/responses/mention/${RELEASE_ID}`, undefined, { csrf: false })).status).toBe(403);
    expect((await call({ base: ev.base }, 'POST', '/api/issues/isu-jalan/responses', { item: ROAD_FACT.id })).status).toBe(401);
    expect((await call(pimpinan, 'GET', '/api/issues/isu-banjir/evaluation')).status).toBe(200);
    expect((await call(humas, 'GET', '/api/issues/isu-jalan/evaluation')).json.responses).toEqual([]);
  });
});
