// Mentions and debunks in Elasticsearch: the part of the Store that lives in the cluster. Every
// request goes through the client's typed API. Writes report, per item, what happened; items the
// cluster could not take are returned as `unstored` (the composite store keeps them in its local
// outbox) — they are never counted as written and never dropped.
import type { Client, estypes } from '@elastic/elasticsearch';
import { InputError } from '../../core/errors.js';
import { pageLimit } from '../../core/query.js';
import type {
  AggregateRequest,
  AggregateResult,
  Bucket,
  ChangeOptions,
  ChangePage,
  CountField,
  Debunk,
  IssueAssignment,
  IssueAssignResult,
  Logger,
  Mention,
  MentionQuery,
  Page,
  ScanOptions,
  ScanPage,
  WriteResult,
} from '../../core/types.js';
import { InvalidItem, itemLabel, normalizeDebunk } from '../sqlite/rows.js';
import { aggregateRequest, aggregateResult } from './aggregate.js';
import { sendWithBackoff, type BackoffOptions, type BulkOp } from './bulk.js';
import { decodeChangeCursor, decodeScanCursor, encodeChangeCursor, encodeScanCursor, idKey, type SeenVersion } from './cursor.js';
import { debunkToDoc, docJson, docToDebunk, fromDoc, monthOf, prepareMention, type DebunkDoc, type MentionDoc, type PreparedMention } from './doc.js';
import { toStoreError } from './errors.js';
import { IndexManager, monthAlias, type IndexNames } from './indices.js';
import { compileQuery, pageBounds } from './query.js';

export interface EsMentionsOptions {
  client: Client;
  /** The cluster's URL, for messages. */
  node: string;
  names: IndexNames;
  timezone: string;
  ownedSources: ReadonlySet<string>;
  now: () => number;
  log: Logger;
  replicas: number;
  retentionDays?: number;
  /** Writes wait until they are searchable (refresh=wait_for); a bulk migration turns it off. */
  refresh: boolean;
  /** How far the change feed trails the clock to catch writes that become visible late (ms). */
  changeLagMs: number;
  backoff: BackoffOptions;
}

export interface MentionWrite {
  result: WriteResult;
  /** Valid mentions the cluster did not take (unreachable, overloaded): kept by the caller. */
  unstored: Mention[];
  /** Why they were not stored. */
  error?: string;
}

export interface RewriteResult {
  rewritten: number;
  /** Documents that already had the changed content. */
  unchanged: number;
  /** Ids without a document in the cluster. */
  missing: string[];
  /** Documents the cluster refused (their own fault), with the reason. */
  dropped: { id: string; reason: string }[];
  /** Ids not rewritten because the cluster could not take it now (the caller keeps them queued). */
  unstored: string[];
  error?: string;
}

export interface DebunkWrite {
  result: WriteResult;
  unstored: Debunk[];
  error?: string;
}

interface Head {
  index: string;
  seqNo: number;
  primaryTerm: number;
  doc: Partial<MentionDoc>;
}

/** Most hits one search returns (index.max_result_window). */
const MAX_WINDOW = 10_000;
const ID_CHUNK = 1_000;
/** At most this many document versions are remembered inside a change cursor's lag. */
const MAX_SEEN = 5_000;

type Hit<T> = estypes.SearchHit<T>;

export class EsMentions {
  readonly indices: IndexManager;
  private readonly client: Client;
  private readonly names: IndexNames;

  constructor(private readonly o: EsMentionsOptions) {
    this.client = o.client;
    this.names = o.names;
    this.indices = new IndexManager(o.client, o.names, { replicas: o.replicas, retentionDays: o.retentionDays, log: o.log });
  }

  private fail(err: unknown, what: string): never {
    throw toStoreError(err, what, this.o.node);
  }

