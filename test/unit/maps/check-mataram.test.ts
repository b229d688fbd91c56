// The sixth independent check set (test/fixtures/maps-check6: Kota Mataram, NTB, WITA, 205 hand-labelled
// news and posts over 2027-01-25 … 27, 16 facts). All three days were untouched: written, labelled and
// committed before Pantau ran on them, scored once at main 82b65f8 (README, "A sixth, independent check
// set"): first run 0.875 / 0.860 / 0.803 (mean 0.846), answering fact in the first three 21/21. Then tuned
// on (same README paragraph), so the floors below are AFTER tuning — a little under the figures after
// the fixes (0.961 / 0.938 / 0.906): they guard against a regression, they are not an estimate for an
// unseen city (the first run is). Days are built as the dev harness builds them
// (scripts/eval-map-days.ts): all rows analysed and story-clustered together, each day mapped with the
// earlier days' issue ids as prior.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayPredictions, majorityIssue, mapCheckSet } from '../../helpers/map-days.js';
import { bcubed } from '../../../src/maps/bcubed.js';
import type { IssueMap } from '../../../src/maps/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/maps-check6/', import.meta.url));
const DAYS = ['2027-01-25', '2027-01-26', '2027-01-27'];
const ZONE = 'Asia/Makassar';
const HOME = { code: '52.71', name: 'Kota Mataram' };
// A little under the figures after tuning on these days (in-process 0.961 / 0.938 / 0.906; first run 0.875 / 0.860 / 0.803).
const FLOOR: Record<string, number> = { '2027-01-25': 0.94, '2027-01-26': 0.91, '2027-01-27': 0.88 };

const maps = new Map<string, IssueMap>();
const label = new Map<string, string>();
const fileDay = new Map<string, string>();
let answers: Record<string, string | null>;

const majority = (d: string, l: string): string | undefined => majorityIssue({ maps, label, fileDay }, d, l);

beforeAll(() => {
  answers = mapCheckSet({ dir: DIR, days: DAYS, zone: ZONE, home: HOME, ownedSource: 'pemkot-mataram' }, { maps, label, fileDay });
}, 180_000);

describe('the Mataram check set (first run untouched, floors after tuning)', () => {
  it.each(DAYS)('%s: matches the labels above the floor, each mention of the day file mapped once, only outside-labelled mentions outside', (d) => {
    const map = maps.get(d)!;
    const pred = dayPredictions(map);
    // the day is the WITA day: the post at 16:30 UTC on the 25th is in the 26th's file and map
    expect([...pred.keys()].sort()).toEqual([...fileDay].filter(([, f]) => f === d).map(([id]) => id).sort());
    expect(bcubed(pred, new Map([...pred.keys()].map((id) => [id, label.get(id)!]))).f1).toBeGreaterThanOrEqual(FLOOR[d]!);
    for (const m of map.outside.mentions) expect(label.get(m.id)).toBe('outside');
  });

  it('links the labelled answering fact among the first three for each labelled issue on each day; the PLN blackout has no answering fact', () => {
    for (const d of DAYS) {
      const map = maps.get(d)!;
      for (const [l, want] of Object.entries(answers)) {
        if (l.startsWith('_')) continue;
        const id = majority(d, l);
        if (!id) continue; // the issue does not run that day
        const facts = map.issues.find((i) => i.id === id)!.facts;
        // the Kekalik Jaya fire cites the road fact (its text names the kelurahan): a known miss, README
        if (want === null) {
          if (l === 'listrik-padam-pln') expect(facts.some((f) => f.answers), `${d} ${l}`).toBe(false);
        } else expect(facts.slice(0, 3).map((f) => f.id), `${d} ${l}`).toContain(want);
      }
    }
  });

  it('the spike day\'s most negative issue is the road one (a teacher was killed on Jalan Dr. Soedjono on the night of the 26th)', () => {
    const map = maps.get('2027-01-27')!;
    const mostNegative = [...map.issues].sort((a, b) => b.sentiment.negative - a.sentiment.negative)[0]!;
    expect(mostNegative.id).toBe(majority('2027-01-27', 'jalan-soedjono'));
  });

  it('keeps the outage, the road and the hoax under one id across the days they run, and the outage apart from the LPG shortage of the same kecamatan', () => {
    for (const l of ['air-pdam-giri-menang', 'jalan-soedjono', 'hoaks-bansos-link']) {
      expect(new Set(DAYS.map((d) => majority(d, l)).filter(Boolean)).size, l).toBe(1);
    }
    for (const d of ['2027-01-26', '2027-01-27']) expect(majority(d, 'air-pdam-giri-menang'), d).not.toBe(majority(d, 'elpiji-langka'));
  });
});
