// The map's shortcuts must not change the map: a look-back day mapped on the way gets its ids from
// buildIssueIds (no description), an earlier issue's signature may reuse features cached by an
// earlier build of the same run, and foldName takes an ASCII fast path. Each is checked against the
// plain path on the fixture days (ids chained from day to day, as `pantau map` writes them).
import { beforeAll, describe, expect, it } from 'vitest';
import { stem, tokenize } from '../../../analyzers/normalize/index.js';
import { foldWord } from '../../../src/maps/fold.js';
import { buildIssueIds, buildIssueMap, FeatureCache, type MapInput, type PriorMention } from '../../../src/maps/build.js';
import { foldName } from '../../../src/maps/directory.js';
import { averageLinkage, type Edge } from '../../../src/maps/linkage.js';
import { joinFolded, mentionFeatures, withoutDateline, type FeatureOptions } from '../../../src/maps/features.js';
import type { IssueMap } from '../../../src/maps/types.js';
import { loadFixtureDays, TUNED_DAYS, UNTOUCHED_DAYS, type FixtureDays } from '../../helpers/map-days.js';

let fx: FixtureDays;
const DAYS = [...TUNED_DAYS, ...UNTOUCHED_DAYS];
const text = { tokenize, stem };

beforeAll(() => {
  fx = loadFixtureDays();
}, 120_000);

function inputOf(d: string, prior: PriorMention[], cache?: FeatureCache): MapInput {
  return {
    period: { from: d, to: d },
    timezone: 'Asia/Jakarta',
    mentions: fx.byDay.get(d) ?? [],
    prior,
    facts: fx.facts,
    homeRegion: { code: '15.71', name: 'Kota Jambi' },
    text,
    directory: fx.directory,
    topicLabels: fx.topicLabels,
    lang: 'id',
    now: new Date(Date.parse(`${d}T23:00:00Z`)),
    ...(cache ? { featureCache: cache } : {}),
  };
}

/** Maps the days in order, each with the ids of the 3 days before; `idsOnly` days go through buildIssueIds. */
function chain(idsOnly: boolean, cache?: FeatureCache): { ids: Map<string, string>[]; outside: string[][]; maps: Map<string, IssueMap> } {
  const assigned = new Map<string, string>();
  const ids: Map<string, string>[] = [];
  const outside: string[][] = [];
  const maps = new Map<string, IssueMap>();
  for (const d of DAYS) {
    const prior: PriorMention[] = [];
    for (const [day, ms] of fx.byDay) {
      if (day >= d || Date.parse(d) - Date.parse(day) > 3 * 86_400_000) continue;
      for (const m of ms) if (assigned.has(m.id)) prior.push({ mention: m, issueId: assigned.get(m.id)! });
    }
    const day = new Map<string, string>();
    if (idsOnly) {
      const r = buildIssueIds(inputOf(d, prior, cache));
      for (const i of r.issues) for (const m of i.mentions) day.set(m.id, i.id);
      outside.push([...r.outside].sort());
    } else {
      const map = buildIssueMap(inputOf(d, prior, cache));
      for (const i of map.issues) for (const m of i.mentions) day.set(m.id, i.id);
      outside.push(map.outside.mentions.map((m) => m.id).sort());
      maps.set(d, map);
    }
    for (const [m, id] of day) assigned.set(m, id);
    ids.push(day);
  }
  return { ids, outside, maps };
}

