// The searchable mentions list with every filter, cursor paging ("load more") and CSV/JSON download
// of the selection; corrections inline for humas and admin.
import { canWrite, get, qs } from './api.js';
import { clear, h } from './dom.js';
import { getLang, t } from './i18n.js';
import { mentionRow } from './mention-row.js';
import { bulkBar, Selection } from './selection.js';
import type { Meta, MentionView } from './types.js';

const FIELDS = ['q', 'from', 'to', 'source', 'kind', 'sentiment', 'topic', 'region', 'issue', 'hoax'] as const;

function select(name: string, options: [string, string][], value: string): HTMLSelectElement {
  const s = h('select', { name });
  for (const [v, label] of [['', t('any')] as [string, string], ...options]) {
    const o = h('option', { value: v }, label);
    if (v === value) o.selected = true;
    s.append(o);
  }
  return s;
}

export async function renderMentions(view: HTMLElement, meta: Meta, params: URLSearchParams): Promise<void> {
  const v = (k: string) => params.get(k) ?? '';
  const lang = getLang();
  const controls: Record<string, HTMLInputElement | HTMLSelectElement> = {
    q: h('input', { name: 'q', type: 'search', value: v('q') }),
    from: h('input', { name: 'from', type: 'date', value: v('from') }),
    to: h('input', { name: 'to', type: 'date', value: v('to') }),
    source: select('source', meta.sources.map((s) => [s.id, s.name]), v('source')),
    kind: select('kind', [['news', 'news'], ['social', 'social']], v('kind')),
    sentiment: select('sentiment', [['positive', t('positive')], ['neutral', t('neutral')], ['negative', t('negative')]], v('sentiment')),
    topic: select('topic', meta.topics.map((x) => [x.id, x.label[lang]]), v('topic')),
    region: h('input', { name: 'region', value: v('region'), placeholder: meta.homeRegion, size: '12' }),
    issue: h('input', { name: 'issue', value: v('issue'), size: '14' }),
    hoax: select('hoax', [['true', t('yes')], ['false', t('no')]], v('hoax')),
  };
  const labels: Record<string, string> = { q: t('search'), from: t('from'), to: t('to'), source: t('source'), kind: t('kind'), sentiment: t('sentiment'), topic: t('topic'), region: t('region'), issue: t('issue'), hoax: t('hoaxOnly') };
  const form = h('form', { class: 'toolbar' });
  for (const k of FIELDS) form.append(h('label', {}, labels[k]!, controls[k]!));
  form.append(h('button', { type: 'submit' }, t('show')));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const p: Record<string, string> = {};
    for (const k of FIELDS) if (controls[k]!.value) p[k] = controls[k]!.value;
    location.hash = `#/sebutan${qs(p)}`;
  });
  const filter: Record<string, string> = {};
  for (const k of FIELDS) if (v(k)) filter[k] = v(k);
  const exports = h('p', { class: 'meta' }, `${t('export')}: `, h('a', { href: `/api/mentions${qs({ ...filter, format: 'csv' })}`, download: 'pantau-mentions.csv' }, 'CSV'), ' · ', h('a', { href: `/api/mentions${qs({ ...filter, format: 'json' })}`, download: 'pantau-mentions.json' }, 'JSON'));
  const list = h('ul', { class: 'plain card', id: 'mention-list' });
  const more = h('button', { type: 'button', class: 'secondary', hidden: true }, t('more'));
  const error = h('p', { class: 'error', role: 'alert' });
  // humas and admin select rows and correct them together (selection.ts).
  const selection = canWrite() ? new Selection() : undefined;
  const bulk = selection ? bulkBar(selection, meta, () => void page(true)) : null;
  clear(view);
  view.append(form, exports, error, ...(bulk ? [bulk] : []), list, more);
  let cursor: string | null = null;
  const page = async (reset: boolean) => {
    try {
      const r = await get<{ items: MentionView[]; nextCursor: string | null }>(`/api/mentions${qs({ ...filter, limit: 50, cursor: reset ? undefined : cursor })}`);
      if (reset) {
        clear(list);
        selection?.reset();
      }
      for (const m of r.items) list.append(mentionRow(m, meta.timezone, () => void page(true), { meta, ...(selection ? { selection } : {}) }));
      cursor = r.nextCursor;
      more.hidden = !cursor;
      error.textContent = '';
    } catch (e) {
      error.textContent = (e as Error).message;
    }
  };
  more.addEventListener('click', () => void page(false));
  await page(true);
}
