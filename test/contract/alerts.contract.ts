// Store contract, part 5: the alert records (AlertStore) — counters, contributions, carriers, key
// states, alerts and the outbox, committed all at once with a compare-and-set on the version. Held by
// every Store backend and by the in-memory MemoryAlertStore the replay uses.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AlertCommit, AlertRecord, AlertStore, OutboxEntry } from '../../src/core/alerts.js';

export type MakeAlertStore = () => Promise<AlertStore & { close?(): Promise<void> }>;

const alert = (id: string, over: Partial<AlertRecord> = {}): AlertRecord => ({
  id,
  ruleId: 'spike',
  kind: 'negative-spike',
  key: 'topic:banjir-lingkungan',
  related: [],
  label: 'Banjir & Lingkungan',
  status: 'open',
  startedAt: '2026-11-30T01:00:00.000Z',
  updatedAt: '2026-11-30T01:00:00.000Z',
  size: 8,
  notifiedSize: 8,
  numbers: { windowFrom: '2026-11-30T00:00:00.000Z', windowTo: '2026-11-30T01:00:00.000Z', total: 10, negative: 8, baseline: 0.5, baselineDays: 3 },
  samples: [],
  deferred: [],
  events: [{ event: 'alert', at: '2026-11-30T01:00:00.000Z', size: 8 }],
  ...over,
});

const entry = (id: string, over: Partial<OutboxEntry> = {}): OutboxEntry => ({
  id,
  alertId: 'a1',
  channel: 'hook',
  event: 'alert',
  message: { event: 'alert', lang: 'id', title: 'Lonjakan', lines: ['x'], samples: [], facts: [] },
  state: 'pending',
  attempts: 0,
  nextAttemptAt: '2026-11-30T01:00:00.000Z',
  createdAt: '2026-11-30T01:00:00.000Z',
  ...over,
});

