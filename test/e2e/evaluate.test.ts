// Closing the loop from the outside: `pantau import` of two fixture days and `pantau facts import`,
// `pantau complaints import` of a LAPOR!-shaped CSV (OPD, overdue after the working-day deadline
// with a listed holiday, answered by the re-import with the follow-up), `pantau complaints list`,
// then `pantau evaluate` (automatic response links from the day maps, a manual link, Markdown,
// JSON, --month with the previous month, the A4 PDF's text holding every section).
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationReport } from '../../src/evaluation/report.js';
import type { IssueMap } from '../../src/maps/types.js';
import { SECTION_TITLES } from '../../src/evaluation/render.js';
import { FIXTURES } from '../helpers/map-days.js';
import { pantau, ROOT } from './helpers.js';

const CHROMIUM = process.env.PANTAU_CRAWL_CHROMIUM_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`evaluate PDF test skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
const EVAL = join(ROOT, 'test', 'fixtures', 'evaluation');

const dir = mkdtempSync(join(tmpdir(), 'pantau-evaluate-e2e-'));
const cfg = join(dir, 'pantau.config.yaml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

beforeAll(async () => {
  writeFileSync(
    cfg,
    `storage: { path: pantau.db }
analysis: { homeRegion: "15.71" }
complaints: { holidays: ["2026-11-05"] }
crawl: { chromiumPath: ${CHROMIUM} }
sources:
  - { id: pemkot-jambi, kind: rss, url: "https://jambikota.go.id/feed", owned: true }
