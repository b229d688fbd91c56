// Opening the Elasticsearch store: the client (node, TLS CA, credentials from the environment only),
// the mention indices, and the local SQLite state file. Opening never needs the cluster: a crawler
// started while Elasticsearch is down runs, and keeps what it finds in the outbox.
//
// Client major: @elastic/elasticsearch 8.x. It sends `compatible-with=8` headers, which Elasticsearch
// 8.x takes natively and 9.x through its REST API compatibility; the 9.x client sends
// `compatible-with=9`, which every 8.x server refuses (media_type_header_exception). So 8.x is the one
// client major that talks to both 8 and 9, and it runs on Node 20.
import { readFileSync } from 'node:fs';
import { Client, type ClientOptions } from '@elastic/elasticsearch';
import { type Clock, systemClock } from '../../core/clock.js';
import { ConfigError } from '../../core/errors.js';
import { DEFAULT_TIMEZONE } from '../../core/time.js';
import type { Logger } from '../../core/types.js';
import { SqliteStore } from '../sqlite/store.js';
import { DEFAULT_BACKOFF, type BackoffOptions } from './bulk.js';
import { indexNames } from './indices.js';
import { EsMentions } from './mentions.js';
import { ElasticsearchStore } from './store.js';

export { ElasticsearchStore } from './store.js';
export { EsMentions } from './mentions.js';

export interface EsConnectOptions {
  node: string;
  caFile?: string;
  timeoutMs?: number;
  env?: NodeJS.ProcessEnv;
  /** Tests: the transport's connection class (@elastic/elasticsearch-mock). */
  Connection?: ClientOptions['Connection'];
}

/** "400d", "24mo", "2y" → days (a month is 31 days: retention never ends early). */
export function retentionDays(v: string | undefined): number | undefined {
  if (!v) return undefined;
  const m = /^\s*(\d+)\s*(d|mo|y)\s*$/.exec(v);
  if (!m) throw new ConfigError(`storage.retention: expected a retention like "400d", "24mo" or "2y", got "${v}"`);
  const n = Number(m[1]);
  return m[2] === 'd' ? n : m[2] === 'mo' ? n * 31 : n * 366;
}

export function createClient(o: EsConnectOptions): Client {
  const env = o.env ?? process.env;
  const opts: ClientOptions = {
    node: o.node,
    requestTimeout: o.timeoutMs ?? 30_000,
    // One quick retry on another connection; writes have their own backoff (bulk.ts).
    maxRetries: 1,
    compression: false,
  };
  if (env.ELASTICSEARCH_API_KEY) opts.auth = { apiKey: env.ELASTICSEARCH_API_KEY };
  else if (env.ELASTICSEARCH_USERNAME || env.ELASTICSEARCH_PASSWORD) {
    if (!env.ELASTICSEARCH_USERNAME || !env.ELASTICSEARCH_PASSWORD) {
      throw new ConfigError('Elasticsearch credentials: set both ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD (or ELASTICSEARCH_API_KEY)');
    }
    opts.auth = { username: env.ELASTICSEARCH_USERNAME, password: env.ELASTICSEARCH_PASSWORD };
  }
  if (o.caFile) {
    let ca: string;
    try {
      ca = readFileSync(o.caFile, 'utf8');
    } catch (e) {
      throw new ConfigError(`storage.caFile: cannot read ${o.caFile}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    opts.tls = { ca, rejectUnauthorized: true };
  }
  if (o.Connection) opts.Connection = o.Connection;
  return new Client(opts);
}

export interface OpenEsOptions extends EsConnectOptions {
  /** The local state file (SQLite). */
  statePath: string;
  indexPrefix?: string;
  replicas?: number;
  retention?: string;
  timezone?: string;
  ownedSources?: readonly string[];
  now?: () => number;
  clock?: Clock;
  log: Logger;
  /** Default true; a bulk migration turns it off and refreshes once at the end. */
  refresh?: boolean;
  changeLagMs?: number;
  backoff?: Partial<BackoffOptions>;
  cooldownMs?: number;
}

export function openElasticsearchStore(o: OpenEsOptions): ElasticsearchStore {
  const clock = o.clock ?? systemClock;
  const now = o.now ?? Date.now;
  const client = createClient(o);
  const es = new EsMentions({
    client,
    node: o.node,
    names: indexNames(o.indexPrefix ?? 'pantau'),
    timezone: o.timezone ?? DEFAULT_TIMEZONE,
    ownedSources: new Set(o.ownedSources ?? []),
    now,
    log: o.log,
    replicas: o.replicas ?? 1,
    retentionDays: retentionDays(o.retention),
    refresh: o.refresh ?? true,
    changeLagMs: o.changeLagMs ?? 60_000,
    backoff: { ...DEFAULT_BACKOFF, sleep: (ms) => clock.sleep(ms), ...o.backoff },
  });
  const state = new SqliteStore(o.statePath, { log: o.log, timezone: o.timezone, ownedSources: o.ownedSources, now });
  return new ElasticsearchStore(es, state, { log: o.log, node: o.node, now, clock, cooldownMs: o.cooldownMs, client });
}
