// The evaluation report over fixture data: every figure of the summary and of each issue's effect
// recomputed from the store by a plain scan (no code shared with the report); the monthly report
// carries the previous month; Markdown holds every section; the A4 PDF's text holds every section
// (skipped, with one line, without Chromium).
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Complaint, ResponseLink } from '../../../src/core/evaluation.js';
import type { Mention, Source, Store } from '../../../src/core/types.js';
import { createStore } from '../../../src/store/index.js';
import { complaintState } from '../../../src/evaluation/complaints.js';
import { buildEvaluation, type EvaluationDeps, type EvaluationReport } from '../../../src/evaluation/report.js';
import { SECTION_TITLES, renderEvaluationHtml, renderEvaluationMarkdown } from '../../../src/evaluation/render.js';
import { RELEASE_AT, RELEASE_URL, evaluationMentions } from '../../helpers/evaluation-fixture.js';

const CHROMIUM = process.env.PANTAU_CRAWL_CHROMIUM_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`evaluation PDF test skipped: Chromium not found at ${CHROMIUM}`);

const owned: Source[] = [
  { id: 'pemkot-jambi', kind: 'rss', url: 'https://jambikota.go.id/feed', everyMinutes: 15, render: false, owned: true, factcheck: false, options: {} },
  { id: 'ig-pemkot', kind: 'import', url: '/dev/null', everyMinutes: 15, render: false, owned: true, factcheck: false, options: { cadence: '12h' } },
];
const rules = { deadlineDays: 5, holidays: ['2026-11-05'], timezone: 'Asia/Jakarta' };
const complaint = (id: string, received: string, over: Partial<Complaint> = {}): Complaint => ({
  id: `lapor:${id}`, channel: 'lapor', externalId: id, title: `Pengaduan ${id}`, text: 'Jalan berlubang di Jalan Sultan Thaha.', receivedAt: received, opd: 'Dinas PUPR Kota Jambi', opdSource: 'table', topics: ['infrastruktur'], regions: [], ...over,
});

let store: Store;
let deps: EvaluationDeps;
let month: EvaluationReport;
const all: Mention[] = evaluationMentions();

beforeAll(async () => {
  store = await createStore({ driver: 'sqlite', path: ':memory:' }, undefined, { ownedSources: owned.map((s) => s.id) });
  await store.upsertMentions(all);
  const links: ResponseLink[] = [
    { issueId: 'isu-banjir', kind: 'mention', itemId: 'ev0033', at: RELEASE_AT, how: 'auto', url: RELEASE_URL },
    { issueId: 'isu-jalan', kind: 'fact', itemId: 'pupr-tambal', at: '2026-11-29T17:00:00.000Z', how: 'manual' },
  ];
  await store.putResponseLinks(links);
  await store.upsertComplaints([
    complaint('N1', '2026-11-03T03:00:00.000Z', { answeredAt: '2026-11-04T03:00:00.000Z' }),
    complaint('N2', '2026-11-03T04:00:00.000Z', { opd: 'Dinas Lingkungan Hidup Kota Jambi', url: 'https://www.lapor.go.id/laporan/detil/N2' }),
    complaint('N3', '2026-11-27T04:00:00.000Z'),
    complaint('O1', '2026-10-20T04:00:00.000Z', { answeredAt: '2026-10-22T04:00:00.000Z' }),
  ]);
  deps = {
    store,
    timezone: 'Asia/Jakarta',
    rules,
    effect: { beforeHours: 24, afterHours: 24, minMentions: 10, confidence: 0.95 },
    linkMinScore: 0.35,
    ownedSources: owned,
    classify: () => ({ question: false, complaint: false }),
    now: () => new Date('2026-12-02T00:00:00.000Z'),
  };
  month = await buildEvaluation(deps, { month: '2026-11' });
});
afterAll(async () => store.close());

const inRange = (m: Mention, from: string, to: string) => {
  const t = Date.parse(m.publishedAt ?? m.fetchedAt);
  return t >= Date.parse(from) && t < Date.parse(to);
};
const isOwned = (m: Mention) => m.meta?.isOwned === true || owned.some((s) => s.id === m.sourceId);

