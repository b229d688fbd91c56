// Producing the issue map of a period from the Store, through the Store interface only (scan,
// setIssueIds, listFacts), so the Elasticsearch backend gives the same map:
//   1. the look-back days first, oldest first: a day whose city mentions carry no issue id yet (never
//      mapped) is mapped now and its ids written, so ids chain from day to day whatever order the
//      days are mapped in;
//   2. the period's mentions (a keyset scan), the look-back mentions with their issue ids, the fact
//      base and the owned sources' recent items as facts;
//   3. buildIssueMap (pure, applying a person's active merges and splits), then the ids of a one-day map written back onto its mentions
//      (setIssueIds), so search --issue, the alerts and the dashboard see the same issues.
// A map of several days (--from/--to) groups the whole period and reuses the daily ids its mentions
// carry, but writes none: a mention belongs to the issue of its day's map.
import { nextLocalDay, startOfLocalDay } from '../core/time.js';
import type { Fact, Mention, MentionQuery, Store } from '../core/types.js';
import { buildIssueIds, buildIssueMap, FeatureCache, type MapInput, type PriorMention } from './build.js';
import type { RegionDirectory } from './directory.js';
import type { GroupingParams } from './group.js';
import type { Lang } from './i18n.js';
import { localIso, mentionMs } from './stats.js';
import type { TextTools } from './text.js';
import type { IssueMap } from './types.js';

export interface ProduceDeps {
  store: Store;
  timezone: string;
  homeRegion: { code: string; name: string };
  text: TextTools;
  directory?: RegionDirectory;
  ownedSources?: ReadonlySet<string>;
  /**
   * Source ids configured `factcheck: true`. Their items are the debunks themselves, written in the
   * words of the hoax they refute: they answer an issue (through the analysis' debunk matches), they
   * are not the public talking, so they are left out of every issue's mentions and counts.
   */
  factcheckSources?: ReadonlySet<string>;
  topicLabels?: Readonly<Record<string, string>>;
  opd?: Record<string, string>;
  grouping?: Partial<GroupingParams>;
  /** Days before the period whose issues continue into it (default 3). */
  lookbackDays?: number;
  /** Days of owned-source items offered as facts (default 30). */
  ownedFactDays?: number;
  now: () => Date;
}

export interface MapRequest {
  from: string;
  to: string;
  /** Only mentions of this Kemendagri code (and the places inside it). */
  region?: { code: string; name: string };
  lang: Lang;
  /** Write the issue ids back (default: for a one-day map without a region filter). */
  writeIds?: boolean;
  /** Told how many issue ids were written (this map's and its look-back days'), when any were. */
  idsWritten?: (count: number) => void;
}

const PAGE = 2000;

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

/** Every mention matching the filter, through the keyset scan (without those `skip` names). */
export async function scanAll(store: Store, q: MentionQuery, skip?: ReadonlySet<string>): Promise<Mention[]> {
  const out: Mention[] = [];
  let cursor: string | undefined;
  do {
    const page = await store.scan(q, { limit: PAGE, ...(cursor ? { cursor } : {}) });
    for (const m of page.items) if (!skip?.has(m.sourceId)) out.push(m);
    cursor = page.cursor ?? undefined;
  } while (cursor);
  return out;
}

function dayQuery(from: string, to: string, region?: string): MentionQuery {
  return { from, to: nextLocalDay(to), ...(region ? { region } : {}) };
}

/** An owned source's item as a fact: its headline and lead, from its own channel. */
export function ownedFact(m: Mention, zone: string, regionName: string): Fact {
  const lead = (m.text ?? '').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/)[0] ?? '';
  const statement = m.kind === 'news' && m.title && !lead.startsWith(m.title.slice(0, 30)) ? `${m.title}. ${lead}` : lead || m.title;
  // The tagger's organisations include headline fragments ("Dinas PUPR Lakukan Penambalan Darurat"):
  // a short name or the government itself.
  const org = m.analysis?.entities?.find((e) => e.type === 'organization' && (e.canonical ?? e.text).split(/\s+/).length <= 4);
  return {
    id: `owned:${m.id.slice(0, 16)}`,
    statement: statement.slice(0, 400),
    date: localIso(mentionMs(m), zone).slice(0, 10),
    source_url: m.url,
    opd: org?.canonical ?? org?.text ?? `Pemerintah ${regionName}`,
    tags: [...(m.analysis?.topics ?? [])],
    regions: [...new Set((m.analysis?.regions ?? []).map((r) => r.code))],
  };
}

