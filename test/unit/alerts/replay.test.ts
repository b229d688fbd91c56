// `alerts replay` of one day says what that day of a longer replay says: a spike that began before
// midnight and comes back after it, within the episode, is the episode of the day before, not a new
// alert of the next day.
import { expect, it } from 'vitest';
import { replay } from '../../../src/alerts/replay.js';
import type { Mention, Store } from '../../../src/core/types.js';
import { alertsConfig, HOUR, mention, MIN } from '../../helpers/alert-fixtures.js';

const DAY0 = Date.parse('2026-11-01T00:00:00+07:00');
const TOPIC = 'banjir-lingkungan';

function history(): Mention[] {
  const out: Mention[] = [];
  // Four ordinary days: a negative mention every three hours, a neutral one every 20 minutes.
  for (let t = DAY0; t < DAY0 + 4 * 24 * HOUR; t += 20 * MIN) {
    out.push(mention({ at: t, topics: [TOPIC], sentiment: (t - DAY0) % (3 * HOUR) === 0 ? 'negative' : 'neutral' }));
  }
  // 22:00–22:50 of the fourth day and, after a lull, 00:30–01:10: two negatives every five minutes.
  const midnight = DAY0 + 4 * 24 * HOUR;
  const wave = (from: number, to: number) => {
    for (let t = from; t < to; t += 5 * MIN) out.push(mention({ at: t, topics: [TOPIC], sentiment: 'negative' }), mention({ at: t + MIN, topics: [TOPIC], sentiment: 'negative' }));
  };
  wave(midnight - 2 * HOUR, midnight - 70 * MIN);
  wave(midnight + 30 * MIN, midnight + 70 * MIN);
  return out.sort((a, b) => Date.parse(a.storedAt!) - Date.parse(b.storedAt!));
}

const store = (ms: Mention[]): Pick<Store, 'scan'> => ({
  scan: async (q: { from?: string; to?: string }) => ({
    items: ms.filter((m) => (!q.from || m.storedAt! >= new Date(q.from).toISOString()) && (!q.to || m.storedAt! <= new Date(q.to).toISOString())),
    cursor: null,
  }),
});

it('a replay of the day after a late spike reports nothing new; a replay of both days reports it once', async () => {
  const ms = history();
  const run = (fromMs: number, toMs: number) =>
    replay(store(ms) as Store, { fromMs, toMs, stepMs: 15 * MIN, alerts: alertsConfig({ rules: [{ id: 'lonjakan', kind: 'spike' }] }), timezone: 'Asia/Jakarta', watchlist: [] });
  const day4 = DAY0 + 3 * 24 * HOUR;
  const day5 = DAY0 + 4 * 24 * HOUR;
  const both = await run(day4, day5 + 24 * HOUR - 1);
  expect(both.filter((e) => e.kind === 'negative-spike')).toHaveLength(1);
  expect(Date.parse(both[0]!.at)).toBeLessThan(day5);
  expect(await run(day5, day5 + 24 * HOUR - 1)).toEqual([]);
  expect((await run(day4, day5 - 1)).map((e) => e.alert)).toEqual(both.map((e) => e.alert));
});
