// The fact base through the Store: idempotent by id, unchanged facts are duplicates, a bad fact is
// dropped with its reason and the others are kept, filters by tag, OPD and region (with ancestors
// and descendants), and facts survive reopening the store.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Fact, Store } from '../../src/core/types.js';
import type { MakeStore } from './store.contract.js';

export function fact(over: Partial<Fact> = {}): Fact {
  return {
    id: 'bpbd-posko',
    statement: 'BPBD Kota Jambi mendirikan 3 posko pengungsian di Kelurahan Tanjung Pinang.',
    figures: { posko: 3 },
    date: '2026-11-30',
    source_url: 'https://jambikota.go.id/berita/posko',
    opd: 'BPBD Kota Jambi',
    tags: ['banjir', 'pengungsian'],
    regions: ['15.71.03.1010'],
    ...over,
  };
}

export function factContract(name: string, make: MakeStore): void {
  describe(`Store contract (facts): ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    it('is idempotent by id: a second write of the same fact is a duplicate, a changed one an update', async () => {
      const a = fact();
      const b = fact({ id: 'pupr-jalan', statement: 'Dinas PUPR memperbaiki 42 ruas jalan.', figures: undefined, opd: 'Dinas PUPR Kota Jambi', tags: ['jalan'], regions: [] });
      expect(await store.upsertFacts([a, b])).toEqual({ written: 2, updated: 0, duplicates: 0, dropped: [] });
      expect(await store.upsertFacts([a, b])).toEqual({ written: 0, updated: 0, duplicates: 2, dropped: [] });
      expect(await store.upsertFacts([{ ...a, statement: 'BPBD Kota Jambi mendirikan 4 posko.' }])).toEqual({ written: 0, updated: 1, duplicates: 0, dropped: [] });
      const list = await store.listFacts();
      expect(list.map((f) => f.id)).toEqual(['bpbd-posko', 'pupr-jalan']);
      expect(list[0]!.statement).toBe('BPBD Kota Jambi mendirikan 4 posko.');
      expect(list[0]!.figures).toEqual({ posko: 3 });
      expect(list[1]).toEqual(b);
    });

    it('drops a bad fact with its reason and keeps the rest', async () => {
      const res = await store.upsertFacts([fact(), { ...fact({ id: 'x' }), source_url: 'not a url' }, { id: '' } as Fact]);
      expect(res.written).toBe(1);
      expect(res.dropped).toHaveLength(2);
      expect(res.dropped[0]!.reason).toMatch(/source_url/);
      expect(await store.listFacts()).toHaveLength(1);
    });

    it('filters by tag, OPD and region (a kecamatan finds its kelurahan, a kelurahan its city)', async () => {
      await store.upsertFacts([fact(), fact({ id: 'kota', regions: ['15.71'], tags: ['anggaran'], opd: 'BPKPD Kota Jambi' }), fact({ id: 'lain', regions: ['15.71.09'], tags: ['jalan'] })]);
      expect((await store.listFacts({ tag: 'BANJIR' })).map((f) => f.id)).toEqual(['bpbd-posko']);
      expect((await store.listFacts({ opd: 'bpkpd kota jambi' })).map((f) => f.id)).toEqual(['kota']);
      expect((await store.listFacts({ region: '15.71.03' })).map((f) => f.id)).toEqual(['bpbd-posko', 'kota']);
      expect((await store.listFacts({ region: '15.71.03.1010' })).map((f) => f.id)).toEqual(['bpbd-posko', 'kota']);
      expect((await store.listFacts({ region: '15.72' })).map((f) => f.id)).toEqual([]);
    });
  });
}
