// Nesting cap for hostile HTML/XML, applied before cheerio parses a fetched page. Both parsers cheerio
// uses spend O(depth) per tag (htmlparser2 keeps its open-element stack with unshift/indexOf, parse5
// walks the stack for every scope check), so a page of unclosed tags costs time quadratic in its size,
// on the one event loop every source shares: 1.4 MB of `<div>` took 86 s. This pass is linear: it
// tokenizes the markup, keeps a model of the parser's open-element stack, and drops start tags (and
// their end tags) that would open an element deeper than `maxDepth`, as Chromium stops nesting at 512.
//
// The model errs on the deep side, so a page it leaves alone is returned as the very same string (an
// ordinary page parses exactly as before): for htmlparser2 (extraction, and XML mode for sitemaps and
// feeds) it mirrors htmlparser2's own rules (implied closes, void elements, raw-text tags, foreign
// self-closing, end tags closing the nearest match); for parse5 (cheerio's default) it uses parse5's
// end-tag rules (an end tag does not close across a special or scope element), only the implied closes
// parse5 is sure to make, its raw-text and script-escape rules, and it bounds the formatting elements
// parse5 may reconstruct. Residual: the parse5 model is conservative, not exact; a construct it gets
// wrong costs at most a bounded extra depth per tag, never the quadratic case.

export type ParserKind = 'htmlparser2' | 'parse5' | 'xml';

export interface DepthCapResult {
  html: string;
  /** Start tags removed (0: the input came back unchanged). */
  dropped: number;
  /** Deepest nesting of the model after the cap. */
  maxDepth: number;
}

/** Deeper than any real article page (they stay under ~60); below Chromium's 512. */
export const DEFAULT_MAX_DEPTH = 256;
/** parse5 re-opens unclosed formatting elements (<b>, <font>, …) after each block: at most this many. */
export const DEFAULT_MAX_FORMATTING = 128;

