// The Elasticsearch store's own behaviour beyond the shared contract: where documents go (monthly
// indices, aliases, a changed date), retention, the bulk retry and its backoff, per-item results
// (a mapping error dropped with its reason, a concurrent create counted as a duplicate), and the
// local outbox (order, storedAt, dedupe while the cluster is down).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { silentLogger } from '../../../src/core/log.js';
import type { Logger } from '../../../src/core/types.js';
import { openElasticsearchStore, type ElasticsearchStore } from '../../../src/store/elasticsearch/index.js';
import { keepWords } from '../../../src/store/elasticsearch/keywords.js';
import { backoffMs } from '../../../src/store/elasticsearch/bulk.js';
import { mockedCluster, type MockedCluster } from '../../helpers/fake-es/mock.js';
import { analysis, mention } from '../../contract/make-mention.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-es-unit-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

let open: ElasticsearchStore[] = [];
afterEach(async () => {
  for (const s of open) await s.close();
  open = [];
});

function make(opts: { cluster?: MockedCluster; retention?: string; attempts?: number; sleeps?: number[]; log?: Logger; now?: () => number } = {}) {
  const cluster = opts.cluster ?? mockedCluster();
  const store = openElasticsearchStore({
    node: 'http://127.0.0.1:9200',
    Connection: cluster.Connection,
    statePath: join(dir, `s${++n}.db`),
    retention: opts.retention,
    log: opts.log ?? silentLogger,
    now: opts.now,
    backoff: { attempts: opts.attempts ?? 1, random: () => 0.5, sleep: async (ms) => void opts.sleeps?.push(ms) },
  });
  open.push(store);
  return { store, cluster, fake: cluster.fake };
}

describe('Elasticsearch store: indices', () => {
  it('monthly indices behind a month write alias and the read alias, made from a strict template', async () => {
    const { store, fake } = make();
    const may = mention({ publishedAt: '2024-05-31T20:00:00.000Z' });
    const june = mention({ publishedAt: '2024-06-01T03:00:00+07:00' }); // 2024-05-31T20:00Z: still May in UTC
    const july = mention({ fetchedAt: '2024-07-02T00:00:00.000Z' });
    expect((await store.upsertMentions([may, june, july])).written).toBe(3);
    expect([...fake.indices.keys()].sort()).toEqual(['pantau-mentions-2024.05-000001', 'pantau-mentions-2024.07-000001']);
    expect(fake.aliases.get('pantau-mentions-2024.05')?.get('pantau-mentions-2024.05-000001')).toEqual({ is_write_index: true });
    expect([...(fake.aliases.get('pantau-mentions')?.keys() ?? [])].sort()).toEqual(['pantau-mentions-2024.05-000001', 'pantau-mentions-2024.07-000001']);
    const t = fake.templates.get('pantau-mentions')!;
    expect(t.patterns).toEqual(['pantau-mentions-*']);
    expect(t.mappings.dynamic).toBe('strict');
    const props = t.mappings.properties as Record<string, { type: string }>;
    for (const f of ['source', 'kind', 'sentiment', 'language', 'cluster', 'issue', 'topic', 'region', 'entity', 'term']) expect(props[f]!.type, f).toBe('keyword');
    const analysisSettings = (t.settings.analysis as { analyzer: Record<string, { filter: string[] }> }).analyzer;
    expect(analysisSettings.pantau_id!.filter).toEqual(['lowercase', 'asciifolding', 'pantau_id_stop', 'pantau_id_keep', 'pantau_id_stemmer']);
    expect(keepWords()).toEqual(expect.arrayContaining(['kerinci', 'telanaipura', 'pemerintah', 'kecamatan']));
  });

  it('a mention whose date changes stays in the index it is in: one document per id', async () => {
    const { store, fake } = make();
    const m = mention({ publishedAt: '2024-05-10T00:00:00.000Z' });
    await store.upsertMentions([m]);
    expect((await store.upsertMentions([{ ...m, publishedAt: '2024-08-01T00:00:00.000Z' }])).updated).toBe(1);
    expect(fake.allDocs().map((d) => [d.index, d.id])).toEqual([['pantau-mentions-2024.05-000001', m.id]]);
    expect((await store.getMention(m.id))?.publishedAt).toBe('2024-08-01T00:00:00.000Z');
  });

  it('retention: an ILM delete policy, aged from the end of each month; none where the cluster has no ILM', async () => {
    const logged: string[] = [];
    const log = { ...silentLogger, warn: (_o: unknown, msg?: string) => void logged.push(String(msg)), child: () => log } as Logger;
    const { store, fake } = make({ retention: '24mo', log });
    await store.upsertMentions([mention({ publishedAt: '2019-02-10T00:00:00.000Z' })]);
    expect(fake.policies.get('pantau-mentions-retention')).toEqual({ policy: { _meta: { managed_by: 'pantau' }, phases: { delete: { min_age: '744d', actions: { delete: {} } } } } });
    const ix = fake.indices.get('pantau-mentions-2019.02-000001')!;
    expect(ix.settings['index.lifecycle.name']).toBe('pantau-mentions-retention');
    expect(ix.settings['index.lifecycle.origination_date']).toBe(Date.UTC(2019, 2, 1));

    const serverless = mockedCluster();
    serverless.fake.noIlm = true;
    const s2 = make({ cluster: serverless, retention: '400d', log }).store;
    expect((await s2.upsertMentions([mention()])).written).toBe(1);
    expect(logged).toContain('Elasticsearch has no index lifecycle management: storage.retention is not enforced');
    expect(serverless.fake.templates.get('pantau-mentions')!.settings['index.lifecycle.name']).toBeUndefined();
  });
});

