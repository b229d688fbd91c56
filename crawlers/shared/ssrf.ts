// SSRF guard. Pantau fetches URLs it discovers (feed links, redirects) on a server that may sit inside
// a government network, so a discovered URL must not reach private addresses (cloud metadata at
// 169.254.169.254, intranet 10.x, the box itself). Hosts of configured sources are trusted: the
// operator chose them. Everything else is resolved first and refused if any address is private.
// The check runs before connecting. Residual risk: DNS rebinding between this lookup and the
// connect made by fetch (Node's global fetch offers no connect-time hook without a custom undici
// dispatcher); the window is small and the answer was public a moment earlier.
import { lookup as dnsLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import { PermanentError, TransientError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/types.js';

export type LookupFn = (hostname: string) => Promise<{ address: string; family: number }[]>;

const blocked = new BlockList();
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this" network
  ['10.0.0.0', 8],
  ['100.64.0.0', 10], // carrier-grade NAT, used for internal addressing in some clouds
  ['127.0.0.0', 8],
  ['169.254.0.0', 16], // link-local, cloud metadata
  ['172.16.0.0', 12],
  ['192.0.0.0', 24],
  ['192.168.0.0', 16],
  ['198.18.0.0', 15], // benchmarking
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv4');
}
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128],
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['ff00::', 8], // multicast
] as const) {
  blocked.addSubnet(net, prefix, 'ipv6');
}

/** IPv4 address embedded in an IPv4-mapped (::ffff:a.b.c.d or ::ffff:XXXX:XXXX) IPv6 address. */
function mappedIPv4(ip: string): string | undefined {
  const lower = ip.toLowerCase();
  const dotted = /^(?:0{0,4}:){0,5}:?ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower) ?? /^::(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (dotted) return dotted[1];
  const hex = /^(?:0{0,4}:){0,5}:?ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (hex) {
    const hi = parseInt(hex[1]!, 16);
    const lo = parseInt(hex[2]!, 16);
    return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
  }
  return undefined;
}

/** True for loopback, private, link-local, unspecified and other non-public addresses. */
export function isPrivateAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const v = isIP(bare);
  if (v === 4) return blocked.check(bare, 'ipv4');
  if (v === 6) {
    const v4 = mappedIPv4(bare);
    if (v4) return blocked.check(v4, 'ipv4');
    return blocked.check(bare, 'ipv6');
  }
  return true; // not an IP at all: refuse rather than guess
}

export interface SsrfGuardOptions {
  /** Hosts (names or IPs) of configured sources: fetched without checks. */
  trustedHosts?: string[];
  /** crawl.allowPrivateHosts: hosts allowed to resolve to private addresses (intranet sources). */
  allowPrivateHosts?: string[];
  log: Logger;
  /** For tests: replaces dns.lookup. */
  lookup?: LookupFn;
}

export interface SsrfGuard {
  isTrusted(hostname: string): boolean;
  /** Throws PermanentError 'ssrf' if the URL may not be fetched. `trusted` skips the check. */
  assertAllowed(url: URL, trusted: boolean): Promise<void>;
}

/** Lower-cased hostname without IPv6 brackets or trailing dot. */
export function normalizeHost(hostname: string): string {
  return hostname.toLowerCase().replace(/^\[|\]$/g, '').replace(/\.$/, '');
}

const defaultLookup: LookupFn = async (hostname) => dnsLookup(hostname, { all: true, verbatim: true });

export function createSsrfGuard(opts: SsrfGuardOptions): SsrfGuard {
  const trusted = new Set((opts.trustedHosts ?? []).map(normalizeHost));
  const allowed = new Set((opts.allowPrivateHosts ?? []).map(normalizeHost));
  const lookup = opts.lookup ?? defaultLookup;

  const refuse = (url: URL, reason: string): never => {
    opts.log.warn({ url: url.toString(), reason }, 'ssrf guard refused url');
    throw new PermanentError(`refused to fetch ${url.toString()}: ${reason} (add the host to crawl.allowPrivateHosts to allow it)`, 'ssrf');
  };

  return {
    isTrusted(hostname) {
      return trusted.has(normalizeHost(hostname));
    },
    async assertAllowed(url, isTrusted) {
      const host = normalizeHost(url.hostname);
      if (isTrusted || trusted.has(host) || allowed.has(host)) return;
      if (isIP(host)) {
        if (isPrivateAddress(host)) refuse(url, `${host} is a private or loopback address`);
        return;
      }
      let addrs: { address: string }[];
      try {
        addrs = await lookup(host);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOTFOUND') throw new PermanentError(`cannot resolve host ${host} (${url.toString()})`, 'dns', { cause: e });
        throw new TransientError(`DNS lookup of ${host} failed: ${code ?? (e as Error).message}`, 'dns', { cause: e });
      }
      if (addrs.length === 0) throw new PermanentError(`host ${host} has no addresses`, 'dns');
      const bad = addrs.find((a) => isPrivateAddress(a.address));
      if (bad) refuse(url, `${host} resolves to private address ${bad.address}`);
    },
  };
}
