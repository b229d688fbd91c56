// Extraction quality against the fixture pages in ../shared/fixtures/web: per page body token-F1,
// title and date correctness, and means. Used by `pantau eval extract` and bench/eval-extract.ts.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { loadHtml as load } from '../shared/html-load.js';
import { extractArticle, type ExtractedArticle } from './extract/index.js';
import { hasTimeOfDay, normalizeTitle, sameDate, sameInstant, tokenF1 } from './metrics.js';

/**
 * Tuned-on vs untouched: a page belongs to the untouched part when the SHA-1 of its file name starts
 * with 0–7. The rule was fixed before any tuning (2026-11, issue 18) and never changes, so a figure
 * on the untouched part stays a figure on pages nobody tuned the rules on.
 */
export type EvalPart = 'tune' | 'untouched';
export function partOf(id: string): EvalPart {
  const name = id.slice(id.lastIndexOf('/') + 1);
  return /^[0-7]/.test(createHash('sha1').update(name).digest('hex')) ? 'untouched' : 'tune';
}

export interface PageTruth {
  id: string;
  group: string;
  htmlPath: string;
  url: string;
  title?: string;
  /** Expected date: epoch ms, or an ISO string as the truth file gives it. */
  date?: string | number;
  text?: string;
  author?: string;
  language?: string;
}

export interface PageResult {
  id: string;
  group: string;
  part: EvalPart;
  /** Body token-F1 (undefined when the fixture has no expected text). */
  f1?: number;
  precision?: number;
  recall?: number;
  titleOk?: boolean;
  dateOk?: boolean;
  /** Same instant within a minute, when the truth gives a time of day. */
  timeOk?: boolean;
  expectedTitle?: string;
  gotTitle: string;
  expectedDate?: string;
  gotDate?: string;
  ms: number;
}

export interface GroupSummary {
  pages: number;
  meanF1?: number;
  /** The worst page's body F1. */
  minF1?: number;
  titleAccuracy?: number;
  /** Right calendar day (WIB). */
  dateAccuracy?: number;
  /** Right instant within a minute, over the pages whose truth has a time of day. */
  timeAccuracy?: number;
}

export interface EvalReport {
  fixturesDir: string;
  pages: PageResult[];
  /** All pages, and the Indonesian ones (group starting with "id/"). */
  overall: GroupSummary;
  indonesian: GroupSummary;
  /** The Indonesian pages split by partOf(): tuned on, and kept untouched. */
  indonesianTune: GroupSummary;
  indonesianUntouched: GroupSummary;
  meanMsPerPage: number;
}

export type Extractor = (html: string, url: string) => Pick<ExtractedArticle, 'title' | 'text' | 'publishedAt'>;

/** Default fixtures location: $PANTAU_FIXTURES, else ../shared/fixtures/web from the working dir. */
export function defaultFixturesDir(): string {
  return process.env.PANTAU_FIXTURES || join(process.cwd(), '..', 'shared', 'fixtures', 'web');
}

