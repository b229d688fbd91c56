// Dev harness over the labelled fixture days, without a store: analyzers + story clusterer, then
// buildIssueMap day by day with the previous days' issue ids (continuity), scored against the
// `label` field and answers.json. node dist/scripts/eval-map-days.js DIR [--final] [--dump DAY]
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createDefaultAnalyzers } from '../analyzers/index.js';
import { StoryClusterer } from '../analyzers/cluster/index.js';
import { stem, tokenize } from '../analyzers/normalize/index.js';
import { loadGazetteer } from '../analyzers/regions/index.js';
import { DEFAULT_TAXONOMY } from '../analyzers/topics/taxonomy.js';
import { mentionId } from '../src/core/ids.js';
import { localDay } from '../src/core/time.js';
import type { Mention, MentionKind } from '../src/core/types.js';
import { parseFactsYaml } from '../src/facts/parse.js';
import { bcubed } from '../src/maps/bcubed.js';
import { emptyFactTally, factTallySummary, tallyFacts } from './map-check-facts.js';
import { continuity } from './map-continuity.js';
import { buildIssueMap, type PriorMention } from '../src/maps/build.js';

/** One line of a fixture day file (an import row plus its gold `label`). */
interface FixtureRow {
  url: string;
  title?: string;
  text: string;
  publishedAt: string;
  source: string;
  kind: MentionKind;
  author?: string;
  engagement?: Record<string, number>;
  label: string;
}

const dir = process.argv[2]!;
const final = process.argv.includes('--final');
const dumpDay = process.argv.includes('--dump') ? process.argv[process.argv.indexOf('--dump') + 1] : undefined;
// DIR/check.json (optional): another city's days — {homeRegion: {code, name}, timezone?, ownedSources?: [source ids],
// untouched: [days], spike: {day, label}} (timezone and owned sources as the set's config.yaml says).
const check = existsSync(join(dir, 'check.json'))
  ? (JSON.parse(readFileSync(join(dir, 'check.json'), 'utf8')) as { homeRegion?: { code: string; name: string }; timezone?: string; ownedSources?: string[]; untouched?: string[]; spike?: { day: string; label: string } })
  : {};
