// Article body: a Readability-style content scorer over "runs" of inline text.
//
// One walk splits the page into runs — maximal stretches of text and inline elements between block
// boundaries — so text sitting directly in a <div> with <br>s (Antara, Kapanlagi, old Detik) counts
// like a <p>. Each run scores its container's ancestors (commas and length reward prose, links
// penalize); the best-scoring ancestor plus its qualifying siblings is the article, and the runs
// inside it, minus widget lines, are the text. Everything is linear in page size.
import { classAndId, isElement, normalizeSpace, textOf } from './dom.js';
import { holdsPhoto, isBoilerplateLine, isCreditLabel, isHiddenStyle, isJunkClass, isMediaBlock, isOtherStories, isSubscriptionBox, mediaBlockKind, SKIP_TAGS, stripCredit } from './boilerplate.js';
import type { DomNode } from './types.js';

const BLOCK_TAGS = new Set([
  'address', 'article', 'blockquote', 'center', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'hgroup', 'hr', 'li', 'main', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'thead',
  'tfoot', 'tr', 'td', 'th', 'ul', 'body', 'html', 'caption', 'form', 'header',
]);
// Containers whose score goes to their parent (they are paragraphs, not article wrappers).
const PARA_LIKE = new Set(['p', 'pre', 'li', 'blockquote', 'dd', 'dt', 'h2', 'h3', 'h4', 'h5', 'h6']);
const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const POSITIVE = /article|artikel|body|content|konten|entry|hentry|main|page|post|text|blog|story|detail|(?:^|[\s_-])(?:isi|berita|read)/;
const NEGATIVE = /comment|share|social|related|terkait|sidebar|widget|footer|banner|sponsor|ads?\b|iklan|promo|popular|populer|menu|nav|tag/;
const MAX_DEPTH = 200;
const MIN_SCORING_CHARS = 25;
const RUNAWAY_LINK_CHARS = 1500;

interface Run {
  container: DomNode;
  lines: string[];
  len: number;
  linkLen: number;
  commas: number;
  heading: boolean;
}

interface Cand {
  score: number;
  text: number;
  link: number;
  /** Received paragraph points (only these compete as the article node). */
  scored: boolean;
  /** Headings that are links inside: teaser cards of a related/latest list. */
  linkedHeads: number;
}

export interface BodyOptions {
  /** Skip elements by class/id (widgets, related boxes); the fallback pass turns this off. */
  strict: boolean;
  /** Headline, so a copy of it inside the article wrapper is not repeated in the text. */
  title?: string;
  /**
   * Elements known to be inside the article (the headline <h1>, an itemprop=articleBody block):
   * their ancestors are never skipped for a widget-like class ("main-content sidebar-left").
   */
  anchors?: DomNode[];
  /** Elements never read in any pass (sign-up boxes found around an e-mail input). */
  skip?: Set<DomNode>;
}

export interface Body {
  text: string;
  /** The element chosen as the article (undefined when nothing was). */
  node?: DomNode;
}

export function extractBody(root: DomNode, opts: BodyOptions): Body {
  const keep = new Set<DomNode>();
  for (const a of opts.anchors ?? []) for (let n: DomNode | null | undefined = a; n; n = n.parent) keep.add(n);
  const runs = collectRuns(root, opts.strict, keep, opts.skip ?? new Set());
  if (runs.length === 0) return { text: '' };
  const cands = scoreRuns(runs);
  const selected = selectNodes(cands);
  if (!selected) return { text: '' };
  return { text: renderRuns(runs, selected.nodes, opts.title), node: selected.top };
}

