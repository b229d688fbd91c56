// Complaint and response-link rows (migration 8): validation through the one validator in
// src/core/evaluation.ts, the merge rule of an update (what a later export does not know is kept),
// and the statements behind the EvaluationStore methods.
import type Database from 'better-sqlite3';
import { InputError } from '../../core/errors.js';
import {
  complaintProblem,
  responseLinkProblem,
  type Complaint,
  type ComplaintQuery,
  type ResponseKind,
  type ResponseLink,
} from '../../core/evaluation.js';
import type { WriteResult } from '../../core/types.js';
import { hashParts } from './hash.js';
import { InvalidItem, itemLabel } from './rows.js';

type Stmt = (sql: string) => Database.Statement;

/** Canonical JSON (fixed key order, no undefined) so the same complaint always hashes the same. */
function complaintJson(c: Complaint): string {
  const keys: (keyof Complaint)[] = ['id', 'channel', 'externalId', 'url', 'title', 'text', 'author', 'receivedAt', 'answeredAt', 'answer', 'opd', 'opdSource', 'topics', 'regions', 'issueId'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (c[k] !== undefined) out[k] = c[k];
  return JSON.stringify(out);
}

function iso(v: string): string {
  return new Date(Date.parse(v)).toISOString();
}

function normalize(input: unknown): Complaint {
  if (input === null || typeof input !== 'object') throw new InvalidItem('expected a complaint object');
  const c = input as Complaint;
  const problem = complaintProblem(c);
  if (problem) throw new InvalidItem(problem);
  return {
    ...c,
    receivedAt: iso(c.receivedAt),
    ...(c.answeredAt !== undefined ? { answeredAt: iso(c.answeredAt) } : {}),
    topics: [...c.topics],
    regions: [...c.regions],
  };
}

/** An update keeps the answer, a manual OPD and the issue id the new row lacks. */
export function mergeComplaint(old: Complaint, next: Complaint): Complaint {
  const out: Complaint = { ...next };
  if (out.answeredAt === undefined && old.answeredAt !== undefined) {
    out.answeredAt = old.answeredAt;
    if (old.answer !== undefined) out.answer = old.answer;
  }
  if (old.opdSource === 'manual' && next.opdSource !== 'manual') {
    out.opd = old.opd;
    out.opdSource = 'manual';
  }
  if (out.issueId === undefined && old.issueId !== undefined) out.issueId = old.issueId;
  return out;
}

export function upsertComplaints(db: Database.Database, stmt: Stmt, batch: readonly Complaint[], now: string): WriteResult {
  const res: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
  const select = stmt('SELECT data FROM complaints WHERE id = ?');
  const put = stmt(`INSERT INTO complaints (id, channel, opd, issue_id, received_ms, data, content_hash, updated_at)
    VALUES (@id, @channel, @opd, @issue_id, @received_ms, @data, @hash, @now)
    ON CONFLICT (id) DO UPDATE SET channel = excluded.channel, opd = excluded.opd, issue_id = excluded.issue_id,
      received_ms = excluded.received_ms, data = excluded.data, content_hash = excluded.content_hash, updated_at = excluded.updated_at`);
  db.transaction(() => {
    batch.forEach((item, i) => {
      try {
        let c = normalize(item);
        const oldData = select.pluck().get(c.id) as string | undefined;
        if (oldData !== undefined) c = mergeComplaint(JSON.parse(oldData) as Complaint, c);
        const data = complaintJson(c);
        if (oldData !== undefined && oldData === data) {
          res.duplicates++;
          return;
        }
        put.run({ id: c.id, channel: c.channel, opd: c.opd, issue_id: c.issueId ?? null, received_ms: Date.parse(c.receivedAt), data, hash: hashParts(['complaint/1', data]), now });
        res[oldData === undefined ? 'written' : 'updated']++;
      } catch (e) {
        if (e instanceof InvalidItem) res.dropped.push({ id: itemLabel(item, i), reason: e.message });
        else throw e;
      }
    });
  }).immediate();
  return res;
}

export function getComplaint(stmt: Stmt, id: string): Complaint | undefined {
  const d = stmt('SELECT data FROM complaints WHERE id = ?').pluck().get(id) as string | undefined;
  return d === undefined ? undefined : (JSON.parse(d) as Complaint);
}

export function listComplaints(stmt: Stmt, q: ComplaintQuery): Complaint[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, v: unknown): void => {
    where.push(sql);
    args.push(v);
  };
  if (q.channel !== undefined) add('channel = ?', q.channel);
  if (q.opd !== undefined) add('lower(opd) = lower(?)', q.opd);
  if (q.issueId !== undefined) add('issue_id = ?', q.issueId);
  if (q.from !== undefined) add('received_ms >= ?', bound(q.from, 'from'));
  if (q.to !== undefined) add('received_ms < ?', bound(q.to, 'to'));
  const sql = `SELECT data FROM complaints${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY received_ms, id`;
  return (stmt(sql).pluck().all(...args) as string[]).map((d) => JSON.parse(d) as Complaint);
}

