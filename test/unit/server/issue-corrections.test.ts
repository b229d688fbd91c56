// Merging and splitting issues, bulk corrections and the region lookup through a real HTTP client
// against `buildServer` on 127.0.0.1 port 0 over the fixture store: a merge leaves one issue with
// both issues' mentions and counts (search by issue agrees), a split makes a new issue with a stable
// id, undo gives back the map before, every step in the audit trail; bad input is a 400 with a clear
// message, pimpinan gets 403, a write without the CSRF token is refused.
import { rmSync } from 'node:fs';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serverDeps } from '../../../src/cli/serve-runtime.js';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { buildServer } from '../../../src/server/app.js';
import { createStore } from '../../../src/store/index.js';
import { call as rawCall, loginAs, type Client } from '../../helpers/api-client.js';
import { DAY, makeWebFixture, PASSWORD, type WebFixture } from '../../helpers/web-fixture.js';

let fx: WebFixture;
let store: Store;
let app: FastifyInstance;
let base: string;
let humas: Client;
let pimpinan: Client;
const NOW = Date.parse('2026-12-01T05:00:00Z');
const call = (c: Client | null, method: string, path: string, body?: unknown, opts?: { csrf?: boolean }) => rawCall(base, c, method, path, body, opts);

interface CardIssue {
  id: string;
  volume: number;
  sentiment: { positive: number; neutral: number; negative: number };
}
const issues = async () => (await call(humas, 'GET', `/api/issues?date=${DAY}`)).json.issues as CardIssue[];
const mentionsOf = async (id: string) => ((await call(humas, 'GET', `/api/issues/${id}?date=${DAY}`)).json.issue as { mentions: { id: string }[] }).mentions.map((m) => m.id);

beforeAll(async () => {
  fx = await makeWebFixture();
  store = await createStore(fx.config.storage, undefined, { timezone: 'Asia/Jakarta' });
  app = await buildServer(await serverDeps(fx.config, store, silentLogger, () => NOW), { logErrors: true, loginPerMinute: 30 });
  base = await app.listen({ host: '127.0.0.1', port: 0 });
  humas = await loginAs(base, 'sari', PASSWORD);
  pimpinan = await loginAs(base, 'walikota', PASSWORD);
}, 120_000);

afterAll(async () => {
  await app?.close();
  await store?.close();
  if (fx) rmSync(fx.dir, { recursive: true, force: true });
});

describe('merging issues', () => {
  it('merges B into A: one issue with A’s id, both issues’ mentions and counts; undo restores both', async () => {
    const before = await issues();
    expect(before.length).toBeGreaterThan(2);
    const [a, b] = [before[0]!, before[1]!];
    const aMentions = await mentionsOf(a.id);
    const bMentions = await mentionsOf(b.id);
    const r = await call(humas, 'POST', `/api/issues/${a.id}/merge`, { issueId: b.id });
    expect(r.status, r.text).toBe(200);
    const c = r.json.correction as { id: number; kind: string; issueId: string; otherId: string; by: string; at: string; mentionIds: string[] };
    expect(c).toMatchObject({ kind: 'merge', issueId: a.id, otherId: b.id, by: 'sari', at: new Date(NOW).toISOString() });
    expect(c.mentionIds.sort()).toEqual([...bMentions].sort());

    const after = await issues();
    expect(after.map((i) => i.id)).not.toContain(b.id);
    const merged = after.find((i) => i.id === a.id)!;
    expect(merged.volume).toBe(a.volume + b.volume);
    for (const k of ['positive', 'neutral', 'negative'] as const) expect(merged.sentiment[k]).toBe(a.sentiment[k] + b.sentiment[k]);
    expect(after.length).toBe(before.length - 1);
    expect((await mentionsOf(a.id)).sort()).toEqual([...aMentions, ...bMentions].sort());
    // Search, alerts and exports read the mentions' issue ids: they agree at once.
    const byIssue = (await call(humas, 'GET', `/api/mentions?issue=${a.id}&limit=200`)).json.items!.map((m) => m.id);
    expect(byIssue).toEqual(expect.arrayContaining([...aMentions, ...bMentions]));
    expect((await call(humas, 'GET', `/api/mentions?issue=${b.id}&limit=200`)).json.items!.length).toBe(0);
    const csv = await call(humas, 'GET', `/api/issues?date=${DAY}&format=csv`);
    expect(csv.text).not.toContain(b.id);

    const trail = await call(humas, 'GET', '/api/issue-corrections');
    expect(trail.json.items!.map((x) => x.id)).toContain(c.id);
    const undo = await call(humas, 'POST', `/api/issue-corrections/${c.id}/undo`);
    expect(undo.status).toBe(200);
    expect(undo.json).toMatchObject({ undoneBy: 'sari' });
    const restored = await issues();
    expect(restored.map((i) => [i.id, i.volume]).sort()).toEqual(before.map((i) => [i.id, i.volume]).sort());
    expect((await call(humas, 'GET', '/api/issue-corrections?active=true')).json.items!.map((x) => x.id)).not.toContain(c.id);
  });
});

