// The evaluation on the issue page (issue 23): the responses linked to the issue with their time,
// volume / negative share / hoax spread in the windows before and after the first one, the change in
// negative share with its confidence interval or "belum cukup data", pick-up by outlets, the office's
// reply time and the linked complaints — all from GET /api/issues/{id}/evaluation. humas and admin
// link a response by hand (an own-channel post or a fact, or any mention id/URL or fact id) and
// unlink one; the API uses the same function as `pantau evaluate link`.
import { canWrite, del, get, post, qs } from './api.js';
import { clear, h, link, toast } from './dom.js';
import { getLang, num, t, when } from './i18n.js';
import type { MentionView } from './types.js';
import { w } from './words-geo-eval.js';

interface Link { issueId: string; kind: 'mention' | 'fact'; itemId: string; at: string; how: 'auto' | 'manual'; url?: string; title?: string }
interface Window { from: string; to: string; volume: number; negative: number; negativeShare: number | null; hoax: number; hoaxSpreaders: number }
interface Effect {
  response: Link; firstMention: string | null; replyHours: number | null; before: Window; after: Window; enough: boolean; minMentions: number;
  negativeShareChange: { diff: number; low: number; high: number; confidence: number } | null;
  pickup: { count: number; mentions: { id: string; url: string; title: string; source: string; publishedAt: string; how: 'link' | 'cite' }[] };
}
interface Complaint { id: string; title?: string; text: string; url?: string; opd: string; receivedAt: string; status: string }
export interface Evaluation {
  timezone: string; options: { beforeHours: number; afterHours: number; minMentions: number; confidence: number };
  issueId: string; responses: Link[]; effect?: Effect; complaints: Complaint[];
}
interface FactItem { id: string; statement: string; date: string; opd: string }

const pct = (x: number | null): string => (x === null ? '-' : `${num(x * 100, 1)}%`);
const signed = (x: number, digits = 1): string => `${x > 0 ? '+' : x < 0 ? '−' : ''}${num(Math.abs(x), digits)}`;

function figuresTable(e: Effect): HTMLElement {
  const row = (label: string, key: string, b: string, a: string, change: string) =>
    h('tr', {}, h('th', { scope: 'row' }, label), h('td', { 'data-testid': `ev-before-${key}` }, b), h('td', { 'data-testid': `ev-after-${key}` }, a), h('td', {}, change));
  const { before: b, after: a } = e;
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'ev-table' },
      h('thead', {}, h('tr', {}, h('th', {}, ''), h('th', {}, w().before), h('th', {}, w().after), h('th', {}, w().change))),
      h(
        'tbody',
        {},
        row(w().volume, 'volume', num(b.volume), num(a.volume), signed(a.volume - b.volume, 0)),
        row(w().negShare, 'negshare', `${pct(b.negativeShare)} (${num(b.negative)})`, `${pct(a.negativeShare)} (${num(a.negative)})`, e.negativeShareChange ? `${signed(e.negativeShareChange.diff * 100)} ${w().points}` : w().notEnough),
        row(w().hoax, 'hoax', `${num(b.hoax)} (${num(b.hoaxSpreaders)})`, `${num(a.hoax)} (${num(a.hoaxSpreaders)})`, signed(a.hoax - b.hoax, 0)),
      ),
    ),
  );
}

function changeLine(e: Effect): HTMLElement {
  const c = e.negativeShareChange;
  if (!c) {
    return h('p', { class: 'ev-change', 'data-testid': 'ev-change', 'data-enough': 'false' }, h('b', {}, `${w().changeLine}: `), h('span', { class: 'ev-notenough' }, w().notEnough), ` — ${w().notEnoughWhy(e.minMentions, e.before.volume, e.after.volume)}`);
  }
  const verdict = c.high < 0 ? w().fell : c.low > 0 ? w().rose : w().unclear;
  return h(
    'p',
    { class: 'ev-change', 'data-testid': 'ev-change', 'data-enough': 'true', 'data-diff': String(c.diff), 'data-low': String(c.low), 'data-high': String(c.high) },
    h('b', {}, `${w().changeLine}: `),
    `${signed(c.diff * 100)} ${w().points} (${w().ci(Math.round(c.confidence * 100))}: ${signed(c.low * 100)} ${w().to} ${signed(c.high * 100)}) — ${verdict}`,
  );
}

function responsesList(ev: Evaluation, reload: () => void): HTMLElement {
  const ul = h('ul', { class: 'plain', 'data-testid': 'ev-responses' });
  for (const r of ev.responses) {
    const li = h(
      'li',
      { 'data-response': `${r.kind}:${r.itemId}` },
      h('span', { class: 'meta' }, `${when(r.at, ev.timezone)} · ${r.kind === 'fact' ? w().kindFact : w().kindMention} · ${r.how === 'manual' ? w().manual : w().auto}`),
      ' ',
      link(r.url, r.title || r.itemId),
    );
    if (canWrite()) {
      const b = h('button', { type: 'button', class: 'secondary', 'data-testid': 'ev-unlink' }, w().unlink);
      b.addEventListener('click', async () => {
        b.disabled = true;
        try {
          await del(`/api/issues/${encodeURIComponent(ev.issueId)}/responses/${r.kind}/${encodeURIComponent(r.itemId)}`);
          toast(w().unlinked);
          reload();
        } catch (e) {
          toast(`${t('failed')}: ${(e as Error).message}`);
          b.disabled = false;
        }
      });
      li.append(' ', b);
    }
    ul.append(li);
  }
  return ul;
}

