// Reddit public JSON listings, no token: a subreddit's newest posts (https://www.reddit.com/r/<sub> →
// /r/<sub>/new.json) or a search (https://www.reddit.com/search?q=… → /search.json?sort=new). Pages
// with the listing's `after` fullname; the cursor is the newest post's fullname and creation time, so
// the next run stops at the first post it already saw. Honours x-ratelimit-remaining/-reset.
import { ConfigError, PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { fetchJson, withQuery } from './api.js';
import { loadCursor, saveCursor } from './cursor.js';
import { htmlToText } from './html-text.js';
import { int, isObj, parseDate, str, toRawItem, type SocialPost } from './item.js';
import { apiBase, commonOptions, sameHandle, sourceUrl } from './options.js';
import { createRateGate } from './rate-limit.js';
import type { SocialDeps } from './types.js';

export function redditListing(source: Source, base: string): string {
  const u = sourceUrl(source);
  const parts = u.pathname.split('/').filter(Boolean);
  const q = u.searchParams.get('q');
  if (parts[0] === 'r' && parts[1]) {
    if (parts[2] === 'search' && q) return withQuery(`${base}/r/${parts[1]}/search.json`, { q, restrict_sr: 1, sort: 'new', limit: 100, raw_json: 1 });
    return withQuery(`${base}/r/${parts[1]}/new.json`, { limit: 100, raw_json: 1 });
  }
  if (parts[0] === 'search' && q) return withQuery(`${base}/search.json`, { q, sort: 'new', limit: 100, raw_json: 1 });
  throw new ConfigError(
    `sources[id=${source.id}].url: expected https://www.reddit.com/r/<sub> or https://www.reddit.com/search?q=…, got "${source.url}"`,
  );
}

export function redditPost(child: unknown, ownedHandle: string | undefined): SocialPost | string {
  if (!isObj(child) || !isObj(child.data)) return 'listing child without data';
  const d = child.data;
  const id = str(d.id);
  const name = str(d.name) ?? (id ? `t3_${id}` : undefined);
  if (!id || !name) return 'post without id';
  const publishedAt = parseDate(d.created_utc);
  if (!publishedAt) return `post ${name} has no readable created_utc`;
  const title = str(d.title) ?? '';
  const body = typeof d.selftext === 'string' ? d.selftext : typeof d.body === 'string' ? d.body : '';
  const text = [title, body].filter((s) => s.trim()).join('\n\n');
  if (!text) return `post ${name} has no text`;
  const permalink = str(d.permalink);
  const author = str(d.author);
  return {
    platform: 'reddit',
    platformId: name,
    url: permalink ? `https://www.reddit.com${permalink}` : `https://www.reddit.com/comments/${id}`,
    text: htmlToText(text),
    title: title || undefined,
    author,
    authorHandle: author,
    publishedAt,
    replyTo: str(d.parent_id),
    threadId: str(d.link_id),
    engagement: { likes: int(d.score ?? d.ups), replies: int(d.num_comments) },
    isOwned: sameHandle(author, ownedHandle),
    extra: { subreddit: str(d.subreddit), link: str(d.url_overridden_by_dest) },
  };
}

export function createRedditCrawler(deps: SocialDeps): Crawler {
  const now = deps.now ?? Date.now;
  return {
    kinds: ['reddit'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'reddit', source: source.id });
      const base = apiBase(source, 'https://www.reddit.com');
      const first = redditListing(source, base);
      const opts = commonOptions(source);
      const gate = createRateGate({ style: 'reddit', maxWaitMs: opts.maxRateLimitWaitMs, log, signal: ctx.signal, now });
      const cursor = await loadCursor(ctx, source.id);
      const sinceName = typeof cursor.newest === 'string' ? cursor.newest : undefined;
      const sinceAt = typeof cursor.newestAt === 'number' ? cursor.newestAt : undefined;
      let newest: { name: string; at: number } | undefined;
      let after: string | undefined;
      let stopped = false;
      for (let page = 0; page < opts.maxPages; page++) {
        const url = withQuery(first, { after });
        const { data, res } = await fetchJson(deps.http, { url, platform: 'Reddit', signal: ctx.signal });
        const listing = isObj(data) && isObj(data.data) ? data.data : undefined;
        if (!listing || !Array.isArray(listing.children)) {
          throw new PermanentError(`Reddit: malformed page from ${url}: expected a Listing with data.children`, 'malformed');
        }
        let reachedKnown = false;
        for (const child of listing.children) {
          const p = redditPost(child, opts.ownedHandle);
          if (typeof p === 'string') {
            const ref = `${url}#${isObj(child) && isObj(child.data) ? (str(child.data.name) ?? '?') : '?'}`;
            log.warn({ ref, reason: p }, 'reddit item dropped');
            ctx.report('dropped', ref, p);
            continue;
          }
          const at = p.publishedAt!.getTime();
          // Known: the remembered newest post itself, or anything older than it (listing is newest-first).
          if (p.platformId === sinceName || (sinceAt !== undefined && at < sinceAt)) {
            reachedKnown = true;
            continue;
          }
          if (!newest || at > newest.at) newest = { name: p.platformId, at };
          yield toRawItem(source, p);
        }
        if (!(await gate.after(res.headers))) {
          stopped = true;
          break;
        }
        after = str(listing.after) ?? undefined;
        if (reachedKnown || !after || listing.children.length === 0) break;
      }
      if (!stopped) {
        await saveCursor(ctx, source.id, newest ? { newest: newest.name, newestAt: newest.at } : { newest: sinceName, newestAt: sinceAt });
      }
    },
  };
}
