// Trains the person/organisation tagger shipped in analyzers/entities/model/ner-model.json.
//   npm run build && node dist/scripts/train-ner.js [--data ../shared/data] [--epochs 15]
// Training data: NERGrit train (Apache-2.0, IndoNLU). Reported figures: entity-level exact-span F1
// on NERGrit valid; IndoLEM NER-UI dev.01 is scored too as an out-of-domain check (its licence is not
// stated, so it is never used for training).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { entityF1, parseConll } from '../analyzers/entities/conll.js';
import { Tagger, train } from '../analyzers/entities/perceptron.js';

function arg(name: string, def: string): string {
  const i = process.argv.indexOf(name);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : def;
}

const dataDir = resolve(arg('--data', '../shared/data'));
const epochs = Number(arg('--epochs', '15'));
const repo = resolve(fileURLToPath(new URL('.', import.meta.url)), '..', ...(import.meta.url.includes('/dist/') ? ['..'] : []));
const out = join(repo, 'analyzers', 'entities', 'model', 'ner-model.json');

const trainFile = join(dataDir, 'nergrit', 'train_preprocess.txt');
if (!existsSync(trainFile)) {
  console.error(`missing ${trainFile}: pass --data DIR`);
  process.exit(1);
}
const trainSet = parseConll(readFileSync(trainFile, 'utf8'));
const model = train(trainSet, epochs);
writeFileSync(out, JSON.stringify(model));
console.log(`wrote ${out}: ${Object.keys(model.weights).length} features, ${trainSet.length} training sentences`);

const tagger = new Tagger(model);
const report = (name: string, file: string): void => {
  if (!existsSync(file)) return;
  const rows = parseConll(readFileSync(file, 'utf8'));
  const r = entityF1(rows.map((s) => s.tags), rows.map((s) => tagger.tag(s.words)), ['PER', 'ORG']);
  for (const [ty, v] of Object.entries(r)) {
    console.log(`${name} ${ty}: P ${v.precision.toFixed(3)} R ${v.recall.toFixed(3)} F1 ${v.f1.toFixed(3)} (tp ${v.tp} fp ${v.fp} fn ${v.fn})`);
  }
};
report('nergrit-valid', join(dataDir, 'nergrit', 'valid_preprocess.txt'));
report('indolem-nerui-dev01', join(dataDir, 'indolem-nerui', 'dev.01.tsv'));