/** The hand-linking form: the office's own posts around the issue and the fact base, or an id/URL typed in. */
async function linkForm(ev: Evaluation, span: { from: string; to: string }, reload: () => void): Promise<HTMLElement> {
  const [owned, facts] = await Promise.all([
    get<{ items: MentionView[] }>(`/api/mentions${qs({ owned: true, from: span.from, to: span.to, limit: 100 })}`),
    get<{ items: FactItem[] }>('/api/facts'),
  ]);
  const pick = h('select', { name: 'item', 'data-testid': 'ev-pick' }, h('option', { value: '' }, w().choose));
  const og = h('optgroup', { label: w().ownedGroup });
  for (const m of owned.items) og.append(h('option', { value: `mention:${m.id}` }, `${when(m.publishedAt, ev.timezone)} · ${m.source} · ${(m.title || m.snippet || m.id).slice(0, 90)}`));
  const fg = h('optgroup', { label: w().factGroup });
  for (const f of [...facts.items].sort((a, b) => b.date.localeCompare(a.date)).slice(0, 200)) fg.append(h('option', { value: `fact:${f.id}` }, `${f.date} · ${f.opd} · ${f.statement.slice(0, 90)}`));
  if (og.childElementCount) pick.append(og);
  if (fg.childElementCount) pick.append(fg);
  const other = h('input', { name: 'other', size: '28', maxlength: '2000', 'data-testid': 'ev-other' });
  const at = h('input', { name: 'at', type: 'datetime-local', 'data-testid': 'ev-at' });
  const error = h('p', { class: 'error', role: 'alert' });
  const submit = h('button', { type: 'submit', 'data-testid': 'ev-link' }, w().linkSubmit);
  const form = h('form', { class: 'toolbar ev-link-form', 'data-testid': 'ev-link-form' }, h('label', {}, w().linkPick, pick), h('label', {}, w().linkOther, other), h('label', {}, w().linkAt, at), submit, error);
  form.addEventListener('submit', async (e) => {
    e.preventDefault();
    const typed = other.value.trim();
    const [kind, ...rest] = pick.value.split(':');
    const body: Record<string, string> = typed ? { item: typed } : { item: rest.join(':'), kind: kind! };
    if (!body.item) {
      error.textContent = w().linkPick;
      return;
    }
    if (at.value) body.at = at.value; // local wall time, read in the office's zone by the API
    submit.disabled = true;
    try {
      await post(`/api/issues/${encodeURIComponent(ev.issueId)}/responses`, body);
      toast(w().linked);
      reload();
    } catch (x) {
      error.textContent = (x as Error).message;
      submit.disabled = false;
    }
  });
  return h('div', {}, h('h3', {}, w().linkTitle), form);
}

/** The evaluation section of one issue; `span` bounds the own-channel posts offered for linking. */
export function evaluationSection(issueId: string, span: { from: string; to: string }): HTMLElement {
  const box = h('section', { class: 'card evaluation', 'data-testid': 'evaluation' }, h('h2', {}, w().evaluation), h('p', { class: 'meta' }, t('loading')));
  let loads = 0;
  const load = async (): Promise<void> => {
    const ev = await get<Evaluation>(`/api/issues/${encodeURIComponent(issueId)}/evaluation`);
    const reload = () => void load().catch((e: Error) => toast(e.message));
    const o = ev.options;
    const parts: HTMLElement[] = [h('h2', {}, w().evaluation), h('p', { class: 'meta' }, w().window(o.beforeHours, o.afterHours, o.minMentions, Math.round(o.confidence * 100))), h('h3', {}, w().responses)];
    if (!ev.responses.length) parts.push(h('p', { 'data-testid': 'ev-none' }, w().noResponses));
    else parts.push(responsesList(ev, reload));
    const e = ev.effect;
    if (e) {
      parts.push(
        h('p', { class: 'meta' }, `${w().before}: ${when(e.before.from, ev.timezone)} – ${when(e.before.to, ev.timezone)} · ${w().after}: ${when(e.after.from, ev.timezone)} – ${when(e.after.to, ev.timezone)}`),
        figuresTable(e),
        changeLine(e),
        h('p', { 'data-testid': 'ev-reply', 'data-hours': e.replyHours === null ? '' : String(e.replyHours) }, h('b', {}, `${w().reply}: `), e.replyHours === null ? w().replyNone : w().replyLine(num(e.replyHours, 1), when(e.firstMention ?? undefined, ev.timezone))),
      );
      const pick = h('ul', { class: 'plain' });
      for (const m of e.pickup.mentions.slice(0, 10)) pick.append(h('li', {}, link(m.url, m.title || m.url), ' ', h('span', { class: 'meta' }, `${m.source} · ${when(m.publishedAt, ev.timezone)}`)));
      parts.push(h('p', { 'data-testid': 'ev-pickup', 'data-count': String(e.pickup.count) }, h('b', {}, `${w().pickup}: `), e.pickup.count ? `${num(e.pickup.count)} ${w().mentions}` : w().pickupNone), pick);
    }
    if (ev.complaints.length) {
      const ul = h('ul', { class: 'plain', 'data-testid': 'ev-complaints' });
      for (const c of ev.complaints) ul.append(h('li', {}, link(c.url, c.title || c.text.slice(0, 120)), ' ', h('span', { class: 'meta' }, `${c.opd} · ${when(c.receivedAt, ev.timezone)} · ${w().status[c.status as 'open'] ?? c.status}`)));
      parts.push(h('h3', {}, w().complaints), ul);
    }
    if (canWrite()) parts.push(await linkForm(ev, span, reload));
    clear(box);
    box.append(...parts);
    box.dataset.loaded = String(++loads);
    box.dataset.lang = getLang();
  };
  void load().catch((e: Error) => {
    clear(box);
    box.append(h('h2', {}, w().evaluation), h('p', { class: 'error', role: 'alert' }, e.message));
  });
  return box;
}
