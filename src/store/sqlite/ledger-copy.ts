// `pantau migrate --to sqlite --path OTHER.db`: the corrections ledger and the issue merges/splits
// live in a SQLite file (the Elasticsearch store's state file), not with the mentions, so a migration
// into another file carries them over itself — with their ids (the dashboard, the audit and undo refer
// to them), machine values, who/when and undone state — before the mentions, so the copy write applies
// them over the copied analysis without taking it for a re-analysis. Idempotent: an id already there
// with the same correction is kept (a resumed migration adds nothing twice); a different correction
// under that id stops the migration with one clear line, nothing written.
import { ConfigError } from '../../core/errors.js';
import type { IssueCorrection } from '../../core/issue-corrections.js';
import type { Correction } from '../../core/web.js';
import { sameCorrection } from './corrections.js';
import { issueCorrectionsPage, putIssueCorrection, sameIssueCorrection } from './issue-corrections.js';
import type { SqliteStore } from './store.js';

const PAGE = 1000;

export interface LedgerCounts {
  corrections: number;
  issueCorrections: number;
}

export interface LedgerCheck {
  /** In the source, and how many of them are in the target (same id, same correction). */
  total: LedgerCounts;
  found: LedgerCounts;
  /** The ones not found, as "correction 12" / "issue correction 3". */
  missing: string[];
}

function allOf<T extends { id: number }>(page: (afterId: number, limit: number) => T[]): T[] {
  const out: T[] = [];
  for (let after = 0; ; ) {
    const p = page(after, PAGE);
    out.push(...p);
    if (p.length < PAGE) return out;
    after = p[p.length - 1]!.id;
  }
}

const corrections = (s: SqliteStore): Correction[] => allOf((a, n) => s.corrections.page(a, n));
const issueCorrections = (s: SqliteStore): IssueCorrection[] => allOf((a, n) => issueCorrectionsPage((sql) => s.database.prepare(sql), a, n));

/** Copy both ledgers from one SQLite file to another, in one transaction; returns what was added. */
export function copyLedgers(from: SqliteStore, to: SqliteStore): LedgerCounts {
  const cs = corrections(from);
  const ics = issueCorrections(from);
  const stmt = (sql: string) => to.database.prepare(sql);
  return to.database
    .transaction(() => {
      const added: LedgerCounts = { corrections: 0, issueCorrections: 0 };
      for (const c of cs) {
        const r = to.corrections.put(c);
        if (r === 'conflict') throw new ConfigError(`${to.path}: correction ${c.id} there is a different one than in ${from.path} — migrate into a new file`);
        if (r === 'added') added.corrections++;
      }
      for (const c of ics) {
        const r = putIssueCorrection(stmt, c);
        if (r === 'conflict') throw new ConfigError(`${to.path}: issue correction ${c.id} there is a different one than in ${from.path} — migrate into a new file`);
        if (r === 'added') added.issueCorrections++;
      }
      return added;
    })
    .immediate();
}

/** The final check: every correction and merge/split of the source, by id, the same in the target. */
export function checkLedgers(from: SqliteStore, to: SqliteStore): LedgerCheck {
  const cs = corrections(from);
  const ics = issueCorrections(from);
  const missing: string[] = [];
  let foundC = 0;
  for (const c of cs) {
    const t = to.corrections.get(c.id);
    if (t && sameCorrection(t, c)) foundC++;
    else missing.push(`correction ${c.id}`);
  }
  const there = new Map(issueCorrections(to).map((c) => [c.id, c]));
  let foundI = 0;
  for (const c of ics) {
    const t = there.get(c.id);
    if (t && sameIssueCorrection(t, c)) foundI++;
    else missing.push(`issue correction ${c.id}`);
  }
  return { total: { corrections: cs.length, issueCorrections: ics.length }, found: { corrections: foundC, issueCorrections: foundI }, missing };
}
