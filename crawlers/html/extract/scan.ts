// One pass over the document gathering everything the metadata extractors read: <meta> values,
// <link rel>, <title>, <html lang>, JSON-LD objects, <h1>s and <time> elements. Each extractor then
// works on these small lists instead of querying the DOM again.
import { attr, isElement, normalizeSpace, textOf, walkNodes } from './dom.js';
import type { DomNode } from './types.js';

export interface PageScan {
  /** meta name/property/itemprop (lower case) → contents in document order. */
  meta: Map<string, string[]>;
  /** link rel (lower case, each token) → hrefs. */
  links: Map<string, string[]>;
  title: string;
  htmlLang: string;
  /** Flattened JSON-LD objects (arrays and @graph expanded). */
  jsonLd: Record<string, unknown>[];
  h1: DomNode[];
  /** The first <h2>s: older templates (Kompas 2016) put the headline in an <h2> under a section <h1>. */
  h2: DomNode[];
  /** The first <h3>s: portals and Blogger themes that set the headline in an <h3> below the site's <h1>. */
  h3: DomNode[];
  /** Elements carrying a machine-readable date: <time datetime>, [itemprop=datePublished], hAtom abbr.published[title]. */
  timeEls: DomNode[];
  /** Elements with itemprop=author or rel=author. */
  authorEls: DomNode[];
  /** Elements with itemprop=articleBody. */
  bodyEls: DomNode[];
  /** E-mail inputs: each marks a sign-up box around it. */
  emailInputs: DomNode[];
  /** Breadcrumb containers (class/id "breadcrumb", or an itemtype BreadcrumbList). */
  crumbEls: DomNode[];
  isAmp: boolean;
}

const MAX_JSONLD_CHARS = 500_000;

export function scanPage(root: DomNode): PageScan {
  const scan: PageScan = {
    meta: new Map(),
    links: new Map(),
    title: '',
    htmlLang: '',
    jsonLd: [],
    h1: [],
    h2: [],
    h3: [],
    timeEls: [],
    authorEls: [],
    bodyEls: [],
    crumbEls: [],
    emailInputs: [],
    isAmp: false,
  };
  walkNodes(root, (n) => {
    if (!isElement(n)) return n.type === 'root';
    const name = n.name;
    switch (name) {
      case 'html':
        scan.htmlLang ||= attr(n, 'lang') ?? attr(n, 'xml:lang') ?? '';
        if (n.attribs && ('amp' in n.attribs || '⚡' in n.attribs)) scan.isAmp = true;
        break;
      case 'meta': {
        const content = attr(n, 'content');
        if (content === undefined) break;
        for (const k of ['name', 'property', 'itemprop', 'http-equiv']) {
          const key = attr(n, k);
          if (key) for (const part of key.toLowerCase().split(/\s+/)) push(scan.meta, part, content);
        }
        break;
      }
      case 'link': {
        const rel = attr(n, 'rel');
        const href = attr(n, 'href');
        if (rel && href) for (const r of rel.toLowerCase().split(/\s+/)) push(scan.links, r, href);
        if (rel && /\bauthor\b/i.test(rel)) scan.authorEls.push(n);
        break;
      }
      case 'title':
        // The first <title> only: SVG icons carry their own <title> elements further down.
        if (!scan.title) scan.title = normalizeSpace(textOf(n, 2000));
        return false;
      case 'script':
        if (/ld\+json/i.test(attr(n, 'type') ?? '')) readJsonLd(rawText(n), scan.jsonLd);
        return false;
      case 'style':
      case 'noscript':
      case 'template':
        return false;
      case 'h1':
        scan.h1.push(n);
        break;
      case 'h2':
        if (scan.h2.length < 30) scan.h2.push(n);
        break;
      case 'h3':
        if (scan.h3.length < 30) scan.h3.push(n);
        break;
      case 'time':
        scan.timeEls.push(n);
        break;
      // AMP's relative clock ("2 jam lalu" shown): its datetime is the publication time.
      case 'amp-timeago':
        if (attr(n, 'datetime')) scan.timeEls.push(n);
        break;
      case 'a':
        if (/\bauthor\b/i.test(attr(n, 'rel') ?? '')) scan.authorEls.push(n);
        break;
      case 'input':
        if (/email/i.test(`${attr(n, 'type') ?? ''} ${attr(n, 'name') ?? ''} ${attr(n, 'placeholder') ?? ''}`) && scan.emailInputs.length < 20) scan.emailInputs.push(n);
        break;
    }
    const cls = (attr(n, 'class') ?? '') + ' ' + (attr(n, 'id') ?? '');
    if (/breadcrumb/i.test(cls) || /BreadcrumbList/i.test(attr(n, 'itemtype') ?? '')) {
      if (scan.crumbEls.length < 5) scan.crumbEls.push(n);
    }
    // hAtom/microformats (Blogger, old WordPress themes): <abbr class="published" title="2026-12-02T09:40:00+07:00">.
    if (name !== 'time' && /(?:^|\s)(?:published|dt-published)(?:\s|$)/i.test(attr(n, 'class') ?? '') && /^\d{4}-\d{2}-\d{2}T/.test(attr(n, 'title') ?? '')) {
      scan.timeEls.push(n);
    }
    const itemprop = attr(n, 'itemprop');
    if (itemprop && name !== 'meta') {
      if (/\bdatePublished\b/i.test(itemprop) && name !== 'time') scan.timeEls.push(n);
      if (/\bauthor\b/i.test(itemprop)) scan.authorEls.push(n);
      if (/\barticleBody\b/i.test(itemprop)) scan.bodyEls.push(n);
    }
    return true;
  });
  return scan;
}

