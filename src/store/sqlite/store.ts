// The embedded default Store: one SQLite file (WAL), FTS5 for search, plain SQL for aggregations.
// better-sqlite3 is synchronous; methods are async only to satisfy the Store contract, so a call
// completes (and a write is committed) before its promise resolves.
import Database from 'better-sqlite3';
import { InputError, StoreUnavailableError } from '../../core/errors.js';
import type {
  Bucket,
  CountField,
  Debunk,
  FetchState,
  ItemFailure,
  Lease,
  Logger,
  Mention,
  MentionQuery,
  Page,
  SourceState,
  Store,
  StoreFlags,
  WriteResult,
} from '../../core/types.js';
import { silentLogger } from '../../core/log.js';
import { isItemError, toStoreError } from './errors.js';
import { applyMigrations } from './migrations.js';
import { compileFilter, pageBounds, WIB_OFFSET_MS } from './query.js';
import {
  InvalidItem,
  MENTION_COLUMNS,
  debunkToRow,
  itemLabel,
  mentionToRow,
  normalizeDebunk,
  normalizeMention,
  rowToDebunk,
  rowToMention,
} from './rows.js';

export interface SqliteStoreOptions {
  log?: Logger;
  /** ms to wait for another process's write lock before failing (default 5000). */
  busyTimeoutMs?: number;
}

/** Chunk size for `IN (…)` lists, below SQLite's default host-parameter limit. */
const IN_CHUNK = 500;

export class SqliteStore implements Store {
  readonly name = 'sqlite' as const;
  readonly flags: StoreFlags = { fullText: true, aggregations: true };
  readonly path: string;
  private db: Database.Database | null;
  private readonly log: Logger;
  /** Prepared statements by SQL text: filters produce a handful of shapes, each prepared once. */
  private readonly stmts = new Map<string, Database.Statement>();

