// The Elasticsearch part of bench:store: the client-side cost of writing mentions — validation, the
// facets, the document, the id look-up request, the bulk request through the client's bulk helper,
// and the per-item result handling — through a mock transport, so the cluster costs nothing.
// Two transports: (1) a minimal connection that answers from the request's action lines only (the
// client's own cost), (2) @elastic/elasticsearch-mock, which also parses every document line as a
// cluster would (closer to an upper bound of what a process spends around a bulk call).
import { BaseConnection, errors, type ClientOptions } from '@elastic/elasticsearch';
import MockModule from '@elastic/elasticsearch-mock';
import { silentLogger } from '../src/core/log.js';
import type { Mention } from '../src/core/types.js';
import { createClient } from '../src/store/elasticsearch/index.js';
import { DEFAULT_BACKOFF, sendWithBackoff, type BulkOp } from '../src/store/elasticsearch/bulk.js';
import { docJson, monthOf, prepareMention } from '../src/store/elasticsearch/doc.js';
import { indexNames } from '../src/store/elasticsearch/indices.js';
import { EsMentions } from '../src/store/elasticsearch/mentions.js';

type Params = Parameters<BaseConnection['request']>[0];

const HEADERS = { 'content-type': 'application/json', 'x-elastic-product': 'Elasticsearch' };

/** Answers every call Pantau's write path makes; a bulk from its action lines (every other line). */
function answer(params: Params): string {
  const path = params.path;
  if (path.endsWith('/_bulk') || path === '/_bulk') {
    const body = typeof params.body === 'string' ? params.body : String(params.body ?? '');
    const items: string[] = [];
    let line = 0;
    for (let i = 0; i < body.length; ) {
      const j = body.indexOf('\n', i);
      const end = j < 0 ? body.length : j;
      if (line++ % 2 === 0) {
        // {"create":{"_index":"…","_id":"…"}}
        const idAt = body.indexOf('"_id":"', i) + 7;
        const id = body.slice(idAt, body.indexOf('"', idAt));
        items.push(`{"create":{"_index":"pantau-mentions-2026.09-000001","_id":"${id}","_version":1,"result":"created","_seq_no":1,"_primary_term":1,"status":201}}`);
      }
      i = end + 1;
    }
    return `{"took":1,"errors":false,"items":[${items.join(',')}]}`;
  }
  if (path.endsWith('/_search')) return '{"took":1,"timed_out":false,"_shards":{"total":1,"successful":1,"skipped":0,"failed":0},"hits":{"max_score":null,"hits":[]}}';
  if (path.endsWith('/_alias')) return '{}';
  return '{"acknowledged":true}';
}

export class CannedConnection extends BaseConnection {
  override async close(): Promise<void> {}
}
// request() is overloaded (buffered / stream); the write path only uses the buffered form.
(CannedConnection.prototype as unknown as { request: (p: Params) => Promise<unknown> }).request = async (params: Params) => ({
  body: answer(params),
  statusCode: 200,
  headers: HEADERS,
});

function mockConnection(): ClientOptions['Connection'] {
  const Mock = MockModule as unknown as typeof MockModule.default;
  const mock = new Mock();
  mock.add({ method: ['GET', 'POST', 'PUT', 'HEAD', 'DELETE'], path: '*' }, (p) => {
    const path = String(p.path);
    if (path.endsWith('/_bulk')) {
      const lines = (p.body ?? []) as Record<string, { _id?: string }>[];
      const items = [];
      for (let i = 0; i < lines.length; i += 2) items.push({ create: { _index: 'pantau-mentions-2026.09-000001', _id: lines[i]!.create?._id, result: 'created', status: 201, _seq_no: 1, _primary_term: 1 } });
      return { took: 1, errors: false, items };
    }
    if (path.endsWith('/_search')) return { hits: { hits: [] } };
    if (path.endsWith('/_alias')) return {};
    if (!path) return new errors.ResponseError({ body: {}, statusCode: 404, headers: {}, warnings: null, meta: {} as never }) as unknown as Record<string, unknown>;
    return { acknowledged: true };
  });
  const Base = mock.getConnection();
  class C extends Base {
    override async close(): Promise<void> {}
  }
  return C as unknown as ClientOptions['Connection'];
}

