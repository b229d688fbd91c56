// The people and agencies of one issue, as the map lists them. One agency is often named several ways
// across an issue's mentions — "RSUD S.K. Lerik", "RSUD S.K", "RSUD"; "Dinkes Kota Kupang" (watch-list
// name "Dinas Kesehatan Kota Kupang") and a bare "Dinkes" — and listing each form as its own entity
// splits its count and fills the list with fragments. A name is folded into another of the same type
// when it is the other's name, or one of the forms it was written as, cut after whole words, and that
// other entity is the only one it could be; an ambiguous short form ("RSUD" beside two hospitals) stays.
// The usual short names of a city's agencies count as their long names ("Dinkes" = "Dinas Kesehatan",
// "PUPR" = "Dinas PUPR", "PDAM" = "Perumda Air Minum", the water companies' name since 2017).
import type { MapEntity } from './types.js';

export interface EntityTally {
  entity: MapEntity;
  /** The key words of every surface form the entity was written as (its canonical name's too). */
  forms: Set<string>;
  /** Indices of the mentions that name it (a mention counts once). */
  mentions: Set<number>;
}

const AGENCY_SHORT: Readonly<Record<string, string>> = {
  dinkes: 'dinas kesehatan',
  dinsos: 'dinas sosial',
  dishub: 'dinas perhubungan',
  disdik: 'dinas pendidikan',
  dlh: 'dinas lingkungan hidup',
  disdukcapil: 'dinas kependudukan dan pencatatan sipil',
  dukcapil: 'dinas kependudukan dan pencatatan sipil',
  diskominfo: 'dinas komunikasi dan informatika',
  disnaker: 'dinas tenaga kerja',
  disperindag: 'dinas perindustrian dan perdagangan',
  damkar: 'dinas pemadam kebakaran',
  pdam: 'perumda air minum',
};

/** The names a short form may stand for: itself, its long name, "dinas X" for a bare "X". */
const readings = (w: string): string[] => [w, `dinas ${w}`, ...(AGENCY_SHORT[w] ? [AGENCY_SHORT[w]] : [])];

const isWordPrefix = (short: string, long: string): boolean => long.length > short.length && long.startsWith(short) && long[short.length] === ' ';

/** Folds short forms into the one entity they abbreviate; returns the entities with their mention counts. */
export function foldEntities(tallies: readonly EntityTally[]): MapEntity[] {
  const words = (t: EntityTally): string => t.entity.key.slice(t.entity.key.indexOf(':') + 1);
  // Longest names first, so "RSUD S.K" is folded into "RSUD S.K. Lerik" before "RSUD" looks for a home.
  const order = [...tallies].sort((a, b) => words(b).length - words(a).length);
  const alive = new Set(order);
  for (const t of order) {
    const rs = t.entity.type === 'organization' ? readings(words(t)) : [words(t)];
    const names = (o: EntityTally): string[] => [words(o), ...o.forms];
    const homes = order.filter(
      (o) => o !== t && alive.has(o) && o.entity.type === t.entity.type && names(o).some((n) => rs.some((r) => n === r || isWordPrefix(r, n))),
    );
    if (homes.length !== 1) continue;
    const home = homes[0]!;
    for (const m of t.mentions) home.mentions.add(m);
    for (const f of t.forms) home.forms.add(f);
    home.entity.watched ||= t.entity.watched;
    alive.delete(t);
  }
  return tallies.filter((t) => alive.has(t)).map((t) => ({ ...t.entity, count: t.mentions.size }));
}
