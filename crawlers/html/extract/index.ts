// extractArticle: one cheerio parse, one metadata scan, one body walk (plus a relaxed retry when
// the strict pass finds almost nothing). Never throws: hostile or empty input yields empty text.
import { canonicalizeUrl } from '../../shared/url.js';
import { extractAuthor } from './author.js';
import { isBoilerplateLine } from './boilerplate.js';
import { extractBody, type Body } from './body.js';
import { extractCanonical } from './canonical.js';
import { WIB } from './date-parse.js';
import { choosePublished } from '../../../src/core/published-date.js';
import { pageDateCandidates } from './date.js';
import { loadDocument, normalizeSpace, textOf } from './dom.js';
import { extractLanguage, textLanguage } from './language.js';
import { mediaCaptions, relevance, subjectWords } from './media.js';
import { articleLd, headlineEl, isMediaLd, ldString, metaValue, scanPage, type PageScan } from './scan.js';
import { extractTitle, withoutMediaLabel } from './title.js';
import type { DomNode, ExtractedArticle } from './types.js';

export type { ExtractedArticle } from './types.js';
export { parseDate, formatIso } from './date-parse.js';

/** Below this many characters the strict pass probably dropped the article with a widget class. */
const RETRY_BELOW_CHARS = 250;
/** Indonesia, its main islands and regions, and the rupiah, as English text names them. */
const INDONESIA_NAMED =
  /\b(?:Indonesian?|Jakarta|(?:Central|East|West) Java|Java|Sumatra|Kalimantan|Sulawesi|Papua|Bali|Lombok|Nusa Tenggara|Maluku|Riau|Aceh|Banten|Yogyakarta|Surabaya|Bandung|Semarang|Medan|Makassar)\b|\bRp ?\d/;

export function extractArticle(html: string, url: string): ExtractedArticle {
  const fallback: ExtractedArticle = { url, canonicalUrl: safeCanonical(url), title: '', text: '' };
  if (typeof html !== 'string' || html.length === 0) return fallback;
  try {
    return extract(html, url);
  } catch {
    return fallback;
  }
}

function extract(html: string, url: string): ExtractedArticle {
  const { root } = loadDocument(html);
  const scan = scanPage(root);
  const ld = articleLd(scan);
  const declaredLanguage = extractLanguage(scan);
  const siteName =
    metaValue(scan, 'og:site_name') ??
    (ld ? ldString((ld.publisher as Record<string, unknown> | undefined)?.name) : undefined) ??
    metaValue(scan, 'application-name');
  const title = extractTitle(scan, url, siteName);

  const description = metaValue(scan, 'og:description', 'description', 'twitter:description');
  const ldDescription = ld ? (ldString(ld.description) ?? ldString(ld.caption)) : undefined;
  // What the page says it is about: the text must share its words to be the article.
  const subject = subjectWords(title, description, ldDescription);

  const anchors = articleAnchors(scan, title);
  const skip = signUpBoxes(scan, new Set(anchors.flatMap(ancestors)));
  let body = extractBody(root, { strict: true, title, anchors, skip });
  if (body.text.length < RETRY_BELOW_CHARS) {
    // The strict pass may have dropped an article wrapped in a widget-like class; the relaxed pass
    // reads it, but must not trade a short text about the headline for a longer one about nothing.
    const relaxed = extractBody(root, { strict: false, title, anchors, skip });
    if (relaxed.text.length > body.text.length * 2 && (!body.text || relevance(relaxed.text, subject) >= relevance(body.text, subject))) body = relaxed;
  }
  let text = body.text;
  const ldBody = ld ? ldArticleBody(ld.articleBody) : '';
  // Script-rendered or truncated templates: the JSON-LD articleBody then holds the real text.
  if (ldBody.length > 200 && text.length < ldBody.length * 0.6) body = { text: (text = ldBody) };
  text = mediaText(body, root, scan, url, ld, title, subject, ldDescription ?? description);

  // Markup wins unless the article's words clearly say otherwise (templates misdeclare lang="en").
  const fromText = textLanguage(text);
  const language =
    fromText && (!declaredLanguage || ((declaredLanguage === 'en' || declaredLanguage === 'id') && fromText !== declaredLanguage))
      ? fromText
      : declaredLanguage;
  // An English page of an Indonesian outlet (a regional English-language site, an English edition)
  // prints its clock in local time too: its headline or lead names Indonesia or its regions.
  const indonesian =
    !language || language === 'id' || language === 'ms' || /\.id$/i.test(hostOf(url)) || (language === 'en' && INDONESIA_NAMED.test(`${title}\n${text.slice(0, 600)}`));
  const canonicalUrl = extractCanonical(scan, url);
  const dateOpts = { defaultOffset: indonesian ? WIB : '+00:00', outputOffset: indonesian ? WIB : undefined, title, canonicalUrl, lead: text.slice(0, 200) };
  const dateCandidates = pageDateCandidates(root, scan, url, dateOpts);
  const publishedAt = choosePublished(dateCandidates, { localOffset: dateOpts.defaultOffset, outputOffset: dateOpts.outputOffset })?.iso;
  const author = extractAuthor(scan, siteName, text);

  const out: ExtractedArticle = { url, canonicalUrl, title: withoutMediaLabel(title), text, dateCandidates, localOffset: dateOpts.defaultOffset };
  if (publishedAt) out.publishedAt = publishedAt;
  if (author) out.author = author;
  if (language) out.language = language;
  if (siteName) out.siteName = siteName;
  if (description) out.description = description;
  return out;
}

