// page crawler: one URL watched for changes (a government announcements page, a tender list).
// Conditional GET first; then the page's main text is hashed (page-text.ts) and compared with the
// hash kept in SourceState.cursor. A new hash yields ONE RawItem for that version.
//
// Versions as mentions: every version needs its own mention id, and ids come from canonical URLs.
// canonicalizeUrl strips fragments, so the version goes in a query parameter:
//   url = canonicalUrl = <page url>?pantau_v=<first 12 hex of the sha256 of the text>
// (url too, so the pipeline's alias bookkeeping never writes a fetch state over the page's own
// validators). No html is passed on: the article extractor would trust the page's rel=canonical and
// fold every version into one id, and it would cut a list page down to one "article".
// text = the lines added since the last version (the news), or the whole text on first sight or
// when lines were only removed; meta.fullText is not kept (the page itself is the full text).
//
// Options: selector (region to watch), ignoreSelector (parts that change on every visit).
import { PermanentError } from '../../src/core/errors.js';
import type { CrawlContext, Crawler, RawItem, Source, SourceState } from '../../src/core/types.js';
import type { HttpClient } from '../shared/http.js';
import { canonicalizeUrl } from '../shared/url.js';
import { parseFeedDate } from '../rss/dates.js';
import type { PageFetch } from '../shared/items.js';
import { listingState, readListing } from '../shared/listing.js';
import { isHtml } from '../shared/outcome.js';
import { pageOptions } from './options.js';
import { contentHash, lineHash, pageText } from './page-text.js';

export const VERSION_PARAM = 'pantau_v';
/** Lines remembered per version for the diff; longer pages diff against their first lines only. */
const MAX_REMEMBERED_LINES = 5000;

export interface PageCrawlerOptions {
  http: HttpClient;
  /** Plain HTTP or the renderer (source.render). Default: http. */
  fetchPage?: PageFetch;
}

interface Cursor {
  v: 1;
  hash: string;
  /** lineHash of every line of that version. */
  lines: string[];
}

/** The URL a version of a watched page is stored under. */
export function versionUrl(pageUrl: string, hash: string): string {
  const u = new URL(canonicalizeUrl(pageUrl));
  u.searchParams.set(VERSION_PARAM, hash.slice(0, 12));
  return u.toString();
}

function readCursor(raw: string | undefined): Cursor | undefined {
  if (!raw) return undefined;
  try {
    const c = JSON.parse(raw) as Cursor;
    return c && c.v === 1 && typeof c.hash === 'string' && Array.isArray(c.lines) ? c : undefined;
  } catch {
    return undefined;
  }
}

export function createPageCrawler(opts: PageCrawlerOptions): Crawler {
  const fetchPage: PageFetch = opts.fetchPage ?? ((_s, url, o) => opts.http.fetch(url, o));

  return {
    kinds: ['page'] as const,
    async *crawl(source: Source, ctx: CrawlContext): AsyncIterable<RawItem> {
      const log = ctx.log.child({ crawler: 'page', source: source.id });
      const read = await readListing(ctx, source.url, (v) => fetchPage(source, source.url, { ...v, signal: ctx.signal, trusted: true }));
      if (!read) return;
      const { res } = read;
      const fetchedAt = new Date(read.fetchedAt);
      const saveValidators = () => ctx.putFetchState(listingState(source.url, res, read.fetchedAt, true));
      if (!isHtml(res)) throw new PermanentError(`page: ${res.url} is not HTML (${res.contentType || 'no content type'})`, 'not_html');

      const { title, lines } = pageText(res.text, pageOptions(source));
      if (lines.length === 0) {
        throw new PermanentError(
          `page: no text found at ${res.url}${source.render ? '' : ' (a page built by JavaScript needs render: true)'}`,
          'empty',
        );
      }
      const hash = contentHash(lines);
      const sourceState: SourceState = (await ctx.getSourceState(source.id)) ?? { sourceId: source.id, consecutiveFailures: 0, itemsFound: 0 };
      const prev = readCursor(sourceState.cursor);
      if (prev?.hash === hash) {
        log.debug({ url: source.url, hash }, 'page unchanged');
        await saveValidators();
        return;
      }

      const hashes = lines.map(lineHash);
      const before = new Set(prev?.lines ?? []);
      const now = new Set(hashes);
      const added = prev ? lines.filter((_, i) => !before.has(hashes[i]!)) : lines;
      const removed = prev ? prev.lines.filter((h) => !now.has(h)).length : 0;
      const url = versionUrl(source.url, hash);
      const headline = prev && added[0] ? added[0] : undefined;
      const item: RawItem = {
        sourceId: source.id,
        url,
        canonicalUrl: url,
        kind: 'news',
        fetchedAt,
        title: headline ? (headline.length > 200 ? headline.slice(0, 199) + '…' : headline) : title,
        text: (prev && added.length ? added : lines).join('\n'),
        // When the change was seen; a Last-Modified header, if any, is closer to when it was made.
        publishedAt: parseFeedDate(res.headers['last-modified']) ?? fetchedAt,
        meta: {
          pageUrl: source.url,
          ...(res.url !== source.url ? { finalUrl: res.url } : {}),
          pageTitle: title,
          contentHash: hash,
          change: prev ? 'changed' : 'first',
          ...(prev ? { previousHash: prev.hash, addedLines: added.length, removedLines: removed } : {}),
        },
      };
      // A page reverted to a version already stored is not news again.
      if (!(await ctx.isKnownUrl(url))) yield item;

      // After the consumer took the item: a crawl stopped before this point sees the change again.
      const cursor: Cursor = { v: 1, hash, lines: hashes.slice(0, MAX_REMEMBERED_LINES) };
      await ctx.putSourceState({ ...((await ctx.getSourceState(source.id)) ?? sourceState), cursor: JSON.stringify(cursor) });
      await saveValidators();
    },
  };
}
