// The fixed split of every sentiment dev set into a half we tune on and a half we leave untouched
// until the end (issue 18: held-out figures came out lower than dev figures measured on tuned data).
// A row's half depends only on its text (SHA-256 of the trimmed text, lowest bit of the first byte),
// so the split is the same on every machine, for every file, and for rows added later.
import { createHash } from 'node:crypto';

export type DevHalf = 'tune' | 'untouched';

export function devHalf(text: string): DevHalf {
  const b = createHash('sha256').update(text.trim()).digest()[0]!;
  return (b & 1) === 0 ? 'tune' : 'untouched';
}

export function splitHalves<T extends { text: string }>(rows: readonly T[]): Record<DevHalf, T[]> {
  const out: Record<DevHalf, T[]> = { tune: [], untouched: [] };
  for (const r of rows) out[devHalf(r.text)].push(r);
  return out;
}
