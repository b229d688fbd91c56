// Google News item links point at news.google.com, not at the publisher. Usually an HTTP redirect
// leads there (the HTTP client follows it, checking every hop); sometimes the answer is a Google page
// (consent interstitial, "opening…" page) that carries the publisher URL in markup instead. This file
// finds it there: data attributes, meta refresh, a JS location assignment, or the first outbound link.
import { loadHtml as load } from '../shared/html-load.js';

/** Hosts that are Google's own (the publisher is never one of them). */
export function isGoogleHost(hostname: string): boolean {
  const h = hostname.toLowerCase();
  return /(^|\.)google(\.[a-z]{2,3}){1,2}$/.test(h) || /(^|\.)(googleusercontent|gstatic|googleapis|googlesyndication|doubleclick)\.(com|net)$/.test(h);
}

function httpUrl(raw: string | undefined, base: string): URL | undefined {
  if (!raw) return undefined;
  try {
    const u = new URL(raw.trim(), base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The publisher URL embedded in a Google page, or undefined. `isOwn` says which hosts are Google's
 * side (Google's domains plus the feed's host, which differs in tests and behind proxies).
 */
export function publisherUrlFromPage(html: string, pageUrl: string, isOwn: (hostname: string) => boolean): string | undefined {
  const $ = load(html);
  const ok = (raw: string | undefined): string | undefined => {
    const u = httpUrl(raw, pageUrl);
    return u && !isOwn(u.hostname) ? u.toString() : undefined;
  };
  // 1. Attributes Google News pages have used for the article URL.
  for (const attr of ['data-n-au', 'data-url', 'data-redirect', 'data-href', 'data-article-url']) {
    for (const el of $(`[${attr}]`).toArray()) {
      const found = ok($(el).attr(attr));
      if (found) return found;
    }
  }
  // 2. <meta http-equiv="refresh" content="0;url=…">
  for (const el of $('meta[http-equiv]').toArray()) {
    if (($(el).attr('http-equiv') ?? '').toLowerCase() !== 'refresh') continue;
    const m = /url\s*=\s*['"]?([^'"\s]+)/i.exec($(el).attr('content') ?? '');
    const found = ok(m?.[1]);
    if (found) return found;
  }
  // 3. window.location = "…" / location.replace("…") in inline scripts.
  for (const el of $('script:not([src])').toArray()) {
    const js = $(el).text();
    for (const m of js.matchAll(/location(?:\.href)?\s*(?:=|\.replace\(|\.assign\()\s*['"]([^'"]+)['"]/g)) {
      const found = ok(m[1]!.replace(/\\\//g, '/'));
      if (found) return found;
    }
  }
  // 4. The first link that leaves Google (interstitials show "continue to the site" links).
  for (const el of $('a[href]').toArray()) {
    const found = ok($(el).attr('href'));
    if (found) return found;
  }
  return undefined;
}

/** "Judul berita - Nama Media" → ["Judul berita", "Nama Media"]: Google appends the publisher. */
export function splitGoogleTitle(title: string | undefined): { title?: string; publisher?: string } {
  if (!title) return {};
  const i = title.lastIndexOf(' - ');
  if (i <= 0) return { title };
  const publisher = title.slice(i + 3).trim();
  if (!publisher || publisher.length > 60) return { title };
  return { title: title.slice(0, i).trim(), publisher };
}

/** The article id of a Google News link (".../rss/articles/<id>?oc=5"), or undefined. */
function articleId(link: string): string | undefined {
  try {
    return /\/articles\/([A-Za-z0-9_-]{8,})/.exec(new URL(link).pathname)?.[1];
  } catch {
    return undefined;
  }
}

/**
 * Older Google News article ids (".../rss/articles/CBMi…") are base64url protobuf that carries the
 * publisher URL verbatim: decoding it saves a request to Google. Newer ids ("AU_yqL…" inside) need
 * Google's own decoder, so for those (and anything else) this returns undefined.
 */
export function publisherUrlFromId(link: string): string | undefined {
  const id = articleId(link);
  if (!id) return undefined;
  const bytes = Buffer.from(id, 'base64url').toString('latin1');
  if (bytes.includes('AU_yqL')) return undefined;
  const m = /https?:\/\/[\x21-\x7e]+/.exec(bytes);
  if (!m) return undefined;
  try {
    const u = new URL(m[0]);
    return isGoogleHost(u.hostname) ? undefined : u.toString();
  } catch {
    return undefined;
  }
}

/**
 * Newer Google News article pages (since mid-2024) carry no publisher URL at all: the page's script
 * asks Google's own `batchexecute` endpoint to decode the article id, with a signature and timestamp
 * printed on the page (`data-n-a-sg`, `data-n-a-ts` on a `c-wiz` element). These are those values, or
 * undefined. The request is the one the page itself makes; it goes through the polite client, so
 * robots.txt and rate limits apply to it like any fetch.
 */
export function decodingParams(html: string, link: string): { id: string; ts: string; sg: string } | undefined {
  const id = articleId(link);
  if (!id) return undefined;
  const $ = load(html);
  for (const el of $('[data-n-a-sg][data-n-a-ts]').toArray()) {
    const sg = $(el).attr('data-n-a-sg')?.trim();
    const ts = $(el).attr('data-n-a-ts')?.trim();
    if (sg && ts && /^\d+$/.test(ts)) return { id: $(el).attr('data-n-a-id')?.trim() || id, ts, sg };
  }
  return undefined;
}

/** Path of the decoding endpoint, on the same origin as the article page. */
export const BATCHEXECUTE_PATH = '/_/DotsSplashUi/data/batchexecute';

/** The form body of the decoding request (rpc "Fbv4je", payload "garturlreq"). */
export function batchexecuteBody(p: { id: string; ts: string; sg: string }): string {
  const inner = JSON.stringify([
    'garturlreq',
    [['X', 'X', ['X', 'X'], null, null, 1, 1, 'US:en', null, 1, null, null, null, null, null, 0, 1], 'X', 'X', 1, [1, 1, 1], 1, 1, null, 0, 0, null, 0],
    p.id,
    Number(p.ts),
    p.sg,
  ]);
  return 'f.req=' + encodeURIComponent(JSON.stringify([[['Fbv4je', inner, null, 'generic']]]));
}

/**
 * The publisher URL in a batchexecute answer, or undefined. The answer is an anti-JSON prefix
 * (`)]}'`), then JSON envelopes; the "wrb.fr"/"Fbv4je" one holds a JSON string `["garturlres", URL, …]`.
 */
export function publisherUrlFromBatchexecute(text: string): string | undefined {
  const blank = text.indexOf('\n\n');
  const candidates = [...text.split('\n'), ...(blank >= 0 ? [text.slice(blank + 2)] : [])];
  for (const chunk of candidates) {
    const line = chunk.trim();
    if (!line.startsWith('[')) continue;
    let outer: unknown;
    try {
      outer = JSON.parse(line);
    } catch {
      continue;
    }
    if (!Array.isArray(outer)) continue;
    for (const env of outer) {
      if (!Array.isArray(env) || env[0] !== 'wrb.fr' || env[1] !== 'Fbv4je' || typeof env[2] !== 'string') continue;
      try {
        const inner: unknown = JSON.parse(env[2]);
        const url = Array.isArray(inner) && inner[0] === 'garturlres' ? inner[1] : undefined;
        if (typeof url !== 'string') continue;
        const u = new URL(url);
        if ((u.protocol === 'http:' || u.protocol === 'https:') && !isGoogleHost(u.hostname)) return u.toString();
      } catch {
        continue;
      }
    }
  }
  return undefined;
}
