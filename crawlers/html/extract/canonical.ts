// Canonical URL: rel=canonical, then og:url, then the fetched URL; resolved against the page URL and
// canonicalized so AMP variants and tracking parameters collapse onto one article id.
import { canonicalizeUrl } from '../../shared/url.js';
import { metaValue, type PageScan } from './scan.js';

const WAYBACK = /^https?:\/\/web\.archive\.org\/web\/\d+[a-z_]*\/(https?:\/\/.+)$/i;

export function extractCanonical(scan: PageScan, url: string): string {
  const candidates = [scan.links.get('canonical')?.[0], metaValue(scan, 'og:url'), metaValue(scan, 'twitter:url')];
  for (const c of candidates) {
    const resolved = resolve(c, url);
    if (resolved && plausible(resolved, url)) return canonicalizeUrl(resolved);
  }
  return canonicalizeUrl(unwrapArchive(url));
}

function resolve(href: string | undefined, base: string): string | undefined {
  if (!href || !href.trim()) return undefined;
  try {
    const u = new URL(href.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? unwrapArchive(u.toString()) : undefined;
  } catch {
    return undefined;
  }
}

/** Archived copies (web.archive.org) stand for the original article. */
function unwrapArchive(u: string): string {
  const m = WAYBACK.exec(u);
  return m ? m[1] : u;
}

/**
 * Templates sometimes point every page's canonical at the home page or a section; an article URL
 * with a real path is better than that.
 */
function plausible(candidate: string, pageUrl: string): boolean {
  try {
    const c = new URL(candidate);
    const p = new URL(unwrapArchive(pageUrl));
    const cPath = c.pathname.replace(/\/+$/, '');
    const pPath = p.pathname.replace(/\/+$/, '');
    if (cPath === '' && pPath !== '' && !c.search) return false;
    return true;
  } catch {
    return true;
  }
}
