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
//
// Corrections (issue 22) are kept in the state file's ledger, as on SQLite, and applied to the
// mention documents: adding or undoing one records it and queues a `rewrite` of its mention in the
// same transaction, then flushes at once — so a correction made while the cluster is down is kept and
// its rewrite waits, in order with the mention versions queued around it. Every mention written
// (re-analysis, re-import) gets its active corrections applied first, with the same pure function
// the SQLite store uses (src/core/corrections.ts).
import type { Client } from '@elastic/elasticsearch';
import { hostname } from 'node:os';
import { type Clock, systemClock } from '../../core/clock.js';
import { StoreUnavailableError, errorMessage } from '../../core/errors.js';
import type {
  AggregateRequest,
  AggregateResult,
  Analysis,
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
import { applyCorrections, correctMention, fieldValue, undoneAnalysis } from '../../core/corrections.js';
import type { Correction, CorrectionInput } from '../../core/web.js';
import { InvalidItem, itemLabel, normalizeDebunk } from '../sqlite/rows.js';
import type { SqliteStore } from '../sqlite/store.js';
import { prepareMention } from './doc.js';
import { isUnavailable } from './errors.js';
import type { EsMentions, MentionWrite } from './mentions.js';
import { Outbox, type OutboxEntry, type RewriteItem } from './outbox.js';
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
        { node: this.o.node, err: reason, waiting: this.outbox.count('mention'), corrections: this.outbox.count('rewrite') },
        'Elasticsearch unreachable: mentions and correction rewrites wait in the local outbox until it answers',
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
    const c = this.outbox.count('rewrite');
    const parts = [...(n ? [`${n} mention${n === 1 ? '' : 's'}`] : []), ...(c ? [`${c} correction${c === 1 ? '' : 's'}`] : [])];
    return parts.length ? ` (${parts.join(', ')} wait in the local outbox)` : '';
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
    if (!this.outbox.count('mention') && !this.outbox.count('rewrite') && !this.outbox.count('debunk')) return;
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
        // Mention versions and rewrites in the order they were queued, a run of one kind at a time.
        const next = this.outbox.next<Mention | RewriteItem>(['mention', 'rewrite'], FLUSH_BATCH);
        if (!next.length) break;
        const end = next.findIndex((e) => e.kind !== next[0]!.kind);
        const run = end < 0 ? next : next.slice(0, end);
        if (run[0]!.kind === 'rewrite') {
          if (!(await this.flushRewrites(run as OutboxEntry<RewriteItem>[]))) break;
          continue;
        }
        const entries = run as OutboxEntry<Mention>[];
        const w = await this.es.writeMentions(
          entries.map((e) => e.item),
          (m) => this.bareCorrected(m),
        );
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
      if (sent) this.o.log.info({ sent, waiting: this.outbox.count('mention'), corrections: this.outbox.count('rewrite') }, 'Elasticsearch outbox flushed');
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

  // --- corrections ----------------------------------------------------------------------------

  /** Send the queued rewrites of a run; false when the cluster could not take them (stop flushing). */
  private async flushRewrites(run: readonly OutboxEntry<RewriteItem>[]): Promise<boolean> {
    const byMention = new Map<string, OutboxEntry<RewriteItem>[]>();
    for (const e of run) byMention.set(e.item.id, [...(byMention.get(e.item.id) ?? []), e]);
    const r = await this.es.rewriteMentions([...byMention.keys()], (m) => this.rewritten(m, byMention.get(m.id) ?? []));
    for (const id of r.missing) this.o.log.warn({ id }, 'a corrected mention is not in Elasticsearch: its correction applies when the mention is written');
    for (const d of r.dropped) this.o.log.warn({ id: d.id, reason: d.reason }, 'Elasticsearch refused a corrected mention: dropped');
    const unstored = new Set(r.unstored);
    this.outbox.remove(run.filter((e) => !unstored.has(e.item.id)).map((e) => e.seq));
    if (!unstored.size) return true;
    const reason = r.error ?? 'not stored';
    this.outbox.failed(
      run.filter((e) => unstored.has(e.item.id)).map((e) => e.seq),
      reason,
    );
    this.markDown(reason);
    return false;
  }

  /**
   * A stored mention as its queued rewrites leave it: fields of undone corrections back to the
   * analyzers' value, machine values not known when their correction was made read from the document
   * now, then every active correction applied.
   */
  private rewritten(m: Mention, entries: readonly OutboxEntry<RewriteItem>[]): Mention {
    const ledger = this.state.corrections;
    let a: Analysis | undefined = m.analysis;
    for (const e of entries) {
      const undone = e.item.undo === undefined ? undefined : ledger.get(e.item.undo);
      if (undone) a = undoneAnalysis(a, undone, []);
    }
    const active = ledger.active(m.id);
    for (const field of new Set(active.filter((c) => c.machine === null).map((c) => c.field))) {
      const known = active.find((c) => c.field === field && c.machine !== null);
      ledger.fillMachine(m.id, field, known ? known.machine : fieldValue(a, field));
    }
    const analysis = applyCorrections(a, active);
    return analysis === undefined ? m : { ...m, analysis };
  }

  /** A mention written without an analysis, where nothing stored gives it one: its corrections over an empty analysis. */
  private bareCorrected(m: Mention): Mention {
    if (!this.state.corrections.any()) return m;
    const active = this.state.corrections.active(m.id);
    return active.length ? { ...m, analysis: applyCorrections(undefined, active) } : m;
  }

  /**
   * The batch with every mention's active corrections applied over the analysis it brings. `fresh`:
   * that analysis is the analyzers' (a re-analysis or re-import: the corrections' machine values
   * follow it); a migration copies an analysis that already carries the corrections.
   */
  private corrected(batch: readonly Mention[], fresh: boolean): Mention[] {
    const ledger = this.state.corrections;
    if (!batch.length || !ledger.any()) return [...batch];
    return this.state.database.transaction(() =>
      batch.map((item) => {
        // Invalid items pass unchanged: the write path drops them with their reason.
        if (!item || typeof item !== 'object' || typeof item.id !== 'string' || !item.analysis || typeof item.analysis !== 'object') return item;
        const active = ledger.active(item.id);
        if (!active.length) return item;
        const c = correctMention(item, active, fresh);
        for (const [field, machine] of c.machine) ledger.setMachine(item.id, field, machine);
        return c.mention;
      }),
    )();
  }

  /** Queue rewrites (in the caller's transaction) and send them now, when the cluster answers. */
  private async rewriteNow(): Promise<void> {
    await this.flushing?.catch(() => {});
    await this.flushIfWaiting();
  }

  async addCorrections(batch: readonly CorrectionInput[]): Promise<{ corrections: Correction[]; missing: string[] }> {
    if (this.closed) throw new StoreUnavailableError('Elasticsearch store is closed');
    await this.flushIfWaiting();
    // What is known of each mention: its newest version waiting here, else its document in the
    // cluster. When the cluster cannot be asked, every correction is kept (the dashboard showed the
    // mention) and the analyzers' value is read from the document when it is rewritten.
    let stored: Map<string, Mention> | undefined;
    if (this.available()) {
      try {
        stored = await this.es.getMentions(batch.map((c) => c.mentionId));
        this.markUp();
      } catch (e) {
        if (!isUnavailable(e)) throw e;
        this.markDown(errorMessage(e));
      }
    }
    const ledger = this.state.corrections;
    const out: Correction[] = [];
    const missing: string[] = [];
    this.state.database
      .transaction(() => {
        const touched = new Set<string>();
        for (const c of batch) {
          // A version still waiting here is newer than the cluster's.
          const m = (this.outbox.count('mention') ? this.outbox.latest<Mention>('mention', c.mentionId) : undefined) ?? stored?.get(c.mentionId);
          if (!m && stored) {
            missing.push(c.mentionId);
            continue;
          }
          const field = c.correction.field;
          out.push(ledger.insert(c, ledger.machineFor(c.mentionId, field, () => (m ? fieldValue(m.analysis, field) : null))));
          touched.add(c.mentionId);
        }
        this.outbox.add(
          'rewrite',
          [...touched].map((id) => ({ id })),
          this.o.now(),
        );
      })
      .immediate();
    if (out.length) await this.rewriteNow();
    return { corrections: out, missing };
  }

  async undoCorrection(id: number, by: string, at: string): Promise<Correction | undefined> {
    if (this.closed) throw new StoreUnavailableError('Elasticsearch store is closed');
    await this.flushIfWaiting();
    const c = this.state.database
      .transaction(() => {
        const c = this.state.corrections.markUndone(id, by, at);
        if (c && !c.undoneAt) this.outbox.add('rewrite', [{ id: c.mentionId, undo: c.id }], this.o.now());
        return c;
      })
      .immediate();
    if (!c || c.undoneAt) return c;
    await this.rewriteNow();
    return { ...c, undoneAt: at, undoneBy: by };
  }

  // --- mentions -------------------------------------------------------------------------------

  async upsertMentions(input: Mention[]): Promise<WriteResult> {
    if (this.closed) throw new StoreUnavailableError('Elasticsearch store is closed');
    await this.flushIfWaiting();
    const result: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
    if (!input.length) return result;
    const batch = this.corrected(input, true);
    // A mention whose older version (or a rewrite of it) still waits goes behind it, so versions
    // reach the cluster in order.
    const waiting = this.outbox.ids(
      ['mention', 'rewrite'],
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
    const w = await this.es.writeMentions(direct, (m) => this.bareCorrected(m));
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

  /**
   * A migration's write (`pantau migrate --to elasticsearch`), straight to the cluster: the analysis
   * each mention carries is the one stored in the other backend (corrections already applied), so the
   * corrections are applied over it and their machine values stay. Not part of Store.
   */
  copyMentions(batch: Mention[]): Promise<MentionWrite> {
    return this.es.writeMentions(this.corrected(batch, false), (m) => this.bareCorrected(m));
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
      return { backend: 'elasticsearch', reachable: true, detail: `Elasticsearch ${version} at ${this.o.node}`, ...this.waiting() };
    } catch (e) {
      return { backend: 'elasticsearch', reachable: false, detail: errorMessage(e), ...this.waiting() };
    }
  }

  /** What waits in the outbox: mention versions, and correction rewrites (said separately). */
  private waiting(): Pick<StoreHealth, 'waiting' | 'waitingCorrections'> {
    return { waiting: this.outbox.count('mention'), waitingCorrections: this.outbox.count('rewrite') };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.flushing?.catch(() => {});
    await this.state.close();
    await this.o.client.close();
  }
}