  /** A search over every month; a cluster without any mention index yet answers with no hits. */
  private async searchMentions<T = MentionDoc>(req: Omit<estypes.SearchRequest, 'index'>, what: string): Promise<estypes.SearchResponse<T>> {
    try {
      return await this.client.search<T>({ index: this.names.readAlias, ignore_unavailable: true, allow_no_indices: true, ...req });
    } catch (e) {
      return this.fail(e, what);
    }
  }

  /** The stored heads (index, version, the fields a write keeps) of these ids. */
  private async heads(ids: readonly string[], fields: string[]): Promise<Map<string, Head>> {
    const out = new Map<string, Head>();
    const unique = [...new Set(ids)];
    for (let i = 0; i < unique.length; i += ID_CHUNK) {
      const chunk = unique.slice(i, i + ID_CHUNK);
      const res = await this.searchMentions<Partial<MentionDoc>>(
        { query: { ids: { values: chunk } }, size: chunk.length, _source: fields.length ? { includes: fields } : false, seq_no_primary_term: true, track_total_hits: false },
        'look up mentions by id',
      );
      for (const h of res.hits.hits) {
        if (h._id === undefined) continue;
        out.set(h._id, { index: h._index, seqNo: h._seq_no ?? 0, primaryTerm: h._primary_term ?? 1, doc: h._source ?? {} });
      }
    }
    return out;
  }

  // --- writes ---------------------------------------------------------------------------------

  /**
   * `bare`: what a mention written without an analysis becomes when nothing stored gives it one
   * (the store applies the mention's corrections there, as SQLite does).
   */
  async writeMentions(batch: readonly unknown[], bare?: (m: Mention) => Mention): Promise<MentionWrite> {
    const result: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
    const valid: { p: PreparedMention; label: string }[] = [];
    batch.forEach((item, i) => {
      try {
        valid.push({ p: prepareMention(item), label: itemLabel(item, i) });
      } catch (e) {
        if (e instanceof InvalidItem) result.dropped.push({ id: itemLabel(item, i), reason: e.message });
        else throw e;
      }
    });
    if (!valid.length) return { result, unstored: [] };
    const unstored = new Map<string, Mention>();
    let error: string | undefined;
    let todo = valid.map((v) => v.p);
    // A version conflict (someone changed the document between our look-up and our write) is
    // resolved by looking it up again; three rounds settle any realistic race.
    for (let round = 0; todo.length && round < 3; round++) {
      const conflicts = await this.writeRound(todo, result, unstored, (e) => (error = e), bare);
      todo = conflicts;
    }
    for (const p of todo) unstored.set(p.mention.id, p.mention);
    if (unstored.size && !error) error = 'concurrent updates kept conflicting';
    return { result, unstored: [...unstored.values()], ...(error ? { error } : {}) };
  }

