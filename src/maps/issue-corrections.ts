// The active merges and splits of issues (src/core/issue-corrections.ts) as the map builder applies
// them (pure): splits take their mentions out of whatever group the grouping put them in and make
// them a group of their own with the split's id; merges are aliases applied to the ids continuity
// gives (B → A, followed through chains: B into A, then A into C gives B → C; A into B after B into
// A gives both → B), and groups that end up with one id become one issue. The surviving id is
// shareable: two of today's groups may both continue it (that is what "stays merged" means), and a
// merged issue's earlier mentions are read as one signature per merged part, so a part continuing
// alone still finds its issue.
import type { IssueCorrection } from '../core/issue-corrections.js';

export interface IssueRules {
  /** The id an issue id stands for now (itself when not merged away). */
  alias(id: string): string;
  /** Surviving ids of merges (may go to several of today's groups). */
  shareable: ReadonlySet<string>;
  /** Mention id → the split it was split out by (the latest split wins). */
  splitOf: ReadonlyMap<string, IssueCorrection>;
  /** Mention id → the merge whose snapshot holds it (its part of the merged issue). */
  mergedPart: ReadonlyMap<string, number>;
}

export function issueRules(corrections: readonly IssueCorrection[]): IssueRules {
  const active = corrections.filter((c) => !c.undoneAt).sort((a, b) => a.id - b.id);
  const next = new Map<string, string>();
  const splitOf = new Map<string, IssueCorrection>();
  const mergedPart = new Map<string, number>();
  for (const c of active) {
    if (c.kind === 'merge') {
      if (c.otherId !== c.issueId) {
        // The survivor was itself merged into the issue merged now (A into B, then B into A): the
        // later merge wins, so the link into the merged issue on the survivor's path goes.
        const seen = new Set<string>();
        for (let x = c.issueId; next.has(x) && !seen.has(x); x = next.get(x)!) {
          seen.add(x);
          if (next.get(x) === c.otherId) {
            next.delete(x);
            break;
          }
        }
        next.set(c.otherId, c.issueId);
      }
      for (const m of c.mentionIds) mergedPart.set(m, c.id);
    } else for (const m of c.mentionIds) splitOf.set(m, c);
  }
  const resolved = new Map<string, string>();
  const alias = (id: string): string => {
    const hit = resolved.get(id);
    if (hit) return hit;
    let x = id;
    const seen = new Set<string>([x]);
    // No cycle is left by the step above; the guard only keeps a damaged list from looping.
    while (next.has(x) && !seen.has(next.get(x)!)) {
      x = next.get(x)!;
      seen.add(x);
    }
    resolved.set(id, x);
    return x;
  };
  const shareable = new Set<string>();
  for (const c of active) if (c.kind === 'merge') shareable.add(alias(c.issueId));
  return { alias, shareable, splitOf, mergedPart };
}

/**
 * The grouping's groups with the split mentions taken out, then one group per split present (its id
 * forced). Groups left empty are dropped. `forced[i]` is the split id of group i, else undefined.
 */
export function applySplits(groups: readonly (readonly string[])[], rules: IssueRules): { groups: string[][]; forced: (string | undefined)[] } {
  if (!rules.splitOf.size) return { groups: groups.map((g) => [...g]), forced: groups.map(() => undefined) };
  const out: string[][] = [];
  const forced: (string | undefined)[] = [];
  const bySplit = new Map<string, string[]>();
  for (const g of groups) {
    const kept: string[] = [];
    for (const id of g) {
      const s = rules.splitOf.get(id);
      if (!s) kept.push(id);
      else (bySplit.get(s.otherId) ?? bySplit.set(s.otherId, []).get(s.otherId)!).push(id);
    }
    if (kept.length) {
      out.push(kept);
      forced.push(undefined);
    }
  }
  for (const [id, members] of bySplit) {
    out.push(members);
    forced.push(id);
  }
  return { groups: out, forced };
}

/** Groups with the same id after aliasing, as one: the indices of each id's groups, first-seen order. */
export function unionById(ids: readonly string[]): { id: string; parts: number[] }[] {
  const by = new Map<string, number[]>();
  ids.forEach((id, i) => (by.get(id) ?? by.set(id, []).get(id)!).push(i));
  return [...by.entries()].map(([id, parts]) => ({ id, parts }));
}
