// The dashboard's tables of the SQLite store (migration 7): accounts, sessions and corrections.
// Applying corrections to the mention rows is the store's upsert path (store.ts), which calls
// `activeCorrections` for every mention it writes, so a re-analysis keeps them applied.
import type Database from 'better-sqlite3';
import type { Correction, CorrectionField, WebRole, WebSession, WebUser } from '../../core/web.js';

type Stmt = (sql: string) => Database.Statement;

export function rowToUser(r: Record<string, unknown>): WebUser {
  return {
    username: r.username as string,
    role: r.role as WebRole,
    passwordHash: r.password_hash as string,
    createdAt: r.created_at as string,
    updatedAt: r.updated_at as string,
  };
}

export function rowToSession(r: Record<string, unknown>): WebSession {
  return {
    id: r.id as string,
    username: r.username as string,
    csrf: r.csrf as string,
    createdAt: r.created_at as string,
    expiresAt: r.expires_at as string,
  };
}

export function rowToCorrection(r: Record<string, unknown>): Correction {
  return {
    id: r.id as number,
    mentionId: r.mention_id as string,
    field: r.field as CorrectionField,
    value: JSON.parse(r.value as string),
    machine: JSON.parse(r.machine as string),
    by: r.by_user as string,
    at: r.at as string,
    ...(r.undone_at ? { undoneAt: r.undone_at as string } : {}),
    ...(r.undone_by ? { undoneBy: r.undone_by as string } : {}),
  };
}

export function putUser(stmt: Stmt, u: WebUser): void {
  stmt(`INSERT INTO web_users (username, role, password_hash, created_at, updated_at) VALUES (?, ?, ?, ?, ?)
    ON CONFLICT (username) DO UPDATE SET role = excluded.role, password_hash = excluded.password_hash, updated_at = excluded.updated_at`).run(
    u.username,
    u.role,
    u.passwordHash,
    u.createdAt,
    u.updatedAt,
  );
}

/** Active corrections of one mention, oldest first (the newest of a field wins when applied in order). */
export function activeCorrections(stmt: Stmt, mentionId: string): Correction[] {
  return (stmt('SELECT * FROM corrections WHERE mention_id = ? AND undone_at IS NULL ORDER BY id').all(mentionId) as Record<string, unknown>[]).map(rowToCorrection);
}

export function listCorrections(stmt: Stmt, opts: { mentionId?: string; active?: boolean; limit?: number }): Correction[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (opts.mentionId !== undefined) {
    where.push('mention_id = ?');
    params.push(opts.mentionId);
  }
  if (opts.active) where.push('undone_at IS NULL');
  const limit = Math.max(1, Math.min(opts.limit ?? 1000, 100_000));
  const sql = `SELECT * FROM corrections ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${limit}`;
  return (stmt(sql).all(...params) as Record<string, unknown>[]).map(rowToCorrection);
}
