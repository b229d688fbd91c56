// The core vocabulary of Pantau. Every stage (crawlers, analyzers, stores, dashboards) speaks these
// types; this module imports nothing from the rest of the project so dependencies only point inward.

import type { AlertStore } from './alerts.js';
import type { IssueCorrectionStore } from './issue-corrections.js';
import type { WebStore } from './web.js';
import type { EvaluationStore } from './evaluation.js';

export const SOURCE_KINDS = [
  'rss',
  'sitemap',
  'google-news',
  'html-list',
  'page',
  'telegram',
  'youtube',
  'mastodon',
  'reddit',
  'x',
  'facebook',
  'instagram',
  'import',
] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];

export type MentionKind = 'news' | 'social';

/** A configured place Pantau reads from. */
export interface Source {
  id: string;
  kind: SourceKind;
  url: string;
  /** Human name shown in reports; defaults to id. */
  name?: string;
  /** Minutes between crawls when `pantau run` schedules it. */
  everyMinutes: number;
  /** Fetch through a headless browser (JS-rendered sites). */
  render: boolean;
  /** One of the office's own channels (owned-channel audit). */
  owned: boolean;
  /** Items are published debunks that feed the debunk index. */
  factcheck: boolean;
  /** Kind-specific settings (selectors, query, column mapping, …). */
  options: Record<string, unknown>;
  /** Wall-clock budget of one crawl of this source in ms (`budget:`, else crawl.sourceBudget). */
  budgetMs?: number;
}

/** What a crawler yields: one discovered item, before normalization. */
export interface RawItem {
  sourceId: string;
  url: string;
  kind: MentionKind;
  fetchedAt: Date;
  /** Raw HTML of the item page when the crawler fetched it. */
  html?: string;
  /** Plain text when the source gives text directly (social posts, feed bodies). */
  text?: string;
  title?: string;
  author?: string;
  publishedAt?: Date;
  /** Canonical URL if the crawler already knows it. */
  canonicalUrl?: string;
  /**
   * What the mention id derives from when the URL does not identify the item (a comment exported
   * with its post's URL): a URN such as `urn:pantau:import:<source>:<platform>:<id>`. Default: the
   * canonical URL.
   */
  identity?: string;
  /** Platform/source-specific extras: engagement counts, platform id, reply-to, feed categories. */
  meta?: Record<string, unknown>;
}

export type SentimentLabel = 'positive' | 'neutral' | 'negative';

export interface RegionTag {
  /** Official Kemendagri code, e.g. "15.71" (Kota Jambi), "15.71.01.1001". */
  code: string;
  name: string;
  level: 'province' | 'regency' | 'district' | 'village';
  /** The text span that matched. */
  match?: string;
}

export interface EntityTag {
  text: string;
  type: 'person' | 'organization';
  /** Canonical name from the watch list when matched through an alias. */
  canonical?: string;
  watched?: boolean;
}

export interface DebunkMatch {
  url: string;
  title: string;
  similarity: number;
}

/** Everything the analyzers say about one mention. All fields are always present (empty, never missing). */
export interface Analysis {
  language: string;
  sentiment: { label: SentimentLabel; score: number };
  topics: string[];
  /**
   * score: hoax triage score in [0, 1]; flagged: score at or above the analyzer's flag threshold (or a
   * published debunk matched) — what the demo and search show as "possible hoax".
   */
  hoax: { score: number; flagged: boolean; indicators: string[]; debunks: DebunkMatch[] };
  regions: RegionTag[];
  entities: EntityTag[];
  /** analyzer name → version, so stale analyses can be recomputed later. */
  versions: Record<string, string>;
}

/** One crawled item, normalized. Dates are ISO 8601 strings so mentions serialize losslessly. */
export interface Mention {
  /** sha256 of the canonical URL: deterministic, so re-writes are idempotent. */
  id: string;
  sourceId: string;
  kind: MentionKind;
  url: string;
  canonicalUrl: string;
  title: string;
  text: string;
  author?: string;
  language?: string;
  publishedAt?: string;
  fetchedAt: string;
  analysis?: Analysis;
  meta?: Record<string, unknown>;
  /** Set by the store: the first time Pantau stored this mention (ISO). Ignored on update. */
  storedAt?: string;
  /** Set by the store (Store.setIssueIds): the issue of the daily map this mention belongs to. */
  issueId?: string;
}

