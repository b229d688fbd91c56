// The alert tables of the SQLite store (migration 5): counters, contributions, hoax carriers, key
// states, alert records and the outbox. commit() applies one evaluation in one IMMEDIATE
// transaction with a compare-and-set on alert_meta.version, so counts, cursor, state and queued
// messages are committed together or not at all.
import type Database from 'better-sqlite3';
import type {
  AlertCommit,
  AlertContribution,
  AlertCountQuery,
  AlertCountSum,
  AlertKeyState,
  AlertProgress,
  AlertRecord,
  OutboxEntry,
  OutboxOutcome,
  OutboxState,
} from '../../core/alerts.js';

type Stmt = (sql: string) => Database.Statement;

const IN_CHUNK = 500;

function rowToContribution(r: Record<string, unknown>): AlertContribution {
  return {
    mentionId: r.mention_id as string,
    slot: r.slot as number,
    keys: JSON.parse(r.keys as string) as string[],
    negative: r.negative === 1,
    head: r.head === 1,
    ...(r.hoax_key ? { hoaxKey: r.hoax_key as string } : {}),
    actor: r.actor as string,
  };
}

function rowToOutbox(r: Record<string, unknown>): OutboxEntry {
  return {
    id: r.id as string,
    alertId: r.alert_id as string,
    channel: r.channel as string,
    event: r.event as OutboxEntry['event'],
    message: JSON.parse(r.message as string) as OutboxEntry['message'],
    state: r.state as OutboxState,
    attempts: r.attempts as number,
    nextAttemptAt: new Date(r.next_attempt_ms as number).toISOString(),
    ...(r.last_error ? { lastError: r.last_error as string } : {}),
    createdAt: r.created_at as string,
    ...(r.sent_at ? { sentAt: r.sent_at as string } : {}),
  };
}

export function getProgress(stmt: Stmt): AlertProgress {
  const r = stmt('SELECT version, cursor, history_start_slot FROM alert_meta WHERE id = 1').get() as Record<string, unknown> | undefined;
  if (!r) return { version: 0 };
  return {
    version: r.version as number,
    ...(r.cursor !== null ? { cursor: r.cursor as string } : {}),
    ...(r.history_start_slot !== null ? { historyStartSlot: r.history_start_slot as number } : {}),
  };
}

export function getContributions(stmt: Stmt, ids: readonly string[]): AlertContribution[] {
  const out: AlertContribution[] = [];
  for (let i = 0; i < ids.length; i += IN_CHUNK) {
    const chunk = ids.slice(i, i + IN_CHUNK);
    const rows = stmt(`SELECT * FROM alert_contrib WHERE mention_id IN (${chunk.map(() => '?').join(',')})`).all(...chunk) as Record<string, unknown>[];
    out.push(...rows.map(rowToContribution));
  }
  return out;
}

export function recentContributions(stmt: Stmt, fromSlot: number, hoaxKey?: string): AlertContribution[] {
  const rows = hoaxKey === undefined
    ? stmt('SELECT * FROM alert_contrib WHERE slot >= ? ORDER BY slot, mention_id').all(fromSlot)
    : stmt('SELECT * FROM alert_contrib WHERE hoax_key = ? AND slot >= ? ORDER BY slot, mention_id').all(hoaxKey, fromSlot);
  return (rows as Record<string, unknown>[]).map(rowToContribution);
}

export function sumCounts(stmt: Stmt, queries: readonly AlertCountQuery[]): AlertCountSum[] {
  const q = stmt('SELECT coalesce(sum(total), 0) AS total, coalesce(sum(negative), 0) AS negative, coalesce(sum(stories), 0) AS stories FROM alert_counts WHERE key = ? AND slot BETWEEN ? AND ?');
  return queries.map((x) => q.get(x.key, x.from, x.to) as AlertCountSum);
}

