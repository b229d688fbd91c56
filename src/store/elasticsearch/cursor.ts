// Opaque cursors of the keyset scan and the change feed on Elasticsearch. Like SQLite's they name
// their kind and version, so a scan cursor given to changes() (or a damaged one) is an InputError.
//
// The change feed has no global sequence to lean on: documents carry `changed_at` (the writer's clock)
// and become visible to search only after a refresh, so a writer on another machine may make a change
// stamped a little in the past visible a little later. A cursor is therefore a position
// (t, seen): everything changed at or before t, plus the listed document versions changed after it
// (id hash and _seq_no, which grows with every write of a document). t trails the reader's clock by
// the lag (default 60 s); the versions inside the lag are remembered one by one. A change is delivered
// once, however late it becomes visible within the lag, and a later write of the same document (a new
// _seq_no) is delivered again — at least once, as the Store contract says.
import { createHash } from 'node:crypto';
import { InputError } from '../../core/errors.js';

const enc = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
const dec = (s: string): string => Buffer.from(s, 'base64url').toString('utf8');
const INT = /^-?\d+$/;

export interface ScanPosition {
  order: 'asc' | 'desc';
  timeMs: number;
  id: string;
}

export function encodeScanCursor(p: ScanPosition): string {
  return enc(`es1.${p.order}.${p.timeMs}.${p.id}`);
}

export function decodeScanCursor(cursor: string, order: 'asc' | 'desc'): ScanPosition {
  const s = typeof cursor === 'string' ? dec(cursor) : '';
  const m = /^es1\.(asc|desc)\.(-?\d+)\.(.+)$/s.exec(s);
  if (!m) throw new InputError('scan: not a scan cursor (pass back the cursor of the previous page)');
  if (m[1] !== order) throw new InputError(`scan: the cursor belongs to a scan in ${m[1]} order, not ${order}`);
  return { order, timeMs: Number(m[2]), id: m[3]! };
}

/** One remembered document version: a short hash of its id and its _seq_no. */
export interface SeenVersion {
  key: string;
  seq: number;
  changedMs: number;
}

export interface ChangePosition {
  t: number;
  seen: SeenVersion[];
}

/** 72 bits of the id's SHA-256: collisions are not a practical concern among a minute of writes. */
export function idKey(id: string): string {
  return createHash('sha256').update(id).digest('base64url').slice(0, 12);
}

/** Canonical (sorted) encoding, so the same position always gives the same cursor string. */
export function encodeChangeCursor(p: ChangePosition): string {
  const seen = [...p.seen].sort((a, b) => a.changedMs - b.changedMs || (a.key < b.key ? -1 : a.key > b.key ? 1 : a.seq - b.seq));
  return enc(`ec1.${p.t}.${seen.map((v) => `${v.key}~${v.seq}~${v.changedMs - p.t}`).join(',')}`);
}

export function decodeChangeCursor(cursor: string): ChangePosition {
  const bad = (): never => {
    throw new InputError('changes: not a change cursor (pass back the cursor of the previous call, or changeCursor())');
  };
  const s = typeof cursor === 'string' ? dec(cursor) : '';
  const m = /^ec1\.(-?\d+)\.(.*)$/s.exec(s);
  if (!m) return bad();
  const t = Number(m[1]);
  const seen: SeenVersion[] = [];
  if (m[2]) {
    for (const part of m[2]!.split(',')) {
      const [key, seq, delta] = part.split('~');
      if (!key || key.length !== 12 || !seq || !INT.test(seq) || !delta || !INT.test(delta)) return bad();
      seen.push({ key, seq: Number(seq), changedMs: t + Number(delta) });
    }
  }
  if (!Number.isSafeInteger(t)) bad();
  return { t, seen };
}