export function loadTruth(dir: string): PageTruth[] {
  const out: PageTruth[] = [];
  const readJson = (p: string): unknown => JSON.parse(readFileSync(p, 'utf8'));

  // anpandu/indonesian-news-scraper: title, date (epoch ms), content keyed by original fixture path.
  const anpanduTruth = join(dir, 'truth/anpandu/indonesian-news-scraper.derived.json');
  if (existsSync(anpanduTruth)) {
    const t = readJson(anpanduTruth) as Record<string, Record<string, unknown>>;
    for (const [key, v] of Object.entries(t)) {
      if (key.startsWith('_') || typeof v.content !== 'string') continue;
      const htmlPath = join(dir, 'html/id/anpandu', basename(key));
      if (!existsSync(htmlPath)) continue;
      out.push({
        id: `anpandu/${basename(key, '.html')}`,
        group: 'id/anpandu',
        htmlPath,
        url: String(v.url),
        title: typeof v.title === 'string' ? v.title : undefined,
        date: typeof v.date === 'number' ? v.date : undefined,
        text: v.content,
      });
    }
  }

  // mediacloud/metadata-lib: expected titles keyed by URL; pair files by shared slug words.
  const mcTruth = join(dir, 'truth/mcmetadata/titles.derived.json');
  const mcDir = join(dir, 'html/id/mcmetadata');
  if (existsSync(mcTruth) && existsSync(mcDir)) {
    const t = readJson(mcTruth) as Record<string, { title?: string }>;
    for (const file of readdirSync(mcDir).filter((f) => f.endsWith('.html'))) {
      const words = file.toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length > 4 && w !== 'wayback');
      const url = Object.keys(t).find((u) => words.some((w) => u.toLowerCase().includes(w)));
      if (!url) continue;
      out.push({ id: `mcmetadata/${basename(file, '.html')}`, group: 'id/mcmetadata', htmlPath: join(mcDir, file), url, title: t[url].title });
    }
  }

  // mozilla/readability: expected.html + expected-metadata.json per page.
  const rdDir = join(dir, 'html/other/readability');
  if (existsSync(rdDir)) {
    for (const name of readdirSync(rdDir)) {
      const htmlPath = join(rdDir, name, 'source.html');
      const tDir = join(dir, 'truth/readability', name);
      if (!existsSync(htmlPath) || !existsSync(tDir)) continue;
      const meta = existsSync(join(tDir, 'expected-metadata.json'))
        ? (readJson(join(tDir, 'expected-metadata.json')) as Record<string, unknown>)
        : {};
      const expectedHtml = join(tDir, 'expected.html');
      out.push({
        id: `readability/${name}`,
        group: 'other/readability',
        htmlPath,
        url: 'http://fakehost/test/page.html',
        title: typeof meta.title === 'string' ? meta.title : undefined,
        date: typeof meta.publishedTime === 'string' ? meta.publishedTime : undefined,
        text: existsSync(expectedHtml) ? htmlToText(readFileSync(expectedHtml, 'utf8')) : undefined,
        author: typeof meta.byline === 'string' ? meta.byline : undefined,
        language: typeof meta.lang === 'string' ? meta.lang : undefined,
      });
    }
  }

  // newspaper4k: <name>.html, txt/<name>.txt, metadata/<name>.json.
  const npDir = join(dir, 'html/other/newspaper4k');
  if (existsSync(npDir)) {
    for (const file of readdirSync(npDir).filter((f) => f.endsWith('.html'))) {
      const name = basename(file, '.html');
      const txt = join(dir, 'truth/newspaper4k/txt', `${name}.txt`);
      const metaPath = join(dir, 'truth/newspaper4k/metadata', `${name}.json`);
      const meta = existsSync(metaPath) ? (readJson(metaPath) as Record<string, unknown>) : {};
      out.push({
        id: `newspaper4k/${name}`,
        group: 'other/newspaper4k',
        htmlPath: join(npDir, file),
        url: typeof meta.url === 'string' ? meta.url : `http://example.com/${name}`,
        title: typeof meta.title === 'string' ? meta.title : undefined,
        date: typeof meta.publish_date === 'string' ? meta.publish_date : undefined,
        text: existsSync(txt) ? readFileSync(txt, 'utf8') : undefined,
        language: typeof meta.language === 'string' ? meta.language : undefined,
      });
    }
  }
  return out;
}

function htmlToText(html: string): string {
  const $ = load(html);
  $('br').replaceWith('\n');
  $('p, div, li, h1, h2, h3, h4, h5, h6').append('\n');
  return $.root().text();
}

export function evaluatePages(truths: PageTruth[], extractor: Extractor = extractArticle): PageResult[] {
  return truths.map((t) => {
    const html = readFileSync(t.htmlPath, 'utf8');
    const start = performance.now();
    const got = extractor(html, t.url);
    const ms = performance.now() - start;
    const r: PageResult = { id: t.id, group: t.group, part: partOf(t.id), gotTitle: got.title, gotDate: got.publishedAt, ms };
    if (t.text !== undefined) Object.assign(r, tokenF1(got.text, t.text));
    if (t.title !== undefined) {
      r.expectedTitle = t.title;
      r.titleOk = normalizeTitle(got.title) === normalizeTitle(t.title);
    }
    if (t.date !== undefined) {
      r.expectedDate = typeof t.date === 'number' ? new Date(t.date).toISOString() : t.date;
      r.dateOk = sameDate(t.date, got.publishedAt);
      if (hasTimeOfDay(t.date)) r.timeOk = sameInstant(t.date, got.publishedAt);
    }
    return r;
  });
}