describe('splitting an issue', () => {
  it('splits a selection out into a new issue with a stable id; undo puts it back', async () => {
    const before = await issues();
    const a = before.find((i) => i.volume >= 4)!;
    const ms = await mentionsOf(a.id);
    const out = ms.slice(-2);
    const r = await call(humas, 'POST', `/api/issues/${a.id}/split`, { mentionIds: out });
    expect(r.status, r.text).toBe(200);
    const c = r.json.correction as { id: number; otherId: string };
    expect(c.otherId).toMatch(/^isu-[0-9a-f]{12}$/);
    const after = await issues();
    expect(after.find((i) => i.id === a.id)!.volume).toBe(a.volume - 2);
    const fresh = after.find((i) => i.id === c.otherId)!;
    expect(fresh.volume).toBe(2);
    expect((await mentionsOf(c.otherId)).sort()).toEqual([...out].sort());
    // Building the map again keeps the same ids (the rule is applied on every build).
    await store.setIssueIds(out.map((mentionId) => ({ mentionId, issueId: a.id })));
    expect((await issues()).find((i) => i.id === c.otherId)?.volume).toBe(2);
    const undo = await call(humas, 'POST', `/api/issue-corrections/${c.id}/undo`);
    expect(undo.status).toBe(200);
    const restored = await issues();
    expect(restored.find((i) => i.id === a.id)!.volume).toBe(a.volume);
    expect(restored.map((i) => i.id)).not.toContain(c.otherId);
  });
});

describe('bulk corrections', () => {
  it('corrects two mentions’ sentiment in one call, one audit entry per mention', async () => {
    const page = await call(humas, 'GET', '/api/mentions?sentiment=negative&limit=2');
    const ids = page.json.items!.map((m) => m.id as string);
    expect(ids).toHaveLength(2);
    const r = await call(humas, 'POST', '/api/corrections', { mentionIds: ids, field: 'sentiment', value: 'neutral' });
    expect(r.status).toBe(200);
    expect((r.json.corrections as unknown[]).length).toBe(2);
    for (const id of ids) {
      expect((await call(humas, 'GET', `/api/mentions/${id}`)).json.sentiment).toBe('neutral');
      const trail = await call(humas, 'GET', `/api/corrections?mention=${id}`);
      expect(trail.json.items!.map((x) => [x.field, x.value, x.by])).toEqual([['sentiment', 'neutral', 'sari']]);
    }
    const topic = await call(humas, 'POST', '/api/corrections', { mentionIds: ids, field: 'topic', value: 'infrastruktur' });
    expect(topic.status, topic.text).toBe(200);
    const place = await call(humas, 'POST', '/api/corrections', { mentionIds: ids, field: 'place', value: ['15.71.02'] });
    expect(place.status, place.text).toBe(200);
    expect((await call(humas, 'GET', `/api/mentions?region=15.71.02&topic=infrastruktur&limit=200`)).json.items!.map((m) => m.id)).toEqual(expect.arrayContaining(ids));
  });
});