function bound(v: string, which: string): number {
  const ms = Date.parse(v);
  if (Number.isNaN(ms)) throw new InputError(`${which}: expected an ISO date-time, got "${v}"`);
  return ms;
}

export function setComplaintOpd(stmt: Stmt, id: string, opd: string, now: string): boolean {
  const c = getComplaint(stmt, id);
  if (!c) return false;
  const next: Complaint = { ...c, opd: opd.trim(), opdSource: 'manual' };
  const problem = complaintProblem(next);
  if (problem) throw new InputError(problem);
  const data = complaintJson(next);
  stmt('UPDATE complaints SET opd = ?, data = ?, content_hash = ?, updated_at = ? WHERE id = ?').run(next.opd, data, hashParts(['complaint/1', data]), now, id);
  return true;
}

function linkJson(l: ResponseLink): string {
  const keys: (keyof ResponseLink)[] = ['issueId', 'kind', 'itemId', 'at', 'how', 'score', 'url', 'title'];
  const out: Record<string, unknown> = {};
  for (const k of keys) if (l[k] !== undefined) out[k] = k === 'at' ? iso(l.at) : l[k];
  return JSON.stringify(out);
}

export function putResponseLinks(db: Database.Database, stmt: Stmt, links: readonly ResponseLink[]): WriteResult {
  const res: WriteResult = { written: 0, updated: 0, duplicates: 0, dropped: [] };
  const select = stmt('SELECT how, data FROM response_links WHERE issue_id = ? AND kind = ? AND item_id = ?');
  const put = stmt(`INSERT OR REPLACE INTO response_links (issue_id, kind, item_id, at_ms, how, data) VALUES (?, ?, ?, ?, ?, ?)`);
  db.transaction(() => {
    links.forEach((l, i) => {
      const problem = l && typeof l === 'object' ? responseLinkProblem(l) : 'expected a response link object';
      if (problem) {
        res.dropped.push({ id: l && typeof l === 'object' ? `${l.issueId}/${l.itemId}` : `#${i}`, reason: problem });
        return;
      }
      const old = select.get(l.issueId, l.kind, l.itemId) as { how: string; data: string } | undefined;
      const data = linkJson(l);
      // A person's link is what they decided; the automatic matching does not overwrite it.
      if (old && (old.data === data || (old.how === 'manual' && l.how === 'auto'))) {
        res.duplicates++;
        return;
      }
      put.run(l.issueId, l.kind, l.itemId, Date.parse(l.at), l.how, data);
      res[old ? 'updated' : 'written']++;
    });
  }).immediate();
  return res;
}

export function listResponseLinks(stmt: Stmt, q: { issueId?: string; from?: string; to?: string }): ResponseLink[] {
  const where: string[] = [];
  const args: unknown[] = [];
  const add = (sql: string, v: unknown): void => {
    where.push(sql);
    args.push(v);
  };
  if (q.issueId !== undefined) add('issue_id = ?', q.issueId);
  if (q.from !== undefined) add('at_ms >= ?', bound(q.from, 'from'));
  if (q.to !== undefined) add('at_ms < ?', bound(q.to, 'to'));
  const sql = `SELECT data FROM response_links${where.length ? ` WHERE ${where.join(' AND ')}` : ''} ORDER BY issue_id, at_ms, kind, item_id`;
  return (stmt(sql).pluck().all(...args) as string[]).map((d) => JSON.parse(d) as ResponseLink);
}

export function deleteResponseLink(stmt: Stmt, issueId: string, kind: ResponseKind, itemId: string): boolean {
  return stmt('DELETE FROM response_links WHERE issue_id = ? AND kind = ? AND item_id = ?').run(issueId, kind, itemId).changes > 0;
}
