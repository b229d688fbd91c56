// The rules of a person's merges and splits as the map builder applies them: merges as aliases that
// follow chains and resolve a cycle (the later merge wins), undone rules ignored, split mentions
// taken out of their groups into one group per split (the latest split of a mention wins), and the
// continuity options: a merged id shareable by several of today's groups, a split's id reserved.
import { describe, expect, it } from 'vitest';
import type { IssueCorrection } from '../../../src/core/issue-corrections.js';
import { assignIssueIds, type CurrentIssue, type PriorIssue } from '../../../src/maps/continuity.js';
import { applySplits, issueRules, unionById } from '../../../src/maps/issue-corrections.js';

let n = 0;
const rule = (kind: 'merge' | 'split', issueId: string, otherId: string, mentionIds: string[] = [], undone = false): IssueCorrection => ({
  id: ++n,
  kind,
  issueId,
  otherId,
  mentionIds,
  by: 'sari',
  at: '2026-12-01T08:00:00.000Z',
  ...(undone ? { undoneAt: '2026-12-01T09:00:00.000Z', undoneBy: 'sari' } : {}),
});

describe('issue rules', () => {
  it('follows merge chains, ignores undone rules, and stops a cycle at the later merge', () => {
    const r = issueRules([rule('merge', 'A', 'B'), rule('merge', 'C', 'A'), rule('merge', 'X', 'Y', [], true)]);
    expect([r.alias('B'), r.alias('A'), r.alias('C'), r.alias('Y')]).toEqual(['C', 'C', 'C', 'Y']);
    expect([...r.shareable].sort()).toEqual(['C']);
    const cyc = issueRules([rule('merge', 'A', 'B'), rule('merge', 'B', 'A')]);
    expect([cyc.alias('A'), cyc.alias('B')]).toEqual(['B', 'B']);
    expect([...cyc.shareable]).toEqual(['B']);
  });

  it('takes split mentions out of their groups into one group per split; the latest split wins', () => {
    const r = issueRules([rule('split', 'A', 'S1', ['m2', 'm3']), rule('split', 'A', 'S2', ['m3']), rule('split', 'A', 'S3', ['m9'], true)]);
    const out = applySplits(
      [
        ['m1', 'm2', 'm3'],
        ['m4', 'm9'],
        ['m2x'],
      ],
      r,
    );
    expect(out.groups).toEqual([['m1'], ['m4', 'm9'], ['m2x'], ['m2'], ['m3']]);
    expect(out.forced).toEqual([undefined, undefined, undefined, 'S1', 'S2']);
    expect(applySplits([['m2', 'm3']], r).groups).toEqual([['m2'], ['m3']]);
    expect(unionById(['A', 'B', 'A', 'C'])).toEqual([
      { id: 'A', parts: [0, 2] },
      { id: 'B', parts: [1] },
      { id: 'C', parts: [3] },
    ]);
  });
});

describe('continuity with merged and split ids', () => {
  const issue = (word: string, members: string[], stored: [string, number][] = []): CurrentIssue => ({
    centroid: new Map([[word, 1]]),
    places: [],
    streets: [],
    clusters: new Set(),
    members,
    storedIds: new Map(stored),
  });
  const prior = (id: string, word: string): PriorIssue => ({ id, lastDay: '2026-12-01', centroid: new Map([[word, 1]]), places: [], streets: [], clusters: new Set() });

  it('gives a shareable id to every group that continues it, and never a reserved one', () => {
    const cur = [issue('banjir', ['a1']), issue('genangan', ['b1'])];
    const pri = [prior('A', 'banjir'), prior('A', 'genangan')];
    expect(assignIssueIds(cur, pri)[0]).toBe('A');
    expect(assignIssueIds(cur, pri)[1]).not.toBe('A');
    expect(assignIssueIds(cur, pri, undefined, { shareable: new Set(['A']) })).toEqual(['A', 'A']);
    const withStored = [issue('banjir', ['a1'], [['S', 1]])];
    expect(assignIssueIds(withStored, [prior('S', 'banjir')], undefined, { reserved: new Set(['S']) })[0]).not.toBe('S');
  });

  it('signs the earlier issues only when a group is left without a stored id, with the same ids as eagerly', () => {
    const cur = [issue('banjir', ['a1'], [['S', 1]]), issue('jalan', ['b1'], [['T', 1]])];
    let signed = 0;
    const lazy = () => (signed++, [prior('A', 'banjir')]);
    expect(assignIssueIds(cur, lazy)).toEqual(['S', 'T']);
    expect(signed).toBe(0);
    // Two groups carrying one stored id: the second is compared with the earlier issues.
    const clash = [issue('banjir', ['a1', 'a2'], [['S', 2]]), issue('jalan', ['b1'], [['S', 1]])];
    const pri = [prior('A', 'banjir'), prior('B', 'jalan')];
    expect(assignIssueIds(clash, () => (signed++, pri))).toEqual(assignIssueIds(clash, pri));
    expect(assignIssueIds(clash, pri)).toEqual(['S', 'B']);
    expect(signed).toBe(1);
  });
});
