// The counts the dashboard shows (trends, the area map) leave out the items of sources configured
// `factcheck: true`: they are debunks in the hoax's own words, not the city's mentions. A source named
// in the request is still counted, and the same store served without the flag counts everything.
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDeps } from '../../../src/cli/serve-runtime.js';
import { parseConfig } from '../../../src/core/config.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { buildServer } from '../../../src/server/app.js';
import { createStore } from '../../../src/store/index.js';
import { call, loginAs } from '../../helpers/api-client.js';
import { DAY, makeWebFixture, PASSWORD, type WebFixture } from '../../helpers/web-fixture.js';

const NOW = Date.parse('2026-12-01T05:00:00Z');
let fx: WebFixture;
let store: Store;
const apps: FastifyInstance[] = [];
let source: string;
let bySource: number;
let total: number;

async function serve(factcheck: boolean): Promise<string> {
  const config = parseConfig({
    timezone: 'Asia/Jakarta',
    storage: fx.config.storage,
    analysis: { homeRegion: '15.71' },
    sources: [{ id: source, kind: 'rss', url: 'https://cekfakta.example/feed', factcheck }],
  });
  const app = await buildServer(await serverDeps(config, store, silentLogger, () => NOW), { loginPerMinute: 30 });
  apps.push(app);
  return app.listen({ host: '127.0.0.1', port: 0 });
}

beforeAll(async () => {
  fx = await makeWebFixture();
  store = await createStore(fx.config.storage, undefined, { timezone: 'Asia/Jakarta' });
  const day = { from: DAY, to: '2026-12-02' };
  total = (await store.aggregate({ filter: day })).count;
  const sources = (await store.aggregate({ filter: day, by: ['source'], size: 100 })).buckets;
  // A source that mentions the city's kecamatan, so that leaving it out shows on the area map too.
  const home = { ...day, region: '15.71' };
  const byArea = (await store.aggregate({ filter: home, by: ['source', 'region'], size: 10_000 })).buckets;
  const chosen = sources.find((b) => byArea.find((x) => x.key === b.key)?.buckets?.some((r) => r.key.length === 8)) ?? sources[0]!;
  source = chosen.key;
  bySource = chosen.count;
});

afterAll(async () => {
  for (const a of apps) await a.close();
  await store?.close();
  if (fx) rmSync(fx.dir, { recursive: true, force: true });
});

describe('fact-check sources in the dashboard counts', () => {
  it('trends count every mention except the fact-check source’s, unless the request names it', async () => {
    expect(bySource).toBeGreaterThan(0);
    const base = await serve(true);
    const c = await loginAs(base, 'sari', PASSWORD);
    const r = await call(base, c, 'GET', `/api/trends?from=${DAY}&to=2026-12-02`);
    expect(r.status).toBe(200);
    expect(r.json.count).toBe(total - bySource);
    const named = await call(base, c, 'GET', `/api/trends?from=${DAY}&to=2026-12-02&source=${source}`);
    expect(named.json.count).toBe(bySource);
    const plain = await serve(false);
    const p = await call(plain, await loginAs(plain, 'sari', PASSWORD), 'GET', `/api/trends?from=${DAY}&to=2026-12-02`);
    expect(p.json.count).toBe(total);
  });

  it('the area counts leave the fact-check source out', async () => {
    const home = { from: DAY, to: '2026-12-02', region: '15.71' };
    const expected = (await store.aggregate({ filter: { ...home, excludeSourceId: source }, by: ['region'], size: 10_000 })).buckets;
    const all = (await store.aggregate({ filter: home, by: ['region'], size: 10_000 })).buckets;
    const base = await serve(true);
    const r = await call(base, await loginAs(base, 'sari', PASSWORD), 'GET', `/api/geo/counts?date=${DAY}`);
    expect(r.status).toBe(200);
    const areas = r.json.areas as { code: string; count: number }[];
    expect(areas.length).toBeGreaterThan(0);
    for (const a of areas) expect(a.count, a.code).toBe(expected.find((b) => b.key === a.code)?.count ?? 0);
    const sum = (bs: { key: string; count: number }[]) => bs.filter((b) => areas.some((a) => a.code === b.key)).reduce((s, b) => s + b.count, 0);
    expect(sum(all)).toBeGreaterThan(sum(expected));
  });
});
