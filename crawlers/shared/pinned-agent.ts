// Connect-time half of the SSRF guard (ssrf.ts). The guard resolves a host and checks every address
// before a request; Node's global fetch would then resolve the name again when it connects, and a
// DNS server that answers "public" to the check and "127.0.0.1" to the connect (DNS rebinding) would
// get the request inside. So the crawler's requests go through one undici Agent whose socket lookup
// answers from the addresses the guard last checked for that host: a checked host is connected to an
// address that passed the check, never to a second answer. A host the guard let through unchecked
// (a vouched-for configured origin, crawl.allowPrivateHosts) has no pin and is resolved normally.
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { isIP } from 'node:net';
import { Agent } from 'undici';
import { normalizeHost } from './ssrf.js';

type LookupCallback = (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;

/** Hosts seen by the guard stay pinned for the client's life; a bound keeps a long crawl's map small. */
const MAX_PINS = 10_000;

export interface PinnedAgent {
  /** Record the addresses the guard just checked for this host (empty: nothing was checked). */
  pin(hostname: string, addresses: string[]): void;
  readonly dispatcher: Agent;
  close(): Promise<void>;
}

export function createPinnedAgent(opts: { connectTimeoutMs?: number } = {}): PinnedAgent {
  const pins = new Map<string, string[]>();
  const lookup = (hostname: string, options: { all?: boolean; family?: number | string }, callback: LookupCallback): void => {
    const pinned = pins.get(normalizeHost(hostname));
    if (!pinned) {
      // Node's own resolution, exactly as net.connect would have done it without this hook.
      (dnsLookup as unknown as (h: string, o: object, cb: LookupCallback) => void)(hostname, options, callback);
      return;
    }
    const addrs = pinned.map((address) => ({ address, family: isIP(address) }));
    if (options.all) callback(null, addrs);
    else callback(null, addrs[0]!.address, addrs[0]!.family);
  };
  const dispatcher = new Agent({ connect: { lookup: lookup as never, ...(opts.connectTimeoutMs ? { timeout: opts.connectTimeoutMs } : {}) } });
  return {
    dispatcher,
    pin(hostname, addresses) {
      if (addresses.length === 0) return;
      const host = normalizeHost(hostname);
      if (isIP(host)) return; // an IP literal is connected to as written
      pins.delete(host);
      if (pins.size >= MAX_PINS) pins.delete(pins.keys().next().value!);
      pins.set(host, addresses);
    },
    close: () => dispatcher.close(),
  };
}
