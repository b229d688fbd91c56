// The alert records in memory: the replay's state (it must not touch the real outbox) and the
// reference the SQLite tables are held to by the same contract tests (test/contract/alerts).
import type {
  AlertCommit,
  AlertContribution,
  AlertCountQuery,
  AlertCountSum,
  AlertKeyState,
  AlertProgress,
  AlertRecord,
  AlertStore,
  OutboxEntry,
  OutboxOutcome,
  OutboxState,
} from '../core/alerts.js';

const clone = <T>(x: T): T => structuredClone(x);

export class MemoryAlertStore implements AlertStore {
  private progress: AlertProgress = { version: 0 };
  private contributions = new Map<string, AlertContribution>();
  /** key → slot → cell */
  private counts = new Map<string, Map<number, AlertCountSum>>();
  private spread = new Map<string, Map<string, number>>();
  private states = new Map<string, AlertKeyState>();
  private alerts = new Map<string, AlertRecord>();
  private outbox = new Map<string, OutboxEntry>();
  private dirty = new Set<string>();

  async listDirtyAlertKeys(): Promise<string[]> {
    return [...this.dirty].sort();
  }

  async getAlertProgress(): Promise<AlertProgress> {
    return { ...this.progress };
  }

  async getAlertContributions(ids: readonly string[]): Promise<AlertContribution[]> {
    return ids.flatMap((id) => (this.contributions.has(id) ? [clone(this.contributions.get(id)!)] : []));
  }

  async recentAlertContributions(fromSlot: number, opts: { hoaxKey?: string } = {}): Promise<AlertContribution[]> {
    return [...this.contributions.values()]
      .filter((c) => c.slot >= fromSlot && (opts.hoaxKey === undefined || c.hoaxKey === opts.hoaxKey))
      .sort((a, b) => a.slot - b.slot || (a.mentionId < b.mentionId ? -1 : 1))
      .map(clone);
  }

  async sumAlertCounts(queries: readonly AlertCountQuery[]): Promise<AlertCountSum[]> {
    return queries.map((q) => {
      const s: AlertCountSum = { total: 0, negative: 0, stories: 0 };
      const cells = this.counts.get(q.key);
      if (!cells) return s;
      // Walk the shorter side: the range or the key's cells.
      if (q.to - q.from + 1 < cells.size) {
        for (let slot = q.from; slot <= q.to; slot++) add(s, cells.get(slot));
      } else {
        for (const [slot, c] of cells) if (slot >= q.from && slot <= q.to) add(s, c);
      }
      return s;
    });
  }

  async countAlertSpread(keys: readonly string[], sinceMs: number): Promise<Map<string, number>> {
    const out = new Map<string, number>();
    for (const k of keys) {
      let n = 0;
      for (const first of this.spread.get(k)?.values() ?? []) if (first >= sinceMs) n++;
      out.set(k, n);
    }
    return out;
  }

  async listAlertKeyStates(opts: { keys?: readonly string[]; active?: boolean }): Promise<AlertKeyState[]> {
    const keys = new Set(opts.keys ?? []);
    return [...this.states.values()].filter((s) => keys.has(s.key) || opts.active).map(clone);
  }