describe('the map shortcuts keep the map', () => {
  it('buildIssueIds gives every mention the id buildIssueMap gives it, day after day', () => {
    const full = chain(false);
    const fast = chain(true, new FeatureCache());
    expect(fast.ids.length).toBe(DAYS.length);
    for (let k = 0; k < DAYS.length; k++) {
      expect(Object.fromEntries(fast.ids[k]!), DAYS[k]).toEqual(Object.fromEntries(full.ids[k]!));
      expect(fast.outside[k], DAYS[k]).toEqual(full.outside[k]);
    }
    // Some issue goes on across days (so the chained ids are exercised, not only fresh ones).
    const carried = DAYS.slice(1).some((_, k) => [...fast.ids[k + 1]!.values()].some((id) => new Set(fast.ids[k]!.values()).has(id)));
    expect(carried).toBe(true);
  }, 120_000);

  it('a shared feature cache leaves every map as it is', () => {
    const plain = chain(false);
    const cached = chain(false, new FeatureCache());
    for (const d of DAYS) expect(JSON.stringify(cached.maps.get(d)), d).toBe(JSON.stringify(plain.maps.get(d)));
  }, 120_000);

  it('an earlier issue signed from cached features gets the same ids as signed from fresh ones', () => {
    // A day's mentions mapped, then the same mentions as the next period with the first map's ids as
    // the look-back: the feature options are the same, so every earlier signature reads the cache.
    for (const d of DAYS) {
      const cache = new FeatureCache();
      const first = buildIssueIds(inputOf(d, [], cache));
      const prior = first.issues.flatMap((i) => i.mentions.map((m) => ({ mention: m, issueId: i.id })));
      const next = (c?: FeatureCache): MapInput => ({ ...inputOf(d, prior, c), period: { from: '2027-01-01', to: '2027-01-01' } });
      const before = cache.hits;
      const withCache = buildIssueMap(next(cache));
      expect(cache.hits, d).toBeGreaterThan(before);
      expect(JSON.stringify(withCache), d).toBe(JSON.stringify(buildIssueMap(next())));
    }
  }, 120_000);
});

describe('FeatureCache', () => {
  it('reuses features only under the same options (by content for Sets and Maps, by identity otherwise)', () => {
    const m = fx.byDay.get(DAYS[0]!)![0]!;
    const base: FeatureOptions = { homeRegion: '15.71', text, homeWords: new Set(['jambi']), directory: fx.directory, knownPlaces: new Map([['sijenjang', '15.71.03.1001']]) };
    const cache = new FeatureCache();
    const f = mentionFeatures(m, base);
    cache.put(m, base, f);
    expect(cache.get(m, base)).toBe(f);
    expect(cache.get(m, { ...base, homeWords: new Set(['jambi']), knownPlaces: new Map([['sijenjang', '15.71.03.1001']]) })).toBe(f);
    expect(cache.get(m, { ...base, knownPlaces: new Map([['sijenjang', '15.71.03.1002']]) })).toBeUndefined();
    expect(cache.get(m, { ...base, knownPlaces: new Map() })).toBeUndefined();
    expect(cache.get(m, { ...base, homeWords: new Set(['jambi', 'kota']) })).toBeUndefined();
    expect(cache.get(m, { ...base, text: { tokenize, stem } })).toBeUndefined();
    expect(cache.get(m, { ...base, homeRegion: '15.72' })).toBeUndefined();
    expect(cache.get({ ...m }, base)).toBeUndefined();
  });
});

describe('foldName', () => {
  const slow = (s: string): string => foldWord(s).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  it('gives on ASCII text what the Unicode classes give', () => {
    let seed = 7;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let k = 0; k < 2000; k++) {
      const s = Array.from({ length: Math.floor(next() * 40) }, () => String.fromCharCode(Math.floor(next() * 128))).join('');
      expect(foldName(s)).toBe(slow(s));
    }
    for (const m of fx.mentions.slice(0, 200)) expect(foldName(`${m.title}\n${m.text}`)).toBe(slow(`${m.title}\n${m.text}`));
    expect(foldName('Kelurahan Kopí  Tanjung-Pinang')).toBe(slow('Kelurahan Kopí  Tanjung-Pinang'));
  });

  it('folds a title and a text with its dateline in parts as it folds them joined (joinFolded)', () => {
    let seed = 11;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const bits = ['a', 'B', ' ', '\n', '.', '-', ':', '7', 'é', 'e\u0301', '\u0301', 'Σ', 'ﬁ', '\u00a0', 'İ', '(ANTARA)', ','];
    const some = (k: number): string => Array.from({ length: Math.floor(next() * k) }, () => bits[Math.floor(next() * bits.length)]!).join('');
    const cases: [string, string][] = fx.mentions.slice(0, 300).map((m) => [m.title ?? '', m.text ?? '']);
    for (let k = 0; k < 3000; k++) cases.push([some(6), `${some(3)}${next() < 0.5 ? 'KOTA JAMBI - ' : 'Ambon: '}${some(10)}`]);
    let datelines = 0;
    for (const [title, all] of cases) {
      const rest = withoutDateline(all);
      if (rest !== all) datelines++;
      const [t, d, r] = [foldName(title), foldName(all.slice(0, all.length - rest.length)), foldName(rest)];
      expect(joinFolded(t, d, r)).toBe(foldName(`${title}\n${all}`));
      expect(joinFolded(t, r)).toBe(foldName(`${title}\n${rest}`));
    }
    expect(datelines).toBeGreaterThan(1000);
  });
});

