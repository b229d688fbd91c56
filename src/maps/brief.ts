// The counter-messaging brief of a negative or hoax-flagged issue: the issue in one sentence, what is
// being said (short quotes with links), what the facts say (with sources), the OPD responsible, a
// holding statement assembled from the facts, and the channels where it is loudest.
//
// A brief never invents a figure. Its sentences are fixed phrases, names (places, OPD, channels),
// counts of the issue's mentions, and fact statements quoted as written in the fact base. Quotes are
// chosen among sentences without digits, so no figure enters from a post either; a test extracts
// every number of every brief and finds it in the fact base or the counts.
import type { Mention } from '../core/types.js';
import { fmtNumber, fmtPercent, type Lang } from './i18n.js';
import type { Brief, BriefQuote, LinkedFact, MapIssue } from './types.js';
import { sentimentOf } from './stats.js';

const MAX_QUOTE = 140;
const HAS_DIGIT = /\p{N}/u;

/** The first digit-free sentence of a text, at most MAX_QUOTE characters (cut at a word). */
export function quoteOf(m: Mention): string | undefined {
  const body = m.kind === 'social' ? m.text : `${m.title}. ${m.text}`;
  const sentences = (body ?? '').replace(/\s+/g, ' ').split(/(?<=[.!?])\s+/);
  for (const raw of sentences) {
    const s = raw.replace(/^[A-Z ]{3,}\s*[-–—]\s*/, '').replace(/^Jambi \(ANTARA\)\s*-\s*/, '').trim();
    if (s.length < 20 || HAS_DIGIT.test(s) || /https?:/.test(s)) continue;
    if (s.length <= MAX_QUOTE) return s;
    const cut = s.lastIndexOf(' ', MAX_QUOTE - 1);
    return `${s.slice(0, cut > 40 ? cut : MAX_QUOTE - 1)}…`;
  }
  return undefined;
}

function quotes(issue: MapIssue, members: readonly Mention[]): BriefQuote[] {
  const refuting = new Set(issue.hoax.debunks.filter((d) => d.from === 'mention').map((d) => d.url));
  // What people say: negative mentions first (for a hoax, the posts spreading the claim), posts
  // before news, one quote per source.
  const ranked = [...members]
    .filter((m) => !refuting.has(m.url))
    .sort((a, b) => {
      const neg = (m: Mention): number => (sentimentOf(m) === 'negative' ? 0 : 1);
      return neg(a) - neg(b) || Number(a.kind !== 'social') - Number(b.kind !== 'social') || (a.id < b.id ? -1 : 1);
    });
  const out: BriefQuote[] = [];
  const sources = new Set<string>();
  for (const m of ranked) {
    if (out.length >= 3) break;
    const who = m.kind === 'social' ? `${m.sourceId}:${(m.meta?.authorHandle as string | undefined) ?? m.author ?? ''}` : m.sourceId;
    if (sources.has(who)) continue;
    const q = quoteOf(m);
    if (!q) continue;
    sources.add(who);
    out.push({ text: q, url: m.url, source: m.kind === 'social' ? ((m.meta?.authorHandle as string | undefined) ?? m.author ?? m.sourceId) : m.sourceId });
  }
  return out;
}

function placePhrase(issue: MapIssue): string | undefined {
  const specific = issue.regions.filter((r) => r.level === 'village' || r.level === 'district');
  if (!specific.length) return undefined;
  const village = specific.find((r) => r.level === 'village');
  const district = specific.find((r) => r.level === 'district' && (!village || village.code.startsWith(r.code + '.')));
  if (village && district) return `${village.name}, ${district.name}`;
  return (village ?? district ?? specific[0]!).name;
}

/** Counts allowed in a brief: every number it prints is one of these or from a fact. */
export function briefCounts(issue: MapIssue): number[] {
  const s = issue.sentiment;
  return [issue.volume, s.negative, s.positive, s.neutral, issue.trend.previous, Math.abs(issue.trend.change), Math.round(issue.negativeShare * 100), ...(issue.brief?.channels ?? []).map((c) => c.count)];
}

export interface BriefContext {
  lang: Lang;
  regionName: string;
}

