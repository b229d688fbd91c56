// Telegram public channels through the web preview at https://t.me/s/<channel> — no token, no bot.
// The page lists the newest ~20 posts; ?before=<id> gives the older ones. The cursor is the newest
// post id seen, so the next run stops paging as soon as it reaches posts it already yielded.
import { PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source } from '../../src/core/types.js';
import { ConfigError } from '../../src/core/errors.js';
import { compareIds, loadCursor, maxId, saveCursor } from './cursor.js';
import { toRawItem } from './item.js';
import { commonOptions, sameHandle, sourceUrl } from './options.js';
import { parseTelegramPage } from './telegram-parse.js';
import type { SocialDeps } from './types.js';

/** https://t.me/s/<channel> or https://t.me/<channel> (any host, so tests can serve it) → fetch base + channel. */
export function telegramChannel(source: Source): { origin: string; channel: string } {
  const u = sourceUrl(source);
  const parts = u.pathname.split('/').filter(Boolean);
  const channel = parts[0] === 's' ? parts[1] : parts[0];
  if (!channel || !/^[A-Za-z0-9_]{3,}$/.test(channel)) {
    throw new ConfigError(`sources[id=${source.id}].url: expected https://t.me/s/<channel> or https://t.me/<channel>, got "${source.url}"`);
  }
  return { origin: u.origin, channel };
}

export function createTelegramCrawler(deps: SocialDeps): Crawler {
  return {
    kinds: ['telegram'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'telegram', source: source.id });
      const { origin, channel } = telegramChannel(source);
      const opts = commonOptions(source);
      // Everything in a channel is posted by the channel itself: owned when the source is.
      const owned = source.owned && (!opts.ownedHandle || sameHandle(opts.ownedHandle, channel));
      const cursor = await loadCursor(ctx, source.id);
      const since = typeof cursor.newest === 'string' ? cursor.newest : undefined;
      let newest = since;
      let before: string | undefined;
      for (let pageNo = 0; pageNo < opts.maxPages; pageNo++) {
        const url = `${origin}/s/${channel}${before ? `?before=${before}` : ''}`;
        const res = await deps.http.fetch(url, { signal: ctx.signal, trusted: true, accept: 'text/html,application/xhtml+xml' });
        // A private or unknown channel redirects from /s/<channel> to the plain channel page.
        if (!new URL(res.url).pathname.startsWith('/s/')) {
          throw new PermanentError(`Telegram channel "${channel}" has no public web preview (redirected to ${res.url})`, 'malformed');
        }
        const page = parseTelegramPage(res.text);
        if (!page.isPreview) {
          throw new PermanentError(`Telegram: ${url} is not a channel web preview page (no .tgme_widget_message found)`, 'malformed');
        }
        for (const p of page.problems) {
          const known = /^\w+\/(\d+)$/.exec(p.ref);
          // The preview shows the same unreadable message on every run: report it once, when it is new.
          if (known && since && compareIds(known[1]!, since) <= 0) continue;
          const ref = known ? `https://t.me/${p.ref}` : `${url}#${p.ref}`;
          log.warn({ ref, reason: p.reason }, 'telegram message skipped');
          ctx.report('dropped', ref, p.reason);
        }
        const posts = [...page.posts].sort((a, b) => compareIds(b.id, a.id));
        let reachedKnown = false;
        for (const p of posts) {
          ctx.signal.throwIfAborted();
          if (since && compareIds(p.id, since) <= 0) {
            reachedKnown = true;
            continue;
          }
          newest = maxId(newest, p.id);
          const permalink = `https://t.me/${p.channel}/${p.id}`;
          if (p.service) {
            ctx.report('skipped', permalink, 'service message (not a post)');
            continue;
          }
          // A photo or video without caption is still a post (the audit counts it), just without words.
          const text = p.text || (p.hasMedia ? '[media]' : '');
          if (!text) {
            ctx.report('dropped', permalink, 'telegram post without text or media');
            continue;
          }
          yield toRawItem(source, {
            platform: 'telegram',
            platformId: `${p.channel}/${p.id}`,
            url: permalink,
            text,
            author: p.author ?? page.channelTitle ?? p.channel,
            authorHandle: p.channel,
            publishedAt: p.publishedAt,
            replyTo: p.replyTo ? `${p.channel}/${p.replyTo}` : undefined,
            threadId: p.replyTo ? `${p.channel}/${p.replyTo}` : undefined,
            engagement: { views: p.views, likes: p.reactions },
            isOwned: owned,
            extra: p.text ? undefined : { mediaOnly: true },
          });
        }
        const oldest = posts.at(-1)?.id;
        if (reachedKnown || !oldest || (before && compareIds(oldest, before) >= 0) || oldest === '1') break;
        before = oldest;
      }
      await saveCursor(ctx, source.id, { newest });
    },
  };
}