/** Raw text children of a script element (textOf skips script contents by design). */
function rawText(n: DomNode): string {
  let out = '';
  for (const c of n.children ?? []) if (c.type === 'text' && out.length < MAX_JSONLD_CHARS) out += c.data ?? '';
  return out;
}

function push<K, V>(m: Map<K, V[]>, k: K, v: V): void {
  const arr = m.get(k);
  if (arr) arr.push(v);
  else m.set(k, [v]);
}

/** First non-empty meta value for any of the keys, in key priority order. */
export function metaValue(scan: PageScan, ...keys: string[]): string | undefined {
  for (const k of keys) {
    for (const v of scan.meta.get(k) ?? []) {
      const t = normalizeSpace(v);
      if (t) return t;
    }
  }
  return undefined;
}

function readJsonLd(raw: string, out: Record<string, unknown>[]): void {
  let data: unknown;
  const text = raw.trim().replace(/^<!--|-->$/g, '');
  try {
    data = JSON.parse(text);
  } catch {
    // Publishers often emit raw newlines/tabs inside strings or trailing commas; repair those once.
    try {
      data = JSON.parse(text.replace(/[\u0000-\u001f]+/g, ' ').replace(/,\s*([}\]])/g, '$1'));
    } catch {
      return;
    }
  }
  flatten(data, out, 0);
}

function flatten(v: unknown, out: Record<string, unknown>[], depth: number): void {
  if (depth > 4 || out.length > 50 || v === null || typeof v !== 'object') return;
  if (Array.isArray(v)) {
    for (const x of v) flatten(x, out, depth + 1);
    return;
  }
  const o = v as Record<string, unknown>;
  out.push(o);
  if (o['@graph']) flatten(o['@graph'], out, depth + 1);
  if (o.mainEntity && typeof o.mainEntity === 'object') flatten(o.mainEntity, out, depth + 1);
}

const ARTICLE_TYPES = /^(NewsArticle|Article|ReportageNews|AnalysisNewsArticle|OpinionNewsArticle|BlogPosting|LiveBlogPosting|Report|ScholarlyArticle|TechArticle|SocialMediaPosting|BackgroundNewsArticle)$/i;

function types(o: Record<string, unknown>): string[] {
  const t = o['@type'];
  if (typeof t === 'string') return [t];
  if (Array.isArray(t)) return t.filter((x): x is string => typeof x === 'string');
  return [];
}

// Photo and video pages describe themselves as the media object (headline in `name`, date in
// `uploadDate`, text in `description`/`caption`).
const MEDIA_TYPES = /^(VideoObject|ImageGallery|MediaGallery|ImageObject|Clip)$/i;

/** The JSON-LD object describing the article itself (NewsArticle & co), else the page's media object, else a WebPage. */
export function articleLd(scan: PageScan): Record<string, unknown> | undefined {
  return (
    scan.jsonLd.find((o) => types(o).some((t) => ARTICLE_TYPES.test(t))) ??
    scan.jsonLd.find((o) => types(o).some((t) => MEDIA_TYPES.test(t)) && (o.name || o.headline) && (o.uploadDate || o.datePublished || o.description)) ??
    scan.jsonLd.find((o) => types(o).some((t) => /^WebPage$/i.test(t)) && (o.headline || o.datePublished))
  );
}

/** True when the page's own JSON-LD object is a photo or video rather than an article. */
export function isMediaLd(o: Record<string, unknown> | undefined): boolean {
  return !!o && types(o).some((t) => MEDIA_TYPES.test(t));
}

/** String value of a JSON-LD field (first element of arrays, `name` of objects). */
export function ldString(v: unknown): string | undefined {
  if (typeof v === 'string') return normalizeSpace(v) || undefined;
  if (typeof v === 'number') return String(v);
  if (Array.isArray(v)) return v.length ? ldString(v[0]) : undefined;
  if (v && typeof v === 'object') {
    const o = v as Record<string, unknown>;
    return ldString(o.name ?? o['@value']);
  }
  return undefined;
}

function squashed(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** The element showing the headline: an <h1> with its text, else such an <h2> or <h3>, else the first <h1>. */
export function headlineEl(scan: PageScan, title: string): DomNode | undefined {
  const key = squashed(title);
  const same = (h: DomNode) => squashed(textOf(h, 600)) === key;
  return (key && (scan.h1.find(same) ?? scan.h2.find(same) ?? scan.h3.find(same))) || scan.h1[0];
}
