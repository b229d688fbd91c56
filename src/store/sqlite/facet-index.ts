// The inverted index of the multi-valued facets (migration 3, table mention_facet_index): one ASCII
// token per (facet, value) of a mention, so a filter on a region, entity, topic or term is one FTS5
// lookup. A token is the facet letter and the value's UTF-8 bytes in hex: any value (spaces, dots,
// non-Latin letters) becomes one token the 'ascii' tokenizer keeps whole, and no value can inject
// FTS5 query syntax.
import type Database from 'better-sqlite3';
import type { MentionFacets } from '../../core/facets.js';

/** Facet letters in the facets JSON column and in the index tokens. */
export const FACET_CODE = { topic: 'p', region: 'r', entity: 'e', term: 't' } as const;
export type FacetCode = (typeof FACET_CODE)[keyof typeof FACET_CODE];

// Regions, topics, watched names and common words repeat in every batch: remember their tokens,
// one map per facet letter (so a lookup needs no concatenated key).
const TOKEN_CACHE_MAX = 50_000;
const tokenCache = new Map<FacetCode, Map<string, string>>();

export function facetToken(code: FacetCode, value: string): string {
  let cache = tokenCache.get(code);
  if (!cache) tokenCache.set(code, (cache = new Map()));
  let t = cache.get(value);
  if (t === undefined) {
    t = code + Buffer.from(value, 'utf8').toString('hex');
    if (cache.size >= TOKEN_CACHE_MAX) cache.clear();
    cache.set(value, t);
  }
  return t;
}

/** The index document of a mention: every token, space-separated. */
export function facetTags(f: Pick<MentionFacets, 'topics' | 'regions' | 'entities' | 'terms'>): string {
  let out = '';
  const add = (code: FacetCode, values: readonly string[]): void => {
    for (const v of values) out = out ? `${out} ${facetToken(code, v)}` : facetToken(code, v);
  };
  add('p', f.topics);
  add('r', f.regions);
  add('e', f.entities);
  add('t', f.terms);
  return out;
}

/** The facets JSON column: only the multi-valued facets, under their letters. */
export function facetsJson(f: Pick<MentionFacets, 'topics' | 'regions' | 'entities' | 'terms'>): string {
  return JSON.stringify({ p: f.topics, r: f.regions, e: f.entities, t: f.terms });
}

/** The index document of a facets JSON column value (as stored). */
export function tagsOfJson(json: string): string {
  const f = JSON.parse(json) as { p?: string[]; r?: string[]; e?: string[]; t?: string[] };
  return facetTags({ topics: f.p ?? [], regions: f.r ?? [], entities: f.e ?? [], terms: f.t ?? [] });
}

/** Prepared writes of the index; call inside the transaction that writes the mention row. */
export class FacetIndexWriter {
  private readonly ins: Database.Statement;
  private readonly del: Database.Statement;
  constructor(prepare: (sql: string) => Database.Statement) {
    this.ins = prepare('INSERT INTO mention_facet_index (rowid, tags) VALUES (?, ?)');
    this.del = prepare('DELETE FROM mention_facet_index WHERE rowid = ?');
  }

  insert(seq: number | bigint, tags: string): void {
    if (tags) this.ins.run(seq, tags);
  }

  replace(seq: number | bigint, tags: string): void {
    this.del.run(seq);
    this.insert(seq, tags);
  }
}

/**
 * Prepared writes of the full-text index (mentions_fts, external content = the mentions row): since
 * migration 6 the store writes it, not a trigger. An external-content FTS5 table deletes by the
 * exact values it indexed, so a replace passes the row's old title and text. The new values are
 * bound again rather than read back with INSERT … SELECT from the row: that form measured ~10x
 * slower per mention (bench:store).
 */
export class TextIndexWriter {
  private readonly ins: Database.Statement;
  private readonly del: Database.Statement;
  constructor(prepare: (sql: string) => Database.Statement) {
    this.ins = prepare('INSERT INTO mentions_fts (rowid, title, text) VALUES (?, ?, ?)');
    this.del = prepare("INSERT INTO mentions_fts (mentions_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)");
  }

  insert(seq: number | bigint, title: string, text: string): void {
    this.ins.run(seq, title, text);
  }

  replace(seq: number | bigint, oldTitle: string, oldText: string, title: string, text: string): void {
    this.del.run(seq, oldTitle, oldText);
    this.ins.run(seq, title, text);
  }
}

/** FTS5 MATCH expression: every group must match (AND), any token of a group may (OR). */
export function facetMatch(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => (g.length === 1 ? `"${g[0]}"` : `(${g.map((t) => `"${t}"`).join(' OR ')})`)).join(' AND ');
}