  /** One look-up + bulk round; returns the mentions to try again after a version conflict. */
  private async writeRound(
    items: PreparedMention[],
    result: WriteResult,
    unstored: Map<string, Mention>,
    onError: (reason: string) => void,
    bare?: (m: Mention) => Mention,
  ): Promise<PreparedMention[]> {
    const withoutAnalysis = items.some((p) => p.mention.analysis === undefined);
    let heads: Map<string, Head>;
    try {
      await this.indices.ensureSetup();
      heads = await this.heads(
        items.map((p) => p.mention.id),
        ['content_hash', 'stored_at', 'issue', ...(withoutAnalysis ? ['analysis', 'mention_language'] : [])],
      );
    } catch (e) {
      onError((e as Error).message);
      for (const p of items) unstored.set(p.mention.id, p.mention);
      return [];
    }
    const nowMs = this.o.now();
    // Replay the batch item by item against what is stored, as SQLite does in its transaction: the
    // same id twice in one batch is written once, with its last content and every count right.
    interface Plan {
      head?: Head;
      hash?: string;
      storedMs: number;
      issueId: string | null;
      last?: PreparedMention;
      counts: { written: number; updated: number; duplicates: number };
      items: PreparedMention[];
    }
    const plans = new Map<string, Plan>();
    for (let p of items) {
      const id = p.mention.id;
      let plan = plans.get(id);
      if (!plan) {
        const head = heads.get(id);
        plan = {
          head,
          hash: head?.doc.content_hash,
          storedMs: typeof head?.doc.stored_at === 'number' ? head.doc.stored_at : nowMs,
          issueId: typeof head?.doc.issue === 'string' ? head.doc.issue : null,
          counts: { written: 0, updated: 0, duplicates: 0 },
          items: [],
        };
        plans.set(id, plan);
      }
      plan.items.push(p);
      const stored = plan.head !== undefined || plan.last !== undefined;
      const kept = plan.last?.mention ?? (plan.head?.doc ? fromHead(plan.head.doc) : undefined);
      if (stored && p.mention.analysis === undefined && kept?.analysis !== undefined) {
        // A re-crawl stored without analysis (`pantau crawl`) must not erase the analysis we have.
        const m = { ...p.mention, analysis: kept.analysis };
        if (m.language === undefined && kept.language !== undefined) m.language = kept.language;
        p = prepareMention(m);
      } else if (bare && p.mention.analysis === undefined && kept?.analysis === undefined) {
        const m = bare(p.mention);
        if (m.analysis !== undefined) p = prepareMention(m);
      }
      if (stored && plan.hash === p.contentHash) {
        plan.counts.duplicates++;
        continue;
      }
      if (!stored) {
        plan.counts.written++;
        if (p.storedMs !== undefined) plan.storedMs = p.storedMs;
        if (p.issueId !== undefined) plan.issueId = p.issueId;
      } else plan.counts.updated++;
      plan.hash = p.contentHash;
      plan.last = p;
    }
    const ops: BulkOp[] = [];
    const opPlans: Plan[] = [];
    const owned = { ownedSources: this.o.ownedSources };
    for (const plan of plans.values()) {
      if (!plan.last) {
        result.duplicates += plan.counts.duplicates;
        continue;
      }
      const body = docJson(plan.last, { storedMs: plan.storedMs, issueId: plan.issueId, changedMs: nowMs }, owned);
      const id = plan.last.mention.id;
      ops.push(
        plan.head
          ? { kind: 'index', index: plan.head.index, id, body, ifSeqNo: plan.head.seqNo, ifPrimaryTerm: plan.head.primaryTerm }
          : { kind: 'create', index: monthAlias(this.names, monthOf(plan.last.timeMs)), id, body },
      );
      opPlans.push(plan);
    }
    if (!ops.length) return [];
    try {
      await this.indices.ensureMonths(new Set(ops.filter((o) => o.kind === 'create').map((o) => o.index.slice(this.names.readAlias.length + 1))));
    } catch (e) {
      onError(toStoreError(e, 'create the monthly indices', this.o.node).message);
      for (const plan of opPlans) for (const p of plan.items) unstored.set(p.mention.id, p.mention);
      return [];
    }
    const outcomes = await sendWithBackoff(this.client, ops, this.o.refresh, this.o.backoff);
    const again: PreparedMention[] = [];
    outcomes.forEach((o, i) => {
      const plan = opPlans[i]!;
      const op = ops[i]!;
      if (o.status === 'ok') {
        result.written += plan.counts.written;
        result.updated += plan.counts.updated;
        result.duplicates += plan.counts.duplicates;
      } else if (o.status === 'conflict' && op.kind === 'create') {
        // Created by another writer since our look-up: the same canonical URL, stored once.
        result.duplicates += plan.counts.written + plan.counts.updated + plan.counts.duplicates;
      } else if (o.status === 'conflict') {
        again.push(...plan.items);
      } else if (o.status === 'rejected') {
        result.dropped.push({ id: op.id, reason: o.reason });
      } else {
        onError(o.reason);
        unstored.set(op.id, plan.last!.mention);
      }
    });
    return again;
  }

