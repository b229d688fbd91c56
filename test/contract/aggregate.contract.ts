// Store contract, part 3: aggregate() — counts by one or two facets and by local hour or day, with
// the negative count beside each, nested and truncated as Elasticsearch's terms → terms →
// date_histogram answer is.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { InputError } from '../../src/core/errors.js';
import type { AggregateRequest, RegionTag, SentimentLabel, Store } from '../../src/core/types.js';
import type { StoreContext } from '../../src/store/index.js';
import { analysis, mention } from './make-mention.js';

const T0 = Date.parse('2024-05-10T00:00:00.000Z'); // 07:00 WIB

const reg = (code: string): RegionTag => ({ code, name: code, level: code.length > 8 ? 'village' : code.length > 5 ? 'district' : 'regency' });
const item = (id: string, sourceId: string, label: SentimentLabel, publishedAt: string, regions: string[], extra: { kind?: 'social' } = {}) =>
  mention({ id, sourceId, publishedAt, ...extra, analysis: analysis({ sentiment: { label, score: label === 'negative' ? -1 : label === 'positive' ? 1 : 0 }, regions: regions.map(reg), topics: ['banjir-lingkungan'] }) });

/**
 * Six mentions over two WIB days: issue i1 = a1, a2, a3; issue i2 = a4, a6; a5 has no issue.
 * Times in WIB: a1 1 May 09:10, a2 1 May 09:50, a3 2 May 01:30, a4 2 May 10:00, a6 2 May 11:00, a5 2 May 23:59.
 */
const fixture = () => [
  item('a1', 'a', 'negative', '2024-05-01T02:10:00.000Z', ['15.71.01.1001']),
  item('a2', 'b', 'negative', '2024-05-01T02:50:00.000Z', ['15.71.01']),
  item('a3', 'a', 'positive', '2024-05-01T18:30:00.000Z', ['15.71.02']),
  item('a4', 'a', 'neutral', '2024-05-02T03:00:00.000Z', ['15.05']),
  item('a5', 'c', 'negative', '2024-05-02T16:59:00.000Z', [], { kind: 'social' }),
  item('a6', 'b', 'negative', '2024-05-02T04:00:00.000Z', ['15.71.01.1002', '15.71.02.1001']),
];

async function load(store: Store, clock: { t: number }): Promise<void> {
  const all = fixture();
  await store.upsertMentions(all.slice(0, 3));
  clock.t += 3_600_000;
  await store.upsertMentions(all.slice(3));
  await store.setIssueIds([
    { mentionId: 'a1', issueId: 'i1' },
    { mentionId: 'a2', issueId: 'i1' },
    { mentionId: 'a3', issueId: 'i1' },
    { mentionId: 'a4', issueId: 'i2' },
    { mentionId: 'a6', issueId: 'i2' },
  ]);
}

