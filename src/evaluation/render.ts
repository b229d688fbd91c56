// The evaluation report as Markdown, self-contained HTML (no script, no request: it opens from disk
// or an e-mail) and, from the HTML, an A4 PDF through the system Chromium (the issue map's renderer,
// src/maps/render/pdf.ts). Indonesian first, English with --lang en; numbers in the language's locale,
// times in the office's zone. Every section is always present, saying so when it is empty.
import { fmtDay, fmtNumber, type Lang } from '../maps/i18n.js';
import type { EvaluationReport, IssueRow, Summary } from './report.js';
import { escapeHtml, fmtInstant, hours, mdCell } from './format-util.js';

const T = {
  id: {
    titleMonth: (m: string) => `Laporan Evaluasi Bulanan — ${m}`,
    title: 'Laporan Evaluasi',
    period: 'Periode',
    generated: 'Dibuat',
    asOf: 'Status per',
    s1: 'Ringkasan',
    s2: 'Isu dan tanggapan',
    s3: 'Waktu tanggap per kanal',
    s4: 'Waktu tanggap per OPD',
    s5: 'Pengaduan lewat tenggat',
    s6: 'Ritme kanal sendiri',
    s7: 'Metode',
    figure: 'Angka',
    thisPeriod: 'Periode ini',
    thisMonth: 'Bulan ini',
    prevMonth: 'Bulan lalu',
    mentions: 'Sebutan (selain kanal sendiri)',
    negative: 'Sebutan negatif',
    issues: 'Isu',
    handled: 'Isu yang ditanggapi',
    responses: 'Tanggapan',
    measured: 'Isu dengan data cukup untuk mengukur dampak',
    fell: 'Isu yang porsi negatifnya turun nyata',
    reply: 'Waktu tanggap isu (median / p90)',
    complaints: 'Pengaduan diterima',
    answered: 'Pengaduan dijawab',
    overdue: 'Pengaduan lewat tenggat',
    late: 'Dijawab melewati tenggat',
    answerTime: 'Waktu jawab pengaduan (median / p90)',
    posts: 'Unggahan kanal sendiri',
    noIssues: 'Tidak ada isu pada periode ini.',
    noResponse: 'belum ada tanggapan',
    response: 'Tanggapan',
    kindFact: 'fakta',
    kindPost: 'kanal sendiri',
    manual: 'ditautkan manual',
    mentionsWord: 'sebutan',
    negWord: 'negatif',
    at: 'pada',
    firstMention: 'sebutan pertama',
    replyTime: 'waktu tanggap',
    before: 'Sebelum',
    after: 'Sesudah',
    window: 'Jendela',
    volume: 'Volume',
    negShare: 'Porsi negatif',
    hoax: 'Hoaks (akun/media penyebar)',
    change: 'Perubahan porsi negatif',
    notEnough: (n: number) => `belum cukup data (minimal ${n} sebutan di tiap jendela)`,
    pickup: 'Dikutip media/akun',
    ci: (c: number) => `IK ${Math.round(c * 100)}%`,
    issue: 'Isu',
    opd: 'OPD',
    channel: 'Kanal',
    kindOwned: 'kanal sendiri (komentar warga)',
    kindComplaints: 'pengaduan',
    questions: 'Dijawab / total',
    median: 'Median',
    p90: 'P90',
    noChannels: 'Tidak ada kanal sendiri atau pengaduan pada periode ini.',
    noOpd: 'Tidak ada pengaduan pada periode ini.',
    noOverdue: 'Tidak ada pengaduan lewat tenggat.',
    received: 'diterima',
    deadline: 'tenggat',
    total: 'Jumlah',
    open: 'Terbuka',
    noCadence: 'Tidak ada kanal sendiri (owned: true) di konfigurasi.',
    target: 'Target/hari',
    actual: 'Unggahan/hari',
    meets: 'Sesuai target',
    gaps: 'Jeda lebih dari ritme (terlama)',
    yes: 'ya',
    no: 'tidak',
    methodText: (r: EvaluationReport) => [
      `Dampak tanggapan: sebutan isu ${fmtNumber(r.method.beforeHours, 'id')} jam sebelum dan ${fmtNumber(r.method.afterHours, 'id')} jam sesudah tanggapan pertama, tanpa unggahan kanal sendiri.`,
      `Selang kepercayaan ${Math.round(r.method.confidence * 100)}% untuk selisih porsi negatif (sesudah − sebelum): interval skor hibrida Newcombe dari interval Wilson. Di bawah ${r.method.minMentions} sebutan per jendela tidak ada angka: "belum cukup data".`,
      `Tenggat pengaduan ${r.method.deadlineDays} hari kerja; Sabtu, Minggu${r.method.holidays.length ? ` dan hari libur ${r.method.holidays.join(', ')}` : ''} tidak dihitung. Median dan p90: interpolasi linear antarperingkat (tipe 7).`,
    ],
  },
  en: {
    titleMonth: (m: string) => `Monthly Evaluation Report — ${m}`,
    title: 'Evaluation Report',
    period: 'Period',
    generated: 'Generated',
    asOf: 'Status as of',
    s1: 'Summary',
    s2: 'Issues and responses',
    s3: 'Reply times per channel',
    s4: 'Reply times per OPD',
    s5: 'Overdue complaints',
    s6: 'Owned-channel cadence',
    s7: 'Method',
    figure: 'Figure',
    thisPeriod: 'This period',
    thisMonth: 'This month',
    prevMonth: 'Previous month',
    mentions: 'Mentions (other than own channels)',
    negative: 'Negative mentions',
    issues: 'Issues',
    handled: 'Issues responded to',
    responses: 'Responses',
    measured: 'Issues with enough data to measure the effect',
    fell: 'Issues whose negative share clearly fell',
    reply: 'Issue reply time (median / p90)',
    complaints: 'Complaints received',
    answered: 'Complaints answered',
    overdue: 'Complaints overdue',
    late: 'Answered after the deadline',
    answerTime: 'Complaint answer time (median / p90)',
    posts: 'Owned-channel posts',
    noIssues: 'No issues in this period.',
    noResponse: 'no response yet',
    response: 'Response',
    kindFact: 'fact',
    kindPost: 'own channel',
    manual: 'linked by hand',
    mentionsWord: 'mentions',
    negWord: 'negative',
    at: 'at',
    firstMention: 'first mention',
    replyTime: 'reply time',
    before: 'Before',
    after: 'After',
    window: 'Window',
    volume: 'Volume',
    negShare: 'Negative share',
    hoax: 'Hoax (spreading outlets/accounts)',
    change: 'Change in negative share',
    notEnough: (n: number) => `not enough data (at least ${n} mentions in each window)`,
    pickup: 'Picked up by outlets/accounts',
    ci: (c: number) => `${Math.round(c * 100)}% CI`,
    issue: 'Issue',
    opd: 'OPD',
    channel: 'Channel',
    kindOwned: 'owned channel (citizen comments)',
    kindComplaints: 'complaints',
    questions: 'Answered / total',
    median: 'Median',
    p90: 'P90',
    noChannels: 'No owned channels or complaints in this period.',
    noOpd: 'No complaints in this period.',
    noOverdue: 'No overdue complaints.',
    received: 'received',
    deadline: 'due',
    total: 'Total',
    open: 'Open',
    noCadence: 'No owned channels (owned: true) in the config.',
    target: 'Target/day',
    actual: 'Posts/day',
    meets: 'Meets target',
    gaps: 'Gaps longer than the cadence (longest)',
    yes: 'yes',
    no: 'no',
    methodText: (r: EvaluationReport) => [
      `Effect of a response: the issue's mentions ${r.method.beforeHours} h before and ${r.method.afterHours} h after the first response, without the office's own posts.`,
      `${Math.round(r.method.confidence * 100)}% confidence interval for the difference in negative share (after − before): Newcombe's hybrid score interval from Wilson intervals. Below ${r.method.minMentions} mentions per window no figure is given: "not enough data".`,
      `Complaint deadline ${r.method.deadlineDays} working days; Saturdays, Sundays${r.method.holidays.length ? ` and the holidays ${r.method.holidays.join(', ')}` : ''} do not count. Median and p90: linear interpolation between closest ranks (type 7).`,
    ],
  },
};

