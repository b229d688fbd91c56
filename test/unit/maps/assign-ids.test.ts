// Issue 19, option (a): the issue ids of complete days are assigned when mentions are stored
// (src/maps/assign-ids.ts), through the Store interface only. Three generated days; "today" is the
// third: after a store, days 1–2 carry ids and day 3 none; a later store into day 1 re-assigns days
// 1 and 2; a failed write leaves its day without ids and pending, and the next run does it. The ids
// are those `pantau map` writes when the days are mapped in order.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import { placesUnder } from '../../../analyzers/regions/index.js';
import { generate } from '../../../bench/map.js';
import { nextLocalDay } from '../../../src/core/time.js';
import type { Mention, Store } from '../../../src/core/types.js';
import { assignStoredDays, beginStoring, IDS_STATE_ID } from '../../../src/maps/assign-ids.js';
import type { RegionDirectory } from '../../../src/maps/directory.js';
import { produceMap, scanAll, type ProduceDeps } from '../../../src/maps/produce.js';
import type { RegionLevel } from '../../../src/maps/regions.js';
import { createStore } from '../../../src/store/index.js';

const ZONE = 'Asia/Jakarta';
const [D1, D2, D3, D4] = ['2026-08-01', '2026-08-02', '2026-08-03', '2026-08-04'];
let dir: string;
let all: Mention[];
let directory: RegionDirectory;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-assign-ids-'));
  // 3 days of ~250 generated mentions of a city (bench/map.ts: matters going on for days).
  all = [...generate(750, 3, 5)];
  directory = { entries: placesUnder('15.71').filter((p) => p.code === '15.71' || p.code.startsWith('15.71.')).map((p) => ({ code: p.code, name: p.name, level: p.level as RegionLevel })) };
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let n = 0;
async function freshStore(): Promise<Store> {
  return createStore({ driver: 'sqlite', path: join(dir, `s${n++}.db`) }, undefined, { timezone: ZONE });
}

function depsOf(store: Store): ProduceDeps {
  return { store, timezone: ZONE, homeRegion: { code: '15.71', name: 'Kota Jambi' }, text: { tokenize, stem }, directory, now: () => new Date('2026-08-03T05:00:00Z') };
}

const dayOf = (m: Mention): string => new Date(Date.parse(m.publishedAt!) + 7 * 3_600_000).toISOString().slice(0, 10);
const ofDay = (d: string): Mention[] => all.filter((m) => dayOf(m) === d);

async function idsOf(store: Store, day: string): Promise<Map<string, string>> {
  const ms = await scanAll(store, { from: day, to: nextLocalDay(day) });
  return new Map(ms.filter((m) => m.issueId).map((m) => [m.id, m.issueId!]));
}

async function pending(store: Store): Promise<string[]> {
  return (JSON.parse((await store.getSourceState(IDS_STATE_ID))!.cursor!) as { pending: string[] }).pending;
}