/** averageLinkage as it was before its merge loop reused the grown sums (Map look-ups throughout, a sorted-array queue). */
function referenceLinkage(n: number, edges: readonly Edge[], threshold: number): number[] {
  const size = Array.from({ length: n }, () => 1);
  const alive = new Array<boolean>(n).fill(true);
  const members: number[][] = Array.from({ length: n }, (_, i) => [i]);
  const sums: Map<number, number>[] = Array.from({ length: n }, () => new Map());
  for (const e of edges) {
    if (e.a === e.b) continue;
    sums[e.a]!.set(e.b, (sums[e.a]!.get(e.b) ?? 0) + e.sim);
    sums[e.b]!.set(e.a, (sums[e.b]!.get(e.a) ?? 0) + e.sim);
  }
  const score = (a: number, b: number): number => sums[a]!.get(b)! / (size[a]! * size[b]!);
  for (;;) {
    // The best live pair: highest score, then the smallest (a, b) — computed afresh each round.
    let best: [number, number, number] | undefined;
    for (let a = 0; a < n; a++) {
      if (!alive[a]) continue;
      for (const b of sums[a]!.keys()) {
        if (a >= b || !alive[b]) continue;
        const sc = score(a, b);
        if (sc >= threshold && (!best || sc > best[0] || (sc === best[0] && (a < best[1] || (a === best[1] && b < best[2]))))) best = [sc, a, b];
      }
    }
    if (!best) break;
    const [, a, b] = best;
    const [keep, gone] = sums[a]!.size >= sums[b]!.size ? [a, b] : [b, a];
    alive[gone] = false;
    sums[keep]!.delete(gone);
    size[keep] = size[keep]! + size[gone]!;
    for (const [c, s] of sums[gone]!) {
      if (c === keep) continue;
      sums[keep]!.set(c, (sums[keep]!.get(c) ?? 0) + s);
      sums[c]!.delete(gone);
      sums[c]!.set(keep, (sums[c]!.get(keep) ?? 0) + s);
    }
    sums[gone]!.clear();
    for (const x of members[gone]!) members[keep]!.push(x);
    members[gone] = [];
  }
  const out = new Array<number>(n).fill(-1);
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!alive[i]) continue;
    for (const x of members[i]!) out[x] = k;
    k++;
  }
  return out;
}

/** The same partition (cluster numbers may differ). */
function partition(labels: number[]): string {
  const by = new Map<number, number[]>();
  labels.forEach((c, i) => (by.get(c) ?? by.set(c, []).get(c)!).push(i));
  return JSON.stringify([...by.values()].map((x) => x.join(',')).sort());
}

describe('averageLinkage', () => {
  it('gives the partition of a plain best-pair-first agglomeration on random graphs (ties avoided)', () => {
    let seed = 3;
    const next = (): number => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    for (let t = 0; t < 60; t++) {
      const n = 5 + Math.floor(next() * 60);
      const edges: Edge[] = [];
      const m = Math.floor(next() * n * 4);
      for (let k = 0; k < m; k++) {
        const a = Math.floor(next() * n);
        const b = Math.floor(next() * n);
        // Distinct irrational-ish weights (no exact ties of means), some negative.
        edges.push({ a, b, sim: next() * 1.2 - 0.3 + k * 1e-9 });
      }
      for (const th of [0.06, 0.2, 0.4]) expect(partition(averageLinkage(n, edges, th)), `graph ${t} at ${th}`).toBe(partition(referenceLinkage(n, edges, th)));
    }
  });
});