type Words = (typeof T)['id'];

const pct = (share: number | null, lang: Lang): string => (share === null ? '–' : `${fmtNumber(share * 100, lang, 1)}%`);
const pp = (d: number, lang: Lang): string => `${d > 0 ? '+' : d < 0 ? '−' : '±'}${fmtNumber(Math.abs(d) * 100, lang, 1)} ${lang === 'id' ? 'poin' : 'pts'}`;
const num = (n: number, lang: Lang): string => fmtNumber(n, lang);
const hh = (x: { median: number | null; p90: number | null }, lang: Lang): string => `${hours(x.median, lang)} / ${hours(x.p90, lang)}`;

/** The summary rows: label, this period, previous (month only). */
function summaryRows(s: Summary, p: Summary | undefined, w: Words, lang: Lang): string[][] {
  const rows: [string, (x: Summary) => string][] = [
    [w.mentions, (x) => num(x.mentions, lang)],
    [w.negative, (x) => `${num(x.negative, lang)} (${pct(x.mentions ? x.negative / x.mentions : null, lang)})`],
    [w.issues, (x) => num(x.issues, lang)],
    [w.handled, (x) => num(x.issuesHandled, lang)],
    [w.responses, (x) => num(x.responses, lang)],
    [w.measured, (x) => num(x.effectsMeasured, lang)],
    [w.fell, (x) => num(x.negativeFell, lang)],
    [w.reply, (x) => hh(x.replyHours, lang)],
    [w.complaints, (x) => num(x.complaints.total, lang)],
    [w.answered, (x) => num(x.complaints.answered, lang)],
    [w.overdue, (x) => num(x.complaints.overdue, lang)],
    [w.late, (x) => num(x.complaints.late, lang)],
    [w.answerTime, (x) => hh(x.complaints.answerHours, lang)],
    [w.posts, (x) => num(x.ownedPosts, lang)],
  ];
  return rows.map(([label, f]) => [label, f(s), ...(p ? [f(p)] : [])]);
}

