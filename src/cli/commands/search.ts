// `pantau search`: full-text search of stored mentions with the Store's filters (source, kind,
// sentiment, topic, region with everything inside it, entity, period in the office's zone), showing
// places with their codes, people and agencies, hoax indicators and the matching debunks.
import type { Command } from 'commander';
import { InputError } from '../../core/errors.js';
import { isHoaxFlagged } from '../../core/facets.js';
import { DEFAULT_TIMEZONE, formatLocalMinute } from '../../core/time.js';
import type { EntityTag, Mention, MentionQuery } from '../../core/types.js';
import { DEFAULT_TAXONOMY } from '../../../analyzers/topics/taxonomy.js';
import { parseDateOption } from '../dates.js';
import { makeLogger, openStore, readConfig, type GlobalOpts } from '../runtime.js';
import { indicatorName } from '../i18n.js';
import { terminalSafe as safe } from '../terminal.js';
import {
  SENTIMENT_WORD,
  resolveEntity,
  resolveKind,
  resolveLang,
  resolveRegion,
  resolveSentiment,
  resolveSource,
  resolveTopic,
  type Lang,
} from './search-filters.js';

const topicLabel = (id: string, lang: Lang): string => DEFAULT_TAXONOMY.topics.find((t) => t.id === id)?.label[lang] ?? id;

function entities(m: Mention, type: EntityTag['type']) {
  return (m.analysis?.entities ?? [])
    .filter((e) => e.type === type)
    .map((e) => ({ name: e.canonical ?? e.text, text: e.text, watched: e.watched === true }));
}

/** One result as `search --json` prints it: stable keys in English. */
export function searchRecord(m: Mention, lang: Lang = 'id') {
  const a = m.analysis;
  return {
    id: m.id,
    url: m.url,
    canonicalUrl: m.canonicalUrl,
    title: m.title,
    sourceId: m.sourceId,
    kind: m.kind,
    publishedAt: m.publishedAt ?? null,
    fetchedAt: m.fetchedAt,
    /** When Pantau first stored it. */
    storedAt: m.storedAt ?? null,
    author: m.author ?? null,
    language: a?.language && a.language !== 'und' ? a.language : (m.language ?? null),
    sentiment: a?.sentiment ?? null,
    topics: a?.topics ?? [],
    topicLabels: (a?.topics ?? []).map((t) => topicLabel(t, lang)),
    /** Places with their Kemendagri codes. */
    regions: (a?.regions ?? []).map((r) => ({ code: r.code, name: r.name, level: r.level })),
    people: entities(m, 'person'),
    organizations: entities(m, 'organization'),
    hoax: a
      ? {
          score: a.hoax.score,
          flagged: isHoaxFlagged(a.hoax),
          indicators: a.hoax.indicators,
          debunks: a.hoax.debunks.map((d) => ({ url: d.url, title: d.title, similarity: d.similarity })),
        }
      : null,
    /** Syndicated copies of one story across outlets share this id (the first copy's id). */
    clusterId: typeof m.meta?.clusterId === 'string' ? m.meta.clusterId : null,
    issueId: m.issueId ?? null,
    snippet: m.text.slice(0, 240),
  };
}

const WORDS = {
  id: {
    places: 'Wilayah',
    people: 'Tokoh',
    orgs: 'Instansi',
    topics: 'Topik',
    hoax: 'Terindikasi hoaks',
    score: 'skor',
    debunks: 'Bantahan',
    shown: (n: number, total: number) => `${n} dari ${total} ditampilkan`,
    noMatch: (q: string) => (q ? `Tidak ada hasil untuk "${q}" dengan filter ini.` : 'Tidak ada berita yang cocok dengan filter ini.'),
    noneStored: 'Belum ada berita tersimpan.',
    noResults: (q: string) => `Tidak ada hasil untuk "${q}".`,
  },
  en: {
    places: 'Places',
    people: 'People',
    orgs: 'Agencies',
    topics: 'Topics',
    hoax: 'Possible hoax',
    score: 'score',
    debunks: 'Debunks',
    shown: (n: number, total: number) => `${n} of ${total} shown`,
    noMatch: (q: string) => (q ? `No results for "${q}" with these filters.` : 'No mentions match these filters.'),
    noneStored: 'No mentions stored yet.',
    noResults: (q: string) => `No results for "${q}".`,
  },
} as const;

function num(n: number, lang: Lang): string {
  const s = n.toFixed(2);
  return lang === 'id' ? s.replace('.', ',') : s;
}

