// Publication date: machine-readable sources first (JSON-LD, <meta>, <time>), checked against the
// visible byline, then the byline alone, then dates embedded in the URL.
import { attr, classAndId, isElement, normalizeSpace, textOf, walkNodes } from './dom.js';
import { formatIso, parseDate, wallClock, WIB, type ParsedDate } from './date-parse.js';
import { articleLd, ldString, metaValue, type PageScan } from './scan.js';
import type { DomNode } from './types.js';

const META_KEYS = [
  'article:published_time',
  'og:article:published_time',
  'article:published',
  'published_time',
  'og:published_time',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish-date',
  'publish_date',
  'publication_date',
  'parsely-pub-date',
  'sailthru.date',
  'dc.date.issued',
  'dc.date',
  'dc.date.created',
  'dcterms.issued',
  'dcterms.created',
  'dcterms.date',
  'content_publisheddate',
  'article_date_original',
  'original-publish-date',
  'date',
  'datecreated',
  'article.published',
  'tanggal',
];

// Elements whose class/id suggests a byline or date line.
const DATEISH = /date|time|tanggal|tgl|publish|posted|schedule|waktu|jadwal|byline|meta|info|author|penulis|reporter|detail|kredit|credit/;
const MAX_BYLINE_CHARS = 160;
const MAX_BYLINE_CANDIDATES = 60;
/** How many text nodes after the headline may hold the byline date. */
const NEAR_H1_TEXTS = 40;
const BYLINE_SHAPE =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}/i;

export interface DateOptions {
  /** Offset for zone-less times; WIB for Indonesian pages. */
  defaultOffset: string;
  /** Write the result in this offset when the page's own zone is not Indonesian (WIB/WITA/WIT). */
  outputOffset?: string;
  /** The extracted headline, to find the headline <h1> the byline follows. */
  title?: string;
}

export function extractPublishedAt(root: DomNode, scan: PageScan, url: string, opts: DateOptions): string | undefined {
  const def = opts.defaultOffset;
  const machine = machineDate(scan, def);
  const fromUrl = urlDate(url, def);
  let visible = bylineDate(root, scan, def, opts.title);
  // A byline date days away from the date in the URL is some other date on the page.
  if (visible && fromUrl && Math.abs(visible.ms - fromUrl.ms) > 2 * 86_400_000) visible = undefined;

  let pick: ParsedDate | undefined = machine;
  if (machine && visible?.hasTime) {
    // Some portals stamp local WIB wall-clock time with a "Z" (detik's "2015-11-05 T10:08:58Z").
    // If reading the machine time as WIB agrees with the visible WIB byline, that is what it meant.
    if (machine.hasZone && machine.offset === '+00:00' && visible.offset !== '+00:00') {
      const asLocal = wallClock(machine.ms, '+00:00') - wallClock(0, visible.offset);
      if (Math.abs(asLocal - visible.ms) < Math.abs(machine.ms - visible.ms) && Math.abs(asLocal - visible.ms) < 3 * 3600_000) {
        pick = { ...machine, ms: asLocal, offset: visible.offset };
      }
    }
  }
  if (machine && !machine.hasTime && visible?.hasTime && sameDay(machine, visible)) pick = visible;
  // A machine date contradicted by both the byline and the URL is a template default (e.g. the
  // page's modification time or a fixed year); trust the two that agree.
  if (machine && visible && fromUrl && sameDay(visible, fromUrl) && !sameDay(machine, visible)) pick = visible;
  if (machine && !visible && fromUrl && Math.abs(machine.ms - fromUrl.ms) > 2 * 86_400_000) pick = fromUrl;
  pick ??= visible ?? fromUrl;
  if (!pick) return undefined;
  const indonesianZone = pick.hasZone && ['+07:00', '+08:00', '+09:00'].includes(pick.offset);
  return formatIso(pick.ms, indonesianZone || !opts.outputOffset ? pick.offset : opts.outputOffset);
}

function sameDay(a: ParsedDate, b: ParsedDate): boolean {
  return Math.floor(wallClock(a.ms, WIB) / 86_400_000) === Math.floor(wallClock(b.ms, WIB) / 86_400_000);
}

