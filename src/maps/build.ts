// Building the issue map of a period from analysed mentions: group (group.ts), continue ids from
// earlier days (continuity.ts), describe each issue (counts, places, people, outlets, hoax, label),
// link facts (src/facts/link.ts), rank, and write briefs for negative and hoax-flagged issues.
// Pure: everything it reads comes in through MapInput (the Store-reading part is daily.ts).
import type { Fact, Mention } from '../core/types.js';
import { FactLinker, type FactCandidate } from '../facts/link.js';
import { buildBrief } from './brief.js';
import { assignIssueIds, LINK_THRESHOLD, type CurrentIssue, type PriorIssue } from './continuity.js';
import { applySplits, issueRules, unionById } from './issue-corrections.js';
import type { IssueCorrection } from '../core/issue-corrections.js';
import { placeIndex, type RegionDirectory } from './directory.js';
import { entityKey, mentionFeatures, type FeatureOptions, type MentionFeatures } from './features.js';
import { groupMentions, type GroupingParams } from './group.js';
import { foldEntities, type EntityTally } from './entity-fold.js';
import { issueHoax } from './hoax.js';
import { type Lang } from './i18n.js';
import { issueLabel, keyTermsOf } from './label.js';
import { opdFor } from './opd.js';
import { importance, isNegative } from './rank.js';
import { ancestorsOf, levelOf, within } from './regions.js';
import { authorOf, buckets, engagementOf, mapMention, mentionMs, split, top } from './stats.js';
import type { AreaCount, IssueMap, MapIssue, MapRegion } from './types.js';
import { MAP_FORMAT_VERSION } from './types.js';
import { fixedOffsetMs, localDay } from '../core/time.js';
import { centroid, tfidf, type SparseVector } from './vectors.js';
import type { TextTools } from './text.js';

export interface PriorMention {
  mention: Mention;
  issueId: string;
}

export interface MapInput {
  period: { from: string; to: string };
  timezone: string;
  /** Every mention of the period (analysed, with meta.clusterId). */
  mentions: readonly Mention[];
  /** Mentions of the look-back days with the issue id each belongs to. */
  prior?: readonly PriorMention[];
  /** The fact base, and owned-source items usable as facts. */
  facts?: readonly Fact[];
  ownedFacts?: readonly Fact[];
  homeRegion: { code: string; name: string };
  region?: { code: string; name: string };
  text: TextTools;
  directory?: RegionDirectory;
  ownedSources?: ReadonlySet<string>;
  /** Topic id → label in the map's language. */
  topicLabels?: Readonly<Record<string, string>>;
  /** Topic id → OPD name (config map.opd), over the built-in table. */
  opd?: Record<string, string>;
  grouping?: Partial<GroupingParams>;
  lang: Lang;
  now: Date;
  /** Active merges and splits of issues by a person (applied on every build). */
  issueCorrections?: readonly IssueCorrection[];
  /** Volume per issue id in the previous period of equal length (for the trend); default from `prior`. */
  previousVolume?: ReadonlyMap<string, number>;
  /**
   * Features computed by earlier builds of the same run (a look-back day mapped on the way): an
   * earlier issue's signature reuses them when they were made under the same feature options.
   */
  featureCache?: FeatureCache;
}

/**
 * Mention features kept across the builds of one run, by the feature options they were made under
 * (a mention's features are a pure function of it and the options: see mentionFeatures). The options
 * are told apart by every field: Sets and Maps (home words, known places, owned sources) by their
 * contents, other objects (text tools, directory) by identity. Only a cache: a miss computes them.
 */
export class FeatureCache {
  private readonly objects = new WeakMap<object, number>();
  private readonly keys = new WeakMap<FeatureOptions, string>();
  private readonly byKey = new Map<string, WeakMap<Mention, MentionFeatures>>();

  private keyOf(o: FeatureOptions): string {
    let k = this.keys.get(o);
    if (k !== undefined) return k;
    const part = (v: unknown): string => {
      if (v === undefined || v === null || typeof v !== 'object') return JSON.stringify(v) ?? 'undefined';
      if (v instanceof Set) return `S${JSON.stringify([...v].map(String).sort())}`;
      if (v instanceof Map) return `M${JSON.stringify([...v].map(([a, b]) => [String(a), String(b)]).sort((x, y) => (x[0]! < y[0]! ? -1 : x[0]! > y[0]! ? 1 : 0)))}`;
      let id = this.objects.get(v);
      if (id === undefined) this.objects.set(v, (id = nextObject++));
      return `O${id}`;
    };
    k = Object.keys(o)
      .sort()
      .map((name) => `${name}=${part((o as unknown as Record<string, unknown>)[name])}`)
      .join('\u0001');
    this.keys.set(o, k);
    return k;
  }

