// The local outbox: mentions (and debunks) the cluster could not take wait here, in the same SQLite
// state file as the crawl state, until they are written to Elasticsearch. An entry is removed only
// after Elasticsearch acknowledged the write, in the order entries were queued; a crash between the
// acknowledgement and the removal sends the entry again, which the write path turns into a duplicate
// (same _id, same content): every mention arrives exactly once. A `rewrite` entry is a correction
// (or its undo) whose mention document waits to be rewritten; it is idempotent, so a crash after the
// rewrite and before the removal does no harm either.
import type Database from 'better-sqlite3';

export type OutboxKind = 'mention' | 'debunk' | 'rewrite';

/** A rewrite entry: re-apply the corrections to this mention's document; `undo`: the correction undone. */
export interface RewriteItem {
  id: string;
  undo?: number;
}

export interface OutboxEntry<T> {
  seq: number;
  kind: OutboxKind;
  id: string;
  item: T;
  attempts: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS es_outbox (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  kind TEXT NOT NULL,
  id TEXT NOT NULL,
  body TEXT NOT NULL,
  queued_ms INTEGER NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  last_error TEXT
);
CREATE INDEX IF NOT EXISTS es_outbox_kind_id ON es_outbox (kind, id);
`;

export class Outbox {
  private counted: Record<OutboxKind, number> | undefined;

  constructor(private readonly db: Database.Database) {
    db.exec(SCHEMA);
  }

  /** Queue items in order, in one transaction (committed before this returns). */
  add<T extends { id: string }>(kind: OutboxKind, items: readonly T[], nowMs: number): void {
    if (!items.length) return;
    const put = this.db.prepare('INSERT INTO es_outbox (kind, id, body, queued_ms) VALUES (?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const it of items) put.run(kind, it.id, JSON.stringify(it), nowMs);
    }).immediate();
    this.counted = undefined;
  }

  /** The oldest `limit` entries of these kinds, in the order they were queued. */
  next<T>(kinds: OutboxKind | readonly OutboxKind[], limit: number): OutboxEntry<T>[] {
    const list = typeof kinds === 'string' ? [kinds] : kinds;
    const rows = this.db
      .prepare(`SELECT seq, kind, id, body, attempts FROM es_outbox WHERE kind IN (${list.map(() => '?').join(',')}) ORDER BY seq LIMIT ?`)
      .all(...list, limit) as { seq: number; kind: OutboxKind; id: string; body: string; attempts: number }[];
    return rows.map((r) => ({ seq: r.seq, kind: r.kind, id: r.id, item: JSON.parse(r.body) as T, attempts: r.attempts }));
  }

  /** Remove delivered entries (by seq: a newer version of the same id queued meanwhile stays). */
  remove(seqs: readonly number[]): void {
    if (!seqs.length) return;
    const del = this.db.prepare('DELETE FROM es_outbox WHERE seq = ?');
    this.db.transaction(() => {
      for (const s of seqs) del.run(s);
    }).immediate();
    this.counted = undefined;
  }

  /** Note a failed delivery attempt. */
  failed(seqs: readonly number[], error: string): void {
    const upd = this.db.prepare('UPDATE es_outbox SET attempts = attempts + 1, last_error = ? WHERE seq = ?');
    this.db.transaction(() => {
      for (const s of seqs) upd.run(error.slice(0, 500), s);
    }).immediate();
  }

  /** Which of these ids wait in the outbox (as any of these kinds). */
  ids(kinds: OutboxKind | readonly OutboxKind[], ids: readonly string[]): Set<string> {
    const out = new Set<string>();
    const list = (typeof kinds === 'string' ? [kinds] : kinds).filter((k) => this.count(k) > 0);
    if (!list.length) return out;
    const get = this.db.prepare(`SELECT 1 FROM es_outbox WHERE kind IN (${list.map(() => '?').join(',')}) AND id = ? LIMIT 1`).pluck();
    for (const id of new Set(ids)) if (get.get(...list, id) !== undefined) out.add(id);
    return out;
  }

  /** The newest queued version of an item. */
  latest<T>(kind: OutboxKind, id: string): T | undefined {
    const body = this.db.prepare('SELECT body FROM es_outbox WHERE kind = ? AND id = ? ORDER BY seq DESC LIMIT 1').pluck().get(kind, id) as string | undefined;
    return body === undefined ? undefined : (JSON.parse(body) as T);
  }

  /** Entries waiting, by kind (cached until the next change by this process). */
  count(kind: OutboxKind): number {
    if (!this.counted) {
      const rows = this.db.prepare('SELECT kind, count(*) AS n FROM es_outbox GROUP BY kind').all() as { kind: OutboxKind; n: number }[];
      this.counted = { mention: 0, debunk: 0, rewrite: 0 };
      for (const r of rows) this.counted[r.kind] = r.n;
    }
    return this.counted[kind];
  }

  /** Forget the cached counts (another process on the same file may have flushed). */
  refresh(): void {
    this.counted = undefined;
  }

  /** The last delivery error, for `pantau sources`. */
  lastError(): string | undefined {
    return (this.db.prepare('SELECT last_error FROM es_outbox WHERE last_error IS NOT NULL ORDER BY seq DESC LIMIT 1').pluck().get() as string | undefined) ?? undefined;
  }
}
