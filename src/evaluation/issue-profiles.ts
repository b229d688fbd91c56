// Issue profiles of a period, read through the Store (a keyset scan of the mentions that carry an
// issue id): what a complaint is matched against. Each profile keeps its key terms with counts, its
// topics and its time span, so a complaint is only compared with issues alive around its receipt.
import { keyTerms } from '../core/terms.js';
import type { Mention, Store } from '../core/types.js';
import type { IssueProfile } from './complaints.js';

export interface TimedProfile extends IssueProfile {
  firstMs: number;
  lastMs: number;
}

const ms = (m: Mention): number => Date.parse(m.publishedAt ?? m.fetchedAt);

export async function scanPeriod(store: Store, from: string, to: string, filter: Record<string, unknown> = {}): Promise<Mention[]> {
  const out: Mention[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.scan({ ...filter, from, to }, { limit: 2000, ...(cursor ? { cursor } : {}) });
    out.push(...page.items);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return out;
}

export async function issueProfiles(store: Store, from: string, to: string): Promise<TimedProfile[]> {
  const byIssue = new Map<string, TimedProfile>();
  for (const m of await scanPeriod(store, from, to)) {
    if (!m.issueId) continue;
    let p = byIssue.get(m.issueId);
    const t = ms(m);
    if (!p) {
      p = { issueId: m.issueId, terms: new Map(), topics: new Set(), firstMs: t, lastMs: t };
      byIssue.set(m.issueId, p);
    }
    p.firstMs = Math.min(p.firstMs, t);
    p.lastMs = Math.max(p.lastMs, t);
    for (const k of keyTerms(m.title, m.text)) p.terms.set(k, (p.terms.get(k) ?? 0) + 1);
    for (const tp of m.analysis?.topics ?? []) p.topics.add(tp);
  }
  return [...byIssue.values()];
}

/** The profiles alive within `windowDays` before and one day after an instant. */
export function aliveAround(profiles: readonly TimedProfile[], atMs: number, windowDays: number): TimedProfile[] {
  const lo = atMs - windowDays * 86_400_000;
  const hi = atMs + 86_400_000;
  return profiles.filter((p) => p.lastMs >= lo && p.firstMs <= hi);
}
