// The Elasticsearch Store: a composite. Mentions and debunks go to the cluster (shared by every
// crawler machine and read by Kibana); everything that is one machine's own state — validators,
// cursors, source health, item failures, leases, the write outbox, a copy of the debunks (and, as
// they come, the alert tables, users and corrections) — stays in the local SQLite state file
// (`storage.path`), so a cluster that is down never loses crawl state.
//
// What "stored" means here: upsertMentions resolves once every valid mention is either written to
// Elasticsearch or committed to the local outbox (one SQLite transaction). Only then does the
// pipeline commit the state that covers them (validators, cursors), so state never runs ahead of
// what is durably kept on this machine; the outbox is flushed, oldest first and exactly once, as soon
// as the cluster answers again (before the next write or read). Mentions waiting in the outbox count
// as `indexed` in the run summary; `pantau sources`, `run --once` and the log say how many wait.
import type { Client } from '@elastic/elasticsearch';
import { hostname } from 'node:os';
import { type Clock, systemClock } from '../../core/clock.js';
import { StoreUnavailableError, errorMessage } from '../../core/errors.js';
import type {
  AggregateRequest,
  AggregateResult,
  Bucket,
  ChangeOptions,
  ChangePage,
  CountField,
  Debunk,
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
  StoreHealth,
  WriteResult,
} from '../../core/types.js';
import { InvalidItem, itemLabel, normalizeDebunk } from '../sqlite/rows.js';
import type { SqliteStore } from '../sqlite/store.js';
import { prepareMention } from './doc.js';
import { isUnavailable } from './errors.js';
import type { EsMentions } from './mentions.js';
import { Outbox } from './outbox.js';
import { STATE_METHODS, type StateMethod } from './state-methods.js';

export interface ElasticsearchStoreOptions {
  log: Logger;
  /** The cluster's URL, for messages. */
  node: string;
  /** Clock for storedAt of queued mentions (the StoreContext's). */
  now: () => number;
  /** Clock of the circuit breaker (how long to leave a failed cluster alone). */
  clock?: Clock;
  /** After a failure, writes go straight to the outbox for this long (default 30 s). */
  cooldownMs?: number;
  client: Client;
}

/** Entries sent per flush request. */
const FLUSH_BATCH = 500;
const FLUSH_LEASE = 'elasticsearch:outbox';

// The state methods (state-methods.ts) are forwarded to the local SQLite state store in the
// constructor; this declaration tells the compiler they are there, with the state store's types.
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging, @typescript-eslint/no-empty-object-type
export interface ElasticsearchStore extends Pick<SqliteStore, StateMethod> {}

// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging
export class ElasticsearchStore implements Store {
  readonly name = 'elasticsearch' as const;
  readonly flags: StoreFlags = { fullText: true, aggregations: true };
  readonly outbox: Outbox;
  private downUntil = 0;
  private lastError: string | undefined;
  private closed = false;
  private readonly clock: Clock;
  private readonly owner = `${hostname()}:${process.pid}:outbox`;
  private flushing: Promise<void> | undefined;

  constructor(
    readonly es: EsMentions,
    readonly state: SqliteStore,
    private readonly o: ElasticsearchStoreOptions,
  ) {
    this.outbox = new Outbox(state.database);
    this.clock = o.clock ?? systemClock;
    const self = this as unknown as Record<StateMethod, unknown>;
    const local = state as unknown as Record<StateMethod, (...args: unknown[]) => unknown>;
    for (const m of STATE_METHODS) self[m] = local[m].bind(state);
  }

  // --- availability ---------------------------------------------------------------------------

  private available(): boolean {
    return this.clock.now() >= this.downUntil;
  }

  private markDown(reason: string): void {
    const wasUp = this.available();
    this.downUntil = this.clock.now() + (this.o.cooldownMs ?? 30_000);
    this.lastError = reason;
    if (wasUp) {
      this.o.log.warn(
        { node: this.o.node, err: reason, waiting: this.outbox.count('mention') },
        'Elasticsearch unreachable: mentions wait in the local outbox until it answers',
      );
    }
  }

  private markUp(): void {
    if (this.lastError !== undefined && this.available()) {
      this.o.log.info({ node: this.o.node }, 'Elasticsearch reachable again');
      this.lastError = undefined;
    }
  }

  private waitingNote(): string {
    const n = this.outbox.count('mention');
    return n ? ` (${n} mention${n === 1 ? '' : 's'} wait in the local outbox)` : '';
  }

  /** A read: the cluster must answer; a failure says how many mentions wait locally. */
  private async read<T>(body: () => Promise<T>): Promise<T> {
    if (this.closed) throw new StoreUnavailableError('Elasticsearch store is closed');
    await this.flushIfWaiting();
    try {
      const r = await body();
      this.markUp();
      return r;
    } catch (e) {
      if (!isUnavailable(e)) throw e;
      this.markDown(errorMessage(e));
      throw new StoreUnavailableError(`${errorMessage(e)}${this.waitingNote()}`, { cause: e });
    }
  }