/** A published fact-check article, used to match circulated claims. */
export interface Debunk {
  /** sha256 of the canonical URL. */
  id: string;
  url: string;
  title: string;
  text: string;
  publishedAt?: string;
  sourceId?: string;
}

/**
 * One item of the office's fact base: a programme result, budget, schedule or official statement
 * (`pantau facts import`). Keyed by `id`: importing the same id again updates it.
 */
export interface Fact {
  id: string;
  statement: string;
  /** Label → value ("paket sembako": 1200); every figure a brief quotes comes from here or the statement. */
  figures?: Record<string, number | string>;
  /** YYYY-MM-DD. */
  date: string;
  source_url: string;
  /** The agency (OPD) the fact is from. */
  opd: string;
  tags: string[];
  /** Kemendagri codes the fact is about. */
  regions: string[];
}

export interface FactQuery {
  /** Any of these tags. */
  tag?: string;
  opd?: string;
  /** A code: facts about it, inside it, or containing it ("15.71.03" finds "15.71.03.1010" and "15.71"). */
  region?: string;
}

/** One value, or several of which any may match (an ES `terms` query). */
export type OneOrMany<T> = T | readonly T[];

/** Inclusive numeric bounds (an ES `range` with gte/lte). */
export interface NumberRange {
  gte?: number;
  lte?: number;
}

/**
 * A filter over stored mentions. Every field is optional; fields combine with AND, the values of one
 * field with OR. It is the one filter shape of search, aggregate, scan and changes, so the map,
 * alerts, the API and every backend read the same subset.
 *
 * Dates are ISO 8601. A value without an offset ("2024-05-01", "2024-05-01T08:00") is read in the
 * store's office time zone (config `timezone`); lower bounds are inclusive, upper bounds exclusive.
 */
