// The issue map as Markdown: the whole map, every issue with its brief and every mention, for
// everything that is not a browser, a PDF or a chat group (e-mail bodies, wikis, git).
import { formatLocalMinute, zoneLabel } from '../../core/time.js';
import { fmtNumber, fmtPercent, fmtPeriod, strings, type Lang } from '../i18n.js';
import type { IssueMap, MapEffect, MapIssue, MapMention } from '../types.js';

/** Markdown-safe inline text: no markup from titles and posts. */
export function mdText(s: string): string {
  return s.replace(/\s+/g, ' ').replace(/([\\`*_[\]<>#|])/g, '\\$1').trim();
}

function link(title: string, url: string): string {
  return `[${mdText(title) || url}](<${url.replace(/>/g, '%3E')}>)`;
}

/** "baru", "tetap", "naik 12", "turun 4": the word carries the direction, so the number has no sign
 * ("turun -4" read as a double negative); a change is only written when there is one. */
export function trendMove(i: MapIssue, lang: Lang): string {
  const t = strings(lang);
  if (i.trend.direction === 'new') return t.new;
  const word = t[i.trend.direction];
  return i.trend.change === 0 ? word : `${word} ${fmtNumber(Math.abs(i.trend.change), lang)}`;
}

export function trendText(i: MapIssue, lang: Lang): string {
  if (i.trend.direction === 'new') return trendMove(i, lang);
  return `${trendMove(i, lang)} ${strings(lang).vsYesterday} (${fmtNumber(i.trend.previous, lang)})`;
}

export function splitText(i: Pick<MapIssue, 'sentiment' | 'negativeShare'>, lang: Lang): string {
  const t = strings(lang);
  const s = i.sentiment;
  return `${fmtNumber(s.positive, lang)} ${t.positive} · ${fmtNumber(s.neutral, lang)} ${t.neutral} · ${fmtNumber(s.negative, lang)} ${t.negative} (${fmtPercent(i.negativeShare, lang)})`;
}

function mentionLine(m: MapMention, zone: string, lang: Lang): string {
  const t = strings(lang);
  const when = formatLocalMinute(Date.parse(m.publishedAt), zone).slice(11);
  const who = m.kind === 'social' ? `${m.source}${m.author ? ` @${mdText(m.author)}` : ''}` : m.source;
  return `- ${when} ${link(m.title, m.url)} — ${who} (${t[m.sentiment]})`;
}

export function renderMarkdown(map: IssueMap, opts: { lang?: Lang } = {}): string {
  const lang = opts.lang ?? map.lang;
  const t = strings(lang);
  const zone = map.timezone;
  const out: string[] = [];
  const where = map.region ? `${map.region.name} (${map.homeRegion.name})` : map.homeRegion.name;
  out.push(`# ${t.title} — ${mdText(where)}`, '');
  out.push(`**${t.period}:** ${fmtPeriod(map.period, lang)} (${zoneLabel(zone)}) · ${t.generated} ${formatLocalMinute(Date.parse(map.generatedAt), zone)}`, '');
  const tot = map.totals;
  out.push(
    `${fmtNumber(tot.city, lang)} ${t.summaryLine} ${fmtNumber(tot.issues, lang)} ${t.issues}; ${fmtNumber(tot.outside, lang)} ${t.outsideShort}. ${t.sentiment}: ${fmtNumber(tot.sentiment.positive, lang)} ${t.positive}, ${fmtNumber(tot.sentiment.neutral, lang)} ${t.neutral}, ${fmtNumber(tot.sentiment.negative, lang)} ${t.negative}.`,
    '',
  );
  if (!map.issues.length) out.push(t.noIssues, '');
  if (map.issues.length) {
    out.push(`| ${t.rank} | ${t.label} | ${t.volume} | ${t.trend} | ${t.negative} | ${t.regions} |`, '|---|---|---|---|---|---|');
    for (const i of map.issues) {
      const places = i.regions.slice(0, 2).map((r) => mdText(r.name)).join(', ');
      out.push(`| ${i.rank} | ${mdText(i.label)}${i.hoax.flagged ? ` ⚠ ${t.hoax.toLowerCase()}` : ''} | ${fmtNumber(i.volume, lang)} | ${trendText(i, lang)} | ${fmtNumber(i.sentiment.negative, lang)} | ${places} |`);
    }
    out.push('');
  }
  for (const i of map.issues) {
    out.push(`## ${i.rank}. ${mdText(i.label)}`, '');
    out.push(`- ${t.volume}: ${fmtNumber(i.volume, lang)} ${t.mentions} (${trendText(i, lang)}) · ${t.first} ${formatLocalMinute(Date.parse(i.firstSeen), zone)}`);
    out.push(`- ${t.sentiment}: ${splitText(i, lang)}`);
    if (i.topics.length) out.push(`- ${t.topic}: ${i.topics.map((x) => mdText(x.label)).join(', ')} · ${i.keyTerms.map(mdText).join(', ')}`);
    if (i.regions.length) out.push(`- ${t.regions}: ${i.regions.map((r) => `${mdText(r.name)} (${r.code})`).join(', ')}`);
    if (i.entities.length) out.push(`- ${t.entities}: ${i.entities.map((e) => `${mdText(e.name)}${e.watched ? ' ★' : ''}`).join(', ')}`);
    if (i.outlets.length) out.push(`- ${t.outlets}: ${i.outlets.map((o) => `${mdText(o.source)} ${o.count}`).join(', ')}`);
    if (i.accounts.length) out.push(`- ${t.accounts}: ${i.accounts.map((a) => `${mdText(a.handle)} (${mdText(a.source)}) ${a.count}`).join(', ')}`);
    if (i.reach.mentionsWithEngagement) out.push(`- ${t.reach}: ${fmtNumber(i.reach.engagement, lang)}`);
    if (i.hoax.flagged) {
      out.push(`- **${t.hoax}**${i.hoax.debunks.length ? ` — ${t.debunks}: ${i.hoax.debunks.map((d) => link(d.title, d.url)).join('; ')}` : ''}`);
    }
    if (i.effect) out.push(`- ${effectText(i.effect, lang, zone)}`);
    if (i.facts.length) {
      out.push(`- ${t.facts}:`);
      for (const f of i.facts) out.push(`  - ${mdText(f.statement)} (${t.score} ${fmtNumber(f.score, lang, 2)}; ${mdText(f.reason)}) ${link(f.opd, f.source_url)}`);
    }
    if (i.brief) {
      const b = i.brief;
      out.push('', `### ${t.brief}`, '', mdText(b.summary), '');
      if (b.quotes.length) {
        out.push(`**${t.saying}:**`);
        for (const q of b.quotes) out.push(`> “${mdText(q.text)}” — ${link(q.source, q.url)}`, '>');
        out.pop();
        out.push('');
      }
      if (b.facts.length) {
        out.push(`**${t.factsSay}:**`);
        for (const f of b.facts) out.push(`- ${mdText(f.statement)} — ${link(f.opd, f.source_url)}`);
        out.push('');
      }
      out.push(`**${t.opd}:** ${mdText(b.opd)}`, '');
      if (b.holdingStatement) out.push(`**${t.holding}:** ${mdText(b.holdingStatement)}`, '');
      if (b.needsData) out.push(`**${mdText(b.needsData)}**`, '');
      if (b.channels.length) out.push(`**${t.channels}:** ${b.channels.map((c) => `${mdText(c.name)} (${c.count})`).join(', ')}`, '');
    }
    out.push('', `**${t.all}** (${fmtNumber(i.mentions.length, lang)}):`, '');
    for (const m of i.mentions) out.push(mentionLine(m, zone, lang));
    out.push('');
  }
  if (map.outside.volume) {
    out.push(`## ${t.outside}`, '', `${fmtNumber(map.outside.volume, lang)} ${t.mentions}.`, '');
    for (const m of map.outside.mentions) out.push(mentionLine(m, zone, lang));
    out.push('');
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n');
}

/** One line on the effect of the office's response (issue 23), shared by the Markdown and HTML maps. */
export function effectText(e: MapEffect, lang: Lang, zone: string): string {
  const pct = (x: number | null): string => (x === null ? '–' : `${fmtNumber(x * 100, lang, 1)}%`);
  const pts = (d: number): string => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${fmtNumber(Math.abs(d) * 100, lang, 1)}`;
  const when = formatLocalMinute(Date.parse(e.responseAt), zone);
  const reply = e.replyHours === null ? '' : lang === 'id' ? `, ${fmtNumber(e.replyHours, lang, 1)} jam setelah sebutan pertama` : `, ${fmtNumber(e.replyHours, lang, 1)} h after the first mention`;
  const c = e.negativeShareChange;
  const change = c
    ? `${pts(c.diff)} ${lang === 'id' ? 'poin' : 'pts'} (${lang === 'id' ? 'IK' : 'CI'} ${Math.round(c.confidence * 100)}% ${pts(c.low)} … ${pts(c.high)})`
    : lang === 'id'
      ? `belum cukup data (minimal ${e.minMentions} sebutan)`
      : `not enough data (at least ${e.minMentions} mentions)`;
  return lang === 'id'
    ? `Tanggapan kantor ${when}${reply}: porsi negatif ${pct(e.before.negativeShare)} → ${pct(e.after.negativeShare)}, perubahan ${change}; dikutip ${fmtNumber(e.pickup, lang)}`
    : `Office response ${when}${reply}: negative share ${pct(e.before.negativeShare)} → ${pct(e.after.negativeShare)}, change ${change}; picked up ${fmtNumber(e.pickup, lang)}`;
}