/**
 * The days read by one produceMap call, by query: mapping a day with unmapped look-back days reads
 * each day several times (as a look-back day of each later one, and again after its ids are
 * written). The ids written are applied to the held mentions too, so a second read gives what the
 * store would (only this call writes them in between).
 */
class DayReads {
  private readonly days = new Map<string, Promise<Mention[]>>();
  /** Features made by the builds of this call (see FeatureCache). */
  readonly features = new FeatureCache();
  /** Only reads from `from` on are held (the outer map's look-back window): older ones are read once. */
  constructor(
    private readonly store: Store,
    private from: string,
    /** Sources whose items no map reads (the fact-check sources, see ProduceDeps). */
    private readonly skip?: ReadonlySet<string>,
  ) {}

  private key(q: MentionQuery): string | undefined {
    return typeof q.from !== 'string' || q.from < this.from ? undefined : JSON.stringify([q.from, q.to, q.region ?? '']);
  }

  /** The mentions of `q` are held (reading them again costs nothing). */
  holds(q: MentionQuery): boolean {
    const key = this.key(q);
    return key !== undefined && this.days.has(key);
  }

  read(q: MentionQuery): Promise<Mention[]> {
    const key = this.key(q);
    if (key === undefined) return scanAll(this.store, q, this.skip);
    let r = this.days.get(key);
    if (!r) this.days.set(key, (r = scanAll(this.store, q, this.skip)));
    return r;
  }

  /** Drops the held days before `day` and holds none before it from now on (a long run of days). */
  forgetBefore(day: string): void {
    if (day > this.from) this.from = day;
    for (const key of [...this.days.keys()]) if ((JSON.parse(key) as string[])[0]! < day) this.days.delete(key);
  }

  /** Ids written to the store: the held copies of those mentions get them too. */
  async applied(assignments: readonly { mentionId: string; issueId: string | null }[]): Promise<void> {
    if (!assignments.length) return;
    const to = new Map(assignments.map((a) => [a.mentionId, a.issueId]));
    for (const r of this.days.values()) {
      for (const m of await r) {
        if (!to.has(m.id)) continue;
        const id = to.get(m.id);
        if (id) m.issueId = id;
        else delete m.issueId;
      }
    }
  }
}

/** No mention matching `q` carries an issue id (every one of them counts as without). */
async function carriesNoIds(store: Store, q: MentionQuery): Promise<boolean> {
  const [all, without] = await Promise.all([store.search({ ...q, limit: 0 }), store.search({ ...q, issueId: null, limit: 0 })]);
  return all.total === without.total;
}

/** Look-back days of a map: the configured ones, at least as many as the period has. */
function lookbackOf(req: MapRequest, deps: ProduceDeps): number {
  const days = Math.round((startOfLocalDay(req.to, deps.timezone) - startOfLocalDay(req.from, deps.timezone)) / 86_400_000) + 1;
  return Math.max(deps.lookbackDays ?? 3, days);
}

export async function produceMap(req: MapRequest, deps: ProduceDeps): Promise<IssueMap> {
  return (await produce(req, deps, true, new DayReads(deps.store, addDays(req.from, -lookbackOf(req, deps)), deps.factcheckSources)))!;
}

/**
 * The map of the request; with `withLookback` false (a look-back day mapped on the way to a later
 * one) only its issue ids are made and written, and nothing is returned: the issues are not
 * described, linked or ranked (buildIssueIds gives the same ids as buildIssueMap).
 */
