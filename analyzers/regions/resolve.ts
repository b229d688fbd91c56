// Deciding which place, if any, each candidate mention refers to. Many names are shared (63 villages
// are called "Kampung Baru"; "Tanjung Pinang" is a city in Kepri and a kelurahan in Kota Jambi), so a
// mention is resolved by, in order: its cue (Kecamatan → district), places named in the same text
// (a parent regency or district, a child kelurahan), the configured home region, and else dropped.
// Precision on kecamatan/kelurahan tags matters more than recall, so doubt means no tag.
import { NEEDS_TYPE_CUE } from './cues.js';
import type { KeyEntry, Place } from './gazetteer.js';
import { parentCode, within } from './gazetteer.js';
import type { Mention } from './match.js';

export interface Resolved {
  mention: Mention;
  place: Place;
}

const MAJOR = new Set(['province', 'regency']);
/** Cue words that fix the level but are also common nouns ("Kampung Tangguh", "Kampung KB"). */
const WEAK_STRONG = new Set(['kampung', 'kp', 'negeri']);
/** Soft support only counts from mentions with at most this many candidates ("Sukamaju" has 65). */
const SOFT_MAX_CANDIDATES = 3;
/** Mentions considered per document: enough for any article, bounded for pathological input. */
const MAX_MENTIONS = 3000;

/** Code lengths per level: "15", "15.71", "15.71.01", "15.71.01.1004". */
const LEVEL_LEN = [2, 5, 8];

/** One code contains the other (and they differ). */
function related(a: string, b: string): boolean {
  if (a.length === b.length) return false;
  return a.length < b.length ? b.startsWith(a) && b.charCodeAt(a.length) === 46 : a.startsWith(b) && a.charCodeAt(b.length) === 46;
}

interface State {
  m: Mention;
  cands: Place[];
  done?: Place;
  dropped?: boolean;
}

/** "Telanaipura" is a kecamatan and a kelurahan inside it: without a kelurahan cue, mean the kecamatan. */
function outermost(places: Place[]): Place[] {
  const codes = new Set(places.map((p) => p.code));
  return places.filter((p) => {
    for (let a = parentCode(p.code); a; a = parentCode(a)) if (codes.has(a)) return false;
    return true;
  });
}

/** Candidate places of a mention after applying its cue, memoized on the gazetteer entry. */
function candidates(m: Mention): Place[] {
  const entry = m.entry;
  const cache = (entry.cache ??= new Map());
  const get = (key: string, make: () => Place[]): Place[] => {
    let v = cache.get(key);
    if (!v) cache.set(key, (v = make()));
    return v;
  };
  if (m.strong) {
    const { level, regencyType } = m.strong;
    let c = get(`${level}|${regencyType ?? ''}`, () =>
      outermost(entry.places.filter((p) => p.level === level && (!regencyType || p.regencyType === regencyType))),
    );
    if (c.length === 0 && regencyType) c = get(level, () => outermost(entry.places.filter((p) => p.level === level)));
    if (c.length > 0 || !m.inherited) return c;
    // The list guess was wrong ("Kecamatan A, Kabupaten-name"): read the name without a cue.
    m.strong = undefined;
    m.inherited = false;
  }
  return get('all', () => outermost(entry.places));
}

