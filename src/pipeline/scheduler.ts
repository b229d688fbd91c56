// `pantau run`: crawl each source when it is due, using the source_state table so a restart resumes
// where it stopped. Sleeps in short slices so SIGINT/SIGTERM stop it promptly.
import type { Source } from '../core/types.js';
import { runOnce, type PipelineDeps, type RunSummary } from './runner.js';

export interface ScheduleOptions {
  jitter: number;
  signal: AbortSignal;
  onRun?: (summary: RunSummary) => void;
  /** Max sleep between checks (ms). */
  tickMs?: number;
}

export async function dueSources(sources: Source[], deps: PipelineDeps, now = Date.now()): Promise<Source[]> {
  const due: Source[] = [];
  for (const s of sources) {
    const st = await deps.store.getSourceState(s.id);
    if (!st?.nextDueAt || Date.parse(st.nextDueAt) <= now) due.push(s);
  }
  return due;
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const t = setTimeout(done, ms);
    function done() {
      clearTimeout(t);
      signal.removeEventListener('abort', done);
      resolve();
    }
    signal.addEventListener('abort', done, { once: true });
  });
}

export async function runScheduled(sources: Source[], deps: PipelineDeps, opts: ScheduleOptions): Promise<void> {
  const tick = opts.tickMs ?? 30_000;
  deps = { ...deps, jitter: opts.jitter };
  while (!opts.signal.aborted) {
    const due = await dueSources(sources, deps);
    if (due.length) opts.onRun?.(await runOnce(due, deps));
    if (opts.signal.aborted) break;
    // Sleep until the earliest next due time, capped by the tick.
    let wait = tick;
    for (const s of sources) {
      const st = await deps.store.getSourceState(s.id);
      if (st?.nextDueAt) wait = Math.min(wait, Math.max(1000, Date.parse(st.nextDueAt) - Date.now()));
    }
    await sleep(wait, opts.signal);
  }
}
