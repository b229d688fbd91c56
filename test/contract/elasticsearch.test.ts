// The Store contract on the Elasticsearch store (mentions in the cluster, state in a local SQLite
// file): always against the fake cluster behind @elastic/elasticsearch-mock, answering as
// Elasticsearch 8 and as 9; and against a real cluster when ELASTICSEARCH_URL is set.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, it } from 'vitest';
import { silentLogger } from '../../src/core/log.js';
import { openElasticsearchStore } from '../../src/store/elasticsearch/index.js';
import { mockedCluster } from '../helpers/fake-es/mock.js';
import { storeContract } from './store.contract.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-es-contract-'));
let n = 0;
afterAll(() => rmSync(dir, { recursive: true, force: true }));

for (const version of ['8.19.0', '9.1.0']) {
  storeContract(`elasticsearch (mock, ${version})`, async (ctx) => {
    const cluster = mockedCluster({ version });
    return openElasticsearchStore({
      node: 'http://127.0.0.1:9200',
      Connection: cluster.Connection,
      statePath: join(dir, `mock${++n}.db`),
      timezone: ctx?.timezone,
      ownedSources: ctx?.ownedSources,
      now: ctx?.now,
      log: silentLogger,
      backoff: { attempts: 1 },
    });
  });
}

const live = process.env.ELASTICSEARCH_URL;
if (live) {
  // Each store gets its own index prefix, so the live run never touches an office's indices.
  const run = `pantau-test-${process.pid}`;
  storeContract(`elasticsearch (live ${live})`, async (ctx) =>
    openElasticsearchStore({
      node: live,
      statePath: join(dir, `live${++n}.db`),
      indexPrefix: `${run}-${n}`,
      replicas: 0,
      timezone: ctx?.timezone,
      ownedSources: ctx?.ownedSources,
      now: ctx?.now,
      log: silentLogger,
    }),
  );
} else {
  describe('Store contract: elasticsearch (live)', () => {
    it.skip('skipped: set ELASTICSEARCH_URL to run the contract against a real cluster', () => {});
  });
}
