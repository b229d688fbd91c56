// A database written by the schema before the facets (versions 1–2, with the insert statement that
// store used) opened by today's store: migration 3 adds the columns, the store derives
// the facets of the old rows on open, and the new queries answer for them.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import { emptyAnalysis, type Analysis, type Mention } from '../../../src/core/types.js';
import { SqliteStore } from '../../../src/store/index.js';
import { LATEST_VERSION, MIGRATIONS, applyMigrations, schemaVersion } from '../../../src/store/sqlite/migrations.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-store-migrate-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const a = (over: Partial<Analysis>): Analysis => ({ ...emptyAnalysis(), language: 'id', ...over });

const OLD: Mention[] = [
  {
    id: 'old1',
    sourceId: 'jambiekspres',
    kind: 'news',
    url: 'https://jambiekspres.example/banjir',
    canonicalUrl: 'https://jambiekspres.example/banjir',
    title: 'Banjir rendam Kelurahan Legok',
    text: 'Air setinggi lutut merendam rumah warga Legok, Telanaipura.',
    publishedAt: '2024-05-01T02:00:00.000Z',
    fetchedAt: '2024-05-01T03:00:00.000Z',
    analysis: a({
      sentiment: { label: 'negative', score: -0.8 },
      topics: ['banjir-lingkungan'],
      regions: [{ code: '15.71.01.1001', name: 'Legok', level: 'village' }],
      entities: [{ text: 'Pak Wali', type: 'person', canonical: 'Maulana', watched: true }],
      hoax: { score: 0.1, flagged: false, indicators: [], debunks: [] },
    }),
    meta: { clusterId: 'old1' },
  },
  {
    id: 'old2',
    sourceId: 'ig-pemkot',
    kind: 'social',
    url: 'https://instagram.example/p/2',
    canonicalUrl: 'https://instagram.example/p/2',
    title: '',
    text: 'VIRAL!!! bansos dihentikan, sebarkan!!!',
    publishedAt: '2024-05-02T05:00:00.000Z',
    fetchedAt: '2024-05-02T06:00:00.000Z',
    analysis: a({ sentiment: { label: 'negative', score: -0.6 }, topics: ['sosial-bansos'], hoax: { score: 0.91, flagged: true, indicators: ['sebarkan'], debunks: [] } }),
    meta: { isOwned: true, clusterId: 'old1' },
  },
  {
    id: 'old3',
    sourceId: 'humas-pemkot',
    kind: 'news',
    url: 'https://jambikota.example/berita/3',
    canonicalUrl: 'https://jambikota.example/berita/3',
    title: 'Dinas PUPR perbaiki jalan',
    text: 'Perbaikan jalan di Kota Baru selesai.',
    fetchedAt: '2024-05-03T01:00:00.000Z',
  },
];

/** Write the mentions as the store before the facets did (its INSERT, its derived sentiment/topics columns). */
function writeVersion1(path: string): void {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  applyMigrations(db, MIGRATIONS.filter((m) => m.version < 3));
  const insert = db.prepare(`INSERT INTO mentions (id, source_id, kind, url, canonical_url, title, text, author,
    language, published_at, fetched_at, sort_ms, sentiment, topics, analysis, meta, content_hash, updated_at)
    VALUES (@id, @source_id, @kind, @url, @canonical_url, @title, @text, @author, @language, @published_at,
    @fetched_at, @sort_ms, @sentiment, @topics, @analysis, @meta, @content_hash, @updated_at)`);
  for (const m of OLD) {
    insert.run({
      id: m.id,
      source_id: m.sourceId,
      kind: m.kind,
      url: m.url,
      canonical_url: m.canonicalUrl,
      title: m.title,
      text: m.text,
      author: null,
      language: null,
      published_at: m.publishedAt ?? null,
      fetched_at: m.fetchedAt,
      sort_ms: Date.parse(m.publishedAt ?? m.fetchedAt),
      sentiment: m.analysis?.sentiment.label ?? null,
      topics: JSON.stringify(m.analysis?.topics ?? []),
      analysis: m.analysis ? JSON.stringify(m.analysis) : null,
      meta: m.meta ? JSON.stringify(m.meta) : null,
      content_hash: `h-${m.id}`,
      updated_at: '2024-06-01T00:00:00.000Z',
    });
  }
  expect(schemaVersion(db)).toBe(2);
  db.close();
}

