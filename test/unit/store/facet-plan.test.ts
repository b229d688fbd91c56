// Facet filters are evaluated from the facet index or row by row, whichever side is narrower; both
// plans must give the same answers, and the store must pick the narrow side.
import { describe, expect, it } from 'vitest';
import { emptyAnalysis, type Mention, type MentionQuery } from '../../../src/core/types.js';
import { SqliteStore } from '../../../src/store/index.js';
import { compileFilter, type FacetGroup, type FacetPlanner, type TimeBounds } from '../../../src/store/sqlite/query.js';

function mentions(): Mention[] {
  // 300 mentions of Kota Jambi over 30 days; kelurahan 15.71.01.1001 in one in thirty.
  return Array.from({ length: 300 }, (_, i) => ({
    id: `p${i}`,
    sourceId: 's',
    kind: 'news',
    url: `https://x.example/${i}`,
    canonicalUrl: `https://x.example/${i}`,
    title: `Berita ${i}`,
    text: 'Isi.',
    publishedAt: new Date(Date.UTC(2024, 4, 1) + i * 2.4 * 3_600_000).toISOString(),
    fetchedAt: '2024-06-01T00:00:00.000Z',
    analysis: {
      ...emptyAnalysis(),
      regions: [{ code: i % 30 === 0 ? '15.71.01.1001' : '15.71.02', name: 'x', level: i % 30 === 0 ? 'village' : 'district' }],
      entities: i % 2 ? [{ text: 'Maulana', type: 'person' }] : [],
    },
  }));
}

describe('facet filter plans', () => {
  it('index and row plans agree', async () => {
    const store = new SqliteStore(':memory:');
    await store.upsertMentions(mentions());
    const db = store.database;
    const count = (q: MentionQuery, plan: 'index' | 'row') => {
      const f = compileFilter(q, 'Asia/Jakarta', () => plan);
      return db.prepare(`SELECT group_concat(m.id) FROM (SELECT m.id FROM ${f.from} ${f.where} ORDER BY m.seq) m`).pluck().get(...f.params);
    };
    const queries: MentionQuery[] = [
      { region: '15.71', from: '2024-05-03', to: '2024-05-04' },
      { region: ['15.71.01', '15.71.02'], from: '2024-05-01' },
      { region: '15.71.01.1001', entity: 'person:maulana', from: '2024-05-01', to: '2024-06-01' },
      { entity: ['person:maulana', 'organization:maulana'], storedFrom: '2024-01-01' },
      { region: '15.05', from: '2024-05-01' },
    ];
    for (const q of queries) expect(count(q, 'row'), JSON.stringify(q)).toBe(count(q, 'index'));
    await store.close();
  });

  it('the store drives from the period for a broad facet and from the index for a rare one', async () => {
    const store = new SqliteStore(':memory:');
    await store.upsertMentions(mentions());
    const seen: ('index' | 'row')[] = [];
    const plan = (store as unknown as { planFacets: FacetPlanner }).planFacets;
    const spy = (groups: readonly FacetGroup[], b: TimeBounds) => {
      const p = plan(groups, b);
      seen.push(p);
      return p;
    };
    compileFilter({ region: '15.71', from: '2024-05-03', to: '2024-05-04' }, 'Asia/Jakarta', spy);
    compileFilter({ region: '15.71.01.1001', from: '2024-05-01', to: '2024-06-01' }, 'Asia/Jakarta', spy);
    compileFilter({ region: '15.71' }, 'Asia/Jakarta', spy);
    expect(seen).toEqual(['row', 'index', 'index']);
    expect((await store.search({ region: '15.71', from: '2024-05-03', to: '2024-05-04' })).total).toBe(10);
    expect((await store.search({ region: '15.71.01.1001', from: '2024-05-01', to: '2024-06-01' })).total).toBe(10);
    await store.close();
  });
});
