import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { normalizeItem } from '../../../src/pipeline/normalize.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { articlePage } from './helpers.js';
import { DATE_CASES } from './synthetic-dates.js';

const page = (c: (typeof DATE_CASES)[number]) => articlePage({ head: c.head, before: c.before, after: c.after });

describe('publication date from the page alone', () => {
  for (const c of DATE_CASES) {
    it(c.name, () => {
      expect(extractArticle(page(c), c.url).publishedAt ?? null).toBe(c.page);
    });
  }
});

describe('publication date when the feed gives one too (the date rule in normalize)', () => {
  for (const c of DATE_CASES.filter((x) => x.feed)) {
    it(c.name, () => {
      const m = normalizeItem(
        {
          sourceId: 's',
          url: c.url,
          kind: 'news',
          fetchedAt: new Date(c.fetchedAt ?? '2026-12-01T00:00:00Z'),
          html: page(c),
          publishedAt: new Date(c.feed!),
        },
        extractArticle,
        canonicalizeUrl,
      );
      expect(m.publishedAt).toBe(c.withFeed);
    });
  }
});
