// Boundary files for the choropleth: GeoJSON or TopoJSON whose features carry Kemendagri codes, or
// the SQL files of the MIT-licensed wilayah_boundaries repository (rows of kode, nama, lat, lng and
// a JSON path of rings in [lat, lng] order — the reverse of GeoJSON). The areas of the home region
// are kept, simplified once with topology-preserving simplification (topojson-simplify: neighbouring
// kecamatan keep a shared border, no gaps or overlaps) and cached next to the store, keyed by the
// file's hash, so later maps read a few kilobytes instead of the whole province.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type * as TopoClient from 'topojson-client';
import type * as TopoServer from 'topojson-server';
import type * as TopoSimplify from 'topojson-simplify';
import type { Topology } from 'topojson-specification';
import { InputError } from '../core/errors.js';
import { within } from './regions.js';

// The topojson packages are UMD bundles: loaded through require, which gives their named exports.
const require = createRequire(import.meta.url);
const client = (): typeof TopoClient => require('topojson-client') as typeof TopoClient;
const server = (): typeof TopoServer => require('topojson-server') as typeof TopoServer;
const simplifier = (): typeof TopoSimplify => require('topojson-simplify') as typeof TopoSimplify;

export interface Area {
  code: string;
  name: string;
  /** [lng, lat] polygons (GeoJSON order). */
  geometry: Polygon | MultiPolygon;
}

export interface AreaSet {
  /** 'district' (kecamatan) or 'village' (kelurahan). */
  level: 'district' | 'village';
  areas: Area[];
}

const CODE_KEYS = ['kode', 'code', 'kode_kemendagri', 'kemendagri', 'kd_wilayah', 'kode_wilayah', 'id', 'KODE', 'CODE', 'KDEPUM', 'kdepum', 'ADM3_PCODE', 'ADM4_PCODE'];
const NAME_KEYS = ['nama', 'name', 'NAMA', 'NAME', 'WADMKC', 'WADMKD', 'ADM3_EN', 'ADM4_EN'];

/** "1571031010" or "15.71.03.1010" → "15.71.03.1010"; anything else undefined. */
export function normalizeCode(v: unknown): string | undefined {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/.test(s)) return s;
  const digits = s.replace(/^ID/i, '');
  if (/^\d+$/.test(digits) && [2, 4, 6, 10].includes(digits.length)) {
    const parts = [digits.slice(0, 2), digits.slice(2, 4), digits.slice(4, 6), digits.slice(6)].filter(Boolean);
    return parts.join('.');
  }
  return undefined;
}

function fromFeature(f: Feature): Area | undefined {
  const p = (f.properties ?? {}) as Record<string, unknown>;
  let code: string | undefined;
  for (const k of CODE_KEYS) if ((code = normalizeCode(p[k]))) break;
  if (!code && f.id !== undefined) code = normalizeCode(f.id);
  const g = f.geometry;
  if (!code || !g || (g.type !== 'Polygon' && g.type !== 'MultiPolygon')) return undefined;
  const name = NAME_KEYS.map((k) => p[k]).find((x) => typeof x === 'string' && x.trim()) as string | undefined;
  return { code, name: name?.trim() ?? code, geometry: g };
}

