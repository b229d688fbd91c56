// `pantau migrate --to elasticsearch` and back (issue 21): every mention with its analysis, issue id
// and first-stored time, and the debunks; an interruption resumes after the last batch written; the
// final check counts every id in the target. Into another SQLite file the corrections ledger and the
// issue merges/splits go along (ids, who/when, undone state), once however often it runs, so undo
// works on the new file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { mergeIssues, undoIssueCorrection } from '../../src/maps/correct-issues.js';
import { SqliteStore } from '../../src/store/sqlite/store.js';
import { analysis, mention } from '../contract/make-mention.js';
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

  it('into another SQLite file: the corrections ledger and the issue merges go along, undo works there, a second run adds nothing', async () => {
    const db = join(dir, 'ledger.db');
    const cfg = join(dir, 'ledger.yaml');
    writeFileSync(cfg, `storage: { driver: elasticsearch, path: ${db}, node: "${es.url}", replicas: 0, indexPrefix: ledger }\n`);
    const a = mention({ id: 'led-a', publishedAt: '2026-11-30T08:00:00.000Z', analysis: analysis({ sentiment: { label: 'negative', score: -0.8 } }) });
    const b = mention({ id: 'led-b', publishedAt: '2026-11-30T09:00:00.000Z', analysis: analysis({ sentiment: { label: 'negative', score: -0.4 } }) });
    const c = mention({ id: 'led-c', publishedAt: '2026-11-30T10:00:00.000Z', analysis: analysis() });
    let ledger: Awaited<ReturnType<SqliteStore['listCorrections']>>;
    let merges: Awaited<ReturnType<SqliteStore['listIssueCorrections']>>;
    {
      // The source: a SQLite file with a correction (and an undone one) and a merge, copied to the cluster first.
      const s = new SqliteStore(db, { log: silentLogger });
      await s.upsertMentions([a, b, c]);
      await s.setIssueIds([
        { mentionId: a.id, issueId: 'isu-banjir' },
        { mentionId: b.id, issueId: 'isu-genangan' },
        { mentionId: c.id, issueId: 'isu-banjir' },
      ]);
      await s.addCorrections([{ mentionId: a.id, correction: { field: 'sentiment', value: 'positive' }, by: 'sari', at: '2026-12-01T08:00:00.000Z' }]);
      const [gone] = (await s.addCorrections([{ mentionId: b.id, correction: { field: 'hoax', value: true }, by: 'sari', at: '2026-12-01T08:05:00.000Z' }])).corrections;
      await s.undoCorrection(gone!.id, 'budi', '2026-12-01T08:10:00.000Z');
      await mergeIssues(s, { into: 'isu-banjir', from: 'isu-genangan', by: 'sari', at: '2026-12-01T08:20:00.000Z' });
      ledger = await s.listCorrections({});
      merges = await s.listIssueCorrections({});
      await s.close();
    }
    const sqlCfg = join(dir, 'ledger-sqlite.yaml');
    writeFileSync(sqlCfg, `storage: { driver: sqlite, path: ${db}, node: "${es.url}", replicas: 0, indexPrefix: ledger }\n`);
    const up = await pantau(['migrate', '--to', 'elasticsearch', '--config', sqlCfg]);
    expect(up.code, up.stderr).toBe(0);

    const other = join(dir, 'other.db');
    const home = await pantau(['migrate', '--to', 'sqlite', '--path', other, '--config', cfg]);
    expect(home.code, home.stderr).toBe(0);
    expect(home.stdout).toContain('2 corrections and 1 issue merges/splits');
    expect(home.stdout).toContain(`check: 2 of 2 corrections and 1 of 1 issue merges/splits are in ${other}`);
    const again = await pantau(['migrate', '--to', 'sqlite', '--path', other, '--config', cfg, '--restart']);
    expect(again.code, again.stderr).toBe(0);
    expect(again.stdout).toContain('0 corrections and 0 issue merges/splits');
    expect(again.stdout).toContain('check: 2 of 2 corrections and 1 of 1 issue merges/splits');

    const t = new SqliteStore(other, { log: silentLogger });
    try {
      // The same ledger, ids, machine values, who/when and undone state included, each once.
      expect(await t.listCorrections({})).toEqual(ledger);
      expect(await t.listIssueCorrections({})).toEqual(merges);
      expect((await t.getMention(a.id))?.analysis?.sentiment.label).toBe('positive');
      expect((await t.getMention(b.id))?.issueId).toBe('isu-banjir');
      // Undo on the new file: the analyzers' value, and the merged issue's mentions, come back.
      const active = ledger.find((x) => !x.undoneAt)!;
      await t.undoCorrection(active.id, 'budi', '2026-12-01T09:00:00.000Z');
      expect((await t.getMention(a.id))?.analysis?.sentiment.label).toBe('negative');
      await undoIssueCorrection(t, merges[0]!.id, 'budi', '2026-12-01T09:05:00.000Z');
      expect((await t.getMention(b.id))?.issueId).toBe('isu-genangan');
      expect((await t.getMention(c.id))?.issueId).toBe('isu-banjir');
    } finally {
      await t.close();
    }
  }, 180_000);
});
