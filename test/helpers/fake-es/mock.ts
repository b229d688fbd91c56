// The fake cluster behind @elastic/elasticsearch-mock: the client's own transport, serializer and
// bulk helper run for real; only the connection answers from the in-memory engine.
import { errors } from '@elastic/elasticsearch';
import MockModule, { type MockPattern } from '@elastic/elasticsearch-mock';
import type { ClientOptions } from '@elastic/elasticsearch';
import { FakeElasticsearch, type FakeOptions } from './engine.js';

export interface MockedCluster {
  fake: FakeElasticsearch;
  Connection: ClientOptions['Connection'];
  /** While down, every request fails as a refused connection. */
  down: boolean;
}

export function mockedCluster(opts: FakeOptions = {}): MockedCluster {
  const fake = new FakeElasticsearch(opts);
  // The package is CommonJS (module.exports = the class) while its typings declare a default export.
  const Mock = MockModule as unknown as typeof MockModule.default;
  const mock = new Mock();
  // The mock's connection has no close(); Client.close() calls it.
  const Base = mock.getConnection();
  class Connection extends Base {
    override async close(): Promise<void> {}
  }
  const cluster: MockedCluster = { fake, Connection: Connection as unknown as ClientOptions['Connection'], down: false };
  mock.add({ method: ['GET', 'POST', 'PUT', 'DELETE', 'HEAD'], path: '*' }, (params: MockPattern) => {
    if (cluster.down) return new errors.ConnectionError('connect ECONNREFUSED 127.0.0.1:9200') as unknown as Record<string, unknown>;
    const reply = fake.handle(String(params.method), String(params.path), params.querystring as Record<string, string>, params.body);
    if (reply.status >= 400) {
      return new errors.ResponseError({ body: reply.body, statusCode: reply.status, headers: {}, warnings: null, meta: {} as never }) as unknown as Record<string, unknown>;
    }
    return reply.body as Record<string, unknown>;
  });
  return cluster;
}
