// Store.changeToken: the cheap "has anything changed" mark that cached answers (the server's issue
// maps, their ETags) are keyed on. It must stay the same while nothing is written, however often it
// is read, and move on every write a map or a dashboard answer reads: a mention stored or rewritten,
// issue ids set, a fact, a correction (and its undo), a debunk.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/types.js';
import { fact } from './facts.contract.js';
import { analysis, mention } from './make-mention.js';
import type { MakeStore } from './store.contract.js';

export function changeTokenContract(name: string, make: MakeStore): void {
  describe(`Store contract (change token): ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('stays the same without writes, and moves on every write the maps read', async () => {
      const seen = new Set<string>();
      const moved = async (what: string): Promise<void> => {
        const t = await store.changeToken();
        expect(typeof t, what).toBe('string');
        expect(seen.has(t), `${what}: the token did not move`).toBe(false);
        seen.add(t);
        // Reading it again, or reading anything else, does not move it.
        await store.search({});
        await store.listFacts();
        expect(await store.changeToken(), `${what}: read twice`).toBe(t);
      };
      await moved('empty store');
      const m = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.8 }, topics: ['banjir'] }) });
      await store.upsertMentions([m]);
      await moved('a mention stored');
      await store.upsertMentions([{ ...m, title: `${m.title} (diperbarui)` }]);
      await moved('a mention rewritten');
      await store.setIssueIds([{ mentionId: m.id, issueId: 'isu-1' }]);
      await moved('an issue id set');
      await store.upsertFacts([fact()]);
      await moved('a fact stored');
      await store.upsertFacts([fact({ statement: 'BPBD Kota Jambi mendirikan 4 posko pengungsian.' })]);
      await moved('a fact updated');
      const [c] = (await store.addCorrections([{ mentionId: m.id, correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at: '2026-12-01T08:00:00.000Z' }])).corrections;
      await moved('a correction');
      await store.undoCorrection(c!.id, 'budi', '2026-12-01T09:00:00.000Z');
      await moved('a correction undone');
      // Merges and splits move no mention row when they are made (the map applies them): the token must move anyway.
      const merge = await store.addIssueCorrection({ kind: 'merge', issueId: 'isu-1', otherId: 'isu-2', mentionIds: [], by: 'sari', at: '2026-12-01T09:30:00.000Z' });
      await moved('an issue merge');
      await store.undoIssueCorrection(merge.id, 'budi', '2026-12-01T09:40:00.000Z');
      await moved('an issue merge undone');
      await store.upsertDebunks([{ id: 'd1', url: 'https://cekfakta.example/d1', title: 'Hoaks pendaftaran bansos lewat tautan', text: 'Pendaftaran bansos lewat tautan WhatsApp adalah hoaks.', publishedAt: '2026-11-30T00:00:00.000Z' }]);
      await moved('a debunk');
    });
  });
}
