// Merging and splitting issues (issue 22, corrections): a humas officer says "issue B is the same
// matter as issue A" or "these mentions are not part of issue A". Both are kept as rules with who
// and when (an audit trail, undone by a later person), and the issue map applies the active rules
// every time it builds a day (src/maps/issue-corrections.ts), so a merge holds on later days too.
import { createHash } from 'node:crypto';

export const ISSUE_CORRECTION_KINDS = ['merge', 'split'] as const;
export type IssueCorrectionKind = (typeof ISSUE_CORRECTION_KINDS)[number];

export interface IssueCorrection {
  /** Store-assigned, increasing (later rules win). */
  id: number;
  kind: IssueCorrectionKind;
  /** merge: the surviving issue (A, its id is kept); split: the issue the mentions leave. */
  issueId: string;
  /** merge: the issue merged into A (B); split: the id of the new issue. */
  otherId: string;
  /** merge: B's mentions when it was merged (undo gives them back to B); split: the mentions split out. */
  mentionIds: string[];
  by: string;
  at: string;
  undoneAt?: string;
  undoneBy?: string;
}

export type IssueCorrectionInput = Pick<IssueCorrection, 'kind' | 'issueId' | 'otherId' | 'mentionIds' | 'by' | 'at'>;

/** The issue corrections part of a Store (the office's own state: kept in the local SQLite state on every backend). */
export interface IssueCorrectionStore {
  addIssueCorrection(input: IssueCorrectionInput): Promise<IssueCorrection>;
  /** Mark one undone (who and when); undefined when there is none; an undone one is returned as it is. */
  undoIssueCorrection(id: number, by: string, at: string): Promise<IssueCorrection | undefined>;
  /** Newest first; `active` = not undone. */
  listIssueCorrections(opts?: { active?: boolean; limit?: number }): Promise<IssueCorrection[]>;
}

/**
 * The id of the issue a split creates: derived from the issue it leaves and the mentions, so the
 * same split gives the same id (a stable id, like newIssueId in src/maps/continuity.ts).
 */
export function splitIssueId(from: string, mentionIds: readonly string[]): string {
  const key = `split\u0000${from}\u0000${[...mentionIds].sort().join(',')}`;
  return `isu-${createHash('sha256').update(key).digest('hex').slice(0, 12)}`;
}
