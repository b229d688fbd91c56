// The effect of a response on fixture issues: the flood issue's negative share falls after the
// office's release and the change carries Newcombe's interval; the road issue has too few mentions
// and says so; pick-up, hoax spread and reply time; every figure recomputed from the store.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ResponseLink } from '../../../src/core/evaluation.js';
import type { Store } from '../../../src/core/types.js';
import { createStore } from '../../../src/store/index.js';
import { issueEffect, responseContent } from '../../../src/evaluation/effect.js';
import { newcombeDiff, normalQuantile, wilson } from '../../../src/evaluation/stats.js';
import { issueEvaluation } from '../../../src/evaluation/index.js';
import { attachEffects } from '../../../src/evaluation/map-effects.js';
import { effectText } from '../../../src/maps/render/markdown.js';
import type { IssueMap } from '../../../src/maps/types.js';
import { FLOOD_FIRST, RELEASE_AT, RELEASE_URL, evaluationMentions } from '../../helpers/evaluation-fixture.js';

const OPTS = { beforeHours: 24, afterHours: 24, minMentions: 10, confidence: 0.95 };

describe('interval statistics', () => {
  it('z and Wilson as published', () => {
    expect(normalQuantile(0.975)).toBeCloseTo(1.959964, 5);
    expect(normalQuantile(0.05)).toBeCloseTo(-1.644854, 5);
    // Newcombe (1998) table I: 81/263 → Wilson 0.2553–0.3662
    const w = wilson(81, 263, 1.959964);
    expect(w.low).toBeCloseTo(0.2553, 4);
    expect(w.high).toBeCloseTo(0.3662, 4);
  });
  it("Newcombe's hybrid score interval matches his worked example (56/70 − 48/80: 0.0524 to 0.3339)", () => {
    const d = newcombeDiff(48, 80, 56, 70);
    expect(d.diff).toBeCloseTo(0.2, 10);
    expect(d.low).toBeCloseTo(0.0524, 4);
    expect(d.high).toBeCloseTo(0.3339, 4);
  });
});

describe('issueEffect on fixture issues', () => {
  let store: Store;
  const release: ResponseLink = { issueId: 'isu-banjir', kind: 'mention', itemId: 'ev0033', at: RELEASE_AT, how: 'auto', url: RELEASE_URL };
  beforeAll(async () => {
    store = await createStore({ driver: 'sqlite', path: ':memory:' }, undefined, { ownedSources: ['pemkot-jambi', 'ig-pemkot'] });
    const ms = evaluationMentions();
    await store.upsertMentions(ms);
    expect((await store.getMention('ev0033'))!.url).toBe(RELEASE_URL);
  });
  afterAll(async () => store.close());

  it('shows the fall in negative share after the response with its interval', async () => {
    const e = await issueEffect(store, 'isu-banjir', [release], await responseContent(store, release), OPTS);
    expect(e.before).toMatchObject({ volume: 30, negative: 20, negativeShare: 0.6667, hoax: 3, hoaxSpreaders: 3 });
    expect(e.after).toMatchObject({ volume: 30, negative: 9, negativeShare: 0.3, hoax: 1, hoaxSpreaders: 1 });
    expect(e.enough).toBe(true);
    const c = e.negativeShareChange!;
    expect(c.method).toBe('newcombe-hybrid-score');
    expect(c.diff).toBeCloseTo(-0.3667, 4);
    // The fall is real at 95%: the whole interval lies below zero.
    expect(c.high).toBeLessThan(0);
    expect(c.low).toBeGreaterThan(-1);
    const ref = newcombeDiff(20, 30, 9, 30);
    expect(c.low).toBeCloseTo(ref.low, 4);
    expect(c.high).toBeCloseTo(ref.high, 4);
    expect(e.hoaxChange).toBe(-2);
    expect(e.pickup.count).toBe(4);
    expect(e.pickup.mentions.map((p) => p.how).sort()).toEqual(['cite', 'cite', 'link', 'link']);
    expect(e.firstMention).toBe(FLOOD_FIRST);
    expect(e.replyHours).toBe(28);
  });

  it('says there is not enough data below the minimum count instead of a figure', async () => {
    const fact: ResponseLink = { issueId: 'isu-jalan', kind: 'fact', itemId: 'pupr-tambal', at: '2026-11-29T17:00:00.000Z', how: 'auto' };
    const e = await issueEffect(store, 'isu-jalan', [fact], undefined, OPTS);
    expect(e.before.volume).toBe(4);
    expect(e.after.volume).toBe(3);
    expect(e.enough).toBe(false);
    expect(e.negativeShareChange).toBeNull();
  });

  it('issueEvaluation gives the dashboard the links, the effect and the linked complaints', async () => {
    await store.putResponseLinks([release]);
    await store.upsertComplaints([{ id: 'lapor:B1', channel: 'lapor', externalId: 'B1', text: 'Banjir di Tanjung Pinang, mohon bantuan perahu.', receivedAt: '2026-11-29T03:00:00.000Z', opd: 'BPBD Kota Jambi', opdSource: 'table', topics: [], regions: [], issueId: 'isu-banjir' }]);
    const ev = await issueEvaluation(store, 'isu-banjir', { effect: OPTS, rules: { deadlineDays: 5, holidays: [], timezone: 'Asia/Jakarta' }, asOf: Date.parse('2026-12-01T00:00:00Z') });
    expect(ev.responses.map((r) => r.itemId)).toEqual(['ev0033']);
    expect(ev.effect!.after.volume).toBe(30);
    expect(ev.complaints).toEqual([expect.objectContaining({ id: 'lapor:B1', status: 'open' })]);
    expect((await issueEvaluation(store, 'isu-lain', { effect: OPTS, rules: { deadlineDays: 5, holidays: [], timezone: 'Asia/Jakarta' }, asOf: 0 })).effect).toBeUndefined();
  });

  it('attaches the effect to the issue map, one line in Markdown/HTML', async () => {
    await store.putResponseLinks([release]);
    const map = { issues: [{ id: 'isu-banjir' }, { id: 'isu-tanpa-tanggapan' }] } as unknown as IssueMap;
    await attachEffects(map, store, OPTS);
    const e = map.issues[0]!.effect!;
    expect(e).toMatchObject({ responseAt: RELEASE_AT, responseUrl: RELEASE_URL, replyHours: 28, before: { volume: 30, negativeShare: 0.6667 }, after: { volume: 30, negativeShare: 0.3 }, pickup: 4 });
    expect(map.issues[1]!.effect).toBeUndefined();
    expect(effectText(e, 'id', 'Asia/Jakarta')).toMatch(/^Tanggapan kantor 2026-11-30 12:00 WIB, 28 jam setelah sebutan pertama: porsi negatif 66,7% → 30%, perubahan −36,7 poin \(IK 95% −\d+,\d … −\d+,\d\); dikutip 4$/);
    expect(effectText({ ...e, negativeShareChange: null }, 'en', 'Asia/Jakarta')).toContain('not enough data (at least 10 mentions)');
  });
});
