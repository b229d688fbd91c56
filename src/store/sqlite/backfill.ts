// Derived data that SQL alone cannot compute: the facets of rows stored before migration 3 (region
// ancestors, entity keys and key terms come from src/core/facets.ts), and the owned facet when the
// set of owned sources changes. Runs when the store opens, in chunks of one transaction each, so a
// crash resumes where it stopped and another process's reads are never blocked for long.
import type Database from 'better-sqlite3';
import type { Logger, Mention } from '../../core/types.js';
import { FacetIndexWriter, facetTags } from './facet-index.js';
import { facetColumns, rowToMention } from './rows.js';

const CHUNK = 2000;

/** Derive the facets of every row whose facets are still NULL. Returns how many rows it filled. */
export function backfillFacets(db: Database.Database, ownedSources: ReadonlySet<string>, log: Logger): number {
  const pending = db.prepare('SELECT count(*) FROM mentions WHERE facets IS NULL').pluck();
  const total = pending.get() as number;
  if (total === 0) return 0;
  log.info({ mentions: total }, 'SQLite store: deriving facets of mentions stored before schema 3');
  const select = db.prepare(`SELECT m.seq, m.id, m.source_id, m.kind, m.url, m.canonical_url, m.title, m.text, m.author, m.language,
    m.published_at, m.fetched_at, m.analysis, m.meta FROM mentions m WHERE m.facets IS NULL ORDER BY m.seq LIMIT ${CHUNK}`);
  const update = db.prepare(`UPDATE mentions SET sentiment = @sentiment, topics = @topics, cluster_id = @cluster_id, owned = @owned,
    sentiment_score = @sentiment_score, hoax_score = @hoax_score, hoax_flagged = @hoax_flagged, lang = @lang, facets = @facets
    WHERE seq = @seq`);
  const index = new FacetIndexWriter((sql) => db.prepare(sql));
  const chunk = db.transaction((): number => {
    const rows = select.all() as Record<string, unknown>[];
    for (const r of rows) {
      let m: Mention;
      try {
        m = rowToMention(r);
      } catch {
        // A row whose JSON no longer parses still gets (empty) facets, so the backfill terminates.
        m = { ...rowToMention({ ...r, analysis: null, meta: null }) };
      }
      const { derived, ...cols } = facetColumns(m, { ownedSources });
      update.run({ seq: r.seq, ...cols });
      index.replace(r.seq as number, facetTags(derived));
    }
    return rows.length;
  });
  let done = 0;
  for (let n = chunk.immediate(); n > 0; n = chunk.immediate()) done += n;
  log.info({ mentions: done }, 'SQLite store: facets derived');
  return done;
}

const OWNED_KEY = 'owned_sources';

/** The owned sources the stored owned facet was derived with (empty before any was configured). */
export function recordedOwnedSources(db: Database.Database): string[] {
  const v = db.prepare('SELECT value FROM store_settings WHERE key = ?').pluck().get(OWNED_KEY) as string | undefined;
  return v ? (JSON.parse(v) as string[]) : [];
}

/**
 * Make the owned facet follow the configured owned sources: when the set differs from the one the
 * rows were derived with, re-derive `owned` for every row (meta.isOwned, or its source is owned).
 */
export function syncOwnedSources(db: Database.Database, owned: readonly string[], log: Logger): void {
  const want = [...new Set(owned)].sort();
  const have = recordedOwnedSources(db);
  if (JSON.stringify(want) === JSON.stringify(have)) return;
  db.transaction(() => {
    const owned = `(coalesce(json_type(meta, '$.isOwned') = 'true', 0) OR source_id IN (SELECT value FROM json_each(?)))`;
    db.prepare(`UPDATE mentions SET owned = ${owned} WHERE owned IS NOT ${owned}`).run(JSON.stringify(want), JSON.stringify(want));
    db.prepare('INSERT INTO store_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
      OWNED_KEY,
      JSON.stringify(want),
    );
  }).immediate();
  log.info({ owned: want }, 'SQLite store: owned facet follows the configured owned sources');
}
