// The dashboard's part of the Store: accounts, sessions (removed with their user, expired ones
// swept) and corrections — applied at once to the mention (search, counts, the change feed), kept
// over a re-analysis, undone back to the analyzers' value, with who and when kept for the audit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../src/core/types.js';
import type { WebUser } from '../../src/core/web.js';
import { analysis, mention } from './make-mention.js';
import type { MakeStore } from './store.contract.js';

const user = (over: Partial<WebUser> = {}): WebUser => ({
  username: 'sari',
  role: 'humas',
  passwordHash: 'scrypt$x',
  createdAt: '2026-12-01T00:00:00.000Z',
  updatedAt: '2026-12-01T00:00:00.000Z',
  ...over,
});

// Known gap (README, issue 21/22): the Elasticsearch store keeps corrections in its local state file
// but does not yet apply them to the mention documents in the cluster, so the three correction cases
// are skipped there — said once, not silently.
export const CORRECTIONS_PENDING = (name: string): boolean => name.startsWith('elasticsearch');

export function webContract(name: string, make: MakeStore): void {
  if (CORRECTIONS_PENDING(name)) {
    console.warn(`${name}: corrections are not applied to Elasticsearch documents yet; correction cases skipped`);
  }
  describe(`Store contract (web accounts and corrections): ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('keeps users by name, replaces on put, removes them with their sessions', async () => {
      await store.putUser(user());
      await store.putUser(user({ username: 'budi', role: 'pimpinan' }));
      await store.putUser(user({ role: 'admin', updatedAt: '2026-12-02T00:00:00.000Z' }));
      expect((await store.listUsers()).map((u) => [u.username, u.role])).toEqual([
        ['budi', 'pimpinan'],
        ['sari', 'admin'],
      ]);
      expect((await store.getUser('sari'))?.createdAt).toBe('2026-12-01T00:00:00.000Z');
      await store.putSession({ id: 'h1', username: 'sari', csrf: 'c1', createdAt: '2026-12-01T00:00:00.000Z', expiresAt: '2026-12-02T00:00:00.000Z' });
      expect((await store.getSession('h1'))?.csrf).toBe('c1');
      expect(await store.removeUser('sari')).toBe(true);
      expect(await store.removeUser('sari')).toBe(false);
      expect(await store.getSession('h1')).toBeUndefined();
      expect(await store.getUser('nobody')).toBeUndefined();
    });

    it('deletes one session, a user’s sessions, and expired ones', async () => {
      await store.putUser(user());
      const s = (id: string, expiresAt: string) => ({ id, username: 'sari', csrf: 'c', createdAt: '2026-12-01T00:00:00.000Z', expiresAt });
      await store.putSession(s('a', '2026-12-01T01:00:00.000Z'));
      await store.putSession(s('b', '2026-12-03T00:00:00.000Z'));
      await store.putSession(s('c', '2026-12-03T00:00:00.000Z'));
      await store.deleteSession('c');
      expect(await store.getSession('c')).toBeUndefined();
      expect(await store.deleteSessions({ expiredBefore: '2026-12-02T00:00:00.000Z' })).toBe(1);
      expect(await store.getSession('b')).toBeDefined();
      expect(await store.deleteSessions({ username: 'sari' })).toBe(1);
      expect(await store.getSession('b')).toBeUndefined();
    });

    it.skipIf(CORRECTIONS_PENDING(name))('applies a correction at once: the mention, the sentiment filter, the counts and the change feed see it', async () => {
      const m = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.8 }, topics: ['banjir'] }) });
      await store.upsertMentions([m]);
      const cursor = await store.changeCursor();
      const r = await store.addCorrections([{ mentionId: m.id, correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at: '2026-12-01T08:00:00.000Z' }, { mentionId: 'nope', correction: { field: 'hoax', value: true }, by: 'sari', at: '2026-12-01T08:00:00.000Z' }]);
      expect(r.missing).toEqual(['nope']);
      expect(r.corrections).toHaveLength(1);
      expect(r.corrections[0]).toMatchObject({ mentionId: m.id, field: 'sentiment', value: 'positive', machine: 'negative', by: 'sari' });
      expect((await store.getMention(m.id))?.analysis?.sentiment).toEqual({ label: 'positive', score: -0.8 });
      expect((await store.search({ sentiment: 'negative' })).total).toBe(0);
      expect((await store.aggregate({ by: ['topic'] })).negative).toBe(0);
      expect((await store.changes({ cursor })).items.map((x) => x.id)).toEqual([m.id]);
    });

    it.skipIf(CORRECTIONS_PENDING(name))('keeps a correction over a re-analysis, and undo restores the newest analyzers’ value', async () => {
      const m = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.8 }, topics: ['banjir'] }) });
      await store.upsertMentions([m]);
      const [c] = (await store.addCorrections([{ mentionId: m.id, correction: { field: 'sentiment', value: 'neutral' }, by: 'sari', at: '2026-12-01T08:00:00.000Z' }])).corrections;
      await store.addCorrections([{ mentionId: m.id, correction: { field: 'topic', value: 'jalan' }, by: 'sari', at: '2026-12-01T08:01:00.000Z' }]);
      // A newer model says positive: the human's neutral stays, the machine value is remembered.
      await store.upsertMentions([{ ...m, analysis: analysis({ sentiment: { label: 'positive', score: 0.4 }, topics: ['banjir'] }) }]);
      let got = await store.getMention(m.id);
      expect(got?.analysis?.sentiment.label).toBe('neutral');
      expect(got?.analysis?.topics).toEqual(['jalan']);
      const undone = await store.undoCorrection(c!.id, 'budi', '2026-12-01T09:00:00.000Z');
      expect(undone).toMatchObject({ undoneBy: 'budi', undoneAt: '2026-12-01T09:00:00.000Z' });
      got = await store.getMention(m.id);
      expect(got?.analysis?.sentiment.label).toBe('positive');
      expect(got?.analysis?.topics).toEqual(['jalan']);
      expect(await store.undoCorrection(999_999, 'budi', '2026-12-01T09:00:00.000Z')).toBeUndefined();
      const trail = await store.listCorrections({ mentionId: m.id });
      expect(trail.map((x) => [x.field, x.by, x.undoneBy ?? null])).toEqual([
        ['topic', 'sari', null],
        ['sentiment', 'sari', 'budi'],
      ]);
      expect((await store.listCorrections({ active: true })).map((x) => x.field)).toEqual(['topic']);
    });

    it.skipIf(CORRECTIONS_PENDING(name))('corrects places and the hoax flag through the facets', async () => {
      const m = mention({ analysis: analysis({ regions: [{ code: '15.71.01', name: 'Kota Baru', level: 'district' }] }) });
      await store.upsertMentions([m]);
      await store.addCorrections([
        { mentionId: m.id, correction: { field: 'place', value: [{ code: '15.71.03', name: 'Jambi Timur', level: 'district' }] }, by: 'sari', at: '2026-12-01T08:00:00.000Z' },
        { mentionId: m.id, correction: { field: 'hoax', value: true }, by: 'sari', at: '2026-12-01T08:00:00.000Z' },
      ]);
      expect((await store.search({ region: '15.71.03' })).total).toBe(1);
      expect((await store.search({ region: '15.71.01' })).total).toBe(0);
      expect((await store.search({ hoaxFlagged: true })).total).toBe(1);
    });
  });
}
