// The other three rules through the evaluator on a simulated clock: a spreading hoax (N distinct
// outlets or accounts), a watched name or phrase (any negative mention), a share shift.
import { describe, expect, it } from 'vitest';
import { AlertEvaluator, type FiredEvent } from '../../../src/alerts/evaluate.js';
import { MemoryAlertStore } from '../../../src/alerts/memory-store.js';
import { silentLogger } from '../../../src/core/log.js';
import { ManualClock } from '../../helpers/manual-clock.js';
import { alertsConfig, HOUR, ListFeed, mention, MIN, type MentionSpec } from '../../helpers/alert-fixtures.js';

function setup(rules: unknown[], watchlist: string[] = []) {
  const clock = new ManualClock(Date.parse('2026-11-01T00:00:00Z'));
  const store = new MemoryAlertStore();
  const feed = new ListFeed();
  const ev = new AlertEvaluator({ store, feed, alerts: alertsConfig({ rules }), timezone: 'Asia/Jakarta', watchlist, channels: [{ id: 'tg' }], clock, log: silentLogger });
  const fired: FiredEvent[] = [];
  const store5 = async (specs: Omit<MentionSpec, 'at'>[]) => {
    clock.advance(5 * MIN);
    feed.push(...specs.map((s) => mention({ at: clock.now(), ...s })));
    fired.push(...(await ev.evaluate()).events);
  };
  return { clock, store, feed, ev, fired, store5 };
}

describe('spreading hoax', () => {
  it('alerts when a flagged claim reaches three distinct accounts, not before, and names the debunk', async () => {
    const t = setup([{ id: 'hoaks', kind: 'hoax' }]);
    const claim = (author: string) => ({
      kind: 'social' as const,
      source: 'facebook',
      author,
      title: 'SEBARKAN! Bansos Rp 2 juta cair lewat link ini',
      sentiment: 'negative' as const,
      hoax: { score: 0.9, flagged: true, debunk: 'https://turnbackhoax.example/bansos-link' },
    });
    await t.store5([claim('ani'), claim('ani')]); // the same account twice is one carrier
    await t.store5([claim('budi')]);
    expect(t.fired).toEqual([]);
    await t.store5([claim('citra')]);
    expect(t.fired.map((e) => [e.event, e.alert.kind, e.alert.key])).toEqual([['alert', 'hoax-spread', 'hoax:debunk:https://turnbackhoax.example/bansos-link']]);
    const [msg] = await t.store.listOutbox();
    expect(msg!.message.title).toMatch(/^Hoaks menyebar: /);
    expect(msg!.message.lines).toContain('Bantahan: [SALAH] https://turnbackhoax.example/bansos-link https://turnbackhoax.example/bansos-link');
    expect(msg!.message.samples.map((s) => s.source)).toEqual(['facebook @citra', 'facebook @budi', 'facebook @ani']);
  });

  it('a flag without a named reason or a debunk is no claim to follow', async () => {
    const t = setup([{ id: 'hoaks', kind: 'hoax' }]);
    for (const a of ['a', 'b', 'c', 'd']) await t.store5([{ kind: 'social', source: 'x', author: a, hoax: { score: 0.7, flagged: true } }]);
    expect(t.fired).toEqual([]);
  });
});

describe('watch', () => {
  it('any negative mention of a watched name or phrase, and nothing for a positive one', async () => {
    const t = setup([{ id: 'pantau', kind: 'watch', phrases: ['Kartu Jambi Sehat'] }], ['Maulana']);
    const mayor = [{ text: 'Wali Kota Maulana', type: 'person' as const, canonical: 'Maulana', watched: true }];
    await t.store5([{ entities: mayor, sentiment: 'positive' }]);
    expect(t.fired).toEqual([]);
    await t.store5([{ entities: mayor, sentiment: 'negative', title: 'Warga Kecewa pada Wali Kota Maulana' }]);
    await t.store5([{ sentiment: 'negative', title: 'Kartu Jambi Sehat ditolak rumah sakit', text: 'Pasien pemegang kartu jambi sehat ditolak.' }]);
    expect(t.fired.map((e) => [e.alert.kind, e.alert.key, e.alert.label])).toEqual([
      ['watch', 'watch:maulana', 'Maulana'],
      ['watch', 'watch:kartu jambi sehat', 'Kartu Jambi Sehat'],
    ]);
    const [first] = await t.store.listOutbox();
    expect(first!.message.title).toBe('Berita negatif tentang Maulana');
    // One more: an update only when it doubles (1 → 2)
    await t.store5([{ entities: mayor, sentiment: 'negative' }]);
    expect(t.fired.at(-1)!.event).toBe('update');
    // Quiet for six hours: reda.
    for (let i = 0; i < 80; i++) await t.store5([]);
    expect(t.fired.filter((e) => e.event === 'resolved').map((e) => e.alert.key).sort()).toEqual(['watch:kartu jambi sehat', 'watch:maulana']);
  });
});

