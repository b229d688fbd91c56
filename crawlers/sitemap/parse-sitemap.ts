// Sitemap bytes → entries. Handles what real sitemaps do rather than what the protocol says:
// gzip without a gzip Content-Type (.xml.gz, found by its magic bytes), any namespace prefix for the
// news extension (news:, n:, none), values padded with tabs and newlines (and raw newlines inside
// <loc>), CDATA, RFC-822 dates where W3C dates belong, <sitemap> entries inside a <urlset>, plain-text
// sitemaps (one URL per line), and broken XML (a regex pass when the DOM pass finds nothing).
import { gunzipSync } from 'node:zlib';
import { loadHtml as load } from '../shared/html-load.js';
import type { AnyNode, Element } from 'domhandler';
import { PermanentError } from '../../src/core/errors.js';
import { tooLarge } from '../shared/body.js';
import { decodeBody } from '../shared/charset.js';
import { parseFeedDate } from '../rss/dates.js';

export interface SitemapUrl {
  loc: string;
  lastmod?: Date;
  /** news:publication_date */
  publishedAt?: Date;
  /** news:title */
  title?: string;
  /** news:publication/news:name */
  publication?: string;
  /** news:publication/news:language */
  language?: string;
  keywords?: string[];
}

export interface SitemapRef {
  loc: string;
  lastmod?: Date;
}

export interface ParsedSitemap {
  /** Root element: a list of pages, or an index of further sitemaps. */
  kind: 'urlset' | 'sitemapindex' | 'text' | 'unknown';
  urls: SitemapUrl[];
  sitemaps: SitemapRef[];
}

