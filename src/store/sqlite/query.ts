// Turns a MentionQuery into SQL. User text never reaches FTS5 syntax: every word becomes a quoted
// phrase, so `"`, `-`, `:`, `*`, `(`, AND/OR/NEAR are plain text and cannot raise a syntax error.
import { InputError } from '../../core/errors.js';
import { MENTION_KINDS, SENTIMENT_LABELS, parseQueryInstant, stringList } from '../../core/query.js';
import { DEFAULT_TIMEZONE } from '../../core/time.js';
import type { MentionQuery, NumberRange } from '../../core/types.js';
import { FACET_CODE, facetMatch, facetToken, type FacetCode } from './facet-index.js';

export const DEFAULT_LIMIT = 20;
export const MAX_LIMIT = 10_000;

/**
 * Build a safe FTS5 MATCH expression: whitespace-separated words, each a quoted phrase, AND-ed.
 * A trailing `*` on a word that has letters keeps its meaning as a prefix search (`korup*`).
 * Words without any letter or digit are dropped (they would match nothing); returns '' when
 * nothing searchable is left, which callers treat as "no text filter".
 */
export function toFtsQuery(text: string | undefined): string {
  if (!text) return '';
  const terms: string[] = [];
  for (const word of text.normalize('NFC').split(/\s+/u)) {
    const prefix = /[\p{L}\p{N}]\*+$/u.test(word);
    const core = prefix ? word.replace(/\*+$/u, '') : word;
    if (!/[\p{L}\p{N}]/u.test(core)) continue;
    // Strip control characters; double the quotes, the only escape inside an FTS5 string.
    const quoted = `"${core.replace(/[\u0000-\u001f]/gu, ' ').replace(/"/g, '""')}"`;
    terms.push(prefix ? `${quoted}*` : quoted);
  }
  return terms.join(' AND ');
}

export interface CompiledFilter {
  /** FROM … (with the FTS join when there is text). Mentions are aliased `m`. */
  from: string;
  /** WHERE … or '' */
  where: string;
  params: unknown[];
  /** Whether the FTS table takes part (rank by bm25). */
  fullText: boolean;
}


function range(v: NumberRange | undefined, key: string): NumberRange | undefined {
  if (v === undefined) return undefined;
  for (const b of ['gte', 'lte'] as const) {
    if (v[b] !== undefined && !Number.isFinite(v[b])) throw new InputError(`invalid "${key}.${b}": expected a number, got ${String(v[b])}`);
  }
  return v;
}

/** A multi-valued facet filter: any of `values` of one facet. */
export interface FacetGroup {
  code: FacetCode;
  values: readonly string[];
  tokens: string[];
}

/** The time bounds of a query, as epoch ms (lower inclusive, upper exclusive). */
export interface TimeBounds {
  sortLo?: number;
  sortHi?: number;
  storedLo?: number;
  storedHi?: number;
}

/**
 * How facet filters are evaluated: 'index' drives the query from the facet index (best when the
 * facet values are rarer than the period's mentions: a kelurahan over three months), 'row' checks
 * each row of the period against its facets JSON (best when the period is the narrower part: the
 * home city on one day, where the index would hand over every mention of the city).
 */
export type FacetPlanner = (groups: readonly FacetGroup[], bounds: TimeBounds) => 'index' | 'row';

/**
 * The filter part shared by search(), countBy(), aggregate(), scan() and changes(). Dates without an
 * offset are read in `zone`.
 */
