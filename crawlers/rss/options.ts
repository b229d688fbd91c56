// `rss` sources take no options of their own (feed URL, conditional GET and item limits come from
// the source and `crawl:`); anything under `options:` other than the audit keys is a mistake.
import { optionsSchema } from '../shared/source-options.js';

export const rssOptionsSchema = optionsSchema({});