  /**
   * Rewrite stored documents in place: each document of `ids` is read whole (with its version),
   * turned back into its Mention, passed through `change`, and written again into the index it lives
   * in with its first-stored time and issue id, only if it changed, guarded by its version (a write
   * in between is read again, up to three rounds). The facets and the content hash are recomputed
   * from the changed mention by the same code as every write, so the corrected sentiment, topics,
   * regions and hoax flag are what search, the aggregations and Kibana see, and `changed_at` moves
   * (the change feed carries the rewrite). Done client-side rather than by update_by_query: a
   * painless script would be a second definition of what a correction does to a mention.
   */
  async rewriteMentions(ids: readonly string[], change: (m: Mention) => Mention): Promise<RewriteResult> {
    const res: RewriteResult = { rewritten: 0, unchanged: 0, missing: [], dropped: [], unstored: [] };
    let todo = [...new Set(ids)];
    const owned = { ownedSources: this.o.ownedSources };
    for (let round = 0; todo.length && round < 3; round++) {
      let hits: Hit<MentionDoc>[];
      try {
        hits = await this.documents(todo);
      } catch (e) {
        res.unstored.push(...todo);
        res.error = (e as Error).message;
        return res;
      }
      const byId = new Map(hits.map((h) => [h._id, h]));
      const ops: BulkOp[] = [];
      const nowMs = this.o.now();
      for (const id of todo) {
        const h = byId.get(id);
        if (!h?._source) {
          res.missing.push(id);
          continue;
        }
        let p: PreparedMention;
        try {
          p = prepareMention(change(fromDoc(h._source)));
        } catch (e) {
          if (!(e instanceof InvalidItem)) throw e;
          res.dropped.push({ id, reason: e.message });
          continue;
        }
        if (p.contentHash === h._source.content_hash) {
          res.unchanged++;
          continue;
        }
        const body = docJson(p, { storedMs: p.storedMs ?? nowMs, issueId: p.issueId ?? null, changedMs: nowMs }, owned);
        ops.push({ kind: 'index', index: h._index, id, body, ifSeqNo: h._seq_no ?? 0, ifPrimaryTerm: h._primary_term ?? 1 });
      }
      if (!ops.length) return res;
      const outcomes = await sendWithBackoff(this.client, ops, this.o.refresh, this.o.backoff);
      const again: string[] = [];
      outcomes.forEach((o, i) => {
        const id = ops[i]!.id;
        if (o.status === 'ok') res.rewritten++;
        else if (o.status === 'conflict') again.push(id);
        else if (o.status === 'rejected') res.dropped.push({ id, reason: o.reason });
        else {
          res.unstored.push(id);
          res.error = o.reason;
        }
      });
      todo = again;
    }
    if (todo.length) {
      res.unstored.push(...todo);
      res.error ??= 'concurrent updates kept conflicting';
    }
    return res;
  }

  /** The whole stored documents of these ids, with their index and version. */
  private async documents(ids: readonly string[]): Promise<Hit<MentionDoc>[]> {
    const out: Hit<MentionDoc>[] = [];
    for (let i = 0; i < ids.length; i += ID_CHUNK) {
      const chunk = ids.slice(i, i + ID_CHUNK);
      const res = await this.searchMentions({ query: { ids: { values: [...chunk] } }, size: chunk.length, seq_no_primary_term: true, track_total_hits: false }, 'read mentions by id');
      out.push(...res.hits.hits);
    }
    return out;
  }

  /** The stored mentions of these ids (absent ids are not in the map). */
  async getMentions(ids: readonly string[]): Promise<Map<string, Mention>> {
    const out = new Map<string, Mention>();
    for (const h of await this.documents([...new Set(ids.filter((x) => typeof x === 'string' && x))])) if (h._source) out.set(h._source.id, fromDoc(h._source));
    return out;
  }

  // --- reads ----------------------------------------------------------------------------------