  /** Features found (for tests and profiles). */
  hits = 0;

  get(m: Mention, o: FeatureOptions): MentionFeatures | undefined {
    const f = this.byKey.get(this.keyOf(o))?.get(m);
    if (f) this.hits++;
    return f;
  }

  put(m: Mention, o: FeatureOptions, f: MentionFeatures): void {
    const k = this.keyOf(o);
    let x = this.byKey.get(k);
    if (!x) this.byKey.set(k, (x = new WeakMap()));
    x.set(m, f);
  }
}
let nextObject = 1;

/** Words of the home region's name ("Kota Jambi" → "jambi"): every mention of the city has them. */
export function homeWordsOf(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w.length > 2 && !['kota', 'kabupaten', 'provinsi', 'kab'].includes(w)),
  );
}

function regionName(code: string, m: readonly Mention[], dir: RegionDirectory | undefined): { name: string; level: MapRegion['level'] } {
  const e = dir ? placeIndex(dir).byCode.get(code) : undefined;
  if (e) return { name: e.name, level: e.level };
  for (const x of m) for (const r of x.analysis?.regions ?? []) if (r.code === code) return { name: r.name, level: r.level };
  return { name: code, level: levelOf(code) };
}

/** Most mentions of an earlier issue read for its signature (the latest). */
const PRIOR_SAMPLE = 20;

/**
 * The grouping of a period with its issue ids (groups, ids, continuity), before any description:
 * what a look-back day's ids need, and the first half of buildIssueMap.
 */
