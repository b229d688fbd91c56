// The issue map from the outside, as the acceptance check runs it: `pantau import` of fixture days,
// `pantau facts import`, then `pantau map --date D --format json|whatsapp|html|pdf` per day. The HTML
// map is opened in headless Chromium (charts drawn, choropleth, table, no console errors; a
// screenshot goes to test-artifacts/), and the PDF's text holds every issue label.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IssueMap } from '../../src/maps/types.js';
import { FIXTURES } from '../helpers/map-days.js';
import { pantau, ROOT } from './helpers.js';

const CHROMIUM = process.env.PANTAU_CRAWL_CHROMIUM_PATH || '/usr/bin/chromium';
const HAVE_CHROMIUM = existsSync(CHROMIUM);
if (!HAVE_CHROMIUM) console.warn(`HTML/PDF map tests skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
const ARTIFACTS = join(ROOT, 'test-artifacts');

const dir = mkdtempSync(join(tmpdir(), 'pantau-map-e2e-'));
const cfg = join(dir, 'pantau.config.yaml');
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const maps = new Map<string, IssueMap>();
const json = async (day: string, extra: string[] = []): Promise<IssueMap> => {
  const r = await pantau(['map', '--date', day, '--format', 'json', '--config', cfg, ...extra]);
  expect(r.stderr).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout) as IssueMap;
};

beforeAll(async () => {
  writeFileSync(
    cfg,
    `storage: { path: pantau.db }
analysis: { homeRegion: "15.71" }
map: { boundaries: ${join(FIXTURES, 'boundaries-mini.geojson')} }
crawl: { chromiumPath: ${CHROMIUM} }
sources:
  - { id: pemkot-jambi, kind: rss, url: "https://jambikota.go.id/feed", owned: true }
  - { id: cekfakta-jambi, kind: rss, url: "https://cekfakta.example.id/feed", factcheck: true }
`,
  );
  for (const d of ['2026-11-30', '2026-12-01']) {
    const r = await pantau(['import', join(FIXTURES, `day-${d}.jsonl`), '--config', cfg]);
    expect(r.code, r.stderr).toBe(0);
  }
}, 180_000);

describe('pantau facts', () => {
  it('imports the fact file idempotently by id and lists it', async () => {
    const first = await pantau(['facts', 'import', join(FIXTURES, 'facts.yaml'), '--config', cfg, '--lang', 'en']);
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/new 17, updated 0, unchanged 0, rejected 0; 17 facts stored/);
    const again = await pantau(['facts', 'import', join(FIXTURES, 'facts.yaml'), '--config', cfg, '--json']);
    expect(JSON.parse(again.stdout)).toMatchObject({ written: 0, updated: 0, unchanged: 17, total: 17 });
    const list = await pantau(['facts', 'list', '--tag', 'jalan', '--json', '--config', cfg]);
    expect((JSON.parse(list.stdout) as { id: string }[]).map((f) => f.id)).toEqual(['pupr-lingkar-barat-2026', 'pupr-ruas-jalan-2026']);
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, '- { id: x, statement: Tanpa sumber., date: 2026-11-01, opd: Dinas A }\n');
    const r = await pantau(['facts', 'import', bad, '--config', cfg]);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^pantau facts import: item 1: x: "source_url" must be an http\(s\) URL/);
    expect((await pantau(['facts', 'import', join(dir, 'missing.yaml'), '--config', cfg])).code).toBe(2);
  }, 60_000);
});

describe('pantau map', () => {
  beforeAll(async () => {
    // The second day first: its look-back maps the first day on the way.
    maps.set('2026-12-01', await json('2026-12-01'));
    maps.set('2026-11-30', await json('2026-11-30'));
  }, 120_000);

  it('prints the documented JSON shape, ranked, every mention of each issue listed', () => {
    const m = maps.get('2026-12-01')!;
    expect(m.period).toEqual({ from: '2026-12-01', to: '2026-12-01' });
    expect(m.issues.length).toBeGreaterThan(5);
    for (const [i, is] of m.issues.entries()) {
      expect(is.rank).toBe(i + 1);
      expect(is).toMatchObject({ id: expect.stringMatching(/^isu-/), label: expect.any(String), volume: is.mentions.length });
      expect(Object.keys(is.sentiment).sort()).toEqual(['negative', 'neutral', 'positive']);
      expect(is.hoax).toMatchObject({ flagged: expect.any(Boolean), debunks: expect.any(Array) });
      for (const r of is.regions) expect(r).toMatchObject({ code: expect.any(String), name: expect.any(String), level: expect.any(String) });
      for (const f of is.facts) expect(f).toMatchObject({ id: expect.any(String), statement: expect.any(String), score: expect.any(Number), reason: expect.any(String) });
      for (const x of is.mentions) expect(Object.keys(x)).toEqual(expect.arrayContaining(['url', 'title', 'source', 'publishedAt', 'sentiment']));
      if (i > 0) expect(is.importance).toBeLessThanOrEqual(m.issues[i - 1]!.importance);
    }
    const total = m.issues.reduce((n, x) => n + x.volume, 0) + m.outside.volume;
    expect(total).toBe(69);
    expect(m.outside.mentions.some((x) => /Semarang|Bogor|Medan/.test(x.title))).toBe(true);
    expect(m.issues[0]!.label).toMatch(/Lingkar Barat/);
    expect(m.issues[0]!.facts[0]!.id).toBe('pupr-lingkar-barat-2026');
  });

  it('keeps the ids of continuing issues across days and writes them onto the mentions', async () => {
    const road = (m: IssueMap) => m.issues.find((x) => /Lingkar Barat/.test(x.label))!;
    const a = road(maps.get('2026-11-30')!);
    const b = road(maps.get('2026-12-01')!);
    expect(b.id).toBe(a.id);
    expect(b.trend).toMatchObject({ previous: a.volume, direction: 'up' });
    // The same day again gives the same ids (they are stored now).
    expect((await json('2026-12-01')).issues.map((x) => x.id)).toEqual(maps.get('2026-12-01')!.issues.map((x) => x.id));
    const s = await pantau(['search', '', '--issue', b.id, '--limit', '100', '--json', '--config', cfg]);
    expect(s.code).toBe(0);
    const found = JSON.parse(s.stdout) as { issueId: string }[];
    expect(found.length).toBe(a.volume + b.volume);
    expect(found.every((x) => x.issueId === b.id)).toBe(true);
  }, 60_000);

  it('fits WhatsApp and says where the full map is', async () => {
    const r = await pantau(['map', '--date', '2026-12-01', '--format', 'whatsapp', '--full-map', 'reports/peta-isu-2026-12-01.html', '--config', cfg]);
    expect(r.code).toBe(0);
    expect(r.stdout.length).toBeLessThanOrEqual(4096);
    expect(r.stdout).toMatch(/^\*Peta Isu Kota Jambi — Selasa, 1 Desember 2026\* \(WIB\)/);
    expect(r.stdout).toContain('Peta lengkap: reports/peta-isu-2026-12-01.html');
  });

  it('writes Markdown in English with --lang en, and refuses a bad date or format with one line', async () => {
    const r = await pantau(['map', '--date', '2026-12-01', '--lang', 'en', '--no-save-ids', '--config', cfg]);
    expect(r.stdout).toMatch(/^# Issue Map — Kota Jambi/);
    const bad = await pantau(['map', '--date', '2026-02-30', '--config', cfg]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe('pantau: error: --date: expected a date YYYY-MM-DD, got "2026-02-30"\n');
    expect((await pantau(['map', '--format', 'docx', '--config', cfg])).stderr).toMatch(/--format: expected md, html, json, pdf, whatsapp/);
  });

  it('restricts a map to one kecamatan with --region', async () => {
    const m = await json('2026-11-30', ['--region', '15.71.03', '--no-save-ids']);
    expect(m.region).toEqual({ code: '15.71.03', name: 'Jambi Timur' });
    expect(m.issues[0]!.label).toMatch(/Tanjung Pinang|Talang Banjar|Jambi Timur/);
    expect(m.issues.some((x) => /Lingkar Barat/.test(x.label))).toBe(false);
  });

  describe.skipIf(!HAVE_CHROMIUM)('HTML and PDF', () => {
    it('shows the charts, the choropleth and the table in headless Chromium, without console errors', async () => {
      const file = join(dir, 'map.html');
      const r = await pantau(['map', '--date', '2026-12-01', '--format', 'html', '--out', file, '--config', cfg]);
      expect(r.code, r.stderr).toBe(0);
      const html = readFileSync(file, 'utf8');
      expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href=/); // self-contained
      const { chromium } = await import('playwright-core');
      const { chromiumArgs } = await import('../../crawlers/render/browser.js');
      const browser = await chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
      try {
        const page = await browser.newPage({ viewport: { width: 1200, height: 1600 } });
        const errors: string[] = [];
        const requests: string[] = [];
        page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
        page.on('pageerror', (e) => errors.push(String(e)));
        page.on('request', (req) => !req.url().startsWith('file:') && requests.push(req.url()));
        await page.goto(`file://${file}`);
        await page.waitForFunction(() => document.documentElement.getAttribute('data-charts') === 'ready');
        // Both charts drew something: some pixel of each canvas is not transparent.
        const drawn = await page.evaluate(() =>
          Array.from(document.querySelectorAll('canvas')).map((c) => {
            const d = (c as HTMLCanvasElement).getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
            let n = 0;
            for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
            return n;
          }),
        );
        expect(drawn).toHaveLength(2);
        for (const n of drawn) expect(n).toBeGreaterThan(1000);
        const paths = await page.locator('svg.choropleth path[data-code]').count();
        expect(paths).toBe(4);
        expect(await page.locator('svg.choropleth path[data-code="15.71.09"]').getAttribute('fill')).not.toBe('#f4f4f2'); // Alam Barajo: the road
        expect(await page.locator('tr.issue').count()).toBeGreaterThan(5);
        expect(errors).toEqual([]);
        expect(requests).toEqual([]);
        mkdirSync(ARTIFACTS, { recursive: true });
        await page.screenshot({ path: join(ARTIFACTS, 'map-2026-12-01.png'), fullPage: false });
      } finally {
        await browser.close();
      }
    }, 120_000);

    it('renders an A4 PDF whose text holds every issue label', async () => {
      const file = join(dir, 'map.pdf');
      const r = await pantau(['map', '--date', '2026-11-30', '--format', 'pdf', '--out', file, '--config', cfg]);
      expect(r.code, r.stderr).toBe(0);
      const bytes = readFileSync(file);
      expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
      const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
      const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), isEvalSupported: false }).promise;
      const page1 = await doc.getPage(1);
      const [, , w, h] = page1.view;
      expect(Math.abs(w! - 595.3)).toBeLessThan(1.5); // A4 in points: 595 × 842
      expect(Math.abs(h! - 841.9)).toBeLessThan(1.5);
      let text = '';
      for (let i = 1; i <= doc.numPages; i++) text += `${(await (await doc.getPage(i)).getTextContent()).items.map((x) => ('str' in x ? x.str : '')).join('')}\n`;
      const flat = text.replace(/\s+/g, '');
      const m = maps.get('2026-11-30')!;
      for (const is of m.issues) expect(flat, is.label).toContain(is.label.replace(/\s+/g, ''));
    }, 120_000);
  });
});

