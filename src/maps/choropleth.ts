// The choropleth's shared parts: the colour scale by negative mentions, its legend steps, and the
// planar projection of the simplified home areas to SVG paths. The self-contained HTML map
// (render/html.ts) and the dashboard's API (/api/geo) both draw from these, so the two maps colour
// and place every kecamatan the same way.
import { geoIdentity, geoPath } from 'd3-geo';
import type { FeatureCollection } from 'geojson';
import type { AreaSet } from './boundaries.js';

export const SCALE = ['#f4f4f2', '#fde0d2', '#fbb497', '#f6845f', '#e2523b', '#b71f25'];

export function colourOf(negative: number, max: number): string {
  if (negative <= 0 || max <= 0) return SCALE[0]!;
  const step = Math.min(SCALE.length - 1, 1 + Math.floor(((negative - 1) / Math.max(1, max)) * (SCALE.length - 1)));
  return SCALE[step]!;
}

/** One legend entry per colour: the colour and the least negative count it stands for. */
export function legendSteps(max: number): { fill: string; min: number }[] {
  return SCALE.map((fill, i) => ({ fill, min: i === 0 ? 0 : Math.max(1, Math.ceil(((i - 1) * max) / (SCALE.length - 1)) + 1) }));
}

export interface ProjectedArea {
  code: string;
  name: string;
  /** SVG path data in the [0, width] × [0, height] box. */
  d: string;
  /** Where its name goes (the path's centroid), or null for a degenerate shape. */
  label: [number, number] | null;
}

/** The areas as SVG paths fitted into width × height (planar, y flipped: a city is flat enough). */
export function projectAreas(areas: AreaSet, width = 640, height = 440): ProjectedArea[] {
  const fc: FeatureCollection = {
    type: 'FeatureCollection',
    features: areas.areas.map((a) => ({ type: 'Feature', properties: { code: a.code }, geometry: a.geometry })),
  };
  const projection = geoIdentity().reflectY(true).fitExtent([[8, 8], [width - 8, height - 8]], fc);
  const path = geoPath(projection);
  return areas.areas.map((a, i) => {
    const [x, y] = path.centroid(fc.features[i]!);
    return { code: a.code, name: a.name, d: path(fc.features[i]!) ?? '', label: Number.isFinite(x) && Number.isFinite(y) ? [round1(x!), round1(y!)] : null };
  });
}

const round1 = (v: number): number => Math.round(v * 10) / 10;
