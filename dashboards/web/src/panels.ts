// Alerts (with acknowledge), source health and the owned-channel audit.
import { canWrite, get, post } from './api.js';
import { clear, h, link, toast } from './dom.js';
import { num, t, when } from './i18n.js';
import type { Alert, Meta } from './types.js';

export async function renderAlerts(view: HTMLElement, meta: Meta): Promise<void> {
  const r = await get<{ items: Alert[] }>('/api/alerts?limit=100');
  clear(view);
  if (!r.items.length) view.append(h('p', {}, t('noAlerts')));
  for (const a of r.items) {
    const state = a.acknowledged ? t('acked') : a.status === 'open' ? t('open') : t('resolved');
    const card = h(
      'article',
      { class: 'card', 'data-alert': a.id },
      h('h2', {}, a.label),
      h('p', { class: 'meta' }, `${a.kind} · ${when(a.startedAt, meta.timezone)} · `, h('span', { 'data-testid': 'alert-state' }, state)),
      h('p', {}, `${num(a.numbers.negative)} ${t('negative')} / ${num(a.numbers.total)} ${t('mentions')} (≈ ${num(a.numbers.baseline, 1)})`),
    );
    const ul = h('ul', { class: 'plain' });
    for (const s of a.samples) ul.append(h('li', {}, link(s.url, s.title), ' ', h('span', { class: 'meta' }, s.source)));
    card.append(ul);
    if (canWrite() && !a.acknowledged) {
      const b = h('button', { type: 'button', 'data-testid': 'ack' }, t('ack'));
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          await post(`/api/alerts/${encodeURIComponent(a.id)}/ack`);
          toast(t('acked'));
          await renderAlerts(view, meta);
        } catch (e) {
          toast(`${t('failed')}: ${(e as Error).message}`);
          b.disabled = false;
        }
      });
      card.append(b);
    }
    view.append(card);
  }
}

interface SourceRow { id: string; name: string; kind: string; status: string; lastRunAt?: string; lastSuccessAt?: string; consecutiveFailures: number; lastError?: string; itemsFound: number }

export async function renderSources(view: HTMLElement, meta: Meta): Promise<void> {
  const r = await get<{ items: SourceRow[] }>('/api/sources');
  clear(view);
  if (!r.items.length) {
    view.append(h('p', {}, t('noSources')));
    return;
  }
  const tb = h('tbody');
  for (const s of r.items) {
    tb.append(h('tr', {}, h('td', {}, s.name, h('br'), h('span', { class: 'meta' }, s.kind)), h('td', {}, s.status), h('td', {}, when(s.lastRunAt, meta.timezone)), h('td', {}, when(s.lastSuccessAt, meta.timezone)), h('td', {}, num(s.consecutiveFailures)), h('td', {}, num(s.itemsFound)), h('td', {}, s.lastError ?? '')));
  }
  view.append(
    h('div', { class: 'card table-wrap' }, h('table', {}, h('thead', {}, h('tr', {}, ...[t('source'), t('status'), t('lastRun'), t('lastOk'), t('failures'), t('items'), t('error')].map((x) => h('th', {}, x)))), tb)),
    h('p', { class: 'meta' }, `${t('export')}: `, h('a', { href: '/api/sources?format=csv' }, 'CSV')),
  );
}

interface AuditChannel {
  sourceId: string;
  name: string;
  posts: { total: number; perDay: number };
  gaps: unknown[];
  comments: { total: number; answered: number; share: number | null };
  questions: { total: number; answered: number; share: number | null; answeredWithinDeadline: number };
  firstReplyHours: { n: number; median: number | null; p90: number | null };
  overdue: { url: string; author?: string; publishedAt: string; deadline: string; text: string }[];
}

const pct = (x: number | null) => (x === null ? '-' : `${num(x * 100)}%`);
const hours = (x: number | null) => (x === null ? '-' : `${num(x, 1)} j`);

export async function renderAudit(view: HTMLElement, meta: Meta): Promise<void> {
  const r = await get<{ channels: AuditChannel[] }>('/api/audit');
  clear(view);
  if (!r.channels.length) {
    view.append(h('p', {}, t('noChannels')));
    return;
  }
  for (const c of r.channels) {
    const card = h(
      'article',
      { class: 'card' },
      h('h2', {}, c.name),
      h('p', {}, `${t('posts')}: ${num(c.posts.total)} (${num(c.posts.perDay, 1)}/hari) · ${t('answered')}: ${pct(c.questions.share)} · ${t('replyMedian')}: ${hours(c.firstReplyHours.median)} (p90 ${hours(c.firstReplyHours.p90)})`),
    );
    if (c.overdue.length) {
      const ul = h('ul', { class: 'plain' });
      for (const q of c.overdue.slice(0, 30)) ul.append(h('li', {}, link(q.url, q.text.slice(0, 200)), ' ', h('span', { class: 'meta' }, `${q.author ?? ''} · ${when(q.publishedAt, meta.timezone)}`)));
      card.append(h('p', {}, h('b', {}, `${t('overdue')} (${num(c.overdue.length)})`)), ul);
    }
    view.append(card);
  }
}
