// The audit in an office outside WIB: days, working days and printed times follow config `timezone`.
import { describe, expect, it } from 'vitest';
import { isQuestionOrComplaint } from '../../../analyzers/questions/index.js';
import { addWorkingDays, auditChannels, formatMarkdown, formatTable, localDate } from '../../../src/audit/index.js';
import { FROM, TO, mentions, ownedSource } from './fixture.js';

const wita = (local: string) => Date.parse(`${local}+08:00`);
const wib = (local: string) => Date.parse(`${local}+07:00`);

describe('audit in the office time zone', () => {
  it('counts working days Mon–Fri in the office zone', () => {
    // Fri 23:30 WIB is already Saturday 00:30 in Makassar: counting starts Monday 00:00 WITA.
    const t = wib('2026-11-20T23:30:00');
    expect(addWorkingDays(t, 1)).toBe(wib('2026-11-23T23:30:00'));
    expect(addWorkingDays(t, 1, [], 'Asia/Makassar')).toBe(wita('2026-11-24T00:00:00'));
    expect(addWorkingDays(wita('2026-11-17T13:00:00'), 3, ['2026-11-19'], 'Asia/Makassar')).toBe(wita('2026-11-23T13:00:00'));
    expect(addWorkingDays(Date.parse('2026-11-17T13:00:00+09:00'), 3, [], 'Asia/Jayapura')).toBe(Date.parse('2026-11-20T13:00:00+09:00'));
    expect(localDate(t, 'Asia/Makassar')).toBe('2026-11-21');
  });

  it('buckets posts by local day and prints WITA times', () => {
    // A post at 23:30 WIB on Monday is a Tuesday post in a WITA office.
    const late = { ...mentions[0]!, id: 'late', url: 'https://www.instagram.com/p/LATE/', publishedAt: new Date(wib('2026-11-16T23:30:00')).toISOString() };
    const opts = { from: FROM, to: TO, classify: isQuestionOrComplaint };
    const inWib = auditChannels([...mentions, late], [ownedSource], opts);
    const inWita = auditChannels([...mentions, late], [ownedSource], { ...opts, timezone: 'Asia/Makassar' });
    expect(inWib.timezone).toBe('Asia/Jakarta');
    expect(inWita.timezone).toBe('Asia/Makassar');
    expect(inWib.channels[0]!.posts.byDay['2026-11-16']).toBe((inWita.channels[0]!.posts.byDay['2026-11-16'] ?? 0) + 1);
    expect(inWita.channels[0]!.posts.byDay['2026-11-17']).toBe((inWib.channels[0]!.posts.byDay['2026-11-17'] ?? 0) + 1);
    const table = formatTable(inWita);
    expect(table).toContain('Periode 2026-11-16 01:00 WITA – 2026-11-23 01:00 WITA');
    expect(table).toContain('hari kerja Senin–Jumat WITA');
    expect(table).not.toContain('WIB');
    expect(formatMarkdown(inWita, 'en')).toContain('working days Mon–Fri WITA');
  });
});
