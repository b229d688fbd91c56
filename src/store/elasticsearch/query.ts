// MentionQuery → an Elasticsearch bool query, with the same checks and the same date reading as the
// SQLite store (src/core/query.ts), so a filter means the same on both backends. User text never
// reaches a query syntax: each whitespace-separated word becomes one phrase clause over the folded
// title and text (the words FTS5 would match), so quotes, `-`, `:`, `(`, AND/OR cannot raise an error.
import type { estypes } from '@elastic/elasticsearch';
import { InputError } from '../../core/errors.js';
import { MENTION_KINDS, SENTIMENT_LABELS, parseQueryInstant, stringList } from '../../core/query.js';
import type { MentionQuery, NumberRange } from '../../core/types.js';

type Query = estypes.QueryDslQueryContainer;

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 10_000;

export interface TextWord {
  word: string;
  prefix: boolean;
}

/** The searchable words of a query: as SQLite's toFtsQuery splits them (prefix `korup*` kept). */
export function textWords(text: string | undefined): TextWord[] {
  if (!text) return [];
  const out: TextWord[] = [];
  for (const raw of text.normalize('NFC').split(/\s+/u)) {
    const prefix = /[\p{L}\p{N}]\*+$/u.test(raw);
    const core = (prefix ? raw.replace(/\*+$/u, '') : raw).replace(/[\u0000-\u001f]/gu, ' ');
    if (!/[\p{L}\p{N}]/u.test(core)) continue;
    out.push({ word: core, prefix });
  }
  return out;
}

function range(v: NumberRange | undefined, key: string): NumberRange | undefined {
  if (v === undefined) return undefined;
  for (const b of ['gte', 'lte'] as const) {
    if (v[b] !== undefined && !Number.isFinite(v[b])) throw new InputError(`invalid "${key}.${b}": expected a number, got ${String(v[b])}`);
  }
  return v;
}

export interface CompiledQuery {
  query: Query;
  /** Whether there are words to rank by (else newest first). */
  fullText: boolean;
}

/** The filter of search/aggregate/scan/changes. Dates without an offset are read in `zone`. */
export function compileQuery(q: MentionQuery, zone: string): CompiledQuery {
  const filter: Query[] = [];
  const mustNot: Query[] = [];
  const must: Query[] = [];
  const should: Query[] = [];
  let none = false;
  const terms = (field: string, values: readonly string[] | readonly boolean[] | undefined): void => {
    if (!values) return;
    if (values.length === 0) none = true;
    else if (values.length === 1) filter.push({ term: { [field]: values[0]! } });
    else filter.push({ terms: { [field]: [...values] } });
  };
  terms('source', stringList(q.sourceId, 'sourceId'));
  const excluded = stringList(q.excludeSourceId, 'excludeSourceId');
  if (excluded?.length) mustNot.push({ terms: { source: [...excluded] } });
  terms('kind', stringList(q.kind, 'kind', MENTION_KINDS));
  terms('sentiment', stringList(q.sentiment, 'sentiment', SENTIMENT_LABELS));
  terms('language', stringList(q.language, 'language'));
  terms('cluster', stringList(q.clusterId, 'clusterId'));
  if (q.issueId === null) mustNot.push({ exists: { field: 'issue' } });
  else terms('issue', stringList(q.issueId, 'issueId'));
  // Multi-valued facets: each filter is "any of its values", the filters AND-ed.
  terms('topic', stringList(q.topic, 'topic'));
  terms('region', stringList(q.region, 'region'));
  terms('entity', stringList(q.entity, 'entity'));
  terms('term', stringList(q.term, 'term'));
  if (q.owned !== undefined) filter.push({ term: { owned: q.owned === true } });
  if (q.hoaxFlagged !== undefined) filter.push({ term: { hoax_flagged: q.hoaxFlagged === true } });
  const numeric = (field: string, r: NumberRange | undefined): void => {
    if (!r || (r.gte === undefined && r.lte === undefined)) return;
    filter.push({ range: { [field]: { ...(r.gte !== undefined ? { gte: r.gte } : {}), ...(r.lte !== undefined ? { lte: r.lte } : {}) } } });
  };
  numeric('sentiment_score', range(q.sentimentScore, 'sentimentScore'));
  numeric('hoax_score', range(q.hoaxScore, 'hoaxScore'));
  const time = (field: string, lo: number | undefined, hi: number | undefined): void => {
    if (lo === undefined && hi === undefined) return;
    filter.push({
      range: { [field]: { format: 'epoch_millis', ...(lo !== undefined ? { gte: lo } : {}), ...(hi !== undefined ? { lt: hi } : {}) } },
    });
  };
  time('@timestamp', parseQueryInstant(q.from, 'from', zone), parseQueryInstant(q.to, 'to', zone));
  time('stored_at', parseQueryInstant(q.storedFrom, 'storedFrom', zone), parseQueryInstant(q.storedTo, 'storedTo', zone));
  const words = textWords(q.text);
  for (const w of words) {
    // Matching: the folded words, as a phrase (a "word" like baz-qux is two tokens next to each other).
    must.push({
      multi_match: { query: w.word, type: w.prefix ? 'phrase_prefix' : 'phrase', fields: ['title.folded^4', 'text.folded'] },
    });
  }
  if (words.length) {
    // Ranking only: the stemmed Indonesian fields add to the score, never to the hits.
    should.push({ multi_match: { query: words.map((w) => w.word).join(' '), fields: ['title^4', 'text'] } });
  }
  if (none) return { query: { match_none: {} }, fullText: false };
  const bool: estypes.QueryDslBoolQuery = {};
  if (filter.length) bool.filter = filter;
  if (mustNot.length) bool.must_not = mustNot;
  if (must.length) bool.must = must;
  if (should.length) bool.should = should;
  return { query: Object.keys(bool).length ? { bool } : { match_all: {} }, fullText: words.length > 0 };
}

export function pageBounds(q: MentionQuery): { limit: number; offset: number } {
  const int = (v: number | undefined, dflt: number): number => (v === undefined || !Number.isFinite(v) || v < 0 ? dflt : Math.floor(v));
  return { limit: Math.min(int(q.limit, DEFAULT_LIMIT), MAX_LIMIT), offset: int(q.offset, 0) };
}
