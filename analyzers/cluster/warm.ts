// A new run starts its StoryClusterer from the mentions stored in the last few days, so a copy of a
// story that arrives after a restart joins the cluster its earlier copies got, instead of a new one.
import type { Mention, Store } from '../../src/core/types.js';
import { StoryClusterer, type StoryClustererOptions } from './clusterer.js';

export interface WarmOptions extends StoryClustererOptions {
  /** How far back stored mentions are remembered. Default 3 days (syndication happens within hours). */
  days?: number;
  /** At most this many stored mentions are read. Default 5,000 (≈ 1 s of hashing). */
  limit?: number;
  now?: number;
}

const PAGE = 1000;

export async function warmClusterer(store: Pick<Store, 'search'>, o: WarmOptions = {}): Promise<StoryClusterer> {
  const clusterer = new StoryClusterer(o);
  const from = new Date((o.now ?? Date.now()) - (o.days ?? 3) * 86_400_000).toISOString();
  const limit = o.limit ?? 5000;
  const recent: Mention[] = [];
  for (let offset = 0; offset < limit; offset += PAGE) {
    const page = await store.search({ from, limit: Math.min(PAGE, limit - offset), offset });
    recent.push(...page.items);
    if (page.items.length < PAGE) break;
  }
  // Oldest first: the store lists newest first, and the clusterer forgets the oldest beyond maxDocs.
  for (const m of recent.reverse()) {
    const clusterId = typeof m.meta?.clusterId === 'string' ? m.meta.clusterId : m.id;
    clusterer.remember(m.id, clusterId, m.text, m.title);
  }
  return clusterer;
}
