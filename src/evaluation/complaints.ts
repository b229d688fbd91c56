// Complaints followed to an answer: pure functions, so every figure can be checked by hand.
// - A complaint comes from a row of an export (LAPOR!/SP4N, e-mail, form; columns by the format's
//   mapping) or from a citizen question/complaint on an owned channel (the audit's rule).
// - Its OPD: the export's own column when it names an OPD (a bare "Pemerintah Kota …" does not);
//   else an organisation the text names that is an OPD ("Dinas PUPR", "BPBD"…); else the issue
//   map's topic → OPD table (src/maps/opd.ts with config map.opd). A person corrects it with
//   `pantau complaints opd ID NAME` (kept over re-imports).
// - Its status at an instant: answered (an answer time is known), overdue (not answered and the
//   deadline — N working days after receipt, weekends and the listed holidays skipped, in the office
//   zone — has passed), else open.
// - Answer time: hours from receipt to the first answer, over answered complaints; median and p90
//   by linear interpolation (type 7, src/audit/stats.ts).
import type { Complaint, OpdSource } from '../core/evaluation.js';
import type { ComplaintField, ComplaintFormatConfig } from '../core/evaluation-config.js';
import type { EntityTag, Mention } from '../core/types.js';
import { median, percentile, round } from '../audit/stats.js';
import { addWorkingDays } from '../audit/working-days.js';
import { opdFor } from '../maps/opd.js';

const HOUR = 3_600_000;

/** What the analyzers say about a complaint's text (the CLI wires the real ones in). */
export interface ComplaintTags {
  topics: string[];
  regions: string[];
  entities: EntityTag[];
  keyTerms: string[];
}

export interface RowContext {
  channel: string;
  mapping: Record<ComplaintField, string>;
  format: Pick<ComplaintFormatConfig, 'answeredStatuses'>;
  /** The importer's date reader (zone-less values in the office zone): a Date, undefined when empty, 'invalid'. */
  parseDate(v: unknown): Date | undefined | 'invalid';
  /** Column value by name (exact, then any case). */
  pick(row: Record<string, unknown>, column: string): unknown;
  tag(title: string | undefined, text: string): ComplaintTags;
  regionName: string;
  opdOverrides?: Record<string, string>;
  /** Import time: the answer time of a row whose status says answered but gives no date. */
  now: Date;
}

const s = (v: unknown): string | undefined => {
  if (v === undefined || v === null) return undefined;
  const t = String(v).trim();
  return t ? t : undefined;
};

/** Names that are the government as a whole, not one of its OPD. */
const WHOLE_GOVERNMENT = /^(pemerintah|pemkot|pemkab|pemprov|pemda|kota|kabupaten|walikota|wali kota|bupati|gubernur)\b/i;
/** How an OPD's name starts (the usual nomenclature of a kota/kabupaten). */
const OPD_NAME = /^(dinas|badan|bpbd|bappeda|bapenda|bpkpd|bkpsdm|satpol|disdukcapil|dukcapil|inspektorat|kecamatan|kelurahan|rsud|perumda|pdam|bagian|sekretariat|dlh|dishub|dinkes|dinsos|disdik|puskesmas)\b/i;

export function opdFromEntities(entities: readonly EntityTag[]): string | undefined {
  for (const e of entities) {
    const name = (e.canonical ?? e.text).trim();
    if (e.type === 'organization' && OPD_NAME.test(name) && name.split(/\s+/).length <= 6) return name;
  }
  return undefined;
}

/** The OPD of a complaint and how it was decided. */
export function assignOpd(given: string | undefined, tags: ComplaintTags, regionName: string, overrides: Record<string, string> = {}): { opd: string; opdSource: OpdSource } {
  if (given && !WHOLE_GOVERNMENT.test(given)) return { opd: given, opdSource: 'import' };
  const named = opdFromEntities(tags.entities);
  if (named) return { opd: named, opdSource: 'table' };
  return { opd: opdFor(tags.topics, tags.keyTerms, regionName, overrides), opdSource: 'table' };
}

