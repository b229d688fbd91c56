// The shape shared by channels whose posts collect comments (Facebook pages, Instagram accounts,
// YouTube channels): list posts newest-first, yield the ones newer than the cursor, then read the
// comments of every post younger than options.commentWindowDays (default 7) — old posts keep
// receiving questions, and the owned-channel audit needs them — yielding comments newer than the
// newest comment seen last run. Also the cursor-paged JSON fetch loop those APIs share.
import { PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, RawItem, Source } from '../../src/core/types.js';
import type { HttpClient } from '../shared/http.js';
import { fetchJson, type ApiSecret } from './api.js';
import { loadCursor, maxIso, saveCursor } from './cursor.js';
import { toRawItem, type SocialPost } from './item.js';
import { commentOptions } from './options.js';
import type { RateGate } from './rate-limit.js';

export interface Page {
  items: unknown[];
  /** Reference used when reporting a bad item ("<url>#<n>"). */
  ref: string;
}

export interface PagerControl {
  /** Set when a rate limit made us stop early: the cursor must not advance. */
  stopped: boolean;
}

export interface PagerSpec {
  http: HttpClient;
  ctx: CrawlContext;
  platform: string;
  secret?: ApiSecret;
  gate: RateGate;
  control: PagerControl;
  maxPages: number;
  /** Items of a page, or a one-line description of what is wrong with it (→ PermanentError). */
  items(data: unknown): unknown[] | string;
  /** URL of the next page, or undefined at the end. */
  next(data: unknown, url: string): string | undefined;
}

/** Pages of a cursor-paginated JSON list; stops at maxPages, at the end, or when the rate gate says so. */
export async function* jsonPages(first: string, spec: PagerSpec): AsyncGenerator<Page> {
  let url: string | undefined = first;
  for (let n = 0; url && n < spec.maxPages; n++) {
    const { data, res } = await fetchJson(spec.http, { url, platform: spec.platform, signal: spec.ctx.signal, secret: spec.secret });
    const items = spec.items(data);
    const shown = spec.secret ? url.split(spec.secret.value).join('***') : url;
    if (typeof items === 'string') throw new PermanentError(`${spec.platform}: malformed page from ${shown}: ${items}`, 'malformed');
    // The gate is asked before the page is handed over: a consumer that stops after this page
    // (nothing new) must still learn that the run was cut short by a rate limit.
    const go = await spec.gate.after(res.headers);
    if (!go) spec.control.stopped = true;
    yield { items, ref: shown };
    if (!go) return;
    url = spec.next(data, url);
  }
}

export interface ThreadSpec {
  source: Source;
  ctx: CrawlContext;
  control: PagerControl;
  now: number;
  posts(): AsyncGenerator<Page>;
  toPost(raw: unknown): SocialPost | string;
  /** Comment pages of one post; absent when comments cannot be read (no token). */
  comments?(post: SocialPost): AsyncGenerator<Page>;
  /** One raw comment → the comment and its nested replies. */
  toComments?(raw: unknown, post: SocialPost): (SocialPost | string)[];
  /** Comment pages come newest-first, so paging can stop at the first known comment. */
  commentsNewestFirst: boolean;
}

function refOf(page: Page, i: number): string {
  return `${page.ref}#${i + 1}`;
}

export async function* crawlThreads(spec: ThreadSpec): AsyncGenerator<RawItem> {
  const { source, ctx } = spec;
  const log = ctx.log;
  const cursor = await loadCursor(ctx, source.id);
  const postsSince = typeof cursor.newestPost === 'string' ? Date.parse(cursor.newestPost) : undefined;
  const commentsSinceIso = typeof cursor.newestComment === 'string' ? cursor.newestComment : undefined;
  const commentsSince = commentsSinceIso ? Date.parse(commentsSinceIso) : undefined;
  const windowStart = spec.now - commentOptions(source).commentWindowDays * 86_400_000;
  let newestPost = typeof cursor.newestPost === 'string' ? cursor.newestPost : undefined;
  let newestComment = commentsSinceIso;
  const recent: SocialPost[] = [];
  const drop = (ref: string, reason: string) => {
    log.warn({ ref, reason }, 'item dropped');
    ctx.report('dropped', ref, reason);
  };

  for await (const page of spec.posts()) {
    let oldest = Infinity;
    for (const [i, raw] of page.items.entries()) {
      const p = spec.toPost(raw);
      if (typeof p === 'string') {
        drop(refOf(page, i), p);
        continue;
      }
      const at = p.publishedAt?.getTime() ?? spec.now;
      oldest = Math.min(oldest, at);
      if (at >= windowStart) recent.push(p);
      if (postsSince !== undefined && at <= postsSince) continue; // yielded by an earlier run
      newestPost = maxIso(newestPost, new Date(at).toISOString());
      yield toRawItem(source, p);
    }
    // Newest-first: once a page reaches posts both known and outside the comment window, stop.
    if (page.items.length === 0 || (oldest < windowStart && (postsSince === undefined || oldest <= postsSince))) break;
  }

  // A malformed comment page of one post is logged and that post's comments skipped; the other posts'
  // comments are still read, and the comment cursor stays where it was so the next run tries again
  // (what this run already stored comes back as duplicates, which the pipeline absorbs).
  let commentsIncomplete = false;
  if (spec.comments && spec.toComments && !spec.control.stopped) {
    for (const post of recent) {
      try {
        yield* commentsOf(spec, post, commentsSince, drop, (iso) => (newestComment = maxIso(newestComment, iso)));
      } catch (err) {
        if (!(err instanceof PermanentError) || err.code !== 'malformed') throw err;
        commentsIncomplete = true;
        log.warn({ post: post.url, err: err.message }, 'comments of a post skipped: malformed page');
        ctx.report('failed', `${post.url}#comments`, err.message);
      }
      if (spec.control.stopped) break;
    }
  }
  if (!spec.control.stopped) {
    await saveCursor(ctx, source.id, { newestPost, newestComment: commentsIncomplete ? commentsSinceIso : newestComment });
  }
}

async function* commentsOf(
  spec: ThreadSpec,
  post: SocialPost,
  commentsSince: number | undefined,
  drop: (ref: string, reason: string) => void,
  seen: (iso: string) => void,
): AsyncGenerator<RawItem> {
  const { source, ctx } = spec;
  for await (const page of spec.comments!(post)) {
    let sawKnown = false;
    for (const [i, raw] of page.items.entries()) {
      for (const c of spec.toComments!(raw, post)) {
        if (typeof c === 'string') {
          drop(refOf(page, i), c);
          continue;
        }
        const at = c.publishedAt?.getTime();
        if (commentsSince !== undefined && at !== undefined && at <= commentsSince) {
          sawKnown = true;
          continue;
        }
        if (at !== undefined) seen(new Date(at).toISOString());
        if (!c.text.trim()) {
          ctx.report('skipped', c.url, 'comment without text (sticker or media)');
          continue;
        }
        yield toRawItem(source, c);
      }
    }
    if (spec.commentsNewestFirst && sawKnown) break;
  }
}
