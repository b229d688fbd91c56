// Mastodon, no token: a hashtag timeline (https://<instance>/tags/<tag> → /api/v1/timelines/tag/<tag>)
// or an account's statuses (https://<instance>/@user → /api/v1/accounts/lookup, /accounts/:id/statuses).
// Pages newest-first and follows the Link header's rel="next" (max_id); since_id = the cursor (newest
// status id seen). For an owned account, the public replies to its recent statuses come from
// /api/v1/statuses/:id/context, so the audit sees citizens' questions and the office's answers.
import { ConfigError, PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, Logger, RawItem, Source } from '../../src/core/types.js';
import { fetchJson, withQuery } from './api.js';
import { compareIds, loadCursor, maxId, maxIso, saveCursor } from './cursor.js';
import { htmlToText } from './html-text.js';
import { isObj, parseDate, str, int, toRawItem, type SocialPost } from './item.js';
import { parseLinkHeader } from './link-header.js';
import { apiBase, commonOptions, sameHandle, socialOptions, sourceUrl } from './options.js';
import { createRateGate } from './rate-limit.js';
import type { SocialDeps } from './types.js';

type Target = { type: 'tag'; tag: string } | { type: 'account'; acct: string };

export function mastodonTarget(source: Source): { origin: string; target: Target } {
  const u = sourceUrl(source);
  const parts = u.pathname.split('/').filter(Boolean).map(decodeURIComponent);
  if (parts[0] === 'tags' && parts[1]) return { origin: u.origin, target: { type: 'tag', tag: parts[1] } };
  if (parts[0]?.startsWith('@') && parts[0].length > 1) return { origin: u.origin, target: { type: 'account', acct: parts[0].slice(1) } };
  throw new ConfigError(`sources[id=${source.id}].url: expected https://<instance>/tags/<tag> or https://<instance>/@user, got "${source.url}"`);
}

/** One status → SocialPost, or the reason it cannot be used. */
export function mastodonStatus(s: unknown, origin: string, ownedHandle: string | undefined): SocialPost | string {
  if (!isObj(s)) return 'status is not an object';
  const id = str(s.id);
  if (!id) return 'status without id';
  if (isObj(s.reblog)) return 'boost of another status';
  const account = isObj(s.account) ? s.account : {};
  const acct = str(account.acct);
  const publishedAt = parseDate(s.created_at);
  if (!publishedAt) return `status ${id} has no readable created_at`;
  const content = typeof s.content === 'string' ? htmlToText(s.content) : '';
  const spoiler = typeof s.spoiler_text === 'string' ? s.spoiler_text.trim() : '';
  const text = [spoiler, content].filter(Boolean).join('\n\n');
  if (!text) return `status ${id} has no text`;
  const url = str(s.url) ?? str(s.uri) ?? `${origin}/@${acct ?? 'unknown'}/${id}`;
  return {
    platform: 'mastodon',
    platformId: id,
    url,
    text,
    author: str(account.display_name) || acct,
    authorHandle: acct,
    publishedAt,
    replyTo: str(s.in_reply_to_id),
    engagement: { likes: int(s.favourites_count), replies: int(s.replies_count), shares: int(s.reblogs_count) },
    isOwned: sameHandle(acct, ownedHandle),
    extra: { visibility: str(s.visibility), language: str(s.language) },
  };
}

