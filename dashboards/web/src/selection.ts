// Selecting mentions in a list (a checkbox per row, "select all on this page") and applying one
// correction to the selection through POST /api/corrections (one audit entry per mention).
import { post } from './api.js';
import { placePicker, topicSelect } from './correct-controls.js';
import { ct } from './corrections-i18n.js';
import { h, toast } from './dom.js';
import { t } from './i18n.js';
import type { Meta } from './types.js';

export class Selection {
  private readonly boxes = new Map<string, HTMLInputElement>();
  private readonly listeners: (() => void)[] = [];

  /** The checkbox of one row. */
  box(id: string): HTMLInputElement {
    const b = h('input', { type: 'checkbox', 'aria-label': ct('select'), 'data-testid': 'select' });
    b.addEventListener('change', () => this.changed());
    this.boxes.set(id, b);
    return b;
  }

  /** Rows left the list (a reload): forget their boxes. */
  reset(): void {
    this.boxes.clear();
    this.changed();
  }

  ids(): string[] {
    return [...this.boxes.entries()].filter(([, b]) => b.checked).map(([id]) => id);
  }

  setAll(on: boolean): void {
    for (const b of this.boxes.values()) b.checked = on;
    this.changed();
  }

  onChange(f: () => void): void {
    this.listeners.push(f);
  }

  private changed(): void {
    for (const f of this.listeners) f();
  }
}

/** "Select all", the count, and one correction (field, value) applied to the selection. */
export function bulkBar(sel: Selection, meta: Meta, onDone: () => void, extra: HTMLElement[] = []): HTMLElement {
  const all = h('input', { type: 'checkbox', 'data-testid': 'select-all' });
  all.addEventListener('change', () => sel.setAll(all.checked));
  const count = h('span', { class: 'meta', 'data-testid': 'selected-count' }, `0 ${ct('selected')}`);
  sel.onChange(() => {
    const n = sel.ids().length;
    count.textContent = `${n} ${ct('selected')}`;
    if (!n) all.checked = false;
  });
  const field = h('select', { 'aria-label': ct('bulkField'), 'data-testid': 'bulk-field' });
  for (const [v, label] of [['sentiment', ct('sentiment')], ['topic', ct('topic')], ['place', ct('place')], ['hoax', ct('hoax')]]) field.append(h('option', { value: v! }, label!));
  const sentiment = h('select', { 'aria-label': ct('sentiment'), 'data-testid': 'bulk-sentiment' });
  for (const l of ['positive', 'neutral', 'negative'] as const) sentiment.append(h('option', { value: l }, t(l)));
  const topic = topicSelect(meta, 'bulk-topic');
  const place = placePicker();
  const hoax = h('select', { 'aria-label': ct('hoaxFlag'), 'data-testid': 'bulk-hoax' }, h('option', { value: 'true' }, ct('yes')), h('option', { value: 'false' }, ct('no')));
  const values: Record<string, HTMLElement> = { sentiment, topic, place: place.el, hoax };
  const show = () => {
    for (const [k, el] of Object.entries(values)) el.hidden = k !== field.value;
  };
  field.addEventListener('change', show);
  show();
  const apply = h('button', { type: 'button', 'data-testid': 'bulk-apply' }, ct('bulkApply'));
  apply.addEventListener('click', async () => {
    const mentionIds = sel.ids();
    if (!mentionIds.length) return toast(ct('nothingSelected'));
    const value = field.value === 'sentiment' ? sentiment.value : field.value === 'topic' ? topic.value || undefined : field.value === 'hoax' ? hoax.value === 'true' : place.value();
    if (value === undefined) return;
    apply.disabled = true;
    try {
      const r = await post<{ corrections: unknown[] }>('/api/corrections', { mentionIds, field: field.value, value });
      toast(`${ct('bulkDone')} ${r.corrections.length}`);
      onDone();
    } catch (e) {
      toast(`${t('failed')}: ${(e as Error).message}`);
    } finally {
      apply.disabled = false;
    }
  });
  return h('div', { class: 'bulk', 'data-testid': 'bulk' }, h('label', {}, all, ` ${ct('selectAll')}`), count, field, sentiment, topic, place.el, hoax, apply, ...extra);
}
