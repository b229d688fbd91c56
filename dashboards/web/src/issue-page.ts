// One issue in detail (#/isu/ID?date=D): its label, counts, places and OPD, the evaluation of the
// office's responses (evaluation-panel.ts), the linked facts and the brief, and every mention with
// its correction controls. The detail comes from the day's issue map (GET /api/issues/{id}?date=D);
// an issue that is not in that map (or opened without a day) still shows its evaluation and its
// stored mentions (GET /api/mentions?issue=ID).
import { ApiError, get, qs } from './api.js';
import { append, clear, h, link } from './dom.js';
import { getLang, num, t } from './i18n.js';
import { addDays, localToday, sentimentBar } from './issues.js';
import { evaluationSection } from './evaluation-panel.js';
import { mentionRow } from './mention-row.js';
import type { Issue, Meta, MentionView } from './types.js';
import { w } from './words-geo-eval.js';

type DetailIssue = Issue & { firstSeen?: string; lastSeen?: string; brief?: Issue['brief'] & { quotes?: { text: string; url: string; source: string }[] } };

async function detail(id: string, day: string | null): Promise<DetailIssue | undefined> {
  if (!day) return undefined;
  try {
    return (await get<{ issue: DetailIssue }>(`/api/issues/${encodeURIComponent(id)}${qs({ date: day, lang: getLang() })}`)).issue;
  } catch (e) {
    if (e instanceof ApiError && e.status === 404) return undefined;
    throw e;
  }
}

export async function renderIssuePage(view: HTMLElement, meta: Meta, id: string, params: URLSearchParams): Promise<void> {
  const day = params.get('date');
  const issue = await detail(id, day);
  const mentions: MentionView[] = issue?.mentions ?? (await get<{ items: MentionView[] }>(`/api/mentions${qs({ issue: id, limit: 200 })}`)).items;
  const times = mentions.map((m) => m.publishedAt).filter((x): x is string => Boolean(x)).sort();
  const first = issue?.firstSeen ?? times[0];
  const last = issue?.lastSeen ?? times[times.length - 1];
  const fallback = day ?? localToday(meta.timezone);
  // Own-channel posts offered for linking: from the day before the issue began to the day after its last mention.
  const span = { from: addDays(first ? localToday(meta.timezone, new Date(first)) : fallback, -1), to: addDays(last ? localToday(meta.timezone, new Date(last)) : fallback, 1) };

  const page = h('article', { class: 'issue-page', 'data-issue-page': id });
  page.append(h('p', {}, h('a', { href: `#/isu${qs({ date: day ?? undefined })}` }, w().back)), h('h1', {}, issue?.label ?? id));
  if (issue) {
    append(
      page,
      h(
        'p',
        { class: 'meta' },
        `${num(issue.volume)} ${t('mentions')} · ${num(Math.round(issue.negativeShare * 100))}% ${t('negative')} · ${t(`trend.${issue.trend.direction}`)}`,
        issue.hoax.flagged ? h('span', { class: 'badge hoax' }, t('hoax')) : null,
      ),
      sentimentBar(issue.sentiment),
      issue.regions.length ? h('p', {}, h('b', {}, `${w().places}: `), issue.regions.map((r) => r.name).join(', ')) : null,
      h('p', {}, h('b', {}, `${w().opd}: `), issue.opd),
    );
  } else page.append(h('p', { class: 'meta', 'data-testid': 'not-in-map' }, day ? w().notInMap : w().noDay));
  page.append(evaluationSection(id, span));
  if (issue?.facts.length) {
    const ul = h('ul', { class: 'plain', 'data-testid': 'issue-facts' });
    for (const f of issue.facts) ul.append(h('li', {}, f.statement, ' ', h('span', { class: 'meta' }, '(', link(f.source_url, f.opd), ')')));
    page.append(h('section', { class: 'card' }, h('h2', {}, w().facts), ul));
  }
  if (issue?.brief) {
    const b = issue.brief;
    const sec = h('section', { class: 'card', 'data-testid': 'issue-brief' }, h('h2', {}, w().brief), h('p', {}, b.summary));
    for (const q of b.quotes ?? []) sec.append(h('blockquote', {}, `“${q.text}” — `, link(q.url, q.source)));
    if (b.holdingStatement) sec.append(h('p', {}, h('b', {}, `${w().holding}: `), b.holdingStatement));
    if (b.needsData) sec.append(h('p', { class: 'error' }, b.needsData));
    sec.append(h('p', { class: 'meta' }, `${w().opd}: ${b.opd}`));
    page.append(sec);
  }
  const list = h('ul', { class: 'plain', 'data-testid': 'issue-mentions' });
  for (const m of mentions) list.append(mentionRow(m, meta.timezone, () => void renderIssuePage(view, meta, id, params)));
  page.append(h('section', { class: 'card' }, h('h2', {}, `${w().allMentions} (${num(mentions.length)})`), list));
  clear(view);
  view.append(page);
}
