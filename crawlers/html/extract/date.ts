// Publication date: machine-readable sources first (JSON-LD, <meta>, <time>), checked against the
// visible byline, then the byline alone, then dates embedded in the URL.
import { inTeaser, isWidget, inWidget } from './boilerplate.js';
import { attr, classAndId, isElement, normalizeSpace, textOf, walkNodes } from './dom.js';
import { choosePublished, offsetMinutes, otherReading, type DateCandidate, type DateSource } from '../../../src/core/published-date.js';
import { parseDate, type ParsedDate } from './date-parse.js';
import { articleLd, headlineEl, ldString, metaValue, type PageScan } from './scan.js';
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
/** How many text nodes after the headline may hold the byline date (the first few count as "at" it). */
const NEAR_H1_TEXTS = 40;
const AT_H1_TEXTS = 15;
const BYLINE_SHAPE =
  /\b(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b|\d{1,2}(?:st|nd|rd|th)?\s+[a-z]{3,9}\.?\s+\d{4}|\d{1,2}\s+[a-z]{3,9}\.?\s+\d{2}\b(?=[\s,|·-]{0,6}\d{1,2}[:.]\d{2})|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}|\d{1,2}\/\d{1,2}\/\d{2}\b|\d{4}-\d{2}-\d{2}|[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}/i;

/** "Jakarta, 2 Desember 2026 –", "Kota Bandung, Rabu, 2 Desember 2026 -": a place, a date, a dash. */
const DATELINE =
  /^\p{Lu}[\p{L}.'’ ]{1,40}?,\s*((?:(?:[Ss]enin|[Ss]elasa|[Rr]abu|[Kk]amis|[Jj]um'?at|[Ss]abtu|[Mm]inggu|[Aa]had),?\s+)?\d{1,2}\s+\p{L}{3,9}\.?\s+(?:19|20)\d{2})\s*[–—-]/u;

export interface DateOptions {
  /** Offset for zone-less times; WIB for Indonesian pages. */
  defaultOffset: string;
  /** Write the result in this offset when the page's own zone is not Indonesian (WIB/WITA/WIT). */
  outputOffset?: string;
  /** The extracted headline, to find the headline <h1> the byline follows. */
  title?: string;
  /** The page's canonical URL: its path may carry the date when the fetched URL does not. */
  canonicalUrl?: string;
  /** The start of the extracted text: a press release's dateline ("Jakarta, 2 Desember 2026 – …"). */
  lead?: string;
}

/** Every publication date the page gives, each with where it was found (see src/core/published-date). */
export function pageDateCandidates(root: DomNode, scan: PageScan, url: string, opts: DateOptions): DateCandidate[] {
  const def = opts.defaultOffset;
  const out: DateCandidate[] = [...machineDates(scan, def)];
  const { strong, weak, update } = bylineDates(root, scan, def, opts.title);
  if (strong) out.push(cand('byline', strong, 'strong'));
  if (weak) out.push(cand('byline', weak, 'weak'));
  // A machine "publication" time that is the update the page prints at the headline ("Diperbarui
  // … 15:40 WITA" under "Diterbitkan … 08:10 WITA"), to the minute, is the CMS's last save: an
  // update, not the publication, when the byline gives another time.
  if (update?.hasTime && strong?.hasTime && Math.floor(strong.ms / 60_000) !== Math.floor(update.ms / 60_000)) {
    for (const c of out) {
      if ((c.source === 'jsonld' || c.source === 'meta' || c.source === 'time') && c.hasTime && Math.floor(c.ms / 60_000) === Math.floor(update.ms / 60_000)) c.source = 'modified';
    }
  }
  // A dateline opening the text ("Jakarta, 2 Desember 2026 – …", a press release's) is a weak witness
  // of the day: the only date some government portals print.
  const dl = opts.lead ? DATELINE.exec(opts.lead) : null;
  const dlDate = dl ? parseDate(dl[1], def) : undefined;
  if (dlDate) out.push(cand('byline', { ...dlDate, hasTime: false }, 'weak'));
  const urls = [url, opts.canonicalUrl].filter((u): u is string => !!u);
  const fromUrl = urls.map((u) => urlDate(u, def)).filter((d): d is ParsedDate => !!d);
  const u = fromUrl.find((d) => d.hasTime) ?? fromUrl[0];
  if (u) out.push(cand('url', u));
  // An all-numeric date read in the order its 12-hour clock suggests is read the other way when the
  // page's other numeric dates settle the order ("28/11/2026" in a related list: day first).
  const order = out.some((c) => c.altMs !== undefined) ? numericOrder(normalizeSpace(textOf(root, 200_000))) : undefined;
  if (order) {
    for (const c of out) if (c.altMs !== undefined && c.order !== order) otherReading(c);
  }
  return out;
}