const home = check.homeRegion ?? { code: '15.71', name: 'Kota Jambi' };
const UNTOUCHED = check.untouched ?? ['2026-12-04', '2026-12-05'];
const files = readdirSync(dir).filter((f) => /^day-.*\.jsonl$/.test(f)).sort();
const rows = files.flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as FixtureRow));
const facts = parseFactsYaml(readFileSync(join(dir, 'facts.yaml'), 'utf8')).facts;
const answers = JSON.parse(readFileSync(join(dir, 'answers.json'), 'utf8')) as Record<string, string | null>;
const analyzers = createDefaultAnalyzers({ homeRegion: home.code });
const clusterer = new StoryClusterer();
const gold = new Map<string, string>();
const mentions: Mention[] = rows.map((r) => {
  const id = mentionId(r.url);
  gold.set(id, r.label);
  return { id, sourceId: r.source, kind: r.kind, url: r.url, canonicalUrl: r.url, title: r.title ?? r.text.split('\n')[0].slice(0, 200), text: r.text, publishedAt: r.publishedAt, fetchedAt: r.publishedAt, meta: { ...(r.author ? { authorHandle: r.author } : {}), ...(r.engagement ? { engagement: r.engagement } : {}) } };
});
mentions.sort((a, b) => Date.parse(a.publishedAt!) - Date.parse(b.publishedAt!));
const analyses = analyzers.analyzeMany(mentions.map((m) => ({ id: m.id, title: m.title, text: m.text, publishedAt: m.publishedAt, kind: m.kind })));
mentions.forEach((m, i) => {
  m.analysis = analyses[i];
  m.meta = { ...m.meta, clusterId: clusterer.assign(m.id, m.text, m.title) };
});
const zone = check.timezone ?? 'Asia/Jakarta';
const ownedSources = check.ownedSources ? new Set(check.ownedSources) : undefined;
const gaz = loadGazetteer();
const directory = { entries: [...gaz.byCode.values()].filter((p) => p.code === home.code || p.code.startsWith(`${home.code}.`)).map((p) => ({ code: p.code, name: p.name, level: p.level as 'district' })) };
const topicLabels = Object.fromEntries(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label.id]));
const days = [...new Set(mentions.map((m) => localDay(Date.parse(m.publishedAt!), zone)))].sort();
const assigned = new Map<string, string>(); // mention id → issue id
const labelIds = new Map<string, Map<string, string>>(); // day → label → majority issue id
let f1sum = 0, scored = 0;
const factTally = emptyFactTally();
for (const d of days) {
  const today = mentions.filter((m) => localDay(Date.parse(m.publishedAt!), zone) === d);
  const prior: PriorMention[] = mentions.filter((m) => assigned.has(m.id) && localDay(Date.parse(m.publishedAt!), zone) < d && Date.parse(d) - Date.parse(localDay(Date.parse(m.publishedAt!), zone)) <= 3 * 86400e3).map((m) => ({ mention: m, issueId: assigned.get(m.id)! }));
  const map = buildIssueMap({ period: { from: d, to: d }, timezone: zone, mentions: today, prior, facts, homeRegion: home, text: { tokenize, stem }, directory, topicLabels, lang: 'id', now: new Date(), ...(ownedSources ? { ownedSources } : {}) });
  for (const is of map.issues) for (const m of is.mentions) assigned.set(m.id, is.id);
  const show = final || !UNTOUCHED.includes(d);
  if (dumpDay === d && show) console.log(JSON.stringify(map, null, 1));
  if (!show) { console.log(`${d}: (untouched, not scored)`); continue; }
  const pred = new Map<string, string>();
  for (const is of map.issues) for (const m of is.mentions) pred.set(m.id, is.id);
  for (const m of map.outside.mentions) pred.set(m.id, 'outside');
  const g = new Map(today.map((m) => [m.id, gold.get(m.id)!]));
  const b = bcubed(pred, g);
  f1sum += b.f1; scored++;
  // per label: majority issue
  const lab = new Map<string, Map<string, number>>();
  for (const [id, l] of g) { const p = pred.get(id)!; const c = lab.get(l) ?? new Map(); c.set(p, (c.get(p) ?? 0) + 1); lab.set(l, c); }
  const maj = new Map([...lab].map(([l, c]) => [l, [...c].sort((a, b) => b[1] - a[1])[0]![0]]));
  labelIds.set(d, maj);
  const factLines = tallyFacts(factTally, maj, map.issues, answers);
  const mostNeg = [...map.issues].sort((a, b) => b.sentiment.negative - a.sentiment.negative)[0];
  let spikeNote = '';
  if (check.spike?.day === d) {
    const want = maj.get(check.spike.label);
    spikeNote = `; spike day: most negative ${mostNeg?.id === want ? 'IS' : 'is NOT'} the labelled ${check.spike.label}`;
  }
  console.log(`${d}: B3 F1 ${b.f1.toFixed(3)} (P ${b.precision.toFixed(3)} R ${b.recall.toFixed(3)}), ${map.issues.length} issues, outside ${map.outside.volume}; most negative: ${mostNeg?.label} (${mostNeg?.sentiment.negative})${spikeNote}`);
  for (const is of map.issues.slice(0, 30)) console.log(`   #${is.rank} ${is.id} ${is.label} | v${is.volume} ${is.trend.direction}${is.trend.previous ? `(${is.trend.previous})` : ''} neg ${is.sentiment.negative}${is.hoax.flagged ? ' HOAX' : ''}${is.brief ? ' [brief]' : ''}`);
  for (const l of factLines) console.log(l);
}
const { ok: contOk, total: contTotal, clash } = continuity(days, labelIds);
console.log(`mean B3 F1 ${(f1sum / scored).toFixed(3)} over ${scored} days; ${factTallySummary(factTally)}; continuity ${contOk}/${contTotal}, ids reused across labels ${clash}`);
