// `pantau run --shard K/N` (issue 21): N crawler machines over one set of sources crawl disjoint sets
// whose union is every source — checked with real processes (each with its own state file, as each
// machine has), and for the hash alone over many ids.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inShard, parseShard, shardOf } from '../../src/cli/shard.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { pantauEn as pantau, rssFeed } from './helpers.js';

let web: FixtureServer;
let dir: string;
const ids = Array.from({ length: 8 }, (_, i) => `sumber-${i}`);
const fetched: string[] = [];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-shard-'));
  web = await startFixtureServer();
  for (const id of ids) {
    web.route(`/${id}.xml`, () => {
      fetched.push(id);
      return { headers: { 'content-type': 'application/rss+xml' }, body: rssFeed([]) };
    });
  }
});
afterAll(async () => {
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('run --shard K/N', () => {
  it('the hash splits ids into disjoint shards covering all of them', () => {
    const many = Array.from({ length: 1000 }, (_, i) => `src-${i}`);
    for (const n of [1, 2, 3, 7]) {
      const sizes = Array.from({ length: n }, (_, k) => many.filter((id) => inShard(id, { k: k + 1, n })).length);
      expect(sizes.reduce((a, b) => a + b, 0)).toBe(many.length);
      for (const id of many.slice(0, 50)) expect([...Array(n).keys()].filter((k) => inShard(id, { k: k + 1, n }))).toHaveLength(1);
      for (const s of sizes) expect(s).toBeGreaterThan(many.length / n / 2); // no shard left (nearly) empty
    }
    expect(shardOf('antara-jambi', 3)).toBe(shardOf('antara-jambi', 3));
    for (const bad of ['0/3', '4/3', '1', 'a/b', '1/0']) expect(() => parseShard(bad)).toThrow(/--shard: expected K\/N/);
  });

  it('two processes with 1/2 and 2/2 crawl disjoint sets whose union is every source', async () => {
    const sources = ids.map((id) => `  - { id: ${id}, kind: rss, url: "${web.url(`/${id}.xml`)}" }\n`).join('');
    const run = async (k: number): Promise<string[]> => {
      const file = join(dir, `m${k}.yaml`);
      writeFileSync(file, `storage: { path: ${join(dir, `m${k}.db`)} }\ncrawl: { perHostIntervalMs: 0, retries: 0 }\nsources:\n${sources}`);
      const r = await pantau(['run', '--once', '--json', '--shard', `${k}/2`, '--config', file]);
      expect(r.code, r.stderr).toBe(0);
      return (JSON.parse(r.stdout) as { sources: { sourceId: string }[] }).sources.map((s) => s.sourceId);
    };
    const [a, b] = await Promise.all([run(1), run(2)]);
    expect(a.length).toBeGreaterThan(0);
    expect(b.length).toBeGreaterThan(0);
    expect(a.filter((x) => b.includes(x))).toEqual([]);
    expect([...a, ...b].sort()).toEqual([...ids].sort());
    expect([...fetched].sort()).toEqual([...ids].sort());
    const bad = await pantau(['run', '--once', '--shard', '3/2', '--config', join(dir, 'm1.yaml')]);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--shard: expected K/N');
  }, 60_000);
});
