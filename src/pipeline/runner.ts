// The pipeline runner wires the stages: crawl → normalize → dedupe → analyze → index.
// Each stage is a plain function that knows nothing of its neighbours; this file owns the order,
// batching, error classes → dispositions, and per-source health. A failing source is recorded and
// reported but never stops the others, and every batch is committed as soon as it is full, so a crash
// loses at most the batch in flight — and nothing for good: state that says "done" (a listing's
// validators, a social cursor, an import file's hash, URL aliases) is committed only after the items
// it covers are stored (see commitState and storeBatch).
import { setMaxListeners } from 'node:events';
import { type Clock, systemClock } from '../core/clock.js';
import { errorMessage, PermanentError } from '../core/errors.js';
import { mentionId } from '../core/ids.js';
import type {
  CrawlContext,
  Crawler,
  Debunk,
  ItemFailure,
  Logger,
  Mention,
  RetryHint,
  Source,
  SourceKind,
  SourceState,
  Store,
} from '../core/types.js';
import { DispositionCounter, zeroCounts, type Counts, type Reason, type ReasonGroup } from './dispositions.js';
import { attemptNote, isDue, isStale, nextFailure } from './item-retry.js';
import { describeOwner, PROCESS_OWNER, takeLease } from './lease.js';
import { normalizeItem, type CanonicalizeFn, type ExtractFn } from './normalize.js';
import type { AnalyzerChain } from '../../analyzers/chain.js';

export interface CrawlerRegistry {
  get(kind: SourceKind): Crawler | undefined;
}

export interface ProgressReporter {
  sourceStart?(source: Source): void;
  item?(source: Source, mention: Mention): void;
  sourceDone?(result: SourceResult): void;
}

export interface PipelineDeps {
  store: Store;
  crawlers: CrawlerRegistry;
  /** null: store without analysis. */
  analyzers: AnalyzerChain | null;
  extract: ExtractFn;
  canonicalize: CanonicalizeFn;
  log: Logger;
  batchSize?: number;
  progress?: ProgressReporter;
  signal?: AbortSignal;
  /** Called with each batch after it is stored (alerts hook). */
  onIndexed?: (mentions: Mention[]) => void | Promise<void>;
  /** Groups near-duplicate stories across outlets; its id is stored as meta.clusterId. */
  clusterer?: StoryGrouper;
  /** Spread of next due times (0.1 = ±10% of the interval), so sources on one host do not align. */
  jitter?: number;
  /** Time for due dates, budgets, item retries and leases (tests pass a manual clock). */
  clock?: Clock;
  /** Wall-clock budget of one source crawl (crawl.sourceBudget) when the source sets none. */
  sourceBudgetMs?: number;
  /** This process's name in run leases (default: host:pid:random). */
  owner?: string;
}

/** The default of crawl.sourceBudget. */
export const DEFAULT_SOURCE_BUDGET_MS = 10 * 60_000;
/** A source's lease outlives its budget by this much (the flush after a stop). */
const LEASE_MARGIN_MS = 2 * 60_000;

/** What the runner needs from a near-duplicate clusterer (analyzers/cluster fills it). */
export interface StoryGrouper {
  /** The cluster id for a new mention (its own id when it starts a cluster). */
  assign(id: string, text: string, title?: string): string;
}

export interface SourceResult {
  sourceId: string;
  ok: boolean;
  error?: string;
  counts: Counts;
  durationMs: number;
  /** Skipped, dropped and failed items by disposition and code (robots, ssrf, not_html, http_404…). */
  groups: ReasonGroup[];
  /** Problems with the source's setup seen while crawling (a selector that matched nothing). */
  warnings: string[];
  /** Set when another pantau process was crawling this source: it was not crawled by this one. */
  busy?: string;
}

export interface RunSummary {
  sources: SourceResult[];
  totals: Counts;
  failedSources: string[];
  reasons: Reason[];
}

/** The budget of a source ran out: it is stopped through the crawl's abort signal. */
export class SourceBudgetError extends Error {
  constructor(budgetMs: number) {
    super(`stopped after its budget of ${formatMs(budgetMs)} (crawl.sourceBudget, or the source's budget:)`);
    this.name = 'SourceBudgetError';
  }
}

