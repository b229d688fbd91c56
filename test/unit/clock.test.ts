// Issue 16.17: one abortable sleep for the whole code base (src/core/clock.ts); the HTTP retry
// backoff, host pauses, social rate-limit waits and the scheduler all use it.
import { describe, expect, it } from 'vitest';
import { sleep, systemClock } from '../../src/core/clock.js';

describe('sleep', () => {
  it('resolves after the wait, at once for 0', async () => {
    await expect(sleep(1)).resolves.toBeUndefined();
    await expect(sleep(0)).resolves.toBeUndefined();
    await expect(systemClock.sleep(1)).resolves.toBeUndefined();
  });

  it('rejects with the signal’s reason when aborted before or during the wait, and leaves no listener', async () => {
    const before = new AbortController();
    before.abort(new Error('stopped before'));
    await expect(sleep(10_000, before.signal)).rejects.toThrow('stopped before');
    await expect(sleep(0, before.signal)).rejects.toThrow('stopped before');

    const during = new AbortController();
    const p = sleep(60_000, during.signal);
    during.abort(new Error('stopped during'));
    await expect(p).rejects.toThrow('stopped during');

    // A finished sleep removes its abort listener: aborting afterwards changes nothing.
    const after = new AbortController();
    await sleep(1, after.signal);
    after.abort();
  });
});
