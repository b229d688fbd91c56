// SSRF guard. Pantau fetches URLs it discovers (feed links, redirects, a page's scripts) on a server that
// may sit inside a government network, so a discovered URL must not reach private addresses (cloud
// metadata at 169.254.169.254, intranet 10.x, the box itself, every other port of a trusted host).
//
// Trust is by origin (scheme, host and port), never by host name alone, and only when the caller
// vouches for the URL: a source's own listing, and links and redirects that stay on that source's
// origin. A configured origin reached any other way (another source's feed, a redirect from a
// stranger) is checked like any URL. `crawl.allowPrivateHosts` names hosts (any port) or host:port
// pairs that may resolve to private addresses, for intranet sources.
//
// Addresses are classified with ipaddr.js and only its `unicast` ranges pass, so reserved, shared
// (100.64/10), documentation and benchmarking ranges are refused along with the private ones. IPv4
// written inside IPv6 is unwrapped first (::ffff:a.b.c.d, ::ffff:0:a.b.c.d, NAT64 64:ff9b::/96),
// and the transition forms that tunnel to an address we cannot see (6to4 2002::/16, Teredo
// 2001::/32, IPv4-compatible ::a.b.c.d, site-local fec0::/10, local NAT64 64:ff9b:1::/48) are refused.
//
// The check runs before connecting; names are resolved here, and the HTTP client then connects to
// the addresses checked here, not to a second DNS answer (pinned-agent.ts), so DNS rebinding between
// check and connect gets nowhere. The renderer pins Chromium to the checked address (see render/).
import { lookup as dnsLookup } from 'node:dns/promises';
import { isIP } from 'node:net';
import ipaddr from 'ipaddr.js';
import { PermanentError, TransientError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/types.js';

export type LookupFn = (hostname: string) => Promise<{ address: string; family: number }[]>;

/**
 * A host as the WHATWG URL parser (and so fetch and Chromium) reads it: lower case, IPv4 in dotted
 * decimal whatever way it was written (127.1, 0x7f000001, 2130706433, 0177.0.0.1 → 127.0.0.1), IPv6
 * compressed, no brackets, no trailing dot. Undefined when it is no valid host.
 */
export function canonicalHost(host: string): string | undefined {
  let h = host.trim();
  if (!h) return undefined;
  if (!h.startsWith('[') && h.includes(':')) h = `[${h}]`; // a bare IPv6 address
  try {
    return normalizeHost(new URL(`http://${h}/`).hostname);
  } catch {
    return undefined;
  }
}

/** Lower-cased hostname without IPv6 brackets or trailing dot (of an already-parsed URL). */
export function normalizeHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

function publicV4(octets: number[]): boolean {
  return new ipaddr.IPv4(octets).range() === 'unicast';
}

/** The IPv4 address in the last 32 bits of an IPv6 address. */
function lowV4(parts: number[]): number[] {
  return [parts[6]! >> 8, parts[6]! & 255, parts[7]! >> 8, parts[7]! & 255];
}

/** True only for globally routable unicast addresses (see the file comment for what that excludes). */
export function isPublicAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v = isIP(bare);
  if (v === 0) {
    // Not an IP in standard form: canonicalize (127.1 and friends), or refuse rather than guess.
    const c = canonicalHost(bare);
    return c !== undefined && c !== bare && isIP(c) !== 0 ? isPublicAddress(c) : false;
  }
  const addr = ipaddr.parse(bare);
  if (addr.kind() === 'ipv4') return addr.range() === 'unicast';
  const v6 = addr as ipaddr.IPv6;
  const p = v6.parts;
  const range = v6.range() as string;
  if (range === 'ipv4Mapped' || range === 'rfc6145') return publicV4(lowV4(p));
  // NAT64: DNS64 networks give IPv4-only sites 64:ff9b::a.b.c.d; the local-use /48 is refused.
  if (range === 'rfc6052') return p[2] === 0 && p[3] === 0 && p[4] === 0 && p[5] === 0 && publicV4(lowV4(p));
  if (range !== 'unicast') return false;
  // IPv4-compatible ::a.b.c.d (deprecated, ::/96): ipaddr.js calls it unicast.
  if (p.slice(0, 6).every((x) => x === 0)) return false;
  return true;
}

/** True for loopback, private, link-local, unspecified and every other non-public address. */
export function isPrivateAddress(ip: string): boolean {
  return !isPublicAddress(ip);
}

/** "scheme://host:port" with the scheme's default port made explicit, for comparing origins. */
export function originKey(u: URL): string {
  const port = u.port || (u.protocol === 'https:' ? '443' : u.protocol === 'http:' ? '80' : '');
  const host = normalizeHost(u.hostname);
  return `${u.protocol}//${host.includes(':') ? `[${host}]` : host}:${port}`;
}

/** Same scheme, host and port. */
export function sameOrigin(a: string | URL, b: string | URL): boolean {
  try {
    return originKey(typeof a === 'string' ? new URL(a) : a) === originKey(typeof b === 'string' ? new URL(b) : b);
  } catch {
    return false;
  }
}

interface HostPort {
  host: string;
  /** undefined: any port */
  port?: string;
}