async function run(data: Mention[], batch: number, Connection: ClientOptions['Connection']): Promise<[number, number]> {
  const client = createClient({ node: 'http://127.0.0.1:9200', Connection });
  const es = new EsMentions({
    client,
    node: 'http://127.0.0.1:9200',
    names: indexNames('pantau'),
    timezone: 'Asia/Jakarta',
    ownedSources: new Set(),
    now: Date.now,
    log: silentLogger,
    replicas: 0,
    refresh: true,
    changeLagMs: 60_000,
    backoff: { ...DEFAULT_BACKOFF, sleep: async () => {} },
  });
  await es.writeMentions(data.slice(0, batch).map((m) => ({ ...m, id: `warm-${m.id}` })));
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  for (let i = 0; i < data.length; i += batch) {
    const w = await es.writeMentions(data.slice(i, i + batch).map((m) => ({ ...m })));
    if (w.unstored.length || w.result.written !== Math.min(batch, data.length - i)) throw new Error('bench: the mock did not take the batch');
  }
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  await client.close();
  return [ms, (c.user + c.system) / 1000];
}

/** The bulk part alone: documents built, then request building, the helper, and per-item result handling. */
async function bulkOnly(data: Mention[], batch: number): Promise<[number, number]> {
  const client = createClient({ node: 'http://127.0.0.1:9200', Connection: CannedConnection as unknown as ClientOptions['Connection'] });
  const ops: BulkOp[] = data.map((m) => {
    const p = prepareMention(m);
    return { kind: 'create', index: `pantau-mentions-${monthOf(p.timeMs)}`, id: m.id, body: docJson(p, { storedMs: 0, issueId: null, changedMs: 0 }, {}) };
  });
  const backoff = { ...DEFAULT_BACKOFF, sleep: async () => {} };
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let ok = 0;
  for (let i = 0; i < ops.length; i += batch) for (const o of await sendWithBackoff(client, ops.slice(i, i + batch), true, backoff)) if (o.status === 'ok') ok++;
  const c = process.cpuUsage(c0);
  const ms = performance.now() - t0;
  if (ok !== ops.length) throw new Error('bench: the canned cluster did not take every item');
  await client.close();
  return [ms, (c.user + c.system) / 1000];
}

export async function benchElasticsearch(data: Mention[], runs: number): Promise<void> {
  const n = data.length;
  const rate = (ms: number) => Math.round(n / (ms / 1000)).toLocaleString('en-US');
  for (const batch of [200, 1000]) {
    let wall = Infinity;
    let cpu = Infinity;
    for (let r = 0; r < runs; r++) {
      const [w, c] = await bulkOnly(data, batch);
      wall = Math.min(wall, w);
      cpu = Math.min(cpu, c);
    }
    console.log(`Elasticsearch bulk request building + per-item results (documents ready), batches of ${batch}: ${rate(wall)} mentions/s (${wall.toFixed(0)} ms), ${rate(cpu)} per CPU-second`);
  }
  for (const [label, Connection] of [
    ['client only (canned connection)', CannedConnection as unknown as ClientOptions['Connection']],
    ['through @elastic/elasticsearch-mock', mockConnection()],
  ] as const) {
    for (const batch of [200, 1000]) {
      let wall = Infinity;
      let cpu = Infinity;
      for (let r = 0; r < runs; r++) {
        const [w, c] = await run(data, batch, Connection);
        wall = Math.min(wall, w);
        cpu = Math.min(cpu, c);
      }
      console.log(`Elasticsearch writeMentions (validation, facets, documents, id look-up, bulk), ${label}, batches of ${batch}: ${rate(wall)} mentions/s (${wall.toFixed(0)} ms), ${rate(cpu)} per CPU-second`);
    }
  }
}
