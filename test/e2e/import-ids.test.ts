// Issue 19 through the CLI: `pantau import` ends by giving issue ids to the complete days it stored
// (before today in the office's zone, today from PANTAU_NOW here), says so in its summary, re-assigns
// a day (and the later ones) that gets new mentions, and `--no-map-ids` leaves the days to
// `pantau map`, whose map is then the same.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pantauEn as pantau, ROOT } from './helpers.js';

let dir: string;
const FX = join(ROOT, 'test', 'fixtures', 'maps');
const NOW = { PANTAU_NOW: '2026-12-02T05:00:00Z' }; // 12:00 WIB on 2026-12-02: days 11-30 and 12-01 are complete
const rows = (day: string): string[] => readFileSync(join(FX, `day-${day}.jsonl`), 'utf8').split('\n').filter(Boolean);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-import-ids-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function config(name: string): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(file, `storage: { path: ${join(dir, `${name}.db`)} }\nanalysis: { homeRegion: "15.71" }\n`);
  return file;
}

async function idsByDay(cfg: string, day: string): Promise<(string | null)[]> {
  const r = await pantau(['search', '', '--json', '--limit', '500', '--from', day, '--to', day, '--config', cfg]);
  return (JSON.parse(r.stdout) as { issueId: string | null }[]).map((m) => m.issueId);
}

describe('pantau import assigns the issue ids of complete days', () => {
  it('days 1–2 get ids, today not; a re-import into day 1 re-assigns days 1–2; --no-map-ids leaves them to pantau map', async () => {
    const cfg = config('on');
    // Day 1 without its last five rows (imported later), days 2 and 3 whole.
    const first = rows('2026-11-30');
    const file = join(dir, 'three-days.jsonl');
    writeFileSync(file, [...first.slice(0, -5), ...rows('2026-12-01'), ...rows('2026-12-02')].join('\n') + '\n');
    const r = await pantau(['import', file, '--config', cfg], { env: NOW });
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('issue ids: 2 days assigned (2026-11-30 … 2026-12-01); waiting for the day to end: 2026-12-02\n');
    for (const d of ['2026-11-30', '2026-12-01']) expect((await idsByDay(cfg, d)).filter(Boolean).length, d).toBeGreaterThan(20);
    const today = await idsByDay(cfg, '2026-12-02');
    expect(today.length).toBeGreaterThan(20);
    expect(today.filter(Boolean)).toEqual([]);

    const late = join(dir, 'late.jsonl');
    writeFileSync(late, first.slice(-5).join('\n') + '\n');
    const again = await pantau(['import', late, '--config', cfg], { env: NOW });
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('issue ids: 2 days assigned (2026-11-30 … 2026-12-01); waiting for the day to end: 2026-12-02\n');
    const json = JSON.parse((await pantau(['import', late, '--json', '--config', cfg], { env: NOW })).stdout) as { issueIds: { days: { day: string }[]; pending: string[] } };
    expect(json.issueIds.days).toEqual([]); // a duplicate import stores nothing, assigns nothing
    expect(json.issueIds.pending).toEqual(['2026-12-02']);

    // The same rows without ids at import: pantau map maps the days itself, to the same map.
    const off = config('off');
    const o = await pantau(['import', file, '--no-map-ids', '--config', off], { env: NOW });
    expect(o.stdout).toContain('issue ids: not assigned (--no-map-ids)');
    expect((await idsByDay(off, '2026-11-30')).filter(Boolean)).toEqual([]);
    await pantau(['import', late, '--no-map-ids', '--config', off], { env: NOW });
    const strip = (s: string): string => s.replace(/"generatedAt":\s*"[^"]*"/, '');
    for (const d of ['2026-11-30', '2026-12-01']) {
      const a = await pantau(['map', '--date', d, '--format', 'json', '--config', cfg]);
      const b = await pantau(['map', '--date', d, '--format', 'json', '--config', off]);
      expect(a.code, a.stderr).toBe(0);
      expect(strip(a.stdout), d).toBe(strip(b.stdout));
    }
  }, 240_000);
});
