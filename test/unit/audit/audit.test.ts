import { describe, expect, it } from 'vitest';
import { isQuestionOrComplaint } from '../../../analyzers/questions/index.js';
import { addWorkingDays, auditChannels, formatMarkdown, formatTable, median, namesHandle, percentile } from '../../../src/audit/index.js';
import { parseConfig } from '../../../src/core/config.js';
import { FROM, TO, mentions, otherSource, ownedSource, quietSource } from './fixture.js';

const at = (wib: string) => Date.parse(`${wib}+07:00`);
const iso = (wib: string) => new Date(at(wib)).toISOString();

describe('audit statistics', () => {
  it('percentile: linear interpolation between closest ranks', () => {
    expect(median([1, 2, 5, 26])).toBe(3.5);
    expect(percentile([1, 2, 5, 26], 0.9)).toBeCloseTo(19.7, 10);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([], 0.5)).toBeUndefined();
  });

  it('working days: Mon–Fri in WIB', () => {
    expect(addWorkingDays(at('2026-11-17T13:00:00'), 3)).toBe(at('2026-11-20T13:00:00')); // Tue → Fri
    expect(addWorkingDays(at('2026-11-20T16:00:00'), 3)).toBe(at('2026-11-25T16:00:00')); // Fri → Wed
    expect(addWorkingDays(at('2026-11-21T10:00:00'), 3)).toBe(at('2026-11-26T00:00:00')); // Sat → Thu 00:00
    expect(addWorkingDays(at('2026-11-17T13:00:00'), 3, ['2026-11-19'])).toBe(at('2026-11-23T13:00:00')); // a holiday Thu
    // 23:30 WIB Friday is still Friday in Jakarta though already Friday 16:30 UTC — and 06:00 WIB Monday is Sunday UTC.
    expect(addWorkingDays(at('2026-11-23T06:00:00'), 1)).toBe(at('2026-11-24T06:00:00'));
  });
});

describe('answers naming the citizen', () => {
  it('matches a whole handle only', () => {
    expect(namesHandle('@andi.jbi posko ada di Kantor Lurah', 'andi.jbi')).toBe(true);
    expect(namesHandle('Sudah, @Andi.jbi.', '@andi.jbi')).toBe(true);
    expect(namesHandle('@andi.jbi2 posko ada', 'andi.jbi')).toBe(false);
    expect(namesHandle('@andi.jbi posko ada', 'andi')).toBe(false);
    expect(namesHandle('@a+b ok', 'a+b')).toBe(true);
  });
});

