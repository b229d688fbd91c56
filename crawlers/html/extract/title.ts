// Headline. Outlets decorate their declared titles (JSON-LD headline, og:title, twitter:title,
// <title>) with their own name, a section or rubric, a slogan or "Halaman all", before or after the
// headline and not the same way in each. The rule is general, not per outlet:
// 1. Each declared title loses the edge segments (split at " - ", " | ", ": ", " » " …) that name the
//    site (og:site_name, publisher, host name labels), a section (URL path words, breadcrumb items,
//    article:section, common section words), a slogan, a page marker; a site name near the end takes
//    the short slogan after it along.
// 2. The visible <h1> that agrees with them is the headline (it never carries the site name); a
//    label element inside it (a kicker) that no declared title has is left out.
// 3. Without one, the cleaned title that most of the page's own title sources contain wins
//    (priority order breaks ties): a segment left on one source but not on the others is an affix.
import { normalizeSpace, textOf, walkNodes } from './dom.js';
import { articleLd, ldString, metaValue, type PageScan } from './scan.js';
import type { DomNode } from './types.js';

const SEPARATORS = /\s+[-|–—:»«›‹·•~/]+\s+|\s*\|\s*|\s+::\s+/;
/** Title sources longer than this are broken or hostile; real headlines are under 300 characters. */
const MAX_SOURCE_CHARS = 1000;


// "[VIDEO] …", "(FOTO) …": the page type in brackets before the headline, in the <h1> and the
// declared titles alike (so no source can tell it is an affix).
const MEDIA_LABEL = /^\s*[[(](?:video|foto|photo|galeri|gallery|infografis|infographic|audio|podcast|vlog)[\])]\s*(?:[-:|–—]\s*)?/i;

/** The headline as shown to readers; the page's own markup (the <h1>, the body's heading) keeps the label. */
export function withoutMediaLabel(t: string): string {
  const rest = t.replace(MEDIA_LABEL, '');
  return rest.length >= 8 ? rest : t;
}

export function extractTitle(scan: PageScan, url: string, siteName?: string): string {
  const ld = articleLd(scan);
  const declared = [
    ld ? (ldString(ld.headline) ?? ldString(ld.name)) : undefined,
    metaValue(scan, 'og:title'),
    metaValue(scan, 'twitter:title'),
    metaValue(scan, 'title', 'dc.title', 'parsely-title', 'sailthru.title'),
    scan.title,
  ]
    .filter((t): t is string => !!t)
    .map((t) => (t.length > MAX_SOURCE_CHARS ? t.slice(0, MAX_SOURCE_CHARS) : t));
  const keys: AffixKeys = { site: siteKeysOf(url, siteName, scan), section: sectionKeysOf(url, scan, ld) };
  const cleanedAll = declared.map((t) => stripAffixes(t, keys));
  const cleaned = cleanedAll.filter((t) => t.length > 0);

  // The visible headline: an <h1> whose words mostly appear in a declared title.
  let best: { text: string; score: number } | undefined;
  for (const h of scan.h1.slice(0, 10)) {
    const full = normalizeSpace(textOf(h, 600));
    if (full.length < 8 || full.length > 400 || isSiteSegment(full, keys.site)) continue;
    for (const t of [withoutKicker(h, full, declared), full]) {
      if (!t) continue;
      // Both ways: the h1's words appear in a declared title, and it covers most of a cleaned one.
      const agree = Math.max(0, ...declared.map((d, i) => Math.min(overlap(t, d), cleanedAll[i] ? overlap(cleanedAll[i], t) + 0.1 : 0)));
      // The h1 may start with the outlet's name but not with a section: its kicker is the headline's.
      if (agree >= 0.6 && (!best || agree > best.score)) best = { text: stripAffixes(t, { site: keys.site, section: new Set() }, true) || t, score: agree };
    }
  }
  if (best) {
    // An <h1> that wraps the headline plus more (a logo link, a kicker) without a separator: the
    // declared title it starts with is the headline.
    const h = best.text;
    // Unless a declared title is the whole <h1>: then the shorter ones were cut ("… Usai Jalan").
    if (cleaned.some((c) => squash(c) === squash(h))) return h;
    const inner = cleaned.filter((c) => c.length >= 8 && c.length < h.length && squash(h).startsWith(squash(c)));
    return inner.length ? inner.reduce((a, b) => (b.length > a.length ? b : a)) : h;
  }
  if (cleaned.length === 0) {
    const h = scan.h1.map((e) => normalizeSpace(textOf(e, 600))).find((t) => t.length >= 8);
    return h ?? '';
  }
  // No <h1> agrees with the declared titles: they may all carry a title rewritten for search and
  // sharing. The <h1> readers see is the headline when the URL's slug, written from it, names it
  // word for word and names none of the declared ones.
  const slug = slugWords(url);
  if (slug.length >= 3 && !cleaned.some((c) => bothWays(c, slug) >= 0.6)) {
    for (const h of scan.h1.slice(0, 3)) {
      const full = normalizeSpace(textOf(h, 600));
      if (full.length < 8 || full.length > 400 || isSiteSegment(full, keys.site)) continue;
      if (bothWays(full, slug) >= 0.8) return stripAffixes(full, { site: keys.site, section: new Set() }, true) || full;
    }
  }
  // The cleaned title most sources contain; ties keep the source order (JSON-LD, og, twitter, …).
  const squashedSources = declared.map(squash);
  let pick = cleaned[0];
  let pickCount = -1;
  for (const c of cleaned) {
    const k = squash(c);
    if (k.length < 8) continue;
    const count = squashedSources.filter((s) => s.includes(k)).length;
    if (count > pickCount) {
      pick = c;
      pickCount = count;
    }
  }
  return untruncated(pick, cleaned);
}

