// Merges and splits from the outside: fixture days imported with `pantau import`, the rules made
// through the Store (src/maps/correct-issues.ts, what the dashboard's API calls), and the map read
// back with `pantau map --date D --format json`. A control store without rules says which of
// 1 December's issues continue on 2 December; with the rules, two such issues merged on 1 December
// are one issue (the survivor's id) on 2 December too, mapped for the first time after the merge;
// a split-out group keeps its stable id when the day is built again after the next day.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeIssues, splitIssue, undoIssueCorrection } from '../../src/maps/correct-issues.js';
import type { IssueMap } from '../../src/maps/types.js';
import { createStore } from '../../src/store/index.js';
import { FIXTURES } from '../helpers/map-days.js';
import { pantau } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-map-corr-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const D1 = '2026-12-01';
const D2 = '2026-12-02';

async function office(name: string): Promise<string> {
  const cfg = join(dir, `${name}.yaml`);
  writeFileSync(cfg, `storage: { path: ${join(dir, `${name}.db`)} }\nanalysis: { homeRegion: "15.71" }\n`);
  for (const d of ['2026-11-30', D1, D2]) {
    const r = await pantau(['import', join(FIXTURES, `day-${d}.jsonl`), '--config', cfg]);
    expect(r.code, r.stderr).toBe(0);
  }
  return cfg;
}

async function map(cfg: string, day: string): Promise<IssueMap> {
  const r = await pantau(['map', '--date', day, '--format', 'json', '--config', cfg]);
  expect(r.code, r.stderr).toBe(0);
  return JSON.parse(r.stdout) as IssueMap;
}

async function withStore<T>(cfg: string, body: (s: Awaited<ReturnType<typeof createStore>>) => Promise<T>): Promise<T> {
  const s = await createStore({ driver: 'sqlite', path: cfg.replace(/\.yaml$/, '.db') }, undefined, { timezone: 'Asia/Jakarta' });
  try {
    return await body(s);
  } finally {
    await s.close();
  }
}

const at = '2026-12-01T09:00:00.000Z';
const ids = (m: IssueMap, id: string) => new Set(m.issues.find((i) => i.id === id)?.mentions.map((x) => x.id) ?? []);

let control: { d1: IssueMap; d2: IssueMap };
let cfg: string;

beforeAll(async () => {
  const ctl = await office('control');
  control = { d1: await map(ctl, D1), d2: await map(ctl, D2) };
  cfg = await office('office');
}, 300_000);

describe('merged and split issues in pantau map', () => {
  it('a merged pair is one issue with the survivor’s id on the day and on the next day', async () => {
    const continuing = control.d1.issues.filter((i) => control.d2.issues.some((j) => j.id === i.id));
    expect(continuing.length, 'two issues of 1 December continue on 2 December').toBeGreaterThanOrEqual(2);
    const [a, b] = [continuing[0]!, continuing[1]!];
    const first = await map(cfg, D1);
    expect(first.issues.map((i) => i.id)).toEqual(expect.arrayContaining([a.id, b.id]));
    await withStore(cfg, (s) => mergeIssues(s, { into: a.id, from: b.id, by: 'sari', at }));

    const d1 = await map(cfg, D1);
    expect(d1.issues.map((i) => i.id)).not.toContain(b.id);
    const merged = d1.issues.find((i) => i.id === a.id)!;
    expect(merged.volume).toBe(a.volume + b.volume);
    expect(merged.sentiment.negative).toBe(a.sentiment.negative + b.sentiment.negative);
    expect(d1.totals.issues).toBe(control.d1.totals.issues - 1);

    // 2 December, mapped for the first time after the merge: both continuations are issue A.
    const d2 = await map(cfg, D2);
    expect(d2.issues.map((i) => i.id)).not.toContain(b.id);
    const both = new Set([...ids(control.d2, a.id), ...ids(control.d2, b.id)]);
    const got = ids(d2, a.id);
    for (const m of both) expect(got.has(m), m).toBe(true);
    expect(d2.issues.find((i) => i.id === a.id)!.volume).toBe(got.size);
  });

  it('a split-out group keeps its stable id when the day is built again, and undo gives the map back', async () => {
    const d1 = await map(cfg, D1);
    const a = d1.issues.find((i) => i.volume >= 5)!;
    const out = a.mentions.slice(-2).map((m) => m.id);
    const c = await withStore(cfg, (s) => splitIssue(s, { from: a.id, mentionIds: out, by: 'sari', at }));
    const again = await map(cfg, D1);
    const fresh = again.issues.find((i) => i.id === c.otherId)!;
    expect([...ids(again, c.otherId)].sort()).toEqual([...out].sort());
    expect(fresh.sentiment.positive + fresh.sentiment.neutral + fresh.sentiment.negative).toBe(2);
    expect(again.issues.find((i) => i.id === a.id)!.volume).toBe(a.volume - 2);
    await map(cfg, D2);
    expect(ids(await map(cfg, D1), c.otherId).size).toBe(2);

    await withStore(cfg, (s) => undoIssueCorrection(s, c.id, 'sari', at));
    const back = await map(cfg, D1);
    expect(back.issues.map((i) => i.id)).not.toContain(c.otherId);
    expect(back.issues.find((i) => i.id === a.id)!.volume).toBe(a.volume);
  });
});
