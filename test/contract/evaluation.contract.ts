// Complaints and response links through the Store (migration 8): idempotent by id, an update keeps
// the answer, a hand-corrected OPD and the issue id a later export lacks; filters by channel, OPD,
// issue and period; a bad complaint is dropped with its reason and the rest kept; a manual link is
// never replaced by an automatic one.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Complaint, ResponseLink } from '../../src/core/evaluation.js';
import type { Store } from '../../src/core/types.js';
import type { MakeStore } from './store.contract.js';

export function complaint(over: Partial<Complaint> = {}): Complaint {
  return {
    id: 'lapor:LAP-1',
    channel: 'lapor',
    externalId: 'LAP-1',
    title: 'Jalan berlubang',
    text: 'Jalan di Kelurahan Simpang IV Sipin berlubang besar, mohon segera diperbaiki.',
    receivedAt: '2026-11-02T02:00:00.000Z',
    opd: 'Dinas PUPR Kota Jambi',
    opdSource: 'table',
    topics: ['infrastruktur'],
    regions: ['15.71.05.1003'],
    ...over,
  };
}

export function evaluationContract(name: string, make: MakeStore): void {
  describe(`Store contract (evaluation): ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('is idempotent by id and reads complaints back unchanged', async () => {
      const a = complaint();
      const b = complaint({ id: 'lapor:LAP-2', externalId: 'LAP-2', receivedAt: '2026-11-01T02:00:00.000Z', title: undefined });
      expect(await store.upsertComplaints([a, b])).toEqual({ written: 2, updated: 0, duplicates: 0, dropped: [] });
      expect(await store.upsertComplaints([a, b])).toEqual({ written: 0, updated: 0, duplicates: 2, dropped: [] });
      expect((await store.listComplaints()).map((c) => c.id)).toEqual(['lapor:LAP-2', 'lapor:LAP-1']);
      expect(await store.getComplaint(a.id)).toEqual(a);
      expect(await store.getComplaint('nope')).toBeUndefined();
    });

    it('records an answer from a later import and keeps it when an even later export has none', async () => {
      await store.upsertComplaints([complaint()]);
      const answered = complaint({ answeredAt: '2026-11-04T03:00:00.000Z', answer: 'Sudah ditambal.' });
      expect((await store.upsertComplaints([answered])).updated).toBe(1);
      expect((await store.getComplaint('lapor:LAP-1'))!.answeredAt).toBe('2026-11-04T03:00:00.000Z');
      expect((await store.upsertComplaints([complaint()])).duplicates).toBe(1);
      expect((await store.getComplaint('lapor:LAP-1'))!.answer).toBe('Sudah ditambal.');
    });

    it('keeps a hand-corrected OPD and an issue id across re-imports', async () => {
      await store.upsertComplaints([complaint({ issueId: 'isu-1' })]);
      expect(await store.setComplaintOpd('lapor:LAP-1', 'Dinas Perhubungan Kota Jambi')).toBe(true);
      expect(await store.setComplaintOpd('nope', 'x')).toBe(false);
      await store.upsertComplaints([complaint()]);
      const c = (await store.getComplaint('lapor:LAP-1'))!;
      expect(c.opd).toBe('Dinas Perhubungan Kota Jambi');
      expect(c.opdSource).toBe('manual');
      expect(c.issueId).toBe('isu-1');
    });

    it('filters by channel, OPD (any case), issue and period', async () => {
      await store.upsertComplaints([
        complaint(),
        complaint({ id: 'sp4n:9', channel: 'sp4n', externalId: '9', opd: 'Dinas Sosial Kota Jambi', issueId: 'isu-2', receivedAt: '2026-12-01T00:00:00.000Z' }),
      ]);
      expect((await store.listComplaints({ channel: 'sp4n' })).map((c) => c.id)).toEqual(['sp4n:9']);
      expect((await store.listComplaints({ opd: 'dinas pupr kota jambi' })).map((c) => c.id)).toEqual(['lapor:LAP-1']);
      expect((await store.listComplaints({ issueId: 'isu-2' })).map((c) => c.id)).toEqual(['sp4n:9']);
      expect((await store.listComplaints({ from: '2026-11-01T00:00:00Z', to: '2026-12-01T00:00:00Z' })).map((c) => c.id)).toEqual(['lapor:LAP-1']);
    });

    it('drops a bad complaint with its reason and keeps the rest', async () => {
      const res = await store.upsertComplaints([complaint(), complaint({ id: 'x:1', receivedAt: 'kemarin' }), { id: '' } as Complaint]);
      expect(res.written).toBe(1);
      expect(res.dropped.map((d) => d.reason)).toEqual([expect.stringMatching(/receivedAt/), expect.stringMatching(/^id/)]);
    });

    it('keeps response links by (issue, kind, item); a manual link is not replaced by an automatic one', async () => {
      const auto: ResponseLink = { issueId: 'isu-1', kind: 'mention', itemId: 'm1', at: '2026-11-02T05:00:00.000Z', how: 'auto', url: 'https://jambikota.go.id/a' };
      const fact: ResponseLink = { issueId: 'isu-1', kind: 'fact', itemId: 'f1', at: '2026-11-02T00:00:00.000Z', how: 'auto', score: 0.5 };
      expect(await store.putResponseLinks([auto, fact])).toEqual({ written: 2, updated: 0, duplicates: 0, dropped: [] });
      expect(await store.putResponseLinks([auto])).toEqual({ written: 0, updated: 0, duplicates: 1, dropped: [] });
      const manual = { ...auto, how: 'manual' as const, at: '2026-11-02T06:00:00.000Z' };
      expect((await store.putResponseLinks([manual])).updated).toBe(1);
      expect((await store.putResponseLinks([auto])).duplicates).toBe(1);
      expect((await store.listResponseLinks({ issueId: 'isu-1' })).map((l) => [l.itemId, l.how])).toEqual([
        ['f1', 'auto'],
        ['m1', 'manual'],
      ]);
      expect(await store.listResponseLinks({ issueId: 'isu-9' })).toEqual([]);
      expect((await store.putResponseLinks([{ ...auto, at: 'soon' }])).dropped[0]!.reason).toMatch(/^at/);
      expect(await store.deleteResponseLink('isu-1', 'fact', 'f1')).toBe(true);
      expect(await store.deleteResponseLink('isu-1', 'fact', 'f1')).toBe(false);
      expect(await store.listResponseLinks()).toHaveLength(1);
    });
  });
}
