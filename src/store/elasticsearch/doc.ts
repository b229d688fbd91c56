// A Mention as an Elasticsearch document and back. Validation and normalization are the SQLite
// store's (src/store/sqlite/rows.ts), so both backends accept and drop exactly the same items; the
// facets come from the one pure function both index (src/core/facets.ts).
import { mentionFacets, type FacetOptions } from '../../core/facets.js';
import type { Analysis, Debunk, Mention, MentionKind } from '../../core/types.js';
import { hash } from 'node:crypto';
import { hashParts } from '../sqlite/hash.js';
import { assignedFields, normalizeMention } from '../sqlite/rows.js';

export interface MentionDoc {
  id: string;
  source: string;
  kind: MentionKind;
  url: string;
  canonical_url: string;
  title: string;
  text: string;
  author?: string;
  mention_language?: string;
  published_at?: string;
  fetched_at: string;
  '@timestamp': number;
  stored_at: number;
  changed_at: number;
  content_hash: string;
  analysis?: Analysis;
  meta?: Record<string, unknown>;
  sentiment?: string;
  sentiment_score?: number;
  language?: string;
  owned: boolean;
  hoax_score?: number;
  hoax_flagged: boolean;
  cluster?: string;
  issue?: string | null;
  topic: string[];
  region: string[];
  entity: string[];
  term: string[];
  district: string[];
  place_name: string[];
}

/** The fields the write path reads back to decide new / updated / duplicate. */
export type DocHead = Pick<MentionDoc, 'content_hash' | 'stored_at' | 'issue'> & Partial<Pick<MentionDoc, 'analysis' | 'mention_language'>>;

/**
 * A validated mention ready to write: the document without the store-assigned fields, and the ones
 * the item carried (a migration keeps storedAt and issueId for new documents).
 */
export interface PreparedMention {
  mention: Mention;
  storedMs?: number;
  issueId?: string;
  /** Epoch ms of publication (else fetch): the document's month and `@timestamp`. */
  timeMs: number;
  contentHash: string;
  /** The serialized analysis and meta (hashed once, written as they are). */
  analysisJson: string | null;
  metaJson: string | null;
}

/** Validate one item (throws InvalidItem with the drop reason, as the SQLite store does). */
export function prepareMention(item: unknown): PreparedMention {
  const mention = normalizeMention(item);
  const assigned = assignedFields(item);
  const time = mention.publishedAt ?? mention.fetchedAt;
  const analysisJson = mention.analysis === undefined ? null : JSON.stringify(mention.analysis);
  const metaJson = mention.meta === undefined ? null : JSON.stringify(mention.meta);
  return { mention, ...assigned, timeMs: Date.parse(time), contentHash: mentionHash(mention, analysisJson, metaJson), analysisJson, metaJson };
}

/**
 * The content hash that decides "duplicate": every stored field of the mention, each part
 * length-prefixed (no two different mentions feed the same bytes), hashed in one call.
 */
export function mentionHash(m: Mention, analysisJson: string | null, metaJson: string | null): string {
  const parts = [
    'mention/1',
    m.id,
    m.sourceId,
    m.kind,
    m.url,
    m.canonicalUrl,
    m.title,
    m.text,
    m.author ?? null,
    m.language ?? null,
    m.publishedAt ?? null,
    m.fetchedAt,
    analysisJson,
    metaJson,
  ];
  let s = '';
  for (const p of parts) s += p === null ? '-;' : `${p.length};${p}`;
  return hash('sha256', s, 'base64url');
}

const DISTRICT = /^\d{2}\.\d{2}\.\d{2}$/;

/**
 * The document as the JSON line of a bulk request: analysis and meta are spliced in as serialized by
 * prepareMention (the largest parts of a mention are not serialized twice).
 */
export function docJson(p: PreparedMention, assigned: { storedMs: number; issueId: string | null; changedMs: number }, opts: FacetOptions): string {
  const doc = toDoc(p, assigned, opts, false);
  let s = JSON.stringify(doc);
  if (p.analysisJson !== null) s = `${s.slice(0, -1)},"analysis":${p.analysisJson}}`;
  if (p.metaJson !== null) s = `${s.slice(0, -1)},"meta":${p.metaJson}}`;
  return s;
}

