// Real outlet pages copied into test/fixtures/pages (see NOTES.md there), so this runs without ../shared.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { sameDate, tokenF1 } from '../../../crawlers/html/metrics.js';

const dir = fileURLToPath(new URL('../../fixtures/pages/', import.meta.url));
const expected = JSON.parse(readFileSync(dir + 'expected.json', 'utf8')) as Record<
  string,
  { url: string; title: string; date?: number; content?: string }
>;

describe('real Indonesian pages', () => {
  for (const [file, e] of Object.entries(expected)) {
    it(file, () => {
      const r = extractArticle(readFileSync(dir + file, 'utf8'), e.url);
      expect(r.title).toBe(e.title);
      if (e.content !== undefined) expect(tokenF1(r.text, e.content).f1).toBeGreaterThanOrEqual(0.9);
      if (e.date !== undefined) expect(sameDate(e.date, r.publishedAt)).toBe(true);
      expect(r.language).toBe('id');
    });
  }
  it('reads the jpnn byline date and unwraps the archived canonical URL', () => {
    const e = expected['jpnn.com-kamrussamad.wayback.html'];
    const r = extractArticle(readFileSync(dir + 'jpnn.com-kamrussamad.wayback.html', 'utf8'), e.url);
    expect(r.publishedAt).toBe('2021-07-18T18:52:00+07:00');
    expect(r.canonicalUrl).toBe('https://www.jpnn.com/news/kamrussamad-ppkm-darurat-dihentikan-angka-kematian-berpotensi-tembus-5000-per-hari');
    expect(r.text).not.toMatch(/Baca Juga/i);
    expect(r.text).toContain('(boy/jpnn)');
  });
});