export function summarize(pages: PageResult[]): GroupSummary {
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : undefined);
  const f1s = pages.flatMap((p) => (p.f1 === undefined ? [] : [p.f1]));
  const titles = pages.flatMap((p) => (p.titleOk === undefined ? [] : [p.titleOk ? 1 : 0]));
  const dates = pages.flatMap((p) => (p.dateOk === undefined ? [] : [p.dateOk ? 1 : 0]));
  const times = pages.flatMap((p) => (p.timeOk === undefined ? [] : [p.timeOk ? 1 : 0]));
  return {
    pages: pages.length,
    meanF1: mean(f1s),
    minF1: f1s.length ? Math.min(...f1s) : undefined,
    titleAccuracy: mean(titles),
    dateAccuracy: mean(dates),
    timeAccuracy: mean(times),
  };
}

export async function evaluateExtraction(fixturesDir: string = defaultFixturesDir(), extractor?: Extractor): Promise<EvalReport> {
  const truths = loadTruth(fixturesDir);
  const pages = evaluatePages(truths, extractor);
  const total = pages.reduce((a, p) => a + p.ms, 0);
  const id = pages.filter((p) => p.group.startsWith('id/'));
  return {
    fixturesDir,
    pages,
    overall: summarize(pages),
    indonesian: summarize(id),
    indonesianTune: summarize(id.filter((p) => p.part === 'tune')),
    indonesianUntouched: summarize(id.filter((p) => p.part === 'untouched')),
    meanMsPerPage: pages.length ? total / pages.length : 0,
  };
}

const pct = (x: number | undefined) => (x === undefined ? '   -  ' : `${(x * 100).toFixed(1).padStart(5)}%`);
const mark = (b: boolean | undefined) => (b === undefined ? '-' : b ? 'ok' : 'NO');

export interface FormatOptions {
  label?: string;
  /**
   * Show the untouched part's pages one by one. Off by default: while the rules are being tuned only
   * the untouched part's totals are printed, so its failures cannot steer the tuning.
   */
  revealUntouched?: boolean;
}

/** Plain-text table of a report, for terminals. */
export function formatExtractionReport(report: EvalReport, opts: FormatOptions | string = {}): string {
  const { label = 'pantau', revealUntouched = false } = typeof opts === 'string' ? { label: opts } : opts;
  const lines: string[] = [`extraction eval (${label}) — fixtures: ${report.fixturesDir}`, ''];
  lines.push(`${'page'.padEnd(44)} ${'F1'.padStart(6)} ${'prec'.padStart(6)} ${'rec'.padStart(6)}  title date time`);
  let hidden = 0;
  for (const p of report.pages) {
    if (p.part === 'untouched' && p.group.startsWith('id/') && !revealUntouched) {
      hidden++;
      continue;
    }
    lines.push(
      `${p.id.slice(0, 44).padEnd(44)} ${pct(p.f1)} ${pct(p.precision)} ${pct(p.recall)}  ${mark(p.titleOk).padEnd(5)} ${mark(p.dateOk).padEnd(4)} ${mark(p.timeOk)}`,
    );
    if (p.titleOk === false) lines.push(`    title: expected ${JSON.stringify(p.expectedTitle)} got ${JSON.stringify(p.gotTitle)}`);
    if (p.dateOk === false || p.timeOk === false) lines.push(`    date:  expected ${p.expectedDate} got ${p.gotDate ?? '(none)'}`);
  }
  if (hidden) lines.push(`(${hidden} untouched Indonesian pages not listed: --reveal-untouched shows them)`);
  const sum = (name: string, s: GroupSummary) =>
    `${name.padEnd(16)} pages ${String(s.pages).padStart(3)}  mean F1 ${pct(s.meanF1)}  min ${pct(s.minF1)}  title ${pct(s.titleAccuracy)}  date ${pct(s.dateAccuracy)}  time ${pct(s.timeAccuracy)}`;
  lines.push(
    '',
    sum('id tuned-on', report.indonesianTune),
    sum('id untouched', report.indonesianUntouched),
    sum('indonesian', report.indonesian),
    sum('all', report.overall),
  );
  lines.push(`mean extraction time ${report.meanMsPerPage.toFixed(2)} ms/page`);
  return lines.join('\n');
}
