// Ordered schema migrations. A migration is never edited once shipped: changes go in a new entry with
// the next version, so every existing database can be brought forward by applying what it lacks.
// The SQL is plain data (no imports) so tools and tests can apply it without the rest of the store.
import type Database from 'better-sqlite3';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'initial schema',
    sql: `
-- seq is an explicit INTEGER PRIMARY KEY so the FTS index's rowids stay stable (an implicit rowid
-- may be renumbered by VACUUM); id (sha256 of the canonical URL) is the public key.
CREATE TABLE mentions (
  seq           INTEGER PRIMARY KEY,
  id            TEXT NOT NULL UNIQUE,
  source_id     TEXT NOT NULL,
  kind          TEXT NOT NULL,
  url           TEXT NOT NULL,
  canonical_url TEXT NOT NULL,
  title         TEXT NOT NULL,
  text          TEXT NOT NULL,
  author        TEXT,
  language      TEXT,
  published_at  TEXT,
  fetched_at    TEXT NOT NULL,
  -- publishedAt (fetchedAt when missing) as epoch ms: sort key, from/to filter, day buckets.
  sort_ms       INTEGER NOT NULL,
  -- denormalized from analysis for filters and countBy
  sentiment     TEXT,
  topics        TEXT NOT NULL DEFAULT '[]',
  analysis      TEXT,
  meta          TEXT,
  content_hash  TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
CREATE INDEX mentions_sort ON mentions (sort_ms DESC, seq DESC);
CREATE INDEX mentions_source ON mentions (source_id, sort_ms DESC);
CREATE INDEX mentions_sentiment ON mentions (sentiment, sort_ms DESC);

-- One row per (topic, mention): topic filter and countBy('topic') without scanning JSON.
CREATE TABLE mention_topics (
  topic TEXT NOT NULL,
  seq   INTEGER NOT NULL,
  PRIMARY KEY (topic, seq)
) WITHOUT ROWID;
CREATE INDEX mention_topics_seq ON mention_topics (seq);

-- External-content FTS over title + text; triggers below keep it in step with mentions.
CREATE VIRTUAL TABLE mentions_fts USING fts5(
  title, text,
  content = 'mentions', content_rowid = 'seq',
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN
  INSERT INTO mentions_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
  INSERT OR IGNORE INTO mention_topics (topic, seq) SELECT value, new.seq FROM json_each(new.topics);
END;
CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
  INSERT INTO mentions_fts (mentions_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  DELETE FROM mention_topics WHERE seq = old.seq;
END;
CREATE TRIGGER mentions_au_text AFTER UPDATE OF title, text ON mentions
  WHEN old.title IS NOT new.title OR old.text IS NOT new.text BEGIN
  INSERT INTO mentions_fts (mentions_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  INSERT INTO mentions_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER mentions_au_topics AFTER UPDATE OF topics ON mentions
  WHEN old.topics IS NOT new.topics BEGIN
  DELETE FROM mention_topics WHERE seq = old.seq;
  INSERT OR IGNORE INTO mention_topics (topic, seq) SELECT value, new.seq FROM json_each(new.topics);
END;

CREATE TABLE fetch_state (
  url           TEXT PRIMARY KEY,
  etag          TEXT,
  last_modified TEXT,
  status        INTEGER,
  fetched_at    TEXT NOT NULL
);

CREATE TABLE source_state (
  source_id            TEXT PRIMARY KEY,
  last_run_at          TEXT,
  last_success_at      TEXT,
  next_due_at          TEXT,
  consecutive_failures INTEGER NOT NULL DEFAULT 0,
  last_error           TEXT,
  items_found          INTEGER NOT NULL DEFAULT 0,
  cursor               TEXT
);

CREATE TABLE debunks (
  id           TEXT PRIMARY KEY,
  url          TEXT NOT NULL,
  title        TEXT NOT NULL,
  text         TEXT NOT NULL,
  published_at TEXT,
  source_id    TEXT,
  content_hash TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
`,
  },
  {
    version: 2,
    name: 'item failures and run leases',
    sql: `
-- Discovered items whose fetch failed (404, not HTML, timeouts…), per source: retried with backoff a
-- bounded number of times, so one dead link neither blocks its feed's conditional GET nor is lost.
CREATE TABLE item_failures (
  source_id       TEXT NOT NULL,
  url             TEXT NOT NULL,   -- canonical URL of the item
  retry_url       TEXT NOT NULL,   -- the link the crawler fetches again
  retry_data      TEXT,            -- the crawler's description of the item (JSON)
  attempts        INTEGER NOT NULL,
  next_retry_at   TEXT,            -- NULL: given up
  last_error      TEXT NOT NULL,
  first_failed_at TEXT NOT NULL,
  last_failed_at  TEXT NOT NULL,
  PRIMARY KEY (source_id, url)
) WITHOUT ROWID;

-- Leases (locks with an expiry): one pantau process crawls a source at a time.
CREATE TABLE leases (
  name       TEXT PRIMARY KEY,
  owner      TEXT NOT NULL,
  expires_ms INTEGER NOT NULL
);
`,
  },
  {
    version: 3,
    name: 'facets, storedAt, change feed, issue ids',
    sql: `
-- Scalar facets as columns (one value per mention). stored_ms = the first time Pantau stored the
-- mention (alerts count by it); for rows older than this migration the best we know is the earlier
-- of fetched_at and updated_at. change_seq orders the change feed: every insert and every rewrite
-- takes the next number, so "since cursor X" is a range on one index; old rows keep their seq order.
ALTER TABLE mentions ADD COLUMN stored_ms INTEGER;
ALTER TABLE mentions ADD COLUMN change_seq INTEGER;
ALTER TABLE mentions ADD COLUMN issue_id TEXT;
ALTER TABLE mentions ADD COLUMN cluster_id TEXT;
ALTER TABLE mentions ADD COLUMN owned INTEGER NOT NULL DEFAULT 0;
ALTER TABLE mentions ADD COLUMN sentiment_score REAL;
ALTER TABLE mentions ADD COLUMN hoax_score REAL;
ALTER TABLE mentions ADD COLUMN hoax_flagged INTEGER NOT NULL DEFAULT 0;
-- the analysis' language (the mention's own language column stays as given)
ALTER TABLE mentions ADD COLUMN lang TEXT;
-- The multi-valued facets as JSON {"p": topics, "r": regions with ancestors, "e": entity keys,
-- "t": key terms}; NULL = not derived yet. The store derives them in code (src/core/facets.ts) for
-- every row still NULL when it opens, in chunks, so a crash during the backfill resumes where it was.
-- Grouping a period by one of them reads this JSON of the period's rows (json_each).
ALTER TABLE mentions ADD COLUMN facets TEXT;
UPDATE mentions SET change_seq = seq,
  stored_ms = coalesce(
    min(CAST(unixepoch(fetched_at, 'subsec') * 1000 AS INTEGER), CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER)),
    CAST(unixepoch(updated_at, 'subsec') * 1000 AS INTEGER), sort_ms);
CREATE UNIQUE INDEX mentions_change ON mentions (change_seq);
CREATE INDEX mentions_stored ON mentions (stored_ms);
CREATE INDEX mentions_issue ON mentions (issue_id, sort_ms) WHERE issue_id IS NOT NULL;
-- No index on cluster_id: every new mention has one (random, so each insert would touch a random
-- page), and clusters are read per period (aggregate by cluster, scan of a day), which the period
-- index serves.
CREATE INDEX mentions_unfaceted ON mentions (seq) WHERE facets IS NULL;

-- Filtering by a multi-valued facet: an inverted index with one token per (facet, value) of each
-- mention (the facet letter + the value's UTF-8 bytes in hex, so any value is one ASCII token), rowid
-- = mentions.seq. FTS5 buffers a transaction's tokens and writes them as one sorted segment, which
-- costs a fraction of inserting the same pairs into a b-tree at random places (measured: ~5x less
-- CPU with key terms included), and detail=none keeps only the rowid lists. The store writes it in
-- code, next to the row; deleting a mention removes its entry here through the trigger below.
CREATE VIRTUAL TABLE mention_facet_index USING fts5(
  tags, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);

-- Topics move into the facet index (facet 'p'); the old table and its triggers go.
DROP TRIGGER mentions_ai;
DROP TRIGGER mentions_ad;
DROP TRIGGER mentions_au_topics;
DROP TABLE mention_topics;

CREATE TRIGGER mentions_ai AFTER INSERT ON mentions BEGIN
  INSERT INTO mentions_fts (rowid, title, text) VALUES (new.seq, new.title, new.text);
END;
CREATE TRIGGER mentions_ad AFTER DELETE ON mentions BEGIN
  INSERT INTO mentions_fts (mentions_fts, rowid, title, text) VALUES ('delete', old.seq, old.title, old.text);
  DELETE FROM mention_facet_index WHERE rowid = old.seq;
END;

-- Settings the store keeps about its own derived data (e.g. which sources were owned when the
-- owned facet was derived).
CREATE TABLE store_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
`,
  },
  {
    version: 4,
    name: 'fact base',
    sql: `
-- The office's fact base (pantau facts import): one row per fact id, the fact as JSON. A fact base
-- holds hundreds of facts, not millions, so the map reads it whole and filters in code.
CREATE TABLE facts (
  id           TEXT PRIMARY KEY,
  data         TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
`,
  },
  {
    version: 5,
    name: 'alerts: counters, contributions, hoax carriers, key states, alerts, outbox',
    sql: `
-- One row: the change cursor the counters are complete up to, and a version every alert commit
-- moves by one (compare-and-set between two evaluating processes).
CREATE TABLE alert_meta (
  id                 INTEGER PRIMARY KEY CHECK (id = 1),
  version            INTEGER NOT NULL,
  cursor             TEXT,
  history_start_slot INTEGER
);
INSERT INTO alert_meta (id, version) VALUES (1, 0);

-- What each counted mention added (keys JSON), so a rewrite moves its counts instead of doubling them.
-- Kept only for the slots the rules still read (pruned by slot).
CREATE TABLE alert_contrib (
  mention_id TEXT PRIMARY KEY,
  slot       INTEGER NOT NULL,
  negative   INTEGER NOT NULL,
  head       INTEGER NOT NULL,
  hoax_key   TEXT,
  actor      TEXT NOT NULL,
  keys       TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX alert_contrib_slot ON alert_contrib (slot);
CREATE INDEX alert_contrib_hoax ON alert_contrib (hoax_key, slot) WHERE hoax_key IS NOT NULL;

-- Counter cells: mentions per count key and five-minute slot (total, negative, negative story heads).
CREATE TABLE alert_counts (
  key      TEXT NOT NULL,
  slot     INTEGER NOT NULL,
  total    INTEGER NOT NULL,
  negative INTEGER NOT NULL,
  stories  INTEGER NOT NULL,
  PRIMARY KEY (key, slot)
) WITHOUT ROWID;
CREATE INDEX alert_counts_slot ON alert_counts (slot);

-- Outlets and accounts that carried a hoax claim, with the first time.
CREATE TABLE alert_spread (
  key      TEXT NOT NULL,
  actor    TEXT NOT NULL,
  first_ms INTEGER NOT NULL,
  PRIMARY KEY (key, actor)
) WITHOUT ROWID;
CREATE INDEX alert_spread_first ON alert_spread (first_ms);

-- Keys counted but not yet looked at by the detection step.
CREATE TABLE alert_dirty (key TEXT PRIMARY KEY) WITHOUT ROWID;

-- Discipline state per rule and key (no row = idle).
CREATE TABLE alert_key_state (
  rule_id TEXT NOT NULL,
  key     TEXT NOT NULL,
  data    TEXT NOT NULL,
  PRIMARY KEY (rule_id, key)
) WITHOUT ROWID;

CREATE TABLE alerts (
  id         TEXT PRIMARY KEY,
  rule_id    TEXT NOT NULL,
  kind       TEXT NOT NULL,
  key        TEXT NOT NULL,
  status     TEXT NOT NULL,
  started_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  deferred   INTEGER NOT NULL,
  data       TEXT NOT NULL
);
CREATE INDEX alerts_updated ON alerts (updated_at);
CREATE INDEX alerts_deferred ON alerts (deferred) WHERE deferred = 1;

-- Messages to send, one per alert event and channel; id = the idempotency key. state moves to
-- 'sent' only after the channel accepted the message.
CREATE TABLE alert_outbox (
  id              TEXT PRIMARY KEY,
  alert_id        TEXT NOT NULL,
  channel         TEXT NOT NULL,
  event           TEXT NOT NULL,
  message         TEXT NOT NULL,
  state           TEXT NOT NULL,
  attempts        INTEGER NOT NULL,
  next_attempt_ms INTEGER NOT NULL,
  last_error      TEXT,
  created_at      TEXT NOT NULL,
  sent_at         TEXT
);
CREATE INDEX alert_outbox_due ON alert_outbox (next_attempt_ms) WHERE state = 'pending';
CREATE INDEX alert_outbox_alert ON alert_outbox (alert_id);
`,
  },
  {
    version: 6,
    name: 'the store writes the text index itself',
    sql: `
-- A trigger makes every INSERT or UPDATE of mentions a statement transaction, and FTS5 writes its
-- pending tokens out as a new segment at every statement savepoint: with the text index kept by
-- triggers, each mention became its own segment of both FTS indexes, merged again and again by
-- automerge (measured: ~70 of the ~200 us a stored mention cost). The store now writes mentions_fts
-- next to the row, in the same transaction (store.ts), so FTS5 flushes a batch's tokens once, at
-- commit. No INSERT or UPDATE trigger may be added to mentions (test/unit/store/text-index.test.ts).
-- The delete trigger stays: Pantau deletes no mentions, and a hand-made DELETE keeps both indexes true.
DROP TRIGGER mentions_ai;
DROP TRIGGER mentions_au_text;
-- FTS5 merges a level's segments once 'automerge' of them exist (default 4). Every stored batch adds
-- one segment to each index, so at the default a token was rewritten once per 4x growth; at 16 it
-- is rewritten half as often (measured: a third less CPU at commit), for up to 15 segments per
-- level to read in a query (the read figures of bench:store did not move). 'crisismerge' above it,
-- so a level is not merged whole at 16 before automerge's incremental work gets to it.
INSERT INTO mentions_fts (mentions_fts, rank) VALUES ('automerge', 16);
INSERT INTO mentions_fts (mentions_fts, rank) VALUES ('crisismerge', 64);
INSERT INTO mention_facet_index (mention_facet_index, rank) VALUES ('automerge', 16);
INSERT INTO mention_facet_index (mention_facet_index, rank) VALUES ('crisismerge', 64);
`,
  },
  {
    version: 7,
    name: 'web accounts, sessions and corrections',
    sql: `
-- Dashboard accounts (pantau users); password_hash is scrypt with its parameters and salt.
CREATE TABLE web_users (
  username      TEXT PRIMARY KEY,
  role          TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL
);
-- Login sessions: id is the sha256 of the cookie token, so a leaked database holds no usable cookie.
CREATE TABLE web_sessions (
  id         TEXT PRIMARY KEY,
  username   TEXT NOT NULL REFERENCES web_users (username) ON DELETE CASCADE,
  csrf       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX web_sessions_user ON web_sessions (username);
-- Human corrections of a mention's analysis (the audit trail: who, when, undone by whom). machine
-- is what the analyzers said, kept current on re-analysis, restored by undo.
CREATE TABLE corrections (
  id         INTEGER PRIMARY KEY,
  mention_id TEXT NOT NULL,
  field      TEXT NOT NULL,
  value      TEXT NOT NULL,
  machine    TEXT NOT NULL,
  by_user    TEXT NOT NULL,
  at         TEXT NOT NULL,
  undone_at  TEXT,
  undone_by  TEXT
);
CREATE INDEX corrections_mention ON corrections (mention_id, id);
`,
  },
  {
    version: 8,
    name: 'evaluation: complaints and response links',
    sql: `
-- Citizen complaints followed to an answer (LAPOR!/SP4N exports, the owned-channel audit). The
-- complaint as JSON in data; the columns are what listComplaints filters and sorts by. Status
-- (open/answered/overdue) is computed when read: it depends on now and the configured deadline.
CREATE TABLE complaints (
  id           TEXT PRIMARY KEY,
  channel      TEXT NOT NULL,
  opd          TEXT NOT NULL,
  issue_id     TEXT,
  received_ms  INTEGER NOT NULL,
  data         TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  updated_at   TEXT NOT NULL
);
CREATE INDEX complaints_received ON complaints (received_ms);
CREATE INDEX complaints_issue ON complaints (issue_id) WHERE issue_id IS NOT NULL;

-- The office's responses to issues (an owned mention or a fact), linked automatically or by hand.
CREATE TABLE response_links (
  issue_id TEXT NOT NULL,
  kind     TEXT NOT NULL,
  item_id  TEXT NOT NULL,
  at_ms    INTEGER NOT NULL,
  how      TEXT NOT NULL,
  data     TEXT NOT NULL,
  PRIMARY KEY (issue_id, kind, item_id)
) WITHOUT ROWID;
CREATE INDEX response_links_at ON response_links (at_ms);
`,
  },
  {
    version: 9,
    name: 'issue corrections: merges and splits',
    sql: `
-- Merges ("issue other_id is issue issue_id") and splits ("mention_ids leave issue issue_id for the
-- new issue other_id") made by a person; the issue map applies the active ones whenever it builds.
-- mention_ids (JSON list): a merge's snapshot of the merged issue's mentions (undo gives them back),
-- a split's mentions.
CREATE TABLE issue_corrections (
  id          INTEGER PRIMARY KEY,
  kind        TEXT NOT NULL,
  issue_id    TEXT NOT NULL,
  other_id    TEXT NOT NULL,
  mention_ids TEXT NOT NULL,
  by_user     TEXT NOT NULL,
  at          TEXT NOT NULL,
  undone_at   TEXT,
  undone_by   TEXT
);
CREATE INDEX issue_corrections_active ON issue_corrections (id) WHERE undone_at IS NULL;
`,
  },
  {
    version: 10,
    name: 'change token',
    sql: `
-- Store.changeToken() is max(mentions.change_seq) (every stored or rewritten mention moves it) and
-- this counter, moved by triggers on every write to what else maps and dashboard answers read: the
-- fact base, debunks, corrections, issue merges and splits and response links, and a removed mention (which moves no
-- change_seq). Triggers, so every writer (another process, a future code path) moves it.
CREATE TABLE store_changes (id INTEGER PRIMARY KEY CHECK (id = 1), n INTEGER NOT NULL);
INSERT INTO store_changes (id, n) VALUES (1, 0);
CREATE TRIGGER store_changes_facts_i AFTER INSERT ON facts BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_facts_u AFTER UPDATE ON facts BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_facts_d AFTER DELETE ON facts BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_debunks_i AFTER INSERT ON debunks BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_debunks_u AFTER UPDATE ON debunks BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_debunks_d AFTER DELETE ON debunks BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_corrections_i AFTER INSERT ON corrections BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_corrections_u AFTER UPDATE ON corrections BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_corrections_d AFTER DELETE ON corrections BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_response_links_i AFTER INSERT ON response_links BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_response_links_u AFTER UPDATE ON response_links BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_response_links_d AFTER DELETE ON response_links BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_mentions_d AFTER DELETE ON mentions BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_issue_corrections_i AFTER INSERT ON issue_corrections BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_issue_corrections_u AFTER UPDATE ON issue_corrections BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
CREATE TRIGGER store_changes_issue_corrections_d AFTER DELETE ON issue_corrections BEGIN UPDATE store_changes SET n = n + 1 WHERE id = 1; END;
`,
  },
];

