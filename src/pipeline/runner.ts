// The pipeline runner wires the stages: crawl → normalize → dedupe → analyze → index.
// Each stage is a plain function that knows nothing of its neighbours; this file owns the order,
// batching, error classes → dispositions, and per-source health. A failing source is recorded and
// reported but never stops the others, and every batch is committed as soon as it is full, so a crash
// loses at most the batch in flight.
import { setMaxListeners } from 'node:events';
import { errorMessage, PermanentError } from '../core/errors.js';
import { mentionId } from '../core/ids.js';
import type {
  CrawlContext,
  Crawler,
  Debunk,
  Logger,
  Mention,
  Source,
  SourceKind,
  SourceState,
  Store,
} from '../core/types.js';
import { DispositionCounter, zeroCounts, type Counts } from './dispositions.js';
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
}

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
}

export interface RunSummary {
  sources: SourceResult[];
  totals: Counts;
  failedSources: string[];
  reasons: DispositionCounter['reasons'];
}

/** Crawl one source through the whole chain. Never throws for source-level failures. */
export async function crawlSource(source: Source, deps: PipelineDeps, counter = new DispositionCounter()): Promise<SourceResult> {
  const started = Date.now();
  const log = deps.log.child({ source: source.id });
  const batchSize = deps.batchSize ?? 200;
  const seen = new Set<string>();
  let pending: Mention[] = [];
  deps.progress?.sourceStart?.(source);

  const flush = async (): Promise<void> => {
    if (pending.length === 0) return;
    const batch = pending;
    pending = [];
    // dedupe: a mention already stored under the same canonical id is a duplicate (syndicated URL,
    // AMP link, tracking parameters) — the crawler already skipped URLs it knew.
    const known = await deps.store.existingIds(batch.map((m) => m.id));
    const fresh: Mention[] = [];
    for (const m of batch) {
      if (known.has(m.id)) counter.add(source.id, 'duplicate');
      else fresh.push(m);
    }
    await rememberAliases(batch);
    if (fresh.length === 0) return;
    if (deps.analyzers) {
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
    const res = await deps.store.upsertMentions(fresh);
    const droppedIds = new Set(res.dropped.map((d) => d.id));
    for (const d of res.dropped) {
      const m = fresh.find((x) => x.id === d.id);
      counter.note(source.id, 'dropped', m?.url ?? d.id, d.reason);
      log.warn({ url: m?.url, reason: d.reason }, 'store dropped item');
    }
    const stored = fresh.filter((m) => !droppedIds.has(m.id));
    // Another writer may have stored the same id between existingIds() and now: the store says so.
    counter.add(source.id, 'duplicate', res.duplicates);
    counter.add(source.id, 'indexed', stored.length - res.duplicates);
    if (source.factcheck) {
      const debunks: Debunk[] = stored.map((m) => ({
        id: m.id,
        url: m.canonicalUrl,
        title: m.title,
        text: m.text,
        publishedAt: m.publishedAt,
        sourceId: source.id,
      }));
      await deps.store.upsertDebunks(debunks);
    }
    for (const m of stored) deps.progress?.item?.(source, m);
    await deps.onIndexed?.(stored);
  };

  // The feed link and the fetched URL can differ from the canonical URL a mention is stored under
  // (redirects, rel=canonical). Remember them as fetched, so isKnownUrl() recognises them next run
  // and the page is not fetched again.
  const rememberAliases = async (batch: Mention[]): Promise<void> => {
    const fetchedAt = new Date().toISOString();
    for (const m of batch) {
      const feedLink = typeof m.meta?.feedLink === 'string' ? m.meta.feedLink : undefined;
      const aliases = new Set([m.url, feedLink].filter((u): u is string => !!u).map((u) => deps.canonicalize(u)));
      aliases.delete(m.canonicalUrl);
      for (const url of aliases) await deps.store.putFetchState({ url, status: 200, fetchedAt });
    }
  };

  const signal = deps.signal ?? new AbortController().signal;
  // Each concurrent fetch of this source listens for cancellation on the same signal.
  setMaxListeners(0, signal);
  const ctx: CrawlContext = {
    signal,
    log,
    isKnownUrl: async (url) => {
      const id = mentionId(deps.canonicalize(url));
      if (seen.has(id)) return true;
      if ((await deps.store.existingIds([id])).has(id)) return true;
      return (await deps.store.getFetchState(deps.canonicalize(url))) !== undefined;
    },
    getFetchState: (url) => deps.store.getFetchState(url),
    putFetchState: (s) => deps.store.putFetchState(s),
    getSourceState: (id) => deps.store.getSourceState(id),
    putSourceState: (s) => deps.store.putSourceState(s),
    report: (disposition, url, reason) => {
      counter.note(source.id, disposition, url, reason);
      log.info({ url, disposition, reason }, `item ${disposition}`);
    },
  };

  let error: string | undefined;
  try {
    const crawler = deps.crawlers.get(source.kind);
    if (!crawler) throw new PermanentError(`no crawler for source kind "${source.kind}" yet`, 'unsupported_kind');
    for await (const raw of crawler.crawl(source, ctx)) {
      if (ctx.signal.aborted) break;
      let m: Mention;
      try {
        m = normalizeItem(raw, deps.extract, deps.canonicalize);
      } catch (err) {
        counter.note(source.id, 'dropped', raw.url, errorMessage(err));
        log.info({ url: raw.url, reason: errorMessage(err) }, 'item dropped');
        continue;
      }
      if (seen.has(m.id)) {
        counter.add(source.id, 'duplicate');
        continue;
      }
      seen.add(m.id);
      pending.push(m);
      if (pending.length >= batchSize) await flush();
    }
    await flush();
  } catch (err) {
    error = errorMessage(err);
    log.warn({ err: error }, 'source failed');
    // Whatever was already extracted is still worth keeping.
    try {
      await flush();
    } catch (flushErr) {
      for (const m of pending) counter.note(source.id, 'failed', m.url, errorMessage(flushErr));
      log.error({ err: errorMessage(flushErr) }, 'could not store pending items');
    }
  }

  const counts = counter.bySource.get(source.id) ?? zeroCounts();
  await updateSourceState(deps.store, source, error, counts.indexed, deps.jitter).catch((e) =>
    log.warn({ err: errorMessage(e) }, 'could not update source state'),
  );
  const result: SourceResult = { sourceId: source.id, ok: !error, error, counts, durationMs: Date.now() - started };
  deps.progress?.sourceDone?.(result);
  return result;
}

/** Next due time: the source's interval with jitter; failing sources back off exponentially (≤ 1 day). */
export function nextDue(now: number, everyMinutes: number, failures: number, jitter = 0.1, rand = Math.random): number {
  const base = everyMinutes * 60_000 * Math.min(2 ** Math.min(failures, 10), 1440 / Math.max(everyMinutes, 1));
  const j = 1 + (rand() * 2 - 1) * jitter;
  return now + Math.max(1000, base * j);
}

async function updateSourceState(store: Store, source: Source, error: string | undefined, indexed: number, jitter = 0.1): Promise<void> {
  const prev: SourceState = (await store.getSourceState(source.id)) ?? {
    sourceId: source.id,
    consecutiveFailures: 0,
    itemsFound: 0,
  };
  const now = Date.now();
  const failures = error ? prev.consecutiveFailures + 1 : 0;
  await store.putSourceState({
    ...prev,
    lastRunAt: new Date(now).toISOString(),
    lastSuccessAt: error ? prev.lastSuccessAt : new Date(now).toISOString(),
    consecutiveFailures: failures,
    lastError: error ?? undefined,
    itemsFound: prev.itemsFound + indexed,
    nextDueAt: new Date(nextDue(now, source.everyMinutes, failures, jitter)).toISOString(),
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
  return {
    sources: results,
    totals: counter.total(),
    failedSources: results.filter((r) => !r.ok).map((r) => r.sourceId),
    reasons: counter.reasons,
  };
}
