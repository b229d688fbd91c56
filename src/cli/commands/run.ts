import type { Command } from 'commander';
import { sleep, systemClock } from '../../core/clock.js';
import { ConfigError } from '../../core/errors.js';
import type { Source } from '../../core/types.js';
import type { Reason } from '../../pipeline/dispositions.js';
import type { RunSummary, SourceResult } from '../../pipeline/runner.js';
import { formatCounts, formatGroup, ttyProgress } from '../progress.js';
import { buildAnalyzers, makeLogger, openPipeline, readConfig, type GlobalOpts } from '../runtime.js';
import { addLangOption, parseLang, type Lang } from '../i18n.js';
import { terminalSafe } from '../terminal.js';
import { inShard, parseShard } from '../shard.js';
import { storeHealthLine } from '../store-health.js';

function pickSources(all: Source[], ids: string[] | undefined, shard?: string): Source[] {
  if (shard !== undefined) {
    const s = parseShard(shard);
    all = all.filter((src) => inShard(src.id, s));
  }
  if (!ids || ids.length === 0) return all;
  const unknown = ids.filter((id) => !all.some((s) => s.id === id));
  if (unknown.length) throw new ConfigError(`unknown source id(s): ${unknown.join(', ')} (configured: ${all.map((s) => s.id).join(', ') || 'none'})`);
  return all.filter((s) => ids.includes(s.id));
}

/** A source's line of the run summary, and one indented line per reason its items were not stored. */
const WORDS = {
  id: { ok: 'ok  ', fail: 'GAGAL', busy: 'sibuk', total: 'total' },
  en: { ok: 'ok  ', fail: 'FAIL', busy: 'busy', total: 'total' },
};

export function formatSource(r: SourceResult, lang: Lang = 'id'): string {
  const w = WORDS[lang];
  if (r.busy) return `${w.busy} ${r.sourceId}: ${terminalSafe(r.busy)}\n`;
  let out = `${r.ok ? w.ok : w.fail} ${r.sourceId}: ${formatCounts(r.counts, lang)}${r.error ? ` — ${terminalSafe(r.error)}` : ''}\n`;
  for (const g of r.groups) out += `       ${formatGroup(g, lang)}\n`;
  return out;
}

export function printSummary(summary: RunSummary, out: NodeJS.WritableStream = process.stdout, lang: Lang = 'id'): void {
  for (const r of summary.sources) out.write(formatSource(r, lang));
  out.write(`${WORDS[lang].total}: ${formatCounts(summary.totals, lang)}\n`);
}

/** An item's reason without the URL its line already shows. */
function reasonWithout(url: string, reason: string): string {
  let r = reason.replace(/\s*\n\s*/g, ' ');
  if (r.startsWith(`${url}: `)) r = r.slice(url.length + 2);
  return r.split(url).join('the page');
}

/**
 * On stderr: one error line per source that failed, one warning line per source warning and per
 * item that was dropped or failed (not HTML, too large, unreachable page…). The exit code says
 * whether a *source* failed (1) — failed items alone do not make it 1: they are remembered and
 * retried on later runs, and the source's feed still works.
 */
function reportProblems(results: SourceResult[], reasons: Reason[], err: NodeJS.WritableStream = process.stderr): void {
  for (const r of results) {
    if (!r.ok) err.write(`pantau: error: source ${r.sourceId} failed: ${terminalSafe(r.error)}\n`);
    for (const w of r.warnings) err.write(`pantau: warning: ${r.sourceId}: ${terminalSafe(w)}\n`);
  }
  const bad = reasons.filter((r) => r.disposition === 'dropped' || r.disposition === 'failed');
  for (const r of bad.slice(0, 50)) err.write(terminalSafe(`pantau: warning: ${r.sourceId}: ${r.disposition} ${r.url}: ${reasonWithout(r.url, r.reason)}`) + '\n');
  if (bad.length > 50) err.write(`pantau: warning: … and ${bad.length - 50} more dropped or failed items\n`);
}

/** How often `pantau run` evaluates alerts and retries deliveries between crawls. */
const ALERT_TICK_MS = 30_000;
/** How often `pantau run` looks for complete days whose issue ids are due. */
const IDS_TICK_MS = 5 * 60_000;