export interface MentionQuery {
  /** Full-text query; empty lists newest first. */
  text?: string;
  sourceId?: OneOrMany<string>;
  /**
   * Mentions of these sources are left out. The counts an office reads (trends, the area map) pass
   * the sources configured `factcheck: true`: their items are the debunks, in the hoax's own words.
   */
  excludeSourceId?: OneOrMany<string>;
  kind?: OneOrMany<MentionKind>;
  sentiment?: OneOrMany<SentimentLabel>;
  /** Taxonomy topic id. */
  topic?: OneOrMany<string>;
  /**
   * Kemendagri code: matches a mention tagged with it or with any place inside it ("15.71" finds
   * mentions of Kota Jambi and of its kecamatan and kelurahan), through the region ancestor facet.
   */
  region?: OneOrMany<string>;
  /** Entity key as made by `entityKey()` in src/core/facets.ts, e.g. "person:maulana". */
  entity?: OneOrMany<string>;
  /** Story cluster id (meta.clusterId). */
  clusterId?: OneOrMany<string>;
  /** Issue id set by setIssueIds; `null` = mentions without an issue. */
  issueId?: OneOrMany<string> | null;
  /** Key term (facet `term`, see keyTerms() in src/core/terms.ts). */
  term?: OneOrMany<string>;
  /** meta.isOwned, or the mention comes from a source configured `owned: true`. */
  owned?: boolean;
  /** Language code of the analysis (falls back to the mention's own `language`). */
  language?: OneOrMany<string>;
  sentimentScore?: NumberRange;
  hoaxScore?: NumberRange;
  hoaxFlagged?: boolean;
  /** Bounds on publishedAt (fetchedAt when missing). */
  from?: string;
  to?: string;
  /** Bounds on storedAt, the first time Pantau stored the mention (alerts count by it). */
  storedFrom?: string;
  storedTo?: string;
  limit?: number;
  offset?: number;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface Bucket {
  key: string;
  count: number;
}

export type CountField = 'sourceId' | 'sentiment' | 'topic' | 'day';

/**
 * What aggregate() can group by. Every one is a flat keyword field in the Elasticsearch mapping:
 * - source, kind, sentiment (label), language, owned ("true"/"false"), hoaxFlagged ("true"/"false"),
 *   cluster (meta.clusterId), issue (setIssueIds) — one value per mention, or none;
 * - topic, region (the codes with all their ancestors), entity (entityKey), term (keyTerms) — several
 *   per mention: a mention counts once in each of its values' buckets.
 */
export const FACET_FIELDS = [
  'source',
  'kind',
  'sentiment',
  'language',
  'owned',
  'hoaxFlagged',
  'cluster',
  'issue',
  'topic',
  'region',
  'entity',
  'term',
] as const;
export type FacetField = (typeof FACET_FIELDS)[number];

/** Which instant a time bucket or histogram uses: publication (fetch when missing) or first store. */
export type TimeField = 'published' | 'stored';

/**
 * One aggregation: counts of the mentions matching `filter`, grouped by up to two facets and then by
 * hour or day in the office's time zone. Levels nest in the order facets…, time, as an
 * Elasticsearch request would nest `terms` → `terms` → `date_histogram` (time_zone, min_doc_count
 * 1), each bucket with a `filter` sub-aggregation on sentiment = negative.
 */
export interface AggregateRequest {
  filter?: MentionQuery;
  /** Zero, one or two facets. */
  by?: readonly FacetField[];
  /** Most buckets per facet level, biggest first (count desc, then key asc). Default 10, at most 10,000. */
  size?: number;
  /** Time buckets below the facets: local hour ("YYYY-MM-DDTHH") or local day ("YYYY-MM-DD"). */
  interval?: 'hour' | 'day';
  /** Default 'published'. */
  timeField?: TimeField;
  /** IANA zone of the time buckets; default the store's (config `timezone`). */
  timeZone?: string;
}

export interface AggregateBucket {
  /** Facet value, or the local hour/day key for a time bucket. */
  key: string;
  /** Mentions in the bucket. */
  count: number;
  /** Of which sentiment label = negative. */
  negative: number;
  /** Time buckets only: the bucket's first instant (ISO, UTC). */
  start?: string;
  /** The next level, when there is one. Facet levels biggest first, time levels chronological. */
  buckets?: AggregateBucket[];
}

export interface AggregateResult {
  /** All mentions matching the filter. */
  count: number;
  negative: number;
  buckets: AggregateBucket[];
}

/** A keyset scan page: items in order, and the opaque cursor of the next page (null when done). */
export interface ScanPage {
  items: Mention[];
  cursor: string | null;
}

export interface ScanOptions {
  /** From a previous page; omitted = the beginning. */
  cursor?: string;
  /** Page size; default 500, at most 10,000. */
  limit?: number;
  /** By publication time (fetch time when missing); default 'asc' (oldest first). */
  order?: 'asc' | 'desc';
}

/**
 * A page of the change feed: mentions stored or rewritten since a cursor, in store order. Delivery is
 * at least once — a mention that is written again (new analysis, new issue id) comes again — so
 * consumers key on `id` and count by `storedAt`.
 */
export interface ChangePage {
  items: Mention[];
  /** Give it to the next changes() call; the same cursor again returns the same changes. */
  cursor: string;
  /** More changes are waiting beyond `cursor` (the page was full). */
  more: boolean;
}

export interface ChangeOptions {
  /** Omitted = from the first stored mention. Use changeCursor() to start from "now". */
  cursor?: string;
  /** Default 500, at most 10,000. */
  limit?: number;
  /** Only changes matching this filter are returned; the cursor still moves past the rest. */
  filter?: MentionQuery;
}

export interface IssueAssignment {
  mentionId: string;
  /** null clears the mention's issue. */
  issueId: string | null;
}

export interface IssueAssignResult {
  /** Mentions whose issue id changed. */
  updated: number;
  /** Already had that issue id. */
  unchanged: number;
  /** Ids not in the store. */
  missing: string[];
}

export interface WriteResult {
  /** New rows. */
  written: number;
  /** Rows that existed and were updated in place (same id). */
  updated: number;
  /** Items identical to what is stored (nothing to write). */
  duplicates: number;
  dropped: { id: string; reason: string }[];
}

/** HTTP cache validators remembered per URL so the next fetch can be conditional. */
export interface FetchState {
  url: string;
  etag?: string;
  lastModified?: string;
  status?: number;
  fetchedAt: string;
}

/**
 * What a crawler needs to fetch a discovered item again on a later run: the link, and its own
 * description of the item from the listing (title, date… as JSON), since the listing may answer 304.
 */
export interface RetryHint {
  url: string;
  data?: string;
}

/** A discovered item whose fetch failed, remembered per source so later runs retry it with backoff. */
export interface ItemFailure {
  sourceId: string;
  /** Canonical URL of the item (the key). */
  url: string;
  retry: RetryHint;
  /** Failed fetches so far. */
  attempts: number;
  /** ISO time of the next attempt; absent once the pipeline gave up on the item. */
  nextRetryAt?: string;
  lastError: string;
  firstFailedAt: string;
  lastFailedAt: string;
}

/** A lock with an expiry (a killed holder cannot keep it forever): one crawl of a source at a time. */
export interface Lease {
  name: string;
  owner: string;
  /** ISO time after which anyone may take it. */
  expiresAt: string;
}

/** Scheduling and health of one source, so `pantau run` resumes after a restart. */
export interface SourceState {
  sourceId: string;
  lastRunAt?: string;
  lastSuccessAt?: string;
  nextDueAt?: string;
  consecutiveFailures: number;
  lastError?: string;
  itemsFound: number;
  /** Connector-specific cursor (pagination token, last seen id). */
  cursor?: string;
}

export interface StoreFlags {
  fullText: boolean;
  aggregations: boolean;
}

/**
 * Storage backend. SQLite is the embedded default; Elasticsearch fills the same contract later, and
 * test/contract holds both to the same tests. Writes report partial failures in WriteResult instead
 * of throwing; a backend that is down throws StoreUnavailableError; a malformed filter or cursor is an
 * InputError. Every read returns mentions with the store-assigned `storedAt` (and `issueId` when set).
 */
export interface Store extends AlertStore, WebStore, IssueCorrectionStore, EvaluationStore {
  readonly name: 'sqlite' | 'elasticsearch';
  readonly flags: StoreFlags;
  /**
   * Insert or update by id. The store derives and indexes the facets (src/core/facets.ts). A new
   * mention gets `storedAt` = now (or the one it carries, so a migration keeps it) and `issueId` when
   * it carries one; an existing mention keeps both.
   */
  upsertMentions(batch: Mention[]): Promise<WriteResult>;
  getMention(id: string): Promise<Mention | undefined>;
  /** Which of these ids are already stored (dedupe stage). */
  existingIds(ids: string[]): Promise<Set<string>>;
  /** Ranked (full text) or newest first; offset paging, for people. Read whole periods with scan(). */
  search(q: MentionQuery): Promise<Page<Mention>>;
  countBy(field: CountField, q: MentionQuery): Promise<Bucket[]>;
  /** Counts by facets and local hour/day with the negative count beside each (AggregateRequest). */
  aggregate(req: AggregateRequest): Promise<AggregateResult>;
  /** Every mention matching the filter (limit/offset ignored), in time order, a page at a time. */
  scan(q: MentionQuery, opts?: ScanOptions): Promise<ScanPage>;
  /** Mentions stored or rewritten since a cursor (the alerts' incremental read). */
  changes(opts?: ChangeOptions): Promise<ChangePage>;
  /** A change cursor at the newest change: changes() from it returns only what is stored later. */
  changeCursor(): Promise<string>;
  /**
   * An opaque token that changes whenever something a map or a dashboard answer is built from changes:
   * a mention stored, rewritten (issue ids, corrections) or removed, the fact base, the debunks,
   * corrections, response links. Cheap (no scan): an answer cached with the token is valid while
   * the token is the same, in this process or another one writing the same store.
   */
  changeToken(): Promise<string>;
  /** Set (or clear) the issue id of many mentions in one call; a changed mention enters the change feed. */
  setIssueIds(assignments: readonly IssueAssignment[]): Promise<IssueAssignResult>;

