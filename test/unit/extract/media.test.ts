import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { tokenF1 } from '../../../crawlers/html/metrics.js';
import { MEDIA_PAGES } from './synthetic-media.js';

describe('photo and video pages: the caption or the short lead, never a newsletter or teaser box', () => {
  for (const p of MEDIA_PAGES) {
    it(p.name, () => {
      const r = extractArticle(p.html, p.url);
      expect(r.title).toBe(p.title);
      expect(tokenF1(r.text, p.text).f1).toBeGreaterThanOrEqual(0.9);
      expect(r.text).not.toMatch(/email|berlangganan|newsletter|cabai/i);
    });
  }
});
