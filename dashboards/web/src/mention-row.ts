// One mention in a list: its title as a link (text only), source, time, sentiment, and for humas
// and admin the correction controls (sentiment, hoax flag; topic and place in correct-controls.ts)
// that apply at once, and the row's checkbox when the list has a selection (selection.ts).
import { canWrite, post } from './api.js';
import { moreCorrections } from './correct-controls.js';
import type { Selection } from './selection.js';
import { h, link, toast } from './dom.js';
import { t, when } from './i18n.js';
import type { Meta, MentionView } from './types.js';

const LABELS = ['positive', 'neutral', 'negative'] as const;

export function mentionRow(m: MentionView, zone: string, onChange: () => void, opts: { meta?: Meta; selection?: Selection } = {}): HTMLElement {
  const flagged = m.hoax?.flagged ?? m.hoaxFlagged ?? false;
  const sent = h('span', { class: `s-${m.sentiment}`, 'data-testid': 'sentiment' }, t(m.sentiment));
  const row = h(
    'li',
    { class: 'mention-row', 'data-mention': m.id },
    h('span', { class: 'title' }, link(m.url, m.title || m.url)),
    h('span', { class: 'meta' }, `${m.source} · ${when(m.publishedAt, zone)}`),
    sent,
    flagged ? h('span', { class: 'badge hoax' }, t('hoax')) : null,
    m.corrected?.length ? h('span', { class: 'corrected' }, `✎ ${t('corrected')}`) : null,
  );
  if (canWrite()) {
    const sel = h('select', { 'aria-label': t('correct'), 'data-testid': 'correct-sentiment' });
    for (const l of LABELS) {
      const o = h('option', { value: l }, t(l));
      if (l === m.sentiment) o.selected = true;
      sel.append(o);
    }
    sel.addEventListener('change', async () => {
      sel.disabled = true;
      try {
        await post(`/api/mentions/${encodeURIComponent(m.id)}/corrections`, { field: 'sentiment', value: sel.value });
        toast(t('saved'));
        onChange();
      } catch (e) {
        toast(`${t('failed')}: ${(e as Error).message}`);
        sel.disabled = false;
      }
    });
    const hoaxBtn = h('button', { type: 'button', class: 'secondary' }, flagged ? t('unmarkHoax') : t('markHoax'));
    hoaxBtn.addEventListener('click', async () => {
      hoaxBtn.disabled = true;
      try {
        await post(`/api/mentions/${encodeURIComponent(m.id)}/corrections`, { field: 'hoax', value: !flagged });
        toast(t('saved'));
        onChange();
      } catch (e) {
        toast(`${t('failed')}: ${(e as Error).message}`);
        hoaxBtn.disabled = false;
      }
    });
    row.append(sel, hoaxBtn);
    if (opts.selection) row.prepend(opts.selection.box(m.id));
    if (opts.meta) row.append(moreCorrections(m, opts.meta, onChange));
  }
  return row;
}
