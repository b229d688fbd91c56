// Trains the shipped sentiment model from the labelled data in ../shared/data and prints figures on
// the tune halves of the dev sets (the untouched halves only with --untouched: see splits.ts).
//
//   npm run build && node dist/scripts/train-sentiment.js [--data-dir DIR] [--out FILE] [--untouched]
//
// Data dir: --data-dir, else $PANTAU_DATA_DIR, else ../shared/data (relative to the current directory).
// Only datasets whose licence allows shipping a derived model are trained on: SmSA (Apache-2.0/MIT)
// and NusaX-Senti Indonesian (CC BY-SA 4.0). NusaX sentences were sampled from SmSA, so training rows
// that nearly duplicate NusaX valid or SmSA valid rows are left out; dev figures are then honest.
// IndoLEM sentiment (licence not stated) is used for measurement only, as a binary tweet check, and
// so are our own social and news sentences in test/fixtures/sentiment (never trained on).
import { existsSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readLabelledFile, type LabelledText } from '../analyzers/sentiment/dataset.js';
import { splitHalves } from '../analyzers/sentiment/splits.js';
import { evaluateRows, trainSentiment } from '../analyzers/sentiment/train.js';
import { isTweet, readIndolemDev } from './sentiment-cv-data.js';

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    out: { type: 'string', default: 'analyzers/sentiment/model/sentiment-model.json' },
    untouched: { type: 'boolean', default: false },
  },
});
const dataDir = resolve(values['data-dir'] ?? process.env.PANTAU_DATA_DIR ?? '../shared/data');
if (!existsSync(join(dataDir, 'smsa'))) {
  console.error(`no SmSA data under ${dataDir}; pass --data-dir or set PANTAU_DATA_DIR`);
  process.exit(2);
}
const p = (...xs: string[]) => join(dataDir, ...xs);
const fixtures = fileURLToPath(new URL('../../test/fixtures/sentiment/', import.meta.url));

const indolem = readIndolemDev(dataDir);

const t0 = Date.now();
const result = trainSentiment({
  files: [p('smsa', 'train_preprocess.tsv'), p('nusax-senti-id', 'train.csv')],
  holdout: [p('nusax-senti-id', 'valid.csv'), p('smsa', 'valid_preprocess.tsv')],
  out: resolve(values.out),
});
console.log(
  `trained on ${result.rows} rows (${result.removedNearDuplicates} near-duplicates of NusaX/SmSA valid removed) in ${((Date.now() - t0) / 1000).toFixed(1)} s`,
);
console.log(`model ${result.json.version} → ${values.out}`);

const sets: [string, LabelledText[]][] = [
  ['NusaX valid', readLabelledFile(p('nusax-senti-id', 'valid.csv'))],
  ['SmSA valid', readLabelledFile(p('smsa', 'valid_preprocess.tsv'))],
  ['IndoLEM dev, all (binary)', indolem],
  ['IndoLEM dev, tweets (binary)', indolem.filter((r) => isTweet(r.text))],
  ['own social posts (3 classes)', readLabelledFile(join(fixtures, 'local-gov-social.tsv'))],
  ['own news sentences (3 classes)', readLabelledFile(join(fixtures, 'local-gov-news.tsv'))],
];
const halves = values.untouched ? (['tune', 'untouched'] as const) : (['tune'] as const);
const metrics: Record<string, unknown> = {};
for (const half of halves) {
  console.log(`\n${half} half${half === 'tune' ? ' (used while building the analyzer)' : ' (never looked at while building it)'}:`);
  for (const [name, rows] of sets) {
    const e = evaluateRows(splitHalves(rows)[half], result.model);
    const auc = e.rocAuc !== undefined ? `  ROC-AUC ${e.rocAuc.toFixed(3)}` : '';
    console.log(`  ${name.padEnd(32)} n=${String(e.n).padStart(4)}  accuracy ${e.accuracy.toFixed(3)}  macro-F1 ${e.macroF1.toFixed(3)}${auc}`);
    const r4 = (x: number) => Math.round(x * 10_000) / 10_000;
    metrics[`${name} — ${half}`] = { n: e.n, accuracy: r4(e.accuracy), macroF1: r4(e.macroF1), ...(e.rocAuc !== undefined ? { rocAuc: r4(e.rocAuc) } : {}) };
  }
}
// The figures travel with the model (they do not enter its version).
writeFileSync(resolve(values.out), JSON.stringify({ ...result.json, metrics }) + '\n');
