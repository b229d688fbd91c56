// Which feed items to fetch, shared by the RSS and Google News crawlers: items with an http(s)
// link, once per canonical URL, not already stored, at most `max` per crawl. Every item left out for
// a reason other than "already known" is reported through ctx.
import type { CrawlContext } from '../../src/core/types.js';
import { canonicalizeUrl } from '../shared/url.js';
import type { FeedItem } from './parse-feed.js';

export interface Candidate {
  link: string;
  canonical: string;
  item: FeedItem;
}

export async function selectNewItems(
  items: readonly FeedItem[],
  ctx: CrawlContext,
  feedUrl: string,
  max: number,
  signal: AbortSignal,
): Promise<Candidate[]> {
  const todo: Candidate[] = [];
  const seen = new Set<string>();
  for (const [i, item] of items.entries()) {
    signal.throwIfAborted();
    if (!item.link || !/^https?:\/\//i.test(item.link)) {
      ctx.report('skipped', item.guid ?? `${feedUrl}#item-${i + 1}`, 'feed item has no http(s) link');
      continue;
    }
    const canonical = canonicalizeUrl(item.link);
    if (seen.has(canonical)) continue; // listed twice in one feed: one item
    seen.add(canonical);
    if (await ctx.isKnownUrl(canonical)) continue; // already stored: never fetched again
    if (todo.length >= max) {
      ctx.report('skipped', item.link, `over crawl.maxItemsPerSource (${max}) for this crawl`);
      continue;
    }
    todo.push({ link: item.link, canonical, item });
  }
  return todo;
}
