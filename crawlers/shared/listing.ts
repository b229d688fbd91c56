// Listings (a feed, an index page, a sitemap, a watched page) are read with a conditional GET, and
// their validators are handed back to the pipeline only when every item they led to has its answer.
import type { CrawlContext, FetchState } from '../../src/core/types.js';
import type { FetchResult } from './http.js';

/**
 * Conditional GET of a listing with the validators remembered for its URL. On 304 the state is
 * refreshed and undefined returned: nothing changed.
 */
export async function readListing(
  ctx: CrawlContext,
  url: string,
  fetch: (validators: { etag?: string; lastModified?: string }) => Promise<FetchResult>,
): Promise<{ res: FetchResult; fetchedAt: string } | undefined> {
  const state = await ctx.getFetchState(url);
  const res = await fetch({ etag: state?.etag, lastModified: state?.lastModified });
  const fetchedAt = new Date().toISOString();
  if (!res.notModified) return { res, fetchedAt };
  ctx.log.debug({ url }, 'not modified');
  await ctx.putFetchState({ ...(state ?? {}), url, status: 304, fetchedAt });
  return undefined;
}

/**
 * What to remember of a listing after a crawl. Its validators are kept only when every item it led
 * to got its final answer or is remembered for a retry (`complete`): items left for a later crawl
 * (over crawl.maxItemsPerSource) must be seen again, so the next crawl must not get a 304. The
 * pipeline commits this only after the items before it are stored.
 */
export function listingState(url: string, res: FetchResult, fetchedAt: string, complete: boolean): FetchState {
  return {
    url,
    ...(complete && res.headers.etag ? { etag: res.headers.etag } : {}),
    ...(complete && res.headers['last-modified'] ? { lastModified: res.headers['last-modified'] } : {}),
    status: res.status,
    fetchedAt,
  };
}
