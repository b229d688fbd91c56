// Headline: the visible <h1> when it agrees with the page's declared titles (it never carries the
// site name), otherwise the declared titles (JSON-LD headline, og:title, twitter:title, <title>)
// with site-name prefixes/suffixes removed ("… - Kompas.com", "KapanLagi.com: …", "ANTARA News - …").
import { normalizeSpace, textOf } from './dom.js';
import { articleLd, ldString, metaValue, type PageScan } from './scan.js';

const SEPARATORS = /\s+[-|–—:»·•~/]+\s+|\s*\|\s*|\s+::\s+/;

export function extractTitle(scan: PageScan, url: string, siteName?: string): string {
  const ld = articleLd(scan);
  const declared = [
    ld ? ldString(ld.headline) ?? ldString(ld.name) : undefined,
    metaValue(scan, 'og:title'),
    metaValue(scan, 'twitter:title'),
    metaValue(scan, 'title', 'dc.title', 'parsely-title', 'sailthru.title'),
    scan.title,
  ].filter((t): t is string => !!t);
  const siteKeys = siteKeysOf(url, siteName, scan);
  const cleanedAll = declared.map((t) => stripSite(t, siteKeys));
  const cleaned = cleanedAll.filter((t) => t.length > 0);

  // The visible headline: an <h1> whose words mostly appear in a declared title.
  let best: { text: string; score: number } | undefined;
  for (const h of scan.h1.slice(0, 10)) {
    const t = normalizeSpace(textOf(h, 600));
    if (t.length < 8 || t.length > 400 || isSiteSegment(t, siteKeys)) continue;
    // Both ways: the h1's words appear in a declared title, and it covers most of a cleaned one.
    const agree = Math.max(0, ...declared.map((d, i) => Math.min(overlap(t, d), cleanedAll[i] ? overlap(cleanedAll[i], t) + 0.1 : 0)));
    if (agree >= 0.6 && (!best || agree > best.score)) best = { text: stripSite(t, siteKeys) || t, score: agree };
  }
  if (best) {
    // An <h1> that wraps the headline plus more (a logo link, a kicker) without a separator: the
    // declared title it starts with is the headline.
    const h = best.text;
    const inner = cleaned.filter((c) => c.length >= 8 && c.length < h.length && squash(h).startsWith(squash(c)));
    return inner.length ? inner.reduce((a, b) => (b.length > a.length ? b : a)) : h;
  }
  if (cleaned.length === 0) {
    const h = scan.h1.map((e) => normalizeSpace(textOf(e, 600))).find((t) => t.length >= 8);
    return h ?? '';
  }
  // Declared titles that agree with each other: prefer the one that is not a longer site-decorated
  // variant of another (the shortest cleaned title that still shares most words with the first).
  const first = cleaned[0];
  const agreeing = cleaned.filter((c) => overlap(c, first) >= 0.6 && overlap(first, c) >= 0.6);
  return agreeing.reduce((a, b) => (b.length < a.length && b.split(' ').length >= 3 ? b : a), first);
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

/** Normalized strings that identify the site: og:site_name, publisher, host labels. */
function siteKeysOf(url: string, siteName: string | undefined, scan: PageScan): string[] {
  const keys = new Set<string>();
  const add = (s: string | undefined) => {
    const k = s ? squash(s) : '';
    if (k.length >= 3) keys.add(k);
  };
  add(siteName);
  add(metaValue(scan, 'application-name', 'apple-mobile-web-app-title', 'twitter:site'));
  try {
    const host = new URL(url).hostname.replace(/^www\d*\./, '');
    const labels = host.split('.');
    // "regional.kompas.com" → kompas; "jambi.antaranews.com" → antaranews; "x.co.id" → x.
    const generic = new Set(['com', 'co', 'id', 'net', 'org', 'or', 'go', 'ac', 'sch', 'web', 'my', 'news', 'tv']);
    for (const l of labels) if (!generic.has(l) && l.length >= 3) add(l);
  } catch {
    /* no usable host */
  }
  const twSite = metaValue(scan, 'twitter:site');
  if (twSite) add(twSite.replace(/^@/, ''));
  return [...keys];
}

function isSiteSegment(seg: string, siteKeys: string[]): boolean {
  const k = squash(seg);
  if (!k) return true;
  if (/\.(com|co\.id|id|net|org|tv|news)\b/i.test(seg) && seg.split(/\s+/).length <= 6) return true;
  for (const key of siteKeys) {
    if (k === key || k.includes(key) || (key.includes(k) && k.length >= 4)) return seg.split(/\s+/).length <= 6;
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
const SLOGAN = /\b(?:berita terkini|berita terbaru|berita hari ini|info terkini|kabar terkini|portal berita|situs berita|latest news|breaking news)\b/i;

/** A trailing section name ("Nasional", "Bola - Internasional") or slogan ("Berita Terkini Hari Ini"). */
function isGenericTail(seg: string): boolean {
  const words = seg.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  if (words.length <= 3 && words.every((w) => SECTION_WORDS.has(w.replace(/[^\p{L}]/gu, '')))) return true;
  return words.length <= 7 && SLOGAN.test(seg);
}

/** Remove leading/trailing segments that name the site (and section names glued to it). */
export function stripSite(title: string, siteKeys: string[]): string {
  let t = normalizeSpace(title);
  for (let guard = 0; guard < 4; guard++) {
    const m = splitEdge(t);
    if (m && m.tail && (isSiteSegment(m.tail, siteKeys) || isGenericTail(m.tail)) && m.head.length >= 8) {
      t = m.head;
      continue;
    }
    const p = splitLead(t);
    if (p && isSiteSegment(p.lead, siteKeys) && p.rest.length >= 8) {
      t = p.rest;
      continue;
    }
    break;
  }
  return t.replace(/^["'“”]+$|^\s+|\s+$/g, '');
}

function splitEdge(t: string): { head: string; tail: string } | undefined {
  // Last separator occurrence.
  const re = new RegExp(SEPARATORS.source, 'g');
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(t); m; m = re.exec(t)) last = m;
  if (!last) return undefined;
  return { head: t.slice(0, last.index).trim(), tail: t.slice(last.index + last[0].length).trim() };
}

function splitLead(t: string): { lead: string; rest: string } | undefined {
  const m = /^(.{2,60}?)(?:\s+[-|–—»·•]+\s+|\s*\|\s*|:\s+)(.+)$/.exec(t);
  return m ? { lead: m[1].trim(), rest: m[2].trim() } : undefined;
}
