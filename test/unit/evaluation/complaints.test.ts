// Complaints from a LAPOR!-shaped CSV (the real file reader, the real analyzers): each gets an OPD,
// becomes overdue after the deadline in working days (a weekend and a listed holiday skipped), and
// is answered when the export with the follow-up is imported; bad rows are counted with their line.
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseConfig, type PantauConfig } from '../../../src/core/config.js';
import type { Complaint } from '../../../src/core/evaluation.js';
import type { Store } from '../../../src/core/types.js';
import { silentLogger } from '../../../src/core/log.js';
import { createStore } from '../../../src/store/index.js';
import { complaintTagger, deadlineRules, openComplaintFile } from '../../../src/cli/complaints-runtime.js';
import { complaintState, matchIssue, opdTable } from '../../../src/evaluation/complaints.js';
import { importComplaints } from '../../../src/evaluation/import.js';

const FIX = join(import.meta.dirname, '..', '..', 'fixtures', 'evaluation');
const WIB = (s: string) => Date.parse(`${s}+07:00`);

describe('complaints from a LAPOR!-shaped export', () => {
  let store: Store;
  let config: PantauConfig;
  beforeEach(async () => {
    config = parseConfig({ storage: { path: ':memory:' }, complaints: { holidays: ['2026-11-05'] } }, { env: {} });
    store = await createStore({ driver: 'sqlite', path: ':memory:' }, undefined, { timezone: config.timezone });
  });
  afterEach(async () => store.close());

  const run = async (file: string, now = '2026-11-20T00:00:00Z') => {
    const opened = await openComplaintFile(config, join(FIX, file), 'lapor', silentLogger);
    return importComplaints(store, opened.records, {
      ...opened.ctx,
      tag: await complaintTagger(config, store),
      regionName: 'Kota Jambi',
      now: new Date(now),
      ref: file,
      issueWindowDays: 3,
    });
  };

  it('assigns an OPD, counts bad rows by line, and follows the deadline and the answer', async () => {
    const first = await run('lapor-2026-11.csv');
    expect(first.counts).toMatchObject({ written: 3, updated: 0, duplicate: 0, dropped: 2 });
    expect(first.problems).toEqual([
      { row: 5, reason: expect.stringMatching(/Tanggal Laporan.*not a date/) },
      { row: 6, reason: expect.stringMatching(/no id in column "ID Laporan"/) },
    ]);
    const road = (await store.getComplaint('lapor:LAP-2611-0001'))!;
    // "Pemerintah Kota Jambi" is the whole government, not an OPD: the topic → OPD table decides.
    expect(road).toMatchObject({ opd: 'Dinas PUPR Kota Jambi', opdSource: 'table', receivedAt: '2026-11-03T03:00:00.000Z' });
    expect((await store.getComplaint('lapor:LAP-2611-0002'))!.opd).toBe('Dinas Lingkungan Hidup Kota Jambi');
    expect((await store.getComplaint('lapor:LAP-2611-0003'))!).toMatchObject({ opd: 'Dinas Kesehatan Kota Jambi', opdSource: 'import', answeredAt: '2026-11-04T08:15:00.000Z' });

    const rules = deadlineRules(config);
    // Tue 3 Nov 10:00 + 5 working days, Thu 5 Nov a holiday: Wed 11 Nov 10:00 WIB (not Tue 10 Nov).
    expect(complaintState(road, WIB('2026-11-10T12:00'), rules)).toEqual({ status: 'open', deadline: '2026-11-11T03:00:00.000Z' });
    expect(complaintState(road, WIB('2026-11-11T10:01'), rules).status).toBe('overdue');
    expect(complaintState(road, WIB('2026-11-10T12:00'), { ...rules, holidays: [] }).status).toBe('overdue');

    const again = await run('lapor-2026-11.csv');
    expect(again.counts).toMatchObject({ written: 0, updated: 0, duplicate: 3 });

    const reply = await run('lapor-2026-11-tindak-lanjut.csv');
    expect(reply.counts).toMatchObject({ written: 0, updated: 1, dropped: 0 });
    const answered = (await store.getComplaint('lapor:LAP-2611-0001'))!;
    expect(answered.answer).toMatch(/menambal/);
    const st = complaintState(answered, WIB('2026-11-13T00:00'), rules);
    expect(st).toMatchObject({ status: 'answered', answerHours: 220, late: true });

    const rows = opdTable(await store.listComplaints(), WIB('2026-11-13T00:00'), rules);
    const byOpd = Object.fromEntries(rows.map((r) => [r.opd, r]));
    expect(byOpd['Dinas PUPR Kota Jambi']).toMatchObject({ total: 1, answered: 1, late: 1, overdue: 0, answerHours: { n: 1, median: 220, p90: 220 } });
    expect(byOpd['Dinas Lingkungan Hidup Kota Jambi']).toMatchObject({ total: 1, answered: 0, overdue: 1 });
    expect(byOpd['Dinas Lingkungan Hidup Kota Jambi']!.overdueItems[0]).toMatchObject({ id: 'lapor:LAP-2611-0002', deadline: '2026-11-11T04:30:00.000Z' });
    expect(byOpd['Dinas Kesehatan Kota Jambi']!.answerHours).toEqual({ n: 1, median: 7, p90: 7 });
  }, 60_000);

  it('a status word without a date answers at the import time', async () => {
    await store.upsertComplaints([]);
    const opened = await openComplaintFile(config, join(FIX, 'lapor-2026-11.csv'), 'lapor', silentLogger);
    const rows: { row: number; value: unknown }[] = [];
    for await (const r of opened.records) rows.push(r);
    const v = { ...(rows[0]!.value as Record<string, unknown>), Status: 'Selesai' };
    await importComplaints(store, (async function* () { yield { row: 2, value: v }; })(), {
      ...opened.ctx, tag: () => ({ topics: [], regions: [], entities: [], keyTerms: [] }), regionName: 'Kota Jambi', now: new Date('2026-11-06T00:00:00Z'), ref: 'x', issueWindowDays: 3,
    });
    expect((await store.getComplaint('lapor:LAP-2611-0001'))!.answeredAt).toBe('2026-11-06T00:00:00.000Z');
  });

  it('an unknown format names the known ones', async () => {
    await expect(openComplaintFile(config, join(FIX, 'lapor-2026-11.csv'), 'fax', silentLogger)).rejects.toThrow(/--format: expected one of lapor, sp4n .*got "fax"/);
  });
});

