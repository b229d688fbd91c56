// Measures the shipped sentiment model on the NusaX valid split in ../shared/data (skipped when the
// data is absent). The model was trained without SmSA rows that nearly duplicate these sentences.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSentiment } from '../../../analyzers/sentiment/index.js';

const dataDir = resolve(process.env.PANTAU_DATA_DIR ?? join(process.cwd(), '../shared/data'));
const nusax = join(dataDir, 'nusax-senti-id', 'valid.csv');
const present = existsSync(nusax);
if (!present) console.warn(`sentiment data test skipped: ${nusax} not found`);

describe.skipIf(!present)('sentiment on shared data', () => {
  it('NusaX valid macro-F1 ≥ 0.78', () => {
    const e = evaluateSentiment({ file: nusax });
    console.log(`NusaX valid: n=${e.n} accuracy=${e.accuracy.toFixed(3)} macro-F1=${e.macroF1.toFixed(3)}`);
    expect(e.n).toBe(100);
    expect(e.macroF1).toBeGreaterThanOrEqual(0.78);
  });
});
