// Builds what commands need from a config: store, crawlers, analyzers, extractor. This is the one
// place where src/ wires crawlers/ and analyzers/ together. The heavy parts (crawlers with cheerio
// and the browser driver, analyzers with their models and the gazetteer, the SQLite store) are
// imported when a command first asks for them, so `pantau --help` and light commands start fast
// (bench/startup.ts measures it). Even the config reader (zod, yaml, the option schemas) and pino
// cost ~150 ms of start-up: main.ts loads them with loadRuntime() in a preAction hook, so they are
// never loaded for --help or for commands that need no config (extract), and not for `search` or
// `sources` when the validated config is in the config cache (config-cache.ts).
import type { PantauConfig } from '../core/config.js';
import { ConfigError, StoreUnavailableError } from '../core/errors.js';
import type { Logger, Store } from '../core/types.js';
import type { AnalyzerChain } from '../../analyzers/index.js';
import type { PipelineDeps } from '../pipeline/runner.js';
import type { AlertsRuntime } from './alerts-runtime.js';

interface Core {
  loadConfig: typeof import('../core/config.js').loadConfig;
  schemas: typeof import('../../crawlers/options.js').SOURCE_OPTION_SCHEMAS;
}

let core: Core | undefined;
let createLogger: typeof import('../core/log.js').createLogger | undefined;
/** Off unless the CLI turns it on (main.ts): library and test callers never write a cache. */
let useCache = false;
/** The config cache module, loaded with the runtime when the cache is on (not for --help). */
let cache: typeof import('./config-cache.js') | undefined;
/** The command's config found in the cache by prepareRuntime, with its key. */
let prepared: { key: string; config: PantauConfig } | undefined;

/** Lets readConfig use the config cache (config-cache.ts). */
export function enableConfigCache(): void {
  useCache = true;
}

/** Loads the config reader and the logger; readConfig and makeLogger need it (or prepareRuntime) awaited once. */
export async function loadRuntime(): Promise<void> {
  if (core) return;
  if (useCache) cache ??= await import('./config-cache.js');
  const [config, log, options] = await Promise.all([import('../core/config.js'), import('../core/log.js'), import('../../crawlers/options.js')]);
  core = { loadConfig: config.loadConfig, schemas: options.SOURCE_OPTION_SCHEMAS };
  createLogger = log.createLogger;
}

/**
 * For a command that reads only its own config (`opts.config`, PANTAU_CONFIG or the default
 * file): the logger, and the config reader only when the cache has no valid entry for that config.
 */
export async function prepareRuntime(opts: GlobalOpts): Promise<void> {
  createLogger ??= (await import('../core/log.js')).createLogger;
  if (useCache && !core) {
    cache ??= await import('./config-cache.js');
    const probe = cache.probeConfig(opts.config, process.env);
    const config = probe && cache.readCachedConfig(probe);
    if (probe && config) {
      prepared = { key: probe.key, config };
      return;
    }
  }
  await loadRuntime();
}

export interface GlobalOpts {
  config?: string;
}

/**
 * The config of a command, every source's options validated against its kind's schema.
 * - `required: true` — a config file must exist (commands that need sources: run, sources, audit);
 * - `required: false` — the command opens the store (search, factcheck import): without a config
 *   file it would quietly create ./data/pantau.db wherever the user stands, so a missing file is an
 *   error too unless PANTAU_STORAGE_PATH names the database;
 * - `'optional'` — the command works without one (analyze: home region and watch list defaults).
 */
export function readConfig(opts: GlobalOpts, required: boolean | 'optional' = false, env: NodeJS.ProcessEnv = process.env): PantauConfig {
  const mustExist = required === true || (required === false && !env.PANTAU_STORAGE_PATH);
  const probe = cache?.probeConfig(opts.config, env);
  if (cache && probe) {
    if (prepared?.key === probe.key) return structuredClone(prepared.config);
    const cached = cache.readCachedConfig(probe);
    if (cached) return cached;
  }
  if (!core) {
    // prepareRuntime found this command's config in the cache, and now it reads another one (or
    // the file changed in between): the config reader was never loaded.
    if (prepared) throw new ConfigError(`${probe?.file ?? 'config'}: the config file changed while pantau was starting; run the command again`);
    throw new Error('internal: loadRuntime() was not awaited before reading the config');
  }
  const config = core.loadConfig({ file: opts.config, required: mustExist, env, sourceOptions: core.schemas });
  // Cached only under the key of what was validated: re-probed, as the file may have changed meanwhile.
  if (cache && probe && cache.probeConfig(opts.config, env)?.key === probe.key) cache.writeCachedConfig(probe, config);
  return config;
}

