// The issue corrections table of the SQLite store (migration 9): merges and splits of issues with
// who and when. Also the Elasticsearch store's, through its local state file (state-methods.ts).
import type Database from 'better-sqlite3';
import type { IssueCorrection, IssueCorrectionInput, IssueCorrectionKind } from '../../core/issue-corrections.js';

type Stmt = (sql: string) => Database.Statement;

export function rowToIssueCorrection(r: Record<string, unknown>): IssueCorrection {
  return {
    id: r.id as number,
    kind: r.kind as IssueCorrectionKind,
    issueId: r.issue_id as string,
    otherId: r.other_id as string,
    mentionIds: JSON.parse(r.mention_ids as string) as string[],
    by: r.by_user as string,
    at: r.at as string,
    ...(r.undone_at ? { undoneAt: r.undone_at as string } : {}),
    ...(r.undone_by ? { undoneBy: r.undone_by as string } : {}),
  };
}

export function addIssueCorrection(stmt: Stmt, c: IssueCorrectionInput): IssueCorrection {
  const r = stmt('INSERT INTO issue_corrections (kind, issue_id, other_id, mention_ids, by_user, at) VALUES (?, ?, ?, ?, ?, ?)').run(
    c.kind,
    c.issueId,
    c.otherId,
    JSON.stringify(c.mentionIds),
    c.by,
    c.at,
  );
  return { id: Number(r.lastInsertRowid), kind: c.kind, issueId: c.issueId, otherId: c.otherId, mentionIds: [...c.mentionIds], by: c.by, at: c.at };
}

export function undoIssueCorrection(stmt: Stmt, id: number, by: string, at: string): IssueCorrection | undefined {
  const r = stmt('SELECT * FROM issue_corrections WHERE id = ?').get(id) as Record<string, unknown> | undefined;
  if (!r) return undefined;
  const c = rowToIssueCorrection(r);
  if (c.undoneAt) return c;
  stmt('UPDATE issue_corrections SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, by, id);
  return { ...c, undoneAt: at, undoneBy: by };
}

export function listIssueCorrections(stmt: Stmt, opts: { active?: boolean; limit?: number }): IssueCorrection[] {
  const limit = Math.max(1, Math.min(opts.limit ?? 1000, 100_000));
  const sql = `SELECT * FROM issue_corrections ${opts.active ? 'WHERE undone_at IS NULL' : ''} ORDER BY id DESC LIMIT ${limit}`;
  return (stmt(sql).all() as Record<string, unknown>[]).map(rowToIssueCorrection);
}

/** Every issue correction after `afterId`, oldest first (a migration reads them in pages). */
export function issueCorrectionsPage(stmt: Stmt, afterId: number, limit: number): IssueCorrection[] {
  return (stmt('SELECT * FROM issue_corrections WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as Record<string, unknown>[]).map(rowToIssueCorrection);
}

/** The same merge or split (id, kind, issues, mentions, who, when); its undo may have moved since. */
export function sameIssueCorrection(a: IssueCorrection, b: IssueCorrection): boolean {
  return (
    a.id === b.id &&
    a.kind === b.kind &&
    a.issueId === b.issueId &&
    a.otherId === b.otherId &&
    JSON.stringify(a.mentionIds) === JSON.stringify(b.mentionIds) &&
    a.by === b.by &&
    a.at === b.at
  );
}

/**
 * Put another file's merge or split here with its id, who/when and undone state (a migration).
 * `same`: this id already holds it (a resumed migration: kept as it is); `conflict`: a different one.
 */
export function putIssueCorrection(stmt: Stmt, c: IssueCorrection): 'added' | 'same' | 'conflict' {
  const r = stmt('SELECT * FROM issue_corrections WHERE id = ?').get(c.id) as Record<string, unknown> | undefined;
  if (r) return sameIssueCorrection(rowToIssueCorrection(r), c) ? 'same' : 'conflict';
  stmt('INSERT INTO issue_corrections (id, kind, issue_id, other_id, mention_ids, by_user, at, undone_at, undone_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
    c.id,
    c.kind,
    c.issueId,
    c.otherId,
    JSON.stringify(c.mentionIds),
    c.by,
    c.at,
    c.undoneAt ?? null,
    c.undoneBy ?? null,
  );
  return 'added';
}