async function produce(req: MapRequest, deps: ProduceDeps, withLookback: boolean, reads: DayReads): Promise<IssueMap | undefined> {
  const { store } = deps;
  const zone = deps.timezone;
  const lookback = lookbackOf(req, deps);
  const oneDay = req.from === req.to;
  const write = req.writeIds ?? (oneDay && !req.region);
  const regionCode = req.region?.code;

  const prior: PriorMention[] = [];
  if (lookback > 0) {
    for (let i = lookback; i >= 1; i--) {
      const day = addDays(req.from, -i);
      const q = dayQuery(day, day, regionCode);
      const mapIt = withLookback && write;
      // A day that will not be mapped here gives only its mentions with ids: when none has one (two
      // counts), it is not read at all.
      if (!mapIt && !reads.holds(q) && (await carriesNoIds(store, q))) continue;
      const ms = await reads.read(q);
      if (!ms.length) continue;
      if (mapIt && !ms.some((m) => m.issueId)) {
        // Never mapped: map it now (its own look-back is what is already stored) and keep its ids
        // (they reach `ms` through reads.applied).
        await produce({ from: day, to: day, lang: req.lang, writeIds: true, ...(req.idsWritten ? { idsWritten: req.idsWritten } : {}) }, deps, false, reads);
      }
      for (const m of ms) if (m.issueId) prior.push({ mention: m, issueId: m.issueId });
    }
  }
  const mentions = await reads.read(dayQuery(req.from, req.to, regionCode));
  const described = withLookback;
  const facts = described ? await store.listFacts() : [];
  const issueCorrections = await store.listIssueCorrections({ active: true, limit: 100_000 });
  const ownedFrom = addDays(req.to, -(deps.ownedFactDays ?? 30));
  const owned = described && deps.ownedSources?.size
    ? (await store.search({ owned: true, from: ownedFrom, to: nextLocalDay(req.to), limit: 200 })).items.filter((m) => m.title || m.text)
    : [];
  const input: MapInput = {
    period: { from: req.from, to: req.to },
    timezone: zone,
    mentions,
    prior,
    facts,
    issueCorrections,
    ownedFacts: owned.map((m) => ownedFact(m, zone, deps.homeRegion.name)),
    homeRegion: deps.homeRegion,
    ...(req.region ? { region: req.region } : {}),
    text: deps.text,
    directory: deps.directory,
    ownedSources: deps.ownedSources,
    topicLabels: deps.topicLabels,
    opd: deps.opd,
    grouping: deps.grouping,
    lang: req.lang,
    now: deps.now(),
    featureCache: reads.features,
  };
  const map = described ? buildIssueMap(input) : undefined;
  const { issues, outside }: { issues: readonly { id: string; mentions: readonly { id: string }[] }[]; outside: readonly string[] } = map
    ? { issues: map.issues, outside: map.outside.mentions.map((m) => m.id) }
    : buildIssueIds(input);
  if (write) {
    const assignments = issues.flatMap((i) => i.mentions.map((m) => ({ mentionId: m.id, issueId: i.id as string | null })));
    const had = new Map(mentions.map((m) => [m.id, m.issueId]));
    // Mentions now outside every issue lose a stale id.
    for (const id of outside) if (had.get(id)) assignments.push({ mentionId: id, issueId: null });
    const changed = assignments.filter((a) => (had.get(a.mentionId) ?? null) !== a.issueId);
    // One call: a day's ids are one write transaction in SQLite (all of them or none after a crash).
    if (changed.length) await store.setIssueIds(changed);
    await reads.applied(changed);
    if (changed.length) req.idsWritten?.(changed.length);
  }
  return map;
}

/** What assignDayIds did for one day. */
export interface DayIds {
  day: string;
  /** Ids written (set or cleared) on the day's mentions; 0 when they were already right. */
  written: number;
  /** CPU time of the day's grouping and write (process.cpuUsage, this thread), ms. */
  cpuMs: number;
  wallMs: number;
}

/**
 * The issue ids of whole days, each day in order (oldest first), without describing their issues:
 * each day is grouped with its look-back days' stored ids (written just before, for the days of this
 * run) and its ids written in one setIssueIds call before the next day starts, then `done` is told.
 * A day whose look-back days carry no ids starts its own chain (nothing is mapped on the way). Only
 * the days a later day looks back on are kept in memory. Throws on the first day that fails; the
 * days before it are stored.
 */
export async function assignDayIds(days: readonly string[], deps: ProduceDeps, done?: (d: DayIds) => Promise<void> | void): Promise<DayIds[]> {
  const sorted = [...new Set(days)].sort();
  const lookback = deps.lookbackDays ?? 3;
  const out: DayIds[] = [];
  if (!sorted.length) return out;
  const reads = new DayReads(deps.store, addDays(sorted[0]!, -lookback), deps.factcheckSources);
  for (const day of sorted) {
    reads.forgetBefore(addDays(day, -lookback));
    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    let written = 0;
    await produce({ from: day, to: day, lang: 'id', writeIds: true, idsWritten: (n) => void (written += n) }, deps, false, reads);
    const cpu = process.cpuUsage(cpu0);
    const r: DayIds = { day, written, cpuMs: (cpu.user + cpu.system) / 1000, wallMs: performance.now() - t0 };
    out.push(r);
    await done?.(r);
  }
  return out;
}