function machineDate(scan: PageScan, def: string): ParsedDate | undefined {
  const ld = articleLd(scan);
  for (const k of ['datePublished', 'dateCreated', 'uploadDate']) {
    const v = ld ? ldString(ld[k]) : undefined;
    const d = v ? parseDate(v, def) : undefined;
    if (d) return d;
  }
  for (const k of META_KEYS) {
    const v = metaValue(scan, k);
    const d = v ? parseDate(v, def) : undefined;
    if (d) return d;
  }
  const parsely = metaValue(scan, 'parsely-page');
  if (parsely) {
    try {
      const pd = (JSON.parse(parsely) as { pub_date?: unknown }).pub_date;
      const d = typeof pd === 'string' ? parseDate(pd, def) : undefined;
      if (d) return d;
    } catch {
      /* not JSON: ignore */
    }
  }
  for (const el of scan.timeEls) {
    const ip = attr(el, 'itemprop') ?? '';
    // A bare <time> may be anything (today's date in the top bar, related-list dates); only trust
    // it when it says it is the publication date, or it is the page's first <time> and carries a
    // machine-readable datetime.
    const declared = /datePublished|pubdate/i.test(ip) || 'pubdate' in (el.attribs ?? {});
    if (el.name === 'time' && !declared && (el !== scan.timeEls[0] || !attr(el, 'datetime'))) continue;
    const v = attr(el, 'datetime') ?? attr(el, 'content') ?? normalizeSpace(textOf(el, 200));
    const d = v ? parseDate(v, def) : undefined;
    if (d) return d;
  }
  const updated = metaValue(scan, 'article:modified_time', 'og:updated_time', 'last-modified');
  return updated ? parseDate(updated, def) : undefined;
}

/**
 * The visible byline date. Best: a short text right after the headline <h1> ("Rabu, 4 November
 * 2015 | 21:04 WIB" often sits in an unlabelled <div>); next: an element whose class says date/
 * time/byline after the headline; last: such an element before it. Widgets further down (related
 * lists, archives) carry other dates, so the first match in each tier wins.
 */
function bylineDate(root: DomNode, scan: PageScan, def: string, title?: string): ParsedDate | undefined {
  const key = title ? squash(title) : '';
  const h1 = (key && scan.h1.find((h) => squash(textOf(h, 600)) === key)) || scan.h1[0];
  let seenH1 = !h1;
  let near: ParsedDate | undefined;
  let dateOnly: ParsedDate | undefined;
  let textsAfterH1 = 0;
  let prevText = '';
  let before: ParsedDate | undefined;
  let after: ParsedDate | undefined;
  let checked = 0;
  walkNodes(root, (n) => {
    if (near || checked > MAX_BYLINE_CANDIDATES * 4) return false;
    if (n.type === 'text') {
      if (!seenH1 || textsAfterH1 >= NEAR_H1_TEXTS) return false;
      const t = normalizeSpace(n.data ?? '');
      if (!t) return false;
      textsAfterH1++;
      if (t.length <= MAX_BYLINE_CHARS) {
        // The date and the time are sometimes split over two elements ("<span>Selasa, 20 Februari
        // 2016</span> <span>10:20 WIB</span>"): a date without time waits one text for its time.
        const d = parseByline(t, def) ?? (prevText ? parseByline(`${prevText} ${t}`, def) : undefined);
        if (d?.hasTime) near = d;
        else if (dateOnly) near = dateOnly;
        else if (d) dateOnly = d;
      } else if (dateOnly) near = dateOnly;
      prevText = t.length <= 60 ? t : '';
      return false;
    }
    if (!isElement(n)) return n.type === 'root';
    if (n.name === 'script' || n.name === 'style' || n.name === 'head' || n.name === 'noscript') return false;
    if (n === h1) {
      seenH1 = true;
      return false;
    }
    if (after) return true;
    const ci = classAndId(n);
    if ((ci && DATEISH.test(ci)) || n.name === 'time') {
      const t = normalizeSpace(textOf(n, MAX_BYLINE_CHARS + 1));
      if (t.length > 0 && t.length <= MAX_BYLINE_CHARS) {
        checked++;
        const d = parseDate(t, def);
        if (d) {
          // Before the headline, the candidate closest to it is the byline; the first is often
          // today's date in the top bar.
          if (seenH1) after = d;
          else before = d;
        }
      }
    }
    return true;
  });
  return near ?? dateOnly ?? after ?? before;
}

/** A byline-shaped date: it names a weekday, a month or a d/m/y date, and is not body prose. */
function parseByline(t: string, def: string): ParsedDate | undefined {
  if (!BYLINE_SHAPE.test(t)) return undefined;
  return parseDate(t, def);
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Dates in article URLs: /2016/02/15/, /20160215…, CNN Indonesia's /20240115103045-20-…/. */
export function urlDate(url: string, def: string): ParsedDate | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  let m = /\/(20\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)/.exec(path);
  if (m) return parseDate(`${m[1]}-${m[2]}-${m[3]}`, def);
  m = /\/(20\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(?=[-_/.]|$)/.exec(path);
  if (m) {
    const d = parseDate(m[4] ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}${m[6] ? ':' + m[6] : ''}` : `${m[1]}-${m[2]}-${m[3]}`, def);
    if (d) return d;
  }
  return undefined;
}
