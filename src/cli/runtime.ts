// Builds what commands need from a config: store, crawlers, analyzers, extractor. This is the one
// place where src/ wires crawlers/ and analyzers/ together.
import { loadConfig, type PantauConfig } from '../core/config.js';
import { createLogger } from '../core/log.js';
import type { Logger, Store } from '../core/types.js';
import { createStore } from '../store/index.js';
import { createCrawlers } from '../../crawlers/index.js';
import { extractArticle } from '../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../crawlers/shared/url.js';
import { createDefaultAnalyzers, type AnalyzerChain } from '../../analyzers/index.js';
import { warmClusterer } from '../../analyzers/cluster/index.js';
import type { PipelineDeps } from '../pipeline/runner.js';

export interface GlobalOpts {
  config?: string;
}

export function readConfig(opts: GlobalOpts, required = false): PantauConfig {
  return loadConfig({ file: opts.config, required });
}

/**
 * One-shot commands print their own one-line errors and summaries, so their logs default to errors
 * only; the long-running `pantau run` defaults to info. PANTAU_LOG_LEVEL overrides both.
 */
export function makeLogger(defaultLevel: 'info' | 'warn' | 'error' = 'error'): Logger {
  return createLogger({ level: process.env.PANTAU_LOG_LEVEL || defaultLevel });
}

export async function openStore(config: PantauConfig, log: Logger): Promise<Store> {
  return createStore(config.storage, log, {
    timezone: config.timezone,
    ownedSources: config.sources.filter((s) => s.owned).map((s) => s.id),
  });
}

export async function buildAnalyzers(config: PantauConfig, store?: Store): Promise<AnalyzerChain> {
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
  opts: { analyze?: boolean; signal?: AbortSignal } = {},
): Promise<{ deps: PipelineDeps; close(): Promise<void> }> {
  const store = await openStore(config, log);
  const crawlers = createCrawlers({ crawl: config.crawl, log, trustedOrigins: trustedOrigins(config) });
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
    clusterer: await warmClusterer(store),
    jitter: config.schedule.jitter,
  };
  return {
    deps,
    async close() {
      await crawlers.close();
      await store.close();
    },
  };
}