function changeText(i: IssueRow, w: Words, lang: Lang): string {
  const e = i.effect!;
  if (!e.negativeShareChange) return w.notEnough(e.minMentions);
  const c = e.negativeShareChange;
  return `${pp(c.diff, lang)} (${w.ci(c.confidence)} ${pp(c.low, lang)} … ${pp(c.high, lang)})`;
}

function effectLines(i: IssueRow, w: Words, lang: Lang, zone: string): { head: string; table: string[][]; tail: string[] } {
  const e = i.effect!;
  const r = e.response;
  const head = `${w.response} (${r.kind === 'fact' ? w.kindFact : w.kindPost}${r.how === 'manual' ? `, ${w.manual}` : ''}) ${w.at} ${fmtInstant(r.at, lang, zone)}${e.firstMention ? `; ${w.firstMention} ${fmtInstant(e.firstMention, lang, zone)}; ${w.replyTime} ${hours(e.replyHours, lang)}` : ''}`;
  const table = [
    [w.window, w.volume, w.negShare, w.hoax],
    [w.before, num(e.before.volume, lang), `${pct(e.before.negativeShare, lang)} (${num(e.before.negative, lang)})`, `${num(e.before.hoax, lang)} (${num(e.before.hoaxSpreaders, lang)})`],
    [w.after, num(e.after.volume, lang), `${pct(e.after.negativeShare, lang)} (${num(e.after.negative, lang)})`, `${num(e.after.hoax, lang)} (${num(e.after.hoaxSpreaders, lang)})`],
  ];
  const tail = [`${w.change}: ${changeText(i, w, lang)}`, `${w.pickup}: ${num(e.pickup.count, lang)}`];
  return { head, table, tail };
}

function title(r: EvaluationReport, w: Words): string {
  return r.month ? w.titleMonth(r.month) : w.title;
}

function periodText(r: EvaluationReport, lang: Lang): string {
  return `${fmtDay(r.period.from, lang, false)} – ${fmtDay(r.period.to, lang, false)}`;
}

// ---- Markdown ----

function mdTable(rows: string[][], align?: string): string[] {
  const [head, ...body] = rows;
  return [`| ${head!.map(mdCell).join(' | ')} |`, `|${align ?? head!.map(() => '---').join('|')}|`, ...body.map((r) => `| ${r.map(mdCell).join(' | ')} |`)];
}

