// Feed items → listed links, shared by the RSS and Google News crawlers: an item needs an http(s)
// link; one without is reported. Which of them to fetch is crawlers/shared/items.ts selectNew.
import type { CrawlContext } from '../../src/core/types.js';
import { listed, type Listed } from '../shared/items.js';
import type { FeedItem } from './parse-feed.js';

export function feedLinks(items: readonly FeedItem[], ctx: CrawlContext, feedUrl: string): Listed[] {
  const out: Listed[] = [];
  for (const [i, item] of items.entries()) {
    if (!item.link || !/^https?:\/\//i.test(item.link)) {
      ctx.report('skipped', item.guid ?? `${feedUrl}#item-${i + 1}`, 'feed item has no http(s) link', { code: 'no_link' });
      continue;
    }
    out.push(
      listed(item.link, {
        title: item.title,
        publishedAt: item.publishedAt,
        author: item.author,
        meta: {
          feedCategories: item.categories,
          ...(item.guid ? { feedGuid: item.guid } : {}),
          ...(item.summary ? { feedSummary: item.summary } : {}),
        },
      }),
    );
  }
  return out;
}