describe('region lookup', () => {
  it('finds places by name, the home region’s first, and a code by itself', async () => {
    const r = await call(humas, 'GET', '/api/regions?q=telanai');
    expect(r.status).toBe(200);
    const first = r.json.items![0] as { code: string; name: string; level: string };
    expect(first.code.startsWith('15.71')).toBe(true);
    expect(first.name.toLowerCase()).toContain('telanai');
    expect((await call(humas, 'GET', '/api/regions?q=15.71')).json.items).toEqual([{ code: '15.71', name: 'Kota Jambi', level: 'regency' }]);
  });
});

describe('refused', () => {
  it('answers bad input with a 400 and a clear message', async () => {
    const [a, b] = await issues();
    const cases: [string, string, unknown, RegExp][] = [
      ['POST', `/api/issues/${a!.id}/merge`, { issueId: a!.id }, /cannot be merged into itself/],
      ['POST', `/api/issues/${a!.id}/merge`, {}, /body\.issueId: required/],
      ['POST', `/api/issues/${a!.id}/merge`, { issueId: 'bad id!' }, /body\.issueId/],
      ['POST', `/api/issues/${a!.id}/merge`, { issueId: b!.id, extra: 1 }, /unknown field "extra"/],
      ['POST', `/api/issues/${a!.id}/split`, { mentionIds: [] }, /body\.mentionIds/],
      ['POST', `/api/issues/${a!.id}/split`, { mentionIds: (await mentionsOf(b!.id)).slice(0, 1) }, /not in issue/],
      ['POST', '/api/issue-corrections/0/undo', undefined, /params\.id/],
      ['GET', '/api/regions?q=x', undefined, /querystring\.q/],
      ['GET', '/api/regions', undefined, /querystring\.q: required/],
      ['GET', '/api/issue-corrections?limit=0', undefined, /querystring\.limit/],
      ['POST', '/api/corrections', { mentionIds: ['a'], field: 'topic', value: 'no-such-topic' }, /topic id/],
      ['POST', '/api/corrections', { mentionIds: ['a'], field: 'place', value: ['99.99'] }, /unknown Kemendagri code/],
    ];
    for (const [method, path, body, msg] of cases) {
      const r = await call(humas, method, path, body);
      expect(r.status, `${method} ${path} ${JSON.stringify(body)}: ${r.text}`).toBe(400);
      expect(r.json.message).toMatch(msg);
    }
    expect((await call(humas, 'POST', `/api/issues/isu-none/merge`, { issueId: a!.id })).status).toBe(404);
    expect((await call(humas, 'POST', '/api/issue-corrections/999999/undo')).status).toBe(404);
  });

  it('gives pimpinan 403 and refuses a write without the CSRF token', async () => {
    const [a, b] = await issues();
    const ms = await mentionsOf(a!.id);
    const writes: [string, unknown][] = [
      [`/api/issues/${a!.id}/merge`, { issueId: b!.id }],
      [`/api/issues/${a!.id}/split`, { mentionIds: ms.slice(0, 1) }],
      ['/api/issue-corrections/1/undo', undefined],
      ['/api/corrections', { mentionIds: ms.slice(0, 2), field: 'sentiment', value: 'positive' }],
    ];
    for (const [path, body] of writes) {
      const p = await call(pimpinan, 'POST', path, body);
      expect(p.status, path).toBe(403);
      expect(p.json.message).toMatch(/pimpinan/);
      const n = await call(humas, 'POST', path, body, { csrf: false });
      expect(n.status, path).toBe(403);
      expect(n.json.message).toMatch(/CSRF/);
      expect((await call(null, 'POST', path, body)).status).toBe(401);
    }
    expect((await store.listIssueCorrections({ active: true })).length).toBe(0);
    expect((await issues()).map((i) => i.id)).toContain(b!.id);
    // pimpinan still reads the audit trail and the region lookup.
    expect((await call(pimpinan, 'GET', '/api/issue-corrections')).status).toBe(200);
  });
});