function identify(input: MapInput) {
  const zone = input.timezone;
  const home = input.homeRegion.code;
  const homeWords = homeWordsOf(input.homeRegion.name);
  const fo: FeatureOptions = { homeRegion: home, text: input.text, homeWords, directory: input.directory, ownedSources: input.ownedSources };
  const msOf = new Map<Mention, number>();
  for (const m of input.mentions) msOf.set(m, mentionMs(m));
  // Memoized for the earlier days' mentions too (their signatures sort and scan them by time).
  const timeOf = (m: Mention): number => {
    let t = msOf.get(m);
    if (t === undefined) msOf.set(m, (t = mentionMs(m)));
    return t;
  };
  const mentions = [...input.mentions].sort((a, b) => timeOf(a) - timeOf(b) || (a.id < b.id ? -1 : 1));
  const byId = new Map(mentions.map((m) => [m.id, m]));
  const g = groupMentions(mentions, fo, input.grouping);
  const isOwned = (m: Mention): boolean => m.meta?.isOwned === true || (input.ownedSources?.has(m.sourceId) ?? false);

  // Signatures of the groups and of the prior issues, on the same IDF scale.
  const sig = (ms: readonly Mention[], vec: (m: Mention) => SparseVector, places: (m: Mention) => string[], streets: (m: Mention) => string[]) => ({
    centroid: centroid(ms.map(vec)),
    places: [...new Set(ms.flatMap(places))],
    streets: [...new Set(ms.flatMap(streets))],
    clusters: new Set(ms.map((m) => m.meta?.clusterId).filter((c): c is string => typeof c === 'string')),
  });
  // A person's merges and splits (issue-corrections.ts): splits before the ids are given, merges after.
  const rules = issueRules(input.issueCorrections ?? []);
  const parts = applySplits(g.groups.map((gr) => gr.members), rules);
  let groups = parts.groups.map((ids) => ids.map((id) => byId.get(id)!));
  // A group's hoax verdict, computed once for its signature and its description (the same array).
  const hoaxOfGroup = new WeakMap<readonly Mention[], ReturnType<typeof issueHoax>>();
  const hoaxOf = (ms: readonly Mention[]): ReturnType<typeof issueHoax> => {
    let h = hoaxOfGroup.get(ms);
    if (!h) hoaxOfGroup.set(ms, (h = issueHoax(ms, isOwned)));
    return h;
  };
  const makeCurrent = (ms: readonly Mention[]): CurrentIssue => {
    const stored = new Map<string, number>();
    for (const m of ms) {
      const sid = (m as Mention & { issueId?: string }).issueId;
      const id = sid ? rules.alias(sid) : undefined;
      if (id) stored.set(id, (stored.get(id) ?? 0) + 1);
    }
    // The signature is made when first read: an issue given its stored id, or a day without earlier
    // issues, is compared with nothing (assignIssueIds), and only a described map reads it then.
    let signed: ReturnType<typeof sig> | undefined;
    const signature = (): ReturnType<typeof sig> =>
      (signed ??= sig(ms, (m) => g.vectors.get(m.id)!, (m) => g.features.get(m.id)!.primaryPlaces, (m) => g.features.get(m.id)!.streets));
    return {
      get centroid() {
        return signature().centroid;
      },
      get places() {
        return signature().places;
      },
      get streets() {
        return signature().streets;
      },
      get clusters() {
        return signature().clusters;
      },
      get hoax() {
        return hoaxOf(ms).aboutHoax;
      },
      members: ms.map((m) => m.id),
      storedIds: stored,
    };
  };
  let current: CurrentIssue[] = groups.map(makeCurrent);
  const priorIn: PriorMention[] = (input.prior ?? []).map((p) => ({ mention: p.mention, issueId: rules.alias(p.issueId) }));
  // Earlier mentions by issue, a merged issue by merged part (one signature each, the same id).
  const priorBy = new Map<string, { id: string; ms: Mention[] }>();
  for (const p of priorIn) {
    const part = rules.mergedPart.get(p.mention.id);
    const key = part === undefined ? p.issueId : `${p.issueId}\u0000${part}`;
    let e = priorBy.get(key);
    if (!e) priorBy.set(key, (e = { id: p.issueId, ms: [] }));
    e.ms.push(p.mention);
  }
  const priorFeatures = new Map<string, ReturnType<typeof mentionFeatures>>();
  const cache = input.featureCache;
  const pf = (m: Mention) => {
    let f = priorFeatures.get(m.id);
    if (!f) priorFeatures.set(m.id, (f = cache?.get(m, g.featureOptions) ?? mentionFeatures(m, g.featureOptions)));
    return f;
  };
  const priorById = new Map<string, Mention[]>();
  for (const p of priorIn) (priorById.get(p.issueId) ?? priorById.set(p.issueId, []).get(p.issueId)!).push(p.mention);
  // Each earlier issue's hoax verdict when asked for (today's ids, or a signature): most earlier
  // issues are neither.
  const priorHoaxMemo = new Map<string, ReturnType<typeof issueHoax>>();
  const priorHoax = {
    get(id: string): ReturnType<typeof issueHoax> | undefined {
      let h = priorHoaxMemo.get(id);
      if (h === undefined) {
        const ms = priorById.get(id);
        if (!ms) return undefined;
        priorHoaxMemo.set(id, (h = issueHoax(ms, isOwned)));
      }
      return h;
    },
  };
  // Signed only when some issue of today carries no stored id (see assignIssueIds).
  const prior = (): PriorIssue[] => [...priorBy.entries()].map(([key, { id, ms }]) => {
    // A big earlier issue is represented by its latest mentions (what it says now): its signature
    // costs the features of at most PRIOR_SAMPLE mentions, however big it grew.
    const recent = ms.length > PRIOR_SAMPLE ? [...ms].sort((a, b) => timeOf(b) - timeOf(a) || (a.id < b.id ? -1 : 1)).slice(0, PRIOR_SAMPLE) : ms;
    return {
      id,
      lastDay: localDay(ms.reduce((x, m) => Math.max(x, timeOf(m)), -Infinity), zone),
      hoax: key === id ? priorHoax.get(id)!.aboutHoax : issueHoax(ms, isOwned).aboutHoax,
      ...sig(recent, (m) => tfidf(pf(m).tf, g.idf), (m) => pf(m).primaryPlaces, (m) => pf(m).streets),
    };
  });
  const freeIdx = parts.forced.flatMap((f, i) => (f === undefined ? [i] : []));
  // A split's id is its own group's today, unless it was merged on (then it is shareable).
  const reserved = new Set(parts.forced.filter((f): f is string => f !== undefined).map(rules.alias).filter((id) => !rules.shareable.has(id)));
  const given = assignIssueIds(
    freeIdx.map((i) => current[i]!),
    prior,
    LINK_THRESHOLD,
    { shareable: rules.shareable, reserved },
  );
  let ids = parts.forced.map((f) => (f === undefined ? '' : rules.alias(f)));
  freeIdx.forEach((i, k) => (ids[i] = rules.alias(given[k]!)));
  // Groups that now carry one id (a merge, or two parts continuing a merged issue) are one issue.
  const unions = unionById(ids);
  if (unions.length < ids.length) {
    const order = new Map(mentions.map((m, i) => [m.id, i]));
    groups = unions.map((u) => u.parts.flatMap((p) => groups[p]!).sort((a, b) => order.get(a.id)! - order.get(b.id)!));
    current = unions.map((u, k) => (u.parts.length === 1 ? current[u.parts[0]!]! : makeCurrent(groups[k]!)));
    ids = unions.map((u) => u.id);
  }
  // A later day's signature of these issues reads the features of their latest members (a few
  // more than it samples: ties of time are ordered differently there).
  if (cache) for (const ms of groups) for (const m of ms.slice(-2 * PRIOR_SAMPLE)) cache.put(m, g.featureOptions, g.features.get(m.id)!);
  return { zone, home, homeWords, timeOf, mentions, byId, g, isOwned, groups, hoaxOf, current, priorIn, priorHoax, ids };
}