export function createMastodonCrawler(deps: SocialDeps): Crawler {
  const now = deps.now ?? Date.now;
  return {
    kinds: ['mastodon'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log: Logger = ctx.log.child({ crawler: 'mastodon', source: source.id });
      const { origin, target } = mastodonTarget(source);
      const base = apiBase(source, origin);
      const opts = commonOptions(source);
      const owner = opts.ownedHandle ?? (target.type === 'account' && source.owned ? target.acct : undefined);
      const gate = createRateGate({ style: 'mastodon', maxWaitMs: opts.maxRateLimitWaitMs, log, signal: ctx.signal, now });
      const cursor = await loadCursor(ctx, source.id);
      const since = typeof cursor.newest === 'string' ? cursor.newest : undefined;
      const get = (url: string) => fetchJson(deps.http, { url, platform: 'Mastodon', signal: ctx.signal });

      // Replies are fetched for an owned account's statuses younger than the window.
      const { replies, commentWindowDays } = socialOptions(source, 'mastodon');
      const withReplies = target.type === 'account' && (replies ?? source.owned);
      const windowStart = now() - commentWindowDays * 86_400_000;
      const repliesSince = typeof cursor.newestReply === 'string' ? cursor.newestReply : undefined;

      let first: string;
      let accountId = typeof cursor.accountId === 'string' ? cursor.accountId : undefined;
      if (target.type === 'tag') {
        first = withQuery(`${base}/api/v1/timelines/tag/${encodeURIComponent(target.tag)}`, { limit: 40, since_id: since });
      } else {
        if (!accountId) {
          const { data } = await get(withQuery(`${base}/api/v1/accounts/lookup`, { acct: target.acct }));
          accountId = isObj(data) ? str(data.id) : undefined;
          if (!accountId) throw new PermanentError(`Mastodon: account lookup for @${target.acct} returned no id`, 'malformed');
        }
        // With replies wanted, list without since_id so statuses inside the window are seen again.
        first = withQuery(`${base}/api/v1/accounts/${accountId}/statuses`, { limit: 40, since_id: withReplies ? undefined : since });
      }

      let newest = since;
      let newestReply = repliesSince;
      const recent: string[] = [];
      // An owned account's own replies show up both in its statuses and in the context: yield once.
      const yielded = new Set<string>();
      let stopped = false;
      let url: string | undefined = first;
      for (let page = 0; url && page < opts.maxPages; page++) {
        const { data, res } = await get(url);
        if (!Array.isArray(data)) throw new PermanentError(`Mastodon: malformed page from ${url}: expected a list of statuses`, 'malformed');
        let older = false;
        for (const raw of data) {
          const p = mastodonStatus(raw, origin, owner);
          if (typeof p === 'string') {
            const ref = isObj(raw) && str(raw.url) ? str(raw.url)! : `${url}#${isObj(raw) ? (str(raw.id) ?? '?') : '?'}`;
            if (p.startsWith('boost')) ctx.report('skipped', ref, p);
            else {
              log.warn({ ref, reason: p }, 'mastodon status dropped');
              ctx.report('dropped', ref, p);
            }
            continue;
          }
          if (withReplies && p.publishedAt!.getTime() >= windowStart) recent.push(p.platformId);
          if (since && compareIds(p.platformId, since) <= 0) {
            older = true;
            continue;
          }
          newest = maxId(newest, p.platformId);
          yielded.add(p.platformId);
          yield toRawItem(source, p);
        }
        const oldestAt = data.length ? parseDate(isObj(data.at(-1)) ? (data.at(-1) as Record<string, unknown>).created_at : undefined) : undefined;
        if (!(await gate.after(res.headers))) {
          stopped = true;
          break;
        }
        const inWindow = withReplies && oldestAt !== undefined && oldestAt.getTime() >= windowStart;
        if (data.length === 0 || (older && !inWindow)) break;
        const next: string | undefined = parseLinkHeader(res.headers.link).next;
        url = next && new URL(next).origin === new URL(base).origin ? next : undefined;
      }

      // A malformed context of one status is logged and its replies skipped; the other statuses' replies
      // are still read and the replies cursor stays put, so the next run asks again.
      let repliesIncomplete = false;
      for (const id of stopped ? [] : recent) {
        const ctxUrl = `${base}/api/v1/statuses/${id}/context`;
        let data: unknown;
        let headers: Record<string, string> = {};
        try {
          const got = await get(ctxUrl);
          data = got.data;
          headers = got.res.headers;
        } catch (err) {
          if (!(err instanceof PermanentError) || err.code !== 'malformed') throw err; // not JSON at all
        }
        const desc = isObj(data) && Array.isArray(data.descendants) ? data.descendants : undefined;
        if (!desc) {
          const reason = `Mastodon: malformed context of status ${id}: no descendants list`;
          log.warn({ ref: ctxUrl, reason }, 'replies of a status skipped');
          ctx.report('failed', ctxUrl, reason);
          repliesIncomplete = true;
          continue;
        }
        for (const raw of desc) {
          const p = mastodonStatus(raw, origin, owner);
          if (typeof p === 'string') {
            const ref = `${ctxUrl}#${isObj(raw) ? (str(raw.id) ?? '?') : '?'}`;
            log.warn({ ref, reason: p }, 'mastodon reply dropped');
            ctx.report('dropped', ref, p);
            continue;
          }
          if (repliesSince && p.publishedAt!.getTime() <= Date.parse(repliesSince)) continue;
          newestReply = maxIso(newestReply, p.publishedAt!.toISOString());
          if (yielded.has(p.platformId)) continue;
          yielded.add(p.platformId);
          yield toRawItem(source, { ...p, threadId: id });
        }
        if (!(await gate.after(headers))) {
          stopped = true;
          break;
        }
      }
      if (!stopped) await saveCursor(ctx, source.id, { newest, newestReply: repliesIncomplete ? repliesSince : newestReply, accountId });
    },
  };
}
