// An issue's people and agencies: short forms of one agency are folded into it, ambiguous ones stay.
import { describe, expect, it } from 'vitest';
import { foldEntities, type EntityTally } from '../../../src/maps/entity-fold.js';

function tally(key: string, mentions: number[], forms: string[] = [], type: 'person' | 'organization' = 'organization'): EntityTally {
  const words = key.slice(key.indexOf(':') + 1);
  return { entity: { key, name: words, type, count: 0, watched: false }, forms: new Set([words, ...forms]), mentions: new Set(mentions) };
}

const byKey = (es: ReturnType<typeof foldEntities>) => Object.fromEntries(es.map((e) => [e.key, e.count]));

describe('foldEntities', () => {
  it('folds "RSUD S.K" and "RSUD" into the one hospital, counting each mention once', () => {
    const out = foldEntities([tally('organization:rsud s k lerik', [0, 1]), tally('organization:rsud s k', [1, 2]), tally('organization:rsud', [3])]);
    expect(byKey(out)).toEqual({ 'organization:rsud s k lerik': 4 });
  });

  it('keeps a short form that could be either of two agencies', () => {
    const out = foldEntities([tally('organization:rsud s k lerik', [0]), tally('organization:rsud w z johannes', [1]), tally('organization:rsud', [2])]);
    expect(byKey(out)).toEqual({ 'organization:rsud s k lerik': 1, 'organization:rsud w z johannes': 1, 'organization:rsud': 1 });
  });

  it('reads the usual short names as their agencies: Dinkes, a bare PUPR, PDAM', () => {
    const out = foldEntities([
      tally('organization:dinas kesehatan', [0], ['dinkes']),
      tally('organization:dinkes', [1]),
      tally('organization:dinas pupr', [2]),
      tally('organization:pupr', [3, 2]),
      tally('organization:perumda air minum', [4]),
      tally('organization:pdam', [5]),
    ]);
    expect(byKey(out)).toEqual({ 'organization:dinas kesehatan': 2, 'organization:dinas pupr': 2, 'organization:perumda air minum': 2 });
  });

  it('folds a written form into the watch-list name it was found as, and never across types', () => {
    const out = foldEntities([
      tally('organization:dinas kesehatan', [0], ['dinkes']),
      tally('organization:dinkes', [1]),
      tally('person:dinkes', [2], [], 'person'),
      tally('person:budi santoso', [3], [], 'person'),
      tally('person:budi', [4], [], 'person'),
    ]);
    expect(byKey(out)).toEqual({ 'organization:dinas kesehatan': 2, 'person:dinkes': 1, 'person:budi santoso': 2 });
  });
});
