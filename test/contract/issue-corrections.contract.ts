// The issue corrections part of the Store (merges and splits): kept with who and when, newest first,
// undone once (a second undo changes nothing), the active ones listed apart. The Elasticsearch store
// keeps them in its local state file; the issue ids they lead to go through setIssueIds on both.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { splitIssueId } from '../../src/core/issue-corrections.js';
import type { Store } from '../../src/core/types.js';
import { mention } from './make-mention.js';
import type { MakeStore } from './store.contract.js';

export function issueCorrectionContract(name: string, make: MakeStore): void {
  describe(`Store contract (issue merges and splits): ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps merges and splits with who and when, lists newest first, undoes once', async () => {
      const merge = await store.addIssueCorrection({ kind: 'merge', issueId: 'isu-a', otherId: 'isu-b', mentionIds: ['m1', 'm2'], by: 'sari', at: '2026-12-01T08:00:00.000Z' });
      const sid = splitIssueId('isu-a', ['m3']);
      const split = await store.addIssueCorrection({ kind: 'split', issueId: 'isu-a', otherId: sid, mentionIds: ['m3'], by: 'sari', at: '2026-12-01T08:05:00.000Z' });
      expect(split.id).toBeGreaterThan(merge.id);
      expect(merge).toMatchObject({ kind: 'merge', issueId: 'isu-a', otherId: 'isu-b', mentionIds: ['m1', 'm2'], by: 'sari' });
      expect((await store.listIssueCorrections()).map((c) => c.kind)).toEqual(['split', 'merge']);
      const undone = await store.undoIssueCorrection(merge.id, 'budi', '2026-12-01T09:00:00.000Z');
      expect(undone).toMatchObject({ id: merge.id, undoneBy: 'budi', undoneAt: '2026-12-01T09:00:00.000Z' });
      const again = await store.undoIssueCorrection(merge.id, 'eka', '2026-12-01T10:00:00.000Z');
      expect(again?.undoneBy).toBe('budi');
      expect(await store.undoIssueCorrection(999_999, 'budi', '2026-12-01T09:00:00.000Z')).toBeUndefined();
      expect((await store.listIssueCorrections({ active: true })).map((c) => [c.kind, c.otherId])).toEqual([['split', sid]]);
      expect((await store.listIssueCorrections({ limit: 1 })).map((c) => c.id)).toEqual([split.id]);
      expect(splitIssueId('isu-a', ['m3'])).toBe(sid);
      expect(splitIssueId('isu-a', ['m4'])).not.toBe(sid);
    });

    it('moves mentions between issues through setIssueIds (what a merge does at once)', async () => {
      const a = mention({ url: 'https://x.example/a' });
      const b = mention({ url: 'https://x.example/b' });
      await store.upsertMentions([a, b]);
      await store.setIssueIds([
        { mentionId: a.id, issueId: 'isu-a' },
        { mentionId: b.id, issueId: 'isu-b' },
      ]);
      await store.addIssueCorrection({ kind: 'merge', issueId: 'isu-a', otherId: 'isu-b', mentionIds: [b.id], by: 'sari', at: '2026-12-01T08:00:00.000Z' });
      await store.setIssueIds([{ mentionId: b.id, issueId: 'isu-a' }]);
      expect((await store.search({ issueId: 'isu-a' })).total).toBe(2);
      expect((await store.search({ issueId: 'isu-b' })).total).toBe(0);
    });
  });
}
