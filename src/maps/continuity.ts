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
/** Cosine below which a shared street or place adds nothing to a link (see linkScore). */
const MIN_CONFIRMED_COSINE = 0.15;

export function newIssueId(firstMemberId: string): string {
  return `isu-${createHash('sha256').update(firstMemberId).digest('hex').slice(0, 12)}`;
}

/**
 * How surely `a` continues `b`: the cosine of their centroids (a matter's words drift from day to
 * day: the damaged road, then the accident on it, then the repair), plus 0.3 for a shared story
 * cluster, 0.15 for the same street, 0.1 for the same kecamatan or kelurahan (these two only when the
 * cosine is at least 0.15); −0.25 when one is a hoax (or about one: `IssueHoax.aboutHoax`) and the other not. Unrelated places or streets: 0.
 */
export function linkScore(a: IssueSignature, b: IssueSignature, cosine = dot(a.centroid, b.centroid), shared = sharesCluster(a, b)): number {
  return scoreOf(cosine, shared, placeRelation(a.places, b.places), streetRelation(a.streets, b.streets), !!a.hoax !== !!b.hoax);
}

/** How two place (or street) lists relate: unrelated places (0 in linkScore), one shared, or neither. */
const CONFLICT = 1;
const SHARED = 2;
function placeRelation(a: readonly string[], b: readonly string[]): number {
  return placesConflict(a, b) ? CONFLICT : a.some((p) => b.includes(p)) ? SHARED : 0;
}
function streetRelation(a: readonly string[], b: readonly string[]): number {
  return streetsConflict(a, b) ? CONFLICT : a.some((s) => b.includes(s)) ? SHARED : 0;
}

/** linkScore from the cosine, the shared cluster and how the places and streets relate. */
function scoreOf(cosine: number, shared: boolean, places: number, streets: number, hoaxDiffers: boolean): number {
  if (places === CONFLICT || streets === CONFLICT) return 0;
  // A street or place confirms what the words say; it does not make the link alone: a fuel queue and
  // a rubbish pile on one street, a day apart, share the street and little else.
  const confirm = cosine >= MIN_CONFIRMED_COSINE;
  return cosine + (shared ? 0.3 : 0) + (confirm && streets === SHARED ? 0.15 : 0) + (confirm && places === SHARED ? 0.1 : 0) - (hoaxDiffers ? 0.25 : 0);
}

/**
 * Place or street lists by content, numbered (a day's issues name few different lists), and how
 * two numbered lists relate, computed once per pair of lists (placeRelation / streetRelation).
 */
class Relations {
  private readonly ids = new Map<string, number>();
  private readonly lists: (readonly string[])[] = [];
  private readonly memo = new Map<number, number>();
  constructor(private readonly relation: (a: readonly string[], b: readonly string[]) => number) {}

  id(list: readonly string[]): number {
    const key = list.join('\u0000');
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.lists.length));
      this.lists.push(list);
    }
    return id;
  }

  /** The relation of list `a` (of a current issue) to list `b` (of an earlier one). */
  of(a: number, b: number): number {
    const key = a * 0x200000 + b;
    let r = this.memo.get(key);
    if (r === undefined) this.memo.set(key, (r = this.relation(this.lists[a]!, this.lists[b]!)));
    return r;
  }
}

function sharesCluster(a: IssueSignature, b: IssueSignature): boolean {
  const [x, y] = a.clusters.size <= b.clusters.size ? [a.clusters, b.clusters] : [b.clusters, a.clusters];
  for (const c of x) if (y.has(c)) return true;
  return false;
}

/** The most a pair without a shared story cluster gains besides its cosine (street + place). */
const BONUS_WITHOUT_CLUSTER = 0.25;

export interface AssignOptions {
  /** Ids that may go to several current issues (a merged issue continued by both its parts). */
  shareable?: ReadonlySet<string>;
  /** Ids never given (a split's id, taken by its own group today). */
  reserved?: ReadonlySet<string>;
}

/**
 * One id per current issue, in the same order. `prior` may be a function: it is called only when
 * some current issue is left without an id after the stored ones (a day mapped again, the daily
 * case, needs no signature of the earlier issues at all).
 */
