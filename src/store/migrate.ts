// `pantau migrate --to elasticsearch|sqlite`: copy every stored mention (with its analysis, storedAt
// and issue id — a new mention written with them keeps them) and every debunk from one backend to the
// other. It reads the source with its keyset scan, writes a batch, then records the scan cursor in a
// checkpoint table of the SQLite file, so an interrupted migration resumes after the last batch
// written (the batch in flight is written again, which the target counts as duplicates). At the end
// it checks, id by id, that every source mention is in the target. It copies, never deletes.
// Corrections and users live in the SQLite file, which is also the Elasticsearch store's state file,
// so they need no copying when source and target share it; into another SQLite file (`--to sqlite
// --path OTHER.db`) the target copies the corrections ledger and the issue merges/splits first
// (sqlite/ledger-copy.ts, idempotent) and the final check covers them. Each backend's copy write
// applies the active corrections over the copied analysis without taking it for a re-analysis (the
// machine values undo restores stay).
import type Database from 'better-sqlite3';
import { StoreUnavailableError } from '../core/errors.js';
import type { Mention, Store } from '../core/types.js';
import type { LedgerCheck, LedgerCounts } from './sqlite/ledger-copy.js';

export interface MigrateTarget {
  /** Write a batch; resolves only when every valid mention is stored in the target. */
  write(batch: Mention[]): Promise<{ written: number; updated: number; duplicates: number; dropped: { id: string; reason: string }[] }>;
  existingIds(ids: string[]): Promise<Set<string>>;
  upsertDebunks: Store['upsertDebunks'];
  /** Make everything written visible (Elasticsearch: a refresh). */
  finish?(): Promise<void>;
  /** A target that keeps its own corrections ledger (another SQLite file): copy it (and merges/splits) before the mentions. */
  copyLedgers?(): LedgerCounts;
  /** …and the final check of it. */
  checkLedgers?(): LedgerCheck;
}

export interface MigrateProgress {
  copied: number;
  total: number;
}

export interface MigrateResult {
  total: number;
  copied: number;
  written: number;
  duplicates: number;
  dropped: { id: string; reason: string }[];
  debunks: number;
  /** Source mentions the check did not find in the target. */
  missing: string[];
  resumed: boolean;
  /** With a target that keeps its own ledger: corrections and merges/splits added now, and the check. */
  ledgers?: { added: LedgerCounts; check: LedgerCheck };
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS migrate_progress (
  target TEXT PRIMARY KEY,
  cursor TEXT,
  copied INTEGER NOT NULL DEFAULT 0,
  done INTEGER NOT NULL DEFAULT 0,
  updated_ms INTEGER NOT NULL
)`;

export class Checkpoint {
  constructor(
    private readonly db: Database.Database,
    private readonly target: string,
  ) {
    db.exec(SCHEMA);
  }

  get(): { cursor: string | null; copied: number; done: boolean } | undefined {
    const r = this.db.prepare('SELECT cursor, copied, done FROM migrate_progress WHERE target = ?').get(this.target) as
      | { cursor: string | null; copied: number; done: number }
      | undefined;
    return r ? { cursor: r.cursor, copied: r.copied, done: r.done === 1 } : undefined;
  }

  save(cursor: string | null, copied: number, done: boolean): void {
    this.db
      .prepare(
        `INSERT INTO migrate_progress (target, cursor, copied, done, updated_ms) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (target) DO UPDATE SET cursor = excluded.cursor, copied = excluded.copied, done = excluded.done, updated_ms = excluded.updated_ms`,
      )
      .run(this.target, cursor, copied, done ? 1 : 0, Date.now());
  }

  clear(): void {
    this.db.prepare('DELETE FROM migrate_progress WHERE target = ?').run(this.target);
  }
}

export async function migrate(
  source: Store,
  target: MigrateTarget,
  checkpoint: Checkpoint,
  opts: { batch?: number; restart?: boolean; onProgress?: (p: MigrateProgress) => void } = {},
): Promise<MigrateResult> {
  const batch = opts.batch ?? 500;
  if (opts.restart) checkpoint.clear();
  const start = checkpoint.get();
  const total = (await source.search({ limit: 0 })).total;
  const res: MigrateResult = { total, copied: start?.copied ?? 0, written: 0, duplicates: 0, dropped: [], debunks: 0, missing: [], resumed: !!start && !start.done };
  // The ledgers first, every run (idempotent): the copy write of each mention applies them.
  const added = target.copyLedgers?.();
  if (!start?.done) {
    let cursor = start?.cursor ?? undefined;
    opts.onProgress?.({ copied: res.copied, total });
    for (;;) {
      const page = await source.scan({}, { cursor, limit: batch });
      if (page.items.length) {
        const w = await target.write(page.items);
        res.written += w.written + w.updated;
        res.duplicates += w.duplicates;
        res.dropped.push(...w.dropped);
        res.copied += page.items.length;
      }
      // Only after the batch is stored: the checkpoint says "done up to here".
      checkpoint.save(page.cursor, res.copied, page.cursor === null);
      opts.onProgress?.({ copied: res.copied, total });
      if (page.cursor === null) break;
      cursor = page.cursor;
    }
    const debunks = await source.listDebunks();
    for (let i = 0; i < debunks.length; i += batch) await target.upsertDebunks(debunks.slice(i, i + batch));
    res.debunks = debunks.length;
    await target.finish?.();
  }
  // The count check: every source mention, by id, in the target.
  let cursor: string | undefined;
  for (;;) {
    const page = await source.scan({}, { cursor, limit: 1000 });
    const ids = page.items.map((m) => m.id);
    const found = await target.existingIds(ids);
    for (const id of ids) if (!found.has(id)) res.missing.push(id);
    if (page.cursor === null) break;
    cursor = page.cursor;
  }
  const check = target.checkLedgers?.();
  if (added && check) res.ledgers = { added, check };
  return res;
}

/** A target write that fails loudly when anything was left unstored (the migration stops, resumable). */
export function requireStored(unstored: number, reason: string | undefined): void {
  if (unstored > 0) throw new StoreUnavailableError(`${unstored} mention(s) not stored in the target: ${reason ?? 'unknown reason'} — run pantau migrate again to resume`);
}
