// Mapping between Mention/Debunk objects and table rows, and the per-item validation that lets a
// batch write drop one bad item (with a reason) instead of failing the whole batch.
import { mentionFacets, type FacetOptions, type MentionFacets } from '../../core/facets.js';
import type { Analysis, Debunk, Mention, MentionKind } from '../../core/types.js';
import { hashParts } from './hash.js';
import { facetsJson } from './facet-index.js';

export interface MentionRow {
  id: string;
  source_id: string;
  kind: string;
  url: string;
  canonical_url: string;
  title: string;
  text: string;
  author: string | null;
  language: string | null;
  published_at: string | null;
  fetched_at: string;
  sort_ms: number;
  sentiment: string | null;
  topics: string;
  analysis: string | null;
  meta: string | null;
  content_hash: string;
  updated_at: string;
  // derived facets (src/core/facets.ts)
  cluster_id: string | null;
  owned: number;
  sentiment_score: number | null;
  hoax_score: number | null;
  hoax_flagged: number;
  lang: string | null;
  facets: string;
}

export interface DebunkRow {
  id: string;
  url: string;
  title: string;
  text: string;
  published_at: string | null;
  source_id: string | null;
  content_hash: string;
}

/** Thrown by the converters for an item that cannot be stored; the message is the drop reason. */
export class InvalidItem extends Error {}

const KINDS: readonly MentionKind[] = ['news', 'social'];