/**
 * A declared title cut short (JSON-LD headlines are often capped at 110 characters, "…" or not):
 * when another source continues it mid-phrase rather than with a separator, that one is whole.
 */
function untruncated(pick: string, cleaned: string[]): string {
  const stem = pick.replace(/\s*(?:\.{3}|…)$/, '').toLowerCase();
  if (stem.length < 8) return pick;
  let best = pick;
  for (const c of cleaned) {
    if (c.length <= best.length || !c.toLowerCase().startsWith(stem)) continue;
    const rest = c.slice(stem.length);
    if (!new RegExp('^(?:' + SEPARATORS.source + ')').test(rest)) best = c;
  }
  return best;
}

/**
 * The h1's text without a leading label element (<span class="kicker">EKSKLUSIF</span>) that no
 * declared title contains; undefined when there is none.
 */
function withoutKicker(h1: DomNode, full: string, declared: string[]): string | undefined {
  const first = (h1.children ?? []).find((c) => c.type === 'tag' || (c.type === 'text' && normalizeSpace(c.data ?? '')));
  if (!first || first.type !== 'tag') return undefined;
  const label = normalizeSpace(textOf(first, 100));
  if (!label || label.split(' ').length > 4 || label.length >= full.length - 8) return undefined;
  const k = squash(label);
  if (declared.some((d) => squash(d).includes(k))) return undefined;
  return normalizeSpace(full.slice(full.indexOf(label) + label.length));
}

/** The words of the URL's last path segment ("…/d-123/gempa-guncang-cianjur.html"), numbers left out. */
function slugWords(url: string): string[] {
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    return [];
  }
  const last = path.split('/').filter((x) => /\p{L}/u.test(x)).pop() ?? '';
  return words(decodeURIComponent(last.replace(/\.(?:s?html?|php|aspx?)$/i, '')));
}

/** Letter words only (numbers are written differently in slugs: "5,6" → "56"). */
function words(s: string): string[] {
  return tokens(s).filter((t) => /\p{L}/u.test(t));
}

/** The smaller of the two shares: a's words found in b's, b's found in a's. */
function bothWays(text: string, slug: string[]): number {
  const a = words(text);
  if (a.length === 0) return 0;
  const sa = new Set(a);
  const sb = new Set(slug);
  return Math.min(a.filter((t) => sb.has(t)).length / a.length, slug.filter((t) => sa.has(t)).length / slug.length);
}

