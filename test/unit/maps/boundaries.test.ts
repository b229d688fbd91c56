// Boundary files for the choropleth: GeoJSON (codes with or without dots), TopoJSON, the
// wilayah_boundaries SQL rows ([lat, lng] rings), the home region's areas only, simplification that
// keeps every area, and the cache keyed by the file's content.
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { topology } from 'topojson-server';
import type { FeatureCollection } from 'geojson';
import { homeAreas, loadHomeAreas, normalizeCode, parseBoundaries, parseWilayahSql } from '../../../src/maps/boundaries.js';
import { FIXTURES } from '../../helpers/map-days.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-boundaries-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const mini = readFileSync(`${FIXTURES}boundaries-mini.geojson`, 'utf8');

describe('boundary files', () => {
  it('reads Kemendagri codes with or without dots', () => {
    expect(normalizeCode('15.71.03')).toBe('15.71.03');
    expect(normalizeCode('157103')).toBe('15.71.03');
    expect(normalizeCode('1571031010')).toBe('15.71.03.1010');
    expect(normalizeCode(1571)).toBe('15.71');
    expect(normalizeCode('15710')).toBeUndefined();
  });

  it('keeps the home region’s kecamatan of a GeoJSON file, all of them after simplification', () => {
    const areas = parseBoundaries(mini, 'mini.geojson');
    expect(areas.map((a) => a.code)).toEqual(['15.71.01', '15.71.03', '15.71.09', '15.71.10', '15.05.01']);
    const set = homeAreas(areas, '15.71', 8)!;
    expect(set.level).toBe('district');
    expect(set.areas.map((a) => a.code).sort()).toEqual(['15.71.01', '15.71.03', '15.71.09', '15.71.10']);
    expect(set.areas.find((a) => a.code === '15.71.10')!.name).toBe('Danau Sipin');
  });

  it('reads TopoJSON', () => {
    const topo = topology({ kec: JSON.parse(mini) as FeatureCollection });
    const areas = parseBoundaries(JSON.stringify(topo), 'mini.topojson');
    expect(areas.map((a) => a.code)).toContain('15.71.03');
  });

  it('reads wilayah_boundaries SQL rows, turning [lat, lng] into GeoJSON [lng, lat]', () => {
    const sql = `INSERT INTO wilayah_boundaries(kode,nama,lat,lng,path) VALUES
  ('15.71.01','Telanaipura',-1.6,103.57,'[[[-1.58,103.55],[-1.58,103.60],[-1.62,103.60],[-1.62,103.55],[-1.58,103.55]]]'),
  ('15.71.02','Jambi Selatan',-1.63,103.62,'[[[-1.62,103.60],[-1.62,103.65],[-1.66,103.65],[-1.66,103.60],[-1.62,103.60]]]');`;
    const areas = parseWilayahSql(sql);
    expect(areas).toHaveLength(2);
    expect(areas[0]!.geometry.type).toBe('MultiPolygon');
    expect((areas[0]!.geometry.coordinates as number[][][][])[0]![0]![0]).toEqual([103.55, -1.58]);
  });

  it('refuses a file without codes with one clear line', () => {
    expect(() => parseBoundaries('{"type":"FeatureCollection","features":[]}', 'empty.geojson')).toThrow(/no polygon feature carries a Kemendagri code/);
    expect(() => parseBoundaries('not json', 'x.geojson')).toThrow(/not GeoJSON\/TopoJSON/);
  });

  it('simplifies once and caches by content', () => {
    const file = join(dir, 'b.geojson');
    writeFileSync(file, mini);
    const cache = join(dir, 'cache');
    const a = loadHomeAreas(file, '15.71', cache)!;
    expect(readdirSync(cache)).toHaveLength(1);
    expect(loadHomeAreas(file, '15.71', cache)).toEqual(a);
    writeFileSync(file, mini.replace('Telanaipura', 'Telanai'));
    loadHomeAreas(file, '15.71', cache);
    expect(readdirSync(cache)).toHaveLength(2);
  });

  const sharedDir = join(process.env.PANTAU_DATA_DIR || join(process.cwd(), '..', 'shared', 'data'), 'boundaries');
  const present = existsSync(join(sharedDir, 'wilayah_boundaries_kel_15.71.sql'));
  if (!present) console.warn(`boundary tests on ${sharedDir} skipped: not present (PANTAU_DATA_DIR)`);
  it.skipIf(!present)('reads Jambi’s files from ../shared: the 11 kecamatan and 68 kelurahan of Kota Jambi', () => {
    const base = sharedDir;
    const kec = homeAreas(parseBoundaries(readFileSync(join(base, 'wilayah_boundaries_kec_15.sql'), 'utf8'), 'kec.sql'), '15.71')!;
    expect(kec.level).toBe('district');
    expect(kec.areas).toHaveLength(11);
    const kel = homeAreas(parseBoundaries(readFileSync(join(base, 'wilayah_boundaries_kel_15.71.sql'), 'utf8'), 'kel.sql'), '15.71', 1500)!;
    expect(kel.level).toBe('village');
    expect(kel.areas).toHaveLength(68);
  });
});
