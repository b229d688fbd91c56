// The vocabulary of the web dashboard (issue 22): accounts, sessions and the corrections a humas
// officer makes to a mention's analysis. Every backend keeps them (SQLite tables now), so the server
// reads and writes them only through the Store interface.
import type { RegionTag } from './types.js';

/** admin: everything incl. accounts; humas: read and correct; pimpinan (leadership): read only. */
export const WEB_ROLES = ['admin', 'humas', 'pimpinan'] as const;
export type WebRole = (typeof WEB_ROLES)[number];

export interface WebUser {
  username: string;
  role: WebRole;
  /** "scrypt$N$r$p$salt$hash" (base64url parts); never sent to a browser. */
  passwordHash: string;
  createdAt: string;
  updatedAt: string;
}

export interface WebSession {
  /** sha256 of the cookie token (the token itself is never stored). */
  id: string;
  username: string;
  /** The CSRF token the browser must echo on every write. */
  csrf: string;
  createdAt: string;
  expiresAt: string;
}

/** What a correction may change. */
export const CORRECTION_FIELDS = ['sentiment', 'topic', 'place', 'hoax'] as const;
export type CorrectionField = (typeof CORRECTION_FIELDS)[number];

/** The value of a field: a label, one topic id, the places (tags), the hoax flag. */
export type CorrectionValue =
  | { field: 'sentiment'; value: 'positive' | 'neutral' | 'negative' }
  | { field: 'topic'; value: string }
  | { field: 'place'; value: RegionTag[] }
  | { field: 'hoax'; value: boolean };

export interface Correction {
  /** Store-assigned, increasing. */
  id: number;
  mentionId: string;
  field: CorrectionField;
  value: unknown;
  /** What the analyzers said (kept current when the mention is analyzed again), restored by undo. */
  machine: unknown;
  by: string;
  at: string;
  undoneAt?: string;
  undoneBy?: string;
}

export interface CorrectionInput {
  mentionId: string;
  correction: CorrectionValue;
  by: string;
  at: string;
}

/** The accounts, sessions and corrections of a Store. */
export interface WebStore {
  /** Insert or replace by username. */
  putUser(user: WebUser): Promise<void>;
  getUser(username: string): Promise<WebUser | undefined>;
  listUsers(): Promise<WebUser[]>;
  /** Removes the user and their sessions; false when there was none. */
  removeUser(username: string): Promise<boolean>;
  putSession(session: WebSession): Promise<void>;
  getSession(id: string): Promise<WebSession | undefined>;
  deleteSession(id: string): Promise<void>;
  /** Drop every session of a user (password changed), or every expired one. */
  deleteSessions(opts: { username?: string; expiredBefore?: string }): Promise<number>;
  /**
   * Record corrections and apply them to their mentions at once (facets, counts, change feed), in
   * one transaction. A later upsert of the same mention (a re-analysis) keeps them applied. Unknown
   * mention ids are returned in `missing` and nothing is written for them.
   */
  addCorrections(batch: readonly CorrectionInput[]): Promise<{ corrections: Correction[]; missing: string[] }>;
  /** Undo one correction: the field goes back to the newest remaining correction, else the analyzers' value. */
  undoCorrection(id: number, by: string, at: string): Promise<Correction | undefined>;
  /** Corrections, newest first: of one mention, or all (the audit trail); `active` = not undone. */
  listCorrections(opts?: { mentionId?: string; active?: boolean; limit?: number }): Promise<Correction[]>;
}