  // --- the outbox -----------------------------------------------------------------------------

  /** Flush what waits, when the cluster is not known to be down. Never throws. */
  private async flushIfWaiting(): Promise<void> {
    if (!this.outbox.count('mention') && !this.outbox.count('debunk')) return;
    if (!this.available()) return;
    await this.flush().catch((e: unknown) => this.o.log.warn({ err: errorMessage(e) }, 'could not flush the Elasticsearch outbox'));
  }

  /**
   * Write everything in the outbox, oldest first, and remove each entry once the cluster took it.
   * Stops at the first refusal (the cluster is down again). One flusher per state file at a time
   * (a lease), so two processes on one machine never send the same entries concurrently.
   */
  flush(): Promise<void> {
    this.flushing ??= this.doFlush().finally(() => (this.flushing = undefined));
    return this.flushing;
  }

  private async doFlush(): Promise<void> {
    const now = this.clock.now();
    const lease = await this.state.acquireLease(FLUSH_LEASE, this.owner, now + 10 * 60_000, now);
    if (lease.owner !== this.owner) return;
    try {
      this.outbox.refresh();
      let sent = 0;
      for (;;) {
        const entries = this.outbox.next<Mention>('mention', FLUSH_BATCH);
        if (!entries.length) break;
        const w = await this.es.writeMentions(entries.map((e) => e.item));
        const unstored = new Set(w.unstored.map((m) => m.id));
        const done = entries.filter((e) => !unstored.has(e.id)).map((e) => e.seq);
        for (const d of w.result.dropped) this.o.log.warn({ id: d.id, reason: d.reason }, 'Elasticsearch refused a mention from the outbox: dropped');
        this.outbox.remove(done);
        sent += done.length;
        if (unstored.size) {
          this.outbox.failed(
            entries.filter((e) => unstored.has(e.id)).map((e) => e.seq),
            w.error ?? 'not stored',
          );
          this.markDown(w.error ?? 'not stored');
          break;
        }
      }
      for (;;) {
        const entries = this.outbox.next<Debunk>('debunk', FLUSH_BATCH);
        if (!entries.length || !this.available()) break;
        const w = await this.es.writeDebunks(entries.map((e) => e.item));
        const unstored = new Set(w.unstored.map((d) => d.id));
        this.outbox.remove(entries.filter((e) => !unstored.has(e.id)).map((e) => e.seq));
        if (unstored.size) {
          this.markDown(w.error ?? 'not stored');
          break;
        }
      }
      if (sent) this.o.log.info({ sent, waiting: this.outbox.count('mention') }, 'Elasticsearch outbox flushed');
    } finally {
      await this.state.releaseLease(FLUSH_LEASE, this.owner);
    }
  }

  /** Queue valid mentions (storedAt fixed now: the first time Pantau stored them); invalid ones are dropped. */
  private queueMentions(batch: readonly unknown[], result: WriteResult): void {
    const keep: Mention[] = [];
    const nowIso = new Date(this.o.now()).toISOString();
    batch.forEach((item, i) => {
      try {
        const p = prepareMention(item);
        keep.push({ ...p.mention, storedAt: p.storedMs !== undefined ? new Date(p.storedMs).toISOString() : nowIso, ...(p.issueId ? { issueId: p.issueId } : {}) });
      } catch (e) {
        if (e instanceof InvalidItem) result.dropped.push({ id: itemLabel(item, i), reason: e.message });
        else throw e;
      }
    });
    this.outbox.add('mention', keep, this.o.now());
    result.written += keep.length;
  }

  // --- mentions -------------------------------------------------------------------------------

  async upsertMentions(batch: Mention[]): Promise<WriteResult> {
    if (this.closed) throw new StoreUnavailableError('Elasticsearch store is closed');
    await this.flushIfWaiting();
    const result: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
    if (!batch.length) return result;
    // A mention whose older version still waits goes behind it, so versions reach the cluster in order.
    const waiting = this.outbox.ids(
      'mention',
      batch.map((m) => (m && typeof m.id === 'string' ? m.id : '')),
    );
    const behind = batch.filter((m) => waiting.has(m?.id));
    const direct = waiting.size ? batch.filter((m) => !waiting.has(m?.id)) : batch;
    if (behind.length) this.queueMentions(behind, result);
    if (!direct.length) return result;
    if (!this.available()) {
      this.queueMentions(direct, result);
      return result;
    }
    const w = await this.es.writeMentions(direct);
    result.written += w.result.written;
    result.updated += w.result.updated;
    result.duplicates += w.result.duplicates;
    result.dropped.push(...w.result.dropped);
    if (w.unstored.length) {
      this.markDown(w.error ?? 'not stored');
      this.queueMentions(w.unstored, result);
    } else this.markUp();
    return result;
  }

  async getMention(id: string): Promise<Mention | undefined> {
    const queued = this.outbox.count('mention') ? this.outbox.latest<Mention>('mention', id) : undefined;
    if (queued && !this.available()) return queued;
    const m = await this.read(() => this.es.getMention(id));
    return m ?? queued;
  }

