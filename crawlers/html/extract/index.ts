// extractArticle: one cheerio parse, one metadata scan, one body walk (plus a relaxed retry when
// the strict pass finds almost nothing). Never throws: hostile or empty input yields empty text.
import { canonicalizeUrl } from '../../shared/url.js';
import { extractAuthor } from './author.js';
import { isBoilerplateLine } from './boilerplate.js';
import { extractBody } from './body.js';
import { extractCanonical } from './canonical.js';
import { WIB } from './date-parse.js';
import { choosePublished } from '../../../src/core/published-date.js';
import { pageDateCandidates } from './date.js';
import { loadDocument, normalizeSpace, textOf } from './dom.js';
import { extractLanguage, textLanguage } from './language.js';
import { articleLd, ldString, metaValue, scanPage, type PageScan } from './scan.js';
import { extractTitle } from './title.js';
import type { DomNode, ExtractedArticle } from './types.js';

export type { ExtractedArticle } from './types.js';
export { parseDate, formatIso } from './date-parse.js';

/** Below this many characters the strict pass probably dropped the article with a widget class. */
const RETRY_BELOW_CHARS = 250;

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

  const anchors = articleAnchors(scan, title);
  let text = extractBody(root, { strict: true, title, anchors });
  if (text.length < RETRY_BELOW_CHARS) {
    const relaxed = extractBody(root, { strict: false, title, anchors });
    if (relaxed.length > text.length * 2) text = relaxed;
  }
  const ldBody = ld ? ldArticleBody(ld.articleBody) : '';
  // Script-rendered or truncated templates: the JSON-LD articleBody then holds the real text.
  if (ldBody.length > 200 && text.length < ldBody.length * 0.6) text = ldBody;

  // Markup wins unless the article's words clearly say otherwise (templates misdeclare lang="en").
  const fromText = textLanguage(text);
  const language =
    fromText && (!declaredLanguage || ((declaredLanguage === 'en' || declaredLanguage === 'id') && fromText !== declaredLanguage))
      ? fromText
      : declaredLanguage;
  const indonesian = !language || language === 'id' || language === 'ms' || /\.id$/i.test(hostOf(url));
  const canonicalUrl = extractCanonical(scan, url);
  const dateOpts = { defaultOffset: indonesian ? WIB : '+00:00', outputOffset: indonesian ? WIB : undefined, title, canonicalUrl };
  const dateCandidates = pageDateCandidates(root, scan, url, dateOpts);
  const publishedAt = choosePublished(dateCandidates, { localOffset: dateOpts.defaultOffset, outputOffset: dateOpts.outputOffset })?.iso;
  const author = extractAuthor(scan, siteName, text);
  const description = metaValue(scan, 'og:description', 'description', 'twitter:description');

  const out: ExtractedArticle = { url, canonicalUrl, title, text, dateCandidates, localOffset: dateOpts.defaultOffset };
  if (publishedAt) out.publishedAt = publishedAt;
  if (author) out.author = author;
  if (language) out.language = language;
  if (siteName) out.siteName = siteName;
  if (description) out.description = description;
  return out;
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
