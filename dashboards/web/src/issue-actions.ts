// Merging and splitting issues from the issue map (humas, admin): on a card, "merge another issue
// into this one" (the card's id survives); in a card's mention list, "split the selection into a new
// issue"; below the cards, the active merges and splits with an undo each.
import { canWrite, get, post } from './api.js';
import { ct } from './corrections-i18n.js';
import { clear, h, toast } from './dom.js';
import { t, when } from './i18n.js';
import type { Selection } from './selection.js';
import type { Issue } from './types.js';

interface IssueCorrection {
  id: number;
  kind: 'merge' | 'split';
  issueId: string;
  otherId: string;
  mentionIds: string[];
  by: string;
  at: string;
}

async function run(what: () => Promise<unknown>, done: string, onDone: () => void): Promise<void> {
  try {
    await what();
    toast(done);
    onDone();
  } catch (e) {
    toast(`${t('failed')}: ${(e as Error).message}`);
  }
}

/** On issue A's card: choose B among the day's other issues and merge it into A. */
export function mergeControl(a: Issue, all: readonly Issue[], onDone: () => void): HTMLElement | null {
  if (!canWrite() || all.length < 2) return null;
  const pick = h('select', { 'aria-label': ct('mergeFrom'), 'data-testid': 'merge-from' }, h('option', { value: '' }, ct('mergePick')));
  for (const b of all) if (b.id !== a.id) pick.append(h('option', { value: b.id }, `${b.rank}. ${b.label}`));
  const go = h('button', { type: 'button', class: 'secondary', 'data-testid': 'merge-apply' }, ct('mergeApply'));
  go.addEventListener('click', () => {
    if (!pick.value) return;
    go.disabled = true;
    void run(() => post(`/api/issues/${encodeURIComponent(a.id)}/merge`, { issueId: pick.value }), ct('merged'), onDone).finally(() => (go.disabled = false));
  });
  return h('p', { class: 'merge' }, h('label', {}, `${ct('mergeFrom')}: `, pick), ' ', go);
}

/** In issue A's mention list: the selected mentions become a new issue. */
export function splitButton(a: Issue, sel: Selection, onDone: () => void): HTMLElement {
  const go = h('button', { type: 'button', class: 'secondary', 'data-testid': 'split-apply' }, ct('splitApply'));
  go.addEventListener('click', () => {
    const mentionIds = sel.ids();
    if (!mentionIds.length) return toast(ct('nothingSelected'));
    go.disabled = true;
    void run(() => post(`/api/issues/${encodeURIComponent(a.id)}/split`, { mentionIds }), ct('split'), onDone).finally(() => (go.disabled = false));
  });
  return go;
}

/** The active merges and splits, newest first, each with who, when and (humas, admin) undo. */
export async function issueCorrectionsPanel(box: HTMLElement, zone: string, onDone: () => void): Promise<void> {
  const r = await get<{ items: IssueCorrection[] }>('/api/issue-corrections?active=true&limit=50');
  clear(box);
  box.hidden = !r.items.length;
  if (!r.items.length) return;
  const ul = h('ul', { class: 'plain' });
  for (const c of r.items) {
    const line = c.kind === 'merge' ? `${c.otherId} ${ct('mergeLine')} ${c.issueId}` : `${c.otherId} (${c.mentionIds.length} ${t('mentions')}) ${ct('splitLine')} ${c.issueId}`;
    const li = h('li', { 'data-testid': 'issue-correction', 'data-kind': c.kind }, line, ' ', h('span', { class: 'meta' }, `${ct('by')} ${c.by}, ${when(c.at, zone)}`));
    if (canWrite()) {
      const undo = h('button', { type: 'button', class: 'secondary', 'data-testid': 'issue-undo' }, t('undo'));
      undo.addEventListener('click', () => void run(() => post(`/api/issue-corrections/${c.id}/undo`), ct('undone'), onDone));
      li.append(' ', undo);
    }
    ul.append(li);
  }
  box.append(h('h2', {}, ct('history')), ul);
}
