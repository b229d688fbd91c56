// The acceptance scenarios of the discipline on a simulated clock: a steady baseline plus a burst
// gives exactly one alert, one update when it doubles and one *reda* when it ends; a burst below the
// minimum count gives none; a spike in quiet hours goes into the digest; an acknowledged key stays
// quiet until it grows.
import { describe, expect, it } from 'vitest';
import { AlertEvaluator, type FiredEvent } from '../../../src/alerts/evaluate.js';
import { MemoryAlertStore } from '../../../src/alerts/memory-store.js';
import { silentLogger } from '../../../src/core/log.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { alertsConfig, HOUR, ListFeed, mention, MIN } from '../../helpers/alert-fixtures.js';

const START = Date.parse('2026-11-01T00:00:00Z'); // 07:00 WIB
const TOPIC = 'banjir-lingkungan';
const PLACE = '15.71.01.1001';

function setup(alerts: Record<string, unknown> = {}) {
  const clock = new ManualClock(START);
  const store = new MemoryAlertStore();
  const feed = new ListFeed();
  const ev = new AlertEvaluator({
    store,
    feed,
    alerts: alertsConfig({ rules: [{ id: 'spike', kind: 'spike' }], ...alerts }),
    timezone: 'Asia/Jakarta',
    watchlist: [],
    channels: [{ id: 'hook' }],
    clock,
    log: silentLogger,
  });
  const fired: FiredEvent[] = [];
  /** Advance in 5-minute steps to `until`, storing what `at(t)` returns at each step, evaluating after each. */
  const run = async (until: number, at: (t: number) => Parameters<typeof mention>[0][] = () => []) => {
    while (clock.now() < until) {
      clock.advance(5 * MIN);
      feed.push(...at(clock.now()).map(mention));
      const r = await ev.evaluate();
      fired.push(...r.events);
    }
  };
  return { clock, store, feed, ev, fired, run };
}

/** Seven days: a neutral mention every 20 minutes and a negative one every three hours, in one kelurahan. */
function baseline(t: number) {
  const out: Parameters<typeof mention>[0][] = [];
  const m = Math.round((t - START) / MIN);
  if (m % 20 === 0) out.push({ at: t, topics: [TOPIC], region: PLACE });
  if (m % 180 === 0) out.push({ at: t, topics: [TOPIC], region: PLACE, sentiment: 'negative' });
  return out;
}
const burst = (n: number) => (t: number) => [...baseline(t), ...Array.from({ length: n }, () => ({ at: t, topics: [TOPIC], region: PLACE, sentiment: 'negative' as const }))];

describe('alert discipline (simulated clock)', () => {
  it('steady baseline + burst: one alert, one update when it doubles, one reda', async () => {
    const t = setup();
    await t.run(START + 7 * 24 * HOUR, baseline);
    expect(t.fired).toEqual([]);
    // 2 negatives every 5 minutes for 30 minutes → 12 in the window
    await t.run(t.clock.now() + 30 * MIN, burst(2));
    const first = t.fired.filter((e) => e.event === "alert");
    expect(first).toHaveLength(1);
    expect(first[0]!.alert.kind).toBe('negative-spike');
    expect(first[0]!.alert.key).toBe(`topic:${TOPIC}`);
    expect(first[0]!.alert.related).toEqual(expect.arrayContaining([`region:${PLACE}`]));
    // keeps coming: doubles → one update
    await t.run(t.clock.now() + 40 * MIN, burst(2));
    expect(t.fired.filter((e) => e.event === 'update')).toHaveLength(1);
    // ends
    await t.run(t.clock.now() + 6 * HOUR, baseline);
    expect(t.fired.map((e) => e.event)).toEqual(['alert', 'update', 'resolved']);
    expect(new Set(t.fired.map((e) => e.alert.id)).size).toBe(1);
    const outbox = await t.store.listOutbox();
    expect(outbox.map((e) => e.event)).toEqual(['alert', 'update', 'resolved']);
    expect(outbox[0]!.message.title).toMatch(/^Lonjakan berita negatif: /);
  });

  it('a burst below the minimum count gives none', async () => {
    const t = setup();
    await t.run(START + 7 * 24 * HOUR, baseline);
    // 4 negatives within 10 minutes on a key that usually has ~0.3 an hour: significant, but below minCount 5
    await t.run(t.clock.now() + 10 * MIN, burst(2));
    await t.run(t.clock.now() + 3 * HOUR, baseline);
    expect(t.fired).toEqual([]);
  });

  it('a spike during quiet hours goes into the digest, sent when they end', async () => {
    const t = setup({ quietHours: { from: '22:00', to: '06:00' } });
    // 7 days, then on to 23:00 WIB
    await t.run(START + 7 * 24 * HOUR + 16 * HOUR, baseline);
    expect(t.fired).toEqual([]);
    await t.run(t.clock.now() + 30 * MIN, burst(2));
    const held = t.fired.filter((e) => e.event === 'alert');
    expect(held).toHaveLength(1);
    expect(held[0]!.deferred).toBe(true);
    expect(await t.store.listOutbox()).toEqual([]);
    // 06:00 WIB next morning
    await t.run(START + 8 * 24 * HOUR - 1 * HOUR + 5 * MIN, baseline);
    const outbox = await t.store.listOutbox();
    expect(outbox.map((e) => e.event)).toEqual(['digest']);
    expect(outbox[0]!.message.title).toMatch(/^Ringkasan jam tenang/);
    expect(outbox[0]!.message.items).toHaveLength(1);
    expect(outbox[0]!.message.items![0]!.title).toMatch(/Lonjakan berita negatif: .*\(sudah reda\)/);
    // nothing held any more, and no second digest
    await t.run(t.clock.now() + 2 * HOUR, baseline);
    expect((await t.store.listOutbox()).map((e) => e.event)).toEqual(['digest']);
    expect(await t.store.listAlerts({ deferred: true })).toEqual([]);
  });

  it('an acknowledged key stays quiet until it grows past twice its acknowledged size', async () => {
    const t = setup();
    await t.run(START + 7 * 24 * HOUR, baseline);
    await t.run(t.clock.now() + 30 * MIN, burst(2));
    const alert = t.fired.find((e) => e.event === 'alert')!.alert;
    const r = await t.ev.evaluate({ ack: [alert.id] });
    expect(r.events).toEqual([]);
    const acked = await t.store.getAlert(alert.id);
    expect(acked!.ackedAt).toBeDefined();
    // What fired after the acknowledgement (the burst may have grown the alert before it).
    const afterAck = t.fired.length;
    // it ends: no reda for an acknowledged alert (9 h: with the two-hour window the episode ends later;
    // the whole test stays inside the 24 h the acknowledgement holds)
    await t.run(t.clock.now() + 9 * HOUR, baseline);
    // the same size again after the cooldown: quiet
    await t.run(t.clock.now() + 30 * MIN, burst(2));
    await t.run(t.clock.now() + 9 * HOUR, baseline);
    expect(t.fired.slice(afterAck).map((e) => e.event)).toEqual([]);
    // twice as big: speaks again, as a new alert
    await t.run(t.clock.now() + 30 * MIN, burst(5));
    const again = t.fired.slice(afterAck).filter((e) => e.event === 'alert');
    expect(again).toHaveLength(1);
    expect(again[0]!.alert.id).not.toBe(alert.id);
  });
});
