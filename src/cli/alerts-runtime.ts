// Wires the alerts for a command: the evaluator over the store's change feed, the channels from the
// config, the outbox deliverer under a store lease (one deliverer across processes; a dead process's
// lease on this machine is taken over at once), and the labels of count keys (topic labels, place
// names from the gazetteer, names) that only the CLI may take from analyzers/.
import type { Clock } from '../core/clock.js';
import { systemClock } from '../core/clock.js';
import type { PantauConfig } from '../core/config.js';
import { factcheckSourceIds } from '../core/factcheck-sources.js';
import type { Logger, Mention, Store } from '../core/types.js';
import { AlertEvaluator } from '../alerts/evaluate.js';
import { storeFeed } from '../alerts/feed.js';
import type { Lang } from '../alerts/message.js';
import { OutboxDeliverer } from '../alerts/outbox.js';
import { AlertsService, DELIVERY_BATCH } from '../alerts/service.js';
import { createChannels, type Channel } from '../alerts/channels/index.js';
import { PROCESS_OWNER, takeLease } from '../pipeline/lease.js';
import { firstClause, trimHeadline } from '../maps/label.js';
import { topicLabel } from './i18n.js';

export interface AlertsRuntime {
  evaluator: AlertEvaluator;
  deliverer: OutboxDeliverer;
  service: AlertsService;
  channels: Map<string, Channel>;
  close(): Promise<void>;
}

const titleCase = (s: string): string => s.replace(/(^|\s)(\p{L})/gu, (_, a: string, b: string) => a + b.toUpperCase());

/**
 * What an issue is called in an alert: the earliest news headline among its mentions, else the first
 * clause of its earliest post — as the map labels an issue from its headlines — so a message never reads
 * "Isu isu-3f2a…". Undefined when the store has none of its mentions.
 */
export async function issueKeyLabel(store: Store, issueId: string): Promise<string | undefined> {
  // The first page of a keyset scan is its oldest mentions (an issue's first 50 name it well enough).
  const items: Mention[] = (await store.scan({ issueId }, { limit: 50, order: 'asc' })).items;
  const news = items.find((m) => m.kind === 'news' && m.title?.trim());
  if (news) return trimHeadline(news.title);
  for (const m of items) {
    const line = firstClause(m.text || m.title || '');
    if (line) return line;
  }
  return undefined;
}

/** Human labels of count keys; with the store, an issue key reads as the issue's headline. */
export async function keyLabeler(config: PantauConfig, store?: Store): Promise<(key: string, lang: Lang) => string | Promise<string>> {
  const issueLabels = new Map<string, Promise<string | undefined>>();
  const { loadGazetteer } = await import('../../analyzers/regions/index.js');
  const gaz = loadGazetteer();
  const watchNames = new Map<string, string>();
  const { watchKey } = await import('../alerts/keys.js');
  for (const w of config.analysis.watchlist) watchNames.set(watchKey(w.name), w.name);
  for (const r of config.alerts.rules) if (r.kind === 'watch') for (const n of [...(r.names ?? []), ...r.phrases]) watchNames.set(watchKey(n), n);
  return (key, lang) => {
    const i = key.indexOf(':');
    const dim = key.slice(0, i);
    const v = key.slice(i + 1);
    switch (dim) {
      case 'topic':
        return topicLabel(v, lang);
      case 'region': {
        const p = gaz.byCode.get(v);
        if (!p) return v;
        if (p.level === 'district') return `Kec. ${p.name}`;
        if (p.level === 'village') return `${v.split('.')[3]?.startsWith('2') ? 'Desa' : 'Kel.'} ${p.name}`;
        return p.name;
      }
      case 'entity':
        return titleCase(v.slice(v.indexOf(':') + 1));
      case 'issue': {
        const bare = lang === 'id' ? `Isu ${v}` : `Issue ${v}`;
        if (!store) return bare;
        // One lookup per issue per process; a store that fails here costs the label, not the alert.
        let found = issueLabels.get(v);
        if (!found) issueLabels.set(v, (found = issueKeyLabel(store, v).catch(() => undefined)));
        return found.then((l) => l ?? bare);
      }
      case 'watch':
        return watchNames.get(key) ?? titleCase(v);
      case 'term':
        return lang === 'id' ? `kata “${v}”` : `the word “${v}”`;
      default:
        return v;
    }
  };
}

export async function openAlerts(config: PantauConfig, store: Store, log: Logger, opts: { clock?: Clock; env?: NodeJS.ProcessEnv } = {}): Promise<AlertsRuntime> {
  const clock = opts.clock ?? systemClock;
  const a = config.alerts;
  const channels = createChannels(a.channels, a.delivery.timeout, opts.env ?? process.env);
  const alog = log.child({ component: 'alerts' });
  const evaluator = new AlertEvaluator({
    store,
    feed: storeFeed(store),
    alerts: a,
    timezone: config.timezone,
    watchlist: config.analysis.watchlist.map((w) => w.name),
    ownedSources: config.sources.filter((s) => s.owned).map((s) => s.id),
    factcheckSources: factcheckSourceIds(config),
    channels: a.channels.filter((c) => c.enabled).map((c) => ({ id: c.id, ...(c.lang ? { lang: c.lang } : {}) })),
    clock,
    log: alog,
    label: await keyLabeler(config, store),
  });
  const deliverer = new OutboxDeliverer(store, channels, clock, alog, {
    maxAttempts: a.delivery.maxAttempts,
    backoffMs: a.delivery.backoff,
    maxBackoffMs: a.delivery.maxBackoff,
  });
  const leaseMs = a.delivery.timeout * (DELIVERY_BATCH + 2) + 60_000;
  const service = new AlertsService({
    evaluator,
    deliverer,
    clock,
    log: alog,
    lock: {
      async take(now) {
        const l = await takeLease(store, 'alerts:delivery', PROCESS_OWNER, leaseMs, now);
        return l.held ? { release: () => l.release() } : undefined;
      },
    },
  });
  return {
    evaluator,
    deliverer,
    service,
    channels,
    async close() {
      await service.drain();
      for (const c of channels.values()) await c.close?.();
    },
  };
}