/** The order all the page's unambiguous numeric dates share ("28/11/2026" day first, "11/28/2026" month first), if any. */
function numericOrder(text: string): 'dmy' | 'mdy' | undefined {
  let dmy = false;
  let mdy = false;
  for (const m of text.matchAll(/\b(\d{1,2})[/.-](\d{1,2})[/.-](?:\d{4}|\d{2})\b/g)) {
    const [a, b] = [Number(m[1]), Number(m[2])];
    if (a > 12 && a <= 31 && b >= 1 && b <= 12) dmy = true;
    else if (b > 12 && b <= 31 && a >= 1 && a <= 12) mdy = true;
  }
  return dmy === mdy ? undefined : dmy ? 'dmy' : 'mdy';
}

/** The page's own choice among its candidates, by the same rule normalize applies with the feed. */
export function extractPublishedAt(root: DomNode, scan: PageScan, url: string, opts: DateOptions): string | undefined {
  return choosePublished(pageDateCandidates(root, scan, url, opts), { localOffset: opts.defaultOffset, outputOffset: opts.outputOffset })?.iso;
}

function cand(source: DateSource, d: ParsedDate, strength?: 'strong' | 'weak'): DateCandidate {
  const c: DateCandidate = { source, ms: d.ms, offset: d.offset, hasTime: d.hasTime, hasZone: d.hasZone };
  if (strength) c.strength = strength;
  if (d.altMs !== undefined) Object.assign(c, { altMs: d.altMs, order: d.order });
  return c;
}

