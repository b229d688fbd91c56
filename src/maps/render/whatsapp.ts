// The issue map for the office's WhatsApp group: plain text with WhatsApp's own markup only (*bold*,
// _italic_, "- " bullets, bare links). The top issues fit in the first 1,600 characters (what a
// phone shows before "Read more"), and the whole message never exceeds WhatsApp's 4,096-character
// limit: issues that do not fit are counted at the end, with where the full map is.
import { zoneLabel } from '../../core/time.js';
import { fmtNumber, fmtPercent, fmtPeriod, strings, type Lang } from '../i18n.js';
import type { IssueMap, MapIssue } from '../types.js';
import { trendMove } from './markdown.js';

export const WHATSAPP_LIMIT = 4096;
export const WHATSAPP_TOP = 1600;

/** Text without WhatsApp markup characters, on one line. */
export function waText(s: string): string {
  return s.replace(/[*_~`]/g, '').replace(/\s+/g, ' ').trim();
}

function clip(s: string, n: number): string {
  if (s.length <= n) return s;
  const sp = s.lastIndexOf(' ', n - 1);
  return `${s.slice(0, sp > n / 2 ? sp : n - 1)}…`;
}

function block(i: MapIssue, lang: Lang, detail: boolean): string {
  const t = strings(lang);
  const lines: string[] = [];
  const flag = i.hoax.flagged ? ` ⚠ _${t.hoax}_` : '';
  lines.push(`*${i.rank}. ${clip(waText(i.label), 90)}*${flag}`);
  const trend = trendMove(i, lang);
  const place = i.regions.find((r) => r.level === 'village' || r.level === 'district');
  lines.push(
    `- ${fmtNumber(i.volume, lang)} ${t.mentions} (${trend}), ${fmtNumber(i.sentiment.negative, lang)} ${t.negative} (${fmtPercent(i.negativeShare, lang)})${place ? ` · ${waText(place.name)}` : ''}`,
  );
  if (detail) {
    const fact = i.brief?.facts[0] ?? i.facts.find((f) => f.answers);
    if (fact) lines.push(`- _${t.facts}:_ ${clip(waText(fact.statement), 160)}`);
    else if (i.brief?.needsData) lines.push(`- _${waText(i.brief.needsData)}_`);
    const rep = i.representatives[0];
    if (rep) lines.push(rep.url);
  }
  return lines.join('\n');
}

export interface WhatsappOptions {
  lang?: Lang;
  /** Where the full map is (a file path or URL), named in the footer. */
  fullMap?: string;
}

export function renderWhatsapp(map: IssueMap, opts: WhatsappOptions = {}): string {
  const lang = opts.lang ?? map.lang;
  const t = strings(lang);
  const tot = map.totals;
  const head = [
    `*${t.title} ${waText(map.region?.name ?? map.homeRegion.name)} — ${fmtPeriod(map.period, lang)}* (${zoneLabel(map.timezone)})`,
    `${fmtNumber(tot.city, lang)} ${t.mentions}, ${fmtNumber(tot.issues, lang)} ${t.issues}, ${fmtNumber(tot.sentiment.negative, lang)} ${t.negative}; ${fmtNumber(tot.outside, lang)} ${t.outsideShort}`,
  ].join('\n');
  if (!map.issues.length) return `${head}\n\n${t.noIssues}`;
  const footer = (left: number): string => {
    const parts: string[] = [];
    if (left > 0) parts.push(`${fmtNumber(left, lang)} ${t.leftOut}.`);
    if (opts.fullMap) parts.push(`${t.fullMap}: ${opts.fullMap}`);
    return parts.length ? `\n\n_${parts.join(' ')}_` : '';
  };
  let text = head;
  let shown = 0;
  for (const i of map.issues) {
    // Top issues in detail while the first screen lasts, then one line each.
    const detailed = `\n\n${block(i, lang, true)}`;
    const short = `\n\n${block(i, lang, false)}`;
    const left = map.issues.length - shown - 1;
    const piece = text.length + detailed.length <= WHATSAPP_TOP ? detailed : short;
    if (text.length + piece.length + footer(left).length > WHATSAPP_LIMIT) break;
    text += piece;
    shown++;
  }
  text += footer(map.issues.length - shown);
  return text.length <= WHATSAPP_LIMIT ? text : `${text.slice(0, WHATSAPP_LIMIT - 1)}…`;
}
