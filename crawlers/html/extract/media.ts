// Photo and video pages: their text is a caption (one photo, or a gallery's captions), the short
// lead under a player, or only the description the page gives of itself. The body scorer skips
// captions on purpose (on an article they are noise), so on a page whose body is short and not
// about its headline, these are read instead — never the sign-up or teaser box that happens to
// hold the most prose. Whether text is "about its headline" is measured against the page's own
// title and description, so the rule needs nothing per outlet.
import { inWidget, isBoilerplateLine, isWidget, mediaBlockKind, stripCredit } from './boilerplate.js';
import { classAndId, isElement, normalizeSpace, walkNodes } from './dom.js';
import type { DomNode } from './types.js';

const CAPTION_CLASS = /caption|keterangan|(?:^|[\s_-])(?:desc|description|deskripsi|text_gal|text-gal|photo__text|foto-text|lead|intro|summary)(?:$|[\s_-])|__desc|-desc|_desc/;
const MIN_CAPTION_CHARS = 20;
const MAX_CAPTIONS = 20;
const STOP = new Set(
  'yang dan di ke dari untuk dengan pada ini itu dalam akan tidak juga atau oleh para bagi saat telah sudah masih lebih karena agar the of and to in a'.split(
    ' ',
  ),
);

/** Words that stand for the page's subject: its title and its own description. */
export function subjectWords(...texts: (string | undefined)[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) for (const w of words(t ?? '')) out.add(w);
  return out;
}

function words(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => w.length >= 3 && !STOP.has(w));
}

/** Share of the subject's words that a text contains (0 when there is no subject). */
export function relevance(text: string, subject: Set<string>): number {
  if (subject.size === 0 || !text) return 0;
  const have = new Set(words(text));
  let hit = 0;
  for (const w of subject) if (have.has(w)) hit++;
  return hit / subject.size;
}

/** A figcaption, a caption-classed element or the headline inside n. */
function holdsCaption(n: DomNode, h1: DomNode | undefined): boolean {
  let found = false;
  walkNodes(n, (c) => {
    if (found) return false;
    if (c !== n && isElement(c)) {
      const ci = classAndId(c);
      if (c === h1 || c.name === 'figcaption' || (!!ci && CAPTION_CLASS.test(ci))) found = true;
    }
    return !found;
  });
  return found;
}

const LINE_BREAKING = new Set(['p', 'div', 'br', 'li', 'figcaption', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The text of n, one line per block (a photo credit in its own element stays its own line). */
function blockLines(n: DomNode): string[] {
  const parts: string[] = [];
  let size = 0;
  walkNodes(n, (c) => {
    if (size > 3000) return false;
    if (c.type === 'text') {
      parts.push(c.data ?? '');
      size += (c.data ?? '').length;
      return false;
    }
    if (!isElement(c)) return c === n;
    const name = c.name ?? '';
    if (name === 'script' || name === 'style' || name === 'noscript') return false;
    if (c !== n && LINE_BREAKING.has(name)) parts.push('\n');
    return true;
  });
  return parts.join('').split(/\n+/);
}

/**
 * The captions and media descriptions on the page, in document order: <figcaption>, elements whose
 * class says caption/description/lead, and the text of a photo or video block. Not inside related
 * lists, sidebars or links (card teasers), and only after the headline when there is one.
 */
export function mediaCaptions(root: DomNode, h1: DomNode | undefined): string[] {
  const out: string[] = [];
  const seen = new Set<string>();
  let afterH1 = !h1;
  walkNodes(root, (n) => {
    if (out.length >= MAX_CAPTIONS) return false;
    if (!isElement(n)) return n.type === 'root';
    const name = n.name ?? '';
    if (name === 'script' || name === 'style' || name === 'head' || name === 'noscript' || name === 'template') return false;
    if (n === h1) {
      afterH1 = true;
      return false;
    }
    if (name === 'a' || isWidget(n)) return false;
    const ci = classAndId(n);
    const classed = name === 'figcaption' || (!!ci && CAPTION_CLASS.test(ci) && !/\b(?:card|item-list|teaser)\b/.test(ci));
    if (!classed) {
      // A photo block's own text (a gallery slide: <div class="slide-item"><img><p>caption</p></div>),
      // unless it holds the headline or a caption element of its own (read that one instead).
      const block = !!mediaBlockKind(n, ci) && afterH1 && !holdsCaption(n, h1);
      if (!block) return true;
    }
    if (!afterH1 || inWidget(n)) return false;
    const lines = blockLines(n)
      .map((l) => stripCredit(normalizeSpace(l)))
      .filter((l) => l.length >= MIN_CAPTION_CHARS && !isBoilerplateLine(l));
    for (const l of lines) {
      if (seen.has(l)) continue;
      seen.add(l);
      out.push(l);
    }
    return false;
  });
  return out;
}