function machineDates(scan: PageScan, def: string): DateCandidate[] {
  const out: DateCandidate[] = [];
  const first = (values: (string | undefined)[]) => {
    for (const v of values) {
      const d = v ? parseDate(v, def) : undefined;
      if (d) return d;
    }
    return undefined;
  };
  const ld = articleLd(scan);
  const fromLd = ld ? first(['datePublished', 'dateCreated', 'uploadDate'].map((k) => ldString(ld[k]))) : undefined;
  if (fromLd) out.push(cand('jsonld', fromLd));
  let fromMeta = first(META_KEYS.map((k) => metaValue(scan, k)));
  const parsely = metaValue(scan, 'parsely-page');
  if (!fromMeta && parsely) {
    try {
      const pd = (JSON.parse(parsely) as { pub_date?: unknown }).pub_date;
      fromMeta = typeof pd === 'string' ? parseDate(pd, def) : undefined;
    } catch {
      /* not JSON: ignore */
    }
  }
  if (fromMeta) out.push(cand('meta', fromMeta));
  for (const el of scan.timeEls) {
    const ip = attr(el, 'itemprop') ?? '';
    // A bare <time> may be anything (today's date in the top bar, related-list dates); only trust
    // it when it says it is the publication date, or it is the page's first <time> and carries a
    // machine-readable datetime.
    const micro = el.name !== 'time' && !ip ? attr(el, 'title') : undefined;
    // WordPress themes print <time class="updated"> beside <time class="entry-date published">, in
    // either order: one the class marks only as the update is not the publication. (tagDiv's
    // Newspaper marks its publication "entry-date updated": the entry date wins.)
    const cls = attr(el, 'class') ?? '';
    if (/dateModified/i.test(ip) || (/(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i.test(cls) && !/\b(?:published|entry-date)\b/i.test(cls))) continue;
    const declared = /datePublished|pubdate/i.test(ip) || 'pubdate' in (el.attribs ?? {}) || !!micro || (el.name === 'time' && /\bpublished\b/i.test(cls) && !!attr(el, 'datetime'));
    if (el.name === 'time' && !declared && (el !== scan.timeEls[0] || !attr(el, 'datetime') || inProse(el) || repeated(el, scan.timeEls))) continue;
    if (inWidget(el) || inTeaser(el, '')) continue;
    // The first of its values that reads as a date: Blogger's `<abbr class="published"
    // itemprop="datePublished" title="2026-08-03T14:05:00+07:00">14.05</abbr>` shows only the clock.
    const titleAttr = el.name !== 'time' ? attr(el, 'title') : undefined;
    let d: ParsedDate | undefined;
    for (const v of [attr(el, 'datetime'), attr(el, 'content'), micro ?? titleAttr, normalizeSpace(textOf(el, 200))]) {
      d = v ? parseDate(v, def) : undefined;
      if (d) break;
    }
    if (d) {
      out.push(cand('time', d));
      break;
    }
  }
  const updated = first([ld ? ldString(ld.dateModified) : undefined, metaValue(scan, 'article:modified_time', 'og:updated_time', 'last-modified')]);
  if (updated) out.push(cand('modified', updated));
  return out;
}

/**
 * A <time> that is one of a repeated block's (a live blog's entry headers, a list of items): another
 * <time> sits in elements of the same tags and classes with another value. Each gives its entry's
 * time, not the page's publication.
 */
function repeated(el: DomNode, all: DomNode[]): boolean {
  const sig = (t: DomNode) => {
    const p = t.parent;
    const g = p?.parent;
    return `${p?.name ?? ''}.${p ? (attr(p, 'class') ?? '') : ''}/${g?.name ?? ''}.${g ? (attr(g, 'class') ?? '') : ''}`;
  };
  const mine = sig(el);
  const value = attr(el, 'datetime');
  return all.some((o) => o !== el && o.name === 'time' && attr(o, 'datetime') !== value && sig(o) === mine);
}

/**
 * Text inside an element marked only as the update (`<time class="updated">`, itemprop dateModified),
 * which WordPress themes print beside the publication and often hide: not the byline's date.
 */
function inUpdateEl(n: DomNode): boolean {
  let p = n.parent;
  for (let level = 0; p && isElement(p) && level < 2; level++, p = p.parent) {
    const cls = attr(p, 'class') ?? '';
    if (/dateModified/i.test(attr(p, 'itemprop') ?? '') || (/(?:^|[\s_-])(?:updated|modified)(?:$|[\s_-])/i.test(cls) && !/\b(?:published|entry-date)\b/i.test(cls))) return true;
  }
  return false;
}

/**
 * A date element of a list's item (`<div class="item"><a>…</a><div class="tgl">…</div></div>` twice
 * or more in a box the classes do not name): a sibling of its item, of the same tag and class, holds
 * a date element of the same tag and class. Each gives another story's date.
 */
function listItemDate(n: DomNode): boolean {
  const item = n.parent;
  const box = item?.parent;
  if (!item || !box || !isElement(item) || item.type === 'root') return false;
  const sig = (e: DomNode) => `${e.name ?? ''}.${attr(e, 'class') ?? ''}`;
  const [mine, itemSig] = [sig(n), sig(item)];
  return (box.children ?? []).some((o) => o !== item && isElement(o) && sig(o) === itemSig && (o.children ?? []).some((c) => isElement(c) && sig(c) === mine));
}

/**
 * A <time> set inside a sentence or a live entry ("<p><time>12.10 WIB</time>: Antrean …</p>"): the
 * time of what the text tells, not the page's publication.
 */
const PROSE_PARENTS = new Set(['p', 'li', 'blockquote', 'dd', 'td']);
function inProse(el: DomNode): boolean {
  const p = el.parent;
  if (!p || !isElement(p) || !PROSE_PARENTS.has(p.name ?? '')) return false;
  const t = normalizeSpace(textOf(p, MAX_BYLINE_CHARS + 1));
  return t.length > MAX_BYLINE_CHARS || isProse(t);
}

/**
 * The visible byline dates. Strong: a short text right after the headline <h1> ("Rabu, 4 November
 * 2015 | 21:04 WIB" often sits in an unlabelled <div>), or a date element just before it (detik
 * puts the date above the headline). Weak: the first element after the headline whose class says
 * date/time/byline, else the last one before it. Related lists, sidebars and indexes carry other
 * articles' dates and are never read.
 */
function bylineDates(root: DomNode, scan: PageScan, def: string, title?: string): { strong?: ParsedDate; weak?: ParsedDate; update?: ParsedDate } {
  const h1 = headlineEl(scan, title ?? '');
  let seenH1 = !h1;
  let near: ParsedDate | undefined;
  let nearAt = 0;
  let dateOnly: ParsedDate | undefined;
  let dateOnlyAt = 0;
  let waitedForTime = 0;
  let textsAfterH1 = 0;
  let textsSinceBefore = 0;
  const recent: string[] = [];
  let before: ParsedDate | undefined;
  let after: ParsedDate | undefined;
  let updated: ParsedDate | undefined;
  let checked = 0;
  // Texts still read after the byline for an update line printed below it ("Diperbarui … 15:40").
  let afterNear = 0;
  walkNodes(root, (n) => {
    if (checked > MAX_BYLINE_CANDIDATES * 4) return false;
    if (near) {
      if (updated || afterNear >= 3) return false;
      if (n.type === 'text') {
        const t = normalizeSpace(n.data ?? '');
        if (!t) return false;
        afterNear++;
        const d = t.length <= MAX_BYLINE_CHARS && updateOnly(t, recent) ? (parseDate(t, def) ?? clockOnDay(t, near, def)) : undefined;
        if (d) updated = d;
        if (recent.push(t) > 3) recent.shift();
        return false;
      }
      return isElement(n) && !isWidget(n) && n.name !== 'script' && n.name !== 'style';
    }
    if (n.type === 'text') {
      const t = normalizeSpace(n.data ?? '');
      if (!t) return false;
      if (!seenH1) {
        textsSinceBefore++;
        return false;
      }
      if (textsAfterH1 >= NEAR_H1_TEXTS) return false;
      textsAfterH1++;
      if (t.length <= MAX_BYLINE_CHARS) {
        // The date and the time are sometimes split over elements ("<span>Selasa, 20 Februari
        // 2016</span> <span>|</span> <span>10:20 WIB</span>"): a date without time waits up to three
        // short texts for its time.
        let d = isProse(t) ? undefined : (parseByline(t, def) ?? (recent.length ? parseByline(`${recent.join(' ')} ${t}`, def) : undefined));
        // A date beside a link to another story is that story's (a teaser list the class missed).
        if (d && (inTeaser(n, title ?? '') || (n.parent && listItemDate(n.parent)) || inUpdateEl(n))) d = undefined;
        // "Diperbarui …" printed above "Terbit …": the update is the byline only if nothing follows.
        if (d && updateOnly(t, recent)) {
          updated ??= d;
          d = undefined;
        }
        if (d?.hasTime) {
          near = d;
          nearAt = dateOnly ? dateOnlyAt : textsAfterH1;
        } else if (dateOnly && ++waitedForTime >= 3) [near, nearAt] = [dateOnly, dateOnlyAt];
        else if (d && !dateOnly) [dateOnly, dateOnlyAt] = [d, textsAfterH1];
      } else if (dateOnly) [near, nearAt] = [dateOnly, dateOnlyAt];
      if (t.length > 60) recent.length = 0;
      else if (recent.push(t) > 3) recent.shift();
      return false;
    }
    if (!isElement(n)) return n.type === 'root';
    if (n.name === 'script' || n.name === 'style' || n.name === 'head' || n.name === 'noscript') return false;
    if (isWidget(n)) return false;
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
        const d = parseByline(t, def) ?? parseDate(t, def);
        if (d && !inTeaser(n, title ?? '') && !listItemDate(n)) {
          // Before the headline, the candidate closest to it is the byline; the first is often
          // today's date in the top bar.
          if (seenH1) after = d;
          else {
            before = d;
            textsSinceBefore = -countTexts(n);
          }
        }
      }
    }
    return true;
  });
  // A date element with at most a kicker between it and the headline is the headline's byline;
  // so is a short text within the first few after it. Further down it is only a weak witness.
  near ??= dateOnly;
  nearAt = near === dateOnly ? dateOnlyAt : nearAt;
  if (!near && updated) [near, nearAt] = [updated, 0];
  const beforeNear = before && h1 && textsSinceBefore <= 2 ? before : undefined;
  const atHeadline = near && nearAt <= AT_H1_TEXTS ? near : undefined;
  const strong = atHeadline ?? beforeNear;
  const weak = [near, after, before].find((d) => d && d !== strong);
  return { strong, weak, update: updated };
}