function tokens(s: string): string[] {
  return s.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** Share of a's word tokens present in b. */
function overlap(a: string, b: string): number {
  const ta = tokens(a);
  if (ta.length === 0) return 0;
  const tb = new Set(tokens(b));
  return ta.filter((t) => tb.has(t)).length / ta.length;
}

function squash(s: string): string {
  return s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
}

interface AffixKeys {
  /** Squashed names of the site: og:site_name, publisher, host labels. */
  site: string[];
  /** Squashed section and rubric names of this page: URL path words, breadcrumb items, article:section. */
  section: Set<string>;
}

/** Hosts whose subdomains are separate sites (blogs). */
const HOSTED = new Set(['blogspot', 'wordpress', 'wixsite', 'weebly', 'tumblr']);

const GENERIC_LABELS = new Set(['com', 'co', 'id', 'net', 'org', 'or', 'go', 'ac', 'sch', 'web', 'my', 'news', 'tv', 'www', 'amp', 'm']);

/** Normalized strings that identify the site: og:site_name, publisher, host labels. */
function siteKeysOf(url: string, siteName: string | undefined, scan: PageScan): string[] {
  const keys = new Set<string>();
  const add = (s: string | undefined) => {
    const k = s ? squash(s) : '';
    if (k.length >= 3) keys.add(k);
  };
  add(siteName);
  add(metaValue(scan, 'application-name', 'apple-mobile-web-app-title', 'twitter:site'));
  // "regional.kompas.com" → kompas; "jambi.antaranews.com" → antaranews; "x.co.id" → x. The labels
  // before it ("regional", "foto") name sections: see sectionKeysOf. On a blog host the site is the
  // label before the host's ("suarajayapura.blogspot.com" → suarajayapura).
  const labels = hostLabels(url);
  add(HOSTED.has(labels.at(-1) ?? '') ? labels.at(-2) : labels.at(-1));
  const twSite = metaValue(scan, 'twitter:site');
  if (twSite) add(twSite.replace(/^@/, ''));
  return [...keys];
}

// URL path words that are the path's plumbing, not a section name.
const PATH_PLUMBING = new Set(['read', 'berita', 'news', 'artikel', 'article', 'detail', 'post', 'posts', 'index', 'amp', 'html', 'php', 'id', 'en', 'view', 'p', 'v', 'web']);

/** Host name labels without www, public suffixes and generic words, site name last. */
function hostLabels(url: string): string[] {
  try {
    return new URL(url).hostname
      .replace(/^www\d*\./, '')
      .split('.')
      .filter((l) => !GENERIC_LABELS.has(l) && l.length >= 3);
  } catch {
    return [];
  }
}

function sectionKeysOf(url: string, scan: PageScan, ld: Record<string, unknown> | undefined): Set<string> {
  const keys = new Set<string>();
  const add = (s: string | undefined) => {
    const k = s ? squash(s) : '';
    if (k.length >= 3 && k.length <= 40) keys.add(k);
  };
  for (const l of hostLabels(url).slice(0, -1)) add(l);
  try {
    const segs = new URL(url).pathname.split('/').filter(Boolean);
    // Every segment but the last (the article's slug or id).
    for (const seg of segs.slice(0, -1)) {
      if (!/^[a-z][a-z-]{2,30}$/i.test(seg) || PATH_PLUMBING.has(seg.toLowerCase())) continue;
      add(seg);
      for (const w of seg.split('-')) if (!PATH_PLUMBING.has(w)) add(w);
    }
  } catch {
    /* no usable URL */
  }
  for (const el of scan.crumbEls) {
    walkNodes(el, (n) => {
      if (n.name === 'a' || n.name === 'span' || n.name === 'li') {
        const t = normalizeSpace(textOf(n, 80));
        if (t && t.split(' ').length <= 4) add(t);
      }
    });
  }
  add(metaValue(scan, 'article:section'));
  if (ld) add(ldString(ld.articleSection));
  return keys;
}

// National outlets whose stories local sites and aggregators republish with the source's name
// still after the headline ("… - ANTARA News", "… | detikNews", "… - Tribunnews"): a credit, not
// the headline, on any site.
const SOURCE_OUTLET =
  /^(?:kompas|detik\p{L}*|tribun\p{L}*|antara(?:news)?|tempo|liputan6|okezone|sindonews|republika|suara|merdeka|cnn indonesia|cnbc indonesia|idn times|kumparan|jpnn|viva|inews|beritasatu|medcom|metro ?tv(?:news)?|kompas ?tv|tvri|rri|kontan|jawa ?pos|katadata)(?:\s*(?:news|online|tv|\.com|\.co\.id|\.id))?$/iu;

function isSiteSegment(seg: string, siteKeys: string[]): boolean {
  const k = squash(seg);
  if (!k) return true;
  if (/\.(com|co\.id|id|net|org|tv|news)\b/i.test(seg) && seg.split(/\s+/).length <= 6) return true;
  if (SOURCE_OUTLET.test(seg.trim())) return true;
  for (const key of siteKeys) {
    if (k === key || k.includes(key) || (key.includes(k) && k.length >= 4)) return seg.split(/\s+/).length <= 6;
  }
  // The host's name shortened from the outlet's ("lampost.co": "Lampung Post"; "krjogja.com":
  // "Kedaulatan Rakyat Jogja"): the key is a start of each of the segment's words, in order.
  const ws = seg.split(/\s+/).map(squash).filter(Boolean);
  if (ws.length >= 2 && ws.length <= 5) for (const key of siteKeys) if (key.length >= 4 && abbreviates(key, ws)) return true;
  return false;
}

/** key = a non-empty start of words[0] + a non-empty start of words[1] + … (all of them). */
function abbreviates(key: string, words: string[], at = 0, w = 0): boolean {
  if (w === words.length) return at === key.length;
  const word = words[w];
  for (let n = Math.min(word.length, key.length - at - (words.length - w - 1)); n >= 1; n--) {
    if (key.startsWith(word.slice(0, n), at) && abbreviates(key, words, at + n, w + 1)) return true;
  }
  return false;
}

const SECTION_WORDS = new Set(
  (
    'nasional regional internasional international ekonomi bisnis keuangan finance olahraga sport sports bola hiburan ' +
    'entertainment teknologi tekno tech otomotif megapolitan metro daerah politik hukum news berita opini kolom gaya hidup ' +
    'lifestyle travel sains kesehatan health showbiz seleb selebriti musik film humaniora pendidikan edukasi internet ' +
    'global dunia jabodetabek nusantara headline utama video foto indeks terkini terbaru hari ini online home beranda'
  ).split(' '),
);
const SLOGAN =
  /\b(?:berita terkini|berita terbaru|berita hari ini|info terkini|kabar terkini|portal berita|situs berita|latest news|breaking news)\b|^(?:berita|info|kabar|warta)\s.{2,50}\s(?:terkini|terbaru|terpercaya|terupdate|hari ini)$/i;
// A government portal's name: "Website Resmi Pemerintah Provinsi Jambi", "Pemerintah Kota Jambi",
// "Portal Resmi Kabupaten Bungo", "Humas Pemprov Jambi" — an affix at an edge (never a colon
// kicker: see leadSegment).
const OFFICIAL =
  /^(?:(?:website|situs|portal|laman|web)\s+(?:resmi|official)\b|official\s+(?:website|site)\b|pemerintah\s+(?:kota|kabupaten|provinsi|daerah)\s+\p{L}+(?:\s+\p{L}+){0,2}$|(?:dinas|badan|kantor|biro|bagian)\s+[\p{L},& ]{3,70}\s(?:kota|kabupaten|provinsi)\s+\p{L}+(?:\s+\p{L}+)?$|(?:humas|diskominfo|kominfo|prokopim|setda|ppid|biro\s+\p{L}+)\s+(?:(?:pemprov|pemkot|pemkab|provinsi|kota|kabupaten|setda)\s+)?\p{L}+(?:\s+\p{L}+)?$)/iu;

/** A section or rubric name ("Nasional", "Bola - Internasional", "Ekbis", "Kota Jambi") or a slogan. */
function isSectionSegment(seg: string, section: Set<string>): boolean {
  // "Ekonomi & Bisnis": a word without letters joins, it names nothing.
  const words = seg.toLowerCase().split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0) return true;
  if (section.has(squash(seg))) return true;
  if (words.length <= 3 && words.every((w) => SECTION_WORDS.has(w.replace(/[^\p{L}]/gu, '')) || section.has(squash(w)))) return true;
  return (words.length <= 7 && SLOGAN.test(seg)) || (words.length <= 9 && OFFICIAL.test(seg));
}