export function renderEvaluationMarkdown(r: EvaluationReport, lang: Lang): string {
  const w = T[lang];
  const z = r.timezone;
  const out: string[] = [`# ${title(r, w)}`, '', `${w.period}: ${periodText(r, lang)} · ${w.asOf} ${fmtInstant(r.asOf, lang, z)} · ${w.generated} ${fmtInstant(r.generatedAt, lang, z)}`, ''];
  out.push(`## 1. ${w.s1}`, '', ...mdTable([[w.figure, r.previous ? w.thisMonth : w.thisPeriod, ...(r.previous ? [w.prevMonth] : [])], ...summaryRows(r.summary, r.previous, w, lang)]), '');
  out.push(`## 2. ${w.s2}`, '');
  if (!r.issues.length) out.push(w.noIssues, '');
  for (const i of r.issues.filter((x) => x.effect)) {
    const e = effectLines(i, w, lang, z);
    out.push(`### ${mdCell(i.label)}`, '', `${w.issue} ${i.issueId}${i.opd ? ` · ${mdCell(i.opd)}` : ''} · ${num(i.volume, lang)} ${w.mentionsWord}`, '', e.head, '', ...mdTable(e.table), '', ...e.tail.map((t) => `- ${t}`));
    for (const p of i.effect!.pickup.mentions.slice(0, 5)) out.push(`  - [${mdCell(p.title || p.url)}](${p.url}) — ${p.source}`);
    out.push('');
  }
  const rest = r.issues.filter((x) => !x.effect);
  if (rest.length) {
    out.push(`**${w.noResponse}:**`, '');
    for (const i of rest.slice(0, 20)) out.push(`- ${mdCell(i.label)} (${i.issueId}) — ${num(i.volume, lang)} ${w.mentionsWord}, ${num(i.negative, lang)} ${w.negWord}`);
    out.push('');
  }
  out.push(`## 3. ${w.s3}`, '');
  if (!r.channels.length) out.push(w.noChannels);
  else out.push(...mdTable([[w.channel, '', w.questions, w.median, w.p90], ...r.channels.map((c) => [c.name, c.kind === 'owned' ? w.kindOwned : w.kindComplaints, `${num(c.answered, lang)} / ${num(c.total, lang)}`, hours(c.median, lang), hours(c.p90, lang)])]));
  out.push('', `## 4. ${w.s4}`, '');
  if (!r.opd.length) out.push(w.noOpd);
  else out.push(...mdTable([[w.opd, w.total, w.answered, w.open, w.overdue, w.median, w.p90], ...r.opd.map((o) => [o.opd, num(o.total, lang), num(o.answered, lang), num(o.open, lang), num(o.overdue, lang), hours(o.answerHours.median, lang), hours(o.answerHours.p90, lang)])]));
  out.push('', `## 5. ${w.s5}`, '');
  if (!r.overdue.length) out.push(w.noOverdue);
  for (const o of r.overdue) out.push(`- ${o.url ? `[${mdCell(o.title)}](${o.url})` : mdCell(o.title)} — ${mdCell(o.opd)}; ${o.id}; ${w.received} ${fmtInstant(o.receivedAt, lang, z)}, ${w.deadline} ${fmtInstant(o.deadline, lang, z)}`);
  out.push('', `## 6. ${w.s6}`, '');
  if (!r.cadence.length) out.push(w.noCadence);
  else out.push(...mdTable([[w.channel, w.target, w.actual, w.meets, w.gaps], ...r.cadence.map((c) => [c.name, fmtNumber(c.targetPerDay, lang, 2), fmtNumber(c.postsPerDay, lang, 2), c.meetsTarget ? w.yes : w.no, `${num(c.gaps, lang)} (${hours(c.longestGapHours, lang)})`])]));
  out.push('', `## 7. ${w.s7}`, '', ...w.methodText(r).map((t) => `- ${t}`), '');
  return out.join('\n');
}

// ---- HTML ----