  async getMention(id: string): Promise<Mention | undefined> {
    if (typeof id !== 'string' || !id) return undefined;
    const res = await this.searchMentions({ query: { ids: { values: [id] } }, size: 1 }, 'get a mention');
    const src = res.hits.hits[0]?._source;
    return src ? fromDoc(src) : undefined;
  }

  async existingIds(ids: readonly string[]): Promise<Set<string>> {
    const heads = await this.heads(
      ids.filter((x) => typeof x === 'string' && x),
      [],
    );
    return new Set(heads.keys());
  }

  async search(q: MentionQuery): Promise<Page<Mention>> {
    const { query, fullText } = compileQuery(q, this.o.timezone);
    const { limit, offset } = pageBounds(q);
    if (offset + limit > MAX_WINDOW) {
      throw new InputError(`search: offset + limit may be at most ${MAX_WINDOW} on Elasticsearch (read whole periods with scan)`);
    }
    const sort: estypes.SortCombinations[] = [...(fullText ? ['_score' as const] : []), { '@timestamp': 'desc' }, { id: 'desc' }];
    const res = await this.searchMentions({ query, from: offset, size: limit, sort, track_total_hits: true }, 'search');
    const total = res.hits.total;
    return { items: res.hits.hits.flatMap((h) => (h._source ? [fromDoc(h._source)] : [])), total: typeof total === 'number' ? total : (total?.value ?? 0) };
  }

  async aggregate(req: AggregateRequest): Promise<AggregateResult> {
    const { index: _index, ...request } = aggregateRequest(this.names.readAlias, req, this.o.timezone);
    const res = await this.searchMentions<unknown>(request, 'aggregate');
    return aggregateResult(res, req, this.o.timezone);
  }

  async countBy(field: CountField, q: MentionQuery): Promise<Bucket[]> {
    const by = { sourceId: 'source', sentiment: 'sentiment', topic: 'topic' } as const;
    if (field === 'day') return (await this.aggregate({ filter: q, interval: 'day' })).buckets.map((b) => ({ key: b.key, count: b.count }));
    if (!(field in by)) throw new InputError(`unknown countBy field "${String(field)}": expected sourceId, sentiment, topic or day`);
    const r = await this.aggregate({ filter: q, by: [by[field as keyof typeof by]], size: 10_000 });
    return r.buckets.map((b) => ({ key: b.key, count: b.count }));
  }

  async scan(q: MentionQuery, opts: ScanOptions = {}): Promise<ScanPage> {
    const order = opts.order ?? 'asc';
    if (order !== 'asc' && order !== 'desc') throw new InputError(`scan: order: expected asc or desc, got "${String(order)}"`);
    const limit = pageLimit(opts.limit);
    const { query } = compileQuery(q, this.o.timezone);
    const after = opts.cursor !== undefined ? decodeScanCursor(opts.cursor, order) : undefined;
    // Keyset paging on (time, id) without a point in time: the cursor may come back much later and
    // must see what was stored since (a PIT would freeze the view and expire).
    const res = await this.searchMentions(
      {
        query,
        size: Math.min(limit + 1, MAX_WINDOW),
        sort: [{ '@timestamp': order }, { id: order }],
        ...(after ? { search_after: [after.timeMs, after.id] } : {}),
        track_total_hits: false,
      },
      'scan',
    );
    const hits = res.hits.hits.filter((h) => h._source);
    const more = hits.length > limit;
    const page = more ? hits.slice(0, limit) : hits;
    const last = page[page.length - 1]?._source;
    return {
      items: page.map((h) => fromDoc(h._source!)),
      cursor: more && last ? encodeScanCursor({ order, timeMs: last['@timestamp'], id: last.id }) : null,
    };
  }

