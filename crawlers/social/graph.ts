// Meta Graph API helpers shared by the facebook and instagram connectors: the token (env
// META_ACCESS_TOKEN, sent as access_token and redacted from every message), list pages ({data,
// paging}) and the cursor rule — Graph keeps paging.cursors.after on the last page too, so only a
// present paging.next means "there is more".
import { requireSecret } from '../../src/core/config.js';
import type { CrawlContext, Logger, Source } from '../../src/core/types.js';
import type { ApiSecret } from './api.js';
import { withQuery } from './api.js';
import { isObj, str } from './item.js';
import { apiBase, commentOptions, commonOptions, socialOptions } from './options.js';
import { createRateGate } from './rate-limit.js';
import type { PagerControl, PagerSpec } from './threads.js';
import type { SocialDeps } from './types.js';

export const META_TOKEN_ENV = 'META_ACCESS_TOKEN';
export const GRAPH_BASE = 'https://graph.facebook.com/v21.0';

export function metaSecret(env: NodeJS.ProcessEnv): ApiSecret {
  return { env: META_TOKEN_ENV, value: requireSecret(META_TOKEN_ENV, env), as: 'query' };
}

export function graphItems(data: unknown): unknown[] | string {
  if (!isObj(data) || !Array.isArray(data.data)) return 'expected {data: [...]}';
  return data.data;
}

export function graphNext(data: unknown, url: string): string | undefined {
  if (!isObj(data) || !isObj(data.paging) || !str(data.paging.next)) return undefined;
  const after = isObj(data.paging.cursors) ? str(data.paging.cursors.after) : undefined;
  // Rebuild from our own URL (keeps the configured base) rather than following the absolute link.
  if (after) return withQuery(url, { after });
  const next = str(data.paging.next)!;
  try {
    return new URL(next).origin === new URL(url).origin ? next : undefined;
  } catch {
    return undefined;
  }
}

/** Graph timestamps look like 2026-11-20T01:00:00+0000; make the offset ISO so Date parses it everywhere. */
export function graphDate(v: unknown): Date | undefined {
  const s = str(v);
  if (!s) return undefined;
  const d = new Date(s.replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(d.getTime()) ? undefined : d;
}

/**
 * Pager settings for Graph API list endpoints (posts, media, comments) of one crawl: the token,
 * Graph's usage headers as the rate gate, {data, paging} pages; only the page limit differs per list.
 */
export function graphPager(p: {
  deps: SocialDeps;
  ctx: CrawlContext;
  log: Logger;
  platform: string;
  secret: ApiSecret;
  control: PagerControl;
  maxRateLimitWaitMs: number;
  now: () => number;
}): (maxPages: number) => PagerSpec {
  return (maxPages) => ({
    http: p.deps.http,
    ctx: p.ctx,
    platform: p.platform,
    secret: p.secret,
    gate: createRateGate({ style: 'graph', maxWaitMs: p.maxRateLimitWaitMs, log: p.log, signal: p.ctx.signal, now: p.now }),
    control: p.control,
    maxPages,
    items: graphItems,
    next: graphNext,
  });
}

/**
 * What a Graph connector sets up for one crawl, in this order (so the first config error reported
 * stays the same): the token, the account id option it names, the API base, the common options, one
 * pager control shared by its lists, and the comment page limit.
 */
export function graphCrawlSetup(
  deps: SocialDeps,
  source: Source,
  ctx: CrawlContext,
  p: { crawler: string; platform: string; idOption: string; now: () => number },
): { id: string; secret: ApiSecret; base: string; opts: ReturnType<typeof commonOptions>; control: PagerControl; pager: (maxPages: number) => PagerSpec; commentPages: number } {
  const log = ctx.log.child({ crawler: p.crawler, source: source.id });
  const secret = metaSecret(deps.env ?? process.env);
  const id = (socialOptions(source, source.kind as 'facebook' | 'instagram') as Record<string, unknown>)[p.idOption] as string;
  const base = apiBase(source, GRAPH_BASE);
  const opts = commonOptions(source);
  const control: PagerControl = { stopped: false };
  const pager = graphPager({ deps, ctx, log, platform: p.platform, secret, control, maxRateLimitWaitMs: opts.maxRateLimitWaitMs, now: p.now });
  const commentPages = commentOptions(source).maxCommentPages;
  return { id, secret, base, opts, control, pager, commentPages };
}
