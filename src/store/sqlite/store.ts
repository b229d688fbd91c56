// The embedded default Store: one SQLite file (WAL), FTS5 for search, plain SQL for aggregations.
// better-sqlite3 is synchronous; methods are async only to satisfy the Store contract, so a call
// completes (and a write is committed) before its promise resolves.
import Database from 'better-sqlite3';
import { InputError, StoreUnavailableError } from '../../core/errors.js';
import { pageLimit } from '../../core/query.js';
import { DEFAULT_TIMEZONE, isValidTimeZone } from '../../core/time.js';
import type {
  AggregateRequest,
  AggregateResult,
  Bucket,
  ChangeOptions,
  ChangePage,
  CountField,
  Debunk,
  Fact,
  FactQuery,
  FetchState,
  IssueAssignment,
  IssueAssignResult,
  ItemFailure,
  Lease,
  Logger,
  Mention,
  MentionQuery,
  Page,
  ScanOptions,
  ScanPage,
  SourceState,
  Store,
  StoreFlags,
  WriteResult,
} from '../../core/types.js';
import { silentLogger } from '../../core/log.js';
import { aggregate, registerBucketFunction } from './aggregate.js';
import { backfillFacets, recordedOwnedSources, syncOwnedSources } from './backfill.js';
import { decodeChangeCursor, decodeScanCursor, encodeChangeCursor, encodeScanCursor } from './cursor.js';
import { isItemError, toStoreError } from './errors.js';
import { FacetIndexWriter, TextIndexWriter, facetTags } from './facet-index.js';
import { applyMigrations } from './migrations.js';
import * as alertTables from './alerts.js';
import * as webTables from './web.js';
import { correctMention, fieldValue, undoneAnalysis } from '../../core/corrections.js';
import { CorrectionLedger } from './corrections.js';
import * as issueTables from './issue-corrections.js';
import type { IssueCorrection, IssueCorrectionInput } from '../../core/issue-corrections.js';
import type { Correction, CorrectionInput, WebSession, WebUser } from '../../core/web.js';
import * as evalTables from './evaluation.js';
import type { Complaint, ComplaintQuery, ResponseKind, ResponseLink } from '../../core/evaluation.js';
import type {
  AlertCommit,
  AlertContribution,
  AlertCountQuery,
  AlertCountSum,
  AlertKeyState,
  AlertProgress,
  AlertRecord,
  OutboxEntry,
  OutboxOutcome,
  OutboxState,
} from '../../core/alerts.js';
import { factHash, factJson, factMatches, normalizeFact } from './facts.js';
import { andWhere, compileFilter, pageBounds, type FacetPlanner } from './query.js';
import {
  INSERT_MENTION_SQL,
  InvalidItem,
  MENTION_COLUMNS,
  UPDATE_MENTION_SQL,
  assignedFields,
  contentRow,
  debunkToRow,
  facetColumns,
  insertParams,
  isObject,
  itemLabel,
  normalizeDebunk,
  normalizeMention,
  rowToDebunk,
  rawRowToMention,
  rowToMention,
  MENTION_COLUMN_COUNT,
  updateParams,
} from './rows.js';

export interface SqliteStoreOptions {
  log?: Logger;
  /** ms to wait for another process's write lock before failing (default 5000). */
  busyTimeoutMs?: number;
  /** The office's IANA time zone (config `timezone`): day/hour buckets and zone-less query dates. */
  timezone?: string;
  /**
   * Ids of sources configured `owned: true` (their mentions get the owned facet). When given and
   * different from the set the stored facet was derived with, the facet is re-derived on open; when
   * absent, the recorded set is kept.
   */
  ownedSources?: readonly string[];
  /** Clock for storedAt and updated_at (epoch ms); default Date.now. */
  now?: () => number;
}

/**
 * The index writes that follow a row's INSERT or UPDATE. They cannot fail because of the item (the
 * row took the same values), so an item-level SQLite error here would mean half an item: it aborts
 * the batch (rolled back whole) instead of dropping the item.
 */
