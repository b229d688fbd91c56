// The morning issue map: a chart of volume and negative share over the last two weeks, then one card
// per issue (label, trend, sentiment bar, top places, hoax badge, linked facts and the brief, copy
// for WhatsApp), each with its mentions and their correction controls.
import { canWrite, get, qs } from './api.js';
import { clear, h, link, toast } from './dom.js';
import { getLang, num, t } from './i18n.js';
import { issueCorrectionsPanel, mergeControl, splitButton } from './issue-actions.js';
import { choroplethCard } from './choropleth.js';
import { mentionRow } from './mention-row.js';
import { bulkBar, Selection } from './selection.js';
import type { Issue, IssueMap, Meta } from './types.js';

declare const Chart: new (el: HTMLCanvasElement, cfg: unknown) => { destroy(): void };
let chart: { destroy(): void } | undefined;

/** The local day (YYYY-MM-DD) in the office's zone of `at` (default now). */
export function localToday(zone: string, at: Date = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

export function addDays(day: string, n: number): string {
  const d = new Date(`${day}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + n);
  return d.toISOString().slice(0, 10);
}

export function sentimentBar(s: { positive: number; neutral: number; negative: number }): HTMLElement {
  const total = s.positive + s.neutral + s.negative || 1;
  const bar = h('div', { class: 'bar', role: 'img', 'aria-label': `${t('positive')} ${s.positive}, ${t('neutral')} ${s.neutral}, ${t('negative')} ${s.negative}` });
  for (const k of ['positive', 'neutral', 'negative'] as const) {
    const seg = h('span', { class: k });
    seg.style.width = `${(100 * s[k]) / total}%`;
    bar.append(seg);
  }
  return bar;
}

/** Plain text for the office's WhatsApp group: *bold*, _italic_, "- " bullets, bare links. */
export function whatsappText(i: Issue): string {
  const lines = [`*${i.label}*`, `${num(i.volume)} ${t('mentions')} (${t(`trend.${i.trend.direction}`)}), ${num(Math.round(i.negativeShare * 100))}% ${t('negative')}`];
  if (i.hoax.flagged) lines.push(`_${t('hoax')}_`);
  if (i.regions.length) lines.push(`${t('places')}: ${i.regions.slice(0, 3).map((r) => r.name).join(', ')}`);
  if (i.brief?.summary) lines.push('', `_${i.brief.summary}_`);
  if (i.facts.length) {
    lines.push('', `${t('facts')}:`);
    for (const f of i.facts.slice(0, 3)) lines.push(`- ${f.statement} ${f.source_url}`);
  }
  if (i.brief?.holdingStatement) lines.push('', `${t('holding')}: ${i.brief.holdingStatement}`);
  else if (i.brief?.needsData) lines.push('', i.brief.needsData);
  return lines.join('\n').slice(0, 1600);
}

async function copy(text: string): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    const ta = h('textarea', {}, text);
    document.body.append(ta);
    ta.select();
    document.execCommand('copy');
    ta.remove();
  }
  toast(t('copied'));
}

function issueCard(i: Issue, day: string, meta: Meta, reload: () => void, all: readonly Issue[]): HTMLElement {
  const dir = i.trend.direction;
  // As in the map's reports: the word carries the direction ("turun 4", not "turun -4"; "tetap", not "tetap +0").
  const change = dir === 'new' ? t('trend.new') : `${t(`trend.${dir}`)}${i.trend.change ? ` ${num(Math.abs(i.trend.change))}` : ''}`;
  const card = h(
    'article',
    { class: 'card issue', 'data-issue': i.id },
    h('h2', {}, `${i.rank}. `, h('a', { href: `#/isu/${encodeURIComponent(i.id)}?date=${day}`, class: 'issue-link', 'data-testid': 'issue-link' }, i.label)),
    h(
      'p',
      { class: 'meta' },
      h('span', { 'data-testid': 'volume' }, `${num(i.volume)} ${t('mentions')}`),
      ' · ',
      h('span', { class: `badge ${dir}` }, change),
      i.hoax.flagged ? h('span', { class: 'badge hoax', 'data-testid': 'hoax' }, t('hoax')) : null,
    ),
    sentimentBar(i.sentiment),
    h(
      'p',
      { class: 'meta', 'data-testid': 'split', 'data-positive': String(i.sentiment.positive), 'data-neutral': String(i.sentiment.neutral), 'data-negative': String(i.sentiment.negative) },
      `${t('positive')} ${num(i.sentiment.positive)} · ${t('neutral')} ${num(i.sentiment.neutral)} · ${t('negative')} ${num(i.sentiment.negative)}`,
    ),
    i.regions.length ? h('p', {}, h('b', {}, `${t('places')}: `), i.regions.slice(0, 3).map((r) => r.name).join(', ')) : null,
  );
  if (i.facts.length) {
    const ul = h('ul', { class: 'plain' });
    for (const f of i.facts.slice(0, 3)) ul.append(h('li', {}, f.statement, ' ', h('span', { class: 'meta' }, '(', link(f.source_url, f.opd), ')')));
    card.append(h('p', {}, h('b', {}, t('facts'))), ul);
  }
  if (i.brief) {
    card.append(
      h('details', {}, h('summary', {}, t('brief')), h('p', {}, i.brief.summary), i.brief.holdingStatement ? h('p', {}, h('b', {}, `${t('holding')}: `), i.brief.holdingStatement) : null, i.brief.needsData ? h('p', { class: 'error' }, i.brief.needsData) : null, h('p', { class: 'meta' }, `${t('opd')}: ${i.brief.opd}`)),
    );
  }
  const wa = h('button', { type: 'button', class: 'secondary' }, t('copyWa'));
  wa.addEventListener('click', () => void copy(whatsappText(i)));
  card.append(h('p', {}, wa), mergeControl(i, all, reload) ?? '');
  const list = h('ul', { class: 'plain' });
  // humas and admin: select mentions to correct together or split out (selection.ts, issue-actions.ts).
  const selection = canWrite() ? new Selection() : undefined;
  const det = h('details', { 'data-testid': 'mentions' }, h('summary', {}, `${t('allMentions')} (${num(i.mentionCount ?? i.volume)})`), list);
  det.addEventListener('toggle', async () => {
    if (!det.open || list.childElementCount) return;
    list.append(h('li', {}, t('loading')));
    const d = await get<{ issue: Issue }>(`/api/issues/${encodeURIComponent(i.id)}${qs({ date: day, lang: getLang() })}`);
    clear(list);
    for (const m of d.issue.mentions ?? []) list.append(mentionRow(m, meta.timezone, reload, { meta, ...(selection ? { selection } : {}) }));
  });
  if (selection) list.before(bulkBar(selection, meta, reload, [splitButton(i, selection, reload)]));
  card.append(det);
  return card;
}

async function drawChart(box: HTMLElement, day: string): Promise<void> {
  const tr = await get<{ points: { key: string; count: number; negativeShare: number }[] }>(`/api/trends${qs({ from: addDays(day, -13), to: day, interval: 'day' })}`);
  const canvas = h('canvas', { 'aria-label': t('chart') });
  clear(box);
  box.append(canvas);
  chart?.destroy();
  if (typeof Chart === 'undefined') return;
  chart = new Chart(canvas, {
    data: {
      labels: tr.points.map((p) => p.key.slice(5)),
      datasets: [
        { type: 'bar', label: t('volume'), data: tr.points.map((p) => p.count), backgroundColor: '#5dade2', yAxisID: 'y', order: 1 },
        { type: 'line', label: t('negShare'), data: tr.points.map((p) => Math.round(p.negativeShare * 100)), borderColor: '#c0392b', backgroundColor: '#c0392b', yAxisID: 'y1', order: 0 },
      ],
    },
    options: { responsive: true, maintainAspectRatio: false, animation: false, scales: { y: { beginAtZero: true }, y1: { position: 'right', min: 0, max: 100, grid: { drawOnChartArea: false } } } },
  });
}

export async function renderIssues(view: HTMLElement, meta: Meta, params: URLSearchParams): Promise<void> {
  const day = params.get('date') || localToday(meta.timezone);
  const date = h('input', { type: 'date', name: 'date', value: day });
  const go = h('button', { type: 'submit' }, t('show'));
  const form = h('form', { class: 'toolbar' }, h('label', {}, t('date'), date), go);
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    location.hash = `#/isu?date=${date.value}`;
  });
  const chartBox = h('div', { class: 'chart-box' });
  const grid = h('div', { class: 'grid', id: 'issues' });
  const summary = h('p', { class: 'meta', 'data-testid': 'totals' });
  const history = h('section', { class: 'card', 'data-testid': 'issue-history' });
  clear(view);
  view.append(form, h('div', { class: 'overview' }, h('section', { class: 'card' }, h('h2', {}, t('chart')), chartBox), choroplethCard(meta, day)), summary, grid, history);
  const load = async () => {
    const map = await get<IssueMap>(`/api/issues${qs({ date: day, lang: getLang() })}`);
    summary.textContent = `${map.period.from}: ${num(map.totals.city)} ${t('mentions')}, ${num(map.totals.issues)} ${t('issues')}`;
    clear(grid);
    if (!map.issues.length) grid.append(h('p', {}, t('noIssues')));
    for (const i of map.issues) grid.append(issueCard(i, day, meta, () => void load(), map.issues));
    await issueCorrectionsPanel(history, meta.timezone, () => void load());
  };
  await Promise.all([load(), drawChart(chartBox, day)]);
}