/**
 * An update line that gives only a clock ("Update terakhir 15:30 WIB", "Diperbarui 16.40"): that
 * time on the byline's day.
 */
function clockOnDay(t: string, byline: ParsedDate, def: string): ParsedDate | undefined {
  const m = /(?:^|[^\d])(\d{1,2})[:.](\d{2})(?![\d.:])\s*(WIB|WITA|WIT)?\b/i.exec(t);
  if (!m || /\b(?:19|20)\d{2}\b/.test(t)) return undefined;
  const day = new Date(byline.ms + offsetMinutes(byline.offset) * 60_000).toISOString().slice(0, 10);
  return parseDate(`${day} ${m[1].padStart(2, '0')}:${m[2]}${m[3] ? ` ${m[3].toUpperCase()}` : ''}`, byline.hasZone && !m[3] ? byline.offset : def);
}

/**
 * A sentence of the article ("Bantuan disalurkan Senin (30/11/2026) kepada warga …"): many words
 * besides the date. A byline is the date plus a name or two and the outlet.
 */
function isProse(t: string): boolean {
  const words = t.replace(/\d{1,4}[/.:-]\d{1,2}(?:[/.:-]\d{2,4})?/g, ' ').match(/\p{L}{2,}/gu) ?? [];
  return words.length > 8 && /\p{Ll}{3,}\s+\p{Ll}{3,}\s+\p{Ll}{3,}/u.test(t);
}