describe('issue ids assigned when mentions are stored', () => {
  it('assigns the complete days (not today), oldest first, as pantau map would in order', async () => {
    expect(ofDay(D1).length).toBeGreaterThan(200);
    expect(ofDay(D3).length).toBeGreaterThan(200);
    const store = await freshStore();
    await beginStoring(store);
    await store.upsertMentions(all);
    const seen: string[] = [];
    const r = await assignStoredDays(depsOf(store), { today: D3, onDay: (d) => seen.push(d.day) });
    expect(r.days.map((d) => d.day)).toEqual([D1, D2]);
    expect(seen).toEqual([D1, D2]);
    expect(r.pending).toEqual([D3]);
    expect(await pending(store)).toEqual([D3]);
    const one = await idsOf(store, D1);
    const two = await idsOf(store, D2);
    expect(one.size).toBeGreaterThan(100);
    expect(two.size).toBeGreaterThan(100);
    expect((await idsOf(store, D3)).size).toBe(0);
    // Day 2 continues day 1's issues (the chain runs from the first stored day).
    expect([...two.values()].some((id) => new Set(one.values()).has(id))).toBe(true);

    // The same ids as the daily maps of day 1 then day 2 on a store without them.
    const plain = await freshStore();
    await plain.upsertMentions(all);
    for (const d of [D1, D2]) await produceMap({ from: d, to: d, lang: 'id' }, depsOf(plain));
    expect(Object.fromEntries(one)).toEqual(Object.fromEntries(await idsOf(plain, D1)));
    expect(Object.fromEntries(two)).toEqual(Object.fromEntries(await idsOf(plain, D2)));

    // Nothing stored since: nothing to do. Day 3 is done once it is complete.
    expect((await assignStoredDays(depsOf(store), { today: D3 })).days).toEqual([]);
    const next = await assignStoredDays(depsOf(store), { today: D4 });
    expect(next.days.map((d) => d.day)).toEqual([D3]);
    expect((await idsOf(store, D3)).size).toBeGreaterThan(100);
    expect(await pending(store)).toEqual([]);
    await Promise.all([store.close(), plain.close()]);
  }, 120_000);

  it('a store into a day already assigned re-assigns it and the later days', async () => {
    const store = await freshStore();
    await beginStoring(store);
    await store.upsertMentions([...ofDay(D1), ...ofDay(D2), ...ofDay(D3)].filter((m) => Number(m.id.slice(2)) % 10 !== 0));
    expect((await assignStoredDays(depsOf(store), { today: D3 })).days.map((d) => d.day)).toEqual([D1, D2]);
    // Day 1's tenth left out, stored now (a second import of that day).
    const late = ofDay(D1).filter((m) => Number(m.id.slice(2)) % 10 === 0);
    expect((await idsOf(store, D1)).has(late[0]!.id)).toBe(false);
    await store.upsertMentions(late);
    const r = await assignStoredDays(depsOf(store), { today: D3 });
    expect(r.days.map((d) => d.day)).toEqual([D1, D2]);
    const one = await idsOf(store, D1);
    expect(late.filter((m) => one.has(m.id)).length).toBeGreaterThan(late.length / 2);
    await store.close();
  }, 120_000);

  it('a failed write leaves its day without ids and pending; the next run assigns it', async () => {
    const store = await freshStore();
    await beginStoring(store);
    await store.upsertMentions(all);
    const two = new Set(ofDay(D2).map((m) => m.id));
    // The store refuses the write of day 2's ids (a full disk, a crash before COMMIT).
    const failing = new Proxy(store, {
      get(target, prop, receiver) {
        if (prop === 'setIssueIds') {
          return async (a: { mentionId: string }[]) => {
            if (a.some((x) => two.has(x.mentionId))) throw new Error('disk full');
            return target.setIssueIds(a as never);
          };
        }
        const v = Reflect.get(target, prop, receiver) as unknown;
        return typeof v === 'function' ? (v as (...a: unknown[]) => unknown).bind(target) : v;
      },
    });
    await expect(assignStoredDays(depsOf(failing), { today: D4 })).rejects.toThrow('disk full');
    expect((await idsOf(store, D1)).size).toBeGreaterThan(100);
    expect((await idsOf(store, D2)).size).toBe(0);
    expect((await idsOf(store, D3)).size).toBe(0);
    expect(await pending(store)).toEqual([D2, D3]);
    // Nothing new stored: the pending days are still done, day 1 is not redone.
    const r = await assignStoredDays(depsOf(store), { today: D4 });
    expect(r.days.map((d) => d.day)).toEqual([D2, D3]);
    expect((await idsOf(store, D2)).size).toBeGreaterThan(100);
    expect(await pending(store)).toEqual([]);
    await store.close();
  }, 120_000);

  it('a store that never had the state (an upgraded one) leaves its older mentions to pantau map', async () => {
    const store = await freshStore();
    await store.upsertMentions(ofDay(D1));
    await beginStoring(store);
    await store.upsertMentions(ofDay(D2));
    const r = await assignStoredDays(depsOf(store), { today: D3 });
    expect(r.days.map((d) => d.day)).toEqual([D2]);
    expect((await idsOf(store, D1)).size).toBe(0);
    expect((await idsOf(store, D2)).size).toBeGreaterThan(100);
    await store.close();
  }, 120_000);
});
