// The dashboard's choropleth: GET /api/geo/areas gives the home city's kecamatan (kelurahan when the
// boundary file has them) as SVG paths, from the same simplified boundaries as the HTML issue map
// (src/maps/boundaries.ts, simplified once and cached beside the store) and the same projection
// (src/maps/choropleth.ts); `level: null` without a boundary file (the dashboard then draws the
// tile grid). GET /api/geo/counts?date=D gives each area's mentions and negative mentions of the
// day with its colour on the shared scale and the legend. The counts are the Store's region facet
// (a mention counts in its tagged places and their ancestors), the same filter the mentions list
// applies when an area is clicked, so the list holds exactly the counted mentions and a place
// correction shows at once. Both answers carry ETags (etag.ts): the geometry's stays the same until
// the boundary file changes.
import { Type } from '@sinclair/typebox';
import type { FastifyInstance } from 'fastify';
import { localDay } from '../../core/time.js';
import type { AreaSet } from '../../maps/boundaries.js';
import { colourOf, legendSteps, projectAreas, type ProjectedArea } from '../../maps/choropleth.js';
import { Day, ErrorBody, Lang } from '../schemas.js';
import type { MapCache } from '../map-cache.js';
import { periodOf } from './issues.js';
import { factcheckSourceIds } from '../../core/factcheck-sources.js';
import { toQuery } from './mentions.js';
import type { ServerDeps } from './index.js';

export const GEO_WIDTH = 640;
export const GEO_HEIGHT = 440;

const Level = Type.Union([Type.Literal('district'), Type.Literal('village')]);
const AreasOut = Type.Object({
  level: Type.Union([Level, Type.Null()], { description: 'null: no boundary file (map.boundaries); draw a tile grid of the counts' }),
  width: Type.Integer(),
  height: Type.Integer(),
  areas: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), d: Type.String({ description: 'SVG path data in the width × height box' }), label: Type.Union([Type.Array(Type.Number(), { minItems: 2, maxItems: 2 }), Type.Null()]) })),
});
const CountsQuery = Type.Object({ date: Type.Optional(Day), from: Type.Optional(Day), to: Type.Optional(Day), lang: Type.Optional(Lang) }, { additionalProperties: false });
const CountsOut = Type.Object({
  period: Type.Object({ from: Type.String(), to: Type.String() }),
  level: Level,
  max: Type.Integer({ description: 'the most negative mentions of one area' }),
  legend: Type.Array(Type.Object({ fill: Type.String(), min: Type.Integer() })),
  areas: Type.Array(Type.Object({ code: Type.String(), name: Type.String(), count: Type.Integer(), negative: Type.Integer(), fill: Type.String() })),
});

export function registerGeo(app: FastifyInstance, deps: ServerDeps, maps: MapCache): void {
  const now = deps.now ?? Date.now;
  let loaded: Promise<AreaSet | undefined> | undefined;
  // Loaded once; a failed load (an unreadable boundary file) is tried again on the next request.
  const areaSet = () =>
    (loaded ??= (deps.areas ? deps.areas() : Promise.resolve(undefined)).catch((e: unknown) => {
      loaded = undefined;
      throw e;
    }));
  const projected = new WeakMap<AreaSet, ProjectedArea[]>();
  const shapes = (set: AreaSet) => {
    let p = projected.get(set);
    if (!p) projected.set(set, (p = projectAreas(set, GEO_WIDTH, GEO_HEIGHT)));
    return p;
  };

  app.get(
    '/api/geo/areas',
    {
      schema: {
        summary: 'The home city’s areas for the choropleth: simplified boundaries as SVG paths (level null without a boundary file)',
        tags: ['geo'],
        querystring: Type.Object({}, { additionalProperties: false }),
        response: { 200: AreasOut, 400: ErrorBody },
      },
    },
    async () => {
      const set = await areaSet();
      return { level: set?.level ?? null, width: GEO_WIDTH, height: GEO_HEIGHT, areas: set ? shapes(set) : [] };
    },
  );

  app.get(
    '/api/geo/counts',
    {
      schema: {
        summary: 'Mentions and negative mentions per area of a day’s (default today’s) issue map, with the choropleth colour and legend',
        tags: ['geo'],
        querystring: CountsQuery,
        response: { 200: CountsOut, 400: ErrorBody },
      },
    },
    async (req) => {
      const q = req.query as { date?: string; from?: string; to?: string; lang?: 'id' | 'en' };
      const period = periodOf(q, localDay(now(), deps.config.timezone));
      const home = deps.config.analysis.homeRegion;
      const set = await areaSet();
      // The debunks of fact-check sources are not mentions of the city's matters (the map leaves them out too).
      const filter = { ...toQuery({ from: period.from, to: period.to, region: home }), excludeSourceId: factcheckSourceIds(deps.config) };
      const agg = await deps.store.aggregate({ filter, by: ['region'], size: 10_000 });
      const counted = new Map(agg.buckets.map((b) => [b.key, b]));
      // With boundaries: every drawn area; without: every kecamatan of the home region (the issue
      // map's directory lists them, quiet ones too).
      const places = set ? set.areas.map((a) => ({ code: a.code, name: deps.place(a.code)?.name ?? a.name })) : (await maps.get({ ...period, lang: q.lang ?? 'id' })).map.districts.map((c) => ({ code: c.code, name: c.name }));
      const rows = places.map((p) => ({ ...p, count: counted.get(p.code)?.count ?? 0, negative: counted.get(p.code)?.negative ?? 0 }));
      const max = Math.max(0, ...rows.map((r) => r.negative));
      return { period, level: set?.level ?? 'district', max, legend: legendSteps(max), areas: rows.map((r) => ({ ...r, fill: colourOf(r.negative, max) })) };
    },
  );
}