export function compileFilter(q: MentionQuery, zone = DEFAULT_TIMEZONE, planner?: FacetPlanner): CompiledFilter {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const bounds: TimeBounds = {
    sortLo: parseQueryInstant(q.from, 'from', zone),
    sortHi: parseQueryInstant(q.to, 'to', zone),
    storedLo: parseQueryInstant(q.storedFrom, 'storedFrom', zone),
    storedHi: parseQueryInstant(q.storedTo, 'storedTo', zone),
  };
  const fts = toFtsQuery(q.text);
  let from = 'mentions m';
  if (fts) {
    from = 'mentions_fts JOIN mentions m ON m.seq = mentions_fts.rowid';
    clauses.push('mentions_fts MATCH ?');
    params.push(fts);
  }
  const inList = (expr: string, values: readonly unknown[] | undefined): void => {
    if (!values) return;
    if (values.length === 0) clauses.push('0');
    else if (values.length === 1) {
      clauses.push(`${expr} = ?`);
      params.push(values[0]);
    } else {
      clauses.push(`${expr} IN (${values.map(() => '?').join(',')})`);
      params.push(...values);
    }
  };
  const groups: FacetGroup[] = [];
  const facet = (code: FacetCode, values: readonly string[] | undefined): void => {
    if (!values) return;
    if (values.length === 0) clauses.push('0');
    else groups.push({ code, values, tokens: values.map((v) => facetToken(code, v)) });
  };
  inList('m.source_id', stringList(q.sourceId, 'sourceId'));
  const excluded = stringList(q.excludeSourceId, 'excludeSourceId');
  if (excluded?.length) {
    clauses.push(`m.source_id NOT IN (${excluded.map(() => '?').join(',')})`);
    params.push(...excluded);
  }
  inList('m.kind', stringList(q.kind, 'kind', MENTION_KINDS));
  inList('m.sentiment', stringList(q.sentiment, 'sentiment', SENTIMENT_LABELS));
  inList('m.lang', stringList(q.language, 'language'));
  inList('m.cluster_id', stringList(q.clusterId, 'clusterId'));
  if (q.issueId === null) clauses.push('m.issue_id IS NULL');
  else inList('m.issue_id', stringList(q.issueId, 'issueId'));
  facet(FACET_CODE.topic, stringList(q.topic, 'topic'));
  facet(FACET_CODE.region, stringList(q.region, 'region'));
  facet(FACET_CODE.entity, stringList(q.entity, 'entity'));
  facet(FACET_CODE.term, stringList(q.term, 'term'));
  if (groups.length) {
    if ((planner?.(groups, bounds) ?? 'index') === 'index') {
      // All facet filters in one lookup of the facet index, which SQLite runs first and joins by rowid.
      clauses.push('m.seq IN (SELECT rowid FROM mention_facet_index WHERE mention_facet_index MATCH ?)');
      params.push(facetMatch(groups.map((g) => g.tokens)));
    } else {
      for (const g of groups) {
        clauses.push(`EXISTS (SELECT 1 FROM json_each(m.facets, '$.${g.code}') WHERE value IN (SELECT value FROM json_each(?)))`);
        params.push(JSON.stringify(g.values));
      }
    }
  }
  if (q.owned !== undefined) clauses.push(q.owned ? 'm.owned = 1' : 'm.owned = 0');
  if (q.hoaxFlagged !== undefined) clauses.push(q.hoaxFlagged ? 'm.hoax_flagged = 1' : 'm.hoax_flagged = 0');
  const numeric = (col: string, r: NumberRange | undefined): void => {
    if (r?.gte !== undefined) {
      clauses.push(`${col} >= ?`);
      params.push(r.gte);
    }
    if (r?.lte !== undefined) {
      clauses.push(`${col} <= ?`);
      params.push(r.lte);
    }
  };
  numeric('m.sentiment_score', range(q.sentimentScore, 'sentimentScore'));
  numeric('m.hoax_score', range(q.hoaxScore, 'hoaxScore'));
  const bound = (col: string, ms: number | undefined, op: string): void => {
    if (ms === undefined) return;
    clauses.push(`${col} ${op} ?`);
    params.push(ms);
  };
  bound('m.sort_ms', bounds.sortLo, '>=');
  bound('m.sort_ms', bounds.sortHi, '<');
  bound('m.stored_ms', bounds.storedLo, '>=');
  bound('m.stored_ms', bounds.storedHi, '<');
  return { from, where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, fullText: fts !== '' };
}

/** `where` extended with more conditions. */
export function andWhere(where: string, ...conds: string[]): string {
  const all = conds.filter(Boolean);
  if (!all.length) return where;
  return where ? `${where} AND ${all.join(' AND ')}` : `WHERE ${all.join(' AND ')}`;
}

export function pageBounds(q: MentionQuery): { limit: number; offset: number } {
  const int = (v: number | undefined, dflt: number): number =>
    v === undefined || !Number.isFinite(v) || v < 0 ? dflt : Math.floor(v);
  return { limit: Math.min(int(q.limit, DEFAULT_LIMIT), MAX_LIMIT), offset: int(q.offset, 0) };
}