/** A result as a few lines for people: date and sentiment, title, link, then what the analyzers found. */
export function formatResult(m: Mention, lang: Lang, zone: string): string {
  const w = WORDS[lang];
  const r = searchRecord(m, lang);
  const when = formatLocalMinute(Date.parse(m.publishedAt ?? m.fetchedAt), zone);
  const s = m.analysis ? SENTIMENT_WORD[lang][m.analysis.sentiment.label] : '-';
  // Titles, names and links come from strangers: printed terminal-safe (JSON keeps them exact).
  const lines = [`${when}  [${s}]  ${safe(m.sourceId)}  ${safe(m.title)}`, `    ${safe(m.url)}`];
  if (r.regions.length) lines.push(`    ${w.places}: ${safe(r.regions.map((x) => `${x.name} (${x.code})`).join(', '))}`);
  const who: string[] = [];
  if (r.people.length) who.push(`${w.people}: ${r.people.map((p) => p.name).join(', ')}`);
  if (r.organizations.length) who.push(`${w.orgs}: ${r.organizations.map((o) => o.name).join(', ')}`);
  if (who.length) lines.push(`    ${safe(who.join(' · '))}`);
  if (r.topicLabels.length) lines.push(`    ${w.topics}: ${r.topicLabels.join(', ')}`);
  // The hoax mark only above the analyzer's flag threshold (or with a matched debunk): a bare score
  // or an indicator alone is not shown as a hoax.
  if (r.hoax?.flagged) {
    const ind = r.hoax.indicators.length ? `: ${r.hoax.indicators.map((i) => indicatorName(i, lang)).join(', ')}` : '';
    lines.push(`    ${w.hoax} (${w.score} ${num(r.hoax.score, lang)})${ind}`);
    for (const d of r.hoax.debunks) lines.push(`    ${w.debunks}: ${safe(d.title)} ${safe(d.url)}`);
  }
  return lines.join('\n');
}

interface SearchOpts extends GlobalOpts {
  json?: boolean;
  limit: string;
  source?: string;
  kind?: string;
  sentiment?: string;
  topic?: string;
  region?: string;
  entity?: string;
  issue?: string;
  from?: string;
  to?: string;
  lang?: string;
}

export function registerSearch(program: Command): void {
  program
    .command('search')
    .description('full-text search of stored mentions; an empty query lists the newest')
    .argument('[query]', 'words to search for', '')
    .option('--json', 'print a JSON array')
    .option('-n, --limit <n>', 'how many results', '20')
    .option('--source <id>', 'only this source')
    .option('--kind <kind>', 'berita | sosial (news | social)')
    .option('--sentiment <label>', 'positif | netral | negatif (positive | neutral | negative)')
    .option('--topic <topic>', 'a topic id or its Indonesian or English label (see `pantau topics`)')
    .option('--region <code>', 'a Kemendagri code; a city code also finds its kecamatan and kelurahan')
    .option('--entity <name>', 'a person or agency (a watch-list alias finds the canonical name)')
    .option('--issue <id>', 'only the mentions of this issue of the daily map (pantau map)')
    .option('--from <date>', 'from YYYY-MM-DD (00:00 in the office time zone) or an ISO date-time')
    .option('--to <date>', 'until YYYY-MM-DD (that whole day, office time zone) or an ISO date-time (exclusive)')
    .option('--lang <lang>', 'id (Indonesian) or en', process.env.PANTAU_LANG ?? 'id')
    .option('-c, --config <file>', 'config file')
    .action(async (query: string, opts, cmd: Command) => {
      const all: SearchOpts = { ...cmd.optsWithGlobals(), ...opts };
      const limit = Number(all.limit);
      if (!Number.isInteger(limit) || limit < 1) throw new InputError(`--limit: expected a positive whole number, got "${all.limit}"`);
      const lang = resolveLang(all.lang);
      // Everything that can be checked without the store is checked before opening it.
      const q: MentionQuery = { text: query, limit };
      if (all.kind) q.kind = resolveKind(all.kind);
      if (all.sentiment) q.sentiment = resolveSentiment(all.sentiment);
      if (all.topic) q.topic = resolveTopic(all.topic, DEFAULT_TAXONOMY.topics, lang);
      if (all.region) q.region = resolveRegion(all.region);
      if (all.issue !== undefined) {
        if (!all.issue.trim()) throw new InputError('--issue: expected an issue id such as isu-4db737c7edf9 (see pantau map)');
        q.issueId = all.issue.trim();
      }
      const config = readConfig(all, false);
      const zone = config.timezone ?? DEFAULT_TIMEZONE;
      if (all.entity) q.entity = resolveEntity(all.entity, config.analysis.watchlist);
      const from = parseDateOption(all.from, 'from', zone);
      const to = parseDateOption(all.to, 'to', zone);
      if (from) q.from = from;
      if (to) q.to = to;
      if (from && to && Date.parse(from) >= Date.parse(to)) throw new InputError(`--from ${all.from} is not before --to ${all.to}`);
      const store = await openStore(config, makeLogger());
      try {
        if (all.source) {
          const stored = (await store.countBy('sourceId', {})).map((b) => b.key);
          q.sourceId = resolveSource(all.source, [...new Set([...config.sources.map((s) => s.id), ...stored])].sort());
        }
        const page = await store.search(q);
        if (all.json) {
          process.stdout.write(JSON.stringify(page.items.map((m) => searchRecord(m, lang)), null, 2) + '\n');
          return;
        }
        const w = WORDS[lang];
        if (page.items.length === 0) {
          const filtered = Object.keys(q).some((k) => k !== 'text' && k !== 'limit');
          const anyStored = filtered || query ? (await store.search({ limit: 0 })).total > 0 : false;
          const msg = !anyStored ? w.noneStored : filtered ? w.noMatch(query) : w.noResults(query);
          process.stdout.write(`${msg}\n`);
          return;
        }
        process.stdout.write(page.items.map((m) => formatResult(m, lang, zone)).join('\n\n') + '\n');
        process.stdout.write(`\n${w.shown(page.items.length, page.total)}\n`);
      } finally {
        await store.close();
      }
    });
}
