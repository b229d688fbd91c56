// The behaviour every Store backend must share. A backend's test file calls storeContract() with a
// factory returning a fresh, empty store for a StoreContext (time zone, owned sources, clock), as
// unjs/unstorage's testDriver does; add Elasticsearch later with
//   describe.each(backends)('%s', (name, make) => storeContract(name, make))
// Writes must be visible to the next read (an ES store refreshes with refresh=wait_for).
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Debunk, ItemFailure, Mention, Store } from '../../src/core/types.js';
import type { StoreContext } from '../../src/store/index.js';
import { aggregateContract } from './aggregate.contract.js';
import { changeTokenContract } from './change-token.contract.js';
import { alertStoreContract } from './alerts.contract.js';
import { cursorContract } from './cursor.contract.js';
import { facetContract } from './facets.contract.js';
import { evaluationContract } from './evaluation.contract.js';
import { factContract } from './facts.contract.js';
import { webContract } from './web.contract.js';
import { issueCorrectionContract } from './issue-corrections.contract.js';
import { analysis, mention, stored } from './make-mention.js';

export { analysis, mention, stored } from './make-mention.js';

/** Makes a fresh, empty store of the backend under test. */
export type MakeStore = (ctx?: StoreContext) => Promise<Store>;

export function storeContract(name: string, make: MakeStore): void {
  describe(`Store contract: ${name}`, () => {
    let store: Store;
    beforeEach(async () => {
      store = await make();
    });
    afterEach(async () => {
      await store.close();
    });

    describe('upsertMentions', () => {
      it('writes new mentions and reads them back unchanged', async () => {
        const a = mention({
          author: 'Redaksi',
          language: 'id',
          publishedAt: '2024-05-01T03:00:00.000Z',
          analysis: analysis({ topics: ['ekonomi'] }),
          meta: { likes: 3, tags: ['a', 'b'], nested: { x: null } },
        });
        const b = mention();
        const res = await store.upsertMentions([a, b]);
        expect(res).toEqual({ written: 2, updated: 0, duplicates: 0, dropped: [] });
        expect(stored(await store.getMention(a.id))).toEqual(a);
        expect(stored(await store.getMention(b.id))).toEqual(b);
        expect(await store.getMention('nope')).toBeUndefined();
      });

      it('is idempotent by id: the same batch again counts duplicates', async () => {
        const batch = [mention(), mention({ analysis: analysis() })];
        await store.upsertMentions(batch);
        const again = await store.upsertMentions(batch.map((m) => structuredClone(m)));
        expect(again).toEqual({ written: 0, updated: 0, duplicates: 2, dropped: [] });
        expect((await store.search({})).total).toBe(2);
      });

      it('updates changed content in place', async () => {
        const m = mention({ title: 'Jembatan runtuh', text: 'Warga cemas.' });
        await store.upsertMentions([m]);
        const res = await store.upsertMentions([{ ...m, title: 'Judul baru tentang banjir' }]);
        expect(res).toEqual({ written: 0, updated: 1, duplicates: 0, dropped: [] });
        expect((await store.getMention(m.id))?.title).toBe('Judul baru tentang banjir');
        // the full-text index follows the update
        expect((await store.search({ text: 'banjir' })).items.map((x) => x.id)).toEqual([m.id]);
        expect((await store.search({ text: 'jembatan' })).total).toBe(0);
        expect((await store.search({})).total).toBe(1);
      });

      it('updates an existing mention that gets a new analysis', async () => {
        const m = mention();
        await store.upsertMentions([m]);
        const withA = { ...m, analysis: analysis({ sentiment: { label: 'negative', score: -0.8 }, topics: ['banjir'] }) };
        expect((await store.upsertMentions([withA])).updated).toBe(1);
        expect((await store.getMention(m.id))?.analysis).toEqual(withA.analysis);
        expect((await store.search({ sentiment: 'negative' })).total).toBe(1);
        expect((await store.search({ topic: 'banjir' })).total).toBe(1);
        // newer analysis replaces topics and sentiment
        const re = { ...m, analysis: analysis({ sentiment: { label: 'positive', score: 0.5 }, topics: ['wisata'] }) };
        expect((await store.upsertMentions([re])).updated).toBe(1);
        expect((await store.search({ topic: 'banjir' })).total).toBe(0);
        expect((await store.search({ topic: 'wisata', sentiment: 'positive' })).total).toBe(1);
      });

      it('does not erase a stored analysis when the same mention comes again without one', async () => {
        const m = mention({ analysis: analysis({ topics: ['pilkada'] }) });
        await store.upsertMentions([m]);
        const { analysis: _drop, ...bare } = m;
        expect((await store.upsertMentions([bare])).duplicates).toBe(1);
        expect((await store.getMention(m.id))?.analysis).toEqual(m.analysis);
      });

      it('reports invalid items as dropped and keeps the rest of the batch', async () => {
        const good1 = mention();
        const good2 = mention();
        const batch = [
          good1,
          { ...mention(), id: '' },
          { ...mention(), url: undefined },
          { ...mention(), kind: 'blog' },
          { ...mention(), fetchedAt: 'yesterday' },
          { ...mention(), publishedAt: 'not a date' },
          { ...mention(), title: 42 },
          null,
          good2,
        ] as unknown as Mention[];
        const res = await store.upsertMentions(batch);
        expect(res.written).toBe(2);
        expect(res.dropped).toHaveLength(7);
        for (const d of res.dropped) {
          expect(typeof d.id).toBe('string');
          expect(d.id.length).toBeGreaterThan(0);
          expect(d.reason.length).toBeGreaterThan(0);
        }
        expect(res.dropped[0]!.reason).toMatch(/id/);
        expect(res.dropped[1]!.reason).toMatch(/url/);
        expect(res.dropped[3]!.reason).toMatch(/fetchedAt/);
        expect(stored(await store.getMention(good1.id))).toEqual(good1);
        expect(stored(await store.getMention(good2.id))).toEqual(good2);
        expect((await store.search({})).total).toBe(2);
      });

      it('handles the same id twice in one batch', async () => {
        const m = mention();
        const res = await store.upsertMentions([m, { ...m }, { ...m, title: 'Ganti' }]);
        expect(res).toEqual({ written: 1, updated: 1, duplicates: 1, dropped: [] });
        expect((await store.getMention(m.id))?.title).toBe('Ganti');
      });

      it('accepts an empty batch', async () => {
        expect(await store.upsertMentions([])).toEqual({ written: 0, updated: 0, duplicates: 0, dropped: [] });
      });

      it('existingIds returns only the stored ones', async () => {
        const a = mention();
        const b = mention();
        await store.upsertMentions([a, b]);
        expect(await store.existingIds([a.id, 'x', b.id, a.id])).toEqual(new Set([a.id, b.id]));
        expect(await store.existingIds([])).toEqual(new Set());
        const many = Array.from({ length: 1200 }, (_, i) => `nope${i}`).concat(a.id);
        expect(await store.existingIds(many)).toEqual(new Set([a.id]));
      });
    });

    describe('search', () => {
      it('finds a mention by a word of its title, case- and diacritics-insensitively', async () => {
        const hit = mention({ title: 'Harga Kopí Kerinci naik', text: 'Petani senang.' });
        await store.upsertMentions([hit, mention(), mention()]);
        for (const q of ['kopi', 'KOPI', 'kopí', 'kerinci']) {
          const page = await store.search({ text: q });
          expect(page.items.map((m) => m.id), q).toEqual([hit.id]);
          expect(page.total).toBe(1);
        }
        expect((await store.search({ text: 'petani' })).items.map((m) => m.id)).toEqual([hit.id]);
      });

      it('ANDs the words of a query', async () => {
        const both = mention({ title: 'Banjir di Jambi', text: 'Air naik di Telanaipura.' });
        const one = mention({ title: 'Banjir di Palembang', text: 'Air surut.' });
        await store.upsertMentions([both, one]);
        expect((await store.search({ text: 'banjir' })).total).toBe(2);
        expect((await store.search({ text: 'banjir telanaipura' })).items.map((m) => m.id)).toEqual([both.id]);
        expect((await store.search({ text: 'banjir medan' })).total).toBe(0);
      });

      it('ranks title matches above body-only matches', async () => {
        const body = mention({ title: 'Kabar hari ini', text: 'Ada kabar soal gubernur dan lain-lain di kota ini.' });
        const title = mention({ title: 'Gubernur meresmikan jembatan', text: 'Acara berlangsung meriah di kota ini.' });
        await store.upsertMentions([body, title]);
        expect((await store.search({ text: 'gubernur' })).items.map((m) => m.id)).toEqual([title.id, body.id]);
      });

      it('never throws on hostile query strings', async () => {
        const m = mention({ title: 'foo bar: baz-qux', text: 'a b x' });
        await store.upsertMentions([m]);
        const hostile = [
          '"foo', 'foo"', '"', '""', 'a:b', 'title:foo', '-x', '*', '**', 'foo*', '(', ')', '(foo', 'AND', 'OR', 'NOT',
          'foo AND', 'NEAR(foo bar)', 'foo OR', '^foo', "'", '\\', '{foo}', '[x]', '+', 'a & b', ';DROP TABLE mentions;--',
          '🙂', '\u0000', '   ', 'foo -', 'baz-qux', 'x"y"z',
        ];
        for (const q of hostile) {
          const page = await store.search({ text: q });
          expect(Array.isArray(page.items), q).toBe(true);
          expect(page.total, q).toBeGreaterThanOrEqual(0);
          await store.countBy('sourceId', { text: q });
        }
        expect((await store.search({ text: '"foo' })).items.map((x) => x.id)).toEqual([m.id]);
        expect((await store.search({ text: 'baz-qux' })).items.map((x) => x.id)).toEqual([m.id]);
        expect((await store.search({ text: 'AND' })).total).toBe(0);
        expect((await store.search({})).total).toBe(1);
      });

      it('lists newest first when the text is empty, falling back to fetchedAt', async () => {
        const old = mention({ publishedAt: '2024-04-01T00:00:00.000Z', fetchedAt: '2024-05-10T00:00:00.000Z' });
        const mid = mention({ fetchedAt: '2024-04-15T00:00:00.000Z' }); // no publishedAt
        const recent = mention({ publishedAt: '2024-05-01T00:00:00.000Z', fetchedAt: '2024-05-01T00:00:00.000Z' });
        await store.upsertMentions([mid, old, recent]);
        for (const text of [undefined, '', '  ']) {
          const page = await store.search({ text });
          expect(page.items.map((m) => m.id)).toEqual([recent.id, mid.id, old.id]);
          expect(page.total).toBe(3);
        }
      });

      it('pages with limit and offset; total counts everything matching', async () => {
        const ms = Array.from({ length: 25 }, (_, i) =>
          mention({ publishedAt: new Date(Date.UTC(2024, 0, 1, i)).toISOString(), title: `Pemkot rapat ${i}` }),
        );
        await store.upsertMentions(ms);
        const first = await store.search({});
        expect(first.items).toHaveLength(20); // default limit
        expect(first.total).toBe(25);
        const p2 = await store.search({ limit: 10, offset: 10 });
        expect(p2.items.map((m) => m.id)).toEqual(ms.slice(5, 15).reverse().map((m) => m.id));
        const tail = await store.search({ text: 'pemkot', limit: 10, offset: 20 });
        expect(tail.items).toHaveLength(5);
        expect(tail.total).toBe(25);
        expect((await store.search({ offset: 100 })).items).toEqual([]);
      });

      it('filters by source, kind, sentiment, topic and date range', async () => {
        const a = mention({
          sourceId: 'a',
          publishedAt: '2024-05-01T00:00:00.000Z',
          analysis: analysis({ sentiment: { label: 'negative', score: -1 }, topics: ['banjir', 'infrastruktur'] }),
        });
        const b = mention({
          sourceId: 'b',
          kind: 'social',
          publishedAt: '2024-05-02T00:00:00.000Z',
          analysis: analysis({ sentiment: { label: 'positive', score: 1 }, topics: ['wisata'] }),
        });
        const c = mention({ sourceId: 'a', publishedAt: '2024-05-03T00:00:00.000Z' });
        await store.upsertMentions([a, b, c]);
        const ids = async (q: Parameters<Store['search']>[0]) => (await store.search(q)).items.map((m) => m.id).sort();
        expect(await ids({ sourceId: 'a' })).toEqual([a.id, c.id].sort());
        expect(await ids({ kind: 'social' })).toEqual([b.id]);
        expect(await ids({ kind: 'news' })).toEqual([a.id, c.id].sort());
        expect(await ids({ sentiment: 'negative' })).toEqual([a.id]);
        expect(await ids({ sentiment: 'neutral' })).toEqual([]);
        expect(await ids({ topic: 'infrastruktur' })).toEqual([a.id]);
        expect(await ids({ topic: 'wisata', sourceId: 'a' })).toEqual([]);
        // from inclusive, to exclusive
        expect(await ids({ from: '2024-05-02T00:00:00.000Z' })).toEqual([b.id, c.id].sort());
        expect(await ids({ to: '2024-05-02T00:00:00.000Z' })).toEqual([a.id]);
        expect(await ids({ from: '2024-05-01T12:00:00Z', to: '2024-05-03T00:00:00Z' })).toEqual([b.id]);
        // offset-qualified bounds compare as instants
        expect(await ids({ from: '2024-05-02T07:00:00+07:00', to: '2024-05-02T07:00:01+07:00' })).toEqual([b.id]);
        expect(await ids({ text: 'jambi', sourceId: 'a', to: '2024-05-02T00:00:00Z' })).toEqual([a.id]);
      });
    });

    describe('countBy', () => {
      beforeEach(async () => {
        await store.upsertMentions([
          mention({
            sourceId: 'a',
            title: 'Banjir besar',
            publishedAt: '2024-05-01T10:00:00.000Z', // 17:00 WIB, 1 May
            analysis: analysis({ sentiment: { label: 'negative', score: -1 }, topics: ['banjir', 'bencana'] }),
          }),
          mention({
            sourceId: 'a',
            publishedAt: '2024-05-01T18:00:00.000Z', // 01:00 WIB, 2 May
            analysis: analysis({ sentiment: { label: 'negative', score: -1 }, topics: ['banjir'] }),
          }),
          mention({
            sourceId: 'b',
            kind: 'social',
            title: 'Banjir surut',
            publishedAt: '2024-05-02T16:59:59.000Z', // 23:59:59 WIB, 2 May
            analysis: analysis({ sentiment: { label: 'positive', score: 1 }, topics: ['banjir'] }),
          }),
          mention({ sourceId: 'c', fetchedAt: '2024-05-03T02:00:00.000Z' }), // no analysis, no publishedAt
        ]);
      });

      it('counts by source, biggest first', async () => {
        expect(await store.countBy('sourceId', {})).toEqual([
          { key: 'a', count: 2 },
          { key: 'b', count: 1 },
          { key: 'c', count: 1 },
        ]);
      });

      it('counts by sentiment and topic, skipping mentions without analysis', async () => {
        expect(await store.countBy('sentiment', {})).toEqual([
          { key: 'negative', count: 2 },
          { key: 'positive', count: 1 },
        ]);
        expect(await store.countBy('topic', {})).toEqual([
          { key: 'banjir', count: 3 },
          { key: 'bencana', count: 1 },
        ]);
      });

      it('counts by WIB calendar day, in date order', async () => {
        expect(await store.countBy('day', {})).toEqual([
          { key: '2024-05-01', count: 1 },
          { key: '2024-05-02', count: 2 },
          { key: '2024-05-03', count: 1 },
        ]);
      });

      it('applies the same filters as search', async () => {
        expect(await store.countBy('sourceId', { text: 'banjir' })).toEqual([
          { key: 'a', count: 1 },
          { key: 'b', count: 1 },
        ]);
        expect(await store.countBy('day', { sourceId: 'a' })).toEqual([
          { key: '2024-05-01', count: 1 },
          { key: '2024-05-02', count: 1 },
        ]);
        expect(await store.countBy('topic', { sentiment: 'positive' })).toEqual([{ key: 'banjir', count: 1 }]);
        expect(await store.countBy('topic', { topic: 'bencana' })).toEqual([
          { key: 'banjir', count: 1 },
          { key: 'bencana', count: 1 },
        ]);
        expect(await store.countBy('sentiment', { kind: 'social' })).toEqual([{ key: 'positive', count: 1 }]);
        expect(await store.countBy('sourceId', { from: '2024-05-02T00:00:00Z' })).toEqual([
          { key: 'b', count: 1 },
          { key: 'c', count: 1 },
        ]);
        expect(await store.countBy('sourceId', { text: 'tidakada' })).toEqual([]);
      });
    });

    describe('state', () => {
      it('round-trips fetch state and overwrites it', async () => {
        expect(await store.getFetchState('https://x.example/rss')).toBeUndefined();
        const s1 = { url: 'https://x.example/rss', etag: 'W/"abc"', lastModified: 'Wed, 01 May 2024 00:00:00 GMT', status: 200, fetchedAt: '2024-05-01T00:00:00.000Z' };
        await store.putFetchState(s1);
        expect(await store.getFetchState(s1.url)).toEqual(s1);
        const s2 = { url: s1.url, status: 304, fetchedAt: '2024-05-02T00:00:00.000Z' };
        await store.putFetchState(s2);
        expect(await store.getFetchState(s1.url)).toEqual(s2);
      });

      it('round-trips source state and lists it by id', async () => {
        expect(await store.getSourceState('b')).toBeUndefined();
        const full = {
          sourceId: 'b',
          lastRunAt: '2024-05-01T00:00:00.000Z',
          lastSuccessAt: '2024-05-01T00:00:00.000Z',
          nextDueAt: '2024-05-01T00:15:00.000Z',
          consecutiveFailures: 0,
          itemsFound: 12,
          cursor: 'page=3',
        };
        const failing = { sourceId: 'a', consecutiveFailures: 3, lastError: 'HTTP 503', itemsFound: 0 };
        await store.putSourceState(full);
        await store.putSourceState(failing);
        expect(await store.getSourceState('b')).toEqual(full);
        expect(await store.listSourceStates()).toEqual([failing, full]);
        const recovered = { sourceId: 'a', consecutiveFailures: 0, itemsFound: 5, lastSuccessAt: '2024-05-02T00:00:00.000Z' };
        await store.putSourceState(recovered);
        expect(await store.getSourceState('a')).toEqual(recovered);
        expect(await store.listSourceStates()).toHaveLength(2);
      });
    });

    describe('debunks', () => {
      const d1: Debunk = {
        id: 'd1',
        url: 'https://turnbackhoax.example/1',
        title: '[SALAH] Video banjir Jambi 2024',
        text: 'Video itu dari 2019.',
        publishedAt: '2024-05-01T00:00:00.000Z',
        sourceId: 'turnbackhoax',
      };
      const d2: Debunk = { id: 'd2', url: 'https://cekfakta.example/2', title: '[HOAKS] Bansos', text: '…' };

      it('upserts idempotently by id and lists them', async () => {
        expect(await store.upsertDebunks([d1, d2])).toEqual({ written: 2, updated: 0, duplicates: 0, dropped: [] });
        expect(await store.upsertDebunks([d1, d2])).toEqual({ written: 0, updated: 0, duplicates: 2, dropped: [] });
        expect(await store.upsertDebunks([{ ...d2, text: 'Penjelasan lengkap.' }])).toEqual({
          written: 0,
          updated: 1,
          duplicates: 0,
          dropped: [],
        });
        const list = await store.listDebunks();
        expect(list).toHaveLength(2);
        expect(list.find((d) => d.id === 'd1')).toEqual(d1);
        expect(list.find((d) => d.id === 'd2')).toEqual({ ...d2, text: 'Penjelasan lengkap.' });
      });

      it('drops invalid debunks and keeps the rest', async () => {
        const res = await store.upsertDebunks([d1, { ...d2, url: '' }, { id: '' } as Debunk]);
        expect(res.written).toBe(1);
        expect(res.dropped).toHaveLength(2);
        expect(await store.listDebunks()).toEqual([d1]);
      });
    });

    describe('item failures', () => {
      const f = (url: string, over: Partial<ItemFailure> = {}): ItemFailure => ({
        sourceId: 'feed',
        url,
        retry: { url: `${url}?from=feed`, data: '{"title":"Judul"}' },
        attempts: 1,
        nextRetryAt: '2026-11-23T02:00:00.000Z',
        lastError: 'HTTP 404 Not Found',
        firstFailedAt: '2026-11-23T01:00:00.000Z',
        lastFailedAt: '2026-11-23T01:00:00.000Z',
        ...over,
      });
      it('puts, replaces, lists per source and deletes', async () => {
        const given = f('https://a.example/x', { attempts: 5, nextRetryAt: undefined, retry: { url: 'https://a.example/x' } });
        await store.putItemFailures([f('https://a.example/y'), given, f('https://a.example/z', { sourceId: 'other' })]);
        await store.putItemFailures([f('https://a.example/y', { attempts: 2 })]);
        expect(await store.listItemFailures('feed')).toEqual([given, f('https://a.example/y', { attempts: 2 })]);
        await store.deleteItemFailures('feed', ['https://a.example/y', 'https://a.example/nope']);
        expect(await store.listItemFailures('feed')).toEqual([given]);
        expect(await store.listItemFailures('other')).toHaveLength(1);
      });
    });

    describe('leases', () => {
      it('one holder at a time until it releases or its lease expires; a named dead holder is taken over', async () => {
        const t = 1_000_000;
        expect(await store.acquireLease('source:a', 'p1', t + 100, t)).toEqual({ name: 'source:a', owner: 'p1', expiresAt: new Date(t + 100).toISOString() });
        expect((await store.acquireLease('source:a', 'p2', t + 200, t + 50)).owner).toBe('p1');
        expect((await store.acquireLease('source:a', 'p1', t + 300, t + 60)).expiresAt).toBe(new Date(t + 300).toISOString()); // renewed
        expect((await store.acquireLease('source:b', 'p2', t + 200, t + 50)).owner).toBe('p2'); // per name
        expect((await store.acquireLease('source:a', 'p2', t + 900, t + 300)).owner).toBe('p2'); // expired
        expect((await store.acquireLease('source:a', 'p3', t + 900, t + 400, 'p2')).owner).toBe('p3'); // taken over
        await store.releaseLease('source:a', 'p2'); // not the holder: no effect
        expect((await store.acquireLease('source:a', 'p4', t + 900, t + 400)).owner).toBe('p3');
        await store.releaseLease('source:a', 'p3');
        expect((await store.acquireLease('source:a', 'p4', t + 900, t + 400)).owner).toBe('p4');
      });
    });

    it('close() may be called twice', async () => {
      await store.close();
      await store.close();
      store = await make(); // afterEach closes this one
    });
  });

  facetContract(name, make);
  aggregateContract(name, make);
  cursorContract(name, make);
  alertStoreContract(name, () => make());
  factContract(name, make);
  webContract(name, make);
  issueCorrectionContract(name, make);
  changeTokenContract(name, make);
  evaluationContract(name, make);
}