/** "peringatan: 1 baru, 1 terkirim" after the run summary, when alerts did anything. */
export function alertsLine(t: { events: number; sent: number; failed: number; retrying: number }, lang: 'id' | 'en'): string {
  if (!t.events && !t.sent && !t.failed && !t.retrying) return '';
  const id = lang === 'id';
  const parts = [
    `${t.events} ${id ? 'pesan baru' : 'new messages'}`,
    `${t.sent} ${id ? 'terkirim' : 'sent'}`,
    ...(t.retrying ? [`${t.retrying} ${id ? 'dicoba lagi nanti' : 'to retry'}`] : []),
    ...(t.failed ? [`${t.failed} ${id ? 'gagal' : 'failed'}`] : []),
  ];
  return `${id ? 'peringatan' : 'alerts'}: ${parts.join(', ')}\n`;
}

async function once(opts: GlobalOpts & { source?: string[]; analyze?: boolean; json?: boolean; lang?: string; shard?: string; mapIds?: boolean }): Promise<void> {
  const lang = parseLang(opts.lang);
  const config = readConfig(opts, true);
  if (config.sources.length === 0) throw new ConfigError(`${config.file ?? 'config'}: sources: no sources configured`);
  const sources = pickSources(config.sources, opts.source, opts.shard);
  const log = makeLogger();
  const p = await openPipeline(config, log, { analyze: opts.analyze !== false, alerts: opts.analyze !== false });
  try {
    // The pipeline modules load with the command, not at every start-up (npm run bench:startup).
    const [{ runAllOnce }, ids] = await Promise.all([import('../../pipeline/run-all.js'), import('../map-ids.js')]);
    const withIds = ids.idsOnStore(config, opts.mapIds);
    await ids.beforeStoring(p.deps.store);
    const summary = await runAllOnce(sources, { ...p.deps, progress: ttyProgress(process.stderr, lang) }, () => buildAnalyzers(config, p.deps.store));
    // The complete days this crawl stored mentions of get their issue ids (src/maps/assign-ids.ts).
    const idsDone = withIds ? await ids.assignIds(config, p.deps.store, ids.commandClock()) : undefined;
    // The crawl cycle's own evaluation (a spike that ended, retries due), after the batches' ones.
    await p.alerts?.service.kick();
    // Mentions that wait in the local outbox (Elasticsearch unreachable) are kept, and said so.
    const health = await p.deps.store.health?.();
    if (opts.json) process.stdout.write(JSON.stringify(health ? { ...summary, storage: health } : summary, null, 2) + '\n');
    else {
      printSummary(summary, process.stdout, lang);
      if (health) process.stdout.write(storeHealthLine(health, lang));
      if (p.alerts) process.stdout.write(alertsLine(p.alerts.service.totals, lang));
      if (idsDone && (idsDone.done.length || idsDone.error)) process.stdout.write(ids.idsLine(idsDone, lang));
    }
    if (idsDone?.error) {
      // The store unreachable (mentions waiting in the outbox) is a warning: the days wait for the next run.
      process.stderr.write(`pantau: ${idsDone.unavailable ? 'warning' : 'error'}: issue ids: ${terminalSafe(idsDone.error)} (the day and the later ones are assigned at the next run)\n`);
      if (!idsDone.unavailable) process.exitCode = 1;
    }
    reportProblems(summary.sources, summary.reasons);
    if (summary.failedSources.length) process.exitCode = 1;
  } finally {
    await p.close();
  }
}