// "Halaman all", "Halaman 2", "Page 3": the page of a split article, glued to the headline.
// "(Hal. 2)", "Hlm 3": the same, abbreviated and bracketed.
const PAGE_MARKER = /\s+(?:[-|:]\s+)?(?:\((?:halaman|hal\.?|hlm\.?|page)\s*(?:all|semua|\d{1,3})\)|(?:halaman|hal\.|hlm\.?|page)\s*(?:all|semua|\d{1,3}))$/i;

function isAffix(seg: string, keys: AffixKeys, siteOnly = false): boolean {
  return isSiteSegment(seg, keys.site) || (!siteOnly && isSectionSegment(seg, keys.section));
}

/** Remove the edge segments that name the site, a section, a slogan or a page (see the header). */
export function stripAffixes(title: string, keys: AffixKeys, siteOnly = false): string {
  let t = normalizeSpace(title).replace(PAGE_MARKER, '');
  for (let guard = 0; guard < 6; guard++) {
    const segs = splitSegments(t);
    const last = segs[segs.length - 1]?.text ?? '';
    const head = joinSegments(segs.slice(0, -1));
    if (segs.length >= 2 && isAffix(last, keys, siteOnly) && head.length >= 8) {
      t = head.replace(PAGE_MARKER, '');
      continue;
    }
    // "… | Metro Jambi - Berita Jambi Terbaru dan Terpercaya": a site name near the end takes the
    // short slogan after it along.
    const siteAt = segs.findIndex((s, i) => i > 0 && isSiteSegment(s.text, keys.site));
    if (siteAt > 0) {
      const tailWords = segs.slice(siteAt + 1).reduce((n, s) => n + s.text.split(/\s+/).length, 0);
      const kept = joinSegments(segs.slice(0, siteAt));
      if (tailWords <= 8 && kept.length >= 8) {
        t = kept;
        continue;
      }
    }
    // A lead glued by a bare colon ("FOTO: …", "VIDEO: …") is the headline's own kicker unless it
    // names the site ("KapanLagi.com: …", "detikNews : …").
    const lead = leadSegment(t);
    if (lead && (lead.colon ? isSiteSegment(lead.lead, keys.site) : isAffix(lead.lead, keys, siteOnly)) && lead.rest.length >= 8) {
      t = lead.rest;
      continue;
    }
    break;
  }
  return t.replace(/^["'“”]+$|^\s+|\s+$/g, '');
}

interface Segment {
  text: string;
  /** The separator before this segment ('' for the first). */
  sep: string;
}

function splitSegments(t: string): Segment[] {
  const out: Segment[] = [];
  const re = new RegExp(SEPARATORS.source, 'g');
  let at = 0;
  let sep = '';
  for (let m = re.exec(t); m; m = re.exec(t)) {
    out.push({ text: t.slice(at, m.index).trim(), sep });
    sep = m[0];
    at = m.index + m[0].length;
  }
  out.push({ text: t.slice(at).trim(), sep });
  return out.filter((s) => s.text);
}

function joinSegments(segs: Segment[]): string {
  return segs.map((s, i) => (i === 0 ? s.text : s.sep + s.text)).join('').trim();
}

/** The first segment and the rest, splitting at a separator or a colon ("detikNews : …", "Kompas.com: …"). */
function leadSegment(t: string): { lead: string; rest: string; colon: boolean } | undefined {
  const m = /^(.{2,60}?)(\s+[-|–—»«›‹·•:]+\s+|\s*\|\s*|:\s+)(.+)$/.exec(t);
  return m ? { lead: m[1].trim(), rest: m[3].trim(), colon: /^:\s+$/.test(m[2]) } : undefined;
}
