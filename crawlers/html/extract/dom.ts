// Loading and low-level traversal. Pages are parsed once with cheerio in htmlparser2 mode (about 3x
// faster than parse5 on news pages, and lenient with the broken markup many portals serve); every
// later step walks the resulting nodes iteratively, so hostile nesting depth cannot blow the stack.
import { loadHtmlSlim as load } from '../../shared/html-load-slim.js';
import type { DomNode } from './types.js';

/** Input beyond this many characters is ignored: real article pages are far smaller. */
export const MAX_HTML_CHARS = 3_000_000;

export interface LoadedDoc {
  root: DomNode;
}

export function loadDocument(html: string): LoadedDoc {
  const capped = html.length > MAX_HTML_CHARS ? html.slice(0, MAX_HTML_CHARS) : html;
  // htmlparser2 honours a stray </body> or </html> (embedded widgets carry whole documents) by
  // closing every open element, which flattens the rest of the page; browsers ignore them.
  const $ = load(capped.replace(/<\/(?:body|html)\s*>/gi, ''), { xml: { xmlMode: false, decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true } });
  return { root: $.root()[0] as unknown as DomNode };
}

export function isElement(n: DomNode): boolean {
  return n.type === 'tag' || n.type === 'script' || n.type === 'style';
}

export function attr(n: DomNode, name: string): string | undefined {
  return n.attribs?.[name];
}

/** Visit every node in document order (pre-order), without recursion. Return false to skip children. */
export function walkNodes(root: DomNode, visit: (n: DomNode) => boolean | void): void {
  const stack: DomNode[] = [root];
  while (stack.length) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    const ch = n.children;
    if (ch) for (let i = ch.length - 1; i >= 0; i--) stack.push(ch[i]);
  }
}

/** Elements matching a predicate, in document order. */
export function findAll(root: DomNode, pred: (n: DomNode) => boolean): DomNode[] {
  const out: DomNode[] = [];
  walkNodes(root, (n) => {
    if (isElement(n) && pred(n)) out.push(n);
  });
  return out;
}

const NON_TEXT = new Set(['script', 'style', 'noscript', 'template', 'svg', 'head']);

/** Text content (scripts/styles excluded), stopping once `max` characters are gathered. */
export function textOf(n: DomNode, max = 100_000): string {
  let out = '';
  walkNodes(n, (c) => {
    if (out.length >= max) return false;
    if (c.type === 'text') out += c.data ?? '';
    else if (isElement(c)) {
      if (NON_TEXT.has(c.name ?? '')) return false;
      if (c.name === 'br' || c.name === 'p' || c.name === 'div' || c.name === 'li') out += ' ';
    } else if (c.type !== 'root') return false;
    return true;
  });
  return out.length > max ? out.slice(0, max) : out;
}

/** Collapse whitespace (incl. NBSP and zero-width characters) to single spaces. */
export function normalizeSpace(s: string): string {
  return s.replace(/[\u200b-\u200d\ufeff]/g, '').replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
}

/**
 * Lower-cased class and id of an element, space separated, plus its test/QA id: script-rendered
 * templates (styled-components, CSS modules) hash their class names and name their parts only there
 * (`data-qa-id="story-content"`, `data-testid="comment-section"`).
 */
export function classAndId(n: DomNode): string {
  const a = n.attribs;
  if (!a) return '';
  const c = a.class ?? '';
  const id = a.id ?? '';
  const qa = a['data-qa-id'] ?? a['data-testid'] ?? a['data-test-id'] ?? '';
  return c || id || qa ? `${c} ${id}${qa ? ` ${qa}` : ''}`.toLowerCase() : '';
}