/** The whole document of a prepared mention, with the store-assigned fields given. */
export function toDoc(p: PreparedMention, assigned: { storedMs: number; issueId: string | null; changedMs: number }, opts: FacetOptions, objects = true): MentionDoc {
  const m = p.mention;
  const f = mentionFacets(m, opts);
  const doc: MentionDoc = {
    id: m.id,
    source: m.sourceId,
    kind: m.kind,
    url: m.url,
    canonical_url: m.canonicalUrl,
    title: m.title,
    text: m.text,
    fetched_at: m.fetchedAt,
    '@timestamp': p.timeMs,
    stored_at: assigned.storedMs,
    changed_at: assigned.changedMs,
    content_hash: p.contentHash,
    owned: f.owned,
    hoax_flagged: f.hoaxFlagged,
    topic: f.topics,
    region: f.regions,
    entity: f.entities,
    term: f.terms,
    district: f.regions.filter((c) => DISTRICT.test(c)),
    place_name: placeNames(m.analysis),
  };
  if (m.author !== undefined) doc.author = m.author;
  if (m.language !== undefined) doc.mention_language = m.language;
  if (m.publishedAt !== undefined) doc.published_at = m.publishedAt;
  if (objects && m.analysis !== undefined) doc.analysis = m.analysis;
  if (objects && m.meta !== undefined) doc.meta = m.meta;
  if (f.sentiment !== null) doc.sentiment = f.sentiment;
  if (f.sentimentScore !== null) doc.sentiment_score = f.sentimentScore;
  if (f.language !== null) doc.language = f.language;
  if (f.hoaxScore !== null) doc.hoax_score = f.hoaxScore;
  if (f.cluster !== null) doc.cluster = f.cluster;
  if (assigned.issueId !== null) doc.issue = assigned.issueId;
  return doc;
}

function placeNames(a: unknown): string[] {
  const regions = (a as { regions?: unknown } | undefined)?.regions;
  if (!Array.isArray(regions)) return [];
  const out = new Set<string>();
  for (const r of regions) {
    const name = (r as { name?: unknown } | null)?.name;
    if (typeof name === 'string' && name) out.add(name.slice(0, 200));
  }
  return [...out];
}

/** The Mention a document stores, with storedAt and issueId as the store assigned them. */
export function fromDoc(d: MentionDoc): Mention {
  const m: Mention = {
    id: d.id,
    sourceId: d.source,
    kind: d.kind,
    url: d.url,
    canonicalUrl: d.canonical_url,
    title: d.title,
    text: d.text,
    fetchedAt: d.fetched_at,
  };
  if (d.author !== undefined && d.author !== null) m.author = d.author;
  if (d.mention_language !== undefined && d.mention_language !== null) m.language = d.mention_language;
  if (d.published_at !== undefined && d.published_at !== null) m.publishedAt = d.published_at;
  if (d.analysis !== undefined && d.analysis !== null) m.analysis = d.analysis;
  if (d.meta !== undefined && d.meta !== null) m.meta = d.meta;
  if (typeof d.stored_at === 'number') m.storedAt = new Date(d.stored_at).toISOString();
  else if (typeof d.stored_at === 'string') m.storedAt = new Date(Date.parse(d.stored_at)).toISOString();
  if (typeof d.issue === 'string' && d.issue) m.issueId = d.issue;
  return m;
}

export interface DebunkDoc {
  id: string;
  url: string;
  title: string;
  text: string;
  published_at?: string;
  source?: string;
  content_hash: string;
}

export function debunkHash(d: Debunk): string {
  return hashParts(['debunk/1', d.id, d.url, d.title, d.text, d.publishedAt ?? null, d.sourceId ?? null]);
}

export function debunkToDoc(d: Debunk): DebunkDoc {
  const doc: DebunkDoc = { id: d.id, url: d.url, title: d.title, text: d.text, content_hash: debunkHash(d) };
  if (d.publishedAt !== undefined) doc.published_at = d.publishedAt;
  if (d.sourceId !== undefined) doc.source = d.sourceId;
  return doc;
}

export function docToDebunk(doc: DebunkDoc): Debunk {
  const d: Debunk = { id: doc.id, url: doc.url, title: doc.title, text: doc.text };
  if (doc.published_at != null) d.publishedAt = doc.published_at;
  if (doc.source != null) d.sourceId = doc.source;
  return d;
}

/** "2024.05": the UTC month of an instant, the suffix of its monthly index. */
export function monthOf(ms: number): string {
  const d = new Date(ms);
  return `${d.getUTCFullYear()}.${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** The first instant of the month after `month` ("2024.05" → 2024-06-01T00:00Z), when it has ended. */
export function monthEndMs(month: string): number {
  const [y, m] = month.split('.').map(Number) as [number, number];
  return Date.UTC(y, m, 1);
}
