// Options of `page` sources: one page watched for changes.
import type { Source } from '../../src/core/types.js';
import { optionsSchema, parseSourceOptions, str } from '../shared/source-options.js';

export const pageOptionsSchema = optionsSchema({
  /** The region to watch (CSS selector); default the whole body. */
  selector: str('a CSS selector'),
  /** Parts that change on every load (counters, clocks) and are not a new version. */
  ignoreSelector: str('a CSS selector'),
});

export const pageOptions = (source: Source) => parseSourceOptions(pageOptionsSchema, source);