  async existingIds(ids: string[]): Promise<Set<string>> {
    const local = this.outbox.ids('mention', ids);
    if (!this.available()) return local;
    try {
      await this.flushIfWaiting();
      const found = await this.es.existingIds(ids);
      this.markUp();
      for (const id of local) found.add(id);
      return found;
    } catch (e) {
      if (!isUnavailable(e)) throw e;
      // Dedupe still works against what waits here; known articles may be fetched again, and their
      // second write becomes a duplicate in the cluster.
      this.markDown(errorMessage(e));
      return local;
    }
  }

  search(q: MentionQuery): Promise<Page<Mention>> {
    return this.read(() => this.es.search(q));
  }

  countBy(field: CountField, q: MentionQuery): Promise<Bucket[]> {
    return this.read(() => this.es.countBy(field, q));
  }

  aggregate(req: AggregateRequest): Promise<AggregateResult> {
    return this.read(() => this.es.aggregate(req));
  }

  scan(q: MentionQuery, opts?: ScanOptions): Promise<ScanPage> {
    return this.read(() => this.es.scan(q, opts));
  }

  changes(opts?: ChangeOptions): Promise<ChangePage> {
    return this.read(() => this.es.changes(opts));
  }

  changeCursor(): Promise<string> {
    return this.read(() => this.es.changeCursor());
  }

  /** The cluster's mentions (changeMark) and the state file's token (facts, corrections, debunks…). */
  changeToken(): Promise<string> {
    return this.read(async () => `${await this.es.changeMark()}|${await this.state.changeToken()}`);
  }

  setIssueIds(assignments: readonly IssueAssignment[]): Promise<IssueAssignResult> {
    return this.read(() => this.es.setIssueIds(assignments));
  }

  // --- debunks: shared in the cluster, a copy kept locally ------------------------------------

  async upsertDebunks(batch: Debunk[]): Promise<WriteResult> {
    const local = await this.state.upsertDebunks(batch);
    if (!this.available()) {
      this.queueDebunks(batch);
      return local;
    }
    const w = await this.es.writeDebunks(batch);
    if (w.unstored.length) {
      this.markDown(w.error ?? 'not stored');
      this.outbox.add('debunk', w.unstored, this.o.now());
      w.result.written += w.unstored.length;
    }
    return w.result;
  }

  private queueDebunks(batch: readonly unknown[]): void {
    const keep: Debunk[] = [];
    for (const item of batch) {
      try {
        keep.push(normalizeDebunk(item));
      } catch (e) {
        if (!(e instanceof InvalidItem)) throw e;
      }
    }
    this.outbox.add('debunk', keep, this.o.now());
  }

  async listDebunks(): Promise<Debunk[]> {
    const local = await this.state.listDebunks();
    if (!this.available()) return local;
    try {
      const shared = await this.es.listDebunks();
      const byId = new Map(local.map((d) => [d.id, d]));
      for (const d of shared) byId.set(d.id, d);
      return [...byId.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    } catch (e) {
      if (!isUnavailable(e)) throw e;
      this.markDown(errorMessage(e));
      return local;
    }
  }

  // --- this machine's state: the local SQLite file --------------------------------------------

  getFetchState(url: string): Promise<FetchState | undefined> {
    return this.state.getFetchState(url);
  }
  putFetchState(s: FetchState): Promise<void> {
    return this.state.putFetchState(s);
  }
  getSourceState(id: string): Promise<SourceState | undefined> {
    return this.state.getSourceState(id);
  }
  putSourceState(s: SourceState): Promise<void> {
    return this.state.putSourceState(s);
  }
  listSourceStates(): Promise<SourceState[]> {
    return this.state.listSourceStates();
  }
  listItemFailures(sourceId: string): Promise<ItemFailure[]> {
    return this.state.listItemFailures(sourceId);
  }
  putItemFailures(batch: ItemFailure[]): Promise<void> {
    return this.state.putItemFailures(batch);
  }
  deleteItemFailures(sourceId: string, urls: string[]): Promise<void> {
    return this.state.deleteItemFailures(sourceId, urls);
  }
  acquireLease(name: string, owner: string, expiresAt: number, now: number, takeOver?: string): Promise<Lease> {
    return this.state.acquireLease(name, owner, expiresAt, now, takeOver);
  }
  releaseLease(name: string, owner: string): Promise<void> {
    return this.state.releaseLease(name, owner);
  }

  async health(): Promise<StoreHealth> {
    this.outbox.refresh();
    try {
      const version = await this.es.ping();
      await this.flushIfWaiting();
      return { backend: 'elasticsearch', reachable: true, detail: `Elasticsearch ${version} at ${this.o.node}`, waiting: this.outbox.count('mention') };
    } catch (e) {
      return { backend: 'elasticsearch', reachable: false, detail: errorMessage(e), waiting: this.outbox.count('mention') };
    }
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing?.catch(() => {});
    await this.state.close();
    await this.o.client.close();
  }
}