/** Below this many characters a text may be a caption page's stray box rather than an article. */
const SHORT_TEXT_CHARS = 1000;
const MEDIA_PAGE_SHORT_CHARS = 2000;
const MEDIA_URL = /\/(?:foto|fotos|photo|photos|video|videos|galeri|gallery|readfoto|foto-?news|fotonews|vod|tv)(?:\/|$|-)/i;
const MEDIA_TITLE = /^(?:foto|video|galeri|gallery|infografis)\s*[:|-]/i;

/**
 * Photo and video pages (src: media.ts). When the body found is short and not about the headline,
 * the page's captions are its text if they are; on a page that says it is a photo or video (JSON-LD
 * type, og:type, a /foto/ or /video/ path, a "FOTO:" title) with nothing better, its description.
 */
function mediaText(
  body: Body,
  root: DomNode,
  scan: PageScan,
  url: string,
  ld: Record<string, unknown> | undefined,
  title: string,
  subject: Set<string>,
  selfDescription: string | undefined,
): string {
  const text = body.text;
  const isMedia =
    isMediaLd(ld) || /video|photo|image/i.test(metaValue(scan, 'og:type') ?? '') || MEDIA_URL.test(pathOf(url)) || MEDIA_TITLE.test(title);
  if (text.length >= (isMedia ? MEDIA_PAGE_SHORT_CHARS : SHORT_TEXT_CHARS)) return text;
  const own = relevance(text, subject);
  const headline = headlineEl(scan, title);
  // Text from outside the headline's part of the page (a footer blurb, a box beside the layout) on a
  // short page is not its article, however few headline words it shares.
  const away = !!text && !!headline && !!body.node && farApart(headline, body.node);
  const captions = text && own >= 0.25 && !away ? '' : mediaCaptions(root, headline).join('\n\n');
  // Far from the headline, related teasers share its words: the page's own captions win over them.
  if (text && own >= 0.25 && (!away || !captions || relevance(captions, subject) < 0.25)) return text;
  const cap = relevance(captions, subject);
  if (captions && (!text || away || (cap >= 0.3 && cap >= own + 0.15))) return captions;
  if (isMedia && selfDescription && selfDescription.length >= 40 && (!text || own < 0.1)) return selfDescription;
  return text;
}

/** Their lowest common ancestor is the page itself (body, html) or lies four or more levels above the headline. */
function farApart(headline: DomNode, node: DomNode): boolean {
  const mine = new Set<DomNode>();
  for (let p: DomNode | null | undefined = node; p; p = p.parent) mine.add(p);
  let levels = 0;
  for (let p: DomNode | null | undefined = headline; p; p = p.parent, levels++) {
    if (mine.has(p)) return p.type === 'root' || p.name === 'body' || p.name === 'html' || levels >= 4;
  }
  return true;
}

/** Sign-up boxes: the largest small block around each e-mail input (never an article's own wrapper). */
function signUpBoxes(scan: PageScan, protectedNodes: Set<DomNode>): Set<DomNode> {
  const out = new Set<DomNode>();
  for (const input of scan.emailInputs) {
    let box: DomNode | undefined;
    for (let p = input.parent; p && p.type !== 'root' && p.name !== 'body' && p.name !== 'html'; p = p.parent) {
      if (protectedNodes.has(p) || textOf(p, 701).length > 700) break;
      box = p;
    }
    if (box) out.add(box);
  }
  return out;
}

function ancestors(n: DomNode): DomNode[] {
  const out: DomNode[] = [];
  for (let p: DomNode | null | undefined = n; p; p = p.parent) out.push(p);
  return out;
}

function pathOf(url: string): string {
  try {
    return new URL(url).pathname;
  } catch {
    return '';
  }
}

/** The headline <h1> and itemprop=articleBody elements: certainly inside the article. */
function articleAnchors(scan: PageScan, title: string): DomNode[] {
  const key = squash(title);
  const out = key ? scan.h1.filter((h) => squash(textOf(h, 600)) === key) : [];
  out.push(...scan.bodyEls);
  return out;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

function ldArticleBody(v: unknown): string {
  if (typeof v !== 'string' || v.length < 200) return '';
  const plain = v
    .replace(/<(?:br|\/p|\/div|\/li|\/h\d)\b[^>]*>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&quot;/g, '"')
    .replace(/&#0?39;|&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
  return plain
    .split(/\n+/)
    .map(normalizeSpace)
    .filter((l) => l && !isBoilerplateLine(l))
    .join('\n\n');
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}

function safeCanonical(url: string): string {
  try {
    return canonicalizeUrl(url);
  } catch {
    return url;
  }
}