/**
 * Only the issue id of each grouped mention (the groups, in grouping order) and the mentions left
 * outside: the same ids as buildIssueMap gives, without describing, linking or ranking the issues.
 * A look-back day mapped on the way to another day needs no more (only its ids are kept).
 */
export function buildIssueIds(input: MapInput): { issues: { id: string; mentions: readonly Mention[] }[]; outside: string[] } {
  const { groups, ids, g } = identify(input);
  return { issues: groups.map((ms, gi) => ({ id: ids[gi]!, mentions: ms })), outside: g.outside };
}

export function buildIssueMap(input: MapInput): IssueMap {
  const { zone, home, homeWords, timeOf, mentions, byId, g, groups, hoaxOf, current, priorIn, priorHoax, ids } = identify(input);

  // Trend: the same id's volume in the previous period of equal length.
  const prevVolume = input.previousVolume ?? previousVolumes(priorIn, input.period, zone);
  const linker = new FactLinker([...(input.facts ?? []), ...(input.ownedFacts ?? []).map((f): FactCandidate => ({ ...f, owned: true }))], input.text, homeWords);
  const asOf = input.period.to;

  const issues: MapIssue[] = groups.map((ms, gi) => {
    const id = ids[gi]!;
    const c = current[gi]!.centroid;
    const keyTerms = keyTermsOf(c, ms, input.text);
    const label = issueLabel(ms, g.vectors, c, keyTerms).label;
    const sentiment = split(ms);
    const volume = ms.length;
    const previous = prevVolume.get(id) ?? 0;
    const change = volume - previous;
    const direction = previous === 0 ? 'new' : change > 0 ? 'up' : change < 0 ? 'down' : 'steady';
    // Places: every named home place with its ancestors, counted once per mention.
    const placeCount = new Map<string, number>();
    for (const m of ms) {
      const f = g.features.get(m.id)!;
      const codes = new Set(f.places.flatMap((p) => ancestorsOf(p).filter((a) => a.length > home.length)));
      for (const code of codes) placeCount.set(code, (placeCount.get(code) ?? 0) + 1);
    }
    const regions: MapRegion[] = [...placeCount.entries()]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, 8)
      .map(([code, count]) => ({ code, ...regionName(code, ms, input.directory), count }));
    const ent = new Map<string, EntityTally>();
    for (const [i, m] of ms.entries()) {
      for (const e of m.analysis?.entities ?? []) {
        const key = entityKey(e.canonical ?? e.text, e.type, homeWords) ?? `${e.type}:${e.text.toLowerCase()}`;
        const form = entityKey(e.text, e.type, homeWords);
        const x = ent.get(key);
        if (x) {
          x.mentions.add(i);
          x.entity.watched ||= !!e.watched;
          if (form) x.forms.add(form.slice(form.indexOf(':') + 1));
        } else {
          const forms = new Set([key.slice(key.indexOf(':') + 1)]);
          if (form) forms.add(form.slice(form.indexOf(':') + 1));
          ent.set(key, { entity: { key, name: e.canonical ?? e.text, type: e.type, count: 0, watched: !!e.watched }, forms, mentions: new Set([i]) });
        }
      }
    }
    const entities = foldEntities([...ent.values()]).sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : 1)).slice(0, 10);
    const topicIds = top(ms.flatMap((m) => m.analysis?.topics ?? []), 3);
    const topics = topicIds.map((t) => ({ id: t.key, label: input.topicLabels?.[t.key] ?? t.key, count: t.count }));
    const outlets = top(ms.filter((m) => m.kind === 'news').map((m) => m.sourceId), 8).map((x) => ({ source: x.key, count: x.count }));
    const accounts = top(ms.filter((m) => m.kind === 'social').map((m) => `${m.sourceId}\u0000${authorOf(m) ?? ''}`), 8).map((x) => {
      const [source, handle] = x.key.split('\u0000') as [string, string];
      return { handle: handle || source, source, count: x.count };
    });
    let engagement = 0;
    let withEngagement = 0;
    for (const m of ms) {
      const e = engagementOf(m);
      if (e !== undefined) {
        engagement += e;
        withEngagement++;
      }
    }
    const hoax = hoaxOf(ms);
    // A hoax stays a hoax while it goes on: today's posts spreading it need not repeat the word.
    const before = priorHoax.get(id);
    if (before?.flagged && !hoax.flagged) {
      hoax.flagged = true;
      hoax.score = Math.max(hoax.score, before.score);
      hoax.debunks = before.debunks;
    }
    const opd = opdFor(topics.map((t) => t.id), keyTerms, input.homeRegion.name, input.opd);
    const specific = [...placeCount.entries()].filter(([code]) => levelOf(code) === 'village' || levelOf(code) === 'district');
    const links = linker.link(
      {
        centroid: c,
        topics: topics.map((t) => t.id),
        places: specific.map(([code, count]) => ({ code, count })),
        organizations: entities.filter((e) => e.type === 'organization').map((e) => e.name),
        opd,
        streets: current[gi]!.streets,
      },
      asOf,
    );
    // Each member's closeness to the centroid, computed once (not once per comparison of the sort).
    const closeness = new Map<string, number>();
    for (const m of ms) {
      const v = g.vectors.get(m.id);
      let d = 0;
      if (v) for (const [k, x] of v) d += x * (c.get(k) ?? 0);
      closeness.set(m.id, d + (m.kind === 'news' ? 0.1 : 0));
    }
    const reps = [...ms]
      .sort((a, b) => closeness.get(b.id)! - closeness.get(a.id)!)
      .filter((m, i, arr) => arr.findIndex((x) => x.sourceId === m.sourceId) === i)
      .slice(0, 3);
    const issue: MapIssue = {
      id,
      label,
      rank: 0,
      importance: 0,
      volume,
      trend: { previous, change, direction },
      sentiment,
      negativeShare: Math.round((sentiment.negative / Math.max(1, volume)) * 1000) / 1000,
      firstSeen: mapMention(ms[0]!, zone).publishedAt,
      lastSeen: mapMention(ms[ms.length - 1]!, zone).publishedAt,
      perHour: buckets(ms, 'hour', zone),
      perDay: buckets(ms, 'day', zone),
      topics,
      keyTerms,
      regions,
      entities,
      outlets,
      accounts,
      reach: { engagement, mentionsWithEngagement: withEngagement },
      hoax,
      facts: links.map((l) => ({
        id: l.fact.id,
        statement: l.fact.statement,
        score: l.score,
        reason: reasonOf(l, input.lang, (code) => regionName(code, ms, input.directory).name),
        parts: l.parts,
        source_url: l.fact.source_url,
        opd: l.fact.opd,
        date: l.fact.date,
        ...(l.fact.figures ? { figures: l.fact.figures } : {}),
        ...(l.fact.owned ? { owned: true } : {}),
        answers: l.answers,
      })),
      opd,
      representatives: reps.map((m) => mapMention(m, zone)),
      mentions: ms.map((m) => mapMention(m, zone)),
    };
    issue.importance = importance(issue);
    if (isNegative(issue) || issue.hoax.flagged) issue.brief = buildBrief(issue, ms, { lang: input.lang, regionName: input.homeRegion.name });
    return issue;
  });
  issues.sort((a, b) => b.importance - a.importance || b.volume - a.volume || (a.id < b.id ? -1 : 1));
  issues.forEach((x, i) => (x.rank = i + 1));

  const outside = g.outside.map((id) => byId.get(id)!).sort((a, b) => timeOf(a) - timeOf(b));
  const cityMentions = groups.flat();
  const districts = areaCounts(cityMentions, g.features, home, input.directory, 'district');
  const villages = areaCounts(cityMentions, g.features, home, input.directory, 'village');
  return {
    version: MAP_FORMAT_VERSION,
    period: input.period,
    timezone: zone,
    generatedAt: input.now.toISOString(),
    lang: input.lang,
    ...(input.region ? { region: input.region } : {}),
    homeRegion: input.homeRegion,
    totals: {
      mentions: mentions.length,
      city: cityMentions.length,
      outside: outside.length,
      issues: issues.length,
      sentiment: split(cityMentions),
      perHour: buckets(cityMentions, 'hour', zone),
      perDay: buckets(cityMentions, 'day', zone),
    },
    issues,
    outside: { volume: outside.length, sentiment: split(outside), mentions: outside.map((m) => mapMention(m, zone)) },
    districts,
    villages,
  };
}