const H2_VOID = new Set(['area', 'base', 'basefont', 'br', 'col', 'command', 'embed', 'frame', 'hr', 'img', 'input', 'isindex', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const P5_VOID = new Set(['area', 'base', 'basefont', 'bgsound', 'br', 'col', 'embed', 'frame', 'hr', 'image', 'img', 'input', 'keygen', 'link', 'meta', 'param', 'source', 'track', 'wbr']);

// htmlparser2's openImpliesClose, as in htmlparser2/Parser.
const H2_FORM = new Set(['input', 'option', 'optgroup', 'select', 'button', 'datalist', 'textarea']);
const P_ONLY = new Set(['p']);
const H2_IMPLIES = new Map<string, Set<string>>([
  ['tr', new Set(['tr', 'th', 'td'])],
  ['th', new Set(['th'])],
  ['td', new Set(['thead', 'th', 'td'])],
  ['body', new Set(['head', 'link', 'script'])],
  ['li', new Set(['li'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['optgroup', 'option'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['rt', new Set(['rt', 'rp'])],
  ['rp', new Set(['rt', 'rp'])],
  ['tbody', new Set(['thead', 'tbody'])],
  ['tfoot', new Set(['thead', 'tbody'])],
  ...['select', 'input', 'output', 'button', 'datalist', 'textarea'].map((t) => [t, H2_FORM] as [string, Set<string>]),
  ...['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'details', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'header', 'hr', 'main', 'nav', 'ol', 'pre', 'section', 'table', 'ul'].map(
    (t) => [t, P_ONLY] as [string, Set<string>],
  ),
]);
const H2_FOREIGN = new Set(['math', 'svg']);
const H2_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const H2_RAW = new Set(['script', 'style', 'title', 'textarea', 'xmp']);

// parse5: the implied closes it makes whatever the insertion mode (the current node is popped);
// <table> is left out because in quirks mode (no doctype) it does not close a <p>.
const P5_CLOSES_P = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'dir', 'div', 'dl', 'fieldset', 'figcaption', 'figure', 'footer', 'header', 'hgroup', 'main', 'menu', 'nav', 'ol', 'pre', 'listing', 'search', 'section', 'summary', 'ul', 'form']);
const P5_IMPLIES = new Map<string, Set<string>>([
  ['li', new Set(['li'])],
  ['dd', new Set(['dd', 'dt'])],
  ['dt', new Set(['dd', 'dt'])],
  ['option', new Set(['option'])],
  ['optgroup', new Set(['option'])],
  ['td', new Set(['td', 'th'])],
  ['th', new Set(['td', 'th'])],
  ['tr', new Set(['td', 'th', 'tr'])],
  ['tbody', new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'])],
  ['thead', new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'])],
  ['tfoot', new Set(['td', 'th', 'tr', 'tbody', 'thead', 'tfoot'])],
]);
const P5_RAW = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript', 'textarea', 'title']);
const P5_SPECIAL = new Set(
  'address applet area article aside base basefont bgsound blockquote body br button caption center col colgroup dd details dir div dl dt embed fieldset figcaption figure footer form frame frameset h1 h2 h3 h4 h5 h6 head header hgroup hr html iframe img input keygen li link listing main marquee menu meta nav noembed noframes noscript object ol p param plaintext pre script search section select source style summary table tbody td template textarea tfoot th thead title tr track ul wbr xmp'.split(' '),
);
/** Elements that stop an end tag of a special element ("has an element in scope"). */
const P5_SCOPE_HTML = new Set(['applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template']);
const P5_SCOPE_FOREIGN = new Set(['mi', 'mo', 'mn', 'ms', 'mtext', 'annotation-xml', 'foreignobject', 'desc', 'title']);
const P5_FORMATTING = new Set(['a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u']);
/** In SVG/MathML these start tags leave foreign content (parse5 pops back to HTML). */
const P5_BREAKOUT = new Set(
  'b big blockquote body br center code dd div dl dt em embed h1 h2 h3 h4 h5 h6 head hr i img li listing menu meta nobr ol p pre ruby s small span strong strike sub sup table tt u ul var'.split(' '),
);
const P5_SVG_INTEGRATION = new Set(['foreignobject', 'desc', 'title']);
const P5_MATH_TEXT_INTEGRATION = new Set(['mi', 'mo', 'mn', 'ms', 'mtext']);

interface Entry {
  name: string;
  /** parse5: the element is in the SVG or MathML namespace. */
  foreign: boolean;
  /** parse5: children are HTML (an integration point). */
  integration: boolean;
  ns: 'html' | 'svg' | 'math';
}

const isWs = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
const isAlpha = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const GT = 0x3e;
const SLASH = 0x2f;

type Blocker = 'special' | 'default' | 'list' | 'button' | 'table' | 'html';
const TABLE_SCOPE = new Set(['html', 'table', 'template']);
/** Which blocker list an entry belongs to (parse5's special category and its scopes). */
function blockerKinds(e: Entry): Blocker[] {
  const out: Blocker[] = [];
  if (!e.foreign) out.push('html');
  const scope = e.foreign ? P5_SCOPE_FOREIGN.has(e.name) : P5_SCOPE_HTML.has(e.name);
  if (scope) out.push('default', 'list', 'button');
  else if (!e.foreign && (e.name === 'ol' || e.name === 'ul')) out.push('list');
  else if (!e.foreign && e.name === 'button') out.push('button');
  if (!e.foreign && TABLE_SCOPE.has(e.name)) out.push('table');
  if (e.foreign ? P5_SCOPE_FOREIGN.has(e.name) : P5_SPECIAL.has(e.name)) out.push('special');
  return out;
}
const TABLE_END = new Set(['table', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th', 'caption', 'colgroup']);

/** The scope an end tag for a special element checks (parse5 "has an element in … scope"). */
function scopeOf(name: string): Blocker {
  if (name === 'li') return 'list';
  if (name === 'p') return 'button';
  if (TABLE_END.has(name)) return 'table';
  return 'default';
}

/** Open-element stack with O(1) "nearest open element named X" and "nearest blocker" queries. */
class Stack {
  readonly entries: Entry[] = [];
  private byName = new Map<string, number[]>();
  private blockers = new Map<Blocker, number[]>((['special', 'default', 'list', 'button', 'table', 'html'] as const).map((k) => [k, []]));
  constructor(private readonly trackBlockers: boolean) {}
  get depth(): number {
    return this.entries.length;
  }
  top(): Entry | undefined {
    return this.entries[this.entries.length - 1];
  }
  push(e: Entry): void {
    const i = this.entries.length;
    this.entries.push(e);
    let list = this.byName.get(e.name);
    if (!list) this.byName.set(e.name, (list = []));
    list.push(i);
    if (this.trackBlockers) for (const k of blockerKinds(e)) this.blockers.get(k)!.push(i);
  }
  pop(): Entry | undefined {
    const e = this.entries.pop();
    if (!e) return undefined;
    const i = this.entries.length;
    this.byName.get(e.name)!.pop();
    if (this.trackBlockers) {
      for (const list of this.blockers.values()) if (list[list.length - 1] === i) list.pop();
    }
    return e;
  }
  /** Index of the nearest open element with this name, or -1. */
  nearest(name: string): number {
    const list = this.byName.get(name);
    return list && list.length ? list[list.length - 1]! : -1;
  }
  popTo(index: number): void {
    while (this.entries.length > index) this.pop();
  }
  /** Is an element of this blocker kind open above `index`? */
  above(index: number, kind: Blocker): boolean {
    const list = this.blockers.get(kind)!;
    const last = list[list.length - 1];
    return last !== undefined && last > index;
  }
}

/** Where a raw-text element's content ends (index of its `</name`), or -1 for "to the end". */
function rawTextEnd(s: string, from: number, name: string, kind: ParserKind): number {
  const close = '</' + name;
  const endsName = (c: number) => isWs(c) || c === GT || (kind === 'parse5' && c === SLASH) || Number.isNaN(c);
  if (kind === 'parse5' && name === 'script') return scriptEnd(s, from);
  let i = from;
  for (;;) {
    i = s.indexOf('</', i);
    if (i < 0) return -1;
    if (s.substr(i, close.length).toLowerCase() === close && endsName(s.charCodeAt(i + close.length))) return i;
    i += 2;
  }
}

/** parse5's script data states: `</script>` inside `<!-- <script> … -->` does not end the script. */
function scriptEnd(s: string, from: number): number {
  let i = from;
  let state: 'data' | 'escaped' | 'double' = 'data';
  const n = s.length;
  const tagAt = (j: number, word: string) =>
    s.substr(j, word.length).toLowerCase() === word && (isWs(s.charCodeAt(j + word.length)) || s.charCodeAt(j + word.length) === GT || s.charCodeAt(j + word.length) === SLASH);
  while (i < n) {
    const c = s.charCodeAt(i);
    if (c === 0x3c /* < */) {
      if (state !== 'double' && tagAt(i, '</script')) return i;
      if (state === 'data' && s.startsWith('<!--', i)) {
        state = 'escaped';
        i += 4;
        continue;
      }
      if (state === 'escaped' && tagAt(i, '<script')) {
        state = 'double';
        i += 7;
        continue;
      }
      if (state === 'double' && tagAt(i, '</script')) {
        state = 'escaped';
        i += 8;
        continue;
      }
    } else if (c === 0x2d /* - */ && state !== 'data' && s.startsWith('-->', i)) {
      state = 'data';
      i += 3;
      continue;
    }
    i++;
  }
  return -1;
}

interface Tag {
  end: number; // index after '>' (or s.length when unterminated)
  selfClosing: boolean;
  terminated: boolean;
}

/** Scan a start tag's attributes from `i` (just after the name) to its `>`, honouring quotes. */
function scanAttributes(s: string, i: number, kind: ParserKind): Tag {
  const n = s.length;
  let state: 'before' | 'name' | 'afterName' | 'beforeValue' | 'unquoted' | 'slash' = 'before';
  while (i < n) {
    const c = s.charCodeAt(i);
    switch (state) {
      case 'before':
        if (c === GT) return { end: i + 1, selfClosing: false, terminated: true };
        if (c === SLASH) state = 'slash';
        else if (!isWs(c)) state = 'name';
        break;
      case 'slash':
        if (c === GT) return { end: i + 1, selfClosing: true, terminated: true };
        // htmlparser2 skips whitespace after '/', parse5 treats it as the start of a new attribute.
        if (isWs(c) && kind !== 'parse5') break;
        state = 'before';
        continue; // reconsume
      case 'name':
        if (c === 0x3d /* = */) state = 'beforeValue';
        else if (isWs(c)) state = 'afterName';
        else if (c === SLASH || c === GT) {
          state = 'before';
          continue;
        }
        break;
      case 'afterName':
        if (c === 0x3d) state = 'beforeValue';
        else if (c === SLASH || c === GT) {
          state = 'before';
          continue;
        } else if (!isWs(c)) state = 'name';
        break;
      case 'beforeValue':
        if (c === 0x22 || c === 0x27) {
          const close = s.indexOf(c === 0x22 ? '"' : "'", i + 1);
          if (close < 0) return { end: n, selfClosing: false, terminated: false };
          i = close + 1;
          state = 'before';
          continue;
        }
        if (c === GT) {
          state = 'before';
          continue;
        }
        if (!isWs(c)) state = 'unquoted';
        break;
      case 'unquoted':
        if (isWs(c)) state = 'before';
        else if (c === GT) {
          state = 'before';
          continue;
        }
        break;
    }
    i++;
  }
  return { end: n, selfClosing: false, terminated: false };
}

/**
 * Cap the nesting depth of `html` as the given parser would build it. Returns the input string itself
 * when nothing had to be dropped.
 */
export function capNesting(
  html: string,
  kind: ParserKind,
  opts: { maxDepth?: number; maxFormatting?: number } = {},
): DepthCapResult {
  const maxDepth = opts.maxDepth ?? DEFAULT_MAX_DEPTH;
  const maxFormatting = opts.maxFormatting ?? DEFAULT_MAX_FORMATTING;
  const s = html;
  const n = s.length;
  const stack = new Stack(kind === 'parse5');
  const h2Foreign: boolean[] = [false]; // htmlparser2's foreignContext (index 0 = current)
  const droppedOpen = new Map<string, number>();
  const cuts: number[] = []; // [start, end) pairs to remove
  let dropped = 0;
  let deepest = 0;
  let formattingOpen = 0;
  const formattingByName = new Map<string, number>();
  const lowerNames = kind !== 'xml';

  const h2ForeignNow = () => h2Foreign[0] === true;
  const dropEnd = (name: string): boolean => {
    const d = droppedOpen.get(name);
    if (!d) return false;
    droppedOpen.set(name, d - 1);
    return true;
  };

  let i = s.indexOf('<');
  while (i >= 0 && i < n - 1) {
    const c = s.charCodeAt(i + 1);
    // Comments, CDATA, doctype, processing instructions: skipped to where the parser ends them.
    if (c === 0x21 /* ! */) {
      if (s.startsWith('<!--', i)) {
        let end: number;
        if (kind === 'parse5') {
          if (s.startsWith('<!-->', i)) end = i + 5;
          else if (s.startsWith('<!--->', i)) end = i + 6;
          else {
            end = -1;
            // The first `-->` or `--!>`; one forward scan (two indexOf calls would rescan to the end).
            for (let j = s.indexOf('--', i + 4); j >= 0; j = s.indexOf('--', j + 1)) {
              if (s.charCodeAt(j + 2) === GT) {
                end = j + 3;
                break;
              }
              if (s.startsWith('!>', j + 2)) {
                end = j + 4;
                break;
              }
            }
          }
        } else {
          const a = s.indexOf('-->', i + 4);
          end = a < 0 ? -1 : a + 3;
        }
        if (end < 0) break;
        i = s.indexOf('<', end);
        continue;
      }
      if (kind !== 'parse5' && s.startsWith('<![CDATA[', i)) {
        const a = s.indexOf(']]>', i + 9);
        if (a < 0) break;
        i = s.indexOf('<', a + 3);
        continue;
      }
      const gt = s.indexOf('>', i + 2);
      if (gt < 0) break;
      i = s.indexOf('<', gt + 1);
      continue;
    }
    if (c === 0x3f /* ? */) {
      const gt = s.indexOf('>', i + 2);
      if (gt < 0) break;
      i = s.indexOf('<', gt + 1);
      continue;
    }
    const tagStart = (ch: number) => (kind === 'xml' ? !isWs(ch) && ch !== SLASH && ch !== GT && !Number.isNaN(ch) : isAlpha(ch));

    if (c === SLASH) {
      // End tag.
      let j = i + 2;
      if (kind !== 'parse5') while (j < n && isWs(s.charCodeAt(j))) j++; // htmlparser2: `</ div>` closes div
      const d = s.charCodeAt(j);
      if (!tagStart(d)) {
        // `</>` is ignored, anything else is a bogus comment up to '>'.
        const gt = s.indexOf('>', j);
        if (gt < 0) break;
        i = s.indexOf('<', gt + 1);
        continue;
      }
      let k = j;
      // htmlparser2 ends an end tag's name at whitespace or '>', parse5 also at '/'.
      while (k < n) {
        const ch = s.charCodeAt(k);
        if (isWs(ch) || ch === GT || (kind === 'parse5' && ch === SLASH)) break;
        k++;
      }
      let name = s.slice(j, k);
      if (lowerNames) name = name.toLowerCase();
      let end: number;
      if (kind === 'parse5') {
        const t = scanAttributes(s, k, kind);
        if (!t.terminated) break;
        end = t.end;
      } else {
        const gt = s.indexOf('>', k);
        if (gt < 0) break;
        end = gt + 1;
      }
      if (dropEnd(name)) cuts.push(i, end);
      else endTag(name);
      i = s.indexOf('<', end);
      continue;
    }
    if (!tagStart(c)) {
      i = s.indexOf('<', i + 1);
      continue;
    }
    // Start tag.
    let k = i + 1;
    while (k < n) {
      const ch = s.charCodeAt(k);
      if (isWs(ch) || ch === SLASH || ch === GT) break;
      k++;
    }
    let name = s.slice(i + 1, k);
    if (lowerNames) name = name.toLowerCase();
    const t = scanAttributes(s, k, kind);
    if (!t.terminated) break;
    const rawAfter = startTag(name, t.selfClosing, i, t.end);
    let next = t.end;
    if (rawAfter) {
      if (rawAfter === 'plaintext') break;
      const e = rawTextEnd(s, next, rawAfter, kind);
      if (e < 0) break;
      next = e;
    }
    i = s.indexOf('<', next);
  }

  function endTag(name: string): void {
    if (kind === 'xml') {
      const at = stack.nearest(name);
      if (at >= 0) stack.popTo(at);
      return;
    }
    if (kind === 'htmlparser2') {
      if (H2_FOREIGN.has(name) || H2_INTEGRATION.has(name)) h2Foreign.shift();
      if (H2_VOID.has(name)) return;
      const at = stack.nearest(name);
      if (at >= 0) stack.popTo(at);
      return;
    }
    // parse5
    if (P5_FORMATTING.has(name) && (formattingByName.get(name) ?? 0) > 0) {
      formattingByName.set(name, formattingByName.get(name)! - 1);
      formattingOpen--;
    }
    // parse5 never pops for </body> or </html>; </form> removes the form element alone.
    if (name === 'body' || name === 'html') return;
    const at = stack.nearest(name);
    if (at < 0) return;
    if (name === 'form') {
      if (at === stack.depth - 1) stack.pop();
      return;
    }
    const e = stack.entries[at]!;
    // In foreign content an end tag closes the nearest same-named foreign element, across foreign ones.
    if (e.foreign && !stack.above(at, 'html')) return stack.popTo(at);
    const blocked = P5_SPECIAL.has(name) && !e.foreign ? stack.above(at, scopeOf(name)) : stack.above(at, 'special');
    if (!blocked) stack.popTo(at);
  }

  /** Returns the raw-text element name whose content follows, if any. */
  function startTag(name: string, selfClosing: boolean, from: number, to: number): string | undefined {
    if (kind === 'xml') {
      if (selfClosing) return undefined;
      if (stack.depth >= maxDepth) return drop(name, from, to);
      stack.push({ name, foreign: false, integration: false, ns: 'html' });
      deepest = Math.max(deepest, stack.depth);
      return undefined;
    }
    if (kind === 'htmlparser2') {
      if (H2_VOID.has(name)) return undefined;
      if (stack.depth >= maxDepth && !H2_IMPLIES.get(name)?.has(stack.top()?.name ?? '')) return drop(name, from, to);
      const implies = H2_IMPLIES.get(name);
      if (implies) while (stack.depth > 0 && implies.has(stack.top()!.name)) stack.pop();
      stack.push({ name, foreign: false, integration: false, ns: 'html' });
      if (H2_FOREIGN.has(name)) h2Foreign.unshift(true);
      else if (H2_INTEGRATION.has(name)) h2Foreign.unshift(false);
      deepest = Math.max(deepest, stack.depth);
      if (selfClosing && h2ForeignNow()) {
        if (stack.top()?.name === name) stack.pop();
        return undefined;
      }
      // A self-closing raw-text tag is parsed as an ordinary open element by htmlparser2.
      return !selfClosing && H2_RAW.has(name) ? name : undefined;
    }
    // parse5
    let top = stack.top();
    const inForeign = () => {
      const t = stack.top();
      return !!t && t.foreign && !t.integration;
    };
    const breakout = P5_BREAKOUT.has(name) || (name === 'font' && /\s(?:color|face|size)\s*=/i.test(s.slice(from, to)));
    if (inForeign() && breakout) {
      // parse5 pops back to HTML content before inserting a breakout element.
      while (inForeign()) stack.pop();
      top = stack.top();
    }
    const foreign = name === 'svg' || name === 'math' || inForeign();
    if (!foreign && P5_VOID.has(name)) return undefined;
    if (foreign && selfClosing) return undefined;
    if (!foreign && P5_FORMATTING.has(name)) {
      if (formattingOpen >= maxFormatting) return drop(name, from, to);
    }
    if (stack.depth >= maxDepth) return drop(name, from, to);
    if (!foreign && top && !top.foreign) {
      if (P5_CLOSES_P.has(name) && top.name === 'p') stack.pop();
      else {
        const implies = P5_IMPLIES.get(name);
        if (implies) while (stack.depth > 0 && !stack.top()!.foreign && implies.has(stack.top()!.name)) stack.pop();
      }
    }
    const inSvg = name !== 'math' && (name === 'svg' || stack.top()?.ns === 'svg');
    const integration =
      foreign &&
      (inSvg
        ? P5_SVG_INTEGRATION.has(name)
        : P5_MATH_TEXT_INTEGRATION.has(name) || (name === 'annotation-xml' && /\sencoding\s*=\s*["']?(?:text\/html|application\/xhtml\+xml)/i.test(s.slice(from, to))));
    stack.push({ name, foreign, integration, ns: !foreign ? 'html' : inSvg ? 'svg' : 'math' });
    deepest = Math.max(deepest, stack.depth);
    if (!foreign && P5_FORMATTING.has(name)) {
      formattingOpen++;
      formattingByName.set(name, (formattingByName.get(name) ?? 0) + 1);
    }
    if (foreign) return undefined;
    if (name === 'plaintext') return 'plaintext';
    return P5_RAW.has(name) ? name : undefined;
  }

  function drop(name: string, from: number, to: number): undefined {
    cuts.push(from, to);
    droppedOpen.set(name, (droppedOpen.get(name) ?? 0) + 1);
    dropped++;
    return undefined;
  }

  if (cuts.length === 0) return { html, dropped: 0, maxDepth: deepest };
  const parts: string[] = [];
  let at = 0;
  for (let c = 0; c < cuts.length; c += 2) {
    parts.push(s.slice(at, cuts[c]));
    at = cuts[c + 1]!;
  }
  parts.push(s.slice(at));
  return { html: parts.join(''), dropped, maxDepth: deepest };
}
