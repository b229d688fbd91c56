// Turns a MentionQuery into SQL. User text never reaches FTS5 syntax: every word becomes a quoted
// phrase, so `"`, `-`, `:`, `*`, `(`, AND/OR/NEAR are plain text and cannot raise a syntax error.
import { InputError } from '../../core/errors.js';
import type { MentionQuery } from '../../core/types.js';

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

function parseBound(value: string | undefined, key: 'from' | 'to'): number | undefined {
  if (value === undefined || value === '') return undefined;
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw new InputError(`invalid "${key}" date "${value}": expected an ISO date like 2024-05-01`);
  return ms;
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

/** The filter part shared by search() and countBy(). */
export function compileFilter(q: MentionQuery): CompiledFilter {
  const clauses: string[] = [];
  const params: unknown[] = [];
  const fts = toFtsQuery(q.text);
  let from = 'mentions m';
  if (fts) {
    from = 'mentions_fts JOIN mentions m ON m.seq = mentions_fts.rowid';
    clauses.push('mentions_fts MATCH ?');
    params.push(fts);
  }
  if (q.sourceId) {
    clauses.push('m.source_id = ?');
    params.push(q.sourceId);
  }
  if (q.kind) {
    clauses.push('m.kind = ?');
    params.push(q.kind);
  }
  if (q.sentiment) {
    clauses.push('m.sentiment = ?');
    params.push(q.sentiment);
  }
  if (q.topic) {
    clauses.push('EXISTS (SELECT 1 FROM mention_topics t WHERE t.topic = ? AND t.seq = m.seq)');
    params.push(q.topic);
  }
  const lo = parseBound(q.from, 'from');
  if (lo !== undefined) {
    clauses.push('m.sort_ms >= ?');
    params.push(lo);
  }
  const hi = parseBound(q.to, 'to');
  if (hi !== undefined) {
    clauses.push('m.sort_ms < ?');
    params.push(hi);
  }
  return { from, where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params, fullText: fts !== '' };
}

export function pageBounds(q: MentionQuery): { limit: number; offset: number } {
  const int = (v: number | undefined, dflt: number): number =>
    v === undefined || !Number.isFinite(v) || v < 0 ? dflt : Math.floor(v);
  return { limit: Math.min(int(q.limit, DEFAULT_LIMIT), MAX_LIMIT), offset: int(q.offset, 0) };
}

/** Offset of WIB (Asia/Jakarta, UTC+7, no DST) used for day buckets. */
export const WIB_OFFSET_MS = 7 * 3600 * 1000;