export function buildBrief(issue: MapIssue, members: readonly Mention[], ctx: BriefContext): Brief {
  const { lang } = ctx;
  const en = lang === 'en';
  const where = placePhrase(issue);
  const topic = issue.topics[0]?.label ?? (en ? 'a local matter' : 'persoalan lokal');
  const terms = issue.keyTerms.slice(0, 3).join(', ');
  const neg = issue.sentiment.negative;
  const share = fmtPercent(issue.negativeShare, lang);
  const vol = fmtNumber(issue.volume, lang);
  let summary: string;
  if (issue.hoax.flagged) {
    summary = en
      ? `A claim circulating about ${terms || topic}${where ? ` in ${where}` : ''} is flagged as a possible hoax: ${vol} mentions, ${fmtNumber(neg, lang)} negative.`
      : `Klaim yang beredar tentang ${terms || topic}${where ? ` di ${where}` : ''} terindikasi hoaks: ${vol} sebutan, ${fmtNumber(neg, lang)} negatif.`;
  } else {
    summary = en
      ? `${topic}: ${terms}${where ? ` in ${where}` : ''} — ${vol} mentions, ${fmtNumber(neg, lang)} negative (${share}).`
      : `${topic}: ${terms}${where ? ` di ${where}` : ''} — ${vol} sebutan, ${fmtNumber(neg, lang)} negatif (${share}).`;
  }
  if (issue.trend.direction === 'up') {
    summary += en
      ? ` Up from ${fmtNumber(issue.trend.previous, lang)} in the previous period.`
      : ` Naik dari ${fmtNumber(issue.trend.previous, lang)} sebutan pada periode sebelumnya.`;
  }
  // Only facts that answer the issue are cited (src/facts/link.ts: what the fact says meets what is
  // being said); facts that share only the topic, place or OPD stay in the issue's list of linked facts.
  // With none, the brief asks the responsible OPD for data rather than quoting a fact beside the point.
  const usable = issue.facts.filter((f) => f.answers === true);
  const facts = usable.slice(0, 3).map((f) => ({ statement: f.statement, source_url: f.source_url, opd: f.opd }));
  const opd = usable[0]?.opd ?? issue.opd;
  const channels = channelsOf(members);
  const brief: Brief = { summary, quotes: quotes(issue, members), facts, opd, channels };
  if (usable.length) brief.holdingStatement = holding(issue, usable, ctx, where);
  else brief.needsData = `${en ? 'data needed from agency' : 'perlu data dari OPD'}: ${issue.opd}`;
  return brief;
}

function holding(issue: MapIssue, facts: readonly LinkedFact[], ctx: BriefContext, where: string | undefined): string {
  const en = ctx.lang === 'en';
  const gov = en ? `The ${ctx.regionName} government` : `Pemerintah ${ctx.regionName}`;
  const about = issue.keyTerms.slice(0, 2).join(en ? ' and ' : ' dan ') || (en ? 'this matter' : 'hal ini');
  const statements = facts.slice(0, 2).map((f) => f.statement.replace(/\s*$/, '').replace(/([^.!?])$/, '$1.'));
  const opd = facts[0]!.opd;
  if (issue.hoax.flagged) {
    return en
      ? `${gov} states that the circulating information about ${about} is not true. ${statements.join(' ')} Please check information through the official channels of ${opd}.`
      : `${gov} menegaskan informasi yang beredar tentang ${about} tidak benar. ${statements.join(' ')} Warga diimbau memeriksa informasi melalui kanal resmi ${opd}.`;
  }
  return en
    ? `${gov} hears residents' concerns about ${about}${where ? ` in ${where}` : ''}. ${statements.join(' ')} Updates will follow from ${opd}.`
    : `${gov} memahami keluhan warga terkait ${about}${where ? ` di ${where}` : ''}. ${statements.join(' ')} Perkembangan selanjutnya disampaikan oleh ${opd}.`;
}

/** Outlets for news, platforms for posts, loudest first. */
export function channelsOf(members: readonly Mention[]): { name: string; count: number }[] {
  const c = new Map<string, number>();
  for (const m of members) {
    const platform = typeof m.meta?.platform === 'string' ? (m.meta.platform as string) : m.sourceId;
    const name = m.kind === 'social' ? platform : m.sourceId;
    c.set(name, (c.get(name) ?? 0) + 1);
  }
  return [...c.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .slice(0, 4)
    .map(([name, count]) => ({ name, count }));
}