export function assignIssueIds(
  current: readonly CurrentIssue[],
  priorIn: readonly PriorIssue[] | (() => readonly PriorIssue[]),
  threshold = LINK_THRESHOLD,
  opts: AssignOptions = {},
): string[] {
  const shareable = opts.shareable ?? new Set<string>();
  const reserved = opts.reserved ?? new Set<string>();
  const out: (string | undefined)[] = current.map(() => undefined);
  const used = new Set<string>(reserved);
  // Ties: the bigger issue keeps the id; then input order.
  const order = (a: { i: number; score: number }, b: { i: number; score: number }): number =>
    b.score - a.score || current[b.i]!.members.length - current[a.i]!.members.length || a.i - b.i;
  const give = (cands: { i: number; id: string; score: number }[]): void => {
    cands.sort(order);
    for (const c of cands) {
      if (out[c.i] !== undefined || (used.has(c.id) && !shareable.has(c.id)) || reserved.has(c.id)) continue;
      out[c.i] = c.id;
      used.add(c.id);
    }
  };
  // Stored ids first (score 2 + share, above any link score: a cosine is at most 1 and the bonuses
  // 0.55), the id most members carry winning. So they are given before any earlier issue is looked
  // at, and an issue that got one needs no comparison.
  const stored: { i: number; id: string; score: number }[] = [];
  current.forEach((c, i) => {
    const n = Math.max(1, c.members.length);
    for (const [id, count] of c.storedIds) stored.push({ i, id, score: 2 + count / n });
  });
  give(stored);
  const prior = out.some((id) => id === undefined) ? (typeof priorIn === 'function' ? priorIn() : priorIn) : [];
  // Without earlier issues nothing is compared (the current signatures are not read).
  if (prior.length) {
    // The cosines of every current–prior pair that shares a feature, accumulated through an inverted
    // index of the prior centroids (the pairs sharing nothing have cosine 0 and are skipped).
    // Each posting list as two flat arrays (prior index, weight): no object per entry.
    const building = new Map<string, { p: number[]; w: number[] }>();
    prior.forEach((p, pi) => {
      for (const [k, w] of p.centroid) {
        let l = building.get(k);
        if (!l) building.set(k, (l = { p: [], w: [] }));
        l.p.push(pi);
        l.w.push(w);
      }
    });
    // Then as typed arrays (the accumulation below reads them for every current issue).
    const postings = new Map<string, { p: Int32Array; w: Float64Array }>();
    for (const [k, l] of building) postings.set(k, { p: Int32Array.from(l.p), w: Float64Array.from(l.w) });
    building.clear();
    const byCluster = new Map<string, number[]>();
    prior.forEach((p, pi) => {
      for (const c of p.clusters) (byCluster.get(c) ?? byCluster.set(c, []).get(c)!).push(pi);
    });
    // Places and streets by list number (linkScore's checks, once per pair of lists).
    const places = new Relations(placeRelation);
    const streets = new Relations(streetRelation);
    const priorPlaces = Int32Array.from(prior, (p) => places.id(p.places));
    const priorStreets = Int32Array.from(prior, (p) => streets.id(p.streets));
    const priorHoax = Uint8Array.from(prior, (p) => (p.hoax ? 1 : 0));
    const acc = new Float64Array(prior.length);
    // The prior issues touched by the current one: marked, and listed once each.
    const mark = new Uint8Array(prior.length);
    const touched: number[] = [];
    const touch = (p: number): void => {
      if (mark[p]) return;
      mark[p] = 1;
      touched.push(p);
    };
    const cands: { i: number; id: string; score: number }[] = [];
    current.forEach((c, i) => {
      if (out[i] !== undefined) return;
      for (const [k, w] of c.centroid) {
        const l = postings.get(k);
        if (!l) continue;
        const ps = l.p;
        const ws = l.w;
        for (let x = 0; x < ps.length; x++) {
          const p = ps[x]!;
          acc[p] = acc[p]! + w * ws[x]!;
          if (!mark[p]) {
            mark[p] = 1;
            touched.push(p);
          }
        }
      }
      const shared = new Set<number>();
      for (const cl of c.clusters) for (const p of byCluster.get(cl) ?? []) shared.add(p);
      for (const p of shared) touch(p);
      // Without a shared feature the cosine is 0, and the other bonuses cannot reach the threshold.
      if (threshold <= BONUS_WITHOUT_CLUSTER) for (let p = 0; p < prior.length; p++) touch(p);
      const cp = places.id(c.places);
      const cs = streets.id(c.streets);
      const hoax = !!c.hoax;
      // In ascending order of the earlier issues: sorted, or (when most are touched) the marks read in order.
      const scanAll = touched.length * 8 > prior.length;
      if (!scanAll) touched.sort((x, y) => x - y);
      const count = scanAll ? prior.length : touched.length;
      for (let x = 0; x < count; x++) {
        const p = scanAll ? x : touched[x]!;
        if (scanAll && !mark[p]) continue;
        mark[p] = 0;
        const cos = acc[p]!;
        acc[p] = 0;
        const sh = shared.has(p);
        // Far below the threshold whatever the places say: skip the place and street checks.
        if (!sh && cos + BONUS_WITHOUT_CLUSTER < threshold) continue;
        // linkScore(c, prior[p], cos, sh), with the place and street checks memoized.
        const s = scoreOf(cos, sh, places.of(cp, priorPlaces[p]!), streets.of(cs, priorStreets[p]!), hoax !== (priorHoax[p] === 1));
        if (s >= threshold) cands.push({ i, id: prior[p]!.id, score: s });
      }
      touched.length = 0;
    });
    give(cands);
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