  /** Every document version changed after `t` (up to `upTo`, a (changed_at, id) boundary), unfiltered. */
  private async versionsAfter(t: number, upTo?: { changedMs: number; id: string }): Promise<SeenVersion[]> {
    const res = await this.searchMentions<Pick<MentionDoc, 'id' | 'changed_at'>>(
      {
        query: { range: { changed_at: { gt: t, ...(upTo ? { lte: upTo.changedMs } : {}), format: 'epoch_millis' } } },
        _source: { includes: ['id', 'changed_at'] },
        sort: [{ changed_at: 'desc' }, { id: 'desc' }],
        size: MAX_SEEN,
        seq_no_primary_term: true,
        track_total_hits: false,
      },
      'read the change feed',
    );
    const out: SeenVersion[] = [];
    for (const h of res.hits.hits) {
      const s = h._source;
      if (!s) continue;
      if (upTo && s.changed_at === upTo.changedMs && s.id > upTo.id) continue;
      out.push({ key: idKey(s.id), seq: h._seq_no ?? 0, changedMs: s.changed_at });
    }
    return out;
  }

  async changes(opts: ChangeOptions = {}): Promise<ChangePage> {
    const pos = opts.cursor === undefined ? { t: -1, seen: [] } : decodeChangeCursor(opts.cursor);
    const limit = pageLimit(opts.limit);
    const { query } = compileQuery(opts.filter ?? {}, this.o.timezone);
    const seenKeys = new Set(pos.seen.map((v) => `${v.key}~${v.seq}`));
    const keyOf = (h: Hit<MentionDoc>) => `${idKey(h._source!.id)}~${h._seq_no ?? 0}`;
    const res = await this.searchMentions(
      {
        query: { bool: { filter: [query, { range: { changed_at: { gt: pos.t, format: 'epoch_millis' } } }] } },
        sort: [{ changed_at: 'asc' }, { id: 'asc' }],
        size: Math.min(limit + seenKeys.size + 1, MAX_WINDOW),
        seq_no_primary_term: true,
        track_total_hits: false,
      },
      'read the change feed',
    );
    const fresh = res.hits.hits.filter((h) => h._source && !seenKeys.has(keyOf(h)));
    const more = fresh.length > limit;
    const page = fresh.slice(0, limit);
    const lastDoc = more ? page[page.length - 1]!._source! : undefined;
    const boundary = lastDoc ? { changedMs: lastDoc.changed_at, id: lastDoc.id } : undefined;
    const safe = this.o.now() - this.o.changeLagMs;
    const t = Math.max(pos.t, Math.min(safe, boundary ? boundary.changedMs - 1 : safe));
    const seen = mergeSeen(await this.versionsAfter(t, boundary), pos.seen, t);
    return { items: page.map((h) => fromDoc(h._source!)), cursor: encodeChangeCursor(capSeen(t, seen)), more };
  }

  async changeCursor(): Promise<string> {
    const t = this.o.now() - this.o.changeLagMs;
    return encodeChangeCursor(capSeen(t, await this.versionsAfter(t)));
  }

  /**
   * The mentions' part of Store.changeToken: how many documents, and the newest change (its time,
   * id and sequence number; a rewrite of the newest document within the same millisecond still
   * moves its sequence number). One search of one hit, from doc values.
   */
  async changeMark(): Promise<string> {
    const res = await this.searchMentions<Pick<MentionDoc, 'id' | 'changed_at'>>(
      {
        query: { match_all: {} },
        _source: { includes: ['id', 'changed_at'] },
        sort: [{ changed_at: 'desc' }, { id: 'desc' }],
        size: 1,
        seq_no_primary_term: true,
        track_total_hits: true,
      },
      'read the change token',
    );
    const total = res.hits.total;
    const count = typeof total === 'number' ? total : (total?.value ?? 0);
    const top = res.hits.hits[0];
    return `${count}.${top?._source?.changed_at ?? 0}.${top?._source?.id ?? ''}.${top?._seq_no ?? 0}`;
  }

