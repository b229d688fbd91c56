// Where the server may listen: loopback always; anything else only with TLS of its own or behind a
// TLS-terminating proxy named in server.trustProxy — session cookies must never cross a network in clear.
import ipaddr from 'ipaddr.js';
import { ConfigError } from '../core/errors.js';

export function isLoopbackHost(host: string): boolean {
  const h = host.trim().toLowerCase().replace(/^\[|\]$/g, '');
  if (h === 'localhost') return true;
  if (!ipaddr.isValid(h)) return false;
  const a = ipaddr.process(h);
  return a.range() === 'loopback';
}

export function checkBind(host: string, opts: { tls: boolean; trustProxy: unknown }): void {
  if (isLoopbackHost(host)) return;
  const proxy = opts.trustProxy !== false && opts.trustProxy !== undefined && !(Array.isArray(opts.trustProxy) && opts.trustProxy.length === 0);
  if (opts.tls || proxy) return;
  throw new ConfigError(
    `--host ${host}: refusing to listen beyond loopback without TLS; set server.tls {cert, key} or, behind a TLS-terminating reverse proxy, server.trustProxy to its address`,
  );
}