/** One export row as a complaint, or why it cannot be one. */
export function complaintFromRow(row: Record<string, unknown>, ctx: RowContext): Complaint | string {
  const get = (f: ComplaintField) => ctx.pick(row, ctx.mapping[f]);
  const id = s(get('id'));
  if (!id) return `no id in column "${ctx.mapping.id}"`;
  const title = s(get('title'));
  const text = s(get('text')) ?? title;
  if (!text) return `no text in column "${ctx.mapping.text}"`;
  const received = ctx.parseDate(get('receivedAt'));
  if (received === undefined) return `no date in column "${ctx.mapping.receivedAt}"`;
  if (received === 'invalid') return `column "${ctx.mapping.receivedAt}": not a date: ${JSON.stringify(String(get('receivedAt')))}`;
  const answeredRaw = ctx.parseDate(get('answeredAt'));
  if (answeredRaw === 'invalid') return `column "${ctx.mapping.answeredAt}": not a date: ${JSON.stringify(String(get('answeredAt')))}`;
  const status = s(get('status'))?.toLowerCase();
  let answeredAt = answeredRaw;
  if (!answeredAt && status && ctx.format.answeredStatuses.some((a) => a.toLowerCase() === status)) answeredAt = ctx.now;
  if (answeredAt && answeredAt.getTime() < received.getTime()) return `column "${ctx.mapping.answeredAt}": answered before it was received`;
  const category = s(get('category'));
  const location = s(get('location'));
  const tags = ctx.tag([title, category, location].filter(Boolean).join('. ') || undefined, text);
  const { opd, opdSource } = assignOpd(s(get('opd')), tags, ctx.regionName, ctx.opdOverrides);
  const c: Complaint = {
    id: `${ctx.channel}:${id}`,
    channel: ctx.channel,
    externalId: id,
    text,
    receivedAt: received.toISOString(),
    opd,
    opdSource,
    topics: tags.topics,
    regions: tags.regions,
  };
  const url = s(get('url'));
  if (url && /^https?:\/\//i.test(url)) c.url = url;
  if (title) c.title = title;
  const author = s(get('author'));
  if (author) c.author = author;
  if (answeredAt) {
    c.answeredAt = answeredAt.toISOString();
    const answer = s(get('answer'));
    if (answer) c.answer = answer;
  }
  return c;
}

/** A citizen question or complaint of an owned channel as a complaint (answered by the first owned reply). */
export function complaintFromMention(m: Mention, replyAt: number | undefined, reply: Mention | undefined, ctx: { regionName: string; opdOverrides?: Record<string, string>; keyTerms: string[] }): Complaint {
  const a = m.analysis;
  const tags: ComplaintTags = {
    topics: a?.topics ?? [],
    regions: [...new Set((a?.regions ?? []).map((r) => r.code))],
    entities: a?.entities ?? [],
    keyTerms: ctx.keyTerms,
  };
  const { opd, opdSource } = assignOpd(undefined, tags, ctx.regionName, ctx.opdOverrides);
  const c: Complaint = {
    id: `audit:${m.id}`,
    channel: m.sourceId,
    externalId: m.id,
    url: m.url,
    text: m.text,
    receivedAt: new Date(Date.parse(m.publishedAt ?? m.fetchedAt)).toISOString(),
    opd,
    opdSource,
    topics: tags.topics,
    regions: tags.regions,
  };
  if (m.author) c.author = m.author;
  if (m.issueId) c.issueId = m.issueId;
  if (replyAt !== undefined) {
    c.answeredAt = new Date(replyAt).toISOString();
    if (reply?.text) c.answer = reply.text.slice(0, 500);
  }
  return c;
}

export interface DeadlineRules {
  deadlineDays: number;
  holidays: readonly string[];
  timezone: string;
}

export type ComplaintStatus = 'open' | 'answered' | 'overdue';

export interface ComplaintState {
  status: ComplaintStatus;
  /** ISO: when the answer is due. */
  deadline: string;
  /** Hours from receipt to answer, when answered. */
  answerHours?: number;
  /** Answered after the deadline. */
  late?: boolean;
}

/** A complaint's status at `asOf` (epoch ms). An answer after `asOf` is not known yet. */
export function complaintState(c: Complaint, asOf: number, rules: DeadlineRules): ComplaintState {
  const received = Date.parse(c.receivedAt);
  const deadline = addWorkingDays(received, rules.deadlineDays, [...rules.holidays], rules.timezone);
  const answered = c.answeredAt !== undefined ? Date.parse(c.answeredAt) : undefined;
  if (answered !== undefined && answered <= asOf) {
    return { status: 'answered', deadline: new Date(deadline).toISOString(), answerHours: round((answered - received) / HOUR), late: answered > deadline };
  }
  return { status: deadline < asOf ? 'overdue' : 'open', deadline: new Date(deadline).toISOString() };
}

export interface OverdueItem {
  id: string;
  channel: string;
  url?: string;
  title: string;
  receivedAt: string;
  deadline: string;
  issueId?: string;
}

export interface OpdRow {
  opd: string;
  total: number;
  answered: number;
  /** Of the answered, after the deadline. */
  late: number;
  open: number;
  overdue: number;
  answerHours: { n: number; median: number | null; p90: number | null };
  overdueItems: OverdueItem[];
}

const short = (t: string): string => (t.length > 120 ? `${t.slice(0, 117)}…` : t);

/** Per OPD: counts by status, answer-time median and p90, the overdue items with links; most complaints first. */
export function opdTable(complaints: readonly Complaint[], asOf: number, rules: DeadlineRules): OpdRow[] {
  const rows = new Map<string, OpdRow & { hours: number[] }>();
  for (const c of complaints) {
    let r = rows.get(c.opd);
    if (!r) {
      r = { opd: c.opd, total: 0, answered: 0, late: 0, open: 0, overdue: 0, answerHours: { n: 0, median: null, p90: null }, overdueItems: [], hours: [] };
      rows.set(c.opd, r);
    }
    const st = complaintState(c, asOf, rules);
    r.total++;
    if (st.status === 'answered') {
      r.answered++;
      if (st.late) r.late++;
      r.hours.push(st.answerHours!);
    } else if (st.status === 'overdue') {
      r.overdue++;
      r.overdueItems.push({
        id: c.id,
        channel: c.channel,
        ...(c.url ? { url: c.url } : {}),
        title: short(c.title ?? c.text),
        receivedAt: c.receivedAt,
        deadline: st.deadline,
        ...(c.issueId ? { issueId: c.issueId } : {}),
      });
    } else r.open++;
  }
  return [...rows.values()]
    .map(({ hours, ...r }) => {
      const med = median(hours);
      const p90 = percentile(hours, 0.9);
      return { ...r, answerHours: { n: hours.length, median: med === undefined ? null : round(med), p90: p90 === undefined ? null : round(p90) } };
    })
    .sort((a, b) => b.total - a.total || a.opd.localeCompare(b.opd));
}

/** An issue's profile for matching complaints: its key terms (with counts) and topics. */
export interface IssueProfile {
  issueId: string;
  terms: Map<string, number>;
  topics: Set<string>;
}

/**
 * The issue a complaint belongs to: the issue sharing the most of the complaint's key terms, at
 * least two of them (one when the topic is also shared). Ties: the issue whose shared terms are
 * more frequent in it. Undefined when none qualifies.
 */
export function matchIssue(keyTerms: readonly string[], topics: readonly string[], issues: readonly IssueProfile[]): string | undefined {
  let best: { id: string; shared: number; weight: number } | undefined;
  for (const p of issues) {
    const shared = keyTerms.filter((t) => p.terms.has(t));
    const topic = topics.some((t) => p.topics.has(t));
    if (shared.length < 2 && !(shared.length >= 1 && topic)) continue;
    const weight = shared.reduce((n, t) => n + p.terms.get(t)!, 0);
    if (!best || shared.length > best.shared || (shared.length === best.shared && weight > best.weight)) best = { id: p.issueId, shared: shared.length, weight };
  }
  return best?.id;
}
