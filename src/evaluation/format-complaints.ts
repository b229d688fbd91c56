// The complaints list and the per-OPD table as Markdown (Indonesian first, --lang en), numbers in
// the language's locale and times in the office's zone.
import { fmtNumber, type Lang } from '../maps/i18n.js';
import type { Complaint } from '../core/evaluation.js';
import { complaintState, type DeadlineRules, type OpdRow } from './complaints.js';
import { fmtInstant, hours, mdCell } from './format-util.js';

const W = {
  id: {
    opdTitle: 'Pengaduan per OPD',
    opd: 'OPD',
    total: 'Jumlah',
    answered: 'Dijawab',
    late: 'Terlambat',
    open: 'Terbuka',
    overdue: 'Lewat tenggat',
    median: 'Median jawab',
    p90: 'P90 jawab',
    overdueItems: 'Pengaduan lewat tenggat',
    none: 'Tidak ada pengaduan.',
    noOverdue: 'Tidak ada pengaduan lewat tenggat.',
    received: 'diterima',
    deadline: 'tenggat',
    issue: 'isu',
    status: { open: 'terbuka', answered: 'dijawab', overdue: 'lewat tenggat' },
    listTitle: 'Daftar pengaduan',
    asOf: 'Per',
    rule: (d: number) => `Tenggat ${d} hari kerja (Sabtu, Minggu dan hari libur yang tercantum tidak dihitung).`,
  },
  en: {
    opdTitle: 'Complaints per OPD',
    opd: 'OPD',
    total: 'Total',
    answered: 'Answered',
    late: 'Late',
    open: 'Open',
    overdue: 'Overdue',
    median: 'Median answer',
    p90: 'P90 answer',
    overdueItems: 'Overdue complaints',
    none: 'No complaints.',
    noOverdue: 'No overdue complaints.',
    received: 'received',
    deadline: 'due',
    issue: 'issue',
    status: { open: 'open', answered: 'answered', overdue: 'overdue' },
    listTitle: 'Complaints',
    asOf: 'As of',
    rule: (d: number) => `Deadline ${d} working days (Saturdays, Sundays and the listed holidays do not count).`,
  },
};

export function opdTableMarkdown(rows: readonly OpdRow[], lang: Lang, zone: string, level = '##'): string {
  const w = W[lang];
  const out: string[] = [`${level} ${w.opdTitle}`, ''];
  if (!rows.length) return [...out, w.none, ''].join('\n');
  out.push(`| ${w.opd} | ${w.total} | ${w.answered} | ${w.late} | ${w.open} | ${w.overdue} | ${w.median} | ${w.p90} |`, '|---|--:|--:|--:|--:|--:|--:|--:|');
  for (const r of rows) {
    out.push(`| ${mdCell(r.opd)} | ${fmtNumber(r.total, lang)} | ${fmtNumber(r.answered, lang)} | ${fmtNumber(r.late, lang)} | ${fmtNumber(r.open, lang)} | ${fmtNumber(r.overdue, lang)} | ${hours(r.answerHours.median, lang)} | ${hours(r.answerHours.p90, lang)} |`);
  }
  out.push('', `${level}# ${w.overdueItems}`, '');
  const items = rows.flatMap((r) => r.overdueItems.map((i) => ({ ...i, opd: r.opd })));
  if (!items.length) out.push(w.noOverdue);
  for (const i of items) {
    const link = i.url ? `[${mdCell(i.title)}](${i.url})` : mdCell(i.title);
    out.push(`- ${link} — ${mdCell(i.opd)}; ${i.channel} ${mdCell(i.id.slice(i.channel.length + 1))}; ${w.received} ${fmtInstant(i.receivedAt, lang, zone)}, ${w.deadline} ${fmtInstant(i.deadline, lang, zone)}${i.issueId ? `; ${w.issue} ${i.issueId}` : ''}`);
  }
  out.push('');
  return out.join('\n');
}

export function complaintsMarkdown(list: readonly Complaint[], rows: readonly OpdRow[], asOf: number, rules: DeadlineRules, lang: Lang): string {
  const w = W[lang];
  const out: string[] = [`# ${w.listTitle}`, '', `${w.asOf} ${fmtInstant(new Date(asOf).toISOString(), lang, rules.timezone)}. ${w.rule(rules.deadlineDays)}`, ''];
  for (const c of list) {
    const st = complaintState(c, asOf, rules);
    const title = c.title ?? (c.text.length > 100 ? `${c.text.slice(0, 97)}…` : c.text);
    out.push(`- **${w.status[st.status]}** ${c.url ? `[${mdCell(title)}](${c.url})` : mdCell(title)} — ${mdCell(c.opd)}; ${c.id}; ${w.received} ${fmtInstant(c.receivedAt, lang, rules.timezone)}, ${w.deadline} ${fmtInstant(st.deadline, lang, rules.timezone)}${st.answerHours !== undefined ? ` (${hours(st.answerHours, lang)})` : ''}${c.issueId ? `; ${w.issue} ${c.issueId}` : ''}`);
  }
  if (!list.length) out.push(w.none);
  out.push('', opdTableMarkdown(rows, lang, rules.timezone));
  return out.join('\n');
}

export function statusWordOf(status: keyof (typeof W)['id']['status'], lang: Lang): string {
  return W[lang].status[status];
}
