// Opaque cursors of the keyset scan and the change feed. Callers only hand them back; the prefix
// names the kind and version so a scan cursor given to changes() (or a damaged one) is refused with
// an InputError instead of silently restarting.
import { InputError } from '../../core/errors.js';

export interface ScanPosition {
  order: 'asc' | 'desc';
  sortMs: number;
  seq: number;
}

const enc = (s: string): string => Buffer.from(s, 'utf8').toString('base64url');
const dec = (s: string): string => Buffer.from(s, 'base64url').toString('utf8');
const isInt = (s: string | undefined): boolean => s !== undefined && /^-?\d+$/.test(s) && Number.isSafeInteger(Number(s));

export function encodeScanCursor(p: ScanPosition): string {
  return enc(`s1.${p.order}.${p.sortMs}.${p.seq}`);
}

export function decodeScanCursor(cursor: string, order: 'asc' | 'desc'): ScanPosition {
  const parts = typeof cursor === 'string' ? dec(cursor).split('.') : [];
  if (parts.length !== 4 || parts[0] !== 's1' || (parts[1] !== 'asc' && parts[1] !== 'desc') || !isInt(parts[2]) || !isInt(parts[3])) {
    throw new InputError('scan: not a scan cursor (pass back the cursor of the previous page)');
  }
  if (parts[1] !== order) throw new InputError(`scan: the cursor belongs to a scan in ${parts[1]} order, not ${order}`);
  return { order, sortMs: Number(parts[2]), seq: Number(parts[3]) };
}

export function encodeChangeCursor(changeSeq: number): string {
  return enc(`c1.${changeSeq}`);
}

export function decodeChangeCursor(cursor: string): number {
  const parts = typeof cursor === 'string' ? dec(cursor).split('.') : [];
  if (parts.length !== 2 || parts[0] !== 'c1' || !isInt(parts[1]) || Number(parts[1]) < 0) {
    throw new InputError('changes: not a change cursor (pass back the cursor of the previous call, or changeCursor())');
  }
  return Number(parts[1]);
}