describe('auditChannels', () => {
  const report = auditChannels(mentions, [ownedSource, quietSource, otherSource], { from: FROM, to: TO, classify: isQuestionOrComplaint });
  const ig = report.channels[0]!;

  it('audits owned sources only', () => {
    expect(report.channels.map((c) => c.sourceId)).toEqual(['ig-pemkot', 'tg-pemkot']);
    expect(report.period).toEqual({ from: iso('2026-11-16T00:00:00'), to: iso('2026-11-23T00:00:00') });
  });

  it('posts per day and gaps longer than the cadence', () => {
    expect(ig.posts).toEqual({ total: 4, perDay: 0.57, byDay: { '2026-11-16': 2, '2026-11-17': 1, '2026-11-20': 1 } });
    expect(ig.cadenceHours).toBe(24);
    expect(ig.gaps).toEqual([
      { from: iso('2026-11-17T09:00:00'), to: iso('2026-11-20T10:00:00'), hours: 73 },
      { from: iso('2026-11-20T10:00:00'), to: iso('2026-11-23T00:00:00'), hours: 62 },
    ]);
  });

  it('answered shares, reply times and overdue questions match the hand-computed values', () => {
    expect(ig.comments).toEqual({ total: 8, answered: 5, share: 0.625 });
    expect(ig.questions).toEqual({ total: 6, answered: 4, share: 0.6667, answeredWithinDeadline: 4 });
    expect(ig.firstReplyHours).toEqual({ n: 4, median: 3.5, p90: 19.7 });
    expect(ig.overdue).toEqual([
      {
        url: 'https://www.instagram.com/p/X/c/q5/',
        author: 'wati',
        publishedAt: iso('2026-11-17T13:00:00'),
        deadline: iso('2026-11-20T13:00:00'),
        text: 'Berapa biaya sedot lumpur drainase',
        complaint: false,
      },
    ]);
  });

  it('a shorter deadline makes more questions overdue and late answers count', () => {
    const r = auditChannels(mentions, [ownedSource], { from: FROM, to: TO, deadlineDays: 1, classify: isQuestionOrComplaint }).channels[0]!;
    // q6 (Fri 16:00) is due Mon 16:00, after the period end; q4 (Tue 12:00) was due Wed 12:00 and answered Wed 14:00: late.
    expect(r.overdue.map((q) => q.url.split('/').at(-2))).toEqual(['q5']);
    expect(r.questions.answeredWithinDeadline).toBe(3);
  });

  it('deadline: the CLI override, then options.answerDeadlineDays, then the configured default', () => {
    const run = (src: typeof ownedSource, o: { deadlineDays?: number; defaultDeadlineDays?: number }) =>
      auditChannels(mentions, [src], { from: FROM, to: TO, classify: isQuestionOrComplaint, ...o }).channels[0]!;
    const perSource = { ...ownedSource, options: { ...ownedSource.options, answerDeadlineDays: 1 } };
    expect(run(ownedSource, { defaultDeadlineDays: 1 })).toMatchObject({ deadlineDays: 1, questions: { answeredWithinDeadline: 3 } });
    expect(run(perSource, { defaultDeadlineDays: 5 })).toMatchObject({ deadlineDays: 1, questions: { answeredWithinDeadline: 3 } });
    expect(run(perSource, { deadlineDays: 3, defaultDeadlineDays: 5 })).toMatchObject({ deadlineDays: 3, questions: { answeredWithinDeadline: 4 } });
  });

  it('a cadence or deadline typo in a source stops the audit with one line naming it', () => {
    const bad = (options: Record<string, unknown>) => () =>
      auditChannels(mentions, [{ ...ownedSource, options }], { from: FROM, to: TO, classify: isQuestionOrComplaint });
    expect(bad({ cadence: '1 hari' })).toThrow('sources[id=ig-pemkot].options.cadence: expected a duration like "15m", "1h" or "30s", got "1 hari"');
    expect(bad({ answerDeadlineDays: 'tiga' })).toThrow(/^sources\[id=ig-pemkot\]\.options\.answerDeadlineDays: expected a whole number/);
    expect(auditChannels(mentions, [{ ...ownedSource, options: { cadence: '12h' } }], { from: FROM, to: TO, classify: isQuestionOrComplaint }).channels[0]!.cadenceHours).toBe(12);
  });

  it('config: audit.deadlineDays and audit.holidays with defaults, bad dates named', () => {
    expect(parseConfig({}, { env: {} }).audit).toEqual({ deadlineDays: 3, holidays: [] });
    expect(parseConfig({ audit: { deadlineDays: 5, holidays: ['2026-12-25'] } }, { env: {} }).audit).toEqual({ deadlineDays: 5, holidays: ['2026-12-25'] });
    expect(parseConfig({}, { env: { PANTAU_AUDIT_DEADLINE_DAYS: '2' } }).audit.deadlineDays).toBe(2);
    expect(() => parseConfig({ audit: { holidays: ['25/12/2026'] } }, { env: {} })).toThrow(/audit\.holidays\[0\]: expected a date YYYY-MM-DD/);
  });

  it('a reply in the period to a comment from before it is an answer, not a post, and the old comment is not counted', () => {
    const before = { ...mentions[5]!, id: 'old', url: 'https://www.instagram.com/p/X/c/q0/', publishedAt: iso('2026-11-13T10:00:00'), meta: { ...mentions[5]!.meta, platformId: 'q0' } };
    const reply = { ...mentions[6]!, id: 'r0', url: 'https://www.instagram.com/p/X/c/r0/', publishedAt: iso('2026-11-16T07:00:00'), meta: { ...mentions[6]!.meta, platformId: 'r0', replyTo: 'q0' } };
    const r = auditChannels([...mentions, before, reply], [ownedSource], { from: FROM, to: TO, classify: isQuestionOrComplaint }).channels[0]!;
    expect(r.posts.total).toBe(4);
    expect(r.comments).toEqual({ total: 8, answered: 5, share: 0.625 });
  });

  it('a channel without mentions reports zeros and one gap spanning the period', () => {
    const tg = report.channels[1]!;
    expect(tg.name).toBe('tg-pemkot');
    expect(tg.posts.total).toBe(0);
    expect(tg.gaps).toEqual([{ from: iso('2026-11-16T00:00:00'), to: iso('2026-11-23T00:00:00'), hours: 168 }]);
    expect(tg.comments.share).toBeNull();
    expect(tg.firstReplyHours).toEqual({ n: 0, median: null, p90: null });
  });

  it('renders a table (Indonesian by default, English on request) and Markdown', () => {
    const id = formatTable(report);
    expect(id).toContain('Audit kanal resmi — Periode 2026-11-16 00:00 WIB – 2026-11-23 00:00 WIB');
    expect(id).toMatch(/Instagram Pemkot Jambi\s+4\s+0,57\s+2\s+5\/8 \(63%\)\s+4\/6 \(67%\)\s+3,5 jam\s+19,7 jam\s+1/);
    expect(id).toContain('2026-11-17 09:00 WIB → 2026-11-20 10:00 WIB (73 jam)');
    expect(id).toContain('"Berapa biaya sedot lumpur drainase" (tenggat 2026-11-20 13:00 WIB)');
    const en = formatTable(report, 'en');
    expect(en).toMatch(/Channel\s+Posts\s+Per day\s+Gaps > cadence\s+Comments answered/);
    expect(en).toMatch(/3\.5 h\s+19\.7 h/);
    const md = formatMarkdown(report);
    expect(md).toContain('| Kanal | Unggahan | Per hari |');
    expect(md).toContain('| Instagram Pemkot Jambi | 4 | 0,57 | 2 | 5/8 (63%) | 4/6 (67%) | 3,5 jam | 19,7 jam | 1 |');
  });
});