/** `host`, `host:port`, `[v6]`, `[v6]:port`, a bare IPv6 address, or a URL (its host and port). */
export function parseHostPort(entry: string): HostPort | undefined {
  const e = entry.trim();
  if (/^[a-z][a-z0-9+.-]*:\/\//i.test(e)) {
    try {
      const u = new URL(e);
      return { host: normalizeHost(u.hostname), port: u.port || (u.protocol === 'https:' ? '443' : '80') };
    } catch {
      return undefined;
    }
  }
  const m = /^(\[[^\]]+\]|[^:[\]]+)(?::(\d{1,5}))?$/.exec(e);
  if (m) {
    const host = canonicalHost(m[1]!);
    return host ? { host, port: m[2] } : undefined;
  }
  if (isIP(e) === 6) return { host: canonicalHost(e)! };
  return undefined;
}

export interface SsrfGuardOptions {
  /**
   * Origins of configured sources ("http://host:port"), trusted for URLs their callers vouch for.
   * A bare host name stands for every origin on that host (tests; config never produces one).
   */
  trustedOrigins?: string[];
  /** crawl.allowPrivateHosts: `host` (any port) or `host:port` allowed to resolve to private addresses. */
  allowPrivateHosts?: string[];
  log: Logger;
  /** For tests: replaces dns.lookup. */
  lookup?: LookupFn;
}

export interface SsrfGuard {
  /** Is this URL's origin a configured one (so a caller may vouch for it)? */
  isTrustedOrigin(url: URL): boolean;
  /**
   * Throws PermanentError 'ssrf' if the URL may not be fetched. `vouched`: the caller fetches its
   * source's own URL or a same-origin link; it only counts when the origin is a configured one.
   * Resolves to the addresses that were checked (empty when trust or the allow-list skipped the check).
   */
  assertAllowed(url: URL, vouched: boolean): Promise<string[]>;
  /** One address of a host (an IP literal is its own), by the guard's resolver: for connecting to a host the guard let through unchecked. */
  resolve(hostname: string): Promise<string>;
}

const defaultLookup: LookupFn = async (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export function createSsrfGuard(opts: SsrfGuardOptions): SsrfGuard {
  const origins = new Set<string>();
  const anyPortHosts = new Set<string>();
  for (const t of opts.trustedOrigins ?? []) {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(t)) {
      try {
        origins.add(originKey(new URL(t)));
      } catch {
        /* not a URL: nothing to trust */
      }
    } else {
      const h = canonicalHost(t);
      if (h) anyPortHosts.add(h);
    }
  }
  const allowAnyPort = new Set<string>();
  const allowPort = new Set<string>();
  for (const a of opts.allowPrivateHosts ?? []) {
    const hp = parseHostPort(a);
    if (!hp) {
      opts.log.warn({ entry: a }, 'crawl.allowPrivateHosts: not a host or host:port, ignored');
      continue;
    }
    if (hp.port === undefined) allowAnyPort.add(hp.host);
    else allowPort.add(`${hp.host}:${hp.port}`);
  }
  const lookup = opts.lookup ?? defaultLookup;

  const refuse = (url: URL, reason: string): never => {
    opts.log.warn({ url: url.toString(), reason }, 'ssrf guard refused url');
    throw new PermanentError(`refused to fetch ${url.toString()}: ${reason} (add "${url.host}" to crawl.allowPrivateHosts to allow it)`, 'ssrf');
  };
  const isTrustedOrigin = (url: URL) => origins.has(originKey(url)) || anyPortHosts.has(normalizeHost(url.hostname));
  const allowListed = (url: URL) => {
    const host = normalizeHost(url.hostname);
    const port = url.port || (url.protocol === 'https:' ? '443' : '80');
    return allowAnyPort.has(host) || allowPort.has(`${host}:${port}`);
  };

  async function resolveAll(host: string, what: string): Promise<{ address: string }[]> {
    let addrs: { address: string }[];
    try {
      addrs = await lookup(host);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOTFOUND') throw new PermanentError(`cannot resolve host ${host} (${what})`, 'dns', { cause: e });
      throw new TransientError(`DNS lookup of ${host} failed: ${code ?? (e as Error).message}`, 'dns', { cause: e });
    }
    if (addrs.length === 0) throw new PermanentError(`host ${host} has no addresses`, 'dns');
    return addrs;
  }

  return {
    isTrustedOrigin,
    async resolve(hostname) {
      const host = normalizeHost(hostname);
      if (isIP(host)) return host;
      return (await resolveAll(host, host))[0]!.address;
    },
    async assertAllowed(url, vouched) {
      if ((vouched && isTrustedOrigin(url)) || allowListed(url)) return [];
      const host = normalizeHost(url.hostname);
      if (isIP(host)) {
        if (isPrivateAddress(host)) refuse(url, `${host} is a private or loopback (non-public) address`);
        return [host];
      }
      const addrs = await resolveAll(host, url.toString());
      const bad = addrs.find((a) => isPrivateAddress(a.address));
      if (bad) refuse(url, `${host} resolves to private address ${bad.address}`);
      return addrs.map((a) => a.address);
    },
  };
}