function reasonOf(l: ReturnType<FactLinker['link']>[number], lang: Lang, name: (code: string) => string): string {
  const en = lang === 'en';
  const parts: string[] = [];
  if (l.matched.tags.length) parts.push(`${en ? 'topic' : 'topik'} ${l.matched.tags.join(', ')}`);
  if (l.parts.place > 0 && l.matched.places.length) parts.push(`${en ? 'place' : 'tempat'} ${l.matched.places.map(name).join(', ')}`);
  if (l.parts.place < 0) parts.push(en ? 'another place' : 'tempat lain');
  if (l.parts.entity > 0) parts.push(`OPD ${l.fact.opd}`);
  parts.push(`${en ? 'text' : 'teks'} ${l.parts.text.toFixed(2).replace('.', en ? '.' : ',')}`);
  if (l.fact.owned) parts.push(en ? 'own channel' : 'kanal sendiri');
  if (!l.answers) parts.push(en ? 'related only' : 'hanya terkait');
  return parts.join('; ');
}

/** Volume per issue id of the prior mentions inside the period of equal length just before `period`. */
export function previousVolumes(prior: readonly PriorMention[], period: { from: string; to: string }, zone: string): Map<string, number> {
  const days = Math.round((Date.parse(period.to) - Date.parse(period.from)) / 86_400_000) + 1;
  const from = new Date(Date.parse(period.from) - days * 86_400_000).toISOString().slice(0, 10);
  const out = new Map<string, number>();
  // In a zone of one offset (every Indonesian one) a local day is a whole number of days since the
  // epoch after the offset: compared as numbers, not as the day strings localDay makes per mention
  // (for instants of about the years 70 to 9890: there those strings sort as the days do).
  const off = fixedOffsetMs(zone);
  const first = Date.parse(`${from}T00:00:00Z`) / 86_400_000;
  const end = Date.parse(`${period.from}T00:00:00Z`) / 86_400_000;
  const dayNumbers = off !== undefined && Number.isInteger(first) && Number.isInteger(end);
  for (const p of prior) {
    const ms = mentionMs(p.mention);
    if (dayNumbers && ms > -6e13 && ms < 2.5e14) {
      const n = Math.floor((ms + off) / 86_400_000);
      if (n >= first && n < end) out.set(p.issueId, (out.get(p.issueId) ?? 0) + 1);
      continue;
    }
    const d = localDay(ms, zone);
    if (d >= from && d < period.from) out.set(p.issueId, (out.get(p.issueId) ?? 0) + 1);
  }
  return out;
}

