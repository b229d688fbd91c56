// Store factory: picks the backend named in config.storage. SQLite is the embedded default;
// Elasticsearch (src/store/elasticsearch) keeps mentions in a cluster and this machine's state in the
// SQLite file at storage.path. Both pass the same contract (test/contract). The Elasticsearch client
// is imported only when it is configured, so SQLite commands never pay for loading it.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError, StoreUnavailableError } from '../core/errors.js';
import type { Logger, Store } from '../core/types.js';
import { silentLogger } from '../core/log.js';
import { SqliteStore } from './sqlite/store.js';

export { SqliteStore } from './sqlite/store.js';
export type { SqliteStoreOptions } from './sqlite/store.js';

export interface StorageOptions {
  driver: 'sqlite' | 'elasticsearch';
  /** SQLite file path (':memory:' for a throwaway store); with Elasticsearch, the local state file. */
  path: string;
  /** Elasticsearch: the cluster URL. */
  node?: string;
  indexPrefix?: string;
  caFile?: string;
  retention?: string;
  replicas?: number;
  timeoutMs?: number;
}

function reason(e: unknown): string {
  const err = e as NodeJS.ErrnoException;
  const msg = (err?.message ?? String(e)).split('\n')[0];
  return err?.code && !msg.includes(err.code) ? `${msg} (${err.code})` : msg;
}

/**
 * mkdir -p without `recursive: true`: Node's recursive mkdir spins forever on some paths where the
 * kernel answers ENOENT for an existing parent (seen under /proc), so create each level ourselves.
 */
function ensureDir(dir: string): void {
  const missing: string[] = [];
  for (let d = dir; !existsSync(d); d = dirname(d)) {
    if (dirname(d) === d) break;
    missing.unshift(d);
  }
  for (const d of missing) mkdirSync(d);
}

/** What a store needs to know about the office besides where to keep its data. */
export interface StoreContext {
  /** The office's IANA time zone (config `timezone`); default Asia/Jakarta. */
  timezone?: string;
  /** Ids of sources configured `owned: true`. */
  ownedSources?: readonly string[];
  /** Clock for storedAt (epoch ms); tests pass a fake one. */
  now?: () => number;
}

export async function createStore(storage: StorageOptions, log?: Logger, ctx: StoreContext = {}): Promise<Store> {
  if (storage.driver !== 'sqlite' && storage.driver !== 'elasticsearch') {
    throw new ConfigError(`storage.driver: unknown driver "${String(storage.driver)}"; use "sqlite" or "elasticsearch"`);
  }
  const path = storage.path === ':memory:' ? storage.path : resolve(storage.path);
  if (path !== ':memory:') {
    // Checked up front because SQLite's own message for a directory ("unable to open database file")
    // does not say what is wrong.
    let isDir = false;
    try {
      isDir = statSync(path, { throwIfNoEntry: false })?.isDirectory() ?? false;
    } catch {
      // ENOTDIR/EACCES: mkdir or open below reports it with a better message
    }
    if (isDir) {
      throw new StoreUnavailableError(`cannot open SQLite store ${path}: it is a directory, expected a database file`);
    }
    try {
      ensureDir(dirname(path));
    } catch (e) {
      throw new StoreUnavailableError(`cannot open SQLite store ${path}: cannot create directory ${dirname(path)}: ${reason(e)}`, {
        cause: e,
      });
    }
  }
  if (storage.driver === 'elasticsearch') {
    if (!storage.node) throw new ConfigError('storage.node: required when storage.driver is elasticsearch (or set ELASTICSEARCH_URL)');
    const { openElasticsearchStore } = await import('./elasticsearch/index.js');
    try {
      return openElasticsearchStore({
        node: storage.node,
        caFile: storage.caFile,
        timeoutMs: storage.timeoutMs,
        statePath: path,
        indexPrefix: storage.indexPrefix,
        replicas: storage.replicas,
        retention: storage.retention,
        timezone: ctx.timezone,
        ownedSources: ctx.ownedSources,
        now: ctx.now,
        log: log ?? silentLogger,
      });
    } catch (e) {
      if (e instanceof ConfigError) throw e;
      throw new StoreUnavailableError(`cannot open the local state file ${path}: ${reason(e)}`, { cause: e });
    }
  }
  try {
    return new SqliteStore(path, { log, timezone: ctx.timezone, ownedSources: ctx.ownedSources, now: ctx.now });
  } catch (e) {
    throw new StoreUnavailableError(`cannot open SQLite store ${path}: ${reason(e)}`, { cause: e });
  }
}