function htmlTable(rows: string[][], cls = ''): string {
  const [head, ...body] = rows;
  return `<table class="${cls}"><thead><tr>${head!.map((h) => `<th>${escapeHtml(h)}</th>`).join('')}</tr></thead><tbody>${body.map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join('')}</tr>`).join('')}</tbody></table>`;
}

const link = (url: string | undefined, text: string): string => (url && /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text));

export function renderEvaluationHtml(r: EvaluationReport, lang: Lang): string {
  const w = T[lang];
  const z = r.timezone;
  const parts: string[] = [];
  parts.push(`<h1>${escapeHtml(title(r, w))}</h1><p class="meta">${escapeHtml(`${w.period}: ${periodText(r, lang)} · ${w.asOf} ${fmtInstant(r.asOf, lang, z)} · ${w.generated} ${fmtInstant(r.generatedAt, lang, z)}`)}</p>`);
  parts.push(`<section><h2>1. ${escapeHtml(w.s1)}</h2>${htmlTable([[w.figure, r.previous ? w.thisMonth : w.thisPeriod, ...(r.previous ? [w.prevMonth] : [])], ...summaryRows(r.summary, r.previous, w, lang)], 'num')}</section>`);
  const issues = r.issues.filter((x) => x.effect).map((i) => {
    const e = effectLines(i, w, lang, z);
    const picks = i.effect!.pickup.mentions.slice(0, 5).map((p) => `<li>${link(p.url, p.title || p.url)} — ${escapeHtml(p.source)}</li>`).join('');
    return `<article><h3>${escapeHtml(i.label)}</h3><p class="meta">${escapeHtml(`${w.issue} ${i.issueId}${i.opd ? ` · ${i.opd}` : ''} · ${num(i.volume, lang)} ${w.mentionsWord}`)}</p><p>${escapeHtml(e.head)}</p>${htmlTable(e.table, 'num')}<ul>${e.tail.map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul>${picks ? `<ul class="small">${picks}</ul>` : ''}</article>`;
  });
  const rest = r.issues.filter((x) => !x.effect).slice(0, 20);
  parts.push(`<section><h2>2. ${escapeHtml(w.s2)}</h2>${r.issues.length ? '' : `<p>${escapeHtml(w.noIssues)}</p>`}${issues.join('')}${rest.length ? `<p><b>${escapeHtml(w.noResponse)}:</b></p><ul>${rest.map((i) => `<li>${escapeHtml(`${i.label} (${i.issueId}) — ${num(i.volume, lang)} ${w.mentionsWord}, ${num(i.negative, lang)} ${w.negWord}`)}</li>`).join('')}</ul>` : ''}</section>`);
  parts.push(`<section><h2>3. ${escapeHtml(w.s3)}</h2>${r.channels.length ? htmlTable([[w.channel, '', w.questions, w.median, w.p90], ...r.channels.map((c) => [c.name, c.kind === 'owned' ? w.kindOwned : w.kindComplaints, `${num(c.answered, lang)} / ${num(c.total, lang)}`, hours(c.median, lang), hours(c.p90, lang)])]) : `<p>${escapeHtml(w.noChannels)}</p>`}</section>`);
  parts.push(`<section><h2>4. ${escapeHtml(w.s4)}</h2>${r.opd.length ? htmlTable([[w.opd, w.total, w.answered, w.open, w.overdue, w.median, w.p90], ...r.opd.map((o) => [o.opd, num(o.total, lang), num(o.answered, lang), num(o.open, lang), num(o.overdue, lang), hours(o.answerHours.median, lang), hours(o.answerHours.p90, lang)])]) : `<p>${escapeHtml(w.noOpd)}</p>`}</section>`);
  parts.push(`<section><h2>5. ${escapeHtml(w.s5)}</h2>${r.overdue.length ? `<ul>${r.overdue.map((o) => `<li>${link(o.url, o.title)} — ${escapeHtml(`${o.opd}; ${o.id}; ${w.received} ${fmtInstant(o.receivedAt, lang, z)}, ${w.deadline} ${fmtInstant(o.deadline, lang, z)}`)}</li>`).join('')}</ul>` : `<p>${escapeHtml(w.noOverdue)}</p>`}</section>`);
  parts.push(`<section><h2>6. ${escapeHtml(w.s6)}</h2>${r.cadence.length ? htmlTable([[w.channel, w.target, w.actual, w.meets, w.gaps], ...r.cadence.map((c) => [c.name, fmtNumber(c.targetPerDay, lang, 2), fmtNumber(c.postsPerDay, lang, 2), c.meetsTarget ? w.yes : w.no, `${num(c.gaps, lang)} (${hours(c.longestGapHours, lang)})`])]) : `<p>${escapeHtml(w.noCadence)}</p>`}</section>`);
  parts.push(`<section><h2>7. ${escapeHtml(w.s7)}</h2><ul>${w.methodText(r).map((t) => `<li>${escapeHtml(t)}</li>`).join('')}</ul></section>`);
  const css = `body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;max-width:960px;margin:24px auto;padding:0 16px;font-size:14px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;border-bottom:2px solid #0b5;padding-bottom:2px;margin-top:28px}h3{font-size:15px;margin:18px 0 2px}
.meta{color:#555;margin:2px 0 8px}table{border-collapse:collapse;margin:6px 0;width:100%}th,td{border:1px solid #ccc;padding:4px 6px;text-align:left;vertical-align:top}
th{background:#f2f5f3}table.num td+td{text-align:right}.small{font-size:12px}article{break-inside:avoid}section{break-inside:auto}a{color:#064}
@media print{body{margin:0;max-width:none}}`;
  return `<!doctype html><html lang="${lang}" data-charts="ready"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(title(r, w))}</title><style>${css}</style></head><body>${parts.join('\n')}</body></html>\n`;
}

export const SECTION_TITLES = { id: [T.id.s1, T.id.s2, T.id.s3, T.id.s4, T.id.s5, T.id.s6, T.id.s7], en: [T.en.s1, T.en.s2, T.en.s3, T.en.s4, T.en.s5, T.en.s6, T.en.s7] };
