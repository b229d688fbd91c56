// Feed text → a small, format-neutral list of items. RSS 0.9x/1.0 (RDF)/2.0 and Atom go through
// rss-parser; JSON Feed (1.0/1.1) is mapped here. Real feeds carry junk before the XML declaration
// (a blank line, a BOM, PHP warnings), which XML parsers reject, so everything before the first '<'
// is dropped. Anything unparseable is a PermanentError 'malformed_feed' with a one-line message.
import Parser from 'rss-parser';
import { PermanentError } from '../../src/core/errors.js';
import { parseFeedDate } from './dates.js';

export interface FeedItem {
  /** Absolute link (resolved against the feed URL), or undefined when the item has none. */
  link?: string;
  guid?: string;
  title?: string;
  publishedAt?: Date;
  author?: string;
  categories: string[];
  /** Plain-text summary, when the feed gives one. */
  summary?: string;
}

export interface ParsedFeed {
  format: 'rss' | 'atom' | 'json';
  title?: string;
  link?: string;
  items: FeedItem[];
}

// rss-parser reads RSS <category> but not Atom's <category term>; ask for the raw elements too.
const parser = new Parser<Record<string, unknown>, { rawCategories?: unknown[] }>({
  customFields: { item: [['category', 'rawCategories', { keepArray: true }]] },
});

function oneLine(s: string, max = 200): string {
  const line = s.split('\n')[0]!.trim();
  return line.length > max ? line.slice(0, max) + '…' : line;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (typeof v === 'number') return String(v);
  return undefined;
}

function resolveLink(link: string | undefined, base: string | undefined): string | undefined {
  if (!link) return undefined;
  try {
    return new URL(link.trim(), base).toString();
  } catch {
    return undefined;
  }
}

/** RSS categories are strings or {_: text, $: {domain}}; Atom ones are {$: {term}}. */
function categoryText(c: unknown): string | undefined {
  if (typeof c === 'string') return c.trim() || undefined;
  if (c && typeof c === 'object') {
    const o = c as { _?: unknown; $?: { term?: unknown; label?: unknown } };
    return str(o._) ?? str(o.$?.label) ?? str(o.$?.term);
  }
  return undefined;
}

function categories(v: unknown): string[] {
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return [...new Set(list.map(categoryText).filter((x): x is string => !!x))];
}

/** Local name of the document element, skipping the prolog (declaration, PIs, comments, doctype). */
function rootElement(xml: string): string | undefined {
  const rest = xml.replace(/^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!DOCTYPE[^>[]*(?:\[[\s\S]*?\])?\s*>))*\s*/i, '');
  return /^<(?:[\w.-]+:)?([\w.-]+)/.exec(rest)?.[1]?.toLowerCase();
}

/** Parse feed text. `feedUrl` resolves relative item links. */
export async function parseFeed(text: string, feedUrl?: string): Promise<ParsedFeed> {
  const trimmed = text.replace(/^\uFEFF/, '').trimStart();
  if (trimmed.startsWith('{')) return parseJsonFeed(trimmed, feedUrl);
  const start = text.indexOf('<');
  if (start < 0) throw new PermanentError(`malformed feed${feedUrl ? ' ' + feedUrl : ''}: no XML or JSON found`, 'malformed_feed');
  const xml = text.slice(start);
  let out: Awaited<ReturnType<typeof parser.parseString>>;
  try {
    out = await parser.parseString(xml);
  } catch (e) {
    throw new PermanentError(`malformed feed${feedUrl ? ' ' + feedUrl : ''}: ${oneLine((e as Error).message)}`, 'malformed_feed', { cause: e });
  }
  const isAtom = rootElement(xml) === 'feed';
  const items: FeedItem[] = (out.items ?? []).map((raw) => {
    const it = raw as Record<string, unknown>;
    return {
      link: resolveLink(str(it.link) ?? (str(it.guid) && /^https?:\/\//i.test(str(it.guid)!) ? str(it.guid) : undefined), feedUrl),
      guid: str(it.guid) ?? str(it.id),
      title: str(it.title),
      publishedAt: parseFeedDate(it.isoDate) ?? parseFeedDate(it.pubDate) ?? parseFeedDate(it['dc:date']) ?? parseFeedDate(it.published) ?? parseFeedDate(it.updated),
      author: str(it.creator) ?? str(it.author) ?? str(it['dc:creator']),
      categories: [...new Set([...categories(it.categories), ...categories(it.rawCategories)])],
      summary: str(it.contentSnippet) ?? str(it.summary),
    };
  });
  return { format: isAtom ? 'atom' : 'rss', title: str(out.title), link: str(out.link), items };
}

interface JsonFeedItem {
  id?: unknown;
  url?: unknown;
  external_url?: unknown;
  title?: unknown;
  summary?: unknown;
  content_text?: unknown;
  date_published?: unknown;
  date_modified?: unknown;
  author?: { name?: unknown };
  authors?: { name?: unknown }[];
  tags?: unknown;
}

function parseJsonFeed(text: string, feedUrl: string | undefined): ParsedFeed {
  let doc: { version?: unknown; title?: unknown; home_page_url?: unknown; items?: unknown };
  try {
    doc = JSON.parse(text);
  } catch (e) {
    throw new PermanentError(`malformed feed${feedUrl ? ' ' + feedUrl : ''}: invalid JSON: ${oneLine((e as Error).message)}`, 'malformed_feed', { cause: e });
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.items)) {
    throw new PermanentError(`malformed feed${feedUrl ? ' ' + feedUrl : ''}: JSON without an "items" list (not a JSON Feed)`, 'malformed_feed');
  }
  const items = (doc.items as JsonFeedItem[]).filter((i) => i && typeof i === 'object').map((i) => {
    const author = Array.isArray(i.authors) ? i.authors[0] : i.author;
    const summary = str(i.summary) ?? str(i.content_text);
    return {
      link: resolveLink(str(i.url) ?? str(i.external_url), feedUrl),
      guid: str(i.id),
      title: str(i.title),
      publishedAt: parseFeedDate(i.date_published) ?? parseFeedDate(i.date_modified),
      author: str(author?.name),
      categories: categories(Array.isArray(i.tags) ? i.tags : []),
      summary: summary && summary.length > 500 ? summary.slice(0, 500) + '…' : summary,
    };
  });
  return { format: 'json', title: str(doc.title), link: str(doc.home_page_url), items };
}
