// Correction controls beyond sentiment for one mention: its topic (from the taxonomy) and its place
// (the gazetteer searched by name through GET /api/regions, then the chosen Kemendagri code). The
// place picker is shared with the bulk bar. Names come in as text nodes and option values only.
import { get, post } from './api.js';
import { ct } from './corrections-i18n.js';
import { h, toast } from './dom.js';
import { getLang, t } from './i18n.js';
import type { Meta, MentionView } from './types.js';

export interface Region {
  code: string;
  name: string;
  level: string;
}

/** A search box and a list of matching regions; `value()` is the chosen code list ([] = no place). */
export function placePicker(): { el: HTMLElement; value(): string[] | undefined } {
  const input = h('input', { type: 'search', placeholder: ct('placeSearch'), 'aria-label': ct('placeSearch'), 'data-testid': 'place-search', size: '18' });
  const results = h('select', { 'aria-label': ct('placeCorrect'), 'data-testid': 'place-results' });
  const reset = () => {
    while (results.firstChild) results.firstChild.remove();
    results.append(h('option', { value: '' }, ct('placeHint')), h('option', { value: '-' }, ct('placeNone')));
  };
  reset();
  let asked = 0;
  input.addEventListener('input', async () => {
    const q = input.value.trim();
    const mine = ++asked;
    if (q.length < 2) return reset();
    try {
      const r = await get<{ items: Region[] }>(`/api/regions?q=${encodeURIComponent(q)}&limit=20`);
      if (mine !== asked) return; // an older answer after a newer one: ignore it
      while (results.firstChild) results.firstChild.remove();
      for (const p of r.items) results.append(h('option', { value: p.code }, `${p.name} (${p.code})`));
      results.append(h('option', { value: '-' }, ct('placeNone')));
    } catch (e) {
      toast(`${t('failed')}: ${(e as Error).message}`);
    }
  });
  return { el: h('span', { class: 'place-picker' }, input, results), value: () => (results.value === '' ? undefined : results.value === '-' ? [] : [results.value]) };
}

export function topicSelect(meta: Meta, testid: string): HTMLSelectElement {
  const sel = h('select', { 'aria-label': ct('correctTopic'), 'data-testid': testid });
  sel.append(h('option', { value: '' }, ct('topicPick')));
  for (const x of meta.topics) sel.append(h('option', { value: x.id }, x.label[getLang()]));
  return sel;
}

async function correct(m: MentionView, field: string, value: unknown, onChange: () => void): Promise<void> {
  try {
    await post(`/api/mentions/${encodeURIComponent(m.id)}/corrections`, { field, value });
    toast(t('saved'));
    onChange();
  } catch (e) {
    toast(`${t('failed')}: ${(e as Error).message}`);
  }
}

/** Topic and place for one mention, folded away under "Koreksi lain". */
export function moreCorrections(m: MentionView, meta: Meta, onChange: () => void): HTMLElement {
  const topic = topicSelect(meta, 'correct-topic');
  topic.addEventListener('change', () => {
    if (topic.value) void correct(m, 'topic', topic.value, onChange);
  });
  const picker = placePicker();
  const apply = h('button', { type: 'button', class: 'secondary', 'data-testid': 'place-apply' }, ct('placeApply'));
  apply.addEventListener('click', () => {
    const v = picker.value();
    if (v) void correct(m, 'place', v, onChange);
  });
  return h('details', { class: 'more-corrections' }, h('summary', {}, ct('moreCorrections')), h('span', { class: 'controls' }, topic, picker.el, apply));
}
