// Rendering the audit: a plain-text table for the terminal and a Markdown report for sharing, with
// Indonesian headings by default (the report goes to the head of the humas office) and English on
// request. JSON output is the AuditReport itself.
import { DEFAULT_TIMEZONE, formatLocalMinute, zoneLabel } from '../core/time.js';
import type { AuditReport, ChannelAudit } from './audit.js';

export type Lang = 'id' | 'en';

const T = {
  id: {
    title: 'Audit kanal resmi',
    period: 'Periode',
    channel: 'Kanal',
    posts: 'Unggahan',
    perDay: 'Per hari',
    gaps: 'Jeda > ritme',
    comments: 'Komentar dijawab',
    questions: 'Pertanyaan/keluhan dijawab',
    median: 'Median balasan',
    p90: 'P90 balasan',
    overdue: 'Lewat tenggat',
    hours: 'jam',
    none: 'tidak ada kanal resmi (owned: true) di konfigurasi',
    gapList: 'Jeda unggahan lebih dari',
    overdueList: 'Pertanyaan/keluhan belum dijawab lewat tenggat',
    workingDays: 'hari kerja',
    deadline: 'tenggat',
    note: 'Persentil: interpolasi linear antar-peringkat terdekat; hari kerja Senin–Jumat {zone}.',
  },
  en: {
    title: 'Owned-channel audit',
    period: 'Period',
    channel: 'Channel',
    posts: 'Posts',
    perDay: 'Per day',
    gaps: 'Gaps > cadence',
    comments: 'Comments answered',
    questions: 'Questions/complaints answered',
    median: 'Median reply',
    p90: 'P90 reply',
    overdue: 'Overdue',
    hours: 'h',
    none: 'no owned channels (owned: true) in the config',
    gapList: 'Posting gaps longer than',
    overdueList: 'Questions/complaints unanswered past the deadline',
    workingDays: 'working days',
    deadline: 'deadline',
    note: 'Percentiles: linear interpolation between closest ranks; working days Mon–Fri {zone}.',
  },
} as const;

function num(n: number | null, lang: Lang, digits = 2): string {
  if (n === null) return '–';
  const s = String(Math.round(n * 10 ** digits) / 10 ** digits);
  return lang === 'id' ? s.replace('.', ',') : s;
}

function ratio(a: number, n: number, share: number | null): string {
  return share === null ? `0/0` : `${a}/${n} (${Math.round(share * 100)}%)`;
}

/** "2026-11-20 13:00 WIB" (WITA, WIT for the other Indonesian zones). */
export function localTime(iso: string, zone = DEFAULT_TIMEZONE): string {
  return formatLocalMinute(Date.parse(iso), zone);
}

const zoneOf = (r: AuditReport): string => r.timezone ?? DEFAULT_TIMEZONE;
const note = (r: AuditReport, lang: Lang): string => T[lang].note.replace('{zone}', zoneLabel(zoneOf(r)));

function row(c: ChannelAudit, lang: Lang): string[] {
  const h = T[lang].hours;
  return [
    c.name,
    String(c.posts.total),
    num(c.posts.perDay, lang),
    String(c.gaps.length),
    ratio(c.comments.answered, c.comments.total, c.comments.share),
    ratio(c.questions.answered, c.questions.total, c.questions.share),
    c.firstReplyHours.median === null ? '–' : `${num(c.firstReplyHours.median, lang)} ${h}`,
    c.firstReplyHours.p90 === null ? '–' : `${num(c.firstReplyHours.p90, lang)} ${h}`,
    String(c.overdue.length),
  ];
}

function headers(lang: Lang): string[] {
  const t = T[lang];
  return [t.channel, t.posts, t.perDay, t.gaps, t.comments, t.questions, t.median, t.p90, t.overdue];
}

function details(c: ChannelAudit, lang: Lang, bullet: string, zone: string): string[] {
  const t = T[lang];
  const at = (iso: string) => localTime(iso, zone);
  const out: string[] = [];
  if (c.gaps.length) {
    out.push(`${c.name} — ${t.gapList} ${num(c.cadenceHours, lang)} ${t.hours}:`);
    for (const g of c.gaps) out.push(`${bullet}${at(g.from)} → ${at(g.to)} (${num(g.hours, lang)} ${t.hours})`);
  }
  if (c.overdue.length) {
    out.push(`${c.name} — ${t.overdueList} (${c.deadlineDays} ${t.workingDays}):`);
    for (const q of c.overdue) {
      out.push(`${bullet}${at(q.publishedAt)} ${q.author ?? ''}: "${q.text.replace(/\s+/g, ' ')}" (${t.deadline} ${at(q.deadline)}) ${q.url}`);
    }
  }
  return out;
}

export function formatTable(report: AuditReport, lang: Lang = 'id'): string {
  const t = T[lang];
  const at = (iso: string) => localTime(iso, zoneOf(report));
  const lines = [`${t.title} — ${t.period} ${at(report.period.from)} – ${at(report.period.to)}`, ''];
  if (report.channels.length === 0) return lines.concat(t.none, '').join('\n');
  const rows = [headers(lang), ...report.channels.map((c) => row(c, lang))];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => [...r[i]!].length)));
  for (const [i, r] of rows.entries()) {
    lines.push(r.map((cell, j) => (j === 0 ? cell.padEnd(widths[j]!) : cell.padStart(widths[j]!))).join('  ').trimEnd());
    if (i === 0) lines.push(widths.map((w) => '-'.repeat(w)).join('  '));
  }
  for (const c of report.channels) {
    const d = details(c, lang, '  - ', zoneOf(report));
    if (d.length) lines.push('', ...d);
  }
  lines.push('', note(report, lang), '');
  return lines.join('\n');
}

export function formatMarkdown(report: AuditReport, lang: Lang = 'id'): string {
  const t = T[lang];
  const at = (iso: string) => localTime(iso, zoneOf(report));
  const esc = (s: string) => s.replace(/\|/g, '\\|');
  const lines = [`# ${t.title}`, '', `${t.period}: ${at(report.period.from)} – ${at(report.period.to)}`, ''];
  if (report.channels.length === 0) return lines.concat(t.none, '').join('\n');
  const h = headers(lang);
  lines.push(`| ${h.join(' | ')} |`, `| ${h.map((_, i) => (i === 0 ? '---' : '---:')).join(' | ')} |`);
  for (const c of report.channels) lines.push(`| ${row(c, lang).map(esc).join(' | ')} |`);
  for (const c of report.channels) {
    const d = details(c, lang, '- ', zoneOf(report));
    if (d.length) lines.push('', ...d.map((l) => (l.startsWith('- ') ? l : `**${l}**`)));
  }
  lines.push('', `_${note(report, lang)}_`, '');
  return lines.join('\n');
}
