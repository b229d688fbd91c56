// Discovered article links, shared by the crawlers that find links in a listing (rss, sitemap,
// google-news, html-list): which ones to fetch, fetching them concurrently (the HTTP client's
// per-host queues set the real pace) and yielding pages as they complete, and one counted
// disposition for every other link — including links a stopped crawl never got to ("not fetched
// this run"). A link whose fetch failed is handed to the pipeline with a RetryHint, so it is
// remembered and retried on a later run even when the listing answers 304.
import { errorMessage } from '../../src/core/errors.js';
import type { CrawlContext, RawItem, RetryHint, Source } from '../../src/core/types.js';
import type { FetchOptions, FetchResult } from './http.js';
import { isHtml, notHtml, outcomeForError, type Outcome } from './outcome.js';
import { sameOrigin } from './ssrf.js';
import { canonicalizeUrl } from './url.js';

/** Fetch one page for a source: plain HTTP, or through the headless browser when source.render. */
export type PageFetch = (source: Source, url: string, opts?: FetchOptions) => Promise<FetchResult>;

/** A link found in a listing, with what the listing says about the item. */
export interface Listed {
  /** The link as listed: what is fetched. */
  link: string;
  canonical: string;
  title?: string;
  publishedAt?: Date;
  author?: string;
  /** Extras for RawItem.meta (feed categories, the sitemap that listed it…). */
  meta?: Record<string, unknown>;
}

export function listed(link: string, about: Omit<Listed, 'link' | 'canonical'> = {}): Listed {
  return { link, canonical: canonicalizeUrl(link), ...about };
}

/** What the pipeline keeps of a failed link, so a later run can fetch it without its listing. */
export function retryHint(l: Listed): RetryHint {
  const { title, publishedAt, author, meta } = l;
  return { url: l.link, data: JSON.stringify({ title, publishedAt: publishedAt?.toISOString(), author, meta }) };
}

export function fromRetryHint(h: RetryHint): Listed {
  let d: { title?: unknown; publishedAt?: unknown; author?: unknown; meta?: unknown } = {};
  try {
    d = h.data ? (JSON.parse(h.data) as typeof d) : {};
  } catch {
    // a hint from another version: the link alone still works
  }
  const date = typeof d.publishedAt === 'string' ? new Date(d.publishedAt) : undefined;
  return listed(h.url, {
    ...(typeof d.title === 'string' ? { title: d.title } : {}),
    ...(date && !Number.isNaN(date.getTime()) ? { publishedAt: date } : {}),
    ...(typeof d.author === 'string' ? { author: d.author } : {}),
    ...(d.meta && typeof d.meta === 'object' ? { meta: d.meta as Record<string, unknown> } : {}),
  });
}

/** The remembered failed links of this source that are due for another try. */
export async function dueRetries(ctx: CrawlContext): Promise<Listed[]> {
  return ((await ctx.dueRetries?.()) ?? []).map(fromRetryHint);
}

/**
 * Which listed links to fetch: once per canonical URL, not known to the pipeline (stored, or
 * remembered as failed), at most `max` per crawl. Links over the cap are reported and returned as
 * `over`: their listing must not be marked complete, or the next crawl would get a 304 and never see
 * them.
 */
export async function selectNew<T extends Listed>(
  items: readonly T[],
  ctx: CrawlContext,
  max: number,
  signal: AbortSignal,
  /** Links already picked by this crawl (earlier index pages). */
  taken = 0,
): Promise<{ todo: T[]; over: T[] }> {
  const todo: T[] = [];
  const over: T[] = [];
  const seen = new Set<string>();
  for (const item of items) {
    signal.throwIfAborted();
    if (seen.has(item.canonical)) continue; // listed twice: one item
    seen.add(item.canonical);
    if (await ctx.isKnownUrl(item.canonical)) continue; // already stored (or remembered): not fetched again
    if (taken + todo.length >= max) {
      ctx.report('skipped', item.link, `over crawl.maxItemsPerSource (${max}) for this crawl`, { code: 'over_limit' });
      over.push(item);
      continue;
    }
    todo.push(item);
  }
  return { todo, over };
}

/** The RawItem of an article page, with what the listing said about it. */
export function articleItem(source: Source, l: Listed, res: FetchResult, extraMeta: Record<string, unknown> = {}): RawItem {
  return {
    sourceId: source.id,
    url: res.url,
    kind: 'news',
    fetchedAt: new Date(),
    html: res.text,
    ...(l.title !== undefined ? { title: l.title } : {}),
    ...(l.publishedAt ? { publishedAt: l.publishedAt } : {}),
    ...(l.author !== undefined ? { author: l.author } : {}),
    // feedLink: the link as listed (canonical). After a redirect or under a rel=canonical the stored
    // URL differs; the pipeline remembers both, so the next crawl recognises the item as known.
    meta: { ...l.meta, ...extraMeta, feedLink: l.canonical },
  };
}

/**
 * Fetch an article page and build its RawItem. Never rejects: the crawl loop checks the signal
 * itself, and a rejected promise left in the race set after the consumer stops would be unhandled.
 */
export async function fetchArticle(fetchPage: PageFetch, source: Source, l: Listed, signal: AbortSignal): Promise<Outcome> {
  try {
    // Vouch only for the source's own origin (scheme, host, port): see shared/ssrf.ts.
    const res = await fetchPage(source, l.link, { signal, trusted: sameOrigin(l.link, source.url) });
    return isHtml(res) ? { ok: true, item: articleItem(source, l, res) } : notHtml(res);
  } catch (err) {
    return outcomeForError(err, l.link);
  }
}

/**
 * Run `run` over the links with at most `inflight` started ahead of the consumer; yield the fetched
 * items in completion order and report every other outcome through ctx (failed and dropped ones with
 * a RetryHint). When the crawl stops early (the consumer stops, the signal aborts) every link not
 * settled yet is reported 'skipped' as not fetched this run. `run` must never reject.
 */
export async function* fetchEach<T extends Listed>(
  tasks: readonly T[],
  run: (task: T) => Promise<Outcome>,
  ctx: CrawlContext,
  signal: AbortSignal,
  inflight = 16,
): AsyncGenerator<RawItem> {
  const settled = new Array<boolean>(tasks.length).fill(false);
  const running = new Map<number, Promise<[number, Outcome]>>();
  const max = Math.max(1, inflight);
  let next = 0;
  try {
    while (next < tasks.length || running.size > 0) {
      while (next < tasks.length && running.size < max) {
        const id = next++;
        running.set(id, run(tasks[id]!).then((o) => [id, o] as [number, Outcome]));
      }
      const [id, outcome] = await Promise.race(running.values());
      running.delete(id);
      signal.throwIfAborted();
      settled[id] = true;
      if (outcome.ok) {
        yield outcome.item;
      } else {
        const retry = outcome.disposition === 'skipped' ? undefined : retryHint(tasks[id]!);
        ctx.report(outcome.disposition, outcome.url, outcome.reason, { ...(outcome.code ? { code: outcome.code } : {}), ...(retry ? { retry } : {}) });
      }
    }
  } finally {
    const why = signal.aborted ? errorMessage(signal.reason) : 'the crawl stopped first';
    tasks.forEach((t, i) => {
      if (!settled[i]) ctx.report('skipped', t.link, `not fetched this run: ${why}`, { code: 'not_fetched' });
    });
  }
}
