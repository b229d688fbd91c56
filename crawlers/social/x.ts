// X (Twitter) API v2 recent search with an app bearer token from X_BEARER_TOKEN. The source URL is the
// search page (https://x.com/search?q=…); its q becomes the query. since_id = the cursor (newest tweet
// id seen), next_token pages backwards; x-rate-limit-remaining/-reset (epoch seconds) are honoured.
import { requireSecret } from '../../src/core/config.js';
import { ConfigError, PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { fetchJson, withQuery, type ApiSecret } from './api.js';
import { compareIds, loadCursor, maxId, saveCursor } from './cursor.js';
import { int, isObj, parseDate, str, toRawItem, type SocialPost } from './item.js';
import { apiBase, commonOptions, sameHandle, socialOptions } from './options.js';
import { createRateGate } from './rate-limit.js';
import type { SocialDeps } from './types.js';

export const X_TOKEN_ENV = 'X_BEARER_TOKEN';

export function xQuery(source: Source): string {
  const fromOption = socialOptions(source, 'x').query;
  if (fromOption) return fromOption;
  let q: string | null = null;
  try {
    q = new URL(source.url).searchParams.get('q');
  } catch {
    /* reported below */
  }
  if (!q) throw new ConfigError(`sources[id=${source.id}].url: expected https://x.com/search?q=<query> (or options.query), got "${source.url}"`);
  return q;
}

export function xTweet(t: unknown, users: Map<string, { username?: string; name?: string }>, ownedHandle: string | undefined): SocialPost | string {
  if (!isObj(t)) return 'tweet is not an object';
  const id = str(t.id);
  if (!id || !/^\d+$/.test(id)) return 'tweet without a numeric id';
  const text = str(t.text);
  if (!text) return `tweet ${id} has no text`;
  const user = users.get(str(t.author_id) ?? '');
  const username = user?.username;
  const m = isObj(t.public_metrics) ? t.public_metrics : {};
  const refs = Array.isArray(t.referenced_tweets) ? t.referenced_tweets.filter(isObj) : [];
  const replied = refs.find((r) => r.type === 'replied_to');
  const shares = (int(m.retweet_count) ?? 0) + (int(m.quote_count) ?? 0);
  return {
    platform: 'x',
    platformId: id,
    url: username ? `https://x.com/${username}/status/${id}` : `https://x.com/i/web/status/${id}`,
    text,
    author: user?.name ?? username,
    authorHandle: username ?? str(t.author_id),
    publishedAt: parseDate(t.created_at),
    replyTo: replied ? str(replied.id) : undefined,
    threadId: str(t.conversation_id),
    engagement: {
      likes: int(m.like_count),
      replies: int(m.reply_count),
      shares: m.retweet_count !== undefined || m.quote_count !== undefined ? shares : undefined,
      views: int(m.impression_count),
    },
    isOwned: sameHandle(username, ownedHandle),
    extra: { lang: str(t.lang), authorId: str(t.author_id) },
  };
}

export function createXCrawler(deps: SocialDeps): Crawler {
  const now = deps.now ?? Date.now;
  return {
    kinds: ['x'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'x', source: source.id });
      const token = requireSecret(X_TOKEN_ENV, deps.env ?? process.env);
      const secret: ApiSecret = { env: X_TOKEN_ENV, value: token, as: 'bearer' };
      const query = xQuery(source);
      const base = apiBase(source, 'https://api.x.com');
      const opts = commonOptions(source);
      const gate = createRateGate({ style: 'x', maxWaitMs: opts.maxRateLimitWaitMs, log, signal: ctx.signal, now });
      const cursor = await loadCursor(ctx, source.id);
      const since = typeof cursor.newest === 'string' ? cursor.newest : undefined;
      let newest = since;
      let nextToken: string | undefined;
      let stopped = false;
      for (let page = 0; page < opts.maxPages; page++) {
        const url = withQuery(`${base}/2/tweets/search/recent`, {
          query,
          max_results: 100,
          since_id: since,
          next_token: nextToken,
          'tweet.fields': 'created_at,public_metrics,conversation_id,referenced_tweets,author_id,lang',
          expansions: 'author_id',
          'user.fields': 'username,name',
        });
        const { data, res } = await fetchJson(deps.http, { url, platform: 'X API', signal: ctx.signal, secret });
        if (!isObj(data) || (data.data !== undefined && !Array.isArray(data.data)) || (data.data === undefined && !isObj(data.meta))) {
          throw new PermanentError(`X API: malformed page from ${base}/2/tweets/search/recent: expected {data: [...], meta: {...}}`, 'malformed');
        }
        const users = new Map<string, { username?: string; name?: string }>();
        const inc = isObj(data.includes) && Array.isArray(data.includes.users) ? data.includes.users : [];
        for (const u of inc) if (isObj(u) && str(u.id)) users.set(str(u.id)!, { username: str(u.username), name: str(u.name) });
        for (const raw of (data.data as unknown[] | undefined) ?? []) {
          const p = xTweet(raw, users, opts.ownedHandle);
          if (typeof p === 'string') {
            const ref = `https://x.com/i/web/status/${isObj(raw) ? (str(raw.id) ?? '?') : '?'}`;
            log.warn({ ref, reason: p }, 'tweet dropped');
            ctx.report('dropped', ref, p);
            continue;
          }
          if (since && compareIds(p.platformId, since) <= 0) continue; // the API honours since_id; belt and braces
          newest = maxId(newest, p.platformId);
          yield toRawItem(source, p);
        }
        if (!(await gate.after(res.headers))) {
          stopped = true;
          break;
        }
        nextToken = isObj(data.meta) ? str(data.meta.next_token) : undefined;
        if (!nextToken) break;
      }
      if (!stopped) await saveCursor(ctx, source.id, { newest });
    },
  };
}
