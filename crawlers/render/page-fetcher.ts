// The one switch between plain HTTP and render mode: crawlers ask for a page on behalf of a source,
// and `render: true` on that source sends it through the headless browser. Crawlers never need to
// know which one answered; both return a FetchResult.
import type { HttpClient } from '../shared/http.js';
import type { PageFetch } from '../shared/items.js';
import type { Renderer } from './browser.js';

export type { PageFetch } from '../shared/items.js';

export function createPageFetcher(http: HttpClient, renderer?: Renderer): PageFetch {
  return (source, url, opts) => (source.render && renderer ? renderer.render(url, opts) : http.fetch(url, opts));
}

/** Plain HTTP only (tests, or crawlers built without a renderer). */
export function httpPageFetcher(http: HttpClient): PageFetch {
  return (_source, url, opts) => http.fetch(url, opts);
}
