// A zone-less machine time on a page whose headline byline names WITA or WIT was written in that zone.
import { describe, expect, it } from 'vitest';
import { choosePublished, type DateCandidate } from '../../../src/core/published-date.js';

const H = 3_600_000;
// "2026-12-02 10:30:00" read with the WIB default, and the byline "Rabu, 2 Desember 2026 10:30 WIT".
const wibRead = Date.UTC(2026, 11, 2, 10, 30) - 7 * H;
const witByline = Date.UTC(2026, 11, 2, 10, 30) - 9 * H;
const meta = (ms: number, hasZone: boolean): DateCandidate => ({ source: 'meta', ms, offset: '+07:00', hasTime: true, hasZone });
const byline: DateCandidate = { source: 'byline', ms: witByline, offset: '+09:00', hasTime: true, hasZone: true, strength: 'strong' };
const opts = { localOffset: '+07:00', outputOffset: '+07:00' };

describe('zone-less meta time and a zoned byline', () => {
  it('takes the byline zone when the clocks agree', () => {
    expect(choosePublished([meta(wibRead, false), byline], opts)?.iso).toBe('2026-12-02T10:30:00+09:00');
  });
  it('keeps the instant of a meta that names its zone, written in the byline zone', () => {
    // "08:30+07:00" is 10:30 WIT: the same instant; the page's own zone is the byline's (batch 13).
    expect(choosePublished([meta(witByline, true), byline], opts)?.iso).toBe('2026-12-02T10:30:00+09:00');
  });
  it('leaves a zone-less meta whose clock differs from the byline', () => {
    const other = Date.UTC(2026, 11, 2, 15, 0) - 7 * H;
    expect(choosePublished([meta(other, false), byline], opts)?.iso).toBe('2026-12-02T17:00:00+09:00');
  });
});