function countTexts(n: DomNode): number {
  let k = 0;
  walkNodes(n, (c) => {
    if (c.type === 'text' && normalizeSpace(c.data ?? '')) k++;
  });
  return k;
}

/** A line (or the short label texts just before it) that gives only an update time. */
function updateOnly(t: string, recent: string[]): boolean {
  const label = UPDATED_LABEL.test(t) ? t : recent.length && UPDATED_LABEL.test(recent[recent.length - 1]) ? recent[recent.length - 1] : '';
  if (!label || PUBLISHED_LABEL.test(t)) return false;
  // "Diperbarui 1 Des 2026 09:00 · 30 Nov 2026 14:05" holds the publication too (parseByline).
  return (t.match(/\b20\d{2}\b/g) ?? []).length < 2;
}

const PUBLISHED_LABEL = /\b(?:diterbitkan|dipublikasikan|terbit|tayang|dimuat|diposting|published|posted)\b/i;
const UPDATED_LABEL = /^\s*(?:diperbarui|pembaruan|update|updated|diupdate|diubah|modified|last updated)\b/i;

/**
 * A byline-shaped date: it names a weekday, a month or a d/m/y date, and is not body prose. With
 * both an update and a publication date in one line, the publication date.
 */
function parseByline(t: string, def: string): ParsedDate | undefined {
  if (!BYLINE_SHAPE.test(t)) return undefined;
  const pub = PUBLISHED_LABEL.exec(t);
  if (pub) {
    const d = parseDate(t.slice(pub.index), def);
    if (d) return d;
  }
  if (UPDATED_LABEL.test(t)) {
    // "Diperbarui 1 Des 2026 09:00 · 30 Nov 2026 14:05": the second date is the first publication.
    const first = parseDate(t, def);
    const rest = first ? t.replace(/^.*?\d{4}(?:[^\d]{0,8}\d{1,2}[:.]\d{2}(?:[:.]\d{2})?)?/, '') : '';
    const second = rest && BYLINE_SHAPE.test(rest) ? parseDate(rest, def) : undefined;
    if (second) return second;
  }
  return parseDate(t, def);
}


/**
 * Dates in article URLs: /2016/02/15/, /20160215…, CNN Indonesia's /20240115103045-20-…/. Detik,
 * Kompas and Suara follow the date with the time it was filed (/2016/02/23/153201/,
 * /2016/02/16/14382361/): HHMMSS plus an optional counter.
 */
export function urlDate(url: string, def: string): ParsedDate | undefined {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return undefined;
  }
  let m = /\/(20\d{2})[/-](\d{2})[/-](\d{2})(?:[/-]|$)(?:(\d{2})(\d{2})(\d{2})\d{0,3}(?=\/))?/.exec(path);
  if (m) {
    const timed = m[4] ? parseDate(`${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}:${m[6]}`, def) : undefined;
    return timed ?? parseDate(`${m[1]}-${m[2]}-${m[3]}`, def);
  }
  m = /\/(20\d{2})(\d{2})(\d{2})(?:(\d{2})(\d{2})(\d{2})?)?(?=[-_/.]|$)/.exec(path);
  if (m) {
    const d = parseDate(m[4] ? `${m[1]}-${m[2]}-${m[3]} ${m[4]}:${m[5]}${m[6] ? ':' + m[6] : ''}` : `${m[1]}-${m[2]}-${m[3]}`, def);
    if (d) return d;
  }
  return undefined;
}