  getFetchState(url: string): Promise<FetchState | undefined>;
  putFetchState(state: FetchState): Promise<void>;
  getSourceState(sourceId: string): Promise<SourceState | undefined>;
  putSourceState(state: SourceState): Promise<void>;
  listSourceStates(): Promise<SourceState[]>;

  upsertDebunks(batch: Debunk[]): Promise<WriteResult>;
  listDebunks(): Promise<Debunk[]>;

  /** Insert or update facts by id (an unchanged fact counts as a duplicate); a bad one is dropped with its reason. */
  upsertFacts(batch: Fact[]): Promise<WriteResult>;
  /** Facts of the fact base (all, or those matching the query), by id. */
  listFacts(q?: FactQuery): Promise<Fact[]>;

  /** Remembered item failures of a source (retried with backoff by the pipeline). */
  listItemFailures(sourceId: string): Promise<ItemFailure[]>;
  /** Insert or replace item failures, in one transaction. */
  putItemFailures(batch: ItemFailure[]): Promise<void>;
  deleteItemFailures(sourceId: string, urls: string[]): Promise<void>;

  /**
   * Take the lease `name` for `owner` until `expiresAt` (epoch ms) if it is free, expired at `now`,
   * already ours, or held by `takeOver` (a holder known to be dead). Atomic across processes. Returns
   * the lease as it stands afterwards: ours when taken, else the holder's.
   */
  acquireLease(name: string, owner: string, expiresAt: number, now: number, takeOver?: string): Promise<Lease>;
  /** Give the lease up if `owner` still holds it. */
  releaseLease(name: string, owner: string): Promise<void>;

