// The server's issue-map cache (src/server/map-cache.ts) against a store whose change token is a
// counter the test moves: one build for many concurrent requests, a new build when the token moves,
// a build that wrote ids built once more before it is cached, a write by someone else during a build
// never cached as current, least recently used maps dropped.
import { describe, expect, it } from 'vitest';
import { createMapCache, type BuiltMap, type MapKey } from '../../../src/server/map-cache.js';
import type { IssueMap } from '../../../src/maps/types.js';

function setup(opts: { writes?: (n: number) => number; during?: (n: number) => void } = {}) {
  let token = 0;
  const builds: MapKey[] = [];
  const store = { changeToken: async () => String(token) };
  const gates: (() => void)[] = [];
  const build = async (key: MapKey): Promise<BuiltMap> => {
    const n = builds.push(key);
    await new Promise<void>((res) => gates.push(res));
    opts.during?.(n);
    const written = opts.writes?.(n) ?? 0;
    if (written) token++;
    return { map: { period: { from: key.from, to: key.to }, build: n } as unknown as IssueMap, idsWritten: written };
  };
  // Lets every build waiting so far finish, until none is left.
  const release = async (): Promise<void> => {
    for (let i = 0; i < 20; i++) {
      await new Promise((r) => setImmediate(r));
      while (gates.length) gates.shift()!();
    }
  };
  return { store, build, builds, release, bump: () => token++ };
}

const day = (d: string): MapKey => ({ from: d, to: d, lang: 'id' });
const buildNo = (m: IssueMap): number => (m as unknown as { build: number }).build;

describe('issue map cache', () => {
  it('builds once for fifty concurrent requests and serves the cached map until the token moves', async () => {
    const s = setup();
    const cache = createMapCache(s.store, s.build);
    const all = Promise.all(Array.from({ length: 50 }, () => cache.get(day('2026-12-01'))));
    await s.release();
    const got = await all;
    expect(s.builds).toHaveLength(1);
    expect(new Set(got.map((x) => x.etag)).size).toBe(1);
    expect((await cache.get(day('2026-12-01'))).map).toBe(got[0]!.map);
    s.bump();
    const next = cache.get(day('2026-12-01'));
    await s.release();
    const after = await next;
    expect(s.builds).toHaveLength(2);
    expect(after.etag).not.toBe(got[0]!.etag);
  });

  it('builds a map that wrote its ids once more, and caches the second', async () => {
    const s = setup({ writes: (n) => (n === 1 ? 40 : 0) });
    const cache = createMapCache(s.store, s.build);
    const p = cache.get(day('2026-12-01'));
    await s.release();
    const first = await p;
    expect(s.builds).toHaveLength(2);
    expect(buildNo(first.map)).toBe(2);
    expect((await cache.get(day('2026-12-01'))).map).toBe(first.map);
    expect(s.builds).toHaveLength(2);
  });

  it('never caches as current a map during whose build someone else wrote', async () => {
    const s = setup({ during: (n) => n === 1 && s.bump() });
    const cache = createMapCache(s.store, s.build);
    const p = cache.get(day('2026-12-01'));
    await s.release();
    await p;
    const q = cache.get(day('2026-12-01'));
    await s.release();
    expect(buildNo((await q).map)).toBe(2);
  });

  it('keeps the most recently used maps', async () => {
    const s = setup();
    const cache = createMapCache(s.store, s.build, 2);
    const get = async (d: string) => {
      const p = cache.get(day(d));
      await s.release();
      return p;
    };
    await get('2026-12-01');
    await get('2026-12-02');
    await get('2026-12-01');
    await get('2026-12-03');
    expect(s.builds).toHaveLength(3);
    await get('2026-12-01');
    expect(s.builds).toHaveLength(3);
    await get('2026-12-02');
    expect(s.builds).toHaveLength(4);
  });
});