function collectRuns(root: DomNode, strict: boolean, keep: Set<DomNode>, skip: Set<DomNode>): Run[] {
  const runs: Run[] = [];
  let parts: string[] = [];
  let linkLen = 0;
  let container = root;
  // Inside a gallery slide (a photo beside its caption) or a caption: the closing credit is not text.
  let inSlide = 0;

  const flush = () => {
    if (parts.length === 0) return;
    const lines: string[] = [];
    let len = 0;
    let commas = 0;
    for (const raw of parts.join('').split('\n')) {
      const l = inSlide ? stripCredit(normalizeSpace(raw)) : normalizeSpace(raw);
      if (!l) continue;
      lines.push(l);
      len += l.length;
      for (let i = 0; i < l.length; i++) if (l.charCodeAt(i) === 44 /* , */) commas++;
    }
    if (lines.length) {
      const name = container.name ?? '';
      runs.push({ container, lines, len, linkLen: Math.min(linkLen, len), commas, heading: HEADINGS.has(name) });
    }
    parts = [];
    linkLen = 0;
  };

  const walk = (node: DomNode, inLink: boolean, depth: number): void => {
    const children = node.children;
    if (!children) return;
    for (const child of children) {
      if (child.type === 'text') {
        const d = child.data ?? '';
        parts.push(d);
        // A link whose text is a bare URL is content (press releases cite them), not navigation.
        if (inLink && !/^\s*(?:https?:\/\/|www\.)/i.test(d)) linkLen += d.trim().length;
        continue;
      }
      if (!isElement(child)) continue;
      const name = child.name ?? '';
      if (name === 'br') {
        parts.push('\n');
        continue;
      }
      if (SKIP_TAGS.has(name) || depth > MAX_DEPTH || skip.has(child)) continue;
      const a = child.attribs;
      if (a && (isHiddenStyle(a.style) || 'hidden' in a || a['aria-hidden'] === 'true')) continue;
      const ci = a && !keep.has(child) ? classAndId(child) : '';
      if (ci) {
        // Sign-up boxes go in every pass: the relaxed pass is for articles a class hid, not for them.
        if (isSubscriptionBox(child, ci) || (strict ? isJunkClass(ci) || isMediaBlock(child, ci) : isOtherStories(ci))) continue;
      }
      if (BLOCK_TAGS.has(name)) {
        flush();
        const outer = container;
        container = child;
        // A gallery slide, or a caption element ("ANTARA FOTO/Syaiful Arif/nym." after its text).
        const slide =
          name === 'figcaption' ||
          (!!a && /caption|keterangan/i.test(classAndId(child))) ||
          (holdsPhoto(child) && mediaBlockKind(child, a ? classAndId(child) : '') === 'slide');
        if (slide) inSlide++;
        walk(child, inLink, depth + 1);
        flush();
        if (slide) inSlide--;
        container = outer;
      } else {
        walk(child, inLink || (name === 'a' && !isRunawayLink(child)), depth + 1);
      }
    }
  };
  walk(root, false, 0);
  flush();
  return runs;
}

/**
 * An <a> that is really an unclosed tag swallowing the page (the parser nests everything after it
 * inside): more text than any link holds, or several prose paragraphs. Its text is not link text.
 * Card links (<a><h3/><p>teaser</p></a>) hold at most one paragraph and stay links.
 */
function isRunawayLink(a: DomNode): boolean {
  if (textOf(a, RUNAWAY_LINK_CHARS + 1).length > RUNAWAY_LINK_CHARS) return true;
  let paragraphs = 0;
  let visited = 0;
  const stack: DomNode[] = [...(a.children ?? [])];
  while (stack.length && visited++ < 2000) {
    const n = stack.pop()!;
    if (n.name === 'p' && ++paragraphs >= 2) return true;
    if (n.children) stack.push(...n.children);
  }
  return false;
}

function initialScore(n: DomNode): number {
  let s = 0;
  switch (n.name) {
    case 'div':
    case 'article':
    case 'main':
    case 'section':
      s += 5;
      break;
    case 'pre':
    case 'td':
    case 'blockquote':
      s += 3;
      break;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'li':
    case 'form':
      s -= 3;
      break;
    case 'th':
    case 'h1':
    case 'h2':
    case 'h3':
    case 'h4':
    case 'h5':
    case 'h6':
      s -= 5;
      break;
  }
  const ci = classAndId(n);
  if (ci) {
    if (NEGATIVE.test(ci)) s -= 25;
    if (POSITIVE.test(ci)) s += 25;
  }
  if (n.attribs?.itemprop && /articleBody/i.test(n.attribs.itemprop)) s += 25;
  return s;
}