  async setIssueIds(assignments: readonly IssueAssignment[]): Promise<IssueAssignResult> {
    if (!Array.isArray(assignments)) throw new InputError('setIssueIds: expected an array of {mentionId, issueId}');
    for (const a of assignments) {
      if (!a || typeof a.mentionId !== 'string' || !a.mentionId) throw new InputError('setIssueIds: every assignment needs a mentionId');
      if (a.issueId !== null && (typeof a.issueId !== 'string' || a.issueId === '')) {
        throw new InputError(`setIssueIds: issueId of ${a.mentionId}: expected a non-empty string or null`);
      }
    }
    const res: IssueAssignResult = { updated: 0, unchanged: 0, missing: [] };
    if (!assignments.length) return res;
    let todo = [...assignments];
    for (let round = 0; todo.length; round++) {
      const heads = await this.heads(
        todo.map((a) => a.mentionId),
        ['issue'],
      );
      const current = new Map<string, string | null>();
      const changed = new Map<string, { head: Head; issueId: string | null; count: number }>();
      for (const a of todo) {
        const head = heads.get(a.mentionId);
        if (!head) {
          res.missing.push(a.mentionId);
          continue;
        }
        const now = current.has(a.mentionId) ? current.get(a.mentionId)! : typeof head.doc.issue === 'string' ? head.doc.issue : null;
        if (now === a.issueId) {
          res.unchanged++;
          continue;
        }
        current.set(a.mentionId, a.issueId);
        const c = changed.get(a.mentionId);
        changed.set(a.mentionId, { head, issueId: a.issueId, count: (c?.count ?? 0) + 1 });
      }
      if (!changed.size) break;
      const entries = [...changed.entries()];
      const changedMs = this.o.now();
      const operations: (estypes.BulkOperationContainer | estypes.BulkUpdateAction)[] = [];
      for (const [id, c] of entries) {
        operations.push({ update: { _index: c.head.index, _id: id, if_seq_no: c.head.seqNo, if_primary_term: c.head.primaryTerm } });
        operations.push({ doc: { issue: c.issueId, changed_at: changedMs } });
      }
      let bulk: estypes.BulkResponse;
      try {
        bulk = await this.client.bulk({ operations, refresh: this.o.refresh ? 'wait_for' : false });
      } catch (e) {
        return this.fail(e, 'set issue ids');
      }
      const retry: IssueAssignment[] = [];
      bulk.items.forEach((item, i) => {
        const [id, c] = entries[i]!;
        const r = item.update;
        if (r && r.status < 300) res.updated += c.count;
        else if (r?.status === 409 && round < 3) retry.push({ mentionId: id, issueId: c.issueId });
        else throw toStoreError(new Error(`setIssueIds: ${id}: ${r?.error?.reason ?? `HTTP ${r?.status}`}`), 'set issue ids', this.o.node);
      });
      todo = retry;
    }
    return res;
  }

  // --- debunks --------------------------------------------------------------------------------