  /** Whether the backend is reachable and what waits to be written (Elasticsearch: the local outbox). */
  health?(): Promise<StoreHealth>;

  close(): Promise<void>;
}

export interface StoreHealth {
  backend: 'sqlite' | 'elasticsearch';
  /** The backend answers. */
  reachable: boolean;
  /** Why it does not (one line), or its version. */
  detail?: string;
  /** Mentions accepted but not yet written to the backend (they wait in a local outbox). */
  waiting: number;
  /** Correction rewrites (a correction or its undo) whose mention document is not yet rewritten. */
  waitingCorrections?: number;
}

/** What a crawler gets from the pipeline: shared HTTP, logging, cancellation, remembered state. */
export interface CrawlContext {
  signal: AbortSignal;
  log: Logger;
  /**
   * Ids/URLs already stored, or remembered as failed (those come back through dueRetries when due),
   * so crawlers can skip fetching known article pages.
   */
  isKnownUrl(url: string): Promise<boolean>;
  getFetchState(url: string): Promise<FetchState | undefined>;
  putFetchState(state: FetchState): Promise<void>;
  getSourceState(sourceId: string): Promise<SourceState | undefined>;
  putSourceState(state: SourceState): Promise<void>;
  /**
   * Record an item the crawler did not yield (robots-disallowed, not HTML, too large, fetch failed),
   * so every discovered item ends in exactly one counted disposition. `code` is the error class's code
   * (robots, ssrf, not_html, too_large, http_404…) for the run summary; with `retry` the pipeline
   * remembers the failure and hands the item back through dueRetries on a later run (with backoff,
   * a bounded number of times).
   */
  report(disposition: 'skipped' | 'dropped' | 'failed', url: string, reason: string, extra?: ReportExtra): void;
  /** Remembered failed items of this source that are due for another try (absent: none). */
  dueRetries?(): Promise<RetryHint[]>;
  /** A problem with the source's setup worth showing the operator (a selector that matched nothing). */
  warn?(message: string): void;
}

export interface ReportExtra {
  code?: string;
  retry?: RetryHint;
}

export interface Crawler {
  readonly kinds: readonly SourceKind[];
  crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem>;
}

/** The input an analyzer sees. */
export interface AnalyzeDoc {
  id: string;
  text: string;
  title?: string;
  url?: string;
  /** ISO date; the pipeline passes the fetch time when the source gave none. */
  publishedAt?: string;
  kind?: MentionKind;
}

/**
 * A pure analysis step. Synchronous on purpose: analyzers are CPU-bound, and the full chain must
 * reach thousands of docs/s on one core.
 */
export interface Analyzer {
  readonly name: string;
  readonly version: string;
  analyze(doc: AnalyzeDoc, soFar: Analysis): Partial<Analysis>;
}

/** Minimal structured logger interface (pino satisfies it). */
export interface Logger {
  debug(obj: object | string, msg?: string): void;
  info(obj: object | string, msg?: string): void;
  warn(obj: object | string, msg?: string): void;
  error(obj: object | string, msg?: string): void;
  child(bindings: Record<string, unknown>): Logger;
}

/** Every item ends in exactly one of these. */
export type Disposition = 'indexed' | 'duplicate' | 'skipped' | 'dropped' | 'failed';

export function emptyAnalysis(): Analysis {
  return {
    language: 'und',
    sentiment: { label: 'neutral', score: 0 },
    topics: [],
    hoax: { score: 0, flagged: false, indicators: [], debunks: [] },
    regions: [],
    entities: [],
    versions: {},
  };
}
