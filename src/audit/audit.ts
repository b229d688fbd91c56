// The owned-channel audit: pure functions over the mentions of the office's own channels (sources
// with owned: true). What counts, so every figure can be checked by hand:
// - a *post* is an owned item (meta.isOwned) that does not answer a citizen item (one in the period,
//   or an earlier one the caller passed in);
// - a *citizen comment* is any item of the channel that is not owned;
// - a citizen comment is *answered* when an owned item replies to it (meta.replyTo = its
//   meta.platformId), or answers in the same thread (meta.threadId) naming its author (@handle),
//   no earlier than the comment and no later than the end of the period;
// - *questions* are citizen comments the detector calls a question or a complaint;
// - *time to first reply* is over answered questions, in hours; median and p90 per stats.ts;
// - a question is *overdue* when unanswered at the end of the period and its deadline (N working
//   days, Mon–Fri in the office's time zone, after it was posted) has passed;
// - *gaps* are silences longer than the cadence between the period start, each post, and the
//   period end.
import { parseEvery } from '../core/config.js';
import { ConfigError } from '../core/errors.js';
import type { Mention, Source } from '../core/types.js';
import { median, percentile, round } from './stats.js';
import { DEFAULT_TIMEZONE } from '../core/time.js';
import { addWorkingDays, localDate } from './working-days.js';

export type Classify = (text: string) => { question: boolean; complaint: boolean };

export interface AuditOptions {
  /** ISO instant; default the earliest mention. */
  from?: string;
  /** ISO instant, exclusive; also the "as of" moment. Default now. */
  to?: string;
  /** Overrides every source's options.answerDeadlineDays (CLI flag). */
  deadlineDays?: number;
  /** For sources without options.answerDeadlineDays (config audit.deadlineDays). Default 3. */
  defaultDeadlineDays?: number;
  /** Public holidays "YYYY-MM-DD" skipped like weekends. */
  holidays?: string[];
  classify: Classify;
  now?: number;
  /** The office's IANA time zone (config `timezone`): posts per day, working days. Default Asia/Jakarta. */
  timezone?: string;
}

export interface Gap {
  from: string;
  to: string;
  hours: number;
}

export interface OpenQuestion {
  url: string;
  author?: string;
  publishedAt: string;
  deadline: string;
  text: string;
  complaint: boolean;
}

export interface ChannelAudit {
  sourceId: string;
  name: string;
  platform?: string;
  period: { from: string; to: string; days: number };
  cadenceHours: number;
  deadlineDays: number;
  posts: { total: number; perDay: number; byDay: Record<string, number> };
  gaps: Gap[];
  comments: { total: number; answered: number; share: number | null };
  questions: { total: number; answered: number; share: number | null; answeredWithinDeadline: number };
  /** Hours from a question to the first owned answer, over answered questions. */
  firstReplyHours: { n: number; median: number | null; p90: number | null };
  overdue: OpenQuestion[];
}

export interface AuditReport {
  generatedAt: string;
  /** The zone of the per-day counts, the working days and the printed times. */
  timezone: string;
  period: { from: string; to: string };
  deadlineDays?: number;
  percentile: string;
  channels: ChannelAudit[];
}

const HOUR = 3_600_000;

function time(m: Mention): number | undefined {
  const t = Date.parse(m.publishedAt ?? m.fetchedAt);
  return Number.isNaN(t) ? undefined : t;
}

const metaStr = (m: Mention, k: string): string | undefined => {
  const v = m.meta?.[k];
  return typeof v === 'string' && v ? v : undefined;
};
const isOwned = (m: Mention) => m.meta?.isOwned === true;

/** "@andi.jbi" is named in the text as a whole handle: "@andi.jbi2" or "@andi.jbi_x" name someone else. */
export function namesHandle(text: string, handle: string): boolean {
  const h = handle.replace(/^@/, '').toLowerCase().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`@${h}(?![\\p{L}\\p{N}_]|\\.[\\p{L}\\p{N}_])`, 'u').test(text.toLowerCase());
}

/**
 * Whether owned item `r` answers citizen comment `c`: it replies to it (meta.replyTo = its
 * meta.platformId), or answers in the same thread (meta.threadId) naming its author, no earlier.
 * The one rule of the audit and of complaints taken from the owned channels (src/evaluation).
 */