export function countSpread(stmt: Stmt, keys: readonly string[], sinceMs: number): Map<string, number> {
  const q = stmt('SELECT count(*) FROM alert_spread WHERE key = ? AND first_ms >= ?').pluck();
  return new Map(keys.map((k) => [k, q.get(k, sinceMs) as number]));
}

export function dirtyKeys(stmt: Stmt): string[] {
  return stmt('SELECT key FROM alert_dirty ORDER BY key').pluck().all() as string[];
}

export function keyStates(stmt: Stmt, keys: readonly string[] | undefined, active: boolean): AlertKeyState[] {
  // Every row is a key that is not idle, so "active" reads them all (their number is bounded by the
  // alerts of the last cooldown / acknowledgement period).
  const rows = active
    ? (stmt('SELECT data FROM alert_key_state').pluck().all() as string[])
    : (keys ?? []).flatMap((k) => stmt('SELECT data FROM alert_key_state WHERE key = ?').pluck().all(k) as string[]);
  return rows.map((d) => JSON.parse(d) as AlertKeyState);
}

/** Applies a commit; false when the version moved. Call inside an IMMEDIATE transaction. */
export function commit(stmt: Stmt, c: AlertCommit): boolean {
  const have = (stmt('SELECT version FROM alert_meta WHERE id = 1').pluck().get() as number | undefined) ?? 0;
  if (have !== c.expectVersion) return false;
  stmt(`UPDATE alert_meta SET version = version + 1, cursor = coalesce(?, cursor),
    history_start_slot = CASE WHEN ? IS NULL THEN history_start_slot WHEN history_start_slot IS NULL THEN ? ELSE min(history_start_slot, ?) END
    WHERE id = 1`).run(c.cursor ?? null, c.historyStartSlot ?? null, c.historyStartSlot ?? null, c.historyStartSlot ?? null);
  if (c.contributions?.length) {
    const up = stmt(`INSERT OR REPLACE INTO alert_contrib (mention_id, slot, negative, head, hoax_key, actor, keys) VALUES (?, ?, ?, ?, ?, ?, ?)`);
    for (const x of c.contributions) up.run(x.mentionId, x.slot, x.negative ? 1 : 0, x.head ? 1 : 0, x.hoaxKey ?? null, x.actor, JSON.stringify(x.keys));
  }
  if (c.removeContributions?.length) {
    const del = stmt('DELETE FROM alert_contrib WHERE mention_id = ?');
    for (const id of c.removeContributions) del.run(id);
  }
  if (c.deltas?.length) {
    const up = stmt(`INSERT INTO alert_counts (key, slot, total, negative, stories) VALUES (?, ?, ?, ?, ?)
      ON CONFLICT (key, slot) DO UPDATE SET total = total + excluded.total, negative = negative + excluded.negative, stories = stories + excluded.stories`);
    for (const d of c.deltas) up.run(d.key, d.slot, d.total, d.negative, d.stories);
    const empty = stmt('DELETE FROM alert_counts WHERE key = ? AND slot = ? AND total = 0 AND negative = 0 AND stories = 0');
    for (const d of c.deltas) if (d.total < 0 || d.negative < 0 || d.stories < 0) empty.run(d.key, d.slot);
  }
  if (c.spread?.length) {
    const ins = stmt('INSERT OR IGNORE INTO alert_spread (key, actor, first_ms) VALUES (?, ?, ?)');
    for (const s of c.spread) ins.run(s.key, s.actor, s.firstMs);
  }
  if (c.cleanKeys?.length) {
    const del = stmt('DELETE FROM alert_dirty WHERE key = ?');
    for (const k of c.cleanKeys) del.run(k);
  }
  if (c.dirtyKeys?.length) {
    const ins = stmt('INSERT OR IGNORE INTO alert_dirty (key) VALUES (?)');
    for (const k of c.dirtyKeys) ins.run(k);
  }
  if (c.clearKeyStates?.length) {
    const del = stmt('DELETE FROM alert_key_state WHERE rule_id = ? AND key = ?');
    for (const k of c.clearKeyStates) del.run(k.ruleId, k.key);
  }
  if (c.keyStates?.length) {
    const up = stmt('INSERT OR REPLACE INTO alert_key_state (rule_id, key, data) VALUES (?, ?, ?)');
    for (const s of c.keyStates) up.run(s.ruleId, s.key, JSON.stringify(s));
  }
  if (c.alerts?.length) {
    const up = stmt(`INSERT OR REPLACE INTO alerts (id, rule_id, kind, key, status, started_at, updated_at, deferred, data)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const a of c.alerts) up.run(a.id, a.ruleId, a.kind, a.key, a.status, a.startedAt, a.updatedAt, a.deferred.length ? 1 : 0, JSON.stringify(a));
  }
  if (c.outbox?.length) {
    const ins = stmt(`INSERT OR IGNORE INTO alert_outbox (id, alert_id, channel, event, message, state, attempts, next_attempt_ms, last_error, created_at, sent_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
    for (const e of c.outbox) {
      ins.run(e.id, e.alertId, e.channel, e.event, JSON.stringify(e.message), e.state, e.attempts, Date.parse(e.nextAttemptAt), e.lastError ?? null, e.createdAt, e.sentAt ?? null);
    }
  }
  if (c.pruneBeforeSlot !== undefined) {
    stmt('DELETE FROM alert_contrib WHERE slot < ?').run(c.pruneBeforeSlot);
    stmt('DELETE FROM alert_counts WHERE slot < ?').run(c.pruneBeforeSlot);
  }
  if (c.pruneSpreadBeforeMs !== undefined) stmt('DELETE FROM alert_spread WHERE first_ms < ?').run(c.pruneSpreadBeforeMs);
  return true;
}

export function getAlert(stmt: Stmt, id: string): AlertRecord | undefined {
  const d = stmt('SELECT data FROM alerts WHERE id = ?').pluck().get(id) as string | undefined;
  return d ? (JSON.parse(d) as AlertRecord) : undefined;
}

export function listAlerts(stmt: Stmt, o: { limit?: number; open?: boolean; since?: string; deferred?: boolean }): AlertRecord[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (o.open) where.push("status = 'open'");
  if (o.deferred) where.push('deferred = 1');
  if (o.since) {
    where.push('updated_at >= ?');
    params.push(o.since);
  }
  const rows = stmt(`SELECT data FROM alerts ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY updated_at DESC, id LIMIT ?`)
    .pluck()
    .all(...params, o.limit ?? 100) as string[];
  return rows.map((d) => JSON.parse(d) as AlertRecord);
}

export function dueOutbox(stmt: Stmt, nowMs: number, limit: number): OutboxEntry[] {
  const rows = stmt("SELECT * FROM alert_outbox WHERE state = 'pending' AND next_attempt_ms <= ? ORDER BY created_at, id LIMIT ?").all(nowMs, limit);
  return (rows as Record<string, unknown>[]).map(rowToOutbox);
}

export function finishOutbox(stmt: Stmt, id: string, o: OutboxOutcome): void {
  stmt(`UPDATE alert_outbox SET state = ?, attempts = ?, next_attempt_ms = coalesce(?, next_attempt_ms), last_error = coalesce(?, last_error), sent_at = coalesce(?, sent_at) WHERE id = ?`).run(
    o.state,
    o.attempts,
    o.nextAttemptAt ? Date.parse(o.nextAttemptAt) : null,
    o.lastError ?? null,
    o.sentAt ?? null,
    id,
  );
}

export function listOutbox(stmt: Stmt, o: { alertId?: string; state?: OutboxState }): OutboxEntry[] {
  const where: string[] = [];
  const params: unknown[] = [];
  if (o.alertId) {
    where.push('alert_id = ?');
    params.push(o.alertId);
  }
  if (o.state) {
    where.push('state = ?');
    params.push(o.state);
  }
  const rows = stmt(`SELECT * FROM alert_outbox ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY created_at, id`).all(...params);
  return (rows as Record<string, unknown>[]).map(rowToOutbox);
}
