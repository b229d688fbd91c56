// Options of `sitemap` sources (see the README's source table).
import type { Source } from '../../src/core/types.js';
import { num, optionsSchema, parseSourceOptions } from '../shared/source-options.js';

export const sitemapOptionsSchema = optionsSchema({
  /** Entries older than this many days are skipped; 0 = no age limit. */
  maxAgeDays: num({ min: 0 }, 7),
  /** Child sitemaps of an index read per crawl (newest first). */
  maxSitemaps: num({ min: 0, integer: true }, 10),
  /** How deep nested sitemap indexes are followed. */
  maxDepth: num({ min: 0, integer: true }, 2),
});

export const sitemapOptions = (source: Source) => parseSourceOptions(sitemapOptionsSchema, source);
