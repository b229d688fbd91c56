// Options of `google-news` sources: the query (or the source URL) and the edition.
import type { Source } from '../../src/core/types.js';
import { httpUrl, optionsSchema, parseSourceOptions, str } from '../shared/source-options.js';

export const googleNewsOptionsSchema = optionsSchema({
  query: str('a search query'),
  /** Replaces https://news.google.com (a proxy, or a test server). */
  apiBase: httpUrl(),
  hl: str('a language code such as "id"'),
  gl: str('a country code such as "ID"'),
  ceid: str('an edition such as "ID:id"'),
  /** Only recent news, e.g. "1d", "7d", "12h". */
  when: str('a period such as "7d"'),
});

export const googleNewsOptions = (source: Source) => parseSourceOptions(googleNewsOptionsSchema, source);