function areaCounts(
  ms: readonly Mention[],
  features: ReturnType<typeof groupMentions>['features'],
  home: string,
  dir: RegionDirectory | undefined,
  level: 'district' | 'village',
): AreaCount[] {
  const parts = level === 'district' ? 3 : 4;
  const c = new Map<string, { count: number; negative: number }>();
  for (const m of ms) {
    const f = features.get(m.id);
    if (!f) continue;
    const codes = new Set(f.places.map((p) => p.split('.').slice(0, parts).join('.')).filter((d) => d.split('.').length === parts && within(d, home)));
    for (const d of codes) {
      const x = c.get(d) ?? { count: 0, negative: 0 };
      x.count++;
      if (m.analysis?.sentiment?.label === 'negative') x.negative++;
      c.set(d, x);
    }
  }
  const names = dir ? placeIndex(dir).byCode : undefined;
  // Every kecamatan (a quiet one is white on the map); kelurahan only where named.
  const all = dir && level === 'district' ? dir.entries.filter((e) => e.level === 'district' && within(e.code, home)).map((e) => e.code) : [];
  return [...new Set([...all, ...c.keys()])]
    .sort()
    .map((code) => ({ code, name: names?.get(code)?.name ?? code, count: c.get(code)?.count ?? 0, negative: c.get(code)?.negative ?? 0 }));
}
