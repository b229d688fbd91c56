// The store line of `pantau sources` and `pantau run --once`: what waits in the Elasticsearch outbox,
// mentions and correction rewrites said separately, in Indonesian and English.
import { describe, expect, it } from 'vitest';
import { storeHealthLine } from '../../../src/cli/store-health.js';

const down = { backend: 'elasticsearch' as const, reachable: false, detail: 'connect ECONNREFUSED' };

describe('storeHealthLine', () => {
  it('counts the waiting corrections apart from the waiting mentions', () => {
    expect(storeHealthLine({ ...down, waiting: 120, waitingCorrections: 3 }, 'id')).toBe(
      'Elasticsearch tidak terjangkau (connect ECONNREFUSED): 120 berita, 3 koreksi menunggu di outbox lokal dan dikirim saat kluster kembali\n',
    );
    expect(storeHealthLine({ ...down, waiting: 120, waitingCorrections: 3 }, 'en')).toBe(
      'Elasticsearch unreachable (connect ECONNREFUSED): 120 mentions, 3 corrections wait in the local outbox and are sent when the cluster is back\n',
    );
  });

  it('only corrections waiting, or one thing: said so, in the singular where it is one', () => {
    expect(storeHealthLine({ backend: 'elasticsearch', reachable: true, waiting: 0, waitingCorrections: 2 }, 'id')).toBe(
      'Elasticsearch: 2 koreksi menunggu di outbox lokal dan dikirim saat kluster kembali\n',
    );
    expect(storeHealthLine({ ...down, waiting: 0, waitingCorrections: 1 }, 'en')).toBe(
      'Elasticsearch unreachable (connect ECONNREFUSED): 1 correction waits in the local outbox and is sent when the cluster is back\n',
    );
    expect(storeHealthLine({ backend: 'elasticsearch', reachable: true, waiting: 5 }, 'en')).toBe('Elasticsearch: 5 mentions wait in the local outbox and are sent when the cluster is back\n');
  });

  it('nothing waiting on a cluster that answers: no line', () => {
    expect(storeHealthLine({ backend: 'elasticsearch', reachable: true, waiting: 0, waitingCorrections: 0 }, 'id')).toBe('');
  });
});
