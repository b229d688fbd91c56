// Trains the shipped hoax classifier and records how it was made.
//   npm run build && node dist/scripts/train-hoax.js [--data ../shared/data/fakenewsid-hoax/train.csv] [--out analyzers/hoax/model/hoax-model.json] [--cv-only]
// Data: FakeNewsID / "Indonesia False News" train.csv (judul + narasi, label 1 hoax / 0 not hoax).
// Licence of that data is NOT stated upstream: see analyzers/hoax/MODEL.md before shipping the output.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { HOAX_FEATURES } from '../analyzers/hoax/features.js';
import { crossValidateHoax, HOAX_TRAIN, readFakeNewsId, trainHoaxModel } from '../analyzers/hoax/train.js';
import { MODEL_PATH } from '../analyzers/hoax/model.js';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const data = resolve(arg('data', '../shared/data/fakenewsid-hoax/train.csv')!);
const out = resolve(arg('out', MODEL_PATH)!);
const rows = readFakeNewsId(data);
const hoax = rows.filter((r) => r.label === 1).length;
process.stderr.write(`rows ${rows.length} (hoax ${hoax}, not hoax ${rows.length - hoax})\n`);
const cv = crossValidateHoax(rows, 5);
const summary = { folds: cv.folds, aucs: cv.aucs.map((a) => Number(a.toFixed(4))), meanAuc: Number(cv.meanAuc.toFixed(4)) };
process.stdout.write(`${JSON.stringify({ cv: summary })}\n`);
if (!process.argv.includes('--cv-only')) {
  const model = trainHoaxModel(rows);
  model.meta = {
    data: 'FakeNewsID train.csv (muhammadrizalharis/FakeNewsID-FeatureEngineering@93c226a, data/Data_latih.csv, stratified 80%)',
    dataLicence: 'not stated upstream',
    command: 'node dist/scripts/train-hoax.js',
    rows: rows.length,
    features: HOAX_FEATURES,
    train: HOAX_TRAIN,
    cv: summary,
    trainedAt: new Date().toISOString().slice(0, 10),
  };
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, JSON.stringify(model));
  process.stderr.write(`wrote ${out} (${model.slots.length} weights)\n`);
}