describe('opdTable and matchIssue', () => {
  const rules = { deadlineDays: 2, holidays: [], timezone: 'Asia/Jakarta' };
  const c = (id: string, received: string, answered?: string): Complaint => ({
    id: `x:${id}`, channel: 'x', externalId: id, text: 't', receivedAt: received, opd: 'A', opdSource: 'table', topics: [], regions: [], ...(answered ? { answeredAt: answered } : {}),
  });
  it('median and p90 by linear interpolation over answered complaints', () => {
    const list = [c('1', '2026-11-02T00:00:00Z', '2026-11-02T01:00:00Z'), c('2', '2026-11-02T00:00:00Z', '2026-11-02T02:00:00Z'), c('3', '2026-11-02T00:00:00Z', '2026-11-02T05:00:00Z'), c('4', '2026-11-02T00:00:00Z', '2026-11-03T02:00:00Z'), c('5', '2026-11-02T00:00:00Z')];
    const [row] = opdTable(list, Date.parse('2026-11-10T00:00:00Z'), rules);
    // [1, 2, 5, 26]: median 3.5, p90 = 5 + 0.7·21 = 19.7
    expect(row).toMatchObject({ total: 5, answered: 4, overdue: 1, answerHours: { n: 4, median: 3.5, p90: 19.7 } });
  });
  it('matches the issue sharing the most key terms (two, or one with the topic)', () => {
    const issues = [
      { issueId: 'banjir', terms: new Map([['banjir', 9], ['tanjung', 4], ['pinang', 4]]), topics: new Set(['banjir-lingkungan']) },
      { issueId: 'jalan', terms: new Map([['jalan', 7], ['berlubang', 3]]), topics: new Set(['infrastruktur']) },
    ];
    expect(matchIssue(['jalan', 'berlubang', 'motor'], [], issues)).toBe('jalan');
    expect(matchIssue(['banjir', 'rumah'], ['banjir-lingkungan'], issues)).toBe('banjir');
    expect(matchIssue(['banjir', 'rumah'], [], issues)).toBeUndefined();
  });
});