  async writeDebunks(batch: readonly unknown[]): Promise<DebunkWrite> {
    const result: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
    const valid: Debunk[] = [];
    batch.forEach((item, i) => {
      try {
        valid.push(normalizeDebunk(item));
      } catch (e) {
        if (e instanceof InvalidItem) result.dropped.push({ id: itemLabel(item, i), reason: e.message });
        else throw e;
      }
    });
    if (!valid.length) return { result, unstored: [] };
    let stored: Map<string, string>;
    try {
      await this.indices.ensureDebunks();
      const got = await this.client.mget<Pick<DebunkDoc, 'content_hash'>>({ index: this.names.debunks, ids: [...new Set(valid.map((d) => d.id))], _source_includes: ['content_hash'] });
      stored = new Map();
      for (const d of got.docs) if ('found' in d && d.found && d._source) stored.set(d._id, d._source.content_hash);
    } catch (e) {
      return { result, unstored: valid, error: toStoreError(e, 'write debunks', this.o.node).message };
    }
    const last = new Map<string, DebunkDoc>();
    for (const d of valid) {
      const doc = debunkToDoc(d);
      const had = last.get(d.id)?.content_hash ?? stored.get(d.id);
      if (had === doc.content_hash) result.duplicates++;
      else if (had === undefined) result.written++;
      else result.updated++;
      last.set(d.id, doc);
    }
    const ops: BulkOp[] = [...last.values()].filter((d) => stored.get(d.id) !== d.content_hash).map((d) => ({ kind: 'index', index: this.names.debunks, id: d.id, body: JSON.stringify(d) }));
    const outcomes = ops.length ? await sendWithBackoff(this.client, ops, this.o.refresh, this.o.backoff) : [];
    const unstored: Debunk[] = [];
    let error: string | undefined;
    outcomes.forEach((o, i) => {
      if (o.status === 'ok' || o.status === 'conflict') return;
      const d = valid.find((x) => x.id === ops[i]!.id)!;
      if (o.status === 'rejected') result.dropped.push({ id: d.id, reason: o.reason });
      else {
        unstored.push(d);
        error = o.reason;
      }
      if (stored.has(d.id)) result.updated--;
      else result.written--;
    });
    return { result, unstored, ...(error ? { error } : {}) };
  }

  async listDebunks(): Promise<Debunk[]> {
    const out: Debunk[] = [];
    let after: estypes.SortResults | undefined;
    for (;;) {
      let res: estypes.SearchResponse<DebunkDoc>;
      try {
        res = await this.client.search<DebunkDoc>({
          index: this.names.debunks,
          ignore_unavailable: true,
          allow_no_indices: true,
          size: 1000,
          sort: [{ id: 'asc' }],
          ...(after ? { search_after: after } : {}),
          track_total_hits: false,
        });
      } catch (e) {
        return this.fail(e, 'list debunks');
      }
      const hits = res.hits.hits;
      for (const h of hits) if (h._source) out.push(docToDebunk(h._source));
      if (hits.length < 1000) return out;
      after = hits[hits.length - 1]!.sort;
    }
  }

  /** Make every write searchable now (after a bulk migration written without refresh). */
  async refresh(): Promise<void> {
    try {
      await this.client.indices.refresh({ index: `${this.names.readAlias},${this.names.debunks}`, ignore_unavailable: true, allow_no_indices: true });
    } catch (e) {
      this.fail(e, 'refresh');
    }
  }

  /** The cluster's version ("8.17.0"), or throws StoreUnavailableError. */
  async ping(): Promise<string> {
    try {
      const info = await this.client.info();
      return info.version.number;
    } catch (e) {
      return this.fail(e, 'connect');
    }
  }
}

/** A stored document's fields as the part of a Mention the write path needs (analysis, language). */
function fromHead(doc: Partial<MentionDoc>): Pick<Mention, 'analysis' | 'language'> {
  const out: Pick<Mention, 'analysis' | 'language'> = {};
  if (doc.analysis) out.analysis = doc.analysis;
  if (typeof doc.mention_language === 'string') out.language = doc.mention_language;
  return out;
}

function mergeSeen(fresh: SeenVersion[], old: SeenVersion[], t: number): SeenVersion[] {
  const byKey = new Map<string, SeenVersion>();
  for (const v of [...old, ...fresh]) if (v.changedMs > t) byKey.set(`${v.key}~${v.seq}`, v);
  return [...byKey.values()];
}

/** Keep a cursor small: under a flood of writes, give up remembering the oldest versions in the lag. */
function capSeen(t: number, seen: SeenVersion[]): { t: number; seen: SeenVersion[] } {
  if (seen.length <= MAX_SEEN) return { t, seen };
  const sorted = [...seen].sort((a, b) => a.changedMs - b.changedMs);
  const cut = sorted[sorted.length - MAX_SEEN - 1]!.changedMs;
  return { t: Math.max(t, cut), seen: sorted.filter((v) => v.changedMs > cut) };
}
