// Store contract, part 2: storedAt and the indexed facets every filter of MentionQuery reads.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import { entityKey } from '../../src/core/facets.js';
import type { Analysis, Mention, MentionQuery, Store } from '../../src/core/types.js';
import type { StoreContext } from '../../src/store/index.js';
import { analysis, idsOf, mention } from './make-mention.js';

const T0 = Date.parse('2024-05-10T00:00:00.000Z');

export function facetContract(name: string, make: (ctx?: StoreContext) => Promise<Store>): void {
  describe(`Store contract: ${name} — storedAt and facets`, () => {
    let store: Store;
    let clock = T0;
    const ids = async (q: MentionQuery) => idsOf((await store.search({ limit: 1000, ...q })).items);
    beforeEach(async () => {
      clock = T0;
      store = await make({ now: () => clock, ownedSources: ['humas-pemkot'] });
    });
    afterEach(async () => {
      await store.close();
    });

    it('records storedAt on the first store, keeps it on update; storedAt and issueId are not content', async () => {
      const m = mention({ title: 'Jalan rusak' });
      await store.upsertMentions([m]);
      expect((await store.getMention(m.id))?.storedAt).toBe(new Date(T0).toISOString());
      clock = T0 + 3_600_000;
      expect((await store.upsertMentions([{ ...m, title: 'Jalan rusak parah' }])).updated).toBe(1);
      const back = (await store.getMention(m.id))!;
      expect(back.storedAt).toBe(new Date(T0).toISOString());
      expect(back.title).toBe('Jalan rusak parah');
      // Writing back what was read (storedAt included, a different one even) changes nothing.
      expect(await store.upsertMentions([{ ...back, storedAt: '2030-01-01T00:00:00.000Z' }])).toEqual({
        written: 0,
        updated: 0,
        duplicates: 1,
        dropped: [],
      });
      expect((await store.getMention(m.id))?.storedAt).toBe(new Date(T0).toISOString());
      // A new mention that carries storedAt and issueId (a migration between backends) keeps them.
      const moved = mention({ storedAt: '2023-01-02T03:04:05.000Z', issueId: 'isu-banjir' });
      await store.upsertMentions([moved]);
      expect(await store.getMention(moved.id)).toEqual(moved);
      const bad = await store.upsertMentions([mention({ storedAt: 'kemarin' })]);
      expect(bad.dropped).toHaveLength(1);
      expect(bad.dropped[0]!.reason).toMatch(/storedAt/);
    });

    it('region: a code finds its own mentions and those of every place inside it', async () => {
      const region = (code: string, level: 'province' | 'regency' | 'district' | 'village') => ({ code, name: code, level });
      const kel = mention({ analysis: analysis({ regions: [region('15.71.01.1001', 'village')] }) });
      const kec = mention({ analysis: analysis({ regions: [region('15.71.02', 'district')] }) });
      const other = mention({ analysis: analysis({ regions: [region('15.05', 'regency')] }) });
      const none = mention({ analysis: analysis() });
      await store.upsertMentions([kel, kec, other, none]);
      expect(await ids({ region: '15.71.01.1001' })).toEqual([kel.id]);
      expect(await ids({ region: '15.71.01' })).toEqual([kel.id]);
      expect(await ids({ region: '15.71' })).toEqual(idsOf([kel, kec]));
      expect(await ids({ region: '15' })).toEqual(idsOf([kel, kec, other]));
      expect(await ids({ region: '15.7' })).toEqual([]); // a string prefix is not a region
      expect(await ids({ region: '15.72' })).toEqual([]);
      expect(await ids({ region: ['15.71.02', '15.05'] })).toEqual(idsOf([kec, other]));
      // an update re-derives the facets
      await store.upsertMentions([{ ...kel, analysis: analysis({ regions: [region('15.05.03', 'district')] }) }]);
      expect(await ids({ region: '15.71' })).toEqual([kec.id]);
      expect(await ids({ region: '15.05' })).toEqual(idsOf([kel, other]));
    });

    it('entity: the watch-list canonical name or the normalized name, with its type', async () => {
      const a = mention({
        analysis: analysis({
          entities: [
            { text: 'H. Maulana, S.E.', type: 'person' },
            { text: 'Dinas PUPR Kota Jambi', type: 'organization' },
          ],
        }),
      });
      const b = mention({ analysis: analysis({ entities: [{ text: 'Pak Wali', type: 'person', canonical: 'Maulana', watched: true }] }) });
      const c = mention({ analysis: analysis({ entities: [{ text: 'Maulana', type: 'organization' }, { text: 'Budi', type: 'person' }] }) });
      await store.upsertMentions([a, b, c]);
      expect(entityKey({ text: 'Bapak Maulana', type: 'person' })).toBe('person:maulana');
      expect(await ids({ entity: 'person:maulana' })).toEqual(idsOf([a, b]));
      expect(await ids({ entity: entityKey({ text: 'dinas pupr kota JAMBI', type: 'organization' }) })).toEqual([a.id]);
      expect(await ids({ entity: ['person:maulana', 'organization:maulana'] })).toEqual(idsOf([a, b, c]));
      expect(await ids({ entity: 'person:budi santoso' })).toEqual([]);
    });

    it('cluster, issue, language, kind and source, one value or any of several; an empty list matches nothing', async () => {
      const a = mention({ sourceId: 's1', meta: { clusterId: 'c1' }, analysis: analysis({ language: 'id' }) });
      const b = mention({ sourceId: 's2', kind: 'social', meta: { clusterId: 'c1' }, analysis: analysis({ language: 'jv' }) });
      const c = mention({ sourceId: 's3', language: 'en' }); // no analysis: the mention's own language
      await store.upsertMentions([a, b, c]);
      expect(await ids({ clusterId: 'c1' })).toEqual(idsOf([a, b]));
      expect(await ids({ language: 'jv' })).toEqual([b.id]);
      expect(await ids({ language: ['en', 'id'] })).toEqual(idsOf([a, c]));
      expect(await ids({ sourceId: ['s1', 's3'] })).toEqual(idsOf([a, c]));
      expect(await ids({ kind: ['social', 'news'] })).toEqual(idsOf([a, b, c]));
      expect(await ids({ sourceId: [] })).toEqual([]);
      expect(await ids({ excludeSourceId: 's2' })).toEqual(idsOf([a, c]));
      expect(await ids({ excludeSourceId: ['s1', 's3'], kind: 'social' })).toEqual([b.id]);
      expect(await ids({ excludeSourceId: [] })).toEqual(idsOf([a, b, c]));
      expect(await ids({ issueId: null })).toEqual(idsOf([a, b, c]));
      await store.setIssueIds([{ mentionId: a.id, issueId: 'i1' }, { mentionId: c.id, issueId: 'i2' }]);
      expect(await ids({ issueId: 'i1' })).toEqual([a.id]);
      expect(await ids({ issueId: ['i1', 'i2'] })).toEqual(idsOf([a, c]));
      expect(await ids({ issueId: null })).toEqual([b.id]);
      expect((await store.getMention(a.id))?.issueId).toBe('i1');
    });

    it('owned: meta.isOwned, or a source configured owned', async () => {
      const post = mention({ sourceId: 'ig-pemkot', kind: 'social', meta: { isOwned: true } });
      const comment = mention({ sourceId: 'ig-pemkot', kind: 'social', meta: { isOwned: false } });
      const site = mention({ sourceId: 'humas-pemkot' });
      const news = mention({ sourceId: 'jambiekspres' });
      await store.upsertMentions([post, comment, site, news]);
      expect(await ids({ owned: true })).toEqual(idsOf([post, site]));
      expect(await ids({ owned: false })).toEqual(idsOf([comment, news]));
    });

    it('sentiment and hoax scores as ranges; hoax flagged by the analyzer, else by score or a debunk', async () => {
      // An analysis stored before hoax.flagged existed has no flag: the cast lets the test write one.
      const hoax = (h: Partial<Analysis['hoax']>) => ({ score: 0, indicators: [], debunks: [], ...h }) as Analysis['hoax'];
      const a = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.9 }, hoax: hoax({ score: 0.8 }) }) });
      const b = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.4 }, hoax: hoax({ score: 0.2, flagged: true }) }) });
      const c = mention({ analysis: analysis({ sentiment: { label: 'positive', score: 0.7 }, hoax: hoax({ score: 0.9, flagged: false }) }) });
      const d = mention({
        analysis: analysis({ hoax: hoax({ score: 0.1, debunks: [{ url: 'https://cek.example/1', title: '[SALAH] x', similarity: 0.6 }] }) }),
      });
      const e = mention();
      await store.upsertMentions([a, b, c, d, e]);
      expect(await ids({ sentimentScore: { lte: -0.5 } })).toEqual([a.id]);
      expect(await ids({ sentimentScore: { gte: -0.5, lte: 0.5 } })).toEqual(idsOf([b, d])); // d: neutral, score 0
      expect(await ids({ hoaxScore: { gte: 0.8 } })).toEqual(idsOf([a, c]));
      expect(await ids({ hoaxFlagged: true })).toEqual(idsOf([a, b, d]));
      expect(await ids({ hoaxFlagged: false })).toEqual(idsOf([c, e]));
    });

    it('term: key words of the title and lead, folded, without function words', async () => {
      const a = mention({ title: 'Banjir Rendam Telanaipura', text: 'Air setinggi lutut merendam rumah warga yang ada di sana.' });
      const b = mention({ title: 'Harga cabai naik', text: 'Pedagang di pasar mengeluh.' });
      await store.upsertMentions([a, b]);
      expect(await ids({ term: 'banjir' })).toEqual([a.id]);
      expect(await ids({ term: ['telanaipura', 'cabai'] })).toEqual(idsOf([a, b]));
      expect(await ids({ term: 'yang' })).toEqual([]);
    });

    it('storedFrom / storedTo bound the first store time', async () => {
      const first = mention({ publishedAt: '2024-05-09T00:00:00.000Z' });
      await store.upsertMentions([first]);
      clock = T0 + 2 * 3_600_000;
      const later = mention({ publishedAt: '2024-05-01T00:00:00.000Z' }); // backdated by its feed
      await store.upsertMentions([later]);
      expect(await ids({ storedFrom: '2024-05-10T01:00:00Z' })).toEqual([later.id]);
      expect(await ids({ storedTo: '2024-05-10T01:00:00Z' })).toEqual([first.id]);
      expect(await ids({ storedFrom: new Date(T0).toISOString(), storedTo: new Date(T0 + 2 * 3_600_000).toISOString() })).toEqual([first.id]);
    });

    it('reads dates without an offset in the office time zone', async () => {
      // 16:30 UTC on 1 May = 23:30 WIB on 1 May = 00:30 WITA on 2 May.
      const m = mention({ publishedAt: '2024-05-01T16:30:00.000Z' });
      await store.upsertMentions([m]);
      expect(await ids({ from: '2024-05-02' })).toEqual([]); // default zone: Asia/Jakarta (WIB)
      expect(await ids({ to: '2024-05-02' })).toEqual([m.id]);
      expect(await ids({ from: '2024-05-01T23:30' })).toEqual([m.id]);
      expect(await ids({ from: '2024-05-01T23:31' })).toEqual([]);
      const wita = await make({ timezone: 'Asia/Makassar', now: () => clock });
      try {
        await wita.upsertMentions([m]);
        const w = async (q: MentionQuery) => idsOf((await wita.search(q)).items);
        expect(await w({ from: '2024-05-02' })).toEqual([m.id]);
        expect(await w({ to: '2024-05-02' })).toEqual([]);
        expect(await w({ from: '2024-05-02T00:30', to: '2024-05-02T00:31' })).toEqual([m.id]);
        expect(await w({ from: '2024-05-01T16:30:00Z', to: '2024-05-01T16:31:00+00:00' })).toEqual([m.id]);
      } finally {
        await wita.close();
      }
    });

    it('stores a mention whose analysis is partial or malformed, with the facets it has', async () => {
      const odd = mention({
        analysis: {
          topics: [1, 'banjir-lingkungan', ''],
          regions: 'Telanaipura',
          entities: [null, { text: 5 }, { text: 'Maulana', type: 'person' }],
          sentiment: { label: 'sedih', score: 'x' },
        } as unknown as Analysis,
      });
      expect((await store.upsertMentions([odd])).written).toBe(1);
      expect(await ids({ topic: 'banjir-lingkungan' })).toEqual([odd.id]);
      expect(await ids({ entity: 'person:maulana' })).toEqual([odd.id]);
      expect(await ids({ sentiment: ['positive', 'neutral', 'negative'] })).toEqual([]);
    });

    it('refuses invalid filter values with an InputError naming the field', async () => {
      const bad: [MentionQuery, RegExp][] = [
        [{ kind: 'blog' as Mention['kind'] }, /kind/],
        [{ sentiment: 'negatif' as 'negative' }, /sentiment.*positive, neutral, negative/],
        [{ from: 'kemarin' }, /from/],
        [{ to: '2024-13-01' }, /to/],
        [{ storedFrom: '2024-02-30' }, /storedFrom/],
        [{ hoaxScore: { gte: Number.NaN } }, /hoaxScore/],
        [{ region: [''] }, /region/],
      ];
      for (const [q, msg] of bad) {
        const err = await store.search(q).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err, JSON.stringify(q)).toBeInstanceOf(InputError);
        expect((err as Error).message).toMatch(msg);
      }
    });
  });
}
