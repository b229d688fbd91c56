import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { tokenF1 } from '../../../crawlers/html/metrics.js';
import { SYNTHETIC_PAGES } from './synthetic-pages.js';

describe('outlet-shaped synthetic pages', () => {
  for (const p of SYNTHETIC_PAGES) {
    it(p.name, () => {
      const r = extractArticle(p.html, p.url);
      expect(r.title).toBe(p.title);
      expect(tokenF1(r.text, p.paragraphs.join('\n\n')).f1).toBeGreaterThanOrEqual(0.97);
      expect((r.publishedAt ?? '').slice(0, 16)).toBe(p.published);
      expect(r.publishedAt).toMatch(/\+07:00$/);
      if (p.author) expect(r.author).toBe(p.author);
      expect(r.language).toBe('id');
    });
  }
});
