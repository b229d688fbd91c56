import type { Disposition } from '../core/types.js';

export type Counts = Record<Disposition, number>;

export function zeroCounts(): Counts {
  return { indexed: 0, duplicate: 0, skipped: 0, dropped: 0, failed: 0 };
}

/** Per-source disposition counters: every discovered item lands in exactly one bucket. */
export class DispositionCounter {
  readonly bySource = new Map<string, Counts>();
  /** A few reasons per disposition, for the run summary and logs. */
  readonly reasons: { sourceId: string; disposition: Disposition; url: string; reason: string }[] = [];

  add(sourceId: string, d: Disposition, n = 1): void {
    let c = this.bySource.get(sourceId);
    if (!c) this.bySource.set(sourceId, (c = zeroCounts()));
    c[d] += n;
  }

  note(sourceId: string, d: Disposition, url: string, reason: string): void {
    this.add(sourceId, d);
    if (this.reasons.length < 1000) this.reasons.push({ sourceId, disposition: d, url, reason });
  }

  total(): Counts {
    const t = zeroCounts();
    for (const c of this.bySource.values()) for (const k of Object.keys(t) as Disposition[]) t[k] += c[k];
    return t;
  }
}