export function isObject(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

function reqString(o: Record<string, unknown>, key: string): string {
  const v = o[key];
  if (typeof v !== 'string' || v.trim() === '') throw new InvalidItem(`missing ${key}`);
  return v;
}

function optString(o: Record<string, unknown>, key: string): string | null {
  const v = o[key];
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw new InvalidItem(`${key} must be a string`);
  return v;
}

/** Epoch ms of an ISO date string; throws InvalidItem naming the field when it does not parse. */
function dateMs(value: string, key: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InvalidItem(`invalid ${key} "${value.slice(0, 40)}"`);
  return ms;
}

function json(value: unknown, key: string): string | null {
  if (value === undefined || value === null) return null;
  if (!isObject(value)) throw new InvalidItem(`${key} must be an object`);
  try {
    // The column text doubles as the hash input for duplicate detection. Plain JSON.stringify (key
    // order matters) because sorting keys cost more than the rest of a write; analyzers and
    // crawlers build their objects in a fixed order, so equal content serializes equally.
    return JSON.stringify(value);
  } catch (e) {
    // cycles, BigInt
    throw new InvalidItem(`${key} is not serializable: ${(e as Error).message}`);
  }
}

/** Best-effort id for the dropped list, even when the item has none. */
export function itemLabel(item: unknown, index: number): string {
  if (isObject(item)) {
    if (typeof item.id === 'string' && item.id) return item.id;
    if (typeof item.url === 'string' && item.url) return item.url;
  }
  return `#${index}`;
}

/**
 * Validate a mention and normalize it to the exact object that will be stored (and hashed).
 * Optional fields that are absent stay absent so getMention returns what was written.
 */
export function normalizeMention(input: unknown): Mention {
  if (!isObject(input)) throw new InvalidItem('not an object');
  const id = reqString(input, 'id');
  const sourceId = reqString(input, 'sourceId');
  const kind = input.kind as MentionKind;
  if (!KINDS.includes(kind)) throw new InvalidItem(`invalid kind ${JSON.stringify(input.kind)}`);
  const url = reqString(input, 'url');
  // The pipeline always sets canonicalUrl; an importer might not, and url is the honest fallback.
  const canonicalUrl = optString(input, 'canonicalUrl') || url;
  const title = optString(input, 'title') ?? '';
  const text = optString(input, 'text') ?? '';
  const fetchedAt = reqString(input, 'fetchedAt');
  dateMs(fetchedAt, 'fetchedAt');
  const publishedAt = optString(input, 'publishedAt');
  if (publishedAt !== null) dateMs(publishedAt, 'publishedAt');
  const author = optString(input, 'author');
  const language = optString(input, 'language');
  if (input.analysis !== undefined && input.analysis !== null && !isObject(input.analysis)) {
    throw new InvalidItem('analysis must be an object');
  }
  if (input.meta !== undefined && input.meta !== null && !isObject(input.meta)) throw new InvalidItem('meta must be an object');
  const m: Mention = { id, sourceId, kind, url, canonicalUrl, title, text, fetchedAt };
  if (author !== null) m.author = author;
  if (language !== null) m.language = language;
  if (publishedAt !== null) m.publishedAt = publishedAt;
  if (isObject(input.analysis)) m.analysis = input.analysis as unknown as Analysis;
  if (isObject(input.meta)) m.meta = input.meta;
  return m;
}

/**
 * The store-assigned fields an item may carry into a new row (a migration between backends keeps
 * them): storedAt as epoch ms, issueId. Existing rows keep their own.
 */
export function assignedFields(input: unknown): { storedMs?: number; issueId?: string } {
  if (!isObject(input)) return {};
  const out: { storedMs?: number; issueId?: string } = {};
  if (input.storedAt !== undefined && input.storedAt !== null) {
    if (typeof input.storedAt !== 'string') throw new InvalidItem('storedAt must be a string');
    out.storedMs = dateMs(input.storedAt, 'storedAt');
  }
  if (input.issueId !== undefined && input.issueId !== null) {
    if (typeof input.issueId !== 'string' || input.issueId === '') throw new InvalidItem('issueId must be a non-empty string');
    out.issueId = input.issueId;
  }
  return out;
}

export type FacetColumns = Pick<
  MentionRow,
  'sentiment' | 'topics' | 'cluster_id' | 'owned' | 'sentiment_score' | 'hoax_score' | 'hoax_flagged' | 'lang' | 'facets'
>;

/** The derived columns of a row, and the facets they came from. */
export function facetColumns(m: Mention, opts: FacetOptions): FacetColumns & { derived: MentionFacets } {
  const f = mentionFacets(m, opts);
  return {
    derived: f,
    sentiment: f.sentiment,
    topics: JSON.stringify(f.topics),
    cluster_id: f.cluster,
    owned: f.owned ? 1 : 0,
    sentiment_score: f.sentimentScore,
    hoax_score: f.hoaxScore,
    hoax_flagged: f.hoaxFlagged ? 1 : 0,
    lang: f.language,
    facets: facetsJson(f),
  };
}

/** `now` (ISO) becomes updated_at. */
export function mentionToRow(m: Mention, now: string, opts: FacetOptions = {}): MentionRow & { derived: MentionFacets } {
  return { ...contentRow(m, now), ...facetColumns(m, opts) };
}

export type ContentRow = Omit<MentionRow, keyof FacetColumns>;

/** The stored content of a mention and its hash, without the derived facets (a duplicate needs none). */
export function contentRow(m: Mention, now: string): ContentRow {
  const analysis = json(m.analysis, 'analysis');
  const meta = json(m.meta, 'meta');
  const row: ContentRow = {
    id: m.id,
    source_id: m.sourceId,
    kind: m.kind,
    url: m.url,
    canonical_url: m.canonicalUrl,
    title: m.title,
    text: m.text,
    author: m.author ?? null,
    language: m.language ?? null,
    published_at: m.publishedAt ?? null,
    fetched_at: m.fetchedAt,
    sort_ms: dateMs(m.publishedAt ?? m.fetchedAt, m.publishedAt ? 'publishedAt' : 'fetchedAt'),
    analysis,
    meta,
    content_hash: '',
    updated_at: now,
  };
  row.content_hash = hashParts([
    'mention/1',
    row.id,
    row.source_id,
    row.kind,
    row.url,
    row.canonical_url,
    row.title,
    row.text,
    row.author,
    row.language,
    row.published_at,
    row.fetched_at,
    analysis,
    meta,
  ]);
  return row;
}

/** The columns of a new row, in the order of insertParams(). */
const INSERT_COLUMNS = [
  'id', 'source_id', 'kind', 'url', 'canonical_url', 'title', 'text', 'author', 'language', 'published_at', 'fetched_at',
  'sort_ms', 'analysis', 'meta', 'content_hash', 'updated_at', 'sentiment', 'topics', 'cluster_id', 'owned',
  'sentiment_score', 'hoax_score', 'hoax_flagged', 'lang', 'facets', 'change_seq', 'stored_ms', 'issue_id',
] as const;

export const INSERT_MENTION_SQL = `INSERT INTO mentions (${INSERT_COLUMNS.join(', ')}) VALUES (${INSERT_COLUMNS.map(() => '?').join(', ')})`;

/** Everything but id (the key, last), stored_ms and issue_id (not content: an update keeps them). */
export const UPDATE_MENTION_SQL = `UPDATE mentions SET ${INSERT_COLUMNS.slice(1, -2)
  .map((c) => `${c} = ?`)
  .join(', ')} WHERE id = ?`;

// Positional parameters in one array: binding by name looks every name up on an object, and
// building that object by spreading the content and facet parts cost more than the binding.
function contentAndFacets(c: ContentRow, f: FacetColumns, changeSeq: number): unknown[] {
  return [
    c.source_id, c.kind, c.url, c.canonical_url, c.title, c.text, c.author, c.language, c.published_at, c.fetched_at,
    c.sort_ms, c.analysis, c.meta, c.content_hash, c.updated_at, f.sentiment, f.topics, f.cluster_id, f.owned,
    f.sentiment_score, f.hoax_score, f.hoax_flagged, f.lang, f.facets, changeSeq,
  ];
}

/** Parameters of INSERT_MENTION_SQL. */
export function insertParams(c: ContentRow, f: FacetColumns, changeSeq: number, storedMs: number, issueId: string | null): unknown[] {
  const p = contentAndFacets(c, f, changeSeq);
  p.unshift(c.id);
  p.push(storedMs, issueId);
  return p;
}

/** Parameters of UPDATE_MENTION_SQL. */
export function updateParams(c: ContentRow, f: FacetColumns, changeSeq: number): unknown[] {
  const p = contentAndFacets(c, f, changeSeq);
  p.push(c.id);
  return p;
}

/** Columns read back by rowToMention (kept in one place so every SELECT agrees). */
export const MENTION_COLUMNS =
  'm.id, m.source_id, m.kind, m.url, m.canonical_url, m.title, m.text, m.author, m.language, m.published_at, m.fetched_at, m.analysis, m.meta, m.stored_ms, m.issue_id';

/** MENTION_COLUMNS' names as an object row has them ("m.source_id" → "source_id"), in their order. */
const MENTION_FIELDS = MENTION_COLUMNS.split(',').map((c) => c.trim().replace(/^m\./, ''));

/**
 * The mention of a row read in raw mode (`Statement.raw()`: an array in MENTION_COLUMNS order, no
 * object per row with its column names), as the scans that read whole periods read them; object rows
 * come here too, through rowToMention.
 */
export function rawRowToMention(r: readonly unknown[]): Mention {
  const m: Mention = {
    id: r[0] as string,
    sourceId: r[1] as string,
    kind: r[2] as MentionKind,
    url: r[3] as string,
    canonicalUrl: r[4] as string,
    title: r[5] as string,
    text: r[6] as string,
    fetchedAt: r[10] as string,
  };
  if (r[7] != null) m.author = r[7] as string;
  if (r[8] != null) m.language = r[8] as string;
  if (r[9] != null) m.publishedAt = r[9] as string;
  if (r[11] != null) m.analysis = JSON.parse(r[11] as string) as Analysis;
  if (r[12] != null) m.meta = JSON.parse(r[12] as string) as Record<string, unknown>;
  if (r[13] != null) m.storedAt = new Date(r[13] as number).toISOString();
  if (r[14] != null) m.issueId = r[14] as string;
  return m;
}
/** Columns of MENTION_COLUMNS (the raw rows' length before any extra column). */
export const MENTION_COLUMN_COUNT = MENTION_FIELDS.length;

/** A row read as an object (column name → value): the same mapping as rawRowToMention, in one place. */
export function rowToMention(r: Record<string, unknown>): Mention {
  return rawRowToMention(MENTION_FIELDS.map((c) => r[c]));
}

export function normalizeDebunk(input: unknown): Debunk {
  if (!isObject(input)) throw new InvalidItem('not an object');
  const d: Debunk = {
    id: reqString(input, 'id'),
    url: reqString(input, 'url'),
    title: optString(input, 'title') ?? '',
    text: optString(input, 'text') ?? '',
  };
  const publishedAt = optString(input, 'publishedAt');
  if (publishedAt !== null) {
    dateMs(publishedAt, 'publishedAt');
    d.publishedAt = publishedAt;
  }
  const sourceId = optString(input, 'sourceId');
  if (sourceId !== null) d.sourceId = sourceId;
  return d;
}

export function debunkToRow(d: Debunk): DebunkRow {
  return {
    id: d.id,
    url: d.url,
    title: d.title,
    text: d.text,
    published_at: d.publishedAt ?? null,
    source_id: d.sourceId ?? null,
    content_hash: hashParts(['debunk/1', d.id, d.url, d.title, d.text, d.publishedAt ?? null, d.sourceId ?? null]),
  };
}

export function rowToDebunk(r: Record<string, unknown>): Debunk {
  const d: Debunk = { id: r.id as string, url: r.url as string, title: r.title as string, text: r.text as string };
  if (r.published_at != null) d.publishedAt = r.published_at as string;
  if (r.source_id != null) d.sourceId = r.source_id as string;
  return d;
}
