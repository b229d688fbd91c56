// The labelled fixture days of test/fixtures/maps through the analyzers and the story clusterer, as
// the pipeline would store them, for tests of the issue map that need no store.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { createDefaultAnalyzers } from '../../analyzers/index.js';
import { StoryClusterer } from '../../analyzers/cluster/index.js';
import { stem, tokenize } from '../../analyzers/normalize/index.js';
import { loadGazetteer } from '../../analyzers/regions/index.js';
import { DEFAULT_TAXONOMY } from '../../analyzers/topics/taxonomy.js';
import { mentionId } from '../../src/core/ids.js';
import { localDay } from '../../src/core/time.js';
import type { Debunk, Fact, Mention } from '../../src/core/types.js';
import { parseFactsYaml } from '../../src/facts/parse.js';
import { buildIssueMap, type PriorMention } from '../../src/maps/build.js';
import type { RegionDirectory } from '../../src/maps/directory.js';
import type { IssueMap } from '../../src/maps/types.js';

export const FIXTURES = fileURLToPath(new URL('../fixtures/maps/', import.meta.url));
export const TUNED_DAYS = ['2026-11-30', '2026-12-01', '2026-12-02', '2026-12-03'];
export const UNTOUCHED_DAYS = ['2026-12-04', '2026-12-05'];
const ZONE = 'Asia/Jakarta';

export interface FixtureDays {
  mentions: Mention[];
  byDay: Map<string, Mention[]>;
  label: Map<string, string>;
  facts: Fact[];
  answers: Record<string, string | null>;
  directory: RegionDirectory;
  topicLabels: Record<string, string>;
}

export function fixtureDebunks(): Debunk[] {
  return readFileSync(`${FIXTURES}debunks.jsonl`, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const d = JSON.parse(l) as Debunk;
      return { ...d, id: mentionId(d.url) };
    });
}

/**
 * The mentions of one labelled day file (JSONL rows {url, title?, text, publishedAt, source, kind,
 * author?, engagement?, label}), as the importer stores them; each row's label goes into `label`.
 */
export function readLabelledDay(file: string, label: Map<string, string>): Mention[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const r = JSON.parse(l) as Record<string, string & Record<string, number>>;
      const id = mentionId(r.url);
      label.set(id, r.label);
      return {
        id,
        sourceId: r.source,
        kind: r.kind as 'news',
        url: r.url,
        canonicalUrl: r.url,
        title: r.title ?? r.text.split('\n')[0]!.slice(0, 200),
        text: r.text,
        publishedAt: r.publishedAt,
        fetchedAt: r.publishedAt,
        meta: { ...(r.author ? { authorHandle: r.author } : {}), ...(r.engagement ? { engagement: r.engagement } : {}) },
      };
    });
}

/** The mentions in time order, analyzed and given story clusters as the pipeline would (in place). */
export function analyzeDays(mentions: Mention[], analyzers: ReturnType<typeof createDefaultAnalyzers>): Mention[] {
  mentions.sort((a, b) => Date.parse(a.publishedAt!) - Date.parse(b.publishedAt!));
  const analyses = analyzers.analyzeMany(mentions.map((m) => ({ id: m.id, title: m.title, text: m.text, publishedAt: m.publishedAt, kind: m.kind })));
  const clusterer = new StoryClusterer();
  mentions.forEach((m, i) => {
    m.analysis = analyses[i];
    m.meta = { ...m.meta, clusterId: clusterer.assign(m.id, m.text, m.title) };
  });
  return mentions;
}

let cached: FixtureDays | undefined;

export function loadFixtureDays(days = [...TUNED_DAYS, ...UNTOUCHED_DAYS]): FixtureDays {
  if (cached) return cached;
  const analyzers = createDefaultAnalyzers({ homeRegion: '15.71', debunks: fixtureDebunks() });
  const label = new Map<string, string>();
  const mentions = analyzeDays(days.flatMap((d) => readLabelledDay(`${FIXTURES}day-${d}.jsonl`, label)), analyzers);
  const byDay = new Map<string, Mention[]>();
  for (const m of mentions) {
    const d = localDay(Date.parse(m.publishedAt!), ZONE);
    (byDay.get(d) ?? byDay.set(d, []).get(d)!).push(m);
  }
  const gaz = loadGazetteer();
  const directory: RegionDirectory = {
    entries: [...gaz.byCode.values()].filter((p) => p.code === '15.71' || p.code.startsWith('15.71.')).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })),
  };
  cached = {
    mentions,
    byDay,
    label,
    facts: parseFactsYaml(readFileSync(`${FIXTURES}facts.yaml`, 'utf8')).facts,
    answers: JSON.parse(readFileSync(`${FIXTURES}answers.json`, 'utf8')) as Record<string, string | null>,
    directory,
    topicLabels: Object.fromEntries(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label.id])),
  };
  return cached;
}