/** Gunzip when the bytes are gzip (1f 8b), whatever the headers said; the output is capped too. */
export function maybeGunzip(body: Buffer, url: string, maxBytes: number): Buffer {
  if (body.length < 2 || body[0] !== 0x1f || body[1] !== 0x8b) return body;
  try {
    return gunzipSync(body, { maxOutputLength: maxBytes });
  } catch (e) {
    if (e instanceof RangeError || (e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw tooLarge(url, maxBytes);
    throw new PermanentError(`malformed sitemap ${url}: bad gzip data: ${(e as Error).message}`, 'malformed_sitemap', { cause: e });
  }
}

/** Bytes (maybe gzip) → text, with the charset rules pages get. */
export function sitemapText(body: Buffer, contentType: string | undefined, url: string, maxBytes: number): string {
  const raw = maybeGunzip(body, url, maxBytes);
  // A gzip Content-Type says nothing about the charset of what was inside.
  const ct = raw === body ? contentType : undefined;
  return decodeBody(raw, ct).text;
}

const localName = (name: string): string => name.slice(name.indexOf(':') + 1).toLowerCase();

function elementChildren(el: Element): Element[] {
  return el.children.filter((c: AnyNode): c is Element => c.type === 'tag');
}

function textOf(node: AnyNode): string {
  if (node.type === 'text' || node.type === 'cdata') {
    if (node.type === 'text') return node.data;
    return node.children.map(textOf).join('');
  }
  if (node.type === 'tag' || node.type === 'root') return (node as Element).children.map(textOf).join('');
  return '';
}

/** Collapse padding; a value of whitespace only is no value. */
function clean(s: string | undefined): string | undefined {
  const v = s?.replace(/\s+/g, ' ').trim();
  return v || undefined;
}

/** URLs never contain raw whitespace; real sitemaps wrap <loc> across lines. */
function cleanLoc(s: string | undefined, base: string | undefined): string | undefined {
  if (!s) return undefined;
  const v = s.replace(/\s+/g, '').replace(/&amp;/g, '&'); // &amp; inside CDATA is a common mistake
  if (!v) return undefined;
  try {
    const u = new URL(v, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : undefined;
  } catch {
    return undefined;
  }
}

/** First descendant (depth-first) with this local name. */
function find(el: Element, name: string): Element | undefined {
  for (const c of elementChildren(el)) {
    if (localName(c.name) === name) return c;
    const deeper = find(c, name);
    if (deeper) return deeper;
  }
  return undefined;
}

function valueOf(el: Element, name: string): string | undefined {
  const f = find(el, name);
  return f ? textOf(f) : undefined;
}

function urlEntry(fields: (name: string) => string | undefined, base: string | undefined): SitemapUrl | undefined {
  const loc = cleanLoc(fields('loc'), base);
  if (!loc) return undefined;
  const keywords = clean(fields('keywords'))
    ?.split(',')
    .map((k) => k.trim())
    .filter(Boolean);
  return {
    loc,
    lastmod: parseFeedDate(clean(fields('lastmod'))),
    publishedAt: parseFeedDate(clean(fields('publication_date'))),
    title: clean(fields('title')),
    publication: clean(fields('name')),
    language: clean(fields('language')),
    ...(keywords?.length ? { keywords } : {}),
  };
}

function parseDom(xml: string, base: string | undefined): ParsedSitemap {
  const $ = load(xml, { xml: true });
  const rootEl = $.root().children().toArray().find((n): n is Element => n.type === 'tag');
  const rootName = rootEl ? localName(rootEl.name) : '';
  const out: ParsedSitemap = {
    kind: rootName === 'urlset' ? 'urlset' : rootName === 'sitemapindex' ? 'sitemapindex' : 'unknown',
    urls: [],
    sitemaps: [],
  };
  // Walk the whole tree, not just root children: wrappers and stray nesting occur.
  const walk = (nodes: AnyNode[]): void => {
    for (const c of nodes) {
      if (c.type !== 'tag') continue;
      const n = localName(c.name);
      if (n === 'url') {
        const e = urlEntry((f) => valueOf(c, f), base);
        if (e) out.urls.push(e);
      } else if (n === 'sitemap') {
        const loc = cleanLoc(valueOf(c, 'loc'), base);
        if (loc) out.sitemaps.push({ loc, lastmod: parseFeedDate(clean(valueOf(c, 'lastmod'))) });
      } else {
        walk(c.children);
      }
    }
  };
  walk($.root().children().toArray());
  return out;
}

/** Last resort for XML the DOM pass could not make sense of (unclosed tags, junk in between). */
function parseRegex(xml: string, base: string | undefined): ParsedSitemap {
  const out: ParsedSitemap = { kind: 'unknown', urls: [], sitemaps: [] };
  const block = /<(?:[\w.-]+:)?(url|sitemap)\b[^>]*>([\s\S]*?)(?=<\/(?:[\w.-]+:)?\1\s*>|<(?:[\w.-]+:)?(?:url|sitemap)\b[^>]*>|$)/gi;
  const field = (body: string) => (name: string) => {
    const m = new RegExp(`<(?:[\\w.-]+:)?${name}\\b[^>]*>([\\s\\S]*?)<\\/(?:[\\w.-]+:)?${name}\\s*>`, 'i').exec(body);
    if (!m) return undefined;
    return m[1]!
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&apos;/g, "'")
      .replace(/&amp;/g, '&');
  };
  for (const m of xml.matchAll(block)) {
    const get = field(m[2]!);
    if (m[1]!.toLowerCase() === 'url') {
      const e = urlEntry(get, base);
      if (e) out.urls.push(e);
    } else {
      const loc = cleanLoc(get('loc'), base);
      if (loc) out.sitemaps.push({ loc, lastmod: parseFeedDate(clean(get('lastmod'))) });
    }
  }
  return out;
}

/** Parse sitemap text (XML or plain text). `url` resolves relative locations. */
export function parseSitemap(text: string, url?: string): ParsedSitemap {
  const start = text.indexOf('<');
  const head = text.replace(/^\uFEFF/, '').trimStart();
  if (!head.startsWith('<')) {
    // Plain-text sitemap: one absolute URL per line.
    const urls = head
      .split(/\r?\n/)
      .map((l) => cleanLoc(l.trim(), undefined))
      .filter((l): l is string => !!l && /^https?:\/\//i.test(l))
      .map((loc) => ({ loc }));
    if (urls.length) return { kind: 'text', urls, sitemaps: [] };
    throw new PermanentError(`malformed sitemap${url ? ' ' + url : ''}: neither XML nor a list of URLs`, 'malformed_sitemap');
  }
  const xml = text.slice(start);
  const dom = parseDom(xml, url);
  const found = dom.urls.length + dom.sitemaps.length;
  // More <loc>s than entries: tags left unclosed made the DOM nest entries inside each other.
  const locs = xml.match(/<(?:[\w.-]+:)?loc\b/gi)?.length ?? 0;
  if (locs > found) {
    const rx = parseRegex(xml, url);
    if (rx.urls.length + rx.sitemaps.length > found) return { ...rx, kind: dom.kind === 'unknown' ? rx.kind : dom.kind };
  }
  if (found) return dom;
  if (dom.kind === 'unknown') {
    throw new PermanentError(`malformed sitemap${url ? ' ' + url : ''}: no <urlset> or <sitemapindex> found`, 'malformed_sitemap');
  }
  return dom; // a valid, empty sitemap
}
