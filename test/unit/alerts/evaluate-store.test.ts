// The evaluator over the SQLite store's change feed: each evaluation reads only what was stored or
// rewritten since the last one; a rewritten mention (new analysis, an issue id from the map) moves
// its counts instead of adding them twice; the first evaluation of a store that already holds
// mentions reads only the period the rules look back on.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AlertEvaluator } from '../../../src/alerts/evaluate.js';
import { storeFeed } from '../../../src/alerts/feed.js';
import { slotOf } from '../../../src/core/alerts.js';
import { silentLogger } from '../../../src/core/log.js';
import { SqliteStore } from '../../../src/store/index.js';
import { alertsConfig, HOUR, mention, MIN } from '../../helpers/alert-fixtures.js';
import { ManualClock } from '../../helpers/manual-clock.js';

let clock: ManualClock;
let store: SqliteStore;
let ev: AlertEvaluator;
beforeEach(() => {
  clock = new ManualClock(Date.parse('2026-11-30T00:00:00Z'));
  store = new SqliteStore(':memory:', { now: () => clock.now() });
  ev = new AlertEvaluator({ store, feed: storeFeed(store), alerts: alertsConfig(), timezone: 'Asia/Jakarta', watchlist: [], channels: [], clock, log: silentLogger });
});
afterEach(async () => {
  await store.close();
});

const sum = async (key: string) => (await store.sumAlertCounts([{ key, from: 0, to: slotOf(clock.now()) + 1 }]))[0]!;

describe('evaluation over the store', () => {
  it('reads only what was stored since the last evaluation', async () => {
    const batch = (n: number) => Array.from({ length: n }, () => mention({ at: clock.now(), topics: ['infrastruktur'], region: '15.71.01.1001' }));
    await store.upsertMentions(batch(100));
    expect((await ev.evaluate()).mentions).toBe(100);
    expect((await ev.evaluate()).mentions).toBe(0);
    clock.advance(5 * MIN);
    await store.upsertMentions(batch(10));
    expect((await ev.evaluate()).mentions).toBe(10);
    expect(await sum('topic:infrastruktur')).toEqual({ total: 110, negative: 0, stories: 0 });
    expect(await sum('region:15.71')).toEqual({ total: 110, negative: 0, stories: 0 });
  });

  it('a rewritten mention moves its counts: a new sentiment, an issue id set by the map', async () => {
    const ms = Array.from({ length: 6 }, () => mention({ at: clock.now(), topics: ['banjir-lingkungan'] }));
    await store.upsertMentions(ms);
    await ev.evaluate();
    clock.advance(MIN);
    // Re-analysed: two turn negative.
    const again = ms.slice(0, 2).map((m) => ({ ...m, analysis: { ...m.analysis!, sentiment: { label: 'negative' as const, score: -0.9 } } }));
    await store.upsertMentions(again);
    expect((await ev.evaluate()).mentions).toBe(2);
    expect(await sum('topic:banjir-lingkungan')).toEqual({ total: 6, negative: 2, stories: 2 });
    // The map puts four of them into one issue.
    await store.setIssueIds(ms.slice(0, 4).map((m) => ({ mentionId: m.id, issueId: 'isu-banjir' })));
    expect((await ev.evaluate()).mentions).toBe(4);
    expect(await sum('issue:isu-banjir')).toEqual({ total: 4, negative: 2, stories: 2 });
    expect(await sum('topic:banjir-lingkungan')).toEqual({ total: 6, negative: 2, stories: 2 });
  });

  it('counts nothing of a fact-check source (its debunks repeat the hoax), nor of an owned one', async () => {
    const fc = new AlertEvaluator({ store, feed: storeFeed(store), alerts: alertsConfig(), timezone: 'Asia/Jakarta', watchlist: [], factcheckSources: ['cekfakta'], ownedSources: ['pemkot'], channels: [], clock, log: silentLogger });
    const debunk = mention({ at: clock.now(), source: 'cekfakta', sentiment: 'negative', topics: ['kesehatan'], hoax: { score: 0.9, flagged: true } });
    const own = mention({ at: clock.now(), source: 'pemkot', topics: ['kesehatan'] });
    const post = mention({ at: clock.now(), source: 'x', sentiment: 'negative', topics: ['kesehatan'] });
    await store.upsertMentions([debunk, own, post]);
    await fc.evaluate();
    expect(await sum('topic:kesehatan')).toEqual({ total: 1, negative: 1, stories: 1 });
  });

  it('the first evaluation of a filled store reads the look-back period only, then the change feed', async () => {
    // Mentions stored 40 days ago (outside every rule's reach) and yesterday.
    const old = Array.from({ length: 30 }, () => mention({ at: clock.now() - 40 * 24 * HOUR, topics: ['kesehatan'] }));
    const recent = Array.from({ length: 20 }, () => mention({ at: clock.now() - 24 * HOUR, topics: ['kesehatan'] }));
    await store.upsertMentions([...old, ...recent]);
    const r = await ev.evaluate();
    expect(r.mentions).toBe(20);
    expect(await sum('topic:kesehatan')).toEqual({ total: 20, negative: 0, stories: 0 });
    await store.upsertMentions([mention({ at: clock.now(), topics: ['kesehatan'] })]);
    expect((await ev.evaluate()).mentions).toBe(1);
  });

  it('an imported archive counts at its publication time (back-filled), a fresh mention at its store time', async () => {
    const now = clock.now();
    // Published three days ago, stored now: back-filled.
    const archived = mention({ at: now, publishedAt: now - 3 * 24 * HOUR, topics: ['pendidikan'] });
    // Published two hours ago (a feed's rounded date), stored now: counts now.
    const fresh = mention({ at: now, publishedAt: now - 2 * HOUR, topics: ['pendidikan'] });
    await store.upsertMentions([archived, fresh]);
    await ev.evaluate();
    const [c] = await store.getAlertContributions([archived.id]);
    expect(c!.slot).toBe(slotOf(now - 3 * 24 * HOUR));
    const [f] = await store.getAlertContributions([fresh.id]);
    expect(f!.slot).toBe(slotOf(now));
  });

  it('rows of an import file count at their publication time, even when dated after the import', async () => {
    const now = clock.now();
    const row = (publishedAt: number) => ({ ...mention({ at: now, publishedAt, topics: ['pendidikan'] }), meta: { importFile: '/tmp/days.jsonl', importLine: 1 } });
    const past = row(now - 2 * HOUR);
    const ahead = row(now + 2 * 24 * HOUR); // the machine's clock is behind the file's days
    await store.upsertMentions([past, ahead]);
    await ev.evaluate();
    const got = new Map((await store.getAlertContributions([past.id, ahead.id])).map((c) => [c.mentionId, c.slot]));
    expect(got.get(past.id)).toBe(slotOf(now - 2 * HOUR));
    expect(got.get(ahead.id)).toBe(slotOf(now + 2 * 24 * HOUR));
    // nothing fires now for them
    expect((await store.listAlerts()).length).toBe(0);
  });
});