describe('Elasticsearch store: bulk results', () => {
  it('items refused with 429 are retried after a growing, jittered wait, then stored', async () => {
    const sleeps: number[] = [];
    const { store, fake } = make({ attempts: 4, sleeps });
    fake.rejectNextItems = 5; // the batch of 3 is refused twice (3 + 2 items)
    const batch = [mention(), mention(), mention()];
    expect(await store.upsertMentions(batch)).toEqual({ written: 3, updated: 0, duplicates: 0, dropped: [] });
    expect(sleeps).toEqual([125, 250]); // random 0.5 × 250·2^k
    expect(fake.allDocs()).toHaveLength(3);
    expect(store.outbox.count('mention')).toBe(0);
    expect(backoffMs(10, { baseMs: 250, capMs: 8000, random: () => 1 })).toBe(8000);
  });

  it('items still refused after the last try wait in the outbox (counted as stored), never dropped', async () => {
    const { store, fake } = make({ attempts: 2, sleeps: [] });
    fake.rejectItems = true;
    const r = await store.upsertMentions([mention(), mention()]);
    expect(r).toEqual({ written: 2, updated: 0, duplicates: 0, dropped: [] });
    expect(fake.allDocs()).toEqual([]);
    expect(store.outbox.count('mention')).toBe(2);
    expect(await store.health()).toMatchObject({ backend: 'elasticsearch', reachable: true, waiting: 2 });
  });

  it('a mapping error drops that item with its reason; a create that lost a race is a duplicate', async () => {
    const { store, fake } = make();
    const bad = mention();
    const good = mention();
    fake.poison.add(bad.id);
    const r = await store.upsertMentions([bad, good]);
    expect(r.written).toBe(1);
    expect(r.dropped).toEqual([{ id: bad.id, reason: expect.stringMatching(/^Elasticsearch refused it: document_parsing_exception: .*failed to parse/) }]);
    // Another writer stored `raced` a moment ago; it is not searchable yet, so our create meets a 409.
    const raced = mention();
    await store.upsertMentions([raced]);
    fake.hidden.add(raced.id);
    expect(await store.upsertMentions([{ ...raced }])).toEqual({ written: 0, updated: 0, duplicates: 1, dropped: [] });
    expect(fake.allDocs().filter((d) => d.id === raced.id)).toHaveLength(1);
  });
});

describe('Elasticsearch store: the outbox', () => {
  it('while the cluster is down: writes wait in order with their first storedAt, dedupe sees them; then each arrives once', async () => {
    let clock = Date.parse('2024-05-10T00:00:00.000Z');
    const { store, cluster, fake } = make({ now: () => clock });
    const m = mention({ title: 'Versi satu', analysis: analysis({ topics: ['banjir'] }) });
    cluster.down = true;
    expect((await store.upsertMentions([m])).written).toBe(1);
    clock += 60_000;
    expect((await store.upsertMentions([{ ...m, title: 'Versi dua' }, mention({ id: 'other' })])).written).toBe(2);
    expect(await store.existingIds([m.id, 'other', 'nope'])).toEqual(new Set([m.id, 'other']));
    expect((await store.getMention(m.id))?.title).toBe('Versi dua');
    await expect(store.search({})).rejects.toThrow(/unavailable.*3 mentions wait in the local outbox/);
    expect(await store.health()).toMatchObject({ reachable: false, waiting: 3 });
    cluster.down = false;
    // The breaker leaves a failed cluster alone for a while; the first call after that flushes.
    (store as unknown as { downUntil: number }).downUntil = 0;
    expect((await store.search({})).total).toBe(2);
    expect(store.outbox.count('mention')).toBe(0);
    const docs = fake.allDocs();
    expect(docs.map((d) => d.id).sort()).toEqual([m.id, 'other'].sort());
    const back = (await store.getMention(m.id))!;
    expect(back.title).toBe('Versi dua');
    expect(back.storedAt).toBe('2024-05-10T00:00:00.000Z');
    expect(back.analysis?.topics).toEqual(['banjir']);
  });

  it('debunks: written to the cluster and kept locally; listed from the local copy while it is down', async () => {
    const { store, cluster } = make();
    const d = { id: 'd1', url: 'https://cek.example/1', title: '[SALAH] Video banjir', text: 'Video lama.' };
    expect((await store.upsertDebunks([d])).written).toBe(1);
    cluster.down = true;
    (store as unknown as { downUntil: number }).downUntil = 0;
    expect(await store.listDebunks()).toEqual([d]);
  });
});
