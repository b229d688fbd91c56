// The seventh independent check set (test/fixtures/maps-check7: Kota Palu, Sulawesi Tengah, WITA, 205
// hand-labelled news and posts over 2027-02-08 … 10, 18 facts). All three days were untouched: written,
// labelled and committed before Pantau ran on them, scored once at main d3d9a57 (README, "A seventh,
// independent check set"): first run 0.891 / 0.849 / 0.694 (mean 0.812), answering fact in the first
// three 20/20. Then the matter feature (features.ts MATTERS) and the shared-street merge threshold (group.ts
// STREET_MERGE, chosen on Palu) were made looking at all seven sets, so the
// floors below are AFTER those changes (and the provincial-venue rule, relevance.ts) — a little under their figures (0.936 / 0.941 / 0.832): they guard
// against a regression, they are not an estimate for an unseen city (the first run is). Days are built
// as the dev harness builds them (scripts/eval-map-days.ts): all rows analysed and story-clustered
// together, each day mapped with the earlier days' issue ids as prior.
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { dayPredictions, majorityIssue, mapCheckSet } from '../../helpers/map-days.js';
import { bcubed } from '../../../src/maps/bcubed.js';
import type { IssueMap } from '../../../src/maps/types.js';

const DIR = fileURLToPath(new URL('../../fixtures/maps-check7/', import.meta.url));
const DAYS = ['2027-02-08', '2027-02-09', '2027-02-10'];
const ZONE = 'Asia/Makassar';
const HOME = { code: '72.71', name: 'Kota Palu' };
// A little under the figures after the matter feature (in-process 0.936 / 0.941 / 0.832; first run 0.891 / 0.849 / 0.694).
const FLOOR: Record<string, number> = { '2027-02-08': 0.92, '2027-02-09': 0.92, '2027-02-10': 0.81 };

const maps = new Map<string, IssueMap>();
const label = new Map<string, string>();
const fileDay = new Map<string, string>();
let answers: Record<string, string | null>;

const majority = (d: string, l: string): string | undefined => majorityIssue({ maps, label, fileDay }, d, l);

beforeAll(() => {
  answers = mapCheckSet({ dir: DIR, days: DAYS, zone: ZONE, home: HOME, ownedSource: 'pemkot-palu' }, { maps, label, fileDay });
}, 180_000);

describe('the Palu check set (first run untouched, floors after the matter feature)', () => {
  it.each(DAYS)('%s: matches the labels above the floor, each mention of the day file mapped once, outside only outside-labelled mentions (and known misses)', (d) => {
    const map = maps.get(d)!;
    const pred = dayPredictions(map);
    // the day is the WITA day: the post at 16:40 UTC on the 8th is in the 9th's file and map
    expect([...pred.keys()].sort()).toEqual([...fileDay].filter(([, f]) => f === d).map(([id]) => id).sort());
    expect(bcubed(pred, new Map([...pred.keys()].map((id) => [id, label.get(id)!]))).f1).toBeGreaterThanOrEqual(FLOOR[d]!);
    // a known miss (README): on the spike day up to three placeless road posts ("#usutjalanrusak …
    // tanggung jawab", "innalillahi … lewat situ") stay outside
    const missed = map.outside.mentions.map((m) => label.get(m.id)).filter((l) => l !== 'outside');
    expect(missed.every((l) => l === 'jalan-soekarno-hatta') && missed.length <= (d === '2027-02-10' ? 3 : 0), `${d} ${missed.join(',')}`).toBe(true);
  });

  it('links the labelled answering fact among the first three for each labelled issue on each day', () => {
    for (const d of DAYS) {
      const map = maps.get(d)!;
      for (const [l, want] of Object.entries(answers)) {
        if (l.startsWith('_') || want === null) continue; // the Lere fire has no answering fact
        const id = majority(d, l);
        if (!id) continue; // the issue does not run that day
        const facts = map.issues.find((i) => i.id === id)!.facts;
        expect(facts.slice(0, 3).map((f) => f.id), `${d} ${l}`).toContain(want);
      }
    }
  });

  it('the spike day\'s most negative issue is the road one (a student was killed on Jalan Soekarno-Hatta on the night of the 9th)', () => {
    const map = maps.get('2027-02-10')!;
    const mostNegative = [...map.issues].sort((a, b) => b.sentiment.negative - a.sentiment.negative)[0]!;
    expect(mostNegative.id).toBe(majority('2027-02-10', 'jalan-soekarno-hatta'));
  });

  it('keeps the outage and the road under one id across the days they run, and the Lere fire apart from the outage of its kelurahan', () => {
    for (const l of ['air-pdam-palu-barat', 'jalan-soekarno-hatta', 'banjir-kawatuna']) {
      expect(new Set(DAYS.map((d) => majority(d, l)).filter(Boolean)).size, l).toBe(1);
    }
    for (const d of ['2027-02-09', '2027-02-10']) expect(majority(d, 'kebakaran-lere'), d).not.toBe(majority(d, 'air-pdam-palu-barat'));
  });
});
