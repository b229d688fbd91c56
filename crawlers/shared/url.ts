// URL canonicalization: the canonical URL is what a mention's id is derived from, so two links to the
// same article (tracking parameters, fragments, default ports, host case) must map to one string.

const TRACKING_PARAMS = /^(utm_[a-z_]+|fbclid|gclid|dclid|gbraid|wbraid|msclkid|yclid|mc_cid|mc_eid|igshid|_ga|_gl|ref_src|ref_url|cmpid|amp)$/i;

/** Canonical form of an http(s) URL; returns the input trimmed when it cannot be parsed. */
export function canonicalizeUrl(input: string, base?: string): string {
  let u: URL;
  try {
    u = new URL(input.trim(), base);
  } catch {
    return input.trim();
  }
  if (u.protocol !== 'http:' && u.protocol !== 'https:') return u.toString();
  u.hash = '';
  u.hostname = u.hostname.toLowerCase().replace(/\.$/, '');
  if ((u.protocol === 'http:' && u.port === '80') || (u.protocol === 'https:' && u.port === '443')) u.port = '';
  const kept = [...u.searchParams.entries()].filter(([k]) => !TRACKING_PARAMS.test(k));
  u.search = '';
  for (const [k, v] of kept) u.searchParams.append(k, v);
  // AMP variants point at the same story: /amp/ path segments and trailing /amp.
  u.pathname = u.pathname.replace(/\/amp(\/|$)/i, '/').replace(/\/{2,}/g, '/');
  if (u.pathname.length > 1 && u.pathname.endsWith('/')) u.pathname = u.pathname.slice(0, -1);
  return u.toString();
}

/** True for http(s) URLs. */
export function isHttpUrl(s: string): boolean {
  return /^https?:\/\//i.test(s);
}
