// Issue 21, "nothing lost when Elasticsearch is down", as the operator meets it: `pantau run --once`
// against a cluster that refuses every write (and one that is not there at all) keeps every mention
// in the local outbox and says how many wait; when the cluster is back, the next run delivers each of
// them exactly once; and the crawl state (the feed's validator) never covers a mention that is
// neither in the cluster nor in the outbox.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { openElasticsearchStore } from '../../src/store/elasticsearch/index.js';
import { startFakeServer, type FakeServer } from '../helpers/fake-es/server.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { articleHtml, pantauEn as pantau, rssFeed } from './helpers.js';

let web: FixtureServer;
let dir: string;
const para = 'Pemerintah Kota Jambi memperbaiki saluran drainase di beberapa kelurahan agar banjir tidak terulang saat musim hujan tiba.';
const N = 5;
let feedHits = 0;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-es-outbox-'));
  web = await startFixtureServer();
  const items = Array.from({ length: N }, (_, i) => ({ title: `Berita ${i}`, link: web.url(`/a${i}.html`) }));
  const feed = { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: rssFeed(items) };
  web.route('/feed.xml', (req) => {
    feedHits++;
    return req.headers['if-none-match'] === '"v1"' ? { status: 304, headers: { etag: '"v1"' } } : feed;
  });
  for (let i = 0; i < N; i++) {
    web.route(`/a${i}.html`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articleHtml(`Drainase kelurahan ${i} diperbaiki`, [para, `${para} ${i}`]) });
  }
});
afterAll(async () => {
  await web?.close();
  rmSync(dir, { recursive: true, force: true });
});

function config(name: string, es: FakeServer): { file: string; state: string } {
  const file = join(dir, `${name}.yaml`);
  const state = join(dir, `${name}.db`);
  writeFileSync(
    file,
    `storage: { driver: elasticsearch, node: "${es.url}", path: ${state}, replicas: 0 }\n` +
      `crawl: { perHostIntervalMs: 0, retries: 0, timeoutMs: 3000 }\n` +
      `sources:\n  - { id: berita, kind: rss, url: "${web.url('/feed.xml')}" }\n`,
  );
  return { file, state };
}

/** What the state file says: mentions waiting, and whether the feed's validator was saved. */
function stateOf(path: string): { waiting: string[]; validator: boolean } {
  const db = new Database(path, { readonly: true });
  try {
    const waiting = (db.prepare("SELECT id FROM es_outbox WHERE kind = 'mention' ORDER BY seq").pluck().all() as string[]).sort();
    const validator = db.prepare("SELECT 1 FROM fetch_state WHERE url = ? AND etag = '\"v1\"'").get(web.url('/feed.xml')) !== undefined;
    return { waiting, validator };
  } finally {
    db.close();
  }
}

const stored = (es: FakeServer) => es.fake.allDocs('pantau-mentions-*').map((d) => d.id).sort();

describe('Elasticsearch outbox (issue 21)', () => {
  it('a cluster that refuses every write: nothing lost, the waiting count reported, each mention delivered once when it is back', async () => {
    const es = await startFakeServer({ version: '8.19.0' });
    try {
      es.fake.failBulk = 503;
      const { file, state } = config('refusing', es);
      const first = await pantau(['run', '--once', '--config', file]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain(`ok   berita: indexed ${N}`);
      expect(first.stdout).toContain(`Elasticsearch: ${N} mentions wait in the local outbox and are sent when the cluster is back`);
      const after1 = stateOf(state);
      expect(stored(es)).toEqual([]);
      expect(after1.waiting).toHaveLength(N);
      // The validator covers the feed's items: it may be saved only because every one of them is kept.
      expect(after1.validator).toBe(true);

      const sources = await pantau(['sources', '--config', file]);
      expect(sources.stdout).toContain(`${N} mentions wait in the local outbox`);

      // A correction made meanwhile (the dashboard, on this state file): its rewrite waits too, said apart.
      const store = openElasticsearchStore({ node: es.url, statePath: state, log: silentLogger, replicas: 0, backoff: { attempts: 1, random: () => 0.5, sleep: async () => {} } });
      try {
        const r = await store.addCorrections([{ mentionId: after1.waiting[0]!, correction: { field: 'hoax', value: true }, by: 'sari', at: '2026-12-01T08:00:00.000Z' }]);
        expect(r.corrections).toHaveLength(1);
      } finally {
        await store.close();
      }
      const withCorrection = await pantau(['sources', '--config', file]);
      expect(withCorrection.stdout).toContain(`Elasticsearch: ${N} mentions, 1 correction wait in the local outbox and are sent when the cluster is back`);
      const json = JSON.parse((await pantau(['sources', '--json', '--config', file])).stdout) as { storage: { waiting: number; waitingCorrections: number } };
      expect(json.storage).toMatchObject({ waiting: N, waitingCorrections: 1 });

      es.fake.failBulk = undefined;
      const hitsBefore = feedHits;
      const second = await pantau(['run', '--once', '--config', file]);
      expect(second.code, second.stderr).toBe(0);
      expect(feedHits).toBe(hitsBefore + 1);
      expect(second.stdout).toContain('ok   berita: indexed 0');
      expect(second.stdout).not.toContain('wait in the local outbox');
      // Every mention arrived, exactly once (one document per id, in one monthly index).
      const docs = es.fake.allDocs('pantau-mentions-*');
      expect(docs.map((d) => d.id).sort()).toEqual(after1.waiting);
      expect(new Set(docs.map((d) => d.index)).size).toBe(1);
      expect(stateOf(state).waiting).toEqual([]);
      expect(docs.find((d) => d.id === after1.waiting[0])!.source.hoax_flagged).toBe(true);
      // A third run changes nothing.
      const third = await pantau(['run', '--once', '--config', file]);
      expect(third.stdout).toContain('ok   berita: indexed 0');
      expect(es.fake.allDocs('pantau-mentions-*')).toHaveLength(N);
    } finally {
      await es.close();
    }
  }, 120_000);

  it('a cluster that is not there: the run keeps everything, sources says it is unreachable', async () => {
    const es = await startFakeServer({ version: '9.1.0' });
    try {
      const { file, state } = config('down', es);
      await es.down();
      const first = await pantau(['run', '--once', '--config', file]);
      expect(first.code, first.stderr).toBe(0);
      expect(first.stdout).toContain(`ok   berita: indexed ${N}`);
      expect(first.stdout).toMatch(new RegExp(`Elasticsearch unreachable \\(.*\\): ${N} mentions wait in the local outbox`));
      expect(stateOf(state).waiting).toHaveLength(N);
      const sources = await pantau(['sources', '--config', file]);
      expect(sources.stdout).toMatch(/^Elasticsearch unreachable \(.*ECONNREFUSED.*\): 5 mentions wait/m);

      await es.up();
      const back = await pantau(['sources', '--config', file]);
      expect(back.stdout).not.toContain('unreachable');
      expect(stored(es)).toHaveLength(N);
      expect(stateOf(state).waiting).toEqual([]);
    } finally {
      await es.close();
    }
  }, 120_000);
});
