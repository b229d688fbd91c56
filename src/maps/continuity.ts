// Stable issue ids across days. Today's issues are matched, in this order, to: the issue id their
// mentions already carry (the map of this day made earlier, so a re-run keeps its ids), then the
// issues of the previous days (the look-back) by the cosine of their centroids, shared story
// clusters, and compatible places and streets. Each id goes to one issue; an issue that matches
// nothing gets a new id derived from its earliest mention, so the same day mapped twice gives the
// same ids even on a fresh store.
import { createHash } from 'node:crypto';
import { placesConflict, streetsConflict } from './group.js';
import { dot, type SparseVector } from './vectors.js';

export interface IssueSignature {
  centroid: SparseVector;
  places: readonly string[];
  streets: readonly string[];
  clusters: ReadonlySet<string>;
  /** Flagged as a hoax: a hoax and a real outage of the same service are two matters. */
  hoax?: boolean;
}

export interface CurrentIssue extends IssueSignature {
  /** Member mention ids, earliest first. */
  members: readonly string[];
  /** Issue ids the members already carry, with how many carry each. */
  storedIds: ReadonlyMap<string, number>;
}

export interface PriorIssue extends IssueSignature {
  id: string;
  /** Local day of its latest mention (a more recent match wins a tie). */
  lastDay: string;
}

/** Cosine a current issue needs with an earlier one to continue it. */
export const LINK_THRESHOLD = 0.3;

export function newIssueId(firstMemberId: string): string {
  return `isu-${createHash('sha256').update(firstMemberId).digest('hex').slice(0, 12)}`;
}

/**
 * How surely `a` continues `b`: the cosine of their centroids (a matter's words drift from day to
 * day: the damaged road, then the accident on it, then the repair), plus 0.3 for a shared story
 * cluster, 0.15 for the same street, 0.1 for the same kecamatan or kelurahan; −0.15 when one is a
 * hoax and the other not. Unrelated places or streets: 0.
 */
export function linkScore(a: IssueSignature, b: IssueSignature): number {
  if (placesConflict(a.places, b.places) || streetsConflict(a.streets, b.streets)) return 0;
  let shared = 0;
  for (const c of a.clusters) if (b.clusters.has(c)) shared++;
  const street = a.streets.some((s) => b.streets.includes(s));
  const place = a.places.some((p) => b.places.includes(p));
  return dot(a.centroid, b.centroid) + (shared ? 0.3 : 0) + (street ? 0.15 : 0) + (place ? 0.1 : 0) - (!!a.hoax !== !!b.hoax ? 0.15 : 0);
}

/** One id per current issue, in the same order. */
export function assignIssueIds(current: readonly CurrentIssue[], prior: readonly PriorIssue[], threshold = LINK_THRESHOLD): string[] {
  const cands: { i: number; id: string; score: number }[] = [];
  current.forEach((c, i) => {
    const n = Math.max(1, c.members.length);
    // Stored ids first (score above any cosine), the id most members carry winning.
    for (const [id, count] of c.storedIds) cands.push({ i, id, score: 2 + count / n });
    for (const p of prior) {
      const s = linkScore(c, p);
      if (s >= threshold) cands.push({ i, id: p.id, score: s });
    }
  });
  // Ties: the bigger issue keeps the id; then input order.
  cands.sort((a, b) => b.score - a.score || current[b.i]!.members.length - current[a.i]!.members.length || a.i - b.i);
  const out: (string | undefined)[] = current.map(() => undefined);
  const used = new Set<string>();
  for (const c of cands) {
    if (out[c.i] !== undefined || used.has(c.id)) continue;
    out[c.i] = c.id;
    used.add(c.id);
  }
  return out.map((id, i) => {
    if (id) return id;
    let fresh = newIssueId(current[i]!.members[0] ?? String(i));
    // Two issues cannot share an id (a member id collision is impossible, an earlier id reused is not).
    while (used.has(fresh)) fresh = newIssueId(fresh);
    used.add(fresh);
    return fresh;
  });
}