describe('pantau map and fact-check sources', () => {
  it('leaves the items of a factcheck source (the debunks) out of the issues', async () => {
    const rows = join(dir, 'debunk-day.jsonl');
    const post = 'VIRAL!! Air PDAM Kota Jambi di Kelurahan Legok tercemar racun, jangan diminum, segera sebarkan ke keluarga!!!';
    writeFileSync(
      rows,
      [
        { url: 'https://x.com/warga_legok/status/1', text: post, publishedAt: '2026-12-02T08:00:00+07:00', source: 'x', kind: 'social' },
        { url: 'https://x.com/warga_legok/status/2', text: `${post} Ini beneran?`, publishedAt: '2026-12-02T08:30:00+07:00', source: 'x', kind: 'social' },
        { url: 'https://cekfakta.example.id/2026/12/02/hoaks-air-pdam', title: '[HOAKS] Air PDAM Kota Jambi di Legok Tercemar Racun', text: 'Beredar pesan berantai bahwa air PDAM Kota Jambi di Kelurahan Legok tercemar racun. Faktanya, hasil uji laboratorium menunjukkan air layak. Pesan itu hoaks.', publishedAt: '2026-12-02T09:00:00+07:00', source: 'cekfakta-jambi', kind: 'news' },
      ].map((r) => JSON.stringify(r)).join('\n') + '\n',
    );
    expect((await pantau(['import', rows, '--config', cfg])).code).toBe(0);
    const m = await json('2026-12-02');
    const urls = m.issues.flatMap((is) => is.mentions.map((x) => x.url));
    expect(urls).toContain('https://x.com/warga_legok/status/1');
    expect(urls.some((u) => u.startsWith('https://cekfakta.example.id/'))).toBe(false);
    expect(m.outside.mentions.some((x) => x.url.startsWith('https://cekfakta.example.id/'))).toBe(false);
  }, 120_000);
});
