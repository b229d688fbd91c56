// Rendering a map in one format and writing it: what `pantau map` and the daily report share. A
// file is written to a temporary name and renamed, so a reader (a mail job, the web server) never
// sees half a report.
import { lstatSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { PantauConfig } from '../core/config.js';
import type { AreaSet } from '../maps/boundaries.js';
import type { Lang } from '../maps/i18n.js';
import type { MapFormat } from '../maps/render/index.js';
import type { IssueMap } from '../maps/types.js';

/** The simplified boundaries of the home region, when map.boundaries is set (cached beside the store). */
export async function mapAreas(config: PantauConfig): Promise<AreaSet | undefined> {
  if (!config.map.boundaries) return undefined;
  const { loadHomeAreas } = await import('../maps/boundaries.js');
  const cacheDir = config.storage.path === ':memory:' ? undefined : join(dirname(config.storage.path), 'cache');
  return loadHomeAreas(config.map.boundaries, config.analysis.homeRegion, cacheDir);
}

export async function renderFormat(
  map: IssueMap,
  format: MapFormat,
  config: PantauConfig,
  opts: { lang: Lang; areas?: AreaSet; fullMap?: string },
): Promise<string | Buffer> {
  const { renderMap } = await import('../maps/render/index.js');
  let pdf;
  if (format === 'pdf') {
    const { chromiumArgs } = await import('../../crawlers/render/browser.js');
    pdf = { executablePath: config.crawl.chromiumPath, args: chromiumArgs() };
  }
  return renderMap(map, format, { lang: opts.lang, areas: opts.areas, fullMap: opts.fullMap, pdf });
}

export function writeAtomic(file: string, data: string | Buffer): void {
  // Only a regular file (or none) is replaced by rename. `--out /dev/null`, `/dev/stdout`, a pipe or a
  // symlink is written in place: a rename over it would put a regular file where the device node or
  // the link was (run as root, `--out /dev/null` replaced the machine's /dev/null).
  let existing;
  try {
    existing = lstatSync(file);
  } catch {
    existing = undefined;
  }
  if (existing && !existing.isFile()) {
    writeFileSync(file, data);
    return;
  }
  mkdirSync(dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}
