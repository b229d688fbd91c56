// Corrections on the Elasticsearch store beyond the shared contract: the mention document itself is
// rewritten (facets included, in its own monthly index), a correction made while the cluster is down
// is kept and its rewrite waits in the outbox, in order with the mention versions queued around it,
// and arrives exactly once; a bulk correction is one bulk request; a migration's copy keeps the
// corrections and the analyzers' values undo restores.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { Store } from '../../../src/core/types.js';
import { openElasticsearchStore, type ElasticsearchStore } from '../../../src/store/elasticsearch/index.js';
import { Checkpoint, migrate } from '../../../src/store/migrate.js';
import { SqliteStore } from '../../../src/store/sqlite/store.js';
import { mockedCluster, type MockedCluster } from '../../helpers/fake-es/mock.js';
import { analysis, mention } from '../../contract/make-mention.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-es-corr-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let open: Store[] = [];
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
});

function make(opts: { cluster?: MockedCluster; statePath?: string } = {}) {
  const cluster = opts.cluster ?? mockedCluster();
  const store = openElasticsearchStore({
    node: 'http://127.0.0.1:9200',
    Connection: cluster.Connection,
    statePath: opts.statePath ?? join(dir, `s${++n}.db`),
    log: silentLogger,
    backoff: { attempts: 1, random: () => 0.5, sleep: async () => {} },
  });
  open.push(store);
  return { store, cluster, fake: cluster.fake };
}

/** The cluster answers again; the breaker's pause is over. */
function up(store: ElasticsearchStore, cluster: MockedCluster): void {
  cluster.down = false;
  (store as unknown as { downUntil: number }).downUntil = 0;
}

const at = '2026-12-01T08:00:00.000Z';

