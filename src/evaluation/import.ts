// Importing complaints into the Store: rows of an export (read by the caller, which knows the file
// formats) become complaints, are matched to an issue, and are written in batches. Every row ends in
// exactly one counted disposition: written, updated, duplicate, or dropped with its row number and
// reason. A batch is written before the next is read, so a crash loses nothing already counted.
import { keyTerms } from '../core/terms.js';
import type { Complaint } from '../core/evaluation.js';
import type { Store } from '../core/types.js';
import { complaintFromRow, matchIssue, type RowContext } from './complaints.js';
import { aliveAround, issueProfiles, type TimedProfile } from './issue-profiles.js';

export interface ImportCounts {
  written: number;
  updated: number;
  duplicate: number;
  dropped: number;
  linked: number;
}

export interface ImportReport {
  counts: ImportCounts;
  problems: { row: number | string; reason: string }[];
}

const BATCH = 500;

export async function importComplaints(
  store: Store,
  records: AsyncIterable<{ row: number; value: unknown }>,
  ctx: RowContext & { ref: string; issueWindowDays: number },
): Promise<ImportReport> {
  const counts: ImportCounts = { written: 0, updated: 0, duplicate: 0, dropped: 0, linked: 0 };
  const problems: ImportReport['problems'] = [];
  let batch: { row: number; c: Complaint }[] = [];
  const flush = async (): Promise<void> => {
    if (!batch.length) return;
    await linkIssues(store, batch.map((b) => b.c), ctx.issueWindowDays);
    counts.linked += batch.filter((b) => b.c.issueId).length;
    const res = await store.upsertComplaints(batch.map((b) => b.c));
    counts.written += res.written;
    counts.updated += res.updated;
    counts.duplicate += res.duplicates;
    for (const d of res.dropped) {
      counts.dropped++;
      problems.push({ row: batch.find((b) => b.c.id === d.id)?.row ?? d.id, reason: d.reason });
    }
    batch = [];
  };
  for await (const { row, value } of records) {
    if (typeof value === 'string' || value === null || typeof value !== 'object' || Array.isArray(value)) {
      counts.dropped++;
      problems.push({ row, reason: typeof value === 'string' ? value : 'record is not an object' });
      continue;
    }
    const c = complaintFromRow(value as Record<string, unknown>, ctx);
    if (typeof c === 'string') {
      counts.dropped++;
      problems.push({ row, reason: c });
      continue;
    }
    batch.push({ row, c });
    if (batch.length >= BATCH) await flush();
  }
  await flush();
  return { counts, problems };
}

/** Set issueId on the complaints that match an issue alive around their receipt (in place). */
export async function linkIssues(store: Store, complaints: Complaint[], windowDays: number): Promise<void> {
  const open = complaints.filter((c) => !c.issueId);
  if (!open.length) return;
  const times = open.map((c) => Date.parse(c.receivedAt));
  const from = new Date(Math.min(...times) - windowDays * 86_400_000).toISOString();
  const to = new Date(Math.max(...times) + 86_400_000).toISOString();
  const profiles: TimedProfile[] = await issueProfiles(store, from, to);
  if (!profiles.length) return;
  for (const c of open) {
    const id = matchIssue(keyTerms(c.title, c.text), c.topics, aliveAround(profiles, Date.parse(c.receivedAt), windowDays));
    if (id) c.issueId = id;
  }
}
