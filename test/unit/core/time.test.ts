import { describe, expect, it } from 'vitest';
import { parseConfig } from '../../../src/core/config.js';
import {
  fixedOffsetMs,
  formatLocalMinute,
  isoOffset,
  localDay,
  localHour,
  startOfLocalDay,
  wallTimeToUtc,
  zoneLabel,
  zoneOffsetMs,
} from '../../../src/core/time.js';

describe('office time zone', () => {
  it('knows the three Indonesian zones as fixed offsets', () => {
    expect(fixedOffsetMs('Asia/Jakarta')).toBe(7 * 3_600_000);
    expect(fixedOffsetMs('Asia/Makassar')).toBe(8 * 3_600_000);
    expect(fixedOffsetMs('Asia/Jayapura')).toBe(9 * 3_600_000);
    expect(zoneLabel('Asia/Jakarta')).toBe('WIB');
    expect(zoneLabel('Asia/Makassar')).toBe('WITA');
    expect(zoneLabel('Asia/Jayapura')).toBe('WIT');
  });

  it('buckets an instant by the local day and hour of the zone', () => {
    const ms = Date.parse('2026-11-30T18:30:00Z'); // 01:30 WIB on 1 Dec, 02:30 WITA, 03:30 WIT
    expect(localDay(ms, 'Asia/Jakarta')).toBe('2026-12-01');
    expect(localHour(ms, 'Asia/Makassar')).toBe('2026-12-01T02');
    expect(localDay(ms, 'UTC')).toBe('2026-11-30');
    expect(formatLocalMinute(ms, 'Asia/Jayapura')).toBe('2026-12-01 03:30 WIT');
    expect(isoOffset('Asia/Makassar', ms)).toBe('+08:00');
  });

  it('turns a local wall time into the right instant, also across daylight saving', () => {
    expect(new Date(wallTimeToUtc('Asia/Jakarta', 2026, 12, 1, 9, 15)).toISOString()).toBe('2026-12-01T02:15:00.000Z');
    expect(new Date(startOfLocalDay('2026-12-01', 'Asia/Jayapura')).toISOString()).toBe('2026-11-30T15:00:00.000Z');
    // Europe/Amsterdam: CET (+1) in January, CEST (+2) in July.
    expect(fixedOffsetMs('Europe/Amsterdam')).toBeUndefined();
    expect(new Date(wallTimeToUtc('Europe/Amsterdam', 2026, 7, 1, 12)).toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(zoneOffsetMs('Europe/Amsterdam', Date.parse('2026-01-15T12:00:00Z'))).toBe(3_600_000);
  });

  it('is configured by `timezone` (default Asia/Jakarta), PANTAU_TIMEZONE, and a bad zone is a clear error', () => {
    expect(parseConfig({}, { env: {} }).timezone).toBe('Asia/Jakarta');
    expect(parseConfig({ timezone: 'Asia/Makassar' }, { env: {} }).timezone).toBe('Asia/Makassar');
    expect(parseConfig({}, { env: { PANTAU_TIMEZONE: 'Asia/Jayapura' } }).timezone).toBe('Asia/Jayapura');
    expect(() => parseConfig({ timezone: 'WIB' }, { env: {} })).toThrow(/timezone: expected an IANA time zone.*got string "WIB"/);
  });
});
