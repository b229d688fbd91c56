// The corrections ledger (migration 7's `corrections` table): who corrected what and when, what the
// analyzers said (machine, restored by undo), undone by whom. Both backends keep it in a SQLite file
// — the SQLite store in its own file, the Elasticsearch store in its local state file — and apply it
// to the stored mentions with the one pure definition in src/core/corrections.ts.
import type Database from 'better-sqlite3';
import type { Correction, CorrectionField, CorrectionInput } from '../../core/web.js';

type Stmt = (sql: string) => Database.Statement;

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

/** The same correction (id, mention, field, value, who, when); the machine value and undo may have moved since. */
export function sameCorrection(a: Correction, b: Correction): boolean {
  return a.id === b.id && a.mentionId === b.mentionId && a.field === b.field && JSON.stringify(a.value) === JSON.stringify(b.value) && a.by === b.by && a.at === b.at;
}

export class CorrectionLedger {
  constructor(private readonly stmt: Stmt) {}

  /** Whether any correction was ever made (a write of mentions skips the look-ups when none). */
  any(): boolean {
    return this.stmt('SELECT 1 FROM corrections LIMIT 1').get() !== undefined;
  }

  get(id: number): Correction | undefined {
    const r = this.stmt('SELECT * FROM corrections WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return r ? rowToCorrection(r) : undefined;
  }

  /** Active corrections of one mention, oldest first (the newest of a field wins when applied in order). */
  active(mentionId: string): Correction[] {
    return (this.stmt('SELECT * FROM corrections WHERE mention_id = ? AND undone_at IS NULL ORDER BY id').all(mentionId) as Record<string, unknown>[]).map(rowToCorrection);
  }

  /**
   * The analyzers' value of a field for a new correction: the one an active correction of the field
   * remembered, else `current()` (the stored mention's value; null when it cannot be read now).
   */
  machineFor(mentionId: string, field: CorrectionField, current: () => unknown): unknown {
    const earlier = this.active(mentionId).find((x) => x.field === field && x.machine !== null);
    return earlier ? earlier.machine : current();
  }

  insert(c: CorrectionInput, machine: unknown): Correction {
    const field = c.correction.field;
    const id = Number(
      this.stmt('INSERT INTO corrections (mention_id, field, value, machine, by_user, at) VALUES (?, ?, ?, ?, ?, ?)').run(
        c.mentionId,
        field,
        JSON.stringify(c.correction.value),
        JSON.stringify(machine ?? null),
        c.by,
        c.at,
      ).lastInsertRowid,
    );
    return { id, mentionId: c.mentionId, field, value: c.correction.value, machine: machine ?? null, by: c.by, at: c.at };
  }

  /** What the analyzers say now about a field of a mention (a re-analysis): every active correction of it remembers that. */
  setMachine(mentionId: string, field: CorrectionField, machine: unknown): void {
    this.stmt('UPDATE corrections SET machine = ? WHERE mention_id = ? AND field = ? AND undone_at IS NULL').run(JSON.stringify(machine), mentionId, field);
  }

  /** Fill in the machine value of corrections made while the mention could not be read. */
  fillMachine(mentionId: string, field: CorrectionField, machine: unknown): void {
    this.stmt("UPDATE corrections SET machine = ? WHERE mention_id = ? AND field = ? AND machine = 'null'").run(JSON.stringify(machine), mentionId, field);
  }

  /** Mark one undone; returns it as it was before (undefined when there is none). */
  markUndone(id: number, by: string, at: string): Correction | undefined {
    const c = this.get(id);
    if (c && !c.undoneAt) this.stmt('UPDATE corrections SET undone_at = ?, undone_by = ? WHERE id = ?').run(at, by, id);
    return c;
  }

  /** Every correction after `afterId`, oldest first (a migration reads the ledger in pages). */
  page(afterId: number, limit: number): Correction[] {
    return (this.stmt('SELECT * FROM corrections WHERE id > ? ORDER BY id LIMIT ?').all(afterId, limit) as Record<string, unknown>[]).map(rowToCorrection);
  }

  /**
   * Put another ledger's correction here with its id, machine value, who/when and undone state (a
   * migration). `same`: this id already holds that correction (a resumed migration: kept as it is);
   * `conflict`: it holds a different one (nothing written).
   */
  put(c: Correction): 'added' | 'same' | 'conflict' {
    const there = this.get(c.id);
    if (there) return sameCorrection(there, c) ? 'same' : 'conflict';
    this.stmt('INSERT INTO corrections (id, mention_id, field, value, machine, by_user, at, undone_at, undone_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)').run(
      c.id,
      c.mentionId,
      c.field,
      JSON.stringify(c.value),
      JSON.stringify(c.machine ?? null),
      c.by,
      c.at,
      c.undoneAt ?? null,
      c.undoneBy ?? null,
    );
    return 'added';
  }

  list(opts: { mentionId?: string; active?: boolean; limit?: number }): Correction[] {
    const where: string[] = [];
    const params: unknown[] = [];
    if (opts.mentionId !== undefined) {
      where.push('mention_id = ?');
      params.push(opts.mentionId);
    }
    if (opts.active) where.push('undone_at IS NULL');
    const limit = Math.max(1, Math.min(opts.limit ?? 1000, 100_000));
    const sql = `SELECT * FROM corrections ${where.length ? `WHERE ${where.join(' AND ')}` : ''} ORDER BY id DESC LIMIT ${limit}`;
    return (this.stmt(sql).all(...params) as Record<string, unknown>[]).map(rowToCorrection);
  }
}