/**
 * One-shot commands print their own one-line errors and summaries, so their logs default to errors
 * only; the long-running `pantau run` defaults to info. PANTAU_LOG_LEVEL overrides both.
 */
export function makeLogger(defaultLevel: 'info' | 'warn' | 'error' = 'error'): Logger {
  if (!createLogger) throw new Error('internal: loadRuntime() was not awaited before making a logger');
  return createLogger({ level: process.env.PANTAU_LOG_LEVEL || defaultLevel });
}

export async function openStore(config: PantauConfig, log: Logger): Promise<Store> {
  const { createStore } = await import('../store/index.js');
  return createStore(config.storage, log, {
    timezone: config.timezone,
    ownedSources: config.sources.filter((s) => s.owned).map((s) => s.id),
  });
}

export async function buildAnalyzers(config: PantauConfig, store?: Store): Promise<AnalyzerChain> {
  const { createDefaultAnalyzers } = await import('../../analyzers/index.js');
  const debunks = store ? await store.listDebunks() : [];
  return createDefaultAnalyzers({
    homeRegion: config.analysis.homeRegion,
    watchlist: config.analysis.watchlist,
    debunks,
    debunkThreshold: config.analysis.debunkThreshold,
    sentimentModel: config.analysis.sentimentModel,
  });
}

/**
 * The origins (scheme, host, port) the operator configured: each source's URL and its options.apiBase.
 * The SSRF guard trusts a URL only on one of these and only when its crawler vouches for it (the
 * source's own listing and same-origin links); other ports of the same host are not trusted.
 */
export function trustedOrigins(config: PantauConfig): string[] {
  const out = new Set<string>();
  for (const s of config.sources) {
    for (const u of [s.url, (s.options as Record<string, unknown> | undefined)?.apiBase]) {
      if (typeof u !== 'string') continue;
      try {
        const parsed = new URL(u);
        if (parsed.protocol === 'http:' || parsed.protocol === 'https:') out.add(parsed.origin);
      } catch {
        /* a Google News query or a file path: no origin */
      }
    }
  }
  return [...out];
}

/** Everything the pipeline runner needs; call close() when done. */
export async function openPipeline(
  config: PantauConfig,
  log: Logger,
  opts: { analyze?: boolean; signal?: AbortSignal; alerts?: boolean } = {},
): Promise<{ deps: PipelineDeps; alerts?: AlertsRuntime; close(): Promise<void> }> {
  const [{ createCrawlers }, { extractArticle }, { canonicalizeUrl }, { warmClusterer }] = await Promise.all([
    import('../../crawlers/index.js'),
    import('../../crawlers/html/extract/index.js'),
    import('../../crawlers/shared/url.js'),
    import('../../analyzers/cluster/index.js'),
  ]);
  const store = await openStore(config, log);
  const crawlers = createCrawlers({ crawl: config.crawl, log, trustedOrigins: trustedOrigins(config), timezone: config.timezone });
  const analyzers = opts.analyze === false ? null : await buildAnalyzers(config, store);
  const deps: PipelineDeps = {
    store,
    crawlers,
    analyzers,
    extract: (html, url) => extractArticle(html, url),
    canonicalize: (u) => canonicalizeUrl(u),
    log,
    batchSize: config.storage.batchSize,
    signal: opts.signal,
    // With Elasticsearch down the crawl still runs (mentions wait in the outbox); the story clusterer
    // then starts without the last days' stories.
    clusterer: await warmClusterer(store).catch(async (e: unknown) => {
      if (!(e instanceof StoreUnavailableError)) throw e;
      log.warn({ err: e.message }, 'story clusterer starts empty: the store cannot be read');
      return warmClusterer({ search: async () => ({ items: [], total: 0 }) });
    }),
    jitter: config.schedule.jitter,
  };
  // Alerts are evaluated after every stored batch (issue 20); off with alerts.enabled: false.
  let alerts: AlertsRuntime | undefined;
  if (config.alerts.enabled && opts.alerts !== false) {
    const { openAlerts } = await import('./alerts-runtime.js');
    alerts = await openAlerts(config, store, log);
    deps.onIndexed = alerts.service.onIndexed;
  }
  return {
    deps,
    ...(alerts ? { alerts } : {}),
    async close() {
      await alerts?.close();
      await crawlers.close();
      await store.close();
    },
  };
}