describe('opening a database written before the facets (schema 2)', () => {
  it('migrates, derives the facets of the old rows, and answers the new queries', async () => {
    const path = join(dir, 'v1.db');
    writeVersion1(path);
    const store = new SqliteStore(path, { log: silentLogger, ownedSources: ['humas-pemkot'], now: () => Date.parse('2024-07-01T00:00:00Z') });
    try {
      expect(schemaVersion(store.database)).toBe(LATEST_VERSION);
      const ids = async (q: Parameters<SqliteStore['search']>[0]) => (await store.search(q)).items.map((m) => m.id).sort();
      expect(await ids({ region: '15.71' })).toEqual(['old1']);
      expect(await ids({ region: '15.71.01' })).toEqual(['old1']);
      expect(await ids({ entity: 'person:maulana' })).toEqual(['old1']);
      expect(await ids({ topic: 'sosial-bansos' })).toEqual(['old2']); // topics moved to the facet table
      expect(await ids({ clusterId: 'old1' })).toEqual(['old1', 'old2']);
      expect(await ids({ owned: true })).toEqual(['old2', 'old3']);
      expect(await ids({ hoaxFlagged: true })).toEqual(['old2']);
      expect(await ids({ term: 'banjir' })).toEqual(['old1']);
      expect(await ids({ sentimentScore: { lte: -0.7 } })).toEqual(['old1']);
      // storedAt of an old row: the earlier of its fetch and its last write
      expect((await store.getMention('old1'))?.storedAt).toBe('2024-05-01T03:00:00.000Z');
      const agg = await store.aggregate({ by: ['region'], interval: 'day', size: 2 });
      expect(agg.buckets.map((b) => [b.key, b.count, b.negative, b.buckets!.map((d) => d.key)])).toEqual([
        ['15', 1, 1, ['2024-05-01']],
        ['15.71', 1, 1, ['2024-05-01']],
      ]);
      expect((await store.countBy('topic', {})).map((b) => b.key).sort()).toEqual(['banjir-lingkungan', 'sosial-bansos']);
      // the change feed starts with the old rows in their stored order, then the new ones
      const first = await store.changes();
      expect(first.items.map((m) => m.id)).toEqual(['old1', 'old2', 'old3']);
      await store.upsertMentions([{ ...OLD[2]!, id: 'new1', url: 'https://jambikota.example/berita/4', canonicalUrl: 'https://jambikota.example/berita/4' }]);
      expect((await store.changes({ cursor: first.cursor })).items.map((m) => [m.id, m.storedAt])).toEqual([['new1', '2024-07-01T00:00:00.000Z']]);
      // the update trigger keeps the facet table in step: an old row rewritten loses its old region
      await store.upsertMentions([{ ...OLD[0]!, analysis: a({ regions: [{ code: '15.05', name: 'Batanghari', level: 'regency' }] }) }]);
      expect(await ids({ region: '15.71' })).toEqual([]);
      expect(await ids({ region: '15.05' })).toEqual(['old1']);
    } finally {
      await store.close();
    }
  });

  it('resumes a backfill that was interrupted, and does nothing once it is done', async () => {
    const path = join(dir, 'resume.db');
    writeVersion1(path);
    await new SqliteStore(path).close();
    // As if the process died after the migration and before the facets of old2/old3 were derived:
    const raw = new Database(path);
    raw.prepare("UPDATE mentions SET facets = NULL WHERE id IN ('old2', 'old3')").run();
    raw.prepare("DELETE FROM mention_facet_index WHERE rowid IN (SELECT seq FROM mentions WHERE id IN ('old2', 'old3'))").run();
    raw.close();
    const s = new SqliteStore(path);
    try {
      expect(s.database.prepare('SELECT count(*) FROM mentions WHERE facets IS NULL').pluck().get()).toBe(0);
      expect((await s.search({ topic: 'sosial-bansos' })).items.map((m) => m.id)).toEqual(['old2']);
    } finally {
      await s.close();
    }
  });

  it('re-derives the owned facet when the configured owned sources change', async () => {
    const path = join(dir, 'owned.db');
    writeVersion1(path);
    const owned = async (ownedSources?: string[]) => {
      const s = new SqliteStore(path, ownedSources ? { ownedSources } : {});
      try {
        return (await s.search({ owned: true })).items.map((m) => m.id).sort();
      } finally {
        await s.close();
      }
    };
    expect(await owned()).toEqual(['old2']); // meta.isOwned only
    expect(await owned(['humas-pemkot'])).toEqual(['old2', 'old3']);
    expect(await owned()).toEqual(['old2', 'old3']); // not given: the recorded set stays
    expect(await owned(['jambiekspres'])).toEqual(['old1', 'old2']);
    expect(await owned([])).toEqual(['old2']);
  });
});
