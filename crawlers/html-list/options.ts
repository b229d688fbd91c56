// Options of `html-list` sources: an index page without a feed, read with CSS selectors.
import type { Source } from '../../src/core/types.js';
import { bool, num, optionsSchema, parseSourceOptions, requiredString, str } from '../shared/source-options.js';

export const htmlListOptionsSchema = optionsSchema({
  linkSelector: requiredString('a CSS selector for the article links on the index page, e.g. "h2 a"'),
  itemSelector: str('a CSS selector'),
  titleSelector: str('a CSS selector'),
  dateSelector: str('a CSS selector'),
  nextSelector: str('a CSS selector'),
  /** Index pages followed through nextSelector; default 3 with a nextSelector, else 1. */
  maxPages: num({ min: 1, integer: true }),
  allowOtherHosts: bool(false),
  /** Links older than this many days (by their listed date) are skipped; 0 = no age limit. */
  maxAgeDays: num({ min: 0 }, 0),
});

export const htmlListOptions = (source: Source) => parseSourceOptions(htmlListOptionsSchema, source);
