// Trains the shipped sentiment model from the labelled data in ../shared/data and prints dev figures.
//
//   npm run build && node dist/scripts/train-sentiment.js [--data-dir DIR] [--out FILE]
//
// Data dir: --data-dir, else $PANTAU_DATA_DIR, else ../shared/data (relative to the current directory).
// Only datasets whose licence allows shipping a derived model are trained on: SmSA (Apache-2.0/MIT)
// and NusaX-Senti Indonesian (CC BY-SA 4.0). NusaX sentences were sampled from SmSA, so SmSA rows
// that nearly duplicate NusaX valid rows are left out; the NusaX valid figure is then honest.
// IndoLEM sentiment (licence not stated) is used for measurement only, as an out-of-domain check.
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { trainSentiment } from '../analyzers/sentiment/train.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    out: { type: 'string', default: 'analyzers/sentiment/model/sentiment-model.json' },
  },
});
const dataDir = resolve(values['data-dir'] ?? process.env.PANTAU_DATA_DIR ?? '../shared/data');
if (!existsSync(join(dataDir, 'smsa'))) {
  console.error(`no SmSA data under ${dataDir}; pass --data-dir or set PANTAU_DATA_DIR`);
  process.exit(2);
}
const p = (...xs: string[]) => join(dataDir, ...xs);
// Upstream dev1…dev4 are byte-identical; evaluate each distinct file once.
const seen = new Set<string>();
const indolemDev = [0, 1, 2, 3, 4]
  .map((i) => p('indolem-sentiment', `dev${i}.csv`))
  .filter((f) => {
    if (!existsSync(f)) return false;
    const h = createHash('sha256').update(readFileSync(f)).digest('hex');
    if (seen.has(h)) return false;
    seen.add(h);
    return true;
  });

const t0 = Date.now();
const result = trainSentiment({
  files: [p('smsa', 'train_preprocess.tsv'), p('nusax-senti-id', 'train.csv')],
  holdout: [p('nusax-senti-id', 'valid.csv')],
  evalFiles: [p('nusax-senti-id', 'valid.csv'), p('smsa', 'valid_preprocess.tsv'), ...indolemDev],
  out: resolve(values.out),
});
console.log(
  `trained on ${result.rows} rows (${result.removedNearDuplicates} near-duplicates of NusaX valid removed) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(`model ${result.json.version} → ${values.out}`);
for (const [name, e] of Object.entries(result.evaluations)) {
  const auc = e.rocAuc !== undefined ? `  ROC-AUC ${e.rocAuc.toFixed(3)}` : '';
  console.log(`${name.padEnd(32)} n=${String(e.n).padStart(5)}  accuracy ${e.accuracy.toFixed(3)}  macro-F1 ${e.macroF1.toFixed(3)}${auc}${e.binary ? '  (binary)' : ''}`);
}
