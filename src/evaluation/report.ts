// The evaluation report of a period (`pantau evaluate --from D --to D`) or a month (`--month M`,
// with the previous month beside it), built through the Store only. What counts, so every figure
// can be recomputed from the store (test/unit/evaluation/report.test.ts does):
// - mentions: the period's mentions that are not the office's own (owned);
// - issues: distinct issue ids among those mentions (aggregate by the issue facet); an issue is
//   *handled* when at least one response to it is linked with its time inside the period;
// - responses and their effect: src/evaluation/effect.ts, around each handled issue's first response;
// - reply time of an issue: first non-owned mention → first response (median, p90 over issues);
// - complaints: received inside the period, status as of the period's end (or now, if earlier),
//   per OPD and per channel (src/evaluation/complaints.ts);
// - owned channels: the audit's figures (src/audit) over the period: posts per day against the
//   cadence target (options.cadence), gaps, time to first reply to citizens' questions.
import type { Source, Store } from '../core/types.js';
import { nextLocalDay, startOfLocalDay } from '../core/time.js';
import type { ResponseLink } from '../core/evaluation.js';
import { auditChannels, type ChannelAudit, type Classify } from '../audit/audit.js';
import { median, percentile, round } from '../audit/stats.js';
import type { IssueMap } from '../maps/types.js';
import { complaintState, opdTable, type DeadlineRules, type OpdRow, type OverdueItem } from './complaints.js';
import { issueEffect, responseContent, type EffectOptions, type IssueEffect } from './effect.js';
import { scanPeriod } from './issue-profiles.js';
import { autoResponseLinks } from './responses.js';

export const EVALUATION_FORMAT_VERSION = 1;

export interface EvaluationDeps {
  store: Store;
  timezone: string;
  rules: DeadlineRules;
  effect: EffectOptions;
  linkMinScore: number;
  /** Owned sources (audit and cadence). */
  ownedSources: readonly Source[];
  classify: Classify;
  /**
   * The issue map of one day (the CLI passes produceMap, which also writes the day's issue ids);
   * absent: no automatic links, labels are the issue ids.
   */
  mapDay?: (day: string) => Promise<IssueMap>;
  now: () => Date;
}

export interface Summary {
  period: { from: string; to: string };
  mentions: number;
  negative: number;
  issues: number;
  issuesHandled: number;
  responses: number;
  /** Handled issues with enough data for a figure, and of those whose interval lies below zero. */
  effectsMeasured: number;
  negativeFell: number;
  replyHours: { n: number; median: number | null; p90: number | null };
  complaints: { total: number; answered: number; open: number; overdue: number; late: number; answerHours: { n: number; median: number | null; p90: number | null } };
  ownedPosts: number;
}

export interface IssueRow {
  issueId: string;
  label: string;
  opd?: string;
  volume: number;
  negative: number;
  effect?: IssueEffect;
}

export interface ChannelRow {
  channel: string;
  name: string;
  /** 'owned': citizens' questions on an owned channel (audit); 'complaints': an import channel (LAPOR!…). */
  kind: 'owned' | 'complaints';
  n: number;
  answered: number;
  total: number;
  median: number | null;
  p90: number | null;
}

export interface CadenceRow {
  sourceId: string;
  name: string;
  targetPerDay: number;
  postsPerDay: number;
  posts: number;
  meetsTarget: boolean;
  gaps: number;
  longestGapHours: number | null;
}

export interface EvaluationReport {
  version: typeof EVALUATION_FORMAT_VERSION;
  kind: 'period' | 'month';
  period: { from: string; to: string };
  month?: string;
  timezone: string;
  generatedAt: string;
  asOf: string;
  summary: Summary;
  previous?: Summary;
  issues: IssueRow[];
  channels: ChannelRow[];
  opd: OpdRow[];
  overdue: (OverdueItem & { opd: string })[];
  cadence: CadenceRow[];
  method: { beforeHours: number; afterHours: number; minMentions: number; confidence: number; interval: string; percentile: string; deadlineDays: number; holidays: string[] };
}

const stat = (v: number[]) => {
  const m = median(v);
  const p = percentile(v, 0.9);
  return { n: v.length, median: m === undefined ? null : round(m), p90: p === undefined ? null : round(p) };
};

export function daysOf(from: string, to: string): string[] {
  const out: string[] = [];
  for (let d = from; d <= to; d = nextLocalDay(d)) out.push(d);
  return out;
}

interface Built {
  summary: Summary;
  issues: IssueRow[];
  channels: ChannelRow[];
  opd: OpdRow[];
  overdue: (OverdueItem & { opd: string })[];
  cadence: CadenceRow[];
  asOf: number;
}

