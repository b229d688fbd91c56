// `pantau run`: crawl each source when it is due, using the source_state table so a restart resumes
// where it stopped. Each source is scheduled on its own — a pool of at most `concurrency` crawls fed
// by due times — so a slow publisher never delays a source due every few seconds. A fact-check source
// that stored new items rebuilds the analyzers (the debunk index), as `run --once` does, so the
// sources crawled after it match claims against the new debunks. SIGINT/SIGTERM (the signal) stop
// the waiting at once and the running crawls after their current items.
import { type Clock, systemClock } from '../core/clock.js';
import { errorMessage } from '../core/errors.js';
import type { Source } from '../core/types.js';
import type { AnalyzerChain } from '../../analyzers/chain.js';
import { crawlSource, type PipelineDeps, type SourceResult } from './runner.js';

export interface ScheduleOptions {
  jitter: number;
  signal: AbortSignal;
  /** Called with each source's result as it finishes. */
  onResult?: (result: SourceResult) => void;
  /** Rebuild the analyzers from the store (after a fact-check source stored new debunks). */
  rebuildAnalyzers?: () => Promise<AnalyzerChain>;
  /** Sources crawled at the same time (default 4). */
  concurrency?: number;
  /** Longest wait between looks at the due times (ms; default 30 s). */
  tickMs?: number;
  /** Wait before looking again at a source another process was crawling (ms; default 60 s). */
  busyRetryMs?: number;
}

export async function runScheduled(sources: Source[], deps: PipelineDeps, opts: ScheduleOptions): Promise<void> {
  const clock: Clock = deps.clock ?? systemClock;
  const tick = opts.tickMs ?? 30_000;
  const concurrency = Math.max(1, opts.concurrency ?? 4);
  const busyRetry = opts.busyRetryMs ?? 60_000;
  const log = deps.log.child({ component: 'scheduler' });
  let analyzers = deps.analyzers;
  const running = new Map<string, Promise<void>>();
  /** Not before this time: a source another process holds, or one whose state could not be read. */
  const notBefore = new Map<string, number>();
  let wake = new AbortController();

  const start = (s: Source): void => {
    const job = (async () => {
      const result = await crawlSource(s, { ...deps, analyzers, jitter: opts.jitter });
      if (result.busy) notBefore.set(s.id, clock.now() + busyRetry);
      opts.onResult?.(result);
      if (s.factcheck && result.counts.indexed > 0 && analyzers && opts.rebuildAnalyzers) {
        try {
          analyzers = await opts.rebuildAnalyzers();
        } catch (err) {
          log.warn({ err: errorMessage(err) }, 'could not rebuild the analyzers after new debunks');
        }
      }
    })()
      .catch((err) => log.error({ source: s.id, err: errorMessage(err) }, 'source crawl crashed'))
      .finally(() => {
        running.delete(s.id);
        wake.abort();
      });
    running.set(s.id, job);
  };

  while (!opts.signal.aborted) {
    // Renewed before looking, so a crawl that ends while we look still wakes the sleep below.
    wake = new AbortController();
    const now = clock.now();
    // Due times of the sources not running now; fact-check sources first, so debunks come in first.
    const idle: { s: Source; due: number }[] = [];
    for (const s of sources) {
      if (running.has(s.id)) continue;
      let due: number;
      try {
        const st = await deps.store.getSourceState(s.id);
        due = st?.nextDueAt ? Date.parse(st.nextDueAt) : now;
      } catch (err) {
        log.warn({ source: s.id, err: errorMessage(err) }, 'cannot read source state');
        due = now + tick;
      }
      idle.push({ s, due: Math.max(due, notBefore.get(s.id) ?? 0) });
    }
    const ready = idle.filter((x) => x.due <= now).sort((a, b) => Number(b.s.factcheck) - Number(a.s.factcheck) || a.due - b.due);
    for (const { s } of ready) {
      if (running.size >= concurrency) break;
      start(s);
    }
    // Sleep until the earliest due time of a source that could start, a crawl ends, or the tick.
    let wait = tick;
    if (running.size < concurrency) for (const x of idle) if (!running.has(x.s.id)) wait = Math.min(wait, x.due - now);
    await clock.sleep(Math.max(wait, 1), AbortSignal.any([opts.signal, wake.signal])).catch(() => {});
  }
  await Promise.all(running.values());
}
