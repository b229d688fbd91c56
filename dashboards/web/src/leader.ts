// The leadership view (pimpinan): read-only, the few numbers that matter, large type, one column on
// a phone — today's mentions and negative share, open alerts, hoax issues, the top issues.
import { get, qs } from './api.js';
import { clear, h } from './dom.js';
import { getLang, num, t } from './i18n.js';
import { localToday, sentimentBar } from './issues.js';
import type { Alert, IssueMap, Meta } from './types.js';

export async function renderLeader(view: HTMLElement, meta: Meta, params: URLSearchParams): Promise<void> {
  const day = params.get('date') || localToday(meta.timezone);
  const [map, alerts] = await Promise.all([get<IssueMap>(`/api/issues${qs({ date: day, lang: getLang() })}`), get<{ items: Alert[] }>('/api/alerts?open=true&limit=100')]);
  const s = map.totals.sentiment;
  const city = s.positive + s.neutral + s.negative;
  const kpi = (value: string, label: string, id: string) => h('div', { class: 'kpi', 'data-testid': id }, h('b', {}, value), h('span', {}, label));
  const top = h('ol', { class: 'plain' });
  for (const i of map.issues.slice(0, 5)) {
    top.append(
      h(
        'li',
        { class: 'issue-line' },
        h('b', {}, i.label),
        h('br'),
        `${num(i.volume)} ${t('mentions')} · ${num(Math.round(i.negativeShare * 100))}% ${t('negative')} · ${t(`trend.${i.trend.direction}`)}`,
        i.hoax.flagged ? h('span', { class: 'badge hoax' }, ` ${t('hoax')}`) : null,
        sentimentBar(i.sentiment),
      ),
    );
  }
  clear(view);
  view.append(
    h(
      'section',
      { class: 'leader' },
      h('p', { class: 'meta' }, `${t('today')}: ${day} · ${t('readOnly')}`),
      h(
        'div',
        { class: 'kpis' },
        kpi(num(city), t('mentions'), 'kpi-mentions'),
        kpi(`${num(city ? Math.round((100 * s.negative) / city) : 0)}%`, t('negShareShort'), 'kpi-negative'),
        kpi(num(alerts.items.filter((a) => !a.acknowledged).length), t('openAlerts'), 'kpi-alerts'),
        kpi(num(map.issues.filter((i) => i.hoax.flagged).length), t('hoaxIssues'), 'kpi-hoax'),
      ),
      h('h2', {}, t('topIssues')),
      top,
    ),
  );
}