  /**
   * Open (creating if needed) and migrate. Throws raw SQLite/fs errors; createStore() wraps them
   * into StoreUnavailableError with the path.
   */
  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.path = path;
    this.log = opts.log ?? silentLogger;
    const db = new Database(path);
    try {
      if (path !== ':memory:' && path !== '') {
        // WAL: readers never block the writer. synchronous=NORMAL in WAL mode loses no committed
        // transaction when the process is killed (only on OS crash / power loss, the last few).
        const mode = db.pragma('journal_mode = WAL', { simple: true });
        if (String(mode).toLowerCase() !== 'wal') this.log.warn({ path, mode }, 'SQLite WAL mode not available');
      }
      db.pragma('synchronous = NORMAL');
      db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 5000))}`);
      db.pragma('foreign_keys = ON');
      const applied = applyMigrations(db);
      if (applied.length) this.log.info({ path, applied }, 'SQLite schema migrated');
    } catch (e) {
      db.close();
      throw e;
    }
    this.db = db;
  }

  private conn(): Database.Database {
    if (!this.db) throw new StoreUnavailableError(`SQLite store ${this.path} is closed`);
    return this.db;
  }

  private stmt(sql: string): Database.Statement {
    let s = this.stmts.get(sql);
    if (!s) {
      s = this.conn().prepare(sql);
      this.stmts.set(sql, s);
    }
    return s;
  }

  /** Run a synchronous body, mapping database-level failures to StoreUnavailableError. */
  private run<T>(what: string, body: () => T): Promise<T> {
    try {
      return Promise.resolve(body());
    } catch (e) {
      return Promise.reject(toStoreError(e, what));
    }
  }

  /** Raw handle for maintenance and tests (integrity_check, EXPLAIN). Not part of Store. */
  get database(): Database.Database {
    return this.conn();
  }

  upsertMentions(batch: Mention[]): Promise<WriteResult> {
    return this.run('upsertMentions', () => {
      const db = this.conn();
      const res: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
      const select = this.stmt('SELECT content_hash, analysis, language FROM mentions WHERE id = ?');
      const insert = this.stmt(`INSERT INTO mentions (id, source_id, kind, url, canonical_url, title, text, author,
        language, published_at, fetched_at, sort_ms, sentiment, topics, analysis, meta, content_hash, updated_at)
        VALUES (@id, @source_id, @kind, @url, @canonical_url, @title, @text, @author, @language, @published_at,
        @fetched_at, @sort_ms, @sentiment, @topics, @analysis, @meta, @content_hash, @updated_at)`);
      const update = this.stmt(`UPDATE mentions SET source_id = @source_id, kind = @kind, url = @url,
        canonical_url = @canonical_url, title = @title, text = @text, author = @author, language = @language,
        published_at = @published_at, fetched_at = @fetched_at, sort_ms = @sort_ms, sentiment = @sentiment,
        topics = @topics, analysis = @analysis, meta = @meta, content_hash = @content_hash, updated_at = @updated_at
        WHERE id = @id`);
      const now = new Date().toISOString();
      // Each item is exactly one INSERT or UPDATE statement (triggers included), and SQLite rolls back
      // a failed statement on its own, so a bad item cannot leave half a row behind: no per-item
      // SAVEPOINT needed (they would also make FTS5 flush its pending index data once per item).
      const writeOne = (m: Mention): 'written' | 'updated' | 'duplicates' => {
        const old = select.get(m.id) as { content_hash: string; analysis: string | null; language: string | null } | undefined;
        if (old && m.analysis === undefined && old.analysis !== null) {
          // A re-crawl stored without analysis (`pantau crawl`) must not erase the analysis we have.
          m.analysis = JSON.parse(old.analysis);
          if (m.language === undefined && old.language !== null) m.language = old.language;
        }
        const row = mentionToRow(m, now);
        if (!old) {
          insert.run(row);
          return 'written';
        }
        if (old.content_hash === row.content_hash) return 'duplicates';
        update.run(row);
        return 'updated';
      };
      const all = db.transaction(() => {
        batch.forEach((item, i) => {
          try {
            res[writeOne(normalizeMention(item))]++;
          } catch (e) {
            if (e instanceof InvalidItem || isItemError(e)) {
              res.dropped.push({ id: itemLabel(item, i), reason: (e as Error).message });
            } else throw e;
          }
        });
      });
      all.immediate();
      if (res.dropped.length) this.log.debug({ dropped: res.dropped.length }, 'SQLite store dropped invalid mentions');
      return res;
    });
  }

  getMention(id: string): Promise<Mention | undefined> {
    return this.run('getMention', () => {
      const row = this.stmt(`SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.id = ?`).get(id) as
        | Record<string, unknown>
        | undefined;
      return row ? rowToMention(row) : undefined;
    });
  }

  existingIds(ids: string[]): Promise<Set<string>> {
    return this.run('existingIds', () => {
      const found = new Set<string>();
      const unique = [...new Set(ids.filter((x) => typeof x === 'string'))];
      for (let i = 0; i < unique.length; i += IN_CHUNK) {
        const chunk = unique.slice(i, i + IN_CHUNK);
        const sql = `SELECT id FROM mentions WHERE id IN (${chunk.map(() => '?').join(',')})`;
        // Only full-size chunks are worth caching; the tail has a one-off shape.
        const s = chunk.length === IN_CHUNK ? this.stmt(sql) : this.conn().prepare(sql);
        for (const r of s.pluck().all(...chunk) as string[]) found.add(r);
      }
      return found;
    });
  }

  search(q: MentionQuery): Promise<Page<Mention>> {
    return this.run('search', () => {
      const f = compileFilter(q);
      const { limit, offset } = pageBounds(q);
      const total = this.stmt(`SELECT count(*) FROM ${f.from} ${f.where}`).pluck().get(...f.params) as number;
      if (limit === 0 || offset >= total) return { items: [], total };
      // bm25: title counts 4x body; ties (and every row when there is no text) go newest first.
      const order = f.fullText
        ? 'bm25(mentions_fts, 4.0, 1.0), m.sort_ms DESC, m.seq DESC'
        : 'm.sort_ms DESC, m.seq DESC';
      const rows = this.stmt(`SELECT ${MENTION_COLUMNS} FROM ${f.from} ${f.where} ORDER BY ${order} LIMIT ? OFFSET ?`).all(
        ...f.params,
        limit,
        offset,
      ) as Record<string, unknown>[];
      return { items: rows.map(rowToMention), total };
    });
  }

  countBy(field: CountField, q: MentionQuery): Promise<Bucket[]> {
    return this.run('countBy', () => {
      const f = compileFilter(q);
      let sql: string;
      const params = [...f.params];
      switch (field) {
        case 'sourceId':
          sql = `SELECT m.source_id AS key, count(*) AS count FROM ${f.from} ${f.where} GROUP BY key ORDER BY count DESC, key`;
          break;
        case 'sentiment': {
          const where = f.where ? `${f.where} AND m.sentiment IS NOT NULL` : 'WHERE m.sentiment IS NOT NULL';
          sql = `SELECT m.sentiment AS key, count(*) AS count FROM ${f.from} ${where} GROUP BY key ORDER BY count DESC, key`;
          break;
        }
        case 'topic':
          sql = `SELECT tt.topic AS key, count(*) AS count FROM ${f.from} JOIN mention_topics tt ON tt.seq = m.seq ${f.where}
            GROUP BY key ORDER BY count DESC, key`;
          break;
        case 'day':
          // Calendar day in WIB (UTC+7, no DST), chronological.
          sql = `SELECT strftime('%Y-%m-%d', (m.sort_ms + ${WIB_OFFSET_MS}) / 1000, 'unixepoch') AS key, count(*) AS count
            FROM ${f.from} ${f.where} GROUP BY key ORDER BY key`;
          break;
        default:
          throw new InputError(`unknown countBy field "${String(field)}": expected sourceId, sentiment, topic or day`);
      }
      return this.stmt(sql).all(...params) as Bucket[];
    });
  }

  getFetchState(url: string): Promise<FetchState | undefined> {
    return this.run('getFetchState', () => {
      const r = this.stmt('SELECT url, etag, last_modified, status, fetched_at FROM fetch_state WHERE url = ?').get(url) as
        | { url: string; etag: string | null; last_modified: string | null; status: number | null; fetched_at: string }
        | undefined;
      if (!r) return undefined;
      const s: FetchState = { url: r.url, fetchedAt: r.fetched_at };
      if (r.etag !== null) s.etag = r.etag;
      if (r.last_modified !== null) s.lastModified = r.last_modified;
      if (r.status !== null) s.status = r.status;
      return s;
    });
  }

  putFetchState(state: FetchState): Promise<void> {
    return this.run('putFetchState', () => {
      this.stmt(`INSERT INTO fetch_state (url, etag, last_modified, status, fetched_at) VALUES (?, ?, ?, ?, ?)
        ON CONFLICT (url) DO UPDATE SET etag = excluded.etag, last_modified = excluded.last_modified,
        status = excluded.status, fetched_at = excluded.fetched_at`).run(
        state.url,
        state.etag ?? null,
        state.lastModified ?? null,
        state.status ?? null,
        state.fetchedAt,
      );
    });
  }

  getSourceState(sourceId: string): Promise<SourceState | undefined> {
    return this.run('getSourceState', () => {
      const r = this.stmt('SELECT * FROM source_state WHERE source_id = ?').get(sourceId) as Record<string, unknown> | undefined;
      return r ? rowToSourceState(r) : undefined;
    });
  }

  putSourceState(state: SourceState): Promise<void> {
    return this.run('putSourceState', () => {
      this.stmt(`INSERT INTO source_state (source_id, last_run_at, last_success_at, next_due_at, consecutive_failures,
          last_error, items_found, cursor)
        VALUES (@source_id, @last_run_at, @last_success_at, @next_due_at, @consecutive_failures, @last_error, @items_found, @cursor)
        ON CONFLICT (source_id) DO UPDATE SET last_run_at = excluded.last_run_at, last_success_at = excluded.last_success_at,
          next_due_at = excluded.next_due_at, consecutive_failures = excluded.consecutive_failures,
          last_error = excluded.last_error, items_found = excluded.items_found, cursor = excluded.cursor`).run({
        source_id: state.sourceId,
        last_run_at: state.lastRunAt ?? null,
        last_success_at: state.lastSuccessAt ?? null,
        next_due_at: state.nextDueAt ?? null,
        consecutive_failures: state.consecutiveFailures ?? 0,
        last_error: state.lastError ?? null,
        items_found: state.itemsFound ?? 0,
        cursor: state.cursor ?? null,
      });
    });
  }

  listSourceStates(): Promise<SourceState[]> {
    return this.run('listSourceStates', () =>
      (this.stmt('SELECT * FROM source_state ORDER BY source_id').all() as Record<string, unknown>[]).map(rowToSourceState),
    );
  }

  upsertDebunks(batch: Debunk[]): Promise<WriteResult> {
    return this.run('upsertDebunks', () => {
      const db = this.conn();
      const res: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
      const select = this.stmt('SELECT content_hash FROM debunks WHERE id = ?');
      const upsert = this.stmt(`INSERT INTO debunks (id, url, title, text, published_at, source_id, content_hash, updated_at)
        VALUES (@id, @url, @title, @text, @published_at, @source_id, @content_hash, @updated_at)
        ON CONFLICT (id) DO UPDATE SET url = excluded.url, title = excluded.title, text = excluded.text,
        published_at = excluded.published_at, source_id = excluded.source_id, content_hash = excluded.content_hash,
        updated_at = excluded.updated_at`);
      const now = new Date().toISOString();
      // One statement per item, atomic on its own (see upsertMentions).
      const writeOne = (d: Debunk): 'written' | 'updated' | 'duplicates' => {
        const old = select.pluck().get(d.id) as string | undefined;
        const row = debunkToRow(d);
        if (old === row.content_hash) return 'duplicates';
        upsert.run({ ...row, updated_at: now });
        return old === undefined ? 'written' : 'updated';
      };
      db.transaction(() => {
        batch.forEach((item, i) => {
          try {
            res[writeOne(normalizeDebunk(item))]++;
          } catch (e) {
            if (e instanceof InvalidItem || isItemError(e)) res.dropped.push({ id: itemLabel(item, i), reason: (e as Error).message });
            else throw e;
          }
        });
      }).immediate();
      return res;
    });
  }

  listDebunks(): Promise<Debunk[]> {
    return this.run('listDebunks', () =>
      (this.stmt('SELECT id, url, title, text, published_at, source_id FROM debunks ORDER BY id').all() as Record<string, unknown>[]).map(
        rowToDebunk,
      ),
    );
  }

  listItemFailures(sourceId: string): Promise<ItemFailure[]> {
    return this.run('listItemFailures', () =>
      (this.stmt('SELECT * FROM item_failures WHERE source_id = ? ORDER BY url').all(sourceId) as Record<string, unknown>[]).map(rowToItemFailure),
    );
  }

  putItemFailures(batch: ItemFailure[]): Promise<void> {
    return this.run('putItemFailures', () => {
      const put = this.stmt(`INSERT OR REPLACE INTO item_failures (source_id, url, retry_url, retry_data, attempts, next_retry_at,
        last_error, first_failed_at, last_failed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
      this.conn()
        .transaction(() => {
          for (const f of batch) {
            put.run(f.sourceId, f.url, f.retry.url, f.retry.data ?? null, f.attempts, f.nextRetryAt ?? null, f.lastError, f.firstFailedAt, f.lastFailedAt);
          }
        })
        .immediate();
    });
  }

  deleteItemFailures(sourceId: string, urls: string[]): Promise<void> {
    return this.run('deleteItemFailures', () => {
      const del = this.stmt('DELETE FROM item_failures WHERE source_id = ? AND url = ?');
      this.conn()
        .transaction(() => {
          for (const u of urls) del.run(sourceId, u);
        })
        .immediate();
    });
  }

  acquireLease(name: string, owner: string, expiresAt: number, now: number, takeOver?: string): Promise<Lease> {
    return this.run('acquireLease', () => {
      const get = this.stmt('SELECT name, owner, expires_ms FROM leases WHERE name = ?');
      const put = this.stmt('INSERT OR REPLACE INTO leases (name, owner, expires_ms) VALUES (?, ?, ?)');
      // IMMEDIATE: the read and the write happen under one write lock, so two processes cannot both
      // see the lease free and both take it.
      const take = this.conn().transaction(() => {
        const cur = get.get(name) as { name: string; owner: string; expires_ms: number } | undefined;
        if (!cur || cur.expires_ms <= now || cur.owner === owner || (takeOver !== undefined && cur.owner === takeOver)) {
          put.run(name, owner, Math.floor(expiresAt));
          return { name, owner, expiresAt: new Date(expiresAt).toISOString() };
        }
        return { name, owner: cur.owner, expiresAt: new Date(cur.expires_ms).toISOString() };
      });
      return take.immediate();
    });
  }

  releaseLease(name: string, owner: string): Promise<void> {
    return this.run('releaseLease', () => {
      this.stmt('DELETE FROM leases WHERE name = ? AND owner = ?').run(name, owner);
    });
  }

  /** Checkpoint the WAL into the main file (so it is self-contained) and close. Idempotent. */
  async close(): Promise<void> {
    const db = this.db;
    if (!db) return;
    this.db = null;
    this.stmts.clear();
    try {
      if (db.open && !db.memory) db.pragma('wal_checkpoint(TRUNCATE)');
    } catch (e) {
      // Another connection may be reading; the WAL is then checkpointed later. Not worth failing close.
      this.log.warn({ path: this.path, err: (e as Error).message }, 'SQLite checkpoint at close failed');
    } finally {
      db.close();
    }
  }
}

function rowToItemFailure(r: Record<string, unknown>): ItemFailure {
  const f: ItemFailure = {
    sourceId: r.source_id as string,
    url: r.url as string,
    retry: { url: r.retry_url as string },
    attempts: r.attempts as number,
    lastError: r.last_error as string,
    firstFailedAt: r.first_failed_at as string,
    lastFailedAt: r.last_failed_at as string,
  };
  if (r.retry_data != null) f.retry.data = r.retry_data as string;
  if (r.next_retry_at != null) f.nextRetryAt = r.next_retry_at as string;
  return f;
}

function rowToSourceState(r: Record<string, unknown>): SourceState {
  const s: SourceState = {
    sourceId: r.source_id as string,
    consecutiveFailures: r.consecutive_failures as number,
    itemsFound: r.items_found as number,
  };
  if (r.last_run_at != null) s.lastRunAt = r.last_run_at as string;
  if (r.last_success_at != null) s.lastSuccessAt = r.last_success_at as string;
  if (r.next_due_at != null) s.nextDueAt = r.next_due_at as string;
  if (r.last_error != null) s.lastError = r.last_error as string;
  if (r.cursor != null) s.cursor = r.cursor as string;
  return s;
}
