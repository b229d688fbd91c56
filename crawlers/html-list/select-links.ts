// An index page + CSS selectors → article links. For sites without a feed or sitemap: the operator
// names what an article link looks like (`linkSelector`, e.g. "article h2 a") and optionally where
// its title and date are. With `itemSelector` (one element per article) title and date are looked up
// inside the item; without it, inside the nearest ancestor of the link that contains a match.
import type { CheerioAPI } from 'cheerio';
import { loadHtml as load } from '../shared/html-load.js';
import type { AnyNode, Element } from 'domhandler';
import { PermanentError } from '../../src/core/errors.js';
import { parseFeedDate } from '../rss/dates.js';

export interface ListSelectors {
  linkSelector: string;
  itemSelector?: string;
  titleSelector?: string;
  dateSelector?: string;
  nextSelector?: string;
}

export interface ListedLink {
  url: string;
  title?: string;
  publishedAt?: Date;
}

export interface ListPage {
  links: ListedLink[];
  /** Absolute URL of the next index page, when nextSelector matched. */
  next?: string;
  /** Selectors given in the options that matched nothing on this page (a changed layout, a typo). */
  unmatched: ('linkSelector' | 'itemSelector' | 'titleSelector' | 'dateSelector')[];
}

/** How far up from a link we look for its title/date container (a list item is rarely deeper). */
const MAX_ANCESTORS = 5;

function select($: CheerioAPI, selector: string, key: string, scope?: AnyNode): Element[] {
  try {
    return (scope ? $(scope).find(selector) : $(selector)).toArray().filter((n): n is Element => n.type === 'tag');
  } catch (e) {
    throw new PermanentError(`html-list: options.${key}: invalid CSS selector "${selector}": ${(e as Error).message}`, 'bad_option');
  }
}

function absolute(href: string | undefined, base: string): string | undefined {
  if (!href || /^\s*(javascript|mailto|tel|data):/i.test(href)) return undefined;
  try {
    const u = new URL(href.trim(), base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.toString();
  } catch {
    return undefined;
  }
}

const text = ($: CheerioAPI, el: Element | undefined) => (el ? $(el).text().replace(/\s+/g, ' ').trim() || undefined : undefined);

/**
 * A list date. Index pages often show a day without a time ("8 Juni 2026"): that day in WIB, not
 * midnight in whatever zone the server runs in (Date.parse reads such strings as local time).
 */
export function parseListDate(value: string | undefined): Date | undefined {
  const s = value?.replace(/\s+/g, ' ').trim();
  if (!s) return undefined;
  if (/^\d{4}-\d{2}-\d{2}$/.test(s)) return parseFeedDate(`${s}T00:00:00+07:00`);
  const d = parseFeedDate(s);
  if (!d || /\d{1,2}[:.]\d{2}|T\d{2}|[+-]\d{2}:?\d{2}\b|\b(GMT|UTC|Z)\b/i.test(s)) return d;
  return new Date(Date.UTC(d.getFullYear(), d.getMonth(), d.getDate()) - 7 * 3_600_000);
}

/** A date element: <time datetime>, a datetime/content/title attribute, or its text. */
function dateOf($: CheerioAPI, el: Element | undefined): Date | undefined {
  if (!el) return undefined;
  const $el = $(el);
  for (const v of [$el.attr('datetime'), $el.attr('content'), $el.attr('data-date'), $el.attr('title'), $el.text()]) {
    const d = parseListDate(v);
    if (d) return d;
  }
  return undefined;
}

/** Nearest ancestor (or self) of `el` containing a match of `selector`, up to MAX_ANCESTORS up. */
function nearest($: CheerioAPI, el: Element, selector: string, key: string): Element | undefined {
  let cur: Element | null = el;
  for (let i = 0; cur && i <= MAX_ANCESTORS; i++) {
    if ($(cur).is(selector)) return cur;
    const found = select($, selector, key, cur)[0];
    if (found) return found;
    cur = cur.parent && cur.parent.type === 'tag' ? (cur.parent as Element) : null;
  }
  return undefined;
}

export function selectLinks(html: string, pageUrl: string, s: ListSelectors): ListPage {
  const $ = load(html);
  const base = absolute($('base[href]').attr('href'), pageUrl) ?? pageUrl;
  const links: ListedLink[] = [];
  const seen = new Set<string>();
  let items = 0;
  let titles = 0;
  let dates = 0;
  const add = (a: Element | undefined, scope: Element | undefined) => {
    if (!a) return;
    const href = a.name === 'a' ? $(a).attr('href') : $(a).find('a[href]').first().attr('href') ?? $(a).closest('a[href]').attr('href');
    const url = absolute(href, base);
    if (!url || seen.has(url)) return;
    seen.add(url);
    const titleEl = s.titleSelector ? (scope ? select($, s.titleSelector, 'titleSelector', scope)[0] : nearest($, a, s.titleSelector, 'titleSelector')) : a;
    const dateEl = s.dateSelector ? (scope ? select($, s.dateSelector, 'dateSelector', scope)[0] : nearest($, a, s.dateSelector, 'dateSelector')) : undefined;
    if (titleEl) titles++;
    if (dateEl) dates++;
    links.push({ url, title: text($, titleEl) ?? $(a).attr('title')?.trim(), publishedAt: dateOf($, dateEl) });
  };
  if (s.itemSelector) {
    for (const item of select($, s.itemSelector, 'itemSelector')) {
      items++;
      const a = $(item).is(s.linkSelector) ? item : select($, s.linkSelector, 'linkSelector', item)[0];
      add(a, item);
    }
  } else {
    for (const a of select($, s.linkSelector, 'linkSelector')) add(a, undefined);
  }
  let next: string | undefined;
  if (s.nextSelector) {
    const el = select($, s.nextSelector, 'nextSelector')[0];
    if (el) next = absolute(el.name === 'a' || el.name === 'link' ? $(el).attr('href') : $(el).find('a[href]').first().attr('href'), base);
  }
  const unmatched: ListPage['unmatched'] = [];
  if (s.itemSelector && items === 0) unmatched.push('itemSelector');
  else if (links.length === 0) unmatched.push('linkSelector');
  else {
    if (s.titleSelector && titles === 0) unmatched.push('titleSelector');
    if (s.dateSelector && dates === 0) unmatched.push('dateSelector');
  }
  return { links, next, unmatched };
}