function afterRow(body: () => void): void {
  try {
    body();
  } catch (e) {
    if (isItemError(e)) throw new StoreUnavailableError(`SQLite store: an index write failed after its row: ${(e as Error).message}`, { cause: e });
    throw e;
  }
}

/** Chunk size for `IN (…)` lists, below SQLite's default host-parameter limit. */
const IN_CHUNK = 500;
/** The few lengths an `IN (…)` list is padded to, so each statement shape is prepared once. */
const IN_SIZES = [16, 64, 256, IN_CHUNK] as const;

/**
 * Placeholders and parameters for `IN (…)` of up to IN_CHUNK values, padded with NULLs (equal to
 * nothing) to the next of IN_SIZES: a batch of any size reuses one of four prepared statements.
 */
function inList(values: readonly string[]): { placeholders: string; params: (string | null)[] } {
  const size = IN_SIZES.find((n) => n >= values.length) ?? values.length;
  const params: (string | null)[] = values.slice();
  while (params.length < size) params.push(null);
  return { placeholders: params.map(() => '?').join(','), params };
}

export class SqliteStore implements Store {
  readonly name = 'sqlite' as const;
  readonly flags: StoreFlags = { fullText: true, aggregations: true };
  readonly path: string;
  private db: Database.Database | null;
  private readonly log: Logger;
  /** Prepared statements by SQL text: filters produce a handful of shapes, each prepared once. */
  private readonly stmts = new Map<string, Database.Statement>();
  /** The corrections ledger (also the Elasticsearch store's, in its state file). Not part of Store. */
  readonly corrections = new CorrectionLedger((sql) => this.stmt(sql));
  private readonly zone: string;
  private readonly now: () => number;
  private ownedSources: ReadonlySet<string> = new Set();

