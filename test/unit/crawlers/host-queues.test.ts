import { describe, expect, it } from 'vitest';
import { HOST_STATES_KEPT, HostQueues } from '../../../crawlers/shared/host-queues.js';

describe('host queues', () => {
  it('forget idle hosts once there are many, but keep busy, paused and Crawl-delay hosts', async () => {
    const q = new HostQueues({ concurrency: 8, perHostConcurrency: 2, perHostIntervalMs: 0, maxWaitMs: 10_000 });
    q.setMinInterval('slow.test', 5000); // a robots.txt Crawl-delay
    q.pause('paused.test', 60_000); // a Retry-After in force
    let release!: () => void;
    const busy = q.run('busy.test', () => new Promise<void>((r) => (release = r)));
    for (let i = 0; i < HOST_STATES_KEPT; i++) await q.run(`pub${i}.test`, async () => i);
    // The sweep ran when the map was full: only the hosts that still hold state, plus the newest ones, remain.
    expect(q.hostCount).toBeLessThan(HOST_STATES_KEPT);
    expect(q.intervalFor('slow.test')).toBe(5000);
    for (let i = 0; i < 2 * HOST_STATES_KEPT; i++) await q.run(`more${i}.test`, async () => i);
    expect(q.hostCount).toBeLessThanOrEqual(HOST_STATES_KEPT);
    expect(q.intervalFor('slow.test')).toBe(5000);
    release();
    await busy;
    await expect(q.run('paused.test', async () => 1)).rejects.toThrow(/asked us to wait/);
    q.clear();
  });
});
