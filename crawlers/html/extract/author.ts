// Author: JSON-LD author, author metas, rel/itemprop=author, then Indonesian byline lines
// ("Penulis: …", "Reporter: …", "Pewarta: …", "Oleh …"). Organisation names and profile URLs are
// not authors.
import { normalizeSpace, textOf } from './dom.js';
import { articleLd, metaValue, type PageScan } from './scan.js';

const LABEL = /^(?:by|oleh|penulis|reporter|pewarta|ditulis oleh|written by|kontributor|laporan wartawan[^:]*?)\s*[:：]?\s*/i;
const BYLINE_LINE = /(?:^|\n|\|)\s*(?:penulis|reporter|pewarta|oleh|kontributor|laporan wartawan [^:\n]{0,40})\s*[:：]\s*([^\n|]{3,80})/i;

export function extractAuthor(scan: PageScan, siteName: string | undefined, bodyText?: string): string | undefined {
  const ld = articleLd(scan);
  const fromLd = ld ? ldAuthors(ld.author) : undefined;
  const candidates = [
    fromLd,
    metaValue(scan, 'author', 'dc.creator', 'parsely-author', 'sailthru.author', 'byl', 'content_author', 'article:author'),
    ...scan.authorEls.slice(0, 5).map((e) => e.attribs?.content ?? normalizeSpace(textOf(e, 200))),
  ];
  for (const c of candidates) {
    const a = cleanAuthor(c, siteName);
    if (a) return a;
  }
  if (bodyText) {
    const m = BYLINE_LINE.exec(bodyText);
    if (m) return cleanAuthor(m[1], siteName);
  }
  return undefined;
}

function ldAuthors(v: unknown): string | undefined {
  const list = Array.isArray(v) ? v : v ? [v] : [];
  const names: string[] = [];
  for (const a of list) {
    if (typeof a === 'string') names.push(a);
    else if (a && typeof a === 'object') {
      const o = a as Record<string, unknown>;
      if (o['@type'] === 'Organization') continue;
      if (typeof o.name === 'string') names.push(o.name);
    }
  }
  return names.length ? names.join(', ') : undefined;
}

export function cleanAuthor(raw: string | undefined, siteName: string | undefined): string | undefined {
  if (!raw) return undefined;
  let a = normalizeSpace(raw);
  if (/^https?:\/\//i.test(a) || /^@/.test(a)) return undefined;
  a = a.replace(LABEL, '');
  // "Fino Yurio Kristo - detikinet", "Nama | Kompas.com": drop the outlet part.
  a = a.split(/\s+[-|–—]\s+|\s*\|\s*/)[0].trim();
  a = a.replace(/[,;:.\s]+$/, '');
  if (a.length < 3 || a.length > 100) return undefined;
  if (!/\p{L}/u.test(a)) return undefined;
  const squash = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  if (siteName && squash(a).includes(squash(siteName))) return undefined;
  if (/\b(redaksi|admin|cyber media|media group|tbk|newsroom|team|tim)\b|\.com\b/i.test(a)) return undefined;
  return a;
}