function formatMs(ms: number): string {
  if (ms % 3_600_000 === 0) return `${ms / 3_600_000} h`;
  if (ms % 60_000 === 0) return `${ms / 60_000} min`;
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${ms} ms`;
}

/** Crawl one source through the whole chain. Never throws for source-level failures. */
export async function crawlSource(source: Source, deps: PipelineDeps, counter = new DispositionCounter()): Promise<SourceResult> {
  const clock = deps.clock ?? systemClock;
  const started = clock.now();
  const log = deps.log.child({ source: source.id });
  const batchSize = deps.batchSize ?? 200;
  const budgetMs = source.budgetMs ?? deps.sourceBudgetMs ?? DEFAULT_SOURCE_BUDGET_MS;
  const warnings: string[] = [];
  deps.progress?.sourceStart?.(source);
  const finish = (r: Omit<SourceResult, 'sourceId' | 'counts' | 'durationMs' | 'groups' | 'warnings'>): SourceResult => {
    const result: SourceResult = {
      sourceId: source.id,
      counts: counter.bySource.get(source.id) ?? zeroCounts(),
      durationMs: clock.now() - started,
      groups: counter.groupsOf(source.id),
      warnings,
      ...r,
    };
    deps.progress?.sourceDone?.(result);
    return result;
  };

  // One crawl of a source at a time, across processes.
  let lease;
  try {
    lease = await takeLease(deps.store, `source:${source.id}`, deps.owner ?? PROCESS_OWNER, budgetMs + LEASE_MARGIN_MS, started);
  } catch (err) {
    log.warn({ err: errorMessage(err) }, 'source failed');
    return finish({ ok: false, error: errorMessage(err) });
  }
  if (!lease.held) {
    const busy = `being crawled by another pantau run (${describeOwner(lease.holder)}, lease until ${lease.expiresAt})`;
    log.info({ holder: lease.holder }, 'source busy');
    return finish({ ok: true, busy });
  }

  // The crawl's own signal: the caller's stop, the budget, or a store failure abort it.
  const ac = new AbortController();
  const onParent = () => ac.abort(deps.signal?.reason);
  if (deps.signal?.aborted) onParent();
  deps.signal?.addEventListener('abort', onParent, { once: true });
  const budgetTimer = new AbortController();
  clock.sleep(budgetMs, budgetTimer.signal).then(
    () => ac.abort(new SourceBudgetError(budgetMs)),
    () => {},
  );
  const signal = ac.signal;
  // Each concurrent fetch of this source listens for cancellation on the same signal.
  setMaxListeners(0, signal);

  // Ids taken in this crawl and not yet in the store (pending, or dropped by it): a repeat is a
  // duplicate. Once stored, an id leaves the set (existingIds and isKnownUrl find it in the store),
  // so the set stays the size of a batch and not of the crawl (a 1,000,000-row import held ~100 MB).
  const seen = new Set<string>();
  let pending: Mention[] = [];
  /** A write failed: nothing that says "done" may be committed for this run any more. */
  let storeFailed = false;
  /** Some discovered item was left for a later run: the listing must be read again. */
  let incomplete = false;
  /** Remembered failures of this source by canonical URL, and what to write of them at the next flush. */
  const failures = new Map<string, ItemFailure>();
  const failureWrites = new Map<string, ItemFailure>();
  const failureDeletes = new Set<string>();
  const handedBack = new Set<string>();

  const recordFailure = (retry: RetryHint, reason: string): ItemFailure => {
    const key = deps.canonicalize(retry.url);
    const f = nextFailure(failures.get(key), source.id, key, retry, reason, clock.now());
    failures.set(key, f);
    failureWrites.set(key, f);
    failureDeletes.delete(key);
    return f;
  };

  /** Stored (or already stored): a remembered failure of the item is over. */
  const forgetFailures = (m: Mention): void => {
    if (failures.size === 0) return;
    for (const key of aliasesOf(m, true)) {
      if (!failures.has(key)) continue;
      failures.delete(key);
      failureWrites.delete(key);
      failureDeletes.add(key);
    }
  };

  /** The canonical URLs a mention is known by: the feed link, the fetched URL (and its own). */
  const aliasesOf = (m: Mention, withOwn = false): Set<string> => {
    const feedLink = typeof m.meta?.feedLink === 'string' ? m.meta.feedLink : undefined;
    const set = new Set([m.url, feedLink].filter((u): u is string => !!u).map((u) => deps.canonicalize(u)));
    if (withOwn) set.add(m.canonicalUrl);
    else set.delete(m.canonicalUrl);
    return set;
  };

  /**
   * Store one batch: dedupe, analyze, cluster, write (debunks first, so a failure in between is
   * repeated rather than lost), then — only after the mentions are stored — remember the URLs the
   * items are also known by. Counts each item once; if the store fails before the mentions are
   * written, the caller counts the whole batch as failed.
   */
  const storeBatch = async (batch: Mention[], counted: () => void): Promise<void> => {
    // dedupe: a mention already stored under the same canonical id is a duplicate (syndicated URL,
    // AMP link, tracking parameters) — the crawler already skipped URLs it knew.
    const known = await deps.store.existingIds(batch.map((m) => m.id));
    const fresh = batch.filter((m) => !known.has(m.id));
    if (deps.analyzers && fresh.length) {
      // An item without a publication date was fetched now: its fetch time stands in (as in search),
      // so every stored item gets the hoax analyzer's dated model and one score scale.
      const analyses = deps.analyzers.analyzeMany(
        fresh.map((m) => ({ id: m.id, text: m.text, title: m.title, url: m.url, publishedAt: m.publishedAt ?? m.fetchedAt, kind: m.kind })),
        (i, name, err) => log.warn({ analyzer: name, url: fresh[i]!.url, err: errorMessage(err) }, 'analyzer failed'),
      );
      fresh.forEach((m, i) => {
        m.analysis = analyses[i]!;
        m.language = m.analysis.language !== 'und' ? m.analysis.language : m.language;
      });
    }
    if (deps.clusterer) {
      // Syndicated copies of one story from several outlets share a cluster; every mention is kept.
      for (const m of fresh) m.meta = { ...m.meta, clusterId: deps.clusterer.assign(m.id, m.text, m.title) };
    }
    if (source.factcheck && fresh.length) {
      const debunks: Debunk[] = fresh.map((m) => ({
        id: m.id,
        url: m.canonicalUrl,
        title: m.title,
        text: m.text,
        publishedAt: m.publishedAt,
        sourceId: source.id,
      }));
      await deps.store.upsertDebunks(debunks);
    }
    const res = fresh.length ? await deps.store.upsertMentions(fresh) : { written: 0, updated: 0, duplicates: 0, dropped: [] };

    // Stored: count every item of the batch now, once.
    counted();
    counter.add(source.id, 'duplicate', batch.length - fresh.length);
    const droppedIds = new Set(res.dropped.map((d) => d.id));
    for (const d of res.dropped) {
      const m = fresh.find((x) => x.id === d.id);
      counter.note(source.id, 'dropped', m?.url ?? d.id, d.reason, 'invalid');
      log.warn({ url: m?.url, reason: d.reason }, 'store dropped item');
    }
    const stored = fresh.filter((m) => !droppedIds.has(m.id));
    for (const m of batch) if (!droppedIds.has(m.id)) seen.delete(m.id);
    // Another writer may have stored the same id between existingIds() and now: the store says so.
    counter.add(source.id, 'duplicate', res.duplicates);
    counter.add(source.id, 'indexed', stored.length - res.duplicates);

    // Only now may the aliases say "known": they point at mentions that exist.
    const kept = batch.filter((m) => !droppedIds.has(m.id));
    const fetchedAt = new Date(clock.now()).toISOString();
    for (const m of kept) {
      for (const url of aliasesOf(m)) await deps.store.putFetchState({ url, status: 200, fetchedAt });
      forgetFailures(m);
    }
    for (const m of stored) deps.progress?.item?.(source, m);
    await deps.onIndexed?.(stored);
  };

  /** Write what is pending: the mentions, then the failure records. Throws on a store failure. */
  const flush = async (): Promise<void> => {
    const batch = pending;
    pending = [];
    let counted = batch.length === 0;
    try {
      if (batch.length) await storeBatch(batch, () => (counted = true));
      if (failureWrites.size) {
        const writes = [...failureWrites.values()];
        failureWrites.clear();
        await deps.store.putItemFailures(writes);
      }
      if (failureDeletes.size) {
        const deletes = [...failureDeletes];
        failureDeletes.clear();
        await deps.store.deleteItemFailures(source.id, deletes);
      }
      await lease.renew(clock.now());
    } catch (err) {
      const reason = errorMessage(err);
      storeFailed = true;
      if (!counted) for (const m of batch) counter.note(source.id, 'failed', m.url, `not stored: ${reason}`, 'store');
      log.error({ err: reason, items: counted ? 0 : batch.length }, 'could not store items');
      // Stop the crawl: what it has not fetched yet is reported "not fetched this run".
      ac.abort(err);
      throw err;
    }
  };

  /**
   * State a crawler hands over (validators, cursors) covers the items it yielded before: store
   * those first, and commit the state only if every item so far was stored and none was left for a
   * later run; otherwise the next run must see the same items again.
   */
  const commitState = async (what: string, write: () => Promise<void>): Promise<void> => {
    await flush();
    if (storeFailed || incomplete || signal.aborted) {
      log.info({ what }, 'state not committed: some items of this crawl were not stored');
      return;
    }
    await write();
  };

  const ctx: CrawlContext = {
    signal,
    log,
    isKnownUrl: async (url) => {
      const canonical = deps.canonicalize(url);
      const id = mentionId(canonical);
      if (seen.has(id)) return true;
      // Remembered failures come back through dueRetries when due, never from the listing.
      if (failures.has(canonical)) return true;
      if ((await deps.store.existingIds([id])).has(id)) return true;
      return (await deps.store.getFetchState(canonical)) !== undefined;
    },
    getFetchState: (url) => deps.store.getFetchState(url),
    putFetchState: (s) => commitState(`fetch state ${s.url}`, () => deps.store.putFetchState(s)),
    getSourceState: (id) => deps.store.getSourceState(id),
    putSourceState: (s) => commitState('source cursor', () => deps.store.putSourceState(s)),
    report: (disposition, url, reason, extra) => {
      let why = reason;
      if (extra?.retry) why = `${reason} (${attemptNote(recordFailure(extra.retry, reason))})`;
      if (extra?.code === 'not_fetched') incomplete = true;
      counter.note(source.id, disposition, url, why, extra?.code);
      log.info({ url, disposition, reason: why }, `item ${disposition}`);
    },
    dueRetries: async () => {
      const now = clock.now();
      const due = [...failures.values()].filter((f) => isDue(f, now) && !handedBack.has(f.url));
      for (const f of due) handedBack.add(f.url);
      return due.map((f) => f.retry);
    },
    warn: (message) => {
      warnings.push(message);
      log.warn({ warning: message }, 'source warning');
    },
  };

  let error: string | undefined;
  try {
    const crawler = deps.crawlers.get(source.kind);
    if (!crawler) throw new PermanentError(`no crawler for source kind "${source.kind}" yet`, 'unsupported_kind');
    const now = clock.now();
    for (const f of await deps.store.listItemFailures(source.id)) {
      if (isStale(f, now)) failureDeletes.add(f.url);
      else failures.set(f.url, f);
    }
    for await (const raw of crawler.crawl(source, ctx)) {
      let m: Mention;
      try {
        m = normalizeItem(raw, deps.extract, deps.canonicalize);
      } catch (err) {
        // A retried item that still yields nothing usable spends an attempt, so it is not retried forever.
        const retried = failures.get(deps.canonicalize(typeof raw.meta?.feedLink === 'string' ? raw.meta.feedLink : raw.url));
        const why = retried ? `${errorMessage(err)} (${attemptNote(recordFailure(retried.retry, errorMessage(err)))})` : errorMessage(err);
        counter.note(source.id, 'dropped', raw.url, why, 'empty');
        log.info({ url: raw.url, reason: why }, 'item dropped');
        continue;
      }
      if (seen.has(m.id)) {
        counter.add(source.id, 'duplicate');
        continue;
      }
      seen.add(m.id);
      pending.push(m);
      if (pending.length >= batchSize) await flush();
      if (signal.aborted) break; // the item taken above is kept: flushed below
    }
    await flush();
  } catch (err) {
    error = errorMessage(err);
    log.warn({ err: error }, 'source failed');
    // Whatever was already extracted is still worth keeping.
    if (!storeFailed) await flush().catch(() => {});
  } finally {
    budgetTimer.abort();
    deps.signal?.removeEventListener('abort', onParent);
  }
  const stoppedByCaller = deps.signal?.aborted === true && !storeFailed && !(signal.reason instanceof SourceBudgetError);
  if (signal.reason instanceof SourceBudgetError) error = signal.reason.message;
  else if (stoppedByCaller) error = undefined;
  if (storeFailed && error && !/store/i.test(error)) error = `store unavailable: ${error}`;

  await updateSourceState(deps.store, source, error, counter.bySource.get(source.id)?.indexed ?? 0, clock.now(), deps.jitter, stoppedByCaller).catch((e) =>
    log.warn({ err: errorMessage(e) }, 'could not update source state'),
  );
  await lease.release().catch((e) => log.warn({ err: errorMessage(e) }, 'could not release the source lease'));
  return finish({ ok: !error, ...(error ? { error } : {}) });
}

/** Next due time: the source's interval with jitter; failing sources back off exponentially (≤ 1 day). */
export function nextDue(now: number, everyMinutes: number, failures: number, jitter = 0.1, rand = Math.random): number {
  const base = everyMinutes * 60_000 * Math.min(2 ** Math.min(failures, 10), 1440 / Math.max(everyMinutes, 1));
  const j = 1 + (rand() * 2 - 1) * jitter;
  return now + Math.max(1000, base * j);
}

async function updateSourceState(
  store: Store,
  source: Source,
  error: string | undefined,
  indexed: number,
  now: number,
  jitter = 0.1,
  interrupted = false,
): Promise<void> {
  const prev: SourceState = (await store.getSourceState(source.id)) ?? {
    sourceId: source.id,
    consecutiveFailures: 0,
    itemsFound: 0,
  };
  const failures = error ? prev.consecutiveFailures + 1 : interrupted ? prev.consecutiveFailures : 0;
  await store.putSourceState({
    ...prev,
    lastRunAt: new Date(now).toISOString(),
    lastSuccessAt: error || interrupted ? prev.lastSuccessAt : new Date(now).toISOString(),
    consecutiveFailures: failures,
    lastError: error ?? (interrupted ? prev.lastError : undefined),
    itemsFound: prev.itemsFound + indexed,
    // A crawl stopped by SIGINT/SIGTERM is due again as soon as pantau runs again.
    nextDueAt: new Date(interrupted ? now : nextDue(now, source.everyMinutes, failures, jitter)).toISOString(),
  });
}

/** Crawl every given source once (sources run concurrently; per-host limits live in the HTTP layer). */
export async function runOnce(sources: Source[], deps: PipelineDeps, concurrency = 4): Promise<RunSummary> {
  const counter = new DispositionCounter();
  const results: SourceResult[] = [];
  const queue = [...sources];
  const workers = Array.from({ length: Math.min(concurrency, queue.length) }, async () => {
    for (let s = queue.shift(); s; s = queue.shift()) {
      if (deps.signal?.aborted) break;
      results.push(await crawlSource(s, deps, counter));
    }
  });
  await Promise.all(workers);
  results.sort((a, b) => sources.findIndex((s) => s.id === a.sourceId) - sources.findIndex((s) => s.id === b.sourceId));
  return summarize(results, counter);
}

function summarize(results: SourceResult[], counter: DispositionCounter): RunSummary {
  return {
    sources: results,
    totals: counter.total(),
    failedSources: results.filter((r) => !r.ok).map((r) => r.sourceId),
    reasons: counter.reasons,
  };
}
