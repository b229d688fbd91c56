// `pantau migrate --to elasticsearch` and back (issue 21): every mention with its analysis, issue id
// and first-stored time, and the debunks; an interruption resumes after the last batch written; the
// final check counts every id in the target.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { startFakeServer, type FakeServer } from '../helpers/fake-es/server.js';
import { pantauEn as pantau } from './helpers.js';

let dir: string;
let es: FakeServer;
const N = 12;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-migrate-'));
  es = await startFakeServer({ version: '8.19.0' });
});
afterAll(async () => {
  await es?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('pantau migrate', () => {
  it('copies to Elasticsearch, resumes after an interruption, checks the count, and copies back', async () => {
    const db = join(dir, 'pantau.db');
    const cfg = join(dir, 'pantau.yaml');
    writeFileSync(cfg, `storage: { driver: sqlite, path: ${db}, node: "${es.url}", replicas: 0 }\n`);
    const rows = Array.from({ length: N }, (_, i) =>
      JSON.stringify({
        url: `https://jambiekspres.example/berita/${i}`,
        title: `Banjir merendam kelurahan ${i} di Telanaipura`,
        text: `Warga kelurahan ${i} mengeluhkan banjir setinggi lutut. Pemerintah Kota Jambi menyiapkan pompa.`,
        publishedAt: `2024-0${1 + (i % 3)}-1${i % 10}T08:00:00+07:00`,
        source: 'jambi-ekspres',
      }),
    );
    writeFileSync(join(dir, 'day.jsonl'), rows.join('\n') + '\n');
    const imp = await pantau(['import', join(dir, 'day.jsonl'), '--config', cfg]);
    expect(imp.code, imp.stderr).toBe(0);
    let before: Awaited<ReturnType<SqliteStore['scan']>>['items'];
    {
      const s = new SqliteStore(db);
      const all = (await s.scan({}, { limit: 100 })).items;
      expect(all).toHaveLength(N);
      await s.setIssueIds([{ mentionId: all[0]!.id, issueId: 'isu-banjir' }]);
      await s.upsertDebunks([{ id: 'd1', url: 'https://cek.example/1', title: '[SALAH] Banjir', text: 'Foto lama.' }]);
      before = (await s.scan({}, { limit: 100 })).items;
      await s.close();
    }

    es.fake.failBulkAfter = 2; // the cluster goes away after two batches of 4
    const cut = await pantau(['migrate', '--to', 'elasticsearch', '--batch', '4', '--config', cfg]);
    expect(cut.code).toBe(1);
    expect(cut.stderr).toMatch(/not stored in the target: .*run pantau migrate again to resume/);
    expect(es.fake.allDocs('pantau-mentions-*')).toHaveLength(8);

    es.fake.failBulkAfter = undefined;
    const requests = es.fake.bulkRequests;
    const resumed = await pantau(['migrate', '--to', 'elasticsearch', '--batch', '4', '--config', cfg]);
    expect(resumed.code, resumed.stderr).toBe(0);
    expect(resumed.stdout).toContain('resumed; copied 12 mentions');
    expect(resumed.stdout).toContain(`check: ${N} of ${N} mentions are in Elasticsearch`);
    expect(es.fake.bulkRequests - requests).toBeLessThanOrEqual(2); // one batch of mentions (+ debunks), not three
    const docs = es.fake.allDocs('pantau-mentions-*');
    expect(docs).toHaveLength(N);
    expect(new Set(docs.map((d) => d.index))).toEqual(new Set(['pantau-mentions-2024.01-000001', 'pantau-mentions-2024.02-000001', 'pantau-mentions-2024.03-000001']));
    const first = docs.find((d) => d.id === before[0]!.id)!.source;
    expect(first.issue).toBe('isu-banjir');
    expect(first.stored_at).toBe(Date.parse(before[0]!.storedAt!));
    expect(first.analysis).toEqual(before[0]!.analysis);
    expect(es.fake.allDocs('pantau-debunks')).toHaveLength(1);

    // And back, into a fresh SQLite file: the same mentions, field for field.
    const back = join(dir, 'back.db');
    const esCfg = join(dir, 'es.yaml');
    writeFileSync(esCfg, `storage: { driver: elasticsearch, path: ${join(dir, 'state.db')}, node: "${es.url}", replicas: 0 }\n`);
    const home = await pantau(['migrate', '--to', 'sqlite', '--path', back, '--config', esCfg]);
    expect(home.code, home.stderr).toBe(0);
    expect(home.stdout).toContain(`check: ${N} of ${N} mentions are in ${back}`);
    const s = new SqliteStore(back);
    try {
      expect((await s.scan({}, { limit: 100 })).items).toEqual(before);
      expect(await s.listDebunks()).toHaveLength(1);
    } finally {
      await s.close();
    }
    const again = await pantau(['migrate', '--to', 'sqlite', '--path', back, '--config', esCfg]);
    expect(again.stdout).toContain(`check: ${N} of ${N}`);
  }, 180_000);
});