export const LATEST_VERSION = MIGRATIONS[MIGRATIONS.length - 1]!.version;

/** Version of the newest applied migration (0 for a fresh database). Read-only: takes no write lock. */
export function schemaVersion(db: Database.Database): number {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_version'").get();
  if (!exists) return 0;
  return (db.prepare('SELECT max(version) FROM schema_version').pluck().get() as number | null) ?? 0;
}

/**
 * Apply every pending migration in one IMMEDIATE transaction, so a failing migration leaves the file
 * as it was. Two processes opening the same new file serialize on the write lock, and the second
 * re-reads the version inside it and finds nothing left to do. An up-to-date database is only read,
 * so opening a store while another process is writing does not wait for its lock. Returns the
 * versions applied; throws if the file was written by a newer schema than this code knows.
 */
export function applyMigrations(db: Database.Database, migrations: readonly Migration[] = MIGRATIONS): number[] {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const check = (have: number): void => {
    if (have > latest) {
      throw new Error(`database schema version ${have} is newer than this Pantau supports (${latest}); upgrade Pantau`);
    }
  };
  const before = schemaVersion(db);
  check(before);
  if (before === latest) return [];
  const run = db.transaction(() => {
    db.exec(`CREATE TABLE IF NOT EXISTS schema_version (
      version INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)`);
    const have = schemaVersion(db);
    check(have);
    const applied: number[] = [];
    const record = db.prepare('INSERT INTO schema_version (version, name, applied_at) VALUES (?, ?, ?)');
    for (const m of migrations) {
      if (m.version <= have) continue;
      db.exec(m.sql);
      record.run(m.version, m.name, new Date().toISOString());
      applied.push(m.version);
    }
    return applied;
  });
  return run.immediate();
}