/** Rows of `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES (…),(…);`. */
export function parseWilayahSql(text: string): Area[] {
  const out: Area[] = [];
  const row = /\(\s*'([\d.]+)'\s*,\s*'((?:[^']|'')*)'\s*,\s*(-?[\d.]+)\s*,\s*(-?[\d.]+)\s*,\s*'(\[[^']*\])'\s*\)/g;
  for (const m of text.matchAll(row)) {
    let rings: number[][][];
    try {
      rings = JSON.parse(m[5]!) as number[][][];
    } catch {
      continue;
    }
    // Each ring is its own polygon: the files do not tell holes from islands, and islands are common.
    const polys: Position[][][] = rings
      .filter((r) => Array.isArray(r) && r.length >= 4)
      .map((r) => [r.map(([lat, lng]) => [lng!, lat!] as Position)]);
    if (!polys.length) continue;
    out.push({ code: m[1]!, name: m[2]!.replace(/''/g, "'"), geometry: { type: 'MultiPolygon', coordinates: polys } });
  }
  return out;
}

/** Every area of a boundary file (GeoJSON, TopoJSON or wilayah_boundaries SQL). */
export function parseBoundaries(text: string, name: string): Area[] {
  if (/\.sql$/i.test(name) || /INSERT\s+INTO\s+wilayah_boundaries/i.test(text.slice(0, 5000))) {
    const areas = parseWilayahSql(text);
    if (!areas.length) throw new InputError(`${name}: no wilayah_boundaries rows (kode, nama, lat, lng, path) found`);
    return areas;
  }
  let obj: unknown;
  try {
    obj = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new InputError(`${name}: not GeoJSON/TopoJSON (${(e as Error).message.split('\n')[0]})`);
  }
  const o = obj as { type?: string; objects?: Record<string, unknown>; features?: Feature[] };
  let features: Feature[] = [];
  if (o.type === 'Topology' && o.objects) {
    const topo = obj as Topology;
    for (const key of Object.keys(topo.objects)) {
      const fc = client().feature(topo, topo.objects[key]!) as FeatureCollection | Feature;
      features.push(...('features' in fc ? fc.features : [fc]));
    }
  } else if (o.type === 'FeatureCollection' && Array.isArray(o.features)) features = o.features;
  else if (o.type === 'Feature') features = [obj as Feature];
  else throw new InputError(`${name}: expected a GeoJSON FeatureCollection or a TopoJSON Topology`);
  const areas = features.map(fromFeature).filter((a): a is Area => !!a);
  if (!areas.length) throw new InputError(`${name}: no polygon feature carries a Kemendagri code (property kode/code/id)`);
  return areas;
}

/**
 * The home region's areas at the finest level the file has (kelurahan when it holds the home
 * region's kelurahan, else kecamatan), simplified to about `keep` of their points.
 */
export function homeAreas(all: readonly Area[], home: string, maxPoints = MAX_POINTS): AreaSet | undefined {
  const inside = all.filter((a) => a.code !== home && within(a.code, home));
  const villages = inside.filter((a) => a.code.split('.').length === 4);
  const districts = inside.filter((a) => a.code.split('.').length === 3);
  const level = villages.length >= 2 ? 'village' : 'district';
  const chosen = level === 'village' ? villages : districts;
  if (!chosen.length) return undefined;
  const points = chosen.reduce((n, a) => n + countPoints(a.geometry), 0);
  return { level, areas: points > maxPoints ? simplifyAreas(chosen, maxPoints / points) : chosen };
}

/** About this many points for the whole city: sharp enough for A4, small enough for an e-mail. */
export const MAX_POINTS = 4000;

function countPoints(g: Polygon | MultiPolygon): number {
  const polys = g.type === 'Polygon' ? [g.coordinates] : g.coordinates;
  return polys.reduce((n, p) => n + p.reduce((m, r) => m + r.length, 0), 0);
}

function simplifyAreas(areas: readonly Area[], keep: number): Area[] {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: areas.map((a) => ({ type: 'Feature', id: a.code, properties: { code: a.code, name: a.name }, geometry: a.geometry })),
  };
  const topo = server().topology({ areas: fc }, 1e5);
  const pre = simplifier().presimplify(topo as unknown as Parameters<typeof TopoSimplify.presimplify>[0]);
  const min = simplifier().quantile(pre, 1 - keep);
  const simple = simplifier().simplify(pre, min);
  const back = client().feature(simple as Topology, (simple as Topology).objects.areas!) as FeatureCollection;
  return back.features.map((f) => {
    const p = f.properties as { code: string; name: string };
    return { code: p.code, name: p.name, geometry: f.geometry as Polygon | MultiPolygon };
  });
}

/**
 * The simplified home areas of a boundary file, computed once and cached in `cacheDir` by the file's
 * hash (a changed file is simplified again).
 */
export function loadHomeAreas(file: string, home: string, cacheDir?: string): AreaSet | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    throw new InputError(`map.boundaries: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? 'unreadable'})`);
  }
  const hash = createHash('sha256').update(bytes).update(`\0${home}\0v1`).digest('hex').slice(0, 16);
  const cached = cacheDir ? join(cacheDir, `boundaries-${hash}.json`) : undefined;
  if (cached && existsSync(cached)) {
    try {
      return JSON.parse(readFileSync(cached, 'utf8')) as AreaSet;
    } catch {
      /* a damaged cache is simplified again */
    }
  }
  const set = homeAreas(parseBoundaries(bytes.toString('utf8'), file), home);
  if (set && cached) {
    try {
      mkdirSync(dirname(cached), { recursive: true });
      writeFileSync(`${cached}.tmp`, JSON.stringify(set));
      renameSync(`${cached}.tmp`, cached);
    } catch {
      /* no cache: simplified again next time */
    }
  }
  return set;
}
