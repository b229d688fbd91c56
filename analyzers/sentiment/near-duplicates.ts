// Drops training rows that nearly duplicate held-out rows (token-set Jaccard ≥ threshold). NusaX
// sentences were sampled from SmSA, so without this a NusaX "valid" figure would partly measure
// memorisation. An inverted index keeps it linear in practice: only rows sharing a token are compared.
import { tokenize } from '../normalize/index.js';

export function tokenSet(text: string): Set<string> {
  return new Set(tokenize(text));
}

export function removeNearDuplicates<T extends { text: string }>(
  rows: readonly T[],
  heldOut: readonly { text: string }[],
  threshold = 0.5,
): { kept: T[]; removed: T[] } {
  const sets = heldOut.map((r) => tokenSet(r.text));
  const index = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const t of s) {
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });
  const kept: T[] = [];
  const removed: T[] = [];
  for (const r of rows) {
    const s = tokenSet(r.text);
    const shared = new Map<number, number>();
    for (const t of s) for (const i of index.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    let dup = false;
    for (const [i, inter] of shared) {
      if (inter / (s.size + sets[i].size - inter) >= threshold) {
        dup = true;
        break;
      }
    }
    (dup ? removed : kept).push(r);
  }
  return { kept, removed };
}

/**
 * For each row, the indices of the held-out rows it nearly duplicates (token-set Jaccard ≥
 * threshold). Cross-validation uses it to drop, for each fold, the training rows that nearly
 * duplicate a row of that fold.
 */
export function nearDuplicateIndex(
  rows: readonly { text: string }[],
  heldOut: readonly { text: string }[],
  threshold = 0.5,
): number[][] {
  const sets = heldOut.map((r) => tokenSet(r.text));
  const index = new Map<string, number[]>();
  sets.forEach((s, i) => {
    for (const t of s) {
      const list = index.get(t);
      if (list) list.push(i);
      else index.set(t, [i]);
    }
  });
  return rows.map((r) => {
    const s = tokenSet(r.text);
    const shared = new Map<number, number>();
    for (const t of s) for (const i of index.get(t) ?? []) shared.set(i, (shared.get(i) ?? 0) + 1);
    const out: number[] = [];
    for (const [i, inter] of shared) if (inter / (s.size + sets[i].size - inter) >= threshold) out.push(i);
    return out.sort((a, b) => a - b);
  });
}
