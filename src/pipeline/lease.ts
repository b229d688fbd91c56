// One crawl of a source at a time across processes: two `pantau run` on one database would otherwise
// fetch everything twice. The lock is a lease row in the store with an expiry, so a killed process
// cannot hold it forever; a lease whose holder is a dead process on this machine is taken over at once
// (a crash followed by a restart must not wait for the expiry).
import { randomUUID } from 'node:crypto';
import { hostname } from 'node:os';
import type { Store } from '../core/types.js';

/** This process's name in leases: host, pid and a random part (pids are reused). */
export const PROCESS_OWNER = `${hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** True when `holder` names a process on this host that no longer runs (`self` is the asking owner). */
export function ownerIsDead(holder: string, self: string): boolean {
  const m = /^(.*):(\d+):[^:]*$/.exec(holder);
  if (holder === self || !m || m[1] !== hostname()) return false;
  const pid = Number(m[2]);
  // Our own pid under another name: an earlier process that had this pid (a container restarted
  // with pid 1), since two live processes never share one.
  if (pid === process.pid) return true;
  try {
    process.kill(pid, 0);
    return false;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ESRCH';
  }
}

/** A readable holder for messages: "pid 123 on host". */
export function describeOwner(owner: string): string {
  const m = /^(.*):(\d+):[^:]*$/.exec(owner);
  return m ? `pid ${m[2]} on ${m[1]}` : owner;
}

export type LeaseResult = { held: true; renew(now: number): Promise<void>; release(): Promise<void> } | { held: false; holder: string; expiresAt: string };

export async function takeLease(store: Store, name: string, owner: string, ttlMs: number, now: number): Promise<LeaseResult> {
  let lease = await store.acquireLease(name, owner, now + ttlMs, now);
  if (lease.owner !== owner && ownerIsDead(lease.owner, owner)) lease = await store.acquireLease(name, owner, now + ttlMs, now, lease.owner);
  if (lease.owner !== owner) return { held: false, holder: lease.owner, expiresAt: lease.expiresAt };
  let renewedAt = now;
  return {
    held: true,
    async renew(at: number) {
      if (at - renewedAt < ttlMs / 2) return;
      renewedAt = at;
      await store.acquireLease(name, owner, at + ttlMs, at);
    },
    release: () => store.releaseLease(name, owner),
  };
}
