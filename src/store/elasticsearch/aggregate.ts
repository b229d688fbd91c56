// Store.aggregate as one Elasticsearch request: terms → terms → date_histogram (in the request's time
// zone, min_doc_count 1), each level with a `filter` sub-aggregation counting the negatives — the very
// shape the seam was designed after. Facet levels are ordered by count, then key, as SQLite orders
// them; shard_size is raised well above size so that counts over many monthly indices stay exact for
// the facets an office has (a few hundred places or sources), not just close.
import type { estypes } from '@elastic/elasticsearch';
import { checkAggregate } from '../../core/query.js';
import type { AggregateBucket, AggregateRequest, AggregateResult, FacetField, TimeField } from '../../core/types.js';
import { compileQuery } from './query.js';

export const FACET_FIELD: Record<FacetField, string> = {
  source: 'source',
  kind: 'kind',
  sentiment: 'sentiment',
  language: 'language',
  owned: 'owned',
  hoaxFlagged: 'hoax_flagged',
  cluster: 'cluster',
  issue: 'issue',
  topic: 'topic',
  region: 'region',
  entity: 'entity',
  term: 'term',
};

export const TIME_FIELD: Record<TimeField, string> = { published: '@timestamp', stored: 'stored_at' };

const NEGATIVE: estypes.AggregationsAggregationContainer = { filter: { term: { sentiment: 'negative' } } };

interface RawBucket {
  key: string | number;
  key_as_string?: string;
  doc_count: number;
  negative?: { doc_count: number };
  next?: { buckets: RawBucket[] };
}

/** The search request of an aggregation (size 0, the levels nested under `next`). */
export function aggregateRequest(index: string, req: AggregateRequest, zone: string): estypes.SearchRequest {
  const a = checkAggregate(req, zone);
  const { query } = compileQuery(req.filter ?? {}, zone);
  let inner: estypes.AggregationsAggregationContainer | undefined;
  if (a.interval) {
    inner = {
      date_histogram: {
        field: TIME_FIELD[a.timeField],
        calendar_interval: a.interval,
        time_zone: a.timeZone,
        min_doc_count: 1,
        format: a.interval === 'day' ? 'yyyy-MM-dd' : "yyyy-MM-dd'T'HH",
        order: { _key: 'asc' },
      },
      aggs: { negative: NEGATIVE },
    };
  }
  for (const field of [...a.by].reverse()) {
    inner = {
      terms: {
        field: FACET_FIELD[field],
        size: a.size,
        shard_size: Math.min(a.size * 10 + 100, 100_000),
        order: [{ _count: 'desc' }, { _key: 'asc' }],
      },
      aggs: { negative: NEGATIVE, ...(inner ? { next: inner } : {}) },
    };
  }
  return {
    index,
    size: 0,
    track_total_hits: true,
    query,
    aggs: { negative: NEGATIVE, ...(inner ? { next: inner } : {}) },
  };
}

/** The Store's answer from the search response. */
export function aggregateResult(res: estypes.SearchResponse, req: AggregateRequest, zone: string): AggregateResult {
  const a = checkAggregate(req, zone);
  const total = res.hits.total;
  const count = typeof total === 'number' ? total : (total?.value ?? 0);
  const aggs = (res.aggregations ?? {}) as unknown as { negative?: { doc_count: number }; next?: { buckets: RawBucket[] } };
  const kinds: ('facet' | 'time')[] = [...a.by.map(() => 'facet' as const), ...(a.interval ? ['time' as const] : [])];
  const walk = (raw: RawBucket[] | undefined, depth: number): AggregateBucket[] =>
    (raw ?? []).map((b) => {
      const time = kinds[depth] === 'time';
      const out: AggregateBucket = {
        key: time || typeof b.key !== 'string' ? (b.key_as_string ?? String(b.key)) : b.key,
        count: b.doc_count,
        negative: b.negative?.doc_count ?? 0,
      };
      if (time) out.start = new Date(Number(b.key)).toISOString();
      if (depth + 1 < kinds.length) out.buckets = walk(b.next?.buckets, depth + 1);
      return out;
    });
  return { count, negative: aggs.negative?.doc_count ?? 0, buckets: kinds.length ? walk(aggs.next?.buckets, 0) : [] };
}
