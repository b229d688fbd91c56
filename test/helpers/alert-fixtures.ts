// Mentions and a live-like change feed for alert tests: the test stores mentions "now" on a manual
// clock and the evaluator reads them as from the Store's change feed.
import { parseConfig } from '../../src/core/config.js';
import { emptyAnalysis, type Mention, type SentimentLabel } from '../../src/core/types.js';
import type { ChangeFeed } from '../../src/alerts/feed.js';

let seq = 0;

export interface MentionSpec {
  at: number;
  sentiment?: SentimentLabel;
  topics?: string[];
  region?: string;
  source?: string;
  title?: string;
  cluster?: string;
  kind?: 'news' | 'social';
  author?: string;
  entities?: { text: string; type: 'person' | 'organization'; canonical?: string; watched?: boolean }[];
  hoax?: { score: number; flagged: boolean; debunk?: string };
  publishedAt?: number;
  text?: string;
}

export function mention(s: MentionSpec): Mention {
  const id = `m${++seq}`;
  const a = emptyAnalysis();
  a.language = 'id';
  a.sentiment = { label: s.sentiment ?? 'neutral', score: s.sentiment === 'negative' ? -0.8 : 0 };
  a.topics = s.topics ?? [];
  a.regions = s.region ? [{ code: s.region, name: s.region, level: 'village' }] : [];
  a.entities = s.entities ?? [];
  if (s.hoax) {
    a.hoax = { score: s.hoax.score, flagged: s.hoax.flagged, indicators: [], debunks: s.hoax.debunk ? [{ url: s.hoax.debunk, title: `[SALAH] ${s.hoax.debunk}`, similarity: 0.7 }] : [] };
  }
  const title = s.title ?? `Berita ${id}`;
  return {
    id,
    sourceId: s.source ?? `outlet-${seq % 7}`,
    kind: s.kind ?? 'news',
    url: `https://berita.example/${id}`,
    canonicalUrl: `https://berita.example/${id}`,
    title,
    text: s.text ?? `${title}. Warga Kota Jambi mengeluhkan keadaan ini.`,
    ...(s.author ? { author: s.author } : {}),
    publishedAt: new Date(s.publishedAt ?? s.at - 120_000).toISOString(),
    fetchedAt: new Date(s.at).toISOString(),
    storedAt: new Date(s.at).toISOString(),
    analysis: a,
    meta: { clusterId: s.cluster ?? id },
  };
}

/** A change feed over an array the test appends to (store order = push order). */
export class ListFeed implements ChangeFeed {
  readonly items: Mention[] = [];
  push(...ms: Mention[]): void {
    this.items.push(...ms);
  }
  async next(cursor: string | undefined, limit: number) {
    const i = cursor === undefined ? 0 : Number(cursor);
    const j = Math.min(this.items.length, i + limit);
    return { items: this.items.slice(i, j), cursor: String(j), more: j < this.items.length };
  }
  async get(id: string) {
    return this.items.find((m) => m.id === id);
  }
}

export function alertsConfig(alerts: Record<string, unknown> = {}) {
  return parseConfig({ alerts }, { env: {} }).alerts;
}

export const HOUR = 3_600_000;
export const MIN = 60_000;