function scoreRuns(runs: Run[]): Map<DomNode, Cand> {
  const cands = new Map<DomNode, Cand>();
  const get = (n: DomNode): Cand => {
    let c = cands.get(n);
    if (!c) {
      c = { score: 0, text: 0, link: 0, scored: false, linkedHeads: 0 };
      cands.set(n, c);
    }
    return c;
  };
  for (const r of runs) {
    const linkedHead = r.heading && r.linkLen > r.len / 2 ? 1 : 0;
    // Text and link totals go to every ancestor (link density of any candidate).
    for (let n: DomNode | null | undefined = r.container; n && n.type !== 'root'; n = n.parent) {
      const c = get(n);
      c.text += r.len;
      c.link += r.linkLen;
      c.linkedHeads += linkedHead;
    }
    if (r.len < MIN_SCORING_CHARS || r.heading) continue;
    const density = r.len ? r.linkLen / r.len : 0;
    const points = (1 + r.commas + Math.min(Math.floor(r.len / 100), 3)) * (1 - density);
    let n: DomNode | null | undefined = PARA_LIKE.has(r.container.name ?? '') ? r.container.parent : r.container;
    for (let level = 0; n && n.type !== 'root' && level < 5; level++, n = n.parent) {
      const c = get(n);
      if (!c.scored) {
        c.score = initialScore(n);
        c.scored = true;
      }
      c.score += level === 0 ? points : level === 1 ? points / 2 : points / (level * 3);
    }
  }
  return cands;
}

function finalScore(c: Cand): number {
  const density = c.text ? c.link / c.text : 0;
  // A block of linked headlines with summaries is a teaser list, however prose-like the summaries.
  return c.score * (1 - density) * (c.linkedHeads >= 3 ? 0.5 : 1);
}

function selectNodes(cands: Map<DomNode, Cand>): { nodes: Set<DomNode>; top: DomNode } | undefined {
  let top: DomNode | undefined;
  let topScore = -Infinity;
  for (const [n, c] of cands) {
    if (!c.scored) continue;
    const s = finalScore(c);
    if (s > topScore) {
      topScore = s;
      top = n;
    }
  }
  if (!top || topScore <= 0) return undefined;

  // Several near-equal candidates under one ancestor mean the article is split (e.g. lead + body
  // blocks): take their common ancestor.
  const alternatives: DomNode[] = [];
  for (const [n, c] of cands) if (n !== top && c.scored && finalScore(c) >= topScore * 0.75) alternatives.push(n);
  if (alternatives.length >= 3) {
    for (let p = top.parent; p && p.type !== 'root' && p.name !== 'body'; p = p.parent) {
      let contained = 0;
      for (const alt of alternatives) if (isAncestor(p, alt)) contained++;
      if (contained >= 3) {
        top = p;
        break;
      }
    }
  }
  // Climb while the parent scores higher (the real wrapper holds more of the article).
  let last = finalScore(cands.get(top)!);
  for (let p = top.parent; p && p.type !== 'root' && p.name !== 'body'; p = p.parent) {
    const pc = cands.get(p);
    if (!pc || !pc.scored) continue;
    const ps = finalScore(pc);
    if (ps < last / 3) break;
    if (ps > last) {
      top = p;
      last = ps;
    }
  }
  topScore = last;

  const selected = new Set<DomNode>([top]);
  const parent = top.parent;
  if (parent && parent.type !== 'root') {
    const threshold = Math.max(10, topScore * 0.2);
    const topClass = top.attribs?.class ?? '';
    for (const sib of parent.children ?? []) {
      if (sib === top || !isElement(sib)) continue;
      const c = cands.get(sib);
      if (!c || c.linkedHeads >= 2 || (c.text && c.link / c.text > 0.3)) continue;
      let bonus = 0;
      if (topClass && sib.attribs?.class === topClass) bonus += topScore * 0.2;
      if (c.scored && finalScore(c) + bonus >= threshold) {
        selected.add(sib);
        continue;
      }
      if (sib.name === 'p') {
        const density = c.text ? c.link / c.text : 0;
        if ((c.text > 80 && density < 0.25) || (c.text > 0 && c.text <= 80 && density === 0)) selected.add(sib);
      }
    }
  }
  return { nodes: selected, top };
}