describe('Elasticsearch store: corrections', () => {
  it('rewrite the document in its monthly index: the facet fields, the analysis, one new version', async () => {
    const { store, fake } = make();
    const m = mention({ publishedAt: '2026-11-30T20:00:00.000Z', analysis: analysis({ sentiment: { label: 'negative', score: -0.7 }, topics: ['banjir'], regions: [{ code: '15.71.01', name: 'Kota Baru', level: 'district' }] }) });
    await store.upsertMentions([m]);
    await store.addCorrections([
      { mentionId: m.id, correction: { field: 'sentiment', value: 'neutral' }, by: 'sari', at },
      { mentionId: m.id, correction: { field: 'topic', value: 'jalan' }, by: 'sari', at },
      { mentionId: m.id, correction: { field: 'place', value: [{ code: '15.71.03', name: 'Jambi Timur', level: 'district' }] }, by: 'sari', at },
      { mentionId: m.id, correction: { field: 'hoax', value: true }, by: 'sari', at },
    ]);
    const [doc, ...more] = fake.allDocs();
    expect(more).toEqual([]);
    expect(doc!.index).toBe('pantau-mentions-2026.11-000001');
    expect(doc!.source).toMatchObject({ sentiment: 'neutral', topic: ['jalan'], hoax_flagged: true, district: ['15.71.03'], place_name: ['Jambi Timur'] });
    expect(doc!.source.region).toContain('15.71.03');
    expect(doc!.source.region).not.toContain('15.71.01');
    expect((doc!.source.analysis as { sentiment: unknown }).sentiment).toEqual({ label: 'neutral', score: -0.7 });
    // Created once, rewritten once for the whole batch of four corrections.
    expect(fake.indices.get(doc!.index)!.docs.get(m.id)!.version).toBe(2);
    expect((await store.aggregate({ by: ['topic'] })).buckets.map((b) => b.key)).toEqual(['jalan']);
  });

  it('a bulk correction of a selection: one look-up and one bulk request, unknown ids reported', async () => {
    const { store, fake } = make();
    const ms = Array.from({ length: 40 }, (_, i) => mention({ id: `m${i}`, analysis: analysis({ sentiment: { label: 'negative', score: -0.5 } }) }));
    await store.upsertMentions(ms);
    const before = fake.bulkRequests;
    const r = await store.addCorrections([...ms.map((m) => ({ mentionId: m.id, correction: { field: 'sentiment' as const, value: 'positive' as const }, by: 'sari', at })), { mentionId: 'nope', correction: { field: 'hoax', value: true }, by: 'sari', at }]);
    expect(r.missing).toEqual(['nope']);
    expect(r.corrections).toHaveLength(40);
    expect(fake.bulkRequests - before).toBe(1);
    expect((await store.search({ sentiment: 'positive', limit: 0 })).total).toBe(40);
    expect(store.outbox.count('rewrite')).toBe(0);
  });

  it('made while the cluster is down: kept in the state file, the rewrite waits, then arrives exactly once', async () => {
    const { store, cluster, fake } = make();
    const a = mention({ id: 'a', analysis: analysis({ sentiment: { label: 'negative', score: -0.8 } }) });
    const b = mention({ id: 'b', analysis: analysis({ sentiment: { label: 'negative', score: -0.4 } }) });
    await store.upsertMentions([a, b]);
    cluster.down = true;
    const r = await store.addCorrections([
      { mentionId: 'a', correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at },
      { mentionId: 'b', correction: { field: 'hoax', value: true }, by: 'sari', at },
    ]);
    // Nothing refused, nothing missing: the document cannot be read now, the analyzers' value comes later.
    expect(r.missing).toEqual([]);
    expect(r.corrections.map((c) => [c.mentionId, c.machine])).toEqual([
      ['a', null],
      ['b', null],
    ]);
    expect(store.outbox.count('rewrite')).toBe(2);
    expect((await store.listCorrections({ active: true })).length).toBe(2);
    await expect(store.search({})).rejects.toThrow(/unavailable.*\(2 corrections wait in the local outbox\)/);
    // `pantau sources` and `run --once` say the waiting rewrites apart from the waiting mentions.
    await store.upsertMentions([mention({ id: 'c' })]);
    expect(await store.health()).toMatchObject({ reachable: false, waiting: 1, waitingCorrections: 2 });
    up(store, cluster);
    expect((await store.search({ sentiment: 'negative' })).items.map((m) => m.id)).toEqual(['b']);
    expect((await store.search({ hoaxFlagged: true })).items.map((m) => m.id)).toEqual(['b']);
    expect(store.outbox.count('rewrite')).toBe(0);
    expect(await store.health()).toMatchObject({ reachable: true, waiting: 0, waitingCorrections: 0 });
    // The analyzers' values, read from the documents before they were rewritten: undo restores them.
    expect((await store.listCorrections({})).map((c) => [c.mentionId, c.machine]).sort()).toEqual([
      ['a', 'negative'],
      ['b', false],
    ]);
    const versions = () => fake.allDocs().filter((d) => d.id !== 'c').map((d) => fake.indices.get(d.index)!.docs.get(d.id)!.version);
    expect(versions()).toEqual([2, 2]);
    await store.search({});
    await store.upsertMentions([a]); // the same analysis again: corrections applied, nothing changed
    expect(versions()).toEqual([2, 2]);
    const [ca] = await store.listCorrections({ mentionId: 'a' });
    await store.undoCorrection(ca!.id, 'budi', '2026-12-01T09:00:00.000Z');
    expect((await store.getMention('a'))?.analysis?.sentiment.label).toBe('negative');
  });

  it('keeps the order of what waits: an undo and a re-analysis while down end as they would have', async () => {
    const { store, cluster } = make();
    const m = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.8 }, topics: ['banjir'] }) });
    await store.upsertMentions([m]);
    const [c] = (await store.addCorrections([{ mentionId: m.id, correction: { field: 'sentiment', value: 'neutral' }, by: 'sari', at }])).corrections;
    expect(c!.machine).toBe('negative');
    cluster.down = true;
    // Undone, then a newer model's analysis: the new value stands (not the old machine value).
    await store.undoCorrection(c!.id, 'budi', '2026-12-01T09:00:00.000Z');
    await store.upsertMentions([{ ...m, analysis: analysis({ sentiment: { label: 'positive', score: 0.5 }, topics: ['banjir'] }) }]);
    // A topic correction while down over the queued version, then another re-analysis: the correction stays.
    await store.addCorrections([{ mentionId: m.id, correction: { field: 'topic', value: 'jalan' }, by: 'sari', at }]);
    await store.upsertMentions([{ ...m, analysis: analysis({ sentiment: { label: 'positive', score: 0.6 }, topics: ['kesehatan'] }) }]);
    up(store, cluster);
    const got = await store.getMention(m.id);
    expect(got?.analysis?.sentiment).toEqual({ label: 'positive', score: 0.6 });
    expect(got?.analysis?.topics).toEqual(['jalan']);
    expect((await store.search({ topic: 'jalan' })).total).toBe(1);
    const [topic] = await store.listCorrections({ active: true });
    expect(topic).toMatchObject({ field: 'topic', machine: ['kesehatan'] });
    await store.undoCorrection(topic!.id, 'budi', '2026-12-01T10:00:00.000Z');
    expect((await store.getMention(m.id))?.analysis?.topics).toEqual(['kesehatan']);
  });

  it('a migration to the cluster copies the corrected mention and keeps the analyzers’ value for undo', async () => {
    const path = join(dir, `shared${++n}.db`);
    const sqlite = new SqliteStore(path, { log: silentLogger });
    open.push(sqlite);
    const m = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.8 } }) });
    await sqlite.upsertMentions([m]);
    const [c] = (await sqlite.addCorrections([{ mentionId: m.id, correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at }])).corrections;
    // The state file of the cluster store is the SQLite file (as `pantau migrate` opens them).
    const { store } = make({ statePath: path });
    const r = await migrate(
      sqlite,
      {
        write: async (batch) => (await store.copyMentions(batch)).result,
        existingIds: (ids) => store.existingIds(ids),
        upsertDebunks: (d) => store.upsertDebunks(d),
      },
      new Checkpoint(sqlite.database, 'elasticsearch:test'),
    );
    expect(r.missing).toEqual([]);
    expect((await store.getMention(m.id))?.analysis?.sentiment.label).toBe('positive');
    expect((await store.listCorrections({ mentionId: m.id }))[0]?.machine).toBe('negative');
    await store.undoCorrection(c!.id, 'budi', '2026-12-01T09:00:00.000Z');
    expect((await store.getMention(m.id))?.analysis?.sentiment.label).toBe('negative');
  });

  it('a migration back to SQLite (the same file) is not taken for a re-analysis: undo still restores the analyzers’ value', async () => {
    const path = join(dir, `shared${++n}.db`);
    const { store } = make({ statePath: path });
    const m = mention({ analysis: analysis({ sentiment: { label: 'negative', score: -0.8 } }) });
    await store.upsertMentions([m]);
    const [c] = (await store.addCorrections([{ mentionId: m.id, correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at }])).corrections;
    const sqlite = new SqliteStore(path, { log: silentLogger });
    open.push(sqlite);
    const r = await migrate(
      store,
      { write: (batch) => sqlite.copyMentions(batch), existingIds: (ids) => sqlite.existingIds(ids), upsertDebunks: (d) => sqlite.upsertDebunks(d) },
      new Checkpoint(sqlite.database, 'sqlite:test'),
    );
    expect(r.missing).toEqual([]);
    expect((await sqlite.getMention(m.id))?.analysis?.sentiment.label).toBe('positive');
    expect((await sqlite.listCorrections({ mentionId: m.id }))[0]?.machine).toBe('negative');
    await sqlite.undoCorrection(c!.id, 'budi', '2026-12-01T09:00:00.000Z');
    expect((await sqlite.getMention(m.id))?.analysis?.sentiment.label).toBe('negative');
  });
});
