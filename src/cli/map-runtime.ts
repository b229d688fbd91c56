// What `pantau map`, `pantau facts` and the daily report need from the analyzers (the normalizer's
// tokens and stems, the gazetteer's places of the home region, the topic labels) wired into the map,
// which itself imports nothing outside src/core.
import type { PantauConfig } from '../core/config.js';
import { factcheckSourceIds } from '../core/factcheck-sources.js';
import { InputError } from '../core/errors.js';
import type { Store } from '../core/types.js';
import type { RegionDirectory } from '../maps/directory.js';
import type { Lang } from '../maps/i18n.js';
import type { ProduceDeps } from '../maps/produce.js';
import type { RegionLevel } from '../maps/regions.js';

export interface MapRuntime {
  deps: ProduceDeps;
  directory: RegionDirectory;
  /** Name of a Kemendagri code (any region, not only the home one). */
  regionName(code: string): string | undefined;
}

export async function mapRuntime(config: PantauConfig, store: Store, lang: Lang, now: () => Date = () => new Date()): Promise<MapRuntime> {
  const [{ placesUnder }, { stem, tokenize }, { DEFAULT_TAXONOMY }] = await Promise.all([
    import('../../analyzers/regions/index.js'),
    import('../../analyzers/normalize/index.js'),
    import('../../analyzers/topics/taxonomy.js'),
  ]);
  // Only the home region's places (and, for --region, the named code's), never the whole gazetteer.
  const home = config.analysis.homeRegion;
  const places = placesUnder(home);
  const homePlace = places.find((p) => p.code === home);
  if (!homePlace) throw new InputError(`analysis.homeRegion: unknown Kemendagri code "${home}"`);
  const directory: RegionDirectory = {
    entries: places.filter((p) => p.code === home || p.code.startsWith(`${home}.`)).map((p) => ({ code: p.code, name: p.name, level: p.level as RegionLevel })),
  };
  const deps: ProduceDeps = {
    store,
    timezone: config.timezone,
    homeRegion: { code: home, name: homePlace.name },
    text: { tokenize, stem },
    directory,
    ownedSources: new Set(config.sources.filter((s) => s.owned).map((s) => s.id)),
    factcheckSources: new Set(factcheckSourceIds(config)),
    topicLabels: Object.fromEntries(DEFAULT_TAXONOMY.topics.map((t) => [t.id, t.label[lang]])),
    opd: config.map.opd,
    lookbackDays: config.map.lookbackDays,
    now,
  };
  return { deps, directory, regionName: (code) => places.find((p) => p.code === code)?.name ?? placesUnder(code).find((p) => p.code === code)?.name };
}