async function build(deps: EvaluationDeps, from: string, to: string): Promise<Built> {
  const { store } = deps;
  const zone = deps.timezone;
  const fromIso = new Date(startOfLocalDay(from, zone)).toISOString();
  const toMs = startOfLocalDay(nextLocalDay(to), zone);
  const toIso = new Date(toMs).toISOString();
  const asOf = Math.min(deps.now().getTime(), toMs);

  // Automatic links from the day maps (which also give the issues' labels).
  const labels = new Map<string, { label: string; opd: string }>();
  if (deps.mapDay) {
    // The maps first (they write the day's issue ids onto the mentions, the owned ones too), keeping
    // only what the links need; then the owned items (30 days back: the map offers them as facts).
    const kept: Pick<IssueMap, 'issues'>[] = [];
    for (const day of daysOf(from, to)) {
      const map = await deps.mapDay(day);
      for (const i of map.issues) labels.set(i.id, { label: i.label, opd: i.opd });
      kept.push({ issues: map.issues.map((i) => ({ ...i, mentions: [], representatives: [] })) });
    }
    const owned = await scanPeriod(store, new Date(Date.parse(fromIso) - 30 * 86_400_000).toISOString(), toIso, { owned: true });
    for (const map of kept) {
      const auto = autoResponseLinks(map, owned, { minScore: deps.linkMinScore, timezone: zone });
      if (auto.length) await store.putResponseLinks(auto);
      // An automatic link the matching no longer makes (new data, a changed rule) goes; manual ones stay.
      const keep = new Set(auto.map((l) => `${l.issueId}\u0000${l.kind}\u0000${l.itemId}`));
      for (const issue of map.issues) {
        for (const l of await store.listResponseLinks({ issueId: issue.id })) {
          if (l.how === 'auto' && !keep.has(`${l.issueId}\u0000${l.kind}\u0000${l.itemId}`)) await store.deleteResponseLink(l.issueId, l.kind, l.itemId);
        }
      }
    }
  }

  const agg = await store.aggregate({ filter: { from: fromIso, to: toIso, owned: false }, by: ['issue'], size: 10_000 });
  const links = await store.listResponseLinks({ from: fromIso, to: toIso });
  const byIssue = new Map<string, ResponseLink[]>();
  for (const l of links) byIssue.set(l.issueId, [...(byIssue.get(l.issueId) ?? []), l]);
  const issues: IssueRow[] = [];
  for (const b of agg.buckets) {
    const l = labels.get(b.key);
    issues.push({ issueId: b.key, label: l?.label ?? b.key, ...(l ? { opd: l.opd } : {}), volume: b.count, negative: b.negative });
  }
  for (const [issueId, ls] of byIssue) {
    let row = issues.find((i) => i.issueId === issueId);
    if (!row) {
      // A response inside the period to an issue whose mentions fall outside it.
      row = { issueId, label: labels.get(issueId)?.label ?? issueId, volume: 0, negative: 0 };
      issues.push(row);
    }
    const all = await store.listResponseLinks({ issueId });
    const first = [...all].sort((a, b) => Date.parse(a.at) - Date.parse(b.at))[0]!;
    row.effect = await issueEffect(store, issueId, all.length ? all : ls, await responseContent(store, first), deps.effect);
  }
  issues.sort((a, b) => Number(!!b.effect) - Number(!!a.effect) || b.volume - a.volume || a.issueId.localeCompare(b.issueId));
  const effects = issues.map((i) => i.effect).filter((e): e is IssueEffect => !!e);

  // Complaints received in the period.
  const complaints = await store.listComplaints({ from: fromIso, to: toIso });
  const opd = opdTable(complaints, asOf, deps.rules);
  const states = complaints.map((c) => ({ c, s: complaintState(c, asOf, deps.rules) }));
  const hoursOf = (xs: typeof states) => xs.filter((x) => x.s.status === 'answered').map((x) => x.s.answerHours!);

  // Owned channels: the audit over the period (with 30 days before, so replies to older comments are answers).
  const ownedMentions = [];
  for (const s of deps.ownedSources) {
    const ms = await scanPeriod(store, new Date(Date.parse(fromIso) - 30 * 86_400_000).toISOString(), toIso, { sourceId: s.id });
    // A news item of an owned source (a press release on the office's site) is the office's post;
    // the audit reads that from meta.isOwned, which an imported row may lack.
    ownedMentions.push(...ms.map((m) => (m.kind === 'news' && m.meta?.isOwned !== true ? { ...m, meta: { ...m.meta, isOwned: true } } : m)));
  }
  const audit = deps.ownedSources.length
    ? auditChannels(ownedMentions, [...deps.ownedSources], { from: fromIso, to: new Date(asOf).toISOString(), defaultDeadlineDays: deps.rules.deadlineDays, holidays: [...deps.rules.holidays], classify: deps.classify, timezone: zone, now: asOf })
    : undefined;
  const channels: ChannelRow[] = [];
  for (const c of audit?.channels ?? []) channels.push(channelRow(c));
  const complaintChannels = [...new Set(complaints.map((c) => c.channel))].filter((ch) => !deps.ownedSources.some((s) => s.id === ch)).sort();
  for (const ch of complaintChannels) {
    const xs = states.filter((x) => x.c.channel === ch);
    const h = stat(hoursOf(xs));
    channels.push({ channel: ch, name: ch.toUpperCase() === 'LAPOR' ? 'LAPOR!' : ch, kind: 'complaints', n: h.n, answered: h.n, total: xs.length, median: h.median, p90: h.p90 });
  }
  const cadence: CadenceRow[] = (audit?.channels ?? []).map((c) => {
    const target = round(24 / c.cadenceHours);
    return {
      sourceId: c.sourceId,
      name: c.name,
      targetPerDay: target,
      postsPerDay: c.posts.perDay,
      posts: c.posts.total,
      meetsTarget: c.posts.perDay >= target,
      gaps: c.gaps.length,
      longestGapHours: c.gaps.length ? Math.max(...c.gaps.map((g) => g.hours)) : null,
    };
  });

  const all = hoursOf(states);
  const summary: Summary = {
    period: { from, to },
    mentions: agg.count,
    negative: agg.negative,
    issues: agg.buckets.length,
    issuesHandled: effects.length,
    responses: links.length,
    effectsMeasured: effects.filter((e) => e.enough).length,
    negativeFell: effects.filter((e) => e.negativeShareChange && e.negativeShareChange.high < 0).length,
    replyHours: stat(effects.map((e) => e.replyHours).filter((h): h is number => h !== null)),
    complaints: {
      total: complaints.length,
      answered: states.filter((x) => x.s.status === 'answered').length,
      open: states.filter((x) => x.s.status === 'open').length,
      overdue: states.filter((x) => x.s.status === 'overdue').length,
      late: states.filter((x) => x.s.late).length,
      answerHours: stat(all),
    },
    ownedPosts: (audit?.channels ?? []).reduce((n, c) => n + c.posts.total, 0),
  };
  const overdue = opd.flatMap((r) => r.overdueItems.map((i) => ({ ...i, opd: r.opd }))).sort((a, b) => a.receivedAt.localeCompare(b.receivedAt));
  return { summary, issues, channels, opd, overdue, cadence, asOf };
}

