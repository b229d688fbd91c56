// A person merging or splitting issues, through the Store only: the rule is stored first (the map
// applies every active rule whenever it builds, so it is the truth), then the mentions' issue ids are
// set at once, so search, alerts and exports agree before the next map is built. Undo marks the rule
// undone and gives the mentions their earlier ids back (a merge's snapshot to B, a split's mentions
// to A), so the next build restores the previous map.
import { InputError } from '../core/errors.js';
import { splitIssueId, type IssueCorrection } from '../core/issue-corrections.js';
import type { Store } from '../core/types.js';
import { scanAll } from './produce.js';

export class NotFoundError extends Error {}

async function setIds(store: Store, ids: readonly string[], issueId: string): Promise<void> {
  for (let i = 0; i < ids.length; i += 1000) await store.setIssueIds(ids.slice(i, i + 1000).map((mentionId) => ({ mentionId, issueId })));
}

async function memberIds(store: Store, issueId: string): Promise<string[]> {
  return (await scanAll(store, { issueId })).map((m) => m.id);
}

/** Merge issue `from` (B) into `into` (A): A's id survives, today and on later days. */
export async function mergeIssues(store: Store, req: { into: string; from: string; by: string; at: string }): Promise<IssueCorrection> {
  if (req.into === req.from) throw new InputError(`body.issueId: an issue cannot be merged into itself ("${req.from}")`);
  const [into, from] = await Promise.all([memberIds(store, req.into), memberIds(store, req.from)]);
  if (!into.length) throw new NotFoundError(`no issue "${req.into}"`);
  if (!from.length) throw new NotFoundError(`no issue "${req.from}"`);
  const c = await store.addIssueCorrection({ kind: 'merge', issueId: req.into, otherId: req.from, mentionIds: from, by: req.by, at: req.at });
  await setIds(store, from, req.into);
  return c;
}

/** Split `mentionIds` out of issue `from` into a new issue (its id derived from both). */
export async function splitIssue(store: Store, req: { from: string; mentionIds: readonly string[]; by: string; at: string }): Promise<IssueCorrection> {
  const members = new Set(await memberIds(store, req.from));
  if (!members.size) throw new NotFoundError(`no issue "${req.from}"`);
  const outside = req.mentionIds.filter((id) => !members.has(id));
  if (outside.length) throw new InputError(`body.mentionIds: not in issue "${req.from}": ${outside.slice(0, 5).join(', ')}${outside.length > 5 ? ` (+${outside.length - 5})` : ''}`);
  const newId = splitIssueId(req.from, req.mentionIds);
  const c = await store.addIssueCorrection({ kind: 'split', issueId: req.from, otherId: newId, mentionIds: [...req.mentionIds], by: req.by, at: req.at });
  await setIds(store, req.mentionIds, newId);
  return c;
}

/** Undo a merge or split; undefined when there is no such correction. */
export async function undoIssueCorrection(store: Store, id: number, by: string, at: string): Promise<IssueCorrection | undefined> {
  const before = (await store.listIssueCorrections({ limit: 100_000 })).find((c) => c.id === id);
  if (!before) return undefined;
  const c = await store.undoIssueCorrection(id, by, at);
  if (!c || before.undoneAt) return c;
  // Only the mentions that still carry the rule's id go back (a later build may have moved others).
  const now = c.kind === 'merge' ? c.issueId : c.otherId;
  const back = c.kind === 'merge' ? c.otherId : c.issueId;
  const still = new Set(await memberIds(store, now));
  await setIds(store, c.mentionIds.filter((m) => still.has(m)), back);
  return c;
}