export function alertStoreContract(name: string, make: MakeAlertStore): void {
  describe(`AlertStore contract: ${name}`, () => {
    let store: Awaited<ReturnType<MakeAlertStore>>;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close?.();
    });
    const commit = async (c: Omit<AlertCommit, 'expectVersion'>): Promise<boolean> =>
      store.commitAlerts({ ...c, expectVersion: (await store.getAlertProgress()).version });

    it('starts at version 0 with no cursor, and each commit moves the version by one', async () => {
      expect(await store.getAlertProgress()).toEqual({ version: 0 });
      expect(await commit({ cursor: 'c1', historyStartSlot: 100 })).toBe(true);
      expect(await commit({ historyStartSlot: 90 })).toBe(true);
      expect(await commit({ historyStartSlot: 95 })).toBe(true);
      expect(await store.getAlertProgress()).toEqual({ version: 3, cursor: 'c1', historyStartSlot: 90 });
    });

    it('refuses a commit made against an older version, and applies nothing of it', async () => {
      expect(await store.commitAlerts({ expectVersion: 0, cursor: 'c1' })).toBe(true);
      const stale = await store.commitAlerts({
        expectVersion: 0,
        cursor: 'c2',
        deltas: [{ key: 'k', slot: 1, total: 1, negative: 1, stories: 1 }],
        alerts: [alert('a1')],
        outbox: [entry('e1')],
        dirtyKeys: ['k'],
      });
      expect(stale).toBe(false);
      expect(await store.getAlertProgress()).toEqual({ version: 1, cursor: 'c1' });
      expect(await store.sumAlertCounts([{ key: 'k', from: 0, to: 10 }])).toEqual([{ total: 0, negative: 0, stories: 0 }]);
      expect(await store.getAlert('a1')).toBeUndefined();
      expect(await store.listOutbox()).toEqual([]);
      expect(await store.listDirtyAlertKeys()).toEqual([]);
    });

    it('adds counter deltas per key and slot and sums inclusive ranges', async () => {
      await commit({
        deltas: [
          { key: 'topic:a', slot: 10, total: 2, negative: 1, stories: 1 },
          { key: 'topic:a', slot: 11, total: 1, negative: 1, stories: 0 },
          { key: 'topic:b', slot: 11, total: 5, negative: 0, stories: 0 },
        ],
      });
      await commit({ deltas: [{ key: 'topic:a', slot: 10, total: -1, negative: -1, stories: -1 }] });
      expect(
        await store.sumAlertCounts([
          { key: 'topic:a', from: 10, to: 11 },
          { key: 'topic:a', from: 11, to: 11 },
          { key: 'topic:b', from: 0, to: 100 },
          { key: 'topic:c', from: 0, to: 100 },
        ]),
      ).toEqual([
        { total: 2, negative: 1, stories: 0 },
        { total: 1, negative: 1, stories: 0 },
        { total: 5, negative: 0, stories: 0 },
        { total: 0, negative: 0, stories: 0 },
      ]);
    });

    it('keeps contributions by mention id, replaces and removes them, lists recent ones', async () => {
      const c = (id: string, slot: number, hoaxKey?: string) => ({ mentionId: id, slot, keys: ['topic:a', 'region:15.71'], negative: true, head: true, actor: 'src', ...(hoaxKey ? { hoaxKey } : {}) });
      await commit({ contributions: [c('m1', 10), c('m2', 12, 'hoax:debunk:u'), c('m3', 20, 'hoax:debunk:u')] });
      await commit({ contributions: [{ ...c('m1', 11), negative: false }], removeContributions: ['m3'] });
      const got = await store.getAlertContributions(['m1', 'm2', 'm3', 'nope']);
      expect(got.sort((a, b) => (a.mentionId < b.mentionId ? -1 : 1))).toEqual([{ ...c('m1', 11), negative: false }, c('m2', 12, 'hoax:debunk:u')]);
      expect((await store.recentAlertContributions(11)).map((x) => x.mentionId)).toEqual(['m1', 'm2']);
      expect((await store.recentAlertContributions(0, { hoaxKey: 'hoax:debunk:u' })).map((x) => x.mentionId)).toEqual(['m2']);
    });

    it('counts distinct carriers of a claim since a time, keeping each one first time', async () => {
      await commit({ spread: [{ key: 'h', actor: 'a', firstMs: 1000 }, { key: 'h', actor: 'b', firstMs: 2000 }] });
      await commit({ spread: [{ key: 'h', actor: 'a', firstMs: 5000 }, { key: 'h', actor: 'c', firstMs: 3000 }] });
      const n = await store.countAlertSpread(['h', 'x'], 1500);
      expect(n.get('h')).toBe(2); // b and c; a keeps its first time 1000
      expect(n.get('x')).toBe(0);
    });

    it('dirty keys until cleaned; key states set, listed and cleared', async () => {
      await commit({ dirtyKeys: ['k1', 'k2'] });
      expect(await store.listDirtyAlertKeys()).toEqual(['k1', 'k2']);
      const s = { ruleId: 'spike', key: 'k1', phase: 'firing' as const, alertId: 'a1', linked: false, updatedMs: 5 };
      await commit({ cleanKeys: ['k1'], keyStates: [s, { ...s, key: 'k3', linked: true }] });
      expect(await store.listDirtyAlertKeys()).toEqual(['k2']);
      expect((await store.listAlertKeyStates({ keys: ['k1'] })).map((x) => x.key)).toEqual(['k1']);
      expect((await store.listAlertKeyStates({ active: true })).map((x) => x.key).sort()).toEqual(['k1', 'k3']);
      await commit({ clearKeyStates: [{ ruleId: 'spike', key: 'k1' }] });
      expect((await store.listAlertKeyStates({ active: true })).map((x) => x.key)).toEqual(['k3']);
    });

    it('stores alerts and lists them newest first, open or held for the digest', async () => {
      await commit({ alerts: [alert('a1'), alert('a2', { updatedAt: '2026-11-30T02:00:00.000Z', status: 'resolved', deferred: ['alert'] })] });
      expect((await store.listAlerts()).map((a) => a.id)).toEqual(['a2', 'a1']);
      expect((await store.listAlerts({ open: true })).map((a) => a.id)).toEqual(['a1']);
      expect((await store.listAlerts({ deferred: true })).map((a) => a.id)).toEqual(['a2']);
      expect((await store.listAlerts({ since: '2026-11-30T01:30:00.000Z' })).map((a) => a.id)).toEqual(['a2']);
      expect(await store.getAlert('a2')).toEqual(alert('a2', { updatedAt: '2026-11-30T02:00:00.000Z', status: 'resolved', deferred: ['alert'] }));
    });

    it('queues a message once per id, hands out due ones, records attempts', async () => {
      await commit({ outbox: [entry('e1'), entry('e2', { nextAttemptAt: '2026-11-30T03:00:00.000Z', createdAt: '2026-11-30T01:00:01.000Z' })] });
      await commit({ outbox: [entry('e1', { channel: 'changed' })] }); // same id: left as it is
      const now = Date.parse('2026-11-30T02:00:00.000Z');
      expect((await store.dueOutbox(now, 10)).map((e) => [e.id, e.channel])).toEqual([['e1', 'hook']]);
      await store.finishOutbox('e1', { state: 'pending', attempts: 1, nextAttemptAt: '2026-11-30T02:30:00.000Z', lastError: 'HTTP 503' });
      expect(await store.dueOutbox(now, 10)).toEqual([]);
      const later = Date.parse('2026-11-30T03:00:00.000Z');
      expect((await store.dueOutbox(later, 10)).map((e) => e.id)).toEqual(['e1', 'e2']);
      await store.finishOutbox('e1', { state: 'sent', attempts: 2, sentAt: '2026-11-30T03:00:00.500Z' });
      await store.finishOutbox('e2', { state: 'failed', attempts: 1, lastError: 'HTTP 404' });
      expect(await store.dueOutbox(later + 1e9, 10)).toEqual([]);
      const all = await store.listOutbox();
      expect(all.map((e) => [e.id, e.state, e.attempts, e.lastError ?? null, e.sentAt ?? null])).toEqual([
        ['e1', 'sent', 2, 'HTTP 503', '2026-11-30T03:00:00.500Z'],
        ['e2', 'failed', 1, 'HTTP 404', null],
      ]);
      expect((await store.listOutbox({ state: 'failed' })).map((e) => e.id)).toEqual(['e2']);
      expect(all[0]!.message).toEqual(entry('e1').message);
    });

    it('prunes counters, contributions and carriers older than the given bounds', async () => {
      await commit({
        deltas: [{ key: 'k', slot: 5, total: 1, negative: 0, stories: 0 }, { key: 'k', slot: 50, total: 1, negative: 0, stories: 0 }],
        contributions: [{ mentionId: 'old', slot: 5, keys: ['k'], negative: false, head: true, actor: 'a' }],
        spread: [{ key: 'h', actor: 'a', firstMs: 100 }],
      });
      await commit({ pruneBeforeSlot: 10, pruneSpreadBeforeMs: 200 });
      expect(await store.sumAlertCounts([{ key: 'k', from: 0, to: 100 }])).toEqual([{ total: 1, negative: 0, stories: 0 }]);
      expect(await store.getAlertContributions(['old'])).toEqual([]);
      expect((await store.countAlertSpread(['h'], 0)).get('h')).toBe(0);
    });
  });
}