describe('the evaluation report', () => {
  it('every figure is recomputed from the stored mentions and complaints', async () => {
    // A plain read of everything stored, filtered here.
    const stored: Mention[] = [];
    for (let cur: string | null | undefined; ; ) {
      const page = await store.scan({}, { limit: 500, ...(cur ? { cursor: cur } : {}) });
      stored.push(...page.items);
      cur = page.cursor;
      if (!cur) break;
    }
    expect(stored).toHaveLength(all.length);
    const nov = stored.filter((m) => !isOwned(m) && inRange(m, '2026-10-31T17:00:00Z', '2026-11-30T17:00:00Z'));
    const s = month.summary;
    expect(s.mentions).toBe(nov.length);
    expect(s.negative).toBe(nov.filter((m) => m.analysis?.sentiment.label === 'negative').length);
    expect(s.issues).toBe(new Set(nov.map((m) => m.issueId).filter(Boolean)).size);
    expect(s.responses).toBe(2);
    expect(s.issuesHandled).toBe(2);
    for (const row of month.issues.filter((i) => i.effect)) {
      const e = row.effect!;
      const t = Date.parse(e.response.at);
      const ofIssue = stored.filter((m) => m.issueId === row.issueId && !isOwned(m));
      const before = ofIssue.filter((m) => inRange(m, new Date(t - 24 * 3_600_000).toISOString(), e.response.at));
      const after = ofIssue.filter((m) => inRange(m, e.response.at, new Date(t + 24 * 3_600_000).toISOString()));
      const neg = (xs: Mention[]) => xs.filter((m) => m.analysis?.sentiment.label === 'negative').length;
      expect([e.before.volume, e.before.negative, e.after.volume, e.after.negative]).toEqual([before.length, neg(before), after.length, neg(after)]);
      expect(e.before.hoax).toBe(before.filter((m) => m.analysis?.hoax.flagged).length);
      expect(row.volume).toBe(nov.filter((m) => m.issueId === row.issueId).length);
      const first = Math.min(...ofIssue.map((m) => Date.parse(m.publishedAt!)));
      if (e.replyHours !== null) expect(e.replyHours).toBeCloseTo((t - first) / 3_600_000, 2);
      for (const p of e.pickup.mentions) expect(after.map((m) => m.id)).toContain(p.id);
    }
    const flood = month.issues.find((i) => i.issueId === 'isu-banjir')!.effect!;
    expect(flood.negativeShareChange!.high).toBeLessThan(0);
    expect(s.effectsMeasured).toBe(1);
    expect(s.negativeFell).toBe(1);
    const road = month.issues.find((i) => i.issueId === 'isu-jalan')!.effect!;
    expect(road.negativeShareChange).toBeNull();
    // Complaints received in November, status as of the month's end.
    const asOf = Date.parse('2026-11-30T17:00:00Z');
    const nc = (await store.listComplaints()).filter((c) => c.receivedAt >= '2026-10-31T17:00:00.000Z' && c.receivedAt < '2026-11-30T17:00:00.000Z');
    const st = nc.map((c) => complaintState(c, asOf, rules).status);
    expect(s.complaints).toMatchObject({ total: nc.length, answered: st.filter((x) => x === 'answered').length, overdue: st.filter((x) => x === 'overdue').length, open: st.filter((x) => x === 'open').length });
    expect(s.complaints).toMatchObject({ total: 3, answered: 1, overdue: 1, open: 1, answerHours: { n: 1, median: 24, p90: 24 } });
    expect(month.overdue.map((o) => o.id)).toEqual(['lapor:N2']);
    expect(month.opd.map((o) => [o.opd, o.total])).toEqual([['Dinas PUPR Kota Jambi', 2], ['Dinas Lingkungan Hidup Kota Jambi', 1]]);
    // Owned posts: every owned item in November (none answers a citizen here).
    expect(s.ownedPosts).toBe(stored.filter((m) => isOwned(m) && inRange(m, '2026-10-31T17:00:00Z', '2026-11-30T17:00:00Z')).length);
  });

  it('puts the previous month beside this one', () => {
    expect(month.kind).toBe('month');
    expect(month.period).toEqual({ from: '2026-11-01', to: '2026-11-30' });
    expect(month.previous!.period).toEqual({ from: '2026-10-01', to: '2026-10-31' });
    expect(month.previous!.complaints).toMatchObject({ total: 1, answered: 1, answerHours: { median: 48 } });
    expect(month.previous!.mentions).toBe(0);
  });

  it('cadence against the target and reply times per channel and per OPD', () => {
    const ig = month.cadence.find((c) => c.sourceId === 'ig-pemkot')!;
    expect(ig).toMatchObject({ targetPerDay: 2, posts: 1, meetsTarget: false });
    expect(month.channels.map((c) => c.channel)).toEqual(['pemkot-jambi', 'ig-pemkot', 'lapor']);
    expect(month.channels.find((c) => c.channel === 'lapor')).toMatchObject({ total: 3, answered: 1, median: 24 });
  });

  it('Markdown and HTML hold every section, Indonesian first, English with en', () => {
    const md = renderEvaluationMarkdown(month, 'id');
    if (process.env.PEEK) console.log(md);
    for (const t of SECTION_TITLES.id) expect(md).toContain(t);
    expect(md).toContain('Laporan Evaluasi Bulanan — 2026-11');
    expect(md).toContain('Bulan lalu');
    expect(md).toMatch(/−36,7 poin \(IK 95% −\d+,\d poin … −\d+,\d poin\)/);
    expect(md).toContain('belum cukup data (minimal 10 sebutan di tiap jendela)');
    const en = renderEvaluationMarkdown(month, 'en');
    for (const t of SECTION_TITLES.en) expect(en).toContain(t);
    expect(en).toContain('not enough data');
    const html = renderEvaluationHtml(month, 'id');
    expect(html).not.toMatch(/<script|https?:\/\/[^"]*\.(js|css)/);
    for (const t of SECTION_TITLES.id) expect(html).toContain(t);
  });

  it.skipIf(!HAVE_CHROMIUM)('the monthly report renders to an A4 PDF whose text holds every section', async () => {
    const { renderPdf } = await import('../../../src/maps/render/pdf.js');
    const { chromiumArgs } = await import('../../../crawlers/render/browser.js');
    const pdf = await renderPdf(renderEvaluationHtml(month, 'id'), { executablePath: CHROMIUM, args: chromiumArgs() });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const text = await pdfText(pdf);
    for (const t of SECTION_TITLES.id) expect(text).toContain(t.replace(/\s+/g, ''));
    expect(text).toContain('belumcukupdata');
  }, 120_000);
});

/** The PDF's text (pdfjs, as the map's PDF test reads it), whitespace removed, and its page size. */
async function pdfText(pdf: Buffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false }).promise;
  const [, , w, h] = (await doc.getPage(1)).view;
  expect(Math.abs(w! - 595.3)).toBeLessThan(1.5); // A4
  expect(Math.abs(h! - 841.9)).toBeLessThan(1.5);
  let text = '';
  for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join('');
  return text.replace(/\s+/g, '');
}
