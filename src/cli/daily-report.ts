// `pantau run`'s daily map: the map of yesterday in every `reports.formats`, written to
// `reports.dir` as peta-isu-YYYY-MM-DD.<ext> at `reports.dailyAt` (src/maps/daily.ts decides when).
import { join } from 'node:path';
import type { Clock } from '../core/clock.js';
import type { PantauConfig } from '../core/config.js';
import type { Logger, Store } from '../core/types.js';
import { runDailyReports } from '../maps/daily.js';
import { extensionOf, type MapFormat } from '../maps/render/index.js';
import { mapAreas, renderFormat, writeAtomic } from './map-output.js';
import { mapRuntime } from './map-runtime.js';

export function reportFile(config: PantauConfig, day: string, format: MapFormat): string {
  return join(config.reports.dir, `peta-isu-${day}.${extensionOf(format)}`);
}

/** Writes every format of one day's map; the first failure is thrown after the others were tried. */
export async function writeDailyMap(config: PantauConfig, store: Store, day: string, now: () => Date = () => new Date()): Promise<string[]> {
  const { produceMap } = await import('../maps/produce.js');
  const lang = config.reports.lang;
  const rt = await mapRuntime(config, store, lang, now);
  const map = await produceMap({ from: day, to: day, lang }, rt.deps);
  await (await import('../evaluation/map-effects.js')).attachEffects(map, store, config.evaluation);
  const formats = config.reports.formats as MapFormat[];
  const areas = formats.some((f) => f === 'html' || f === 'pdf') ? await mapAreas(config) : undefined;
  const html = formats.includes('html') ? reportFile(config, day, 'html') : undefined;
  const written: string[] = [];
  let failure: unknown;
  for (const f of formats) {
    try {
      const data = await renderFormat(map, f, config, { lang, areas, ...(html ? { fullMap: html } : {}) });
      const file = reportFile(config, day, f);
      writeAtomic(file, data);
      written.push(file);
    } catch (e) {
      failure ??= e;
    }
  }
  if (failure) throw failure;
  return written;
}

export function startDailyReports(config: PantauConfig, store: Store, clock: Clock, log: Logger, signal: AbortSignal, before?: () => Promise<void>): Promise<void> {
  const dailyAt = config.reports.dailyAt;
  if (!dailyAt) return Promise.resolve();
  return runDailyReports(
    {
      store,
      clock,
      timezone: config.timezone,
      dailyAt,
      log: log.child({ component: 'daily-map' }),
      write: async (day) => {
        // The issue ids of the closed days first (pantau run's assignment), so the map finds them.
        await before?.();
        const files = await writeDailyMap(config, store, day, () => new Date(clock.now()));
        log.info({ day, files }, 'daily map');
      },
    },
    signal,
  );
}