export function registerRun(program: Command): void {
  const run = program
    .command('run')
    .description('crawl → extract → analyze → store; on a schedule until stopped, or once with --once')
    .option('--once', 'crawl every source once and exit')
    .option('-s, --source <id...>', 'only these source ids')
    .option('--shard <K/N>', 'only the sources whose id hashes to shard K of N (N machines sharing one Elasticsearch)')
    .option('--json', 'print the run summary as JSON (with --once)')
    .option('--no-map-ids', 'do not assign issue ids to complete days after storing (pantau map assigns them)')
    .option('-c, --config <file>', 'config file (default: $PANTAU_CONFIG or ./pantau.config.yaml)');
  addLangOption(run).action(async (opts, cmd: Command) => {
      const all = { ...cmd.optsWithGlobals(), ...opts };
      if (all.once) return once(all);
      const lang = parseLang(all.lang);
      const config = readConfig(all, true);
      const sources = pickSources(config.sources, all.source, all.shard);
      const log = makeLogger('info');
      const ac = new AbortController();
      const stop = (sig: string) => {
        if (ac.signal.aborted) process.exit(130); // second signal: give up waiting
        log.info({ signal: sig }, 'stopping after the current items');
        ac.abort(new Error(`stopped by ${sig}`));
      };
      process.once('SIGINT', () => stop('SIGINT'));
      process.once('SIGTERM', () => stop('SIGTERM'));
      const p = await openPipeline(config, log, { signal: ac.signal });
      const ids = await import('../map-ids.js');
      const clock = p.deps.clock ?? ids.commandClock();
      // Issue ids of the days that closed (after midnight in the office's zone) and of the complete
      // days the crawls stored mentions of: every few minutes, and before the daily map is written.
      // One assignment at a time (the daily map waits for the one under way).
      let assigning: Promise<void> = Promise.resolve();
      const assignNow = (): Promise<void> => {
        if (!ids.idsOnStore(config, all.mapIds)) return Promise.resolve();
        assigning = assigning.then(async () => {
          const o = await ids.assignIds(config, p.deps.store, clock, (d) => log.info({ day: d.day, written: d.written, cpuMs: Math.round(d.cpuMs) }, 'issue ids of the day assigned'));
          if (o.error) log.error({ err: o.error }, 'issue ids could not be assigned; tried again in a few minutes');
          if (o.done.length) process.stdout.write(ids.idsLine(o, lang));
        });
        return assigning;
      };
      await ids.beforeStoring(p.deps.store);
      const idsTimer = (async () => {
        while (!ac.signal.aborted) {
          await assignNow();
          await sleep(IDS_TICK_MS, ac.signal).catch(() => {});
        }
      })();
      // Alerts also look at the clock between crawls: a spike ends, quiet hours end, a retry is due.
      const alertTimer = p.alerts
        ? (async () => {
            while (!ac.signal.aborted) {
              await sleep(ALERT_TICK_MS, ac.signal).catch(() => {});
              if (!ac.signal.aborted) await p.alerts!.service.tick();
            }
          })()
        : Promise.resolve();
      try {
        // The daily map (reports.dailyAt) runs beside the crawl scheduler, on the same store and signal.
        const [{ startDailyReports }, { runScheduled }] = await Promise.all([import('../daily-report.js'), import('../../pipeline/scheduler.js')]);
        const reports = startDailyReports(config, p.deps.store, p.deps.clock ?? systemClock, log, ac.signal, assignNow);
        await runScheduled(sources, { ...p.deps, progress: ttyProgress(process.stderr, lang) }, {
          jitter: config.schedule.jitter,
          signal: ac.signal,
          // Each source's line as it finishes; new debunks rebuild the index, as in --once.
          onResult: (r) => {
            // (item by item, the info-level log has each skipped, dropped and failed item)
            process.stdout.write(formatSource(r, lang));
            reportProblems([r], []);
          },
          rebuildAnalyzers: () => buildAnalyzers(config, p.deps.store),
        }).finally(async () => {
          // Whatever ends the scheduler ends the report loop too, before the store closes.
          if (!ac.signal.aborted) ac.abort(new Error('scheduler stopped'));
          await reports;
        });
      } finally {
        await alertTimer;
        await idsTimer;
        await p.close();
      }
    });

  const crawl = program
    .command('crawl')
    .description('crawl sources once and store what they find, without analysis (see `run --once` for the full chain)')
    .option('-s, --source <id...>', 'only these source ids')
    .option('--json', 'print the run summary as JSON')
    .option('--no-map-ids', 'do not assign issue ids to complete days after storing (pantau map assigns them)')
    .option('-c, --config <file>', 'config file');
  addLangOption(crawl).action(async (opts, cmd: Command) => once({ ...cmd.optsWithGlobals(), ...opts, analyze: false }));
}