  async commitAlerts(c: AlertCommit): Promise<boolean> {
    if (c.expectVersion !== this.progress.version) return false;
    const start = c.historyStartSlot === undefined ? this.progress.historyStartSlot : Math.min(c.historyStartSlot, this.progress.historyStartSlot ?? Infinity);
    this.progress = {
      version: this.progress.version + 1,
      ...((c.cursor ?? this.progress.cursor) !== undefined ? { cursor: c.cursor ?? this.progress.cursor } : {}),
      ...(start !== undefined ? { historyStartSlot: start } : {}),
    };
    for (const k of c.cleanKeys ?? []) this.dirty.delete(k);
    for (const k of c.dirtyKeys ?? []) this.dirty.add(k);
    for (const x of c.contributions ?? []) this.contributions.set(x.mentionId, clone(x));
    for (const r of c.removeContributions ?? []) this.contributions.delete(r);
    for (const d of c.deltas ?? []) {
      let cells = this.counts.get(d.key);
      if (!cells) this.counts.set(d.key, (cells = new Map()));
      const cell = cells.get(d.slot) ?? { total: 0, negative: 0, stories: 0 };
      add(cell, d);
      if (cell.total === 0 && cell.negative === 0 && cell.stories === 0) cells.delete(d.slot);
      else cells.set(d.slot, cell);
    }
    for (const s of c.spread ?? []) {
      let m = this.spread.get(s.key);
      if (!m) this.spread.set(s.key, (m = new Map()));
      if (!m.has(s.actor)) m.set(s.actor, s.firstMs);
    }
    for (const k of c.clearKeyStates ?? []) this.states.delete(`${k.ruleId}\u0000${k.key}`);
    for (const s of c.keyStates ?? []) this.states.set(`${s.ruleId}\u0000${s.key}`, clone(s));
    for (const a of c.alerts ?? []) this.alerts.set(a.id, clone(a));
    for (const e of c.outbox ?? []) if (!this.outbox.has(e.id)) this.outbox.set(e.id, clone(e));
    if (c.pruneBeforeSlot !== undefined) {
      for (const [id, x] of this.contributions) if (x.slot < c.pruneBeforeSlot) this.contributions.delete(id);
      for (const cells of this.counts.values()) for (const slot of cells.keys()) if (slot < c.pruneBeforeSlot) cells.delete(slot);
    }
    if (c.pruneSpreadBeforeMs !== undefined) {
      for (const m of this.spread.values()) for (const [a, first] of m) if (first < c.pruneSpreadBeforeMs) m.delete(a);
    }
    return true;
  }

  async getAlert(id: string): Promise<AlertRecord | undefined> {
    const a = this.alerts.get(id);
    return a ? clone(a) : undefined;
  }

  async listAlerts(opts: { limit?: number; open?: boolean; since?: string; deferred?: boolean } = {}): Promise<AlertRecord[]> {
    return [...this.alerts.values()]
      .filter((a) => (!opts.open || a.status === 'open') && (!opts.since || a.updatedAt >= opts.since) && (!opts.deferred || a.deferred.length > 0))
      .sort((a, b) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : a.id < b.id ? -1 : 1))
      .slice(0, opts.limit ?? 100)
      .map(clone);
  }

  async dueOutbox(nowMs: number, limit: number): Promise<OutboxEntry[]> {
    return [...this.outbox.values()]
      .filter((e) => e.state === 'pending' && Date.parse(e.nextAttemptAt) <= nowMs)
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
      .slice(0, limit)
      .map(clone);
  }

  async finishOutbox(id: string, o: OutboxOutcome): Promise<void> {
    const e = this.outbox.get(id);
    if (!e) return;
    this.outbox.set(id, {
      ...e,
      state: o.state,
      attempts: o.attempts,
      nextAttemptAt: o.nextAttemptAt ?? e.nextAttemptAt,
      ...(o.lastError !== undefined ? { lastError: o.lastError } : {}),
      ...(o.sentAt ? { sentAt: o.sentAt } : {}),
    });
  }

  async listOutbox(opts: { alertId?: string; state?: OutboxState } = {}): Promise<OutboxEntry[]> {
    return [...this.outbox.values()]
      .filter((e) => (!opts.alertId || e.alertId === opts.alertId) && (!opts.state || e.state === opts.state))
      .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : a.id < b.id ? -1 : 1))
      .map(clone);
  }
}

function add(s: AlertCountSum, c: AlertCountSum | undefined): void {
  if (!c) return;
  s.total += c.total;
  s.negative += c.negative;
  s.stories += c.stories;
}