export function aggregateContract(name: string, make: (ctx?: StoreContext) => Promise<Store>): void {
  describe(`Store contract: ${name} — aggregate`, () => {
    let store: Store;
    const clock = { t: T0 };
    beforeEach(async () => {
      clock.t = T0;
      store = await make({ now: () => clock.t });
      await load(store, clock);
    });
    afterEach(async () => {
      await store.close();
    });

    it('without levels: the total and the negatives of the filter', async () => {
      expect(await store.aggregate({})).toEqual({ count: 6, negative: 4, buckets: [] });
      expect(await store.aggregate({ filter: { sourceId: 'a' } })).toEqual({ count: 3, negative: 1, buckets: [] });
      expect(await store.aggregate({ filter: { excludeSourceId: 'a' } })).toEqual({ count: 3, negative: 3, buckets: [] });
      expect(await store.aggregate({ filter: { excludeSourceId: ['a', 'c'] } })).toEqual({ count: 2, negative: 2, buckets: [] });
      expect(await store.aggregate({ filter: { text: 'tidakada' }, by: ['issue'], interval: 'day' })).toEqual({ count: 0, negative: 0, buckets: [] });
    });

    it('issue × sentiment: biggest first, ties by key; mentions without an issue are left out', async () => {
      expect(await store.aggregate({ by: ['issue', 'sentiment'] })).toEqual({
        count: 6,
        negative: 4,
        buckets: [
          {
            key: 'i1',
            count: 3,
            negative: 2,
            buckets: [
              { key: 'negative', count: 2, negative: 2 },
              { key: 'positive', count: 1, negative: 0 },
            ],
          },
          {
            key: 'i2',
            count: 2,
            negative: 1,
            buckets: [
              { key: 'negative', count: 1, negative: 1 },
              { key: 'neutral', count: 1, negative: 0 },
            ],
          },
        ],
      });
    });

    it('region × day: a mention counts for its places and all their ancestors, once each; size keeps the biggest', async () => {
      const r = await store.aggregate({ by: ['region'], interval: 'day', size: 3 });
      expect(r.buckets.map((b) => [b.key, b.count, b.negative])).toEqual([
        ['15', 5, 3],
        ['15.71', 4, 3],
        ['15.71.01', 3, 3],
      ]);
      expect(r.buckets[1]!.buckets).toEqual([
        { key: '2024-05-01', count: 2, negative: 2, start: '2024-04-30T17:00:00.000Z' },
        { key: '2024-05-02', count: 2, negative: 1, start: '2024-05-01T17:00:00.000Z' },
      ]);
      const all = await store.aggregate({ by: ['region'], size: 100 });
      expect(all.buckets.map((b) => [b.key, b.count])).toEqual([
        ['15', 5],
        ['15.71', 4],
        ['15.71.01', 3],
        ['15.71.02', 2],
        ['15.05', 1],
        ['15.71.01.1001', 1],
        ['15.71.01.1002', 1],
        ['15.71.02.1001', 1],
      ]);
    });

    it('a second facet is cut to size within each parent', async () => {
      const r = await store.aggregate({ by: ['sentiment', 'source'], size: 1 });
      expect(r.buckets).toEqual([{ key: 'negative', count: 4, negative: 4, buckets: [{ key: 'b', count: 2, negative: 2 }] }]);
      const two = await store.aggregate({ by: ['source', 'region'], size: 2 });
      expect(two.buckets.map((b) => [b.key, b.count, b.buckets!.map((c) => `${c.key}:${c.count}`)])).toEqual([
        ['a', 3, ['15:3', '15.71:2']],
        ['b', 2, ['15:2', '15.71:2']],
      ]);
    });

    it('hours and days are local to the office zone, or to the zone of the request', async () => {
      const i1 = { filter: { issueId: 'i1' }, interval: 'hour' } as const;
      expect((await store.aggregate(i1)).buckets).toEqual([
        { key: '2024-05-01T09', count: 2, negative: 2, start: '2024-05-01T02:00:00.000Z' },
        { key: '2024-05-02T01', count: 1, negative: 0, start: '2024-05-01T18:00:00.000Z' },
      ]);
      expect((await store.aggregate({ ...i1, timeZone: 'Asia/Jayapura' })).buckets.map((b) => b.key)).toEqual(['2024-05-01T11', '2024-05-02T03']);
      const days = await store.aggregate({ interval: 'day' });
      expect(days.buckets.map((b) => [b.key, b.count, b.negative])).toEqual([
        ['2024-05-01', 2, 2],
        ['2024-05-02', 4, 2],
      ]);
      const wita = await make({ timezone: 'Asia/Makassar', now: () => clock.t });
      try {
        await wita.upsertMentions(fixture());
        const w = await wita.aggregate({ interval: 'day' });
        // a5 (23:59 WIB on 2 May) is 00:59 WITA on 3 May
        expect(w.buckets.map((b) => [b.key, b.count, b.start])).toEqual([
          ['2024-05-01', 2, '2024-04-30T16:00:00.000Z'],
          ['2024-05-02', 3, '2024-05-01T16:00:00.000Z'],
          ['2024-05-03', 1, '2024-05-02T16:00:00.000Z'],
        ]);
        expect(await wita.countBy('day', {})).toEqual([
          { key: '2024-05-01', count: 2 },
          { key: '2024-05-02', count: 3 },
          { key: '2024-05-03', count: 1 },
        ]);
      } finally {
        await wita.close();
      }
    });

    it('zones with daylight saving get their own local days', async () => {
      const s = await make({ timezone: 'Europe/Berlin', now: () => clock.t });
      try {
        await s.upsertMentions([
          mention({ id: 'cet', publishedAt: '2024-03-30T23:30:00.000Z' }), // 00:30 CET, 31 March
          mention({ id: 'cest', publishedAt: '2024-03-31T22:30:00.000Z' }), // 00:30 CEST, 1 April
        ]);
        expect((await s.aggregate({ interval: 'day' })).buckets).toEqual([
          { key: '2024-03-31', count: 1, negative: 0, start: '2024-03-30T23:00:00.000Z' },
          { key: '2024-04-01', count: 1, negative: 0, start: '2024-03-31T22:00:00.000Z' },
        ]);
      } finally {
        await s.close();
      }
    });

    it('by the time Pantau stored a mention (alerts), not its publication time', async () => {
      const r = await store.aggregate({ interval: 'hour', timeField: 'stored' });
      expect(r.buckets.map((b) => [b.key, b.count, b.negative])).toEqual([
        ['2024-05-10T07', 3, 2],
        ['2024-05-10T08', 3, 2],
      ]);
      const recent = await store.aggregate({ filter: { storedFrom: '2024-05-10T08:00', sentiment: 'negative' }, by: ['issue'] });
      expect(recent).toEqual({ count: 2, negative: 2, buckets: [{ key: 'i2', count: 1, negative: 1 }] });
    });

    it('every facet can be a level; booleans are "true"/"false"', async () => {
      const keys = async (req: AggregateRequest) => (await store.aggregate({ size: 100, ...req })).buckets.map((b) => `${b.key}:${b.count}`);
      expect(await keys({ by: ['source'] })).toEqual(['a:3', 'b:2', 'c:1']);
      expect(await keys({ by: ['kind'] })).toEqual(['news:5', 'social:1']);
      expect(await keys({ by: ['topic'] })).toEqual(['banjir-lingkungan:6']);
      expect(await keys({ by: ['owned'] })).toEqual(['false:6']);
      expect(await keys({ by: ['hoaxFlagged'] })).toEqual(['false:6']);
      expect(await keys({ by: ['language'] })).toEqual(['id:6']);
      expect(await keys({ by: ['cluster'] })).toEqual([]);
      expect((await keys({ by: ['term'] })).length).toBeGreaterThan(0);
      expect(await keys({ by: ['entity'] })).toEqual([]);
      expect(await keys({ by: ['source'], filter: { kind: 'social' } })).toEqual(['c:1']);
    });

    it('refuses malformed requests with an InputError', async () => {
      const bad: AggregateRequest[] = [
        { by: ['issue', 'sentiment', 'source'] },
        { by: ['colour' as 'issue'] },
        { by: ['issue', 'issue'] },
        { by: ['issue'], size: 0 },
        { by: ['issue'], size: 1.5 },
        { interval: 'week' as 'day' },
        { interval: 'day', timeField: 'crawled' as 'stored' },
        { interval: 'day', timeZone: 'Mars/Olympus' },
        { filter: { from: 'kemarin' } },
      ];
      for (const req of bad) {
        const err = await store.aggregate(req).then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(err, JSON.stringify(req)).toBeInstanceOf(InputError);
      }
    });
  });
}