/** Maps the days in order, each with the previous days' issue ids (as the daily run does). */
export function mapDays(fx: FixtureDays, days: readonly string[], lang: 'id' | 'en' = 'id'): Map<string, IssueMap> {
  const assigned = new Map<string, string>();
  const out = new Map<string, IssueMap>();
  for (const d of days) {
    const prior: PriorMention[] = [];
    for (const [day, ms] of fx.byDay) {
      if (day >= d || Date.parse(d) - Date.parse(day) > 3 * 86_400_000) continue;
      for (const m of ms) if (assigned.has(m.id)) prior.push({ mention: m, issueId: assigned.get(m.id)! });
    }
    const map = buildIssueMap({
      period: { from: d, to: d },
      timezone: ZONE,
      mentions: fx.byDay.get(d) ?? [],
      prior,
      facts: fx.facts,
      homeRegion: { code: '15.71', name: 'Kota Jambi' },
      text: { tokenize, stem },
      directory: fx.directory,
      topicLabels: fx.topicLabels,
      lang,
      now: new Date(Date.parse(`${d}T23:00:00Z`)),
    });
    for (const i of map.issues) for (const m of i.mentions) assigned.set(m.id, i.id);
    out.set(d, map);
  }
  return out;
}

/** The issue most of a label's mentions of that day are in. */
export function issueOfLabel(map: IssueMap, fx: FixtureDays, label: string) {
  const counts = new Map<string, number>();
  for (const i of map.issues) for (const m of i.mentions) if (fx.label.get(m.id) === label) counts.set(i.id, (counts.get(i.id) ?? 0) + 1);
  const best = [...counts.entries()].sort((a, b) => b[1] - a[1])[0];
  return best ? map.issues.find((i) => i.id === best[0]) : undefined;
}

export interface CheckSetSpec {
  /** The check set's folder (day-*.jsonl, facts.yaml, answers.json), with a trailing slash. */
  dir: string;
  days: readonly string[];
  zone: string;
  home: { code: string; name: string };
  ownedSource: string;
}

/**
 * A check set's days read, analyzed and story-clustered together, then mapped in order with the
 * earlier days' issue ids as prior (as scripts/eval-map-days.ts builds them). Fills `maps` (day →
 * map), `label` (mention → label) and `fileDay` (mention → day file); returns answers.json.
 */
export function mapCheckSet(
  spec: CheckSetSpec,
  out: { maps: Map<string, IssueMap>; label: Map<string, string>; fileDay: Map<string, string> },
): Record<string, string | null> {
  const { dir, days, zone, home } = spec;
  const mentions = analyzeDays(
    days.flatMap((d) => {
      const ms = readLabelledDay(`${dir}day-${d}.jsonl`, out.label);
      for (const m of ms) out.fileDay.set(m.id, d);
      return ms;
    }),
    createDefaultAnalyzers({ homeRegion: home.code }),
  );
  const gaz = loadGazetteer();
  const directory = { entries: [...gaz.byCode.values()].filter((p) => p.code === home.code || p.code.startsWith(`${home.code}.`)).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })) };
  const facts = parseFactsYaml(readFileSync(`${dir}facts.yaml`, 'utf8')).facts;
  const topicLabels = Object.fromEntries(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label.id]));
  const assigned = new Map<string, string>();
  const dayOf = (m: Mention): string => localDay(Date.parse(m.publishedAt!), zone);
  for (const d of days) {
    const prior: PriorMention[] = mentions.filter((m) => assigned.has(m.id) && dayOf(m) < d).map((m) => ({ mention: m, issueId: assigned.get(m.id)! }));
    const map = buildIssueMap({
      period: { from: d, to: d },
      timezone: zone,
      mentions: mentions.filter((m) => dayOf(m) === d),
      prior,
      facts,
      homeRegion: home,
      text: { tokenize, stem },
      directory,
      topicLabels,
      ownedSources: new Set([spec.ownedSource]),
      lang: 'id',
      now: new Date(Date.parse(`${d}T23:00:00+08:00`)),
    });
    for (const i of map.issues) for (const m of i.mentions) assigned.set(m.id, i.id);
    out.maps.set(d, map);
  }
  return JSON.parse(readFileSync(`${dir}answers.json`, 'utf8')) as Record<string, string | null>;
}

/** A mapped day as mention → issue id, 'outside' for the mentions the map left out of the city's issues. */
export function dayPredictions(map: IssueMap): Map<string, string> {
  const pred = new Map<string, string>();
  for (const i of map.issues) for (const m of i.mentions) pred.set(m.id, i.id);
  for (const m of map.outside.mentions) pred.set(m.id, 'outside');
  return pred;
}

/**
 * The issue that holds most of a label's mentions on a day of a check set (mapCheckSet's `out`), a tie
 * going to the issue of the label's earliest mention in the day file (as scripts/eval-map-cli.ts
 * counts); undefined: the label does not run that day.
 */
export function majorityIssue(
  out: { maps: Map<string, IssueMap>; label: Map<string, string>; fileDay: Map<string, string> },
  day: string,
  label: string,
): string | undefined {
  const issueOf = new Map<string, string>();
  for (const i of out.maps.get(day)!.issues) for (const m of i.mentions) issueOf.set(m.id, i.id);
  const counts = new Map<string, number>();
  for (const [id, f] of out.fileDay) if (f === day && out.label.get(id) === label && issueOf.has(id)) counts.set(issueOf.get(id)!, (counts.get(issueOf.get(id)!) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0];
}
