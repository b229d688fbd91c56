// Cheap main-text extraction for watched pages: the visible text of the page's main region, one line
// per block, minus scripts, styles, navigation, headers and footers. A watched page is usually a list
// (announcements, tenders) that a news-article extractor would cut down, so this keeps every block;
// and it must be stable, because its hash decides whether the page changed.
import { createHash } from 'node:crypto';
import { loadHtml as load } from '../shared/html-load.js';
import { PermanentError } from '../../src/core/errors.js';

const NOISE = 'script, style, noscript, template, svg, iframe, nav, header, footer, aside, form, [role=navigation], [role=banner], [role=contentinfo], [hidden], [aria-hidden=true]';
const BLOCKS = 'p, div, li, dt, dd, tr, h1, h2, h3, h4, h5, h6, section, article, blockquote, pre, table, ul, ol, td, th, main, figure, figcaption';

export interface PageText {
  title: string;
  /** Non-empty lines of text, whitespace collapsed. */
  lines: string[];
}

/**
 * `selector` narrows to a region (options.selector); `ignoreSelector` removes parts that change on
 * every visit (visitor counters, clocks) so they don't count as changes.
 */
export function pageText(html: string, o: { selector?: string; ignoreSelector?: string } = {}): PageText {
  const $ = load(html);
  const title = ($('title').first().text() || $('h1').first().text()).replace(/\s+/g, ' ').trim();
  try {
    $(NOISE).remove();
    if (o.ignoreSelector) $(o.ignoreSelector).remove();
  } catch (e) {
    throw new PermanentError(`page: options.ignoreSelector: invalid CSS selector: ${(e as Error).message}`, 'bad_option');
  }
  let root;
  try {
    root = o.selector ? $(o.selector) : $('main, [role=main]').first();
  } catch (e) {
    throw new PermanentError(`page: options.selector: invalid CSS selector: ${(e as Error).message}`, 'bad_option');
  }
  if (!root.length) root = o.selector ? root : $('body');
  if (!root.length) root = $.root();
  $('br').replaceWith('\n');
  root.find(BLOCKS).each((_, el) => {
    $(el).prepend('\n').append('\n');
  });
  const lines = root
    .toArray()
    .map((el) => $(el).text())
    .join('\n')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  return { title, lines };
}

/** sha256 (hex) of the text lines: the page's version. */
export function contentHash(lines: readonly string[]): string {
  return createHash('sha256').update(lines.join('\n')).digest('hex');
}

/** Short hash of one line, for remembering which lines a version had (cheap line diff). */
export function lineHash(line: string): string {
  return createHash('sha1').update(line).digest('hex').slice(0, 10);
}