export function answersComment(r: Mention, c: Mention): boolean {
  const id = metaStr(c, 'platformId');
  if (id !== undefined && metaStr(r, 'replyTo') === id) return true;
  const thread = metaStr(c, 'threadId');
  const handle = metaStr(c, 'authorHandle') ?? c.author;
  const rt = time(r);
  const ct = time(c);
  if (!thread || !handle || metaStr(r, 'threadId') !== thread || rt === undefined || ct === undefined || rt < ct) return false;
  return namesHandle(r.text, handle);
}

/** A citizen question or complaint on an owned channel, with the first owned answer (epoch ms) if any. */
export interface CitizenQuestion {
  mention: Mention;
  complaint: boolean;
  replyAt?: number;
  reply?: Mention;
}

/**
 * The citizen questions and complaints of one owned source posted in [fromMs, toMs), each with its
 * first owned answer up to `asOfMs` (default toMs): what the evaluation follows as complaints.
 */
export function citizenQuestions(source: Source, mentions: Mention[], opts: { fromMs: number; toMs: number; asOfMs?: number; classify: Classify }): CitizenQuestion[] {
  const asOf = opts.asOfMs ?? opts.toMs;
  const ofSource = mentions.filter((m) => m.sourceId === source.id && time(m) !== undefined);
  const owned = ofSource.filter((m) => isOwned(m) && time(m)! < asOf);
  const out: CitizenQuestion[] = [];
  for (const c of ofSource) {
    const ct = time(c)!;
    if (isOwned(c) || ct < opts.fromMs || ct >= opts.toMs) continue;
    const v = opts.classify(c.text);
    if (!v.question && !v.complaint) continue;
    let best: Mention | undefined;
    for (const r of owned) if (time(r)! >= ct && answersComment(r, c) && (!best || time(r)! < time(best)!)) best = r;
    out.push({ mention: c, complaint: v.complaint, ...(best ? { replyAt: time(best)!, reply: best } : {}) });
  }
  return out.sort((a, b) => time(a.mention)! - time(b.mention)!);
}

/** options.cadence ("1d", "12h", minutes as a number); default one post a day. A typo stops the audit with one line. */
function cadenceMinutes(source: Source): number {
  const v = source.options.cadence;
  if (v === undefined || v === null || v === '') return 1440;
  try {
    if (typeof v !== 'string' && typeof v !== 'number') throw new Error(`expected a duration like "1d" or "12h", got ${JSON.stringify(v)}`);
    const n = parseEvery(v);
    if (!(n > 0)) throw new Error(`expected a positive duration, got ${JSON.stringify(v)}`);
    return n;
  } catch (e) {
    throw new ConfigError(`sources[id=${source.id}].options.cadence: ${(e as Error).message}`);
  }
}

/** The CLI flag, then the source's options.answerDeadlineDays, then the configured default, then 3. */
function deadlineOf(source: Source, override?: number, dflt = 3): number {
  if (override !== undefined) return override;
  const raw = source.options.answerDeadlineDays;
  if (raw === undefined || raw === null || raw === '') return dflt;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < 0) {
    throw new ConfigError(`sources[id=${source.id}].options.answerDeadlineDays: expected a whole number of working days ≥ 0, got ${JSON.stringify(raw)}`);
  }
  return v;
}

