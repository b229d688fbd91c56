// The dashboard's tables of the SQLite store (migration 7): accounts and sessions. The corrections
// table of the same migration is the ledger in corrections.ts.
import type Database from 'better-sqlite3';
import type { WebRole, WebSession, WebUser } from '../../core/web.js';

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
