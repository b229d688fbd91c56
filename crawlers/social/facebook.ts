// Facebook page posts and their comments through the Graph API (/{page-id}/posts,
// /{post-id}/comments) with a page access token from META_ACCESS_TOKEN. The source URL is the page
// (https://www.facebook.com/<page>); options.pageId is the numeric page id the API wants. A comment
// written by the page itself (from.id = page id) is the office answering (meta.isOwned).
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { withQuery } from './api.js';
import { graphCrawlSetup, graphDate } from './graph.js';
import { int, isObj, str, type SocialPost } from './item.js';
import { crawlThreads, jsonPages } from './threads.js';
import type { SocialDeps } from './types.js';

const POST_FIELDS =
  'id,message,created_time,permalink_url,from{id,name},shares,reactions.summary(total_count).limit(0),comments.summary(total_count).limit(0)';
const COMMENT_FIELDS = 'id,message,created_time,from{id,name},parent{id},permalink_url,like_count,comment_count';

export function facebookPost(raw: unknown, pageId: string, owned: boolean): SocialPost | string {
  if (!isObj(raw)) return 'post is not an object';
  const id = str(raw.id);
  if (!id) return 'post without id';
  const publishedAt = graphDate(raw.created_time);
  if (!publishedAt) return `post ${id} has no readable created_time`;
  const from = isObj(raw.from) ? raw.from : {};
  const count = (o: unknown, k: string) => (isObj(o) ? (isObj(o[k]) ? int((o[k] as Record<string, unknown>).total_count) : int(o[k])) : undefined);
  const [pid, postPart] = id.includes('_') ? id.split('_') : [pageId, id];
  return {
    platform: 'facebook',
    platformId: id,
    url: str(raw.permalink_url) ?? `https://www.facebook.com/${pid}/posts/${postPart}`,
    text: str(raw.message)?.trim() || '[media]',
    author: str(from.name),
    authorHandle: str(from.id) ?? pageId,
    publishedAt,
    threadId: id,
    engagement: { likes: count(raw.reactions, 'summary'), replies: count(raw.comments, 'summary'), shares: count(raw.shares, 'count') },
    // Posts on a page's own feed are by the page (visitor posts carry another from.id).
    isOwned: owned && (str(from.id) ?? pageId) === pageId,
  };
}

export function facebookComment(raw: unknown, post: SocialPost, pageId: string, owned: boolean): SocialPost | string {
  if (!isObj(raw)) return 'comment is not an object';
  const id = str(raw.id);
  if (!id) return 'comment without id';
  const publishedAt = graphDate(raw.created_time);
  if (!publishedAt) return `comment ${id} has no readable created_time`;
  const from = isObj(raw.from) ? raw.from : {};
  const parent = isObj(raw.parent) ? str(raw.parent.id) : undefined;
  return {
    platform: 'facebook',
    platformId: id,
    url: str(raw.permalink_url) ?? `https://www.facebook.com/${post.platformId}?comment_id=${id}`,
    text: str(raw.message) ?? '',
    author: str(from.name),
    authorHandle: str(from.id),
    publishedAt,
    replyTo: parent ?? post.platformId,
    threadId: post.platformId,
    engagement: { likes: int(raw.like_count), replies: int(raw.comment_count) },
    isOwned: owned && str(from.id) === pageId,
  };
}

export function createFacebookCrawler(deps: SocialDeps): Crawler {
  const now = deps.now ?? Date.now;
  return {
    kinds: ['facebook'] as const,
    crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      return (async function* () {
        const { id: pageId, secret, base, opts, control, pager, commentPages } = graphCrawlSetup(deps, source, ctx, {
          crawler: 'facebook',
          platform: 'Facebook Graph API',
          idOption: 'pageId',
          now,
        });
        yield* crawlThreads({
          source,
          ctx,
          control,
          now: now(),
          commentsNewestFirst: true,
          posts: () =>
            jsonPages(withQuery(`${base}/${pageId}/posts`, { fields: POST_FIELDS, limit: 50, access_token: secret.value }), pager(opts.maxPages)),
          toPost: (raw) => facebookPost(raw, pageId, source.owned),
          // filter=stream lists replies too (with parent), so one listing gives whole threads.
          comments: (post) =>
            jsonPages(
              withQuery(`${base}/${post.platformId}/comments`, {
                fields: COMMENT_FIELDS,
                filter: 'stream',
                order: 'reverse_chronological',
                limit: 100,
                access_token: secret.value,
              }),
              pager(commentPages),
            ),
          toComments: (raw, post) => [facebookComment(raw, post, pageId, source.owned)],
        });
      })();
    },
  };
}
