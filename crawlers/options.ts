// The registry of source option schemas, one per kind, for loading a config: src/cli passes it to
// loadConfig so every source's `options` is checked before anything runs. Light on purpose (zod and
// the schema files only, no crawler code), so a command that only reads the config stays fast.
import type { SourceOptionSchemas } from '../src/core/config.js';
import type { SourceKind } from '../src/core/types.js';
import type { z } from 'zod';
import { googleNewsOptionsSchema } from './google-news/options.js';
import { htmlListOptionsSchema } from './html-list/options.js';
import { pageOptionsSchema } from './page/options.js';
import { rssOptionsSchema } from './rss/options.js';
import { sitemapOptionsSchema } from './sitemap/options.js';
import { SOCIAL_OPTION_SCHEMAS } from './social/option-schemas.js';

/** Every kind has one: a kind added to SOURCE_KINDS without a schema is a type error here. */
export const SOURCE_OPTION_SCHEMAS: Record<SourceKind, z.ZodType> & SourceOptionSchemas = {
  rss: rssOptionsSchema,
  sitemap: sitemapOptionsSchema,
  'google-news': googleNewsOptionsSchema,
  'html-list': htmlListOptionsSchema,
  page: pageOptionsSchema,
  ...SOCIAL_OPTION_SCHEMAS,
};