describe('share shift', () => {
  it('the negative share of a topic rising 30 points over its own week', async () => {
    const t = setup([{ id: 'porsi', kind: 'share', by: ['topic'] }]);
    // A week: 4 mentions an hour, one in four negative.
    for (let h = 0; h < 7 * 24; h++) {
      for (let k = 0; k < 12; k++) await t.store5(k % 3 === 0 ? [{ topics: ['pelayanan-publik'], sentiment: k === 0 && h % 1 === 0 ? 'negative' : 'neutral' }] : []);
    }
    expect(t.fired).toEqual([]);
    // Three hours at 4 an hour, three of four negative.
    for (let k = 0; k < 36; k++) await t.store5(k % 3 === 0 ? [{ topics: ['pelayanan-publik'], sentiment: k % 12 === 9 ? 'neutral' : 'negative' }] : []);
    expect(t.fired.map((e) => [e.event, e.alert.kind, e.alert.key])).toEqual([['alert', 'share-shift', 'topic:pelayanan-publik']]);
    expect(t.fired[0]!.alert.numbers.baseline).toBeCloseTo(0.25, 1);
  }, 60_000);
});
describe('negative spike of short posts that name no topic, place or person', () => {
  const post = (author: string, text: string) => ({ kind: 'social' as const, source: 'x', author, title: '', text, sentiment: 'negative' as const });
  const posts = [
    'sampah numpuk di pasar bawah udah kayak gunung, bau bgt',
    'ya ampun pasar bawah jadi lautan sampah',
    'lalat dmn2, sampah pasar ga diangkut seminggu',
    'belanja di pasar bawah bau sampah parah',
    'woi dlh sampah pasar bawah kapan diangkut',
    'jijik bgt sampah pasar numpuk sampe jalan',
    'sampah di pasar bawah meluber ke lapak',
  ];

  it('counts them under their words: one alert for the matter, reported once', async () => {
    const t = setup([{ id: 'lonjakan', kind: 'spike' }]);
    // Three ordinary days: one gripe about anything every two hours.
    const gripes = ['jalan berlubang lagi di depan rumah', 'air pdam mati lagi capek', 'macet parah di simpang', 'lampu jalan mati gelap'];
    for (let k = 0; k < 3 * 24 * 12; k++) await t.store5(k % 24 === 0 ? [post(`w${k % 5}`, gripes[(k / 24) % gripes.length]!)] : []);
    expect(t.fired).toEqual([]);
    for (let i = 0; i < posts.length; i++) await t.store5([post(`u${i}`, posts[i]!)]);
    const alerts = t.fired.filter((e) => e.event === 'alert');
    expect(alerts).toHaveLength(1);
    expect(alerts[0]!.alert.kind).toBe('negative-spike');
    expect(alerts[0]!.alert.key).toMatch(/^term:(sampah|pasar|bawah)$/);
  }, 60_000);

  it('not when the rule does not count terms', async () => {
    const t = setup([{ id: 'lonjakan', kind: 'spike', by: ['issue', 'topic', 'region', 'entity'] }]);
    for (let k = 0; k < 3 * 24 * 12; k++) await t.store5([]);
    for (let i = 0; i < posts.length; i++) await t.store5([post(`u${i}`, posts[i]!)]);
    expect(t.fired).toEqual([]);
  }, 60_000);
});
void HOUR;
