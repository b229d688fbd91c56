import type { Disposition } from '../core/types.js';

export type Counts = Record<Disposition, number>;

export function zeroCounts(): Counts {
  return { indexed: 0, duplicate: 0, skipped: 0, dropped: 0, failed: 0 };
}

export interface Reason {
  sourceId: string;
  disposition: Disposition;
  url: string;
  reason: string;
  /** The error class's code (robots, ssrf, not_html, too_large, http_404, store, not_fetched…). */
  code?: string;
}

/** Items of one source that share a disposition and a code, with a few of their URLs. */
export interface ReasonGroup {
  disposition: Disposition;
  code: string;
  count: number;
  urls: string[];
  /** The reason of the first item (says more than 'other' for items reported without a code). */
  example: string;
}

const URLS_PER_GROUP = 3;

/** Per-source disposition counters: every discovered item lands in exactly one bucket. */
export class DispositionCounter {
  readonly bySource = new Map<string, Counts>();
  /** A few reasons per disposition, for the run summary and logs. */
  readonly reasons: Reason[] = [];
  private readonly groups = new Map<string, Map<string, ReasonGroup>>();

  add(sourceId: string, d: Disposition, n = 1): void {
    let c = this.bySource.get(sourceId);
    if (!c) this.bySource.set(sourceId, (c = zeroCounts()));
    c[d] += n;
  }

  note(sourceId: string, d: Disposition, url: string, reason: string, code?: string): void {
    this.add(sourceId, d);
    if (this.reasons.length < 1000) this.reasons.push({ sourceId, disposition: d, url, reason, ...(code ? { code } : {}) });
    let bySource = this.groups.get(sourceId);
    if (!bySource) this.groups.set(sourceId, (bySource = new Map()));
    const key = `${d}\u0000${code ?? 'other'}`;
    let g = bySource.get(key);
    if (!g) bySource.set(key, (g = { disposition: d, code: code ?? 'other', count: 0, urls: [], example: reason }));
    g.count++;
    if (g.urls.length < URLS_PER_GROUP) g.urls.push(url);
  }

  /** One source's skipped/dropped/failed items grouped by disposition and code, largest first. */
  groupsOf(sourceId: string): ReasonGroup[] {
    return [...(this.groups.get(sourceId)?.values() ?? [])].sort((a, b) => b.count - a.count);
  }

  total(): Counts {
    const t = zeroCounts();
    for (const c of this.bySource.values()) for (const k of Object.keys(t) as Disposition[]) t[k] += c[k];
    return t;
  }
}
