// The pages written after the rules were tuned (synthetic-fresh.ts): a generalisation check.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { tokenF1 } from '../../../crawlers/html/metrics.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { normalizeItem } from '../../../src/pipeline/normalize.js';
import { articlePage } from './helpers.js';
import { FRESH_DATES, FRESH_MEDIA, FRESH_TITLES } from './synthetic-fresh.js';

describe('fresh photo and video pages', () => {
  for (const p of FRESH_MEDIA) {
    it(p.name, () => {
      const r = extractArticle(p.html, p.url);
      expect(r.title).toBe(p.title);
      expect(tokenF1(r.text, p.text).f1).toBeGreaterThanOrEqual(0.9);
    });
  }
});

describe('fresh title affixes', () => {
  for (const c of FRESH_TITLES) it(c.name, () => expect(extractArticle(articlePage({ head: c.head, before: c.before }), c.url).title).toBe(c.title));
});

describe('fresh dates', () => {
  for (const c of FRESH_DATES) {
    const html = articlePage({ head: c.head, before: c.before, after: c.after });
    (c.knownMiss ? it.fails : it)(`${c.name} (page alone)`, () => expect(extractArticle(html, c.url).publishedAt ?? null).toBe(c.page));
    if (c.feed) {
      it(`${c.name} (with the feed)`, () => {
        const m = normalizeItem(
          { sourceId: 's', url: c.url, kind: 'news', fetchedAt: new Date('2026-12-01T12:00:00Z'), html, publishedAt: new Date(c.feed!) },
          extractArticle,
          canonicalizeUrl,
        );
        expect(m.publishedAt).toBe(c.withFeed);
      });
    }
  }
});
