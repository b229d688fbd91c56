// The issue map on the labelled fixture days (test/fixtures/maps: Kota Jambi, 354 news and posts over
// six days): issues against the labels, volumes and sentiment splits, ids across days, the answering
// fact, the hoax and its debunk, national news kept out, and every figure of every brief traced.
// Only the tuned-on days are checked here; the untouched days are measured by
// `node dist/scripts/eval-map-days.js test/fixtures/maps --final` (README).
import { beforeAll, describe, expect, it } from 'vitest';
import { bcubed } from '../../../src/maps/bcubed.js';
import { briefCounts } from '../../../src/maps/brief.js';
import type { IssueMap } from '../../../src/maps/types.js';
import { issueOfLabel, loadFixtureDays, mapDays, TUNED_DAYS, type FixtureDays } from '../../helpers/map-days.js';

let fx: FixtureDays;
let maps: Map<string, IssueMap>;

beforeAll(() => {
  fx = loadFixtureDays();
  maps = mapDays(fx, TUNED_DAYS);
}, 120_000);

/** "1.200" → 1200, "18,5" → 18.5, "12" → 12, as an Indonesian reader reads them. */
export function numbersIn(text: string): number[] {
  return [...text.matchAll(/\d+(?:[.,]\d+)*/g)].map((m) => {
    const s = m[0];
    if (/^\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
    return Number(s.replace(/\./g, '').replace(',', '.'));
  });
}

describe('issues on the fixture days', () => {
  it('match the labels (B-cubed F1 ≥ 0.9 on each tuned-on day)', () => {
    for (const d of TUNED_DAYS) {
      const map = maps.get(d)!;
      const pred = new Map<string, string>();
      for (const i of map.issues) for (const m of i.mentions) pred.set(m.id, i.id);
      for (const m of map.outside.mentions) pred.set(m.id, 'outside');
      const gold = new Map((fx.byDay.get(d) ?? []).map((m) => [m.id, fx.label.get(m.id)!]));
      expect(pred.size).toBe(gold.size); // every mention is in exactly one issue or outside
      expect(bcubed(pred, gold).f1, d).toBeGreaterThanOrEqual(0.9);
    }
  });

  it('count the flood issue: volume, sentiment split consistent with its mentions, every mention listed', () => {
    const flood = issueOfLabel(maps.get('2026-11-30')!, fx, 'banjir-tanjung-pinang')!;
    const labelled = fx.byDay.get('2026-11-30')!.filter((m) => fx.label.get(m.id) === 'banjir-tanjung-pinang');
    expect(flood.volume).toBe(flood.mentions.length);
    expect(flood.mentions.filter((m) => fx.label.get(m.id) === 'banjir-tanjung-pinang').length).toBeGreaterThanOrEqual(labelled.length - 1);
    const s = flood.sentiment;
    expect(s.positive + s.neutral + s.negative).toBe(flood.volume);
    expect(s.negative).toBe(flood.mentions.filter((m) => m.sentiment === 'negative').length);
    expect(flood.regions[0]!.code.startsWith('15.71.03')).toBe(true); // Jambi Timur / Tanjung Pinang
    expect(flood.label).toMatch(/Tanjung Pinang/);
  });

  it('keep an issue id across days, and give different matters different ids', () => {
    for (const label of ['banjir-tanjung-pinang', 'jalan-lingkar-barat']) {
      const ids = ['2026-11-30', '2026-12-01', '2026-12-02'].map((d) => issueOfLabel(maps.get(d)!, fx, label)!.id);
      expect(new Set(ids).size, label).toBe(1);
    }
    const day2 = maps.get('2026-12-01')!;
    const road = issueOfLabel(day2, fx, 'jalan-lingkar-barat')!;
    expect(road.trend.direction).toBe('up');
    expect(road.trend.previous).toBeGreaterThan(0);
    const other = issueOfLabel(day2, fx, 'jalan-sunan-kalijaga')!;
    expect(other.id).not.toBe(road.id); // another street, same topic, same day
  });

  it('link the answering fact first for the flood and the road', () => {
    expect(issueOfLabel(maps.get('2026-11-30')!, fx, 'banjir-tanjung-pinang')!.facts[0]!.id).toBe('bpbd-posko-banjir-jambi-timur');
    for (const d of ['2026-11-30', '2026-12-01', '2026-12-02']) {
      const road = issueOfLabel(maps.get(d)!, fx, 'jalan-lingkar-barat')!;
      expect(road.facts[0]!.id, d).toBe('pupr-lingkar-barat-2026');
      expect(road.facts[0]!.reason).toMatch(/topik .*jalan/);
    }
  });

  it('link the labelled answering fact among the first three for ≥ 85% of labelled issue-days', () => {
    let hit = 0;
    let total = 0;
    for (const d of TUNED_DAYS) {
      for (const [label, want] of Object.entries(fx.answers)) {
        if (label.startsWith('_') || !want) continue;
        const issue = issueOfLabel(maps.get(d)!, fx, label);
        if (!issue) continue;
        total++;
        if (issue.facts.slice(0, 3).some((f) => f.id === want)) hit++;
      }
    }
    expect(total).toBeGreaterThan(15);
    expect(hit / total).toBeGreaterThanOrEqual(0.85);
  });

  it('flag the social-aid hoax with its debunk, and only it (and the PDAM hoax)', () => {
    const hoax = issueOfLabel(maps.get('2026-12-01')!, fx, 'hoaks-blt')!;
    expect(hoax.hoax.flagged).toBe(true);
    expect(hoax.hoax.debunks.some((d) => d.from === 'index' && /HOAKS/.test(d.title))).toBe(true);
    expect(hoax.hoax.debunks.some((d) => d.from === 'mention')).toBe(true);
    expect(hoax.brief?.holdingStatement).toMatch(/tidak benar/);
    expect(hoax.brief?.facts[0]?.statement).toMatch(/tidak membuka pendaftaran BLT/);
    for (const d of TUNED_DAYS) {
      for (const i of maps.get(d)!.issues) {
        const labels = new Set(i.mentions.map((m) => fx.label.get(m.id)));
        if (i.hoax.flagged) expect([...labels].some((l) => l?.startsWith('hoaks-')), `${d} ${i.label}`).toBe(true);
      }
    }
  });

  it('keep national and foreign news out of the city issues, reported apart', () => {
    for (const d of TUNED_DAYS) {
      const map = maps.get(d)!;
      const inIssues = map.issues.flatMap((i) => i.mentions).filter((m) => fx.label.get(m.id) === 'outside');
      expect(inIssues.map((m) => m.title), d).toEqual([]);
      expect(map.outside.volume).toBeGreaterThan(5);
    }
  });

  it('on the spike day, the most negative issue is the road after the fatal accident', () => {
    const map = maps.get('2026-12-01')!;
    const most = [...map.issues].sort((a, b) => b.sentiment.negative - a.sentiment.negative)[0]!;
    expect(fx.label.get(most.mentions[0]!.id)).toBe('jalan-lingkar-barat');
    expect(map.issues[0]!.id).toBe(most.id); // and ranked first
  });

  it('never puts a figure in a brief that is not in the fact base or the counts', () => {
    const allowed = new Set<number>();
    for (const f of fx.facts) {
      for (const n of numbersIn(f.statement)) allowed.add(n);
      for (const v of Object.values(f.figures ?? {})) if (typeof v === 'number') allowed.add(v);
    }
    let briefs = 0;
    for (const d of TUNED_DAYS) {
      for (const i of maps.get(d)!.issues) {
        if (!i.brief) continue;
        briefs++;
        const ok = new Set([...allowed, ...briefCounts(i)]);
        const b = i.brief;
        const texts = [b.summary, b.opd, b.holdingStatement ?? '', b.needsData ?? '', ...b.quotes.map((q) => q.text), ...b.facts.map((f) => f.statement)];
        for (const t of texts) for (const n of numbersIn(t)) expect(ok.has(n), `${d} ${i.label}: ${n} in "${t}"`).toBe(true);
      }
    }
    expect(briefs).toBeGreaterThan(10);
  });

  it('says "perlu data dari OPD" with the OPD when no fact answers', () => {
    const map = maps.get('2026-12-03')!;
    const light = issueOfLabel(map, fx, 'traffic-light-simpang-kawat')!;
    expect(light.brief?.needsData).toMatch(/^perlu data dari OPD: Dinas Perhubungan Kota Jambi$/);
    expect(light.brief?.holdingStatement).toBeUndefined();
  });

  it('asks the OPD rather than citing a fact that shares only topic, place or OPD', () => {
    // A puddle at Simpang Rimbo shares kecamatan, topic and OPD with the Lingkar Barat repair; a pothole
    // on Jalan Sunan Kalijaga shares topic and OPD with the city-wide road count: neither fact says
    // anything about them, so they stay linked as related only and the brief names the OPD to ask (the
    // topic → OPD table: the puddle's topic is flooding, BPBD; the pothole's is roads, Dinas PUPR).
    for (const [d, l, opd] of [['2026-11-30', 'genangan-simpang-rimbo', 'BPBD'], ['2026-12-01', 'jalan-sunan-kalijaga', 'Dinas PUPR']] as const) {
      const issue = issueOfLabel(maps.get(d)!, fx, l)!;
      expect(issue.facts.length, l).toBeGreaterThan(0);
      expect(issue.facts.some((f) => f.answers), l).toBe(false);
      expect(issue.facts[0]!.reason, l).toMatch(/hanya terkait$/);
      expect(issue.brief?.needsData, l).toBe(`perlu data dari OPD: ${opd} Kota Jambi`);
      expect(issue.brief?.facts, l).toEqual([]);
    }
    // The issues with an answering fact cite it, and only facts that answer.
    for (const [d, l, want] of [['2026-11-30', 'banjir-tanjung-pinang', 'bpbd-posko-banjir-jambi-timur'], ['2026-12-02', 'hoaks-blt', 'dinsos-blt-bukan-tautan']] as const) {
      const issue = issueOfLabel(maps.get(d)!, fx, l)!;
      const f = issue.facts.find((x) => x.id === want)!;
      expect(f.answers, l).toBe(true);
      expect(issue.brief?.needsData, l).toBeUndefined();
      expect(issue.brief?.facts.map((x) => x.statement), l).toContain(f.statement);
      expect(issue.brief?.facts.length, l).toBe(issue.facts.filter((x) => x.answers).slice(0, 3).length);
    }
  });
});