function isAncestor(a: DomNode, b: DomNode): boolean {
  for (let n: DomNode | null | undefined = b; n; n = n.parent) if (n === a) return true;
  return false;
}

const DATE_LINE = /^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad)\s*,|\d{1,2}\s+\p{L}+\s+\d{4}\s*[|,-]?\s*\d{1,2}[:.]\d{2}).{0,60}$/iu;
// A date with a time of day at the start of a short line, glued or not to a credit ("Rabu 02 Dec 2026
// 10:20 WIBRed: Esthi", "02-12-2026 10:20:15 | Oleh : Admin", "December 2, 2026 at 10:20 am").
const STAMP_LINE =
  /^(?:(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday),?\s+)?(?:\d{1,2}\s+\p{L}{3,9}\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|\p{L}{3,9}\.?\s+\d{1,2},\s+\d{4})\s*(?:[|,·•–—-]|pukul|jam|at)?\s*\d{1,2}[:.]\d{2}/iu;
const ZONE_LINE = /\b(?:WIB|WITA|WIT)\b/;
/** A line that is only a time of day with its zone: "15.20 WIB", "09:05 WITA". */
const ENTRY_TIME = /^(?:pukul\s+)?\d{1,2}[:.]\d{2}\s*(?:WIB|WITA|WIT)$/i;

function renderRuns(runs: Run[], selected: Set<DomNode>, title?: string): string {
  const inside = new Map<DomNode, boolean>();
  const isInside = (n: DomNode): boolean => {
    const path: DomNode[] = [];
    let result = false;
    for (let cur: DomNode | null | undefined = n; cur && cur.type !== 'root'; cur = cur.parent) {
      const known = inside.get(cur);
      if (known !== undefined) {
        result = known;
        break;
      }
      if (selected.has(cur)) {
        result = true;
        break;
      }
      path.push(cur);
    }
    for (const p of path) inside.set(p, result);
    return result;
  };
  const titleKey = title ? squash(title) : '';
  const chosen = runs.filter((r) => isInside(r.container));
  // Kickers, breadcrumbs and labels sit above the headline; the article starts after it.
  const titleAt = titleKey ? chosen.findIndex((r) => r.heading && squash(r.lines.join(' ')) === titleKey) : -1;
  const out: string[] = [];
  let afterLabel = false;
  const runsFrom = titleAt > 0 ? chosen.slice(titleAt) : chosen;
  // A live blog sets each entry's time on its own line ("15.20 WIB" above the entry): two or more
  // such lines are the entries' times, part of the text; one alone is a byline's.
  const entryTimes = runsFrom.reduce((k, r) => k + r.lines.filter((l) => ENTRY_TIME.test(l)).length, 0) >= 2;
  for (const r of runsFrom) {
    if (r.len > 0 && r.linkLen / r.len > 0.5) continue;
    for (const line of r.lines) {
      // "Penulis | : Nama" laid out in two table cells: drop the label and its value.
      const wasLabel = afterLabel;
      afterLabel = isCreditLabel(line);
      if (afterLabel || (wasLabel && /^[:：]/.test(line))) continue;
      if (isBoilerplateLine(line)) continue;
      if (titleKey && squash(line) === titleKey) continue;
      if (entryTimes && ENTRY_TIME.test(line)) {
        out.push(line);
        continue;
      }
      if (line.length < 90 && !isSentence(line) && (DATE_LINE.test(line) || STAMP_LINE.test(line) || (ZONE_LINE.test(line) && /\d{1,2}[:.]\d{2}/.test(line)))) continue;
      if (out.length && out[out.length - 1] === line) continue;
      out.push(line);
    }
  }
  return out.join('\n\n');
}

/**
 * A short sentence of the article ("Aparat akan berjaga hingga pukul 02.00 WIT."): it ends like one
 * and has several lower-case words. A date stamp or byline has neither.
 */
function isSentence(line: string): boolean {
  return /[.!?]["”’)]?$/.test(line) && (line.match(/(?:^|\s)\p{Ll}{2,}/gu) ?? []).length >= 4;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}