export function auditChannel(
  source: Source,
  mentions: Mention[],
  opts: Omit<AuditOptions, 'from' | 'to'> & { fromMs: number; toMs: number },
): ChannelAudit {
  const { fromMs: from, toMs: to } = opts;
  const zone = opts.timezone ?? DEFAULT_TIMEZONE;
  const ofSource = mentions.filter((m) => m.sourceId === source.id && time(m) !== undefined);
  const inPeriod = ofSource.filter((m) => time(m)! >= from && time(m)! < to);
  const citizen = inPeriod.filter((m) => !isOwned(m));
  const owned = inPeriod.filter(isOwned);
  // Comments from before the period (when the caller loaded them) still make an owned reply in the
  // period an answer rather than a post; only comments inside the period are counted.
  const citizenBefore = ofSource.filter((m) => !isOwned(m) && time(m)! < from);
  // One rule decides both what counts as an answer (not a post) and the time of the first reply, so
  // an answer that names the citizen in the thread instead of replying directly is never counted as
  // a post of its own.
  const answers = answersComment;
  const answerSet = new Set(owned.filter((r) => citizen.some((c) => answers(r, c)) || citizenBefore.some((c) => answers(r, c))));
  const posts = owned.filter((m) => !answerSet.has(m));

  // Posts and cadence.
  const postTimes = posts.map((m) => time(m)!).sort((a, b) => a - b);
  const byDay: Record<string, number> = {};
  for (const t of postTimes) byDay[localDate(t, zone)] = (byDay[localDate(t, zone)] ?? 0) + 1;
  const days = (to - from) / 86_400_000;
  const cadenceMin = cadenceMinutes(source);
  const gaps: Gap[] = [];
  const points = [from, ...postTimes, to];
  for (let i = 1; i < points.length; i++) {
    const span = points[i]! - points[i - 1]!;
    if (span > cadenceMin * 60_000) {
      gaps.push({ from: new Date(points[i - 1]!).toISOString(), to: new Date(points[i]!).toISOString(), hours: round(span / HOUR) });
    }
  }

  // Answers: the first owned reply to each citizen comment.
  const firstReply = (c: Mention): number | undefined => {
    const ct = time(c)!;
    let best: number | undefined;
    for (const r of answerSet) {
      const rt = time(r)!;
      if (rt >= ct && answers(r, c) && (best === undefined || rt < best)) best = rt;
    }
    return best;
  };

  const deadlineDays = deadlineOf(source, opts.deadlineDays, opts.defaultDeadlineDays);
  let commentsAnswered = 0;
  let questions = 0;
  let questionsAnswered = 0;
  let withinDeadline = 0;
  const replyHours: number[] = [];
  const overdue: OpenQuestion[] = [];
  for (const c of citizen) {
    const reply = firstReply(c);
    if (reply !== undefined) commentsAnswered++;
    const verdict = opts.classify(c.text);
    if (!verdict.question && !verdict.complaint) continue;
    questions++;
    const ct = time(c)!;
    const deadline = addWorkingDays(ct, deadlineDays, opts.holidays, zone);
    if (reply !== undefined) {
      questionsAnswered++;
      replyHours.push((reply - ct) / HOUR);
      if (reply <= deadline) withinDeadline++;
    } else if (deadline < to) {
      overdue.push({
        url: c.url,
        author: c.author,
        publishedAt: new Date(ct).toISOString(),
        deadline: new Date(deadline).toISOString(),
        text: c.text.length > 160 ? c.text.slice(0, 157) + '…' : c.text,
        complaint: verdict.complaint,
      });
    }
  }
  overdue.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
  const share = (a: number, n: number) => (n === 0 ? null : round(a / n, 4));
  const med = median(replyHours);
  const p90 = percentile(replyHours, 0.9);
  const platforms = [...new Set(inPeriod.map((m) => metaStr(m, 'platform')).filter(Boolean))];
  return {
    sourceId: source.id,
    name: source.name ?? source.id,
    platform: platforms.length ? platforms.join(', ') : source.kind,
    period: { from: new Date(from).toISOString(), to: new Date(to).toISOString(), days: round(days) },
    cadenceHours: round(cadenceMin / 60),
    deadlineDays,
    posts: { total: posts.length, perDay: days > 0 ? round(posts.length / days) : posts.length, byDay },
    gaps,
    comments: { total: citizen.length, answered: commentsAnswered, share: share(commentsAnswered, citizen.length) },
    questions: { total: questions, answered: questionsAnswered, share: share(questionsAnswered, questions), answeredWithinDeadline: withinDeadline },
    firstReplyHours: { n: replyHours.length, median: med === undefined ? null : round(med), p90: p90 === undefined ? null : round(p90) },
    overdue,
  };
}

/** Audit every owned source over its mentions (any mentions of other sources are ignored). */
export function auditChannels(mentions: Mention[], sources: Source[], opts: AuditOptions): AuditReport {
  const now = opts.now ?? Date.now();
  const to = opts.to ? Date.parse(opts.to) : now;
  const times = mentions.map(time).filter((t): t is number => t !== undefined);
  const from = opts.from ? Date.parse(opts.from) : times.length ? Math.min(...times) : to;
  const owned = sources.filter((s) => s.owned);
  return {
    generatedAt: new Date(now).toISOString(),
    timezone: opts.timezone ?? DEFAULT_TIMEZONE,
    period: { from: new Date(from).toISOString(), to: new Date(to).toISOString() },
    deadlineDays: opts.deadlineDays,
    percentile: 'linear interpolation between closest ranks (type 7): h = (n-1)p',
    channels: owned.map((s) => auditChannel(s, mentions, { ...opts, fromMs: from, toMs: to })),
  };
}
