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

// A server printing its UTC clock with a fixed Indonesian offset (batch 18, Inilah): the JSON-LD
// "01:45:00+07:00" beside the byline "08:45 WIB" — the clock read as UTC is the byline's instant.
describe('a UTC clock labelled with an Indonesian zone', () => {
  const wib = (h: number, m: number) => Date.UTC(2026, 11, 2, h, m) - 7 * H;
  const bylineWib: DateCandidate = { source: 'byline', ms: wib(8, 45), offset: '+07:00', hasTime: true, hasZone: true, strength: 'strong' };
  const jsonld = (ms: number): DateCandidate => ({ source: 'jsonld', ms, offset: '+07:00', hasTime: true, hasZone: true });
  it('is read as UTC when its clock is the byline instant in UTC to the minute', () => {
    expect(choosePublished([jsonld(wib(1, 45)), bylineWib], opts)?.iso).toBe('2026-12-02T08:45:00+07:00');
  });
  it('is written in the byline zone (WITA)', () => {
    const wita: DateCandidate = { ...bylineWib, ms: Date.UTC(2026, 11, 2, 14, 0) - 8 * H, offset: '+08:00' };
    expect(choosePublished([{ ...jsonld(0), ms: Date.UTC(2026, 11, 2, 6, 0) - 8 * H, offset: '+08:00' }, wita], opts)?.iso).toBe('2026-12-02T14:00:00+08:00');
  });
  it('is left alone when its clock is not the byline instant to the minute', () => {
    // 01:50 is not 01:45 UTC: the machine value keeps its time (rule 3), as before.
    expect(choosePublished([jsonld(wib(1, 50)), bylineWib], opts)?.iso).toBe('2026-12-02T01:50:00+07:00');
  });
  it('is left alone when only a weak (sidebar) byline has that instant', () => {
    expect(choosePublished([jsonld(wib(1, 45)), { ...bylineWib, strength: 'weak' }], opts)?.iso).toBe('2026-12-02T01:45:00+07:00');
  });
});
