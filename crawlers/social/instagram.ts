// Instagram professional accounts through the Graph API: /{ig-user-id}/media and
// /{media-id}/comments (replies nested under each comment), token from META_ACCESS_TOKEN,
// options.igUserId required. Comments by the account itself (username = the media owner) are the
// office's answers (meta.isOwned). Comment pages carry no order guarantee, so all pages (capped by
// options.maxCommentPages) are read and filtered by time.
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { withQuery } from './api.js';
import { graphCrawlSetup, graphDate } from './graph.js';
import { int, isObj, str, type SocialPost } from './item.js';
import { sameHandle } from './options.js';
import { crawlThreads, jsonPages } from './threads.js';
import type { SocialDeps } from './types.js';

const MEDIA_FIELDS = 'id,caption,timestamp,permalink,username,like_count,comments_count,media_type,media_product_type';
const COMMENT_FIELDS = 'id,text,timestamp,username,like_count,from{id,username},replies{id,text,timestamp,username,like_count,from{id,username}}';

export function instagramMedia(raw: unknown, owner: string | undefined, owned: boolean): SocialPost | string {
  if (!isObj(raw)) return 'media is not an object';
  const id = str(raw.id);
  if (!id) return 'media without id';
  const publishedAt = graphDate(raw.timestamp);
  if (!publishedAt) return `media ${id} has no readable timestamp`;
  const username = str(raw.username) ?? owner;
  return {
    platform: 'instagram',
    platformId: id,
    url: str(raw.permalink) ?? `https://www.instagram.com/${username ?? 'p'}/?media=${id}`,
    text: str(raw.caption)?.trim() || '[media]',
    author: username,
    authorHandle: username,
    publishedAt,
    threadId: id,
    engagement: { likes: int(raw.like_count), replies: int(raw.comments_count) },
    isOwned: owned,
    extra: { mediaType: str(raw.media_type) },
  };
}

function commentUrl(post: SocialPost, id: string): string {
  // Instagram comment permalinks are the post permalink + c/<comment id>/. Otherwise a query parameter,
  // never a #fragment: canonical URLs drop fragments, and the mention id derives from the canonical URL.
  if (/\/(p|reel|tv)\/[^/]+\/?$/.test(post.url)) return `${post.url.replace(/\/?$/, '/')}c/${id}/`;
  const u = new URL(post.url);
  u.searchParams.set('comment_id', id);
  return u.toString();
}

export function instagramComments(raw: unknown, post: SocialPost, owner: string | undefined, owned: boolean): (SocialPost | string)[] {
  const one = (c: unknown, replyTo: string): SocialPost | string => {
    if (!isObj(c)) return 'comment is not an object';
    const id = str(c.id);
    if (!id) return 'comment without id';
    const publishedAt = graphDate(c.timestamp);
    if (!publishedAt) return `comment ${id} has no readable timestamp`;
    const username = str(c.username) ?? (isObj(c.from) ? str(c.from.username) : undefined);
    return {
      platform: 'instagram',
      platformId: id,
      url: commentUrl(post, id),
      text: str(c.text) ?? '',
      author: username,
      authorHandle: username,
      publishedAt,
      replyTo,
      threadId: post.platformId,
      engagement: { likes: int(c.like_count) },
      isOwned: owned && sameHandle(username, owner ?? post.authorHandle),
    };
  };
  const top = one(raw, post.platformId);
  const out: (SocialPost | string)[] = [top];
  if (typeof top !== 'string' && isObj(raw) && isObj(raw.replies) && Array.isArray(raw.replies.data)) {
    for (const r of raw.replies.data) out.push(one(r, top.platformId));
  }
  return out;
}

export function createInstagramCrawler(deps: SocialDeps): Crawler {
  const now = deps.now ?? Date.now;
  return {
    kinds: ['instagram'] as const,
    crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      return (async function* () {
        const { id: igUserId, secret, base, opts, control, pager, commentPages } = graphCrawlSetup(deps, source, ctx, {
          crawler: 'instagram',
          platform: 'Instagram Graph API',
          idOption: 'igUserId',
          now,
        });
        yield* crawlThreads({
          source,
          ctx,
          control,
          now: now(),
          commentsNewestFirst: false,
          posts: () =>
            jsonPages(withQuery(`${base}/${igUserId}/media`, { fields: MEDIA_FIELDS, limit: 50, access_token: secret.value }), pager(opts.maxPages)),
          toPost: (raw) => instagramMedia(raw, opts.ownedHandle, source.owned),
          comments: (post) =>
            jsonPages(
              withQuery(`${base}/${post.platformId}/comments`, { fields: COMMENT_FIELDS, limit: 50, access_token: secret.value }),
              pager(commentPages),
            ),
          toComments: (raw, post) => instagramComments(raw, post, opts.ownedHandle, source.owned),
        });
      })();
    },
  };
}