`,
  );
  for (const d of ['2026-11-30', '2026-12-01']) {
    const r = await pantau(['import', join(FIXTURES, `day-${d}.jsonl`), '--config', cfg]);
    expect(r.code, r.stderr).toBe(0);
  }
  const f = await pantau(['facts', 'import', join(FIXTURES, 'facts.yaml'), '--config', cfg]);
  expect(f.code, f.stderr).toBe(0);
}, 180_000);

describe('pantau complaints', () => {
  it('imports a LAPOR!-shaped CSV: OPD, bad rows by line, overdue after 5 working days, answered by the follow-up', async () => {
    const imp = await pantau(['complaints', 'import', join(EVAL, 'lapor-2026-11.csv'), '--config', cfg, '--json']);
    expect(imp.code, imp.stderr).toBe(0);
    expect(JSON.parse(imp.stdout)).toMatchObject({ written: 3, dropped: 2 });
    expect(imp.stderr).toMatch(/lapor-2026-11\.csv#row=5: column "Tanggal Laporan": not a date/);
    const list = async (asOf: string) => {
      const r = await pantau(['complaints', 'list', '--as-of', asOf, '--format', 'json', '--config', cfg]);
      expect(r.code, r.stderr).toBe(0);
      return JSON.parse(r.stdout) as { complaints: { id: string; opd: string; status: string }[] };
    };
    const road = async (asOf: string) => (await list(asOf)).complaints.find((c) => c.id === 'lapor:LAP-2611-0001')!;
    expect((await road('2026-11-10T12:00')).status).toBe('open'); // the holiday on Thu 5 Nov pushes the deadline to Wed 11 Nov
    expect(await road('2026-11-11T10:01')).toMatchObject({ status: 'overdue', opd: 'Dinas PUPR Kota Jambi' });
    const md = await pantau(['complaints', 'list', '--as-of', '2026-11-11T10:01', '--config', cfg]);
    expect(md.stdout).toContain('## Pengaduan per OPD');
    expect(md.stdout).toMatch(/Pengaduan lewat tenggat[\s\S]*Jalan rusak berlubang/);
    const reply = await pantau(['complaints', 'import', join(EVAL, 'lapor-2026-11-tindak-lanjut.csv'), '--config', cfg, '--lang', 'en']);
    expect(reply.stdout).toMatch(/new 0, updated 1, unchanged 0, rejected 0/);
    expect((await road('2026-11-13')).status).toBe('answered');
    const bad = await pantau(['complaints', 'import', join(EVAL, 'lapor-2026-11.csv'), '--format', 'fax', '--config', cfg]);
    expect(bad.code).not.toBe(0);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
  }, 120_000);
});

describe('pantau evaluate', () => {
  let report: EvaluationReport;
  it('links the owned posts of the day maps to their issues and measures around them', async () => {
    const r = await pantau(['evaluate', '--from', '2026-11-30', '--to', '2026-12-01', '--as-of', '2026-12-03', '--format', 'json', '--config', cfg]);
    expect(r.code, r.stderr).toBe(0);
    report = JSON.parse(r.stdout) as EvaluationReport;
    const handled = report.issues.filter((i) => i.effect);
    expect(handled.length).toBeGreaterThan(0);
    const clar = handled.find((i) => /BLT/i.test(i.label))!;
    expect(clar.effect!.response).toMatchObject({ kind: 'mention', how: 'auto' });
    expect(clar.effect!.response.url).toMatch(/jambikota\.go\.id/);
    expect(report.summary.issuesHandled).toBe(handled.length);
    // Every response's effect is either a figure with its interval or says there is not enough data.
    for (const i of handled) expect(i.effect!.enough === (i.effect!.negativeShareChange !== null)).toBe(true);
    // The issue map shows the effect of the linked response: a JSON field and a Markdown line.
    const map = await pantau(['map', '--date', '2026-12-01', '--format', 'json', '--config', cfg]);
    expect(map.code, map.stderr).toBe(0);
    const issue = (JSON.parse(map.stdout) as IssueMap).issues.find((i) => i.id === clar.issueId)!;
    expect(issue.effect).toMatchObject({ responseAt: clar.effect!.response.at, before: { volume: clar.effect!.before.volume } });
    const md = await pantau(['map', '--date', '2026-12-01', '--config', cfg]);
    expect(md.stdout).toMatch(/- Tanggapan kantor 2026-12-01 \d\d:\d\d WIB/);
  }, 120_000);

  it('links a response by hand, and unlinks it', async () => {
    const issue = report.issues.find((i) => !i.effect)!;
    const link = await pantau(['evaluate', 'link', issue.issueId, 'pupr-lingkar-barat-2026', '--at', '2026-12-01T09:00', '--config', cfg]);
    expect(link.code, link.stderr).toBe(0);
    expect(link.stdout).toMatch(/^linked fact pupr-lingkar-barat-2026 to /);
    const r = await pantau(['evaluate', '--from', '2026-11-30', '--to', '2026-12-01', '--as-of', '2026-12-03', '--format', 'json', '--no-maps', '--config', cfg]);
    const after = JSON.parse(r.stdout) as EvaluationReport;
    const row = after.issues.find((i) => i.issueId === issue.issueId)!;
    expect(row.effect!.response).toMatchObject({ how: 'manual', kind: 'fact', at: '2026-12-01T02:00:00.000Z' });
    const missing = await pantau(['evaluate', 'link', issue.issueId, 'no-such-thing', '--config', cfg]);
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/no mention or fact "no-such-thing"/);
    const un = await pantau(['evaluate', 'unlink', issue.issueId, row.effect!.response.itemId, '--config', cfg]);
    expect(un.stdout).toMatch(/^unlinked fact/);
  }, 120_000);

  it('writes the monthly report in Markdown with the previous month, and as an A4 PDF holding every section', async () => {
    const md = await pantau(['evaluate', '--month', '2026-11', '--as-of', '2026-12-03', '--config', cfg]);
    expect(md.code, md.stderr).toBe(0);
    for (const t of SECTION_TITLES.id) expect(md.stdout).toContain(t);
    expect(md.stdout).toContain('Bulan lalu');
    expect(md.stdout).toMatch(/Pengaduan lewat tenggat \| 1 \|/);
    const bad = await pantau(['evaluate', '--month', '2026-13', '--config', cfg]);
    expect(bad.stderr).toMatch(/--month: expected YYYY-MM, got "2026-13"/);
    if (!HAVE_CHROMIUM) return;
    const file = join(dir, 'evaluasi.pdf');
    const pdf = await pantau(['evaluate', '--month', '2026-11', '--as-of', '2026-12-03', '--format', 'pdf', '--out', file, '--no-maps', '--config', cfg]);
    expect(pdf.code, pdf.stderr).toBe(0);
    const bytes = readFileSync(file);
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
    let text = '';
    for (let i = 1; i <= doc.numPages; i++) text += (await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join('');
    const flat = text.replace(/\s+/g, '');
    for (const t of SECTION_TITLES.id) expect(flat, t).toContain(t.replace(/\s+/g, ''));
  }, 180_000);
});
