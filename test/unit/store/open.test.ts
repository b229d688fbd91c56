// createStore / SqliteStore lifecycle: driver choice, file creation, clear errors, pragmas,
// migrations and persistence across reopen.
import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, StoreUnavailableError } from '../../../src/core/errors.js';
import { createStore, SqliteStore } from '../../../src/store/index.js';
import { LATEST_VERSION, MIGRATIONS, applyMigrations } from '../../../src/store/sqlite/migrations.js';
import { mention, stored } from '../../contract/store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-store-open-'));
afterAll(() => {
  chmodSync(dir, 0o755);
  rmSync(dir, { recursive: true, force: true });
});

async function rejection(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a rejection');
}

describe('createStore', () => {
  it('refuses the Elasticsearch driver without a node with a ConfigError naming storage.node', async () => {
    const err = await rejection(createStore({ driver: 'elasticsearch', path: 'x' }));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/^storage\.node: required when storage\.driver is elasticsearch/);
  });

  it('creates missing parent directories', async () => {
    const path = join(dir, 'a', 'b', 'c', 'pantau.db');
    const store = await createStore({ driver: 'sqlite', path });
    expect(store.name).toBe('sqlite');
    expect(store.flags).toEqual({ fullText: true, aggregations: true });
    await store.close();
  });

  it('throws StoreUnavailableError with a one-line message when the path is a directory', async () => {
    const path = join(dir, 'isdir');
    mkdirSync(path);
    const err = await rejection(createStore({ driver: 'sqlite', path }));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).toContain(path);
    expect(err.message).toMatch(/directory/);
    expect(err.message).not.toContain('\n');
  });

  it('throws StoreUnavailableError for a file that is not a database', async () => {
    const path = join(dir, 'notes.db');
    writeFileSync(path, 'this is not sqlite '.repeat(100));
    const err = await rejection(createStore({ driver: 'sqlite', path }));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).toMatch(/not a database/);
    expect(err.message).not.toContain('\n');
  });

  it('throws StoreUnavailableError when the parent cannot be created', async () => {
    const file = join(dir, 'plainfile');
    writeFileSync(file, 'x');
    const err = await rejection(createStore({ driver: 'sqlite', path: join(file, 'sub', 'p.db') }));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).not.toContain('\n');
  });

  it.skipIf(process.getuid?.() === 0)('throws StoreUnavailableError without write permission', async () => {
    const ro = join(dir, 'readonly');
    mkdirSync(ro);
    chmodSync(ro, 0o555);
    const err = await rejection(createStore({ driver: 'sqlite', path: join(ro, 'p.db') }));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    chmodSync(ro, 0o755);
  });

  it('supports :memory:', async () => {
    const store = await createStore({ driver: 'sqlite', path: ':memory:' });
    expect((await store.upsertMentions([mention()])).written).toBe(1);
    await store.close();
  });
});

describe('SqliteStore', () => {
  it('uses WAL with synchronous=NORMAL and a busy timeout', async () => {
    const store = new SqliteStore(join(dir, 'pragmas.db'));
    expect(store.database.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(store.database.pragma('synchronous', { simple: true })).toBe(1); // NORMAL
    expect(Number(store.database.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    await store.close();
  });

  it('persists across reopen and checkpoints the WAL at close', async () => {
    const path = join(dir, 'persist.db');
    const m = mention({ title: 'Tersimpan' });
    const s1 = new SqliteStore(path);
    await s1.upsertMentions([m]);
    await s1.putSourceState({ sourceId: 'x', consecutiveFailures: 1, itemsFound: 2 });
    await s1.close();
    // After a TRUNCATE checkpoint the main file alone holds the data.
    const raw = new Database(path, { readonly: true });
    expect(raw.prepare('SELECT count(*) FROM mentions').pluck().get()).toBe(1);
    raw.close();
    const s2 = new SqliteStore(path);
    expect(stored(await s2.getMention(m.id))).toEqual(m);
    expect((await s2.search({ text: 'tersimpan' })).total).toBe(1);
    expect(await s2.listSourceStates()).toHaveLength(1);
    await s2.close();
  });

  it('records applied migrations once', async () => {
    const path = join(dir, 'migr.db');
    await new SqliteStore(path).close();
    const s = new SqliteStore(path);
    const rows = s.database.prepare('SELECT version FROM schema_version ORDER BY version').pluck().all();
    expect(rows).toEqual(MIGRATIONS.map((m) => m.version));
    expect(applyMigrations(s.database)).toEqual([]);
    await s.close();
  });

  it('applies only the pending migrations, in order, inside one transaction', () => {
    const db = new Database(':memory:');
    expect(applyMigrations(db, [{ version: 1, name: 'a', sql: 'CREATE TABLE a (x)' }])).toEqual([1]);
    const extra = [
      { version: 1, name: 'a', sql: 'CREATE TABLE a (x)' },
      { version: 2, name: 'b', sql: 'CREATE TABLE b (x)' },
      { version: 3, name: 'broken', sql: 'CREATE TABLE oops (' },
    ];
    expect(() => applyMigrations(db, extra)).toThrow();
    // the failed run left nothing behind: b was rolled back with the broken migration
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'b'").pluck().get()).toBe(0);
    expect(applyMigrations(db, extra.slice(0, 2))).toEqual([2]);
    db.close();
  });

  it('refuses a database written by a newer schema version', async () => {
    const path = join(dir, 'newer.db');
    const s = new SqliteStore(path);
    s.database.prepare('INSERT INTO schema_version VALUES (?, ?, ?)').run(LATEST_VERSION + 1, 'future', 'now');
    await s.close();
    const err = await rejection(createStore({ driver: 'sqlite', path }));
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect(err.message).toMatch(/newer than this Pantau supports/);
  });

  it('rejects calls after close with StoreUnavailableError', async () => {
    const s = new SqliteStore(join(dir, 'closed.db'));
    await s.close();
    await expect(s.search({})).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(s.upsertMentions([mention()])).rejects.toBeInstanceOf(StoreUnavailableError);
  });

  it('maps a locked database to StoreUnavailableError instead of hanging', async () => {
    const path = join(dir, 'locked.db');
    await new SqliteStore(path).close();
    const holder = new Database(path);
    holder.exec('BEGIN IMMEDIATE');
    const s = new SqliteStore(path, { busyTimeoutMs: 50 });
    await expect(s.upsertMentions([mention()])).rejects.toBeInstanceOf(StoreUnavailableError);
    holder.exec('ROLLBACK');
    expect((await s.upsertMentions([mention()])).written).toBe(1);
    holder.close();
    await s.close();
  });

  it('writes a 10k batch in one call and counts it exactly', async () => {
    const s = new SqliteStore(join(dir, 'big.db'));
    const batch = Array.from({ length: 10_000 }, (_, i) => mention({ id: `big${i}`, text: `Isi berita ${i} `.repeat(50) }));
    expect(await s.upsertMentions(batch)).toEqual({ written: 10_000, updated: 0, duplicates: 0, dropped: [] });
    expect((await s.upsertMentions(batch)).duplicates).toBe(10_000);
    expect((await s.search({ text: 'isi berita' })).total).toBe(10_000);
    expect((await s.existingIds(batch.map((m) => m.id))).size).toBe(10_000);
    await s.close();
  });
});
