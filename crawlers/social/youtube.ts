// YouTube channel and playlist feeds (https://www.youtube.com/feeds/videos.xml?channel_id=… or
// ?playlist_id=…: Atom with yt:videoId and media:group → media:community statistics/starRating), and,
// when YOUTUBE_API_KEY is set, the videos' comments through the Data API v3 commentThreads
// (pageToken pagination, replies included). The feed lists the 15 newest videos and has no paging.
import { loadHtml } from '../shared/html-load.js';
import { PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { withQuery, type ApiSecret } from './api.js';
import { isObj, int, parseDate, str, type SocialPost } from './item.js';
import { htmlToText } from './html-text.js';
import { apiBase, commentOptions, commonOptions, socialOptions } from './options.js';
import { createRateGate } from './rate-limit.js';
import { crawlThreads, jsonPages, type PagerControl, type Page } from './threads.js';
import type { SocialDeps } from './types.js';
import { requireSecret } from '../../src/core/config.js';

export const YOUTUBE_KEY_ENV = 'YOUTUBE_API_KEY';

export interface FeedVideo {
  videoId: string;
  channelId?: string;
  title: string;
  description: string;
  url: string;
  author?: string;
  publishedAt?: Date;
  views?: number;
  likes?: number;
}

/** Parse the Atom feed; throws PermanentError when the document is not a YouTube feed. */
export function parseYoutubeFeed(xml: string, where: string): { channelId?: string; videos: (FeedVideo | string)[] } {
  const $ = loadHtml(xml, { xml: true });
  if ($('feed').length === 0) throw new PermanentError(`YouTube: ${where} is not an Atom feed (no <feed> element)`, 'malformed');
  const channelId = $('feed > yt\\:channelId').first().text().trim() || undefined;
  const videos: (FeedVideo | string)[] = [];
  $('entry').each((i, node) => {
    const e = $(node);
    const videoId = e.find('yt\\:videoId').first().text().trim();
    if (!videoId) return void videos.push(`entry #${i + 1} has no yt:videoId`);
    const group = e.find('media\\:group').first();
    const published = e.find('published').first().text().trim();
    const publishedAt = published ? new Date(published) : undefined;
    if (!publishedAt || Number.isNaN(publishedAt.getTime())) return void videos.push(`video ${videoId} has no readable <published>`);
    videos.push({
      videoId,
      channelId: e.find('yt\\:channelId').first().text().trim() || channelId,
      title: (group.find('media\\:title').first().text() || e.find('title').first().text()).trim(),
      description: group.find('media\\:description').first().text().trim(),
      url: e.find('link[rel="alternate"]').attr('href') ?? `https://www.youtube.com/watch?v=${videoId}`,
      author: e.find('author > name').first().text().trim() || undefined,
      publishedAt,
      views: int(group.find('media\\:statistics').attr('views')),
      likes: int(group.find('media\\:starRating').attr('count')),
    });
  });
  return { channelId, videos };
}

function commentPost(c: unknown, video: SocialPost, channelId: string | undefined, owned: boolean, replyTo: string, extraReplies?: number): SocialPost | string {
  if (!isObj(c)) return 'comment is not an object';
  const id = str(c.id);
  const s = isObj(c.snippet) ? c.snippet : undefined;
  if (!id || !s) return 'comment without id or snippet';
  const publishedAt = parseDate(s.publishedAt);
  if (!publishedAt) return `comment ${id} has no readable publishedAt`;
  const author = isObj(s.authorChannelId) ? str(s.authorChannelId.value) : undefined;
  const raw = str(s.textOriginal) ?? str(s.textDisplay) ?? '';
  return {
    platform: 'youtube',
    platformId: id,
    url: `https://www.youtube.com/watch?v=${video.platformId}&lc=${id}`,
    text: htmlToText(raw),
    author: str(s.authorDisplayName),
    authorHandle: author,
    publishedAt,
    replyTo,
    threadId: video.platformId,
    engagement: { likes: int(s.likeCount), replies: extraReplies },
    isOwned: owned && !!author && author === channelId,
  };
}

/** A commentThread → its top-level comment and the replies the API included. */
export function youtubeThread(t: unknown, video: SocialPost, channelId: string | undefined, owned: boolean): (SocialPost | string)[] {
  if (!isObj(t) || !isObj(t.snippet)) return ['comment thread without snippet'];
  const top = commentPost(t.snippet.topLevelComment, video, channelId, owned, video.platformId, int(t.snippet.totalReplyCount));
  const out: (SocialPost | string)[] = [top];
  const replies = isObj(t.replies) && Array.isArray(t.replies.comments) ? t.replies.comments : [];
  if (typeof top !== 'string') for (const r of replies) out.push(commentPost(r, video, channelId, owned, top.platformId));
  return out;
}

export function createYoutubeCrawler(deps: SocialDeps): Crawler {
  const now = deps.now ?? Date.now;
  return {
    kinds: ['youtube'] as const,
    crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      return (async function* () {
        const log = ctx.log.child({ crawler: 'youtube', source: source.id });
        const env = deps.env ?? process.env;
        // Comments are optional: without a key the feed alone is read, unless options.comments demands them.
        const yo = socialOptions(source, 'youtube');
        const wantComments = yo.comments ?? true;
        const mustComment = yo.comments === true;
        const key = mustComment ? requireSecret(YOUTUBE_KEY_ENV, env) : wantComments ? env[YOUTUBE_KEY_ENV] : undefined;
        if (wantComments && !key) log.info(`no ${YOUTUBE_KEY_ENV}: reading the video feed without comments`);
        const secret: ApiSecret | undefined = key ? { env: YOUTUBE_KEY_ENV, value: key, as: 'query' } : undefined;
        const base = apiBase(source, 'https://www.googleapis.com/youtube/v3');
        const opts = commonOptions(source);
        const control: PagerControl = { stopped: false };

        const res = await deps.http.fetch(source.url, {
          signal: ctx.signal,
          trusted: true,
          accept: 'application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
        });
        const feed = parseYoutubeFeed(res.text, source.url);
        const channelId = yo.channelId ?? feed.channelId ?? new URL(source.url).searchParams.get('channel_id') ?? undefined;
        const entries = feed.videos;
        const feedPage: Page = { items: entries, ref: source.url };
        const commentPages = commentOptions(source).maxCommentPages;

        yield* crawlThreads({
          source,
          ctx,
          control,
          now: now(),
          commentsNewestFirst: true,
          posts: async function* () {
            yield feedPage;
          },
          toPost: (v) => {
            if (typeof v === 'string') return v;
            const fv = v as FeedVideo;
            return {
              platform: 'youtube',
              platformId: fv.videoId,
              url: fv.url,
              title: fv.title,
              text: [fv.title, fv.description].filter(Boolean).join('\n\n'),
              author: fv.author,
              authorHandle: fv.channelId,
              publishedAt: fv.publishedAt,
              threadId: fv.videoId,
              engagement: { views: fv.views, likes: fv.likes },
              isOwned: source.owned && (!channelId || fv.channelId === channelId),
              extra: fv.channelId ? { channelId: fv.channelId } : undefined,
            } satisfies SocialPost;
          },
          comments: secret
            ? (video) =>
                jsonPages(
                  withQuery(`${base}/commentThreads`, {
                    part: 'snippet,replies',
                    videoId: video.platformId,
                    maxResults: 100,
                    order: 'time',
                    textFormat: 'plainText',
                    key: secret.value,
                  }),
                  {
                    http: deps.http,
                    ctx,
                    platform: 'YouTube Data API',
                    secret,
                    gate: createRateGate({ style: 'none', maxWaitMs: opts.maxRateLimitWaitMs, log, signal: ctx.signal, now }),
                    control,
                    maxPages: commentPages,
                    items: (d) => (isObj(d) && Array.isArray(d.items) ? d.items : 'expected {items: [...]}'),
                    next: (d, url) => {
                      const t = isObj(d) ? str(d.nextPageToken) : undefined;
                      return t ? withQuery(url, { pageToken: t }) : undefined;
                    },
                  },
                )
            : undefined,
          toComments: (t, video) => youtubeThread(t, video, channelId, source.owned),
        });
      })();
    },
  };
}
