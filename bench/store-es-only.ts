// `node dist/bench/store-es-only.js`: the Elasticsearch part of bench:store alone (profiling).
import { benchElasticsearch } from './store-es.js';
import { benchMentions } from './store-data.js';

await benchElasticsearch(benchMentions(Number(process.env.BENCH_STORE_N ?? 20_000)), 1);
