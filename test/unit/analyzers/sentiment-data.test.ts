// Measures the shipped sentiment model on the dev sets in ../shared/data (skipped when the data is
// absent). The model was trained without rows that nearly duplicate NusaX valid or SmSA valid rows;
// IndoLEM is never trained on (licence not stated). Floors sit a little under the README figures,
// so a regression shows; the figures themselves come from `node dist/scripts/train-sentiment.js`.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateSentiment } from '../../../analyzers/sentiment/index.js';

const dataDir = resolve(process.env.PANTAU_DATA_DIR ?? join(process.cwd(), '../shared/data'));
const nusax = join(dataDir, 'nusax-senti-id', 'valid.csv');
const present = existsSync(nusax);
if (!present) console.warn(`sentiment data test skipped: ${nusax} not found`);

describe.skipIf(!present)('sentiment on shared data', () => {
  const cases: [string, number, number][] = [
    ['nusax-senti-id/valid.csv', 100, 0.77],
    ['smsa/valid_preprocess.tsv', 1255, 0.82],
    ['indolem-sentiment/dev0.csv', 399, 0.65],
  ];
  for (const [file, n, floor] of cases) {
    it(`${file}: macro-F1 ≥ ${floor}`, () => {
      const e = evaluateSentiment({ file: join(dataDir, file) });
      console.log(`${file}: n=${e.n} accuracy=${e.accuracy.toFixed(3)} macro-F1=${e.macroF1.toFixed(3)}${e.binary ? ' (binary)' : ''}`);
      expect(e.n).toBe(n);
      expect(e.macroF1).toBeGreaterThanOrEqual(floor);
    });
  }
});
