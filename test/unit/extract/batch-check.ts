// Checks for a batch of handwritten pages (synthetic-batch*.ts): body, title and date per page (and
// with the feed where one is given), and, with PANTAU_EVAL_PRINT set, a per-page report.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { tokenF1 } from '../../../crawlers/html/metrics.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { normalizeItem } from '../../../src/pipeline/normalize.js';
import type { BatchPage } from './synthetic-batch3.js';

/** "YYYY-MM-DDTHH:MM+HH:MM" of an ISO string with an offset (minutes and zone, seconds dropped). */
const minute = (iso: string | undefined) => (iso ? iso.slice(0, 16) + iso.slice(-6) : '');

function score(pages: BatchPage[]) {
  return pages.map((p) => {
    const r = extractArticle(p.html, p.url);
    return { p, r, f1: tokenF1(r.text, p.text).f1, titleOk: r.title === p.title, dateOk: minute(r.publishedAt) === p.published };
  });
}

export function batchReport(label: string, pages: BatchPage[]): string {
  const s = score(pages);
  const mean = s.reduce((a, x) => a + x.f1, 0) / s.length;
  const lines = s.map((x) => `${x.f1.toFixed(3)} ${x.titleOk ? 'T' : 't'} ${x.dateOk ? 'D' : 'd'}  ${x.p.name}${x.titleOk ? '' : ` | title ${JSON.stringify(x.r.title)}`}${x.dateOk ? '' : ` | date ${x.r.publishedAt}`}`);
  return `${label}: ${s.length} pages, body mean ${mean.toFixed(3)} (worst ${Math.min(...s.map((x) => x.f1)).toFixed(3)}), titles ${s.filter((x) => x.titleOk).length}/${s.length}, dates ${s.filter((x) => x.dateOk).length}/${s.length}\n${lines.join('\n')}`;
}

export function batchTests(label: string, pages: BatchPage[]): void {
  describe(label, () => {
    for (const p of pages) {
      const miss = new Set(p.miss ?? []);
      const run = (k: 'body' | 'title' | 'date' | 'feed') => (miss.has(k) ? it.fails : it);
      run('body')(`${p.name}: body`, () => expect(tokenF1(extractArticle(p.html, p.url).text, p.text).f1).toBeGreaterThanOrEqual(0.9));
      run('title')(`${p.name}: title`, () => expect(extractArticle(p.html, p.url).title).toBe(p.title));
      run('date')(`${p.name}: date`, () => expect(minute(extractArticle(p.html, p.url).publishedAt)).toBe(p.published));
      if (p.feed) {
        run('feed')(`${p.name}: date with the feed`, () => {
          const m = normalizeItem(
            { sourceId: 's', url: p.url, kind: 'news', fetchedAt: new Date('2026-12-02T12:00:00Z'), html: p.html, publishedAt: new Date(p.feed!) },
            extractArticle,
            canonicalizeUrl,
          );
          expect(minute(m.publishedAt)).toBe(p.withFeed);
        });
      }
    }
    if (process.env.PANTAU_EVAL_PRINT) it('report', () => console.log(batchReport(label, pages)));
  });
}