  /**
   * Open (creating if needed) and migrate. Throws raw SQLite/fs errors; createStore() wraps them
   * into StoreUnavailableError with the path.
   */
  constructor(path: string, opts: SqliteStoreOptions = {}) {
    this.path = path;
    this.log = opts.log ?? silentLogger;
    this.zone = opts.timezone ?? DEFAULT_TIMEZONE;
    this.now = opts.now ?? Date.now;
    if (!isValidTimeZone(this.zone)) throw new InputError(`timezone: not an IANA time zone: "${this.zone}"`);
    const db = new Database(path);
    try {
      if (path !== ':memory:' && path !== '') {
        // 8 KiB pages for a new file (a no-op for an existing one, whose page size stays): a stored
        // mention is ~3 KB of row and index, and half as many pages per batch means half as many
        // WAL frames and checkpoint writes (measured: ~15% less CPU at commit). Only possible
        // before the file leaves rollback mode, so before journal_mode below.
        db.pragma('page_size = 8192');
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
      registerBucketFunction(db);
      // Per connection, not in the schema: how many mentions carry a facet token (query planning).
      db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.mention_facet_vocab USING fts5vocab(main, 'mention_facet_index', 'row')");
      if (opts.ownedSources) syncOwnedSources(db, opts.ownedSources, this.log);
      this.ownedSources = new Set(recordedOwnedSources(db));
      backfillFacets(db, this.ownedSources, this.log);
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

  /** Documents per facet token, for planning; cleared by every write (a plan needs no exact count). */
  private readonly tokenDocs = new Map<string, number>();

  /**
   * Index or row checks for the facet filters of a query (see FacetPlanner): with a time bound,
   * whichever side has fewer mentions drives. The period is counted only up to the facet's count,
   * so planning costs at most what the cheaper plan reads anyway.
   */
  private readonly planFacets: FacetPlanner = (groups, b) => {
    const col = b.sortLo !== undefined || b.sortHi !== undefined ? 'sort_ms' : b.storedLo !== undefined || b.storedHi !== undefined ? 'stored_ms' : null;
    if (!col) return 'index';
    const docs = (token: string): number => {
      let n = this.tokenDocs.get(token);
      if (n === undefined) {
        n = (this.stmt('SELECT doc FROM temp.mention_facet_vocab WHERE term = ?').pluck().get(token) as number | undefined) ?? 0;
        if (this.tokenDocs.size > 10_000) this.tokenDocs.clear();
        this.tokenDocs.set(token, n);
      }
      return n;
    };
    const facetDocs = Math.min(...groups.map((g) => g.tokens.reduce((sum, t) => sum + docs(t), 0)));
    const lo = col === 'sort_ms' ? b.sortLo : b.storedLo;
    const hi = col === 'sort_ms' ? b.sortHi : b.storedHi;
    const period = this.stmt(
      `SELECT count(*) FROM (SELECT 1 FROM mentions WHERE ${col} >= ? AND ${col} < ? LIMIT ?)`,
    ).pluck().get(lo ?? Number.MIN_SAFE_INTEGER, hi ?? Number.MAX_SAFE_INTEGER, facetDocs + 1) as number;
    return period > facetDocs ? 'index' : 'row';
  };

  /** Raw handle for maintenance and tests (integrity_check, EXPLAIN). Not part of Store. */
  get database(): Database.Database {
    return this.conn();
  }

  upsertMentions(batch: Mention[]): Promise<WriteResult> {
    return this.run('upsertMentions', () => this.writeMentions(batch, false));
  }

  /**
   * A migration's write (`pantau migrate --to sqlite`): the analysis each mention carries is the one
   * stored in the other backend, corrections already applied — not a re-analysis — so the corrections
   * are applied over it and their machine values stay. Not part of Store.
   */
  copyMentions(batch: Mention[]): Promise<WriteResult> {
    return this.run('copyMentions', () => this.writeMentions(batch, true));
  }

  /**
   * The write path of upsertMentions. Every mention written gets its active human corrections
   * applied over its analysis; when the item brings an analysis of its own (a re-analysis) that
   * analysis is first remembered as the corrections' machine value, which undo restores.
   * `internal`: a rewrite by addCorrections/undoCorrection (the analysis is the stored one).
   */
  private writeMentions(batch: readonly unknown[], internal: boolean): WriteResult {
    {
      const db = this.conn();
      const res: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
      // The batch's stored rows, read in one query inside the transaction and kept current as the
      // batch writes (an id twice in one batch sees its first copy), instead of a SELECT per item.
      const known = new Map<string, [seq: number, hash: string, analyzed: number]>();
      const storedAnalysis = this.stmt('SELECT analysis, language FROM mentions WHERE seq = ?').raw();
      const indexed = this.stmt('SELECT title, text, facets FROM mentions WHERE seq = ?').raw();
      const index = new FacetIndexWriter((sql) => this.stmt(sql));
      const text = new TextIndexWriter((sql) => this.stmt(sql));
      const insert = this.stmt(INSERT_MENTION_SQL);
      const update = this.stmt(UPDATE_MENTION_SQL);
      const maxChange = this.stmt('SELECT coalesce(max(change_seq), 0) FROM mentions').pluck();
      const nowMs = this.now();
      const now = new Date(nowMs).toISOString();
      const owned = { ownedSources: this.ownedSources };
      let change = 0;
      // An item is one INSERT or UPDATE of its row, which SQLite rolls back on its own when it fails,
      // and then the writes of its index entries. Only the row's statement can fail because of the
      // item (its values were accepted by then); a failure after it aborts the whole batch (see
      // afterRow), so a dropped item never leaves half a row behind. No per-item SAVEPOINT: FTS5
      // would write its pending index data out at each one (see migration 6).
      const writeOne = (item: unknown): 'written' | 'updated' | 'duplicates' => {
        const m = normalizeMention(item);
        const assigned = assignedFields(item);
        const old = known.get(m.id);
        if (old && m.analysis === undefined && old[2]) {
          // A re-crawl stored without analysis (`pantau crawl`) must not erase the analysis we have.
          const [analysis, language] = storedAnalysis.get(old[0]) as [string, string | null];
          m.analysis = JSON.parse(analysis);
          if (m.language === undefined && language !== null) m.language = language;
        }
        if (anyCorrections) {
          const fresh = !internal && (item as { analysis?: unknown }).analysis !== undefined;
          const c = correctMention(m, this.corrections.active(m.id), fresh);
          for (const [field, machine] of c.machine) this.corrections.setMachine(m.id, field, machine);
          m.analysis = c.mention.analysis;
        }
        const content = contentRow(m, now);
        if (old && old[1] === content.content_hash) return 'duplicates';
        const facets = facetColumns(m, owned);
        if (!old) {
          const seq = insert.run(insertParams(content, facets, ++change, assigned.storedMs ?? nowMs, assigned.issueId ?? null)).lastInsertRowid;
          known.set(m.id, [Number(seq), content.content_hash, content.analysis === null ? 0 : 1]);
          afterRow(() => {
            text.insert(seq, content.title, content.text);
            index.insert(seq, facetTags(facets.derived));
          });
          return 'written';
        }
        const [title, body, facetsJson] = indexed.get(old[0]) as [string, string, string | null];
        update.run(updateParams(content, facets, ++change));
        known.set(m.id, [old[0], content.content_hash, content.analysis === null ? 0 : 1]);
        afterRow(() => {
          if (title !== content.title || body !== content.text) text.replace(old[0], title, body, content.title, content.text);
          if (facetsJson !== facets.facets) index.replace(old[0], facetTags(facets.derived));
        });
        return 'updated';
      };
      this.tokenDocs.clear();
      let anyCorrections = false;
      const all = db.transaction(() => {
        // Inside the write lock: no other process can take the same change numbers.
        change = maxChange.get() as number;
        anyCorrections = this.corrections.any();
        const ids = [...new Set(batch.flatMap((item) => (isObject(item) && typeof item.id === 'string' ? [item.id] : [])))];
        for (let i = 0; i < ids.length; i += IN_CHUNK) {
          const { placeholders, params } = inList(ids.slice(i, i + IN_CHUNK));
          const rows = this.stmt(`SELECT id, seq, content_hash, analysis IS NOT NULL FROM mentions WHERE id IN (${placeholders})`).raw().all(...params);
          for (const [id, seq, hash, analyzed] of rows as [string, number, string, number][]) known.set(id, [seq, hash, analyzed]);
        }
        batch.forEach((item, i) => {
          try {
            res[writeOne(item)]++;
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
    }
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
        const { placeholders, params } = inList(unique.slice(i, i + IN_CHUNK));
        for (const r of this.stmt(`SELECT id FROM mentions WHERE id IN (${placeholders})`).pluck().all(...params) as string[]) found.add(r);
      }
      return found;
    });
  }

  search(q: MentionQuery): Promise<Page<Mention>> {
    return this.run('search', () => {
      const f = compileFilter(q, this.zone, this.planFacets);
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
    const by = { sourceId: 'source', sentiment: 'sentiment', topic: 'topic' } as const;
    return this.run('countBy', () => {
      if (field === 'day') {
        const r = aggregate((sql) => this.stmt(sql), { filter: q, interval: 'day' }, this.zone, this.planFacets);
        return r.buckets.map((b) => ({ key: b.key, count: b.count }));
      }
      if (!(field in by)) throw new InputError(`unknown countBy field "${String(field)}": expected sourceId, sentiment, topic or day`);
      const r = aggregate((sql) => this.stmt(sql), { filter: q, by: [by[field as keyof typeof by]], size: 10_000 }, this.zone, this.planFacets);
      return r.buckets.map((b) => ({ key: b.key, count: b.count }));
    });
  }

  aggregate(req: AggregateRequest): Promise<AggregateResult> {
    return this.run('aggregate', () => this.conn().transaction(() => aggregate((sql) => this.stmt(sql), req, this.zone, this.planFacets))());
  }

  scan(q: MentionQuery, opts: ScanOptions = {}): Promise<ScanPage> {
    return this.run('scan', () => {
      const order = opts.order ?? 'asc';
      if (order !== 'asc' && order !== 'desc') throw new InputError(`scan: order: expected asc or desc, got "${String(order)}"`);
      const limit = pageLimit(opts.limit);
      const f = compileFilter(q, this.zone, this.planFacets);
      const params = [...f.params];
      let where = f.where;
      if (opts.cursor !== undefined) {
        const at = decodeScanCursor(opts.cursor, order);
        // Row values use the (sort_ms, seq) index as one key: resuming costs one seek.
        where = andWhere(where, order === 'asc' ? '(m.sort_ms, m.seq) > (?, ?)' : '(m.sort_ms, m.seq) < (?, ?)');
        params.push(at.sortMs, at.seq);
      }
      const dir = order === 'asc' ? 'ASC' : 'DESC';
      // Raw rows (arrays in column order): a period's scan reads tens of thousands.
      const rows = this.stmt(
        `SELECT ${MENTION_COLUMNS}, m.sort_ms AS _sort, m.seq AS _seq FROM ${f.from} ${where} ORDER BY m.sort_ms ${dir}, m.seq ${dir} LIMIT ?`,
      )
        .raw(true)
        .all(...params, limit + 1) as unknown[][];
      const more = rows.length > limit;
      const n = more ? limit : rows.length;
      const items: Mention[] = new Array<Mention>(n);
      for (let i = 0; i < n; i++) items[i] = rawRowToMention(rows[i]!);
      const last = n > 0 ? rows[n - 1]! : undefined;
      return {
        items,
        cursor: more && last ? encodeScanCursor({ order, sortMs: last[MENTION_COLUMN_COUNT] as number, seq: last[MENTION_COLUMN_COUNT + 1] as number }) : null,
      };
    });
  }

  changes(opts: ChangeOptions = {}): Promise<ChangePage> {
    return this.run('changes', () => {
      const since = opts.cursor === undefined ? 0 : decodeChangeCursor(opts.cursor);
      const limit = pageLimit(opts.limit);
      const f = compileFilter(opts.filter ?? {}, this.zone, this.planFacets);
      // One read transaction: the upper bound and the rows come from the same snapshot, so a change
      // committed in between is neither skipped nor half-seen.
      return this.conn().transaction(() => {
        const high = this.stmt('SELECT coalesce(max(change_seq), 0) FROM mentions').pluck().get() as number;
        const rows = this.stmt(
          `SELECT ${MENTION_COLUMNS}, m.change_seq AS _change FROM ${f.from} ${andWhere(f.where, 'm.change_seq > ?', 'm.change_seq <= ?')}
           ORDER BY m.change_seq LIMIT ?`,
        ).all(...f.params, since, high, limit + 1) as Record<string, unknown>[];
        const more = rows.length > limit;
        const page = more ? rows.slice(0, limit) : rows;
        const upTo = more ? (page[page.length - 1]!._change as number) : Math.max(high, since);
        return { items: page.map(rowToMention), cursor: encodeChangeCursor(upTo), more };
      })();
    });
  }

  changeCursor(): Promise<string> {
    return this.run('changeCursor', () =>
      encodeChangeCursor(this.stmt('SELECT coalesce(max(change_seq), 0) FROM mentions').pluck().get() as number),
    );
  }

  changeToken(): Promise<string> {
    return this.run('changeToken', () => {
      const seq = this.stmt('SELECT coalesce(max(change_seq), 0) FROM mentions').pluck().get() as number;
      const n = this.stmt('SELECT n FROM store_changes WHERE id = 1').pluck().get() as number;
      return `${seq}.${n}`;
    });
  }

  setIssueIds(assignments: readonly IssueAssignment[]): Promise<IssueAssignResult> {
    return this.run('setIssueIds', () => {
      if (!Array.isArray(assignments)) throw new InputError('setIssueIds: expected an array of {mentionId, issueId}');
      for (const a of assignments) {
        if (!a || typeof a.mentionId !== 'string' || !a.mentionId) throw new InputError('setIssueIds: every assignment needs a mentionId');
        if (a.issueId !== null && (typeof a.issueId !== 'string' || a.issueId === '')) {
          throw new InputError(`setIssueIds: issueId of ${a.mentionId}: expected a non-empty string or null`);
        }
      }
      const res: IssueAssignResult = { updated: 0, unchanged: 0, missing: [] };
      // One statement per assignment that changes something (what a map writes): the update is
      // conditional on the id being different, and only when it changed nothing is the row looked
      // up to tell "unchanged" from "missing".
      const exists = this.stmt('SELECT 1 FROM mentions WHERE id = ?').pluck();
      const update = this.stmt('UPDATE mentions SET issue_id = ?, change_seq = ? WHERE id = ? AND issue_id IS NOT ?');
      const maxChange = this.stmt('SELECT coalesce(max(change_seq), 0) FROM mentions').pluck();
      this.conn()
        .transaction(() => {
          let change = maxChange.get() as number;
          for (const a of assignments) {
            if (update.run(a.issueId, change + 1, a.mentionId, a.issueId).changes > 0) {
              change++;
              res.updated++;
            } else if (exists.get(a.mentionId) === undefined) res.missing.push(a.mentionId);
            else res.unchanged++;
          }
        })
        .immediate();
      return res;
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

  upsertFacts(batch: Fact[]): Promise<WriteResult> {
    return this.run('upsertFacts', () => {
      const db = this.conn();
      const res: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
      const select = this.stmt('SELECT content_hash FROM facts WHERE id = ?');
      const upsert = this.stmt(`INSERT INTO facts (id, data, content_hash, updated_at) VALUES (@id, @data, @content_hash, @updated_at)
        ON CONFLICT (id) DO UPDATE SET data = excluded.data, content_hash = excluded.content_hash, updated_at = excluded.updated_at`);
      const now = new Date(this.now()).toISOString();
      db.transaction(() => {
        batch.forEach((item, i) => {
          try {
            const f = normalizeFact(item);
            const data = factJson(f);
            const hash = factHash(data);
            const old = select.pluck().get(f.id) as string | undefined;
            if (old === hash) res.duplicates++;
            else {
              upsert.run({ id: f.id, data, content_hash: hash, updated_at: now });
              res[old === undefined ? 'written' : 'updated']++;
            }
          } catch (e) {
            if (e instanceof InvalidItem || isItemError(e)) res.dropped.push({ id: itemLabel(item, i), reason: (e as Error).message });
            else throw e;
          }
        });
      }).immediate();
      return res;
    });
  }

  listFacts(q: FactQuery = {}): Promise<Fact[]> {
    return this.run('listFacts', () =>
      (this.stmt('SELECT data FROM facts ORDER BY id').pluck().all() as string[]).map((d) => JSON.parse(d) as Fact).filter((f) => factMatches(f, q)),
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
  // ---- alerts (src/store/sqlite/alerts.ts) ----
  private readonly alertStmt = (sql: string): Database.Statement => this.stmt(sql);

  getAlertProgress(): Promise<AlertProgress> {
    return this.run('getAlertProgress', () => alertTables.getProgress(this.alertStmt));
  }

  getAlertContributions(mentionIds: readonly string[]): Promise<AlertContribution[]> {
    return this.run('getAlertContributions', () => alertTables.getContributions(this.alertStmt, mentionIds));
  }

  recentAlertContributions(fromSlot: number, opts: { hoaxKey?: string } = {}): Promise<AlertContribution[]> {
    return this.run('recentAlertContributions', () => alertTables.recentContributions(this.alertStmt, fromSlot, opts.hoaxKey));
  }

  sumAlertCounts(queries: readonly AlertCountQuery[]): Promise<AlertCountSum[]> {
    return this.run('sumAlertCounts', () => alertTables.sumCounts(this.alertStmt, queries));
  }

  listDirtyAlertKeys(): Promise<string[]> {
    return this.run('listDirtyAlertKeys', () => alertTables.dirtyKeys(this.alertStmt));
  }

  countAlertSpread(keys: readonly string[], sinceMs: number): Promise<Map<string, number>> {
    return this.run('countAlertSpread', () => alertTables.countSpread(this.alertStmt, keys, sinceMs));
  }

  listAlertKeyStates(opts: { keys?: readonly string[]; active?: boolean }): Promise<AlertKeyState[]> {
    return this.run('listAlertKeyStates', () => alertTables.keyStates(this.alertStmt, opts.keys, opts.active === true));
  }

  commitAlerts(commit: AlertCommit): Promise<boolean> {
    return this.run('commitAlerts', () => this.conn().transaction(() => alertTables.commit(this.alertStmt, commit)).immediate());
  }

  getAlert(id: string): Promise<AlertRecord | undefined> {
    return this.run('getAlert', () => alertTables.getAlert(this.alertStmt, id));
  }

  listAlerts(opts: { limit?: number; open?: boolean; since?: string; deferred?: boolean } = {}): Promise<AlertRecord[]> {
    return this.run('listAlerts', () => alertTables.listAlerts(this.alertStmt, opts));
  }

  dueOutbox(nowMs: number, limit: number): Promise<OutboxEntry[]> {
    return this.run('dueOutbox', () => alertTables.dueOutbox(this.alertStmt, nowMs, limit));
  }

  finishOutbox(id: string, outcome: OutboxOutcome): Promise<void> {
    return this.run('finishOutbox', () => alertTables.finishOutbox(this.alertStmt, id, outcome));
  }

  listOutbox(opts: { alertId?: string; state?: OutboxState } = {}): Promise<OutboxEntry[]> {
    return this.run('listOutbox', () => alertTables.listOutbox(this.alertStmt, opts));
  }

  // ---- dashboard accounts, sessions, corrections (migration 7) ----

  putUser(user: WebUser): Promise<void> {
    return this.run('putUser', () => webTables.putUser((sql) => this.stmt(sql), user));
  }

  getUser(username: string): Promise<WebUser | undefined> {
    return this.run('getUser', () => {
      const r = this.stmt('SELECT * FROM web_users WHERE username = ?').get(username) as Record<string, unknown> | undefined;
      return r ? webTables.rowToUser(r) : undefined;
    });
  }

  listUsers(): Promise<WebUser[]> {
    return this.run('listUsers', () => (this.stmt('SELECT * FROM web_users ORDER BY username').all() as Record<string, unknown>[]).map(webTables.rowToUser));
  }

  removeUser(username: string): Promise<boolean> {
    return this.run('removeUser', () =>
      this.conn().transaction(() => {
        this.stmt('DELETE FROM web_sessions WHERE username = ?').run(username);
        return this.stmt('DELETE FROM web_users WHERE username = ?').run(username).changes > 0;
      })(),
    );
  }

  putSession(session: WebSession): Promise<void> {
    return this.run('putSession', () => {
      this.stmt('INSERT OR REPLACE INTO web_sessions (id, username, csrf, created_at, expires_at) VALUES (?, ?, ?, ?, ?)').run(
        session.id,
        session.username,
        session.csrf,
        session.createdAt,
        session.expiresAt,
      );
    });
  }

  getSession(id: string): Promise<WebSession | undefined> {
    return this.run('getSession', () => {
      const r = this.stmt('SELECT * FROM web_sessions WHERE id = ?').get(id) as Record<string, unknown> | undefined;
      return r ? webTables.rowToSession(r) : undefined;
    });
  }

  deleteSession(id: string): Promise<void> {
    return this.run('deleteSession', () => void this.stmt('DELETE FROM web_sessions WHERE id = ?').run(id));
  }

  deleteSessions(opts: { username?: string; expiredBefore?: string }): Promise<number> {
    return this.run('deleteSessions', () => {
      let n = 0;
      if (opts.username !== undefined) n += this.stmt('DELETE FROM web_sessions WHERE username = ?').run(opts.username).changes;
      if (opts.expiredBefore !== undefined) n += this.stmt('DELETE FROM web_sessions WHERE expires_at < ?').run(opts.expiredBefore).changes;
      return n;
    });
  }

  addCorrections(batch: readonly CorrectionInput[]): Promise<{ corrections: Correction[]; missing: string[] }> {
    return this.run('addCorrections', () =>
      this.conn()
        .transaction(() => {
          const out: Correction[] = [];
          const missing: string[] = [];
          const touched = new Map<string, Mention>();
          for (const c of batch) {
            const row = this.stmt(`SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.id = ?`).get(c.mentionId) as Record<string, unknown> | undefined;
            if (!row) {
              missing.push(c.mentionId);
              continue;
            }
            const m = touched.get(c.mentionId) ?? rowToMention(row);
            out.push(this.corrections.insert(c, this.corrections.machineFor(c.mentionId, c.correction.field, () => fieldValue(m.analysis, c.correction.field))));
            touched.set(c.mentionId, m);
          }
          if (touched.size) this.writeMentions([...touched.values()], true);
          return { corrections: out, missing };
        })
        .immediate(),
    );
  }

  undoCorrection(id: number, by: string, at: string): Promise<Correction | undefined> {
    return this.run('undoCorrection', () =>
      this.conn()
        .transaction(() => {
          const c = this.corrections.markUndone(id, by, at);
          if (!c || c.undoneAt) return c;
          const row = this.stmt(`SELECT ${MENTION_COLUMNS} FROM mentions m WHERE m.id = ?`).get(c.mentionId) as Record<string, unknown> | undefined;
          if (row) {
            const m = rowToMention(row);
            m.analysis = undoneAnalysis(m.analysis, c, this.corrections.active(c.mentionId));
            this.writeMentions([m], true);
          }
          return { ...c, undoneAt: at, undoneBy: by };
        })
        .immediate(),
    );
  }

  listCorrections(opts: { mentionId?: string; active?: boolean; limit?: number } = {}): Promise<Correction[]> {
    return this.run('listCorrections', () => this.corrections.list(opts));
  }

  // ---- issue corrections: merges and splits (src/store/sqlite/issue-corrections.ts) ----
  addIssueCorrection(input: IssueCorrectionInput): Promise<IssueCorrection> {
    return this.run('addIssueCorrection', () => issueTables.addIssueCorrection((sql) => this.stmt(sql), input));
  }

  undoIssueCorrection(id: number, by: string, at: string): Promise<IssueCorrection | undefined> {
    return this.run('undoIssueCorrection', () => this.conn().transaction(() => issueTables.undoIssueCorrection((sql) => this.stmt(sql), id, by, at)).immediate());
  }

  listIssueCorrections(opts: { active?: boolean; limit?: number } = {}): Promise<IssueCorrection[]> {
    return this.run('listIssueCorrections', () => issueTables.listIssueCorrections((sql) => this.stmt(sql), opts));
  }

  // ---- evaluation: complaints and response links (src/store/sqlite/evaluation.ts) ----
  private isoNow(): string {
    return new Date(this.now()).toISOString();
  }

  upsertComplaints(batch: Complaint[]): Promise<WriteResult> {
    return this.run('upsertComplaints', () => evalTables.upsertComplaints(this.conn(), this.alertStmt, batch, this.isoNow()));
  }

  getComplaint(id: string): Promise<Complaint | undefined> {
    return this.run('getComplaint', () => evalTables.getComplaint(this.alertStmt, id));
  }

  listComplaints(q: ComplaintQuery = {}): Promise<Complaint[]> {
    return this.run('listComplaints', () => evalTables.listComplaints(this.alertStmt, q));
  }

  setComplaintOpd(id: string, opd: string): Promise<boolean> {
    return this.run('setComplaintOpd', () => this.conn().transaction(() => evalTables.setComplaintOpd(this.alertStmt, id, opd, this.isoNow())).immediate());
  }

  putResponseLinks(links: ResponseLink[]): Promise<WriteResult> {
    return this.run('putResponseLinks', () => evalTables.putResponseLinks(this.conn(), this.alertStmt, links));
  }

  listResponseLinks(q: { issueId?: string; from?: string; to?: string } = {}): Promise<ResponseLink[]> {
    return this.run('listResponseLinks', () => evalTables.listResponseLinks(this.alertStmt, q));
  }

  deleteResponseLink(issueId: string, kind: ResponseKind, itemId: string): Promise<boolean> {
    return this.run('deleteResponseLink', () => evalTables.deleteResponseLink(this.alertStmt, issueId, kind, itemId));
  }

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
