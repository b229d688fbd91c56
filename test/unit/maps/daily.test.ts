// The daily map of `pantau run`: written once per day after reports.dailyAt (office time), for the
// day before, even across restarts (the last day written is in the store), and retried when a write
// fails instead of being skipped. A manual clock drives the time.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { dueReportDay, REPORT_STATE_ID, runDailyReports, writeDueReport } from '../../../src/maps/daily.js';
import { createStore } from '../../../src/store/index.js';
import { ManualClock, until } from '../../helpers/manual-clock.js';

const setTo = (c: ManualClock, ms: number): void => c.advance(ms - c.now());

const dir = mkdtempSync(join(tmpdir(), 'pantau-daily-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const ZONE = 'Asia/Jakarta';
const at = (local: string): number => Date.parse(`${local}+07:00`);
const open = (name: string): Promise<Store> => createStore({ driver: 'sqlite', path: join(dir, name) });

describe('daily map schedule', () => {
  it('is due for yesterday once dailyAt has passed, and not again', () => {
    expect(dueReportDay(at('2026-12-02T05:59:00'), ZONE, '06:00', undefined)).toBeUndefined();
    expect(dueReportDay(at('2026-12-02T06:00:00'), ZONE, '06:00', undefined)).toBe('2026-12-01');
    expect(dueReportDay(at('2026-12-02T23:00:00'), ZONE, '06:00', '2026-12-01')).toBeUndefined();
    expect(dueReportDay(at('2026-12-03T06:01:00'), ZONE, '06:00', '2026-12-01')).toBe('2026-12-02');
    // In WITA the same instant is an hour later.
    expect(dueReportDay(at('2026-12-02T05:30:00'), 'Asia/Makassar', '06:00', undefined)).toBe('2026-12-01');
  });

  it('writes once per day across restarts, and retries a failed write', async () => {
    const clock = new ManualClock(at('2026-12-02T05:00:00'));
    const written: string[] = [];
    let fail = false;
    const deps = (store: Store) => ({
      store,
      clock,
      timezone: ZONE,
      dailyAt: '06:00',
      log: silentLogger,
      write: async (day: string) => {
        if (fail) throw new Error('disk full');
        written.push(day);
      },
    });
    let store = await open('a.db');
    expect(await writeDueReport(deps(store))).toBeUndefined();
    setTo(clock, at('2026-12-02T06:05:00'));
    expect(await writeDueReport(deps(store))).toBe('2026-12-01');
    expect(await writeDueReport(deps(store))).toBeUndefined();
    await store.close();
    // Restart the same day: nothing again.
    store = await open('a.db');
    expect(await writeDueReport(deps(store))).toBeUndefined();
    expect((await store.getSourceState(REPORT_STATE_ID))?.cursor).toBe('2026-12-01');
    // Next day the write fails: the state stays, the next try writes it.
    setTo(clock, at('2026-12-03T06:00:00'));
    fail = true;
    await expect(writeDueReport(deps(store))).rejects.toThrow('disk full');
    expect((await store.getSourceState(REPORT_STATE_ID))?.cursor).toBe('2026-12-01');
    fail = false;
    expect(await writeDueReport(deps(store))).toBe('2026-12-02');
    expect(written).toEqual(['2026-12-01', '2026-12-02']);
    await store.close();
  });

  it('runs beside the scheduler until stopped, sleeping until the next dailyAt', async () => {
    const clock = new ManualClock(at('2026-12-02T07:00:00'));
    const store = await open('b.db');
    const written: string[] = [];
    const ac = new AbortController();
    const loop = runDailyReports({ store, clock, timezone: ZONE, dailyAt: '06:00', log: silentLogger, write: async (d) => void written.push(d) }, ac.signal);
    await until(() => written.length === 1 && clock.waiting === 1, 'the catch-up write');
    expect(written).toEqual(['2026-12-01']); // caught up at start
    setTo(clock, at('2026-12-03T05:59:00'));
    await until(() => clock.waiting === 1, 'sleeping');
    expect(written).toEqual(['2026-12-01']);
    setTo(clock, at('2026-12-03T06:00:00'));
    await until(() => written.length === 2, 'the next day');
    expect(written).toEqual(['2026-12-01', '2026-12-02']);
    ac.abort();
    await loop;
    await store.close();
  });
});