export function resolveMentions(mentions: Mention[], home: string | undefined): Resolved[] {
  const homeProvince = home?.split('.')[0];
  const homeTier = (p: Place): number => (home && within(p.code, home) ? 2 : homeProvince && within(p.code, homeProvince) ? 1 : 0);
  const hasMajorOrHome = (entry: KeyEntry, cands: Place[]): boolean => {
    const key = `home?${home ?? ''}`;
    const cache = (entry.cache ??= new Map());
    let v = cache.get(key);
    if (!v) cache.set(key, (v = cands.some((p) => MAJOR.has(p.level) || homeTier(p) === 2) ? cands : []));
    return v.length > 0;
  };
  const states: State[] = [];
  for (const m of mentions.length > MAX_MENTIONS ? mentions.slice(0, MAX_MENTIONS) : mentions) {
    const cands = candidates(m);
    // Most capitalized words that happen to be some village's name ("Menurut", "Pemerintah") have no
    // cue, no neighbouring place and no candidate in the home region: they can never be tagged.
    if (!m.strong && !m.weak && !m.prev && !m.next && !hasMajorOrHome(m.entry, cands)) continue;
    states.push({ m, cands });
  }
  const byMention = new Map(states.map((s) => [s.m, s]));
  const anchors: { code: string; state: State }[] = [];
  // Resolved codes, and every proper ancestor of a resolved code with its depth, so support is three
  // hash lookups per candidate however many places share a name.
  const anchorCodes = new Set<string>();
  const anchorAncestors = new Map<string, number>();

  /** Support from places resolved elsewhere in the text: 3 = same kecamatan, 2 = same regency, 1 = province. */
  const support = (p: Place, _self: State): number => {
    let best = anchorAncestors.get(p.code) ?? 0;
    for (let d = 0; d < LEVEL_LEN.length; d++) {
      const n = LEVEL_LEN[d]!;
      if (p.code.length <= n) break;
      if (anchorCodes.has(p.code.slice(0, n))) best = Math.max(best, d + 1);
    }
    return best;
  };
  // Like support, from the few candidates of mentions not resolved yet (mutual: a village and its
  // kecamatan both ambiguous). Rebuilt once per pass as prefix maps, so it stays linear in mentions.
  // A mention never supports itself: its own candidates are never nested (see outermost).
  let softCodes = new Set<string>();
  let softAncestors = new Map<string, number>();
  const rebuildSoft = (): void => {
    softCodes = new Set();
    softAncestors = new Map();
    for (const o of states) {
      if (o.dropped) continue;
      const cs = o.done ? [o.done] : o.cands.length <= SOFT_MAX_CANDIDATES ? o.cands : [];
      for (const c of cs) {
        softCodes.add(c.code);
        for (let d = 0; d < LEVEL_LEN.length; d++) {
          const n = LEVEL_LEN[d]!;
          if (c.code.length <= n) break;
          const q = c.code.slice(0, n);
          softAncestors.set(q, Math.max(softAncestors.get(q) ?? 0, d + 1));
        }
      }
    }
  };
  const softSupport = (p: Place, _self: State): number => {
    let best = softAncestors.get(p.code) ?? 0;
    for (let d = 0; d < LEVEL_LEN.length; d++) {
      const n = LEVEL_LEN[d]!;
      if (p.code.length <= n) break;
      if (softCodes.has(p.code.slice(0, n))) best = Math.max(best, d + 1);
    }
    return best;
  };
  /** Only a comma separates this name from its parent or child: "Sekernan, Muaro Jambi", "Desa Tempino, Mestong". */
  const adjacentKin = (p: Place, s: State): boolean => {
    for (const n of [s.m.next, s.m.prev]) {
      if (!n) continue;
      const ns = byMention.get(n);
      if (!ns || ns.dropped) continue;
      const cs = ns.done ? [ns.done] : ns.cands.length <= SOFT_MAX_CANDIDATES ? ns.cands : [];
      if (cs.some((c) => related(p.code, c.code))) return true;
    }
    return false;
  };
  const resolve = (s: State, p: Place): void => {
    s.done = p;
    anchors.push({ code: p.code, state: s });
    anchorCodes.add(p.code);
    for (let d = 0; d < LEVEL_LEN.length; d++) {
      const n = LEVEL_LEN[d]!;
      if (p.code.length <= n) break;
      const q = p.code.slice(0, n);
      anchorAncestors.set(q, Math.max(anchorAncestors.get(q) ?? 0, d + 1));
    }
  };

  /** May a district/village candidate be tagged with the cues this mention has? */
  const minorAllowed = (s: State, p: Place, sup: number, adj: boolean): boolean => {
    const m = s.m;
    const tier = homeTier(p);
    if (m.strong) {
      if (m.cueWord && WEAK_STRONG.has(m.cueWord) && tier < 2 && sup < 2 && !adj) return false;
      // "Desa Wisata", "Desa Tangguh": a cue before an everyday word outside the home region is a
      // phrase, not a place, unless the text names the parent.
      if (m.entry.cls !== 'distinctive' && tier < 2 && sup < 2 && !adj) return false;
      return true;
    }
    if (m.followedByName || m.precededByName) return false;
    if (tier === 2) {
      if (m.entry.cls === 'distinctive') return true;
      // Everyday words need a cue, and one everyday word ("Tengah", "Selamat") a real one.
      if (m.caseBlind || !m.key.includes(' ')) return adj;
      return m.entry.cls === 'person' ? m.locative : m.weak || adj;
    }
    if (m.entry.cls === 'person' && !m.locative) return false;
    if (m.entry.cls === 'common' && (m.caseBlind || !m.key.includes(' '))) return adj && sup >= 2;
    // A distinctive name with its parent right beside it ("Mergangsan, Yogyakarta") is enough even
    // when the parent is only the province.
    if (adj && m.entry.cls === 'distinctive') return true;
    return (m.weak || adj) && sup >= 2;
  };

  /** May a bare (uncued) name be tagged as a province or regency? */
  const majorAllowed = (s: State): boolean => {
    const m = s.m;
    if (m.strong) return true;
    if (NEEDS_TYPE_CUE.has(m.key)) return false;
    const multi = m.key.includes(' ');
    if (m.entry.cls === 'distinctive' || multi) return !m.caseBlind || m.entry.cls === 'distinctive' || m.weak;
    // One everyday word: "Malang nasib…" at the start of a sentence is not the city.
    if (m.entry.cls === 'person') return m.locative || (!m.sentStart && !m.caseBlind && !m.followedByName);
    return m.weak || (!m.sentStart && !m.caseBlind && !m.followedByName);
  };

  const pickMajor = (majors: Place[], s: State): Place | undefined => {
    if (majors.length === 0) return undefined;
    // Province before city before regency for a bare name: "Jambi" → province, "Bandung" → Kota Bandung.
    const order = (p: Place): number => (p.level === 'province' ? 3 : p.regencyType === 'kota' ? 2 : 1);
    if (majors.length === 1) return majors[0];
    const keyed = majors.map((p) => ({ p, k: [support(p, s), softSupport(p, s), homeTier(p), order(p)] }));
    keyed.sort((a, b) => {
      for (let i = 0; i < a.k.length; i++) if (a.k[i] !== b.k[i]) return b.k[i]! - a.k[i]!;
      return 0;
    });
    return keyed[0]!.p;
  };

  /** One decision attempt; `final` allows defaults (level priority, home region) without text support. */
  const decide = (s: State, final: boolean): void => {
    if (s.done || s.dropped) return;
    if (s.cands.length === 0) {
      s.dropped = true;
      return;
    }
    const majors = s.cands.filter((p) => MAJOR.has(p.level));
    // Without any cue or neighbour only home-region places can be tagged: skip the other hundreds.
    const bare = !s.m.strong && !s.m.weak && !s.m.prev && !s.m.next;
    const minors = s.cands
      .filter((p) => !MAJOR.has(p.level) && (!bare || homeTier(p) === 2))
      .map((p) => ({ p, sup: support(p, s), soft: final ? softSupport(p, s) : 0, tier: homeTier(p), adj: adjacentKin(p, s) }))
      .filter((x) => minorAllowed(s, x.p, Math.max(x.sup, final ? x.soft : 0), x.adj));

    if (majors.length > 0 && (!s.m.strong || MAJOR.has(s.m.strong.level))) {
      // A bare "Tanjung Pinang" is the city unless the text names the kelurahan's own kecamatan.
      if (!s.m.strong) {
        const local = minors.filter((x) => x.sup >= 3 || (x.adj && x.sup >= 2));
        if (local.length === 1) return resolve(s, local[0]!.p);
        if (!final && local.length > 1) return;
      }
      if (!majorAllowed(s)) {
        if (final) s.dropped = true;
        return;
      }
      return resolve(s, pickMajor(majors, s)!);
    }
    if (minors.length === 0) {
      if (final) s.dropped = true;
      return;
    }
    if (minors.length === 1 && (s.m.strong || minors[0]!.tier === 2 || minors[0]!.sup >= 2 || final)) {
      return resolve(s, minors[0]!.p);
    }
    // Several places share the name: the one the text supports, else the one in the home region.
    const rank = (x: (typeof minors)[number]): number => (x.adj ? 100 : 0) + x.sup * 10 + (final ? x.soft * 3 + x.tier : 0);
    const sorted = minors.sort((a, b) => rank(b) - rank(a));
    const top = rank(sorted[0]!);
    if (top > 0 && (sorted.length === 1 || rank(sorted[1]!) < top)) return resolve(s, sorted[0]!.p);
    if (final) s.dropped = true;
  };

  // Unambiguous mentions first: they become the context for the rest.
  rebuildSoft();
  for (const s of states) if (s.cands.length === 1) decide(s, false);
  for (let pass = 0; pass < 3; pass++) {
    const before = anchors.length;
    rebuildSoft();
    for (const s of states) decide(s, false);
    if (anchors.length === before) break;
  }
  rebuildSoft();
  for (const s of states) decide(s, true);
  return states.filter((s) => s.done).map((s) => ({ mention: s.m, place: s.done! }));
}
