import { describe, expect, it } from 'vitest';
import { loadGazetteer, placesUnder } from '../../../analyzers/regions/index.js';

// placesUnder reads the CSV files itself (the issue map must not pay for the whole name index):
// it must give exactly the places, names and levels loadGazetteer gives for the same region.
describe('placesUnder', () => {
  it('gives the home region, its ancestors and everything inside it, as loadGazetteer names them', () => {
    const fresh = placesUnder('15.71'); // before loadGazetteer: read from the files
    const gaz = loadGazetteer();
    const want = [...gaz.byCode.values()].filter((p) => p.code === '15.71' || p.code.startsWith('15.71.') || p.code === '15');
    const key = (ps: readonly { code: string; name: string; level: string }[]) => ps.map((p) => `${p.code}|${p.name}|${p.level}`).sort();
    expect(key(fresh)).toEqual(key(want));
    expect(fresh.find((p) => p.code === '15.71')?.name).toBe('Kota Jambi');
    expect(fresh.some((p) => p.level === 'village' && p.code.startsWith('15.71.'))).toBe(true);
    expect(fresh.some((p) => p.code.startsWith('15.05'))).toBe(false);
    // With the gazetteer loaded it answers from memory, the same.
    expect(key(placesUnder('15.71'))).toEqual(key(want));
    expect(placesUnder('15.71.03').map((p) => p.code)).toContain('15.71.03.1010');
  });
});