function channelRow(c: ChannelAudit): ChannelRow {
  return { channel: c.sourceId, name: c.name, kind: 'owned', n: c.firstReplyHours.n, answered: c.questions.answered, total: c.questions.total, median: c.firstReplyHours.median, p90: c.firstReplyHours.p90 };
}

/** "2026-11" → its first and last day. */
export function monthDays(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}

export function previousMonth(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

function method(deps: EvaluationDeps): EvaluationReport['method'] {
  return {
    beforeHours: deps.effect.beforeHours,
    afterHours: deps.effect.afterHours,
    minMentions: deps.effect.minMentions,
    confidence: deps.effect.confidence,
    interval: "Newcombe's hybrid score interval (method 10) from Wilson score intervals",
    percentile: 'linear interpolation between closest ranks (type 7): h = (n-1)p',
    deadlineDays: deps.rules.deadlineDays,
    holidays: [...deps.rules.holidays],
  };
}

export async function buildEvaluation(deps: EvaluationDeps, req: { from: string; to: string } | { month: string }): Promise<EvaluationReport> {
  const isMonth = 'month' in req;
  const period = isMonth ? monthDays(req.month) : req;
  const cur = await build(deps, period.from, period.to);
  let previous: Summary | undefined;
  if (isMonth) {
    const p = monthDays(previousMonth(req.month));
    previous = (await build(deps, p.from, p.to)).summary;
  }
  return {
    version: EVALUATION_FORMAT_VERSION,
    kind: isMonth ? 'month' : 'period',
    period,
    ...(isMonth ? { month: req.month } : {}),
    timezone: deps.timezone,
    generatedAt: deps.now().toISOString(),
    asOf: new Date(cur.asOf).toISOString(),
    summary: cur.summary,
    ...(previous ? { previous } : {}),
    issues: cur.issues,
    channels: cur.channels,
    opd: cur.opd,
    overdue: cur.overdue,
    cadence: cur.cadence,
    method: method(deps),
  };
}
