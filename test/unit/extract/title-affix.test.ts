import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { articlePage } from './helpers.js';
import { TITLE_CASES } from './synthetic-titles.js';

describe('titles: the outlet, section and rubric names around the headline are dropped', () => {
  for (const c of TITLE_CASES) {
    it(c.name, () => {
      expect(extractArticle(articlePage({ head: c.head, before: c.before }), c.url).title).toBe(c.title);
    });
  }
});
