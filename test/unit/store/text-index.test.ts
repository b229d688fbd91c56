// The store writes the full-text index next to each row (migration 6), not through triggers: a
// trigger makes every INSERT or UPDATE of mentions a statement transaction, and FTS5 writes its
// pending tokens out as a new segment at each statement savepoint, one segment per mention.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import { SqliteStore } from '../../../src/store/index.js';
import { MIGRATIONS, applyMigrations } from '../../../src/store/sqlite/migrations.js';
import { analysis, mention } from '../../contract/make-mention.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-store-text-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
let n = 0;
const open = (path = join(dir, `t${++n}.db`)): SqliteStore => new SqliteStore(path, { log: silentLogger });

/** FTS5's own check of both indexes against what they should hold; throws on a mismatch. */
function checkIndexes(db: Database.Database): void {
  db.exec(`INSERT INTO mentions_fts (mentions_fts) VALUES ('integrity-check')`);
  db.exec(`INSERT INTO mention_facet_index (mention_facet_index) VALUES ('integrity-check')`);
}

describe('the full-text index of the SQLite store', () => {
  it('has no trigger on INSERT or UPDATE of mentions', async () => {
    const store = open();
    try {
      const triggers = store.database
        .prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'mentions'")
        .all() as { name: string; sql: string }[];
      expect(triggers.filter((t) => /\b(INSERT|UPDATE)\b\s+(OF\s+[\w\s,]+\s+)?ON\s+mentions\b/i.test(t.sql)).map((t) => t.name)).toEqual([]);
    } finally {
      await store.close();
    }
  });

  it('follows new rows, rewritten titles and texts, and a batch that mixes both', async () => {
    const store = open();
    try {
      const a = mention({ title: 'Jembatan runtuh di Pasar', text: 'Warga cemas soal jembatan.' });
      const b = mention({ title: 'Harga cabai', text: 'Harga cabai naik lagi.', analysis: analysis({ topics: ['ekonomi-harga'] }) });
      await store.upsertMentions([a, b]);
      const res = await store.upsertMentions([
        { ...a, title: 'Banjir di Telanaipura', text: 'Air setinggi lutut.' },
        { ...b, analysis: analysis({ topics: ['kesehatan'] }) }, // analysis only: text index untouched
        mention({ title: 'Jembatan baru', text: 'Peresmian jembatan.' }),
      ]);
      expect(res).toMatchObject({ written: 1, updated: 2, duplicates: 0 });
      checkIndexes(store.database);
      const ids = async (text: string) => (await store.search({ text })).items.map((m) => m.id);
      expect(await ids('runtuh')).toEqual([]);
      expect(await ids('telanaipura')).toEqual([a.id]);
      expect((await ids('jembatan')).length).toBe(1);
      expect(await ids('cabai')).toEqual([b.id]);
      expect((await store.search({ topic: 'kesehatan' })).items.map((m) => m.id)).toEqual([b.id]);
      expect((await store.search({ topic: 'ekonomi-harga' })).total).toBe(0);
    } finally {
      await store.close();
    }
  });

  it('keeps a database indexed by the schema-3 triggers searchable and consistent after migration 6', async () => {
    const path = join(dir, 'v3.db');
    const v3 = MIGRATIONS.filter((m) => m.version <= 3);
    const db = new Database(path);
    applyMigrations(db, v3);
    db.close();
    // Written by the schema-3 store: its triggers index the rows.
    const old = mention({ title: 'Sampah menumpuk', text: 'Sampah di Kenali Besar belum diangkut.' });
    {
      const raw = new Database(path);
      raw
        .prepare(`INSERT INTO mentions (id, source_id, kind, url, canonical_url, title, text, fetched_at, sort_ms, content_hash, updated_at, stored_ms, change_seq)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'h', ?, 0, 1)`)
        .run(old.id, old.sourceId, old.kind, old.url, old.canonicalUrl, old.title, old.text, old.fetchedAt, old.fetchedAt);
      raw.close();
    }
    const store = open(path);
    try {
      expect((await store.search({ text: 'sampah' })).items.map((m) => m.id)).toEqual([old.id]);
      await store.upsertMentions([{ ...old, title: 'Sampah sudah diangkut', text: 'Petugas DLH datang pagi ini.' }]);
      checkIndexes(store.database);
      expect((await store.search({ text: 'kenali' })).total).toBe(0);
      expect((await store.search({ text: 'petugas' })).items.map((m) => m.id)).toEqual([old.id]);
    } finally {
      await store.close();
    }
  });
});
