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

// Regions, topics, watched names and common words repeat in every batch: remember their tokens.
const tokenCache = new Map<string, string>();
const TOKEN_CACHE_MAX = 50_000;

export function facetToken(code: FacetCode, value: string): string {
  const key = code + value;
  let t = tokenCache.get(key);
  if (t === undefined) {
    t = code + Buffer.from(value, 'utf8').toString('hex');
    if (tokenCache.size >= TOKEN_CACHE_MAX) tokenCache.clear();
    tokenCache.set(key, t);
  }
  return t;
}

/** The index document of a mention: every token, space-separated. */
export function facetTags(f: Pick<MentionFacets, 'topics' | 'regions' | 'entities' | 'terms'>): string {
  const out: string[] = [];
  for (const v of f.topics) out.push(facetToken('p', v));
  for (const v of f.regions) out.push(facetToken('r', v));
  for (const v of f.entities) out.push(facetToken('e', v));
  for (const v of f.terms) out.push(facetToken('t', v));
  return out.join(' ');
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

/** FTS5 MATCH expression: every group must match (AND), any token of a group may (OR). */
export function facetMatch(groups: readonly (readonly string[])[]): string {
  return groups.map((g) => (g.length === 1 ? `"${g[0]}"` : `(${g.map((t) => `"${t}"`).join(' OR ')})`)).join(' AND ');
}
