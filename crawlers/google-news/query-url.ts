// Google News search feeds: one query (e.g. `"Kota Jambi" OR "Wali Kota Jambi"`) becomes the RSS URL
// news.google.com serves for it, in the Indonesian edition (hl=id, gl=ID, ceid=ID:id) so results are
// Indonesian outlets. options.apiBase replaces the origin (tests point it at a loopback server).
import type { Source } from '../../src/core/types.js';
import { googleNewsOptions } from './options.js';

export const GOOGLE_NEWS_ORIGIN = 'https://news.google.com';

export interface GoogleNewsQuery {
  /** The search query, or undefined when the source URL is already a feed URL. */
  query?: string;
  feedUrl: string;
}

/** Build the search-feed URL for a query. `when` ("1d", "7d", "12h") narrows to recent news. */
export function googleNewsSearchUrl(
  query: string,
  o: { apiBase?: string; hl?: string; gl?: string; ceid?: string; when?: string } = {},
): string {
  const base = (o.apiBase ?? GOOGLE_NEWS_ORIGIN).replace(/\/+$/, '');
  const hl = o.hl ?? 'id';
  const gl = o.gl ?? 'ID';
  const ceid = o.ceid ?? `${gl}:${hl.split('-')[0]}`;
  const q = o.when ? `${query} when:${o.when}` : query;
  // encodeURIComponent, not URLSearchParams: ':' in ceid stays readable and spaces are %20.
  return `${base}/rss/search?q=${encodeURIComponent(q)}&hl=${encodeURIComponent(hl)}&gl=${encodeURIComponent(gl)}&ceid=${encodeURIComponent(ceid).replace(/%3A/gi, ':')}`;
}

/** The query of a google-news source: options.query, else its url unless that is already a feed URL. */
export function googleNewsQuery(source: Source): GoogleNewsQuery {
  const o = googleNewsOptions(source);
  const query = o.query ?? (/^https?:\/\//i.test(source.url) ? undefined : source.url.trim());
  if (!query) return { feedUrl: source.url };
  return { query, feedUrl: googleNewsSearchUrl(query, o) };
}
