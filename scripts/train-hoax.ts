// Trains the two shipped hoax classifiers and records how they were made.
//   npm run build && node dist/scripts/train-hoax.js && npm run build   (from the repository root)
//   options: [--data-dir ../shared/data] [--data DATA_DIR/fakenewsid-hoax/train.csv]
//            [--out analyzers/hoax/model/hoax-model.json] [--out-dated analyzers/hoax/model/hoax-model-dated.json]
//            [--out-triage analyzers/hoax/model/hoax-triage-model.json] [--triage-only] [--cv-only] [--cv-triage]
//            [--synthetic] [--no-own] [--oof-out FILE] [--seeds 13,14,15]   (--cv-triage: FakeNewsID out-of-fold AUC of the gated analyzer score; writes nothing)
// The triage model (circulated hoax vs ordinary text, MODEL.md "Triage") is trained on FakeNewsID plus
// the licensed ordinary text of DATA_DIR: SmSA train (Apache-2.0), NusaX train (CC BY-SA 4.0), NERGrit
// train (Apache-2.0 / MIT), SIB-200 train (Apache-2.0, text CC BY-SA 4.0), and the project's own ordinary
// text in test/fixtures (MIT; read from the working directory). `--triage-only` writes only it.
// Prints stratified 5-fold CV ROC-AUC (per seed given) of both models, the undated one's split by
// date (train ≤ 2018, test 2019–2020), and both models' ROC-AUC within periods; then writes:
//   hoax-model.json        text only, for documents without a date; bias shifted so that P = 0.5 is
//                          the out-of-fold equal-error point (see equalErrorLogit);
//   hoax-model-dated.json  text + one term per year (era.ts), for documents with a date; bias shifted
//                          so that P = 0.5 is the equal-error point of 2019–2020 claims (DATED_CALIBRATED_FROM) scored as if
//                          published in the last year (how it scores items published now).
// Deterministic. Data: FakeNewsID / "Indonesia False News" train.csv (judul + narasi + tanggal,
// label 1 hoax / 0 not hoax). Licence of that data is NOT stated upstream: see
// analyzers/hoax/MODEL.md before shipping the output. The fact-check data in ../shared/data/factcheck
// is not used: its licence allows test use only.
import { mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DATED_CALIBRATED_FROM, ERA_FIRST, ERA_LAST } from '../analyzers/hoax/era.js';
import { BLOCKS, HOAX_BITS, MIN_DF, STYLE_WEIGHT } from '../analyzers/hoax/features.js';
import type { HoaxModel } from '../analyzers/hoax/model.js';
import { ordinaryTrainingTexts, TRIAGE_OWN_WEIGHTS, TRIAGE_SMSA_ROWS, TRIAGE_SYNTHETIC, TRIAGE_TITLED_ORDINARY_WEIGHT } from '../analyzers/hoax/triage-data.js';
import {
  aucInYears,
  countRows,
  crossValidateHoax,
  equalErrorLogit,
  HOAX_TRAIN,
  readFakeNewsId,
  timeSplitHoax,
  trainHoaxModel,
  trainTriageModel,
  TRIAGE_ORDINARY_WEIGHT,
  TRIAGE_TITLED_WEIGHT,
  crossValidateTriage,
  type CvResult,
} from '../analyzers/hoax/train.js';

function arg(name: string, fallback?: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const dataDir = resolve(arg('data-dir', process.env.PANTAU_DATA_DIR ?? '../shared/data')!);
const data = resolve(arg('data', `${dataDir}/fakenewsid-hoax/train.csv`)!);
const outTriage = resolve(arg('out-triage', 'analyzers/hoax/model/hoax-triage-model.json')!);
const triageOnly = process.argv.includes('--triage-only');
// --synthetic: train the triage model with the synthetic post- and article-like rows (triage-data.ts;
// not shipped: MODEL.md, "Triage", tried in 2026-12).
const synthetic = process.argv.includes('--synthetic') || TRIAGE_SYNTHETIC;
// The project's own ordinary text (test/fixtures, MIT; triage-data.ts ownOrdinaryTexts), read from the
// repository root (the working directory). --no-own leaves it out; --own-weights NEWS,POST[,SHARED] (relative
// weights of a titled news row, of a post, of a headline shared as a post) only for measuring with --cv-triage.
const ownWeights = arg('own-weights')?.split(',').map(Number);
const own = process.argv.includes('--no-own') ? undefined : { root: resolve('.'), weights: ownWeights ? { news: ownWeights[0], post: ownWeights[1], shared: ownWeights[2] ?? ownWeights[1] } : TRIAGE_OWN_WEIGHTS };
const ordinaryRows = () => ordinaryTrainingTexts(dataDir, 3, TRIAGE_SMSA_ROWS, synthetic, own);
// The source copies (run from the repository root, like the other training scripts); `npm run build`
// then copies them into dist/.
const out = resolve(arg('out', 'analyzers/hoax/model/hoax-model.json')!);
const outDated = resolve(arg('out-dated', 'analyzers/hoax/model/hoax-model-dated.json')!);
const seeds = arg('seeds', '13')!.split(',').map(Number);
const rows = readFakeNewsId(data);
const hoax = rows.filter((r) => r.label === 1).length;
const undatedRows = rows.filter((r) => r.year === undefined).length;
process.stderr.write(`rows ${rows.length} (hoax ${hoax}, not hoax ${rows.length - hoax}; without a year ${undatedRows})\n`);

const r4 = (x: number): number => Number(x.toFixed(4));
const PERIODS: [number, number][] = [
  [2015, 2017],
  [2018, 2018],
  [2019, 2020],
];
function cvSummary(cv: CvResult): Record<string, unknown> {
  return {
    folds: cv.folds,
    seeds,
    aucs: cv.aucs.map(r4),
    meanAuc: r4(cv.meanAuc),
    // Out-of-fold (first seed) ROC-AUC among claims of one period: how well the model ranks claims
    // of the same time against each other, which is what it does in production.
    withinPeriod: Object.fromEntries(PERIODS.map(([a, b]) => [`${a}–${b}`, r4(aucInYears(rows, cv.oof, a, b))])),
  };
}

const counts = countRows(rows);

function write(path: string, model: HoaxModel): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, JSON.stringify(model));
  process.stderr.write(`wrote ${path} (${model.slotDeltas.length} slots, ${(statSync(path).size / 1e6).toFixed(2)} MB)\n`);
}

if (process.argv.includes('--cv-triage')) {
  // Out-of-fold, both models trained on the other folds: does the gate spoil FakeNewsID ranking?
  const r = crossValidateTriage(rows, ordinaryRows(), 5, seeds[0], counts);
  process.stdout.write(`${JSON.stringify({ triageCv: { gated: r4(r.gated), ungated: r4(r.ungated), gatedNoRegister: r4(r.gatedNoRegister), folds: r.folds.map((f) => ({ gated: r4(f.gated), ungated: r4(f.ungated) })) } })}\n`);
  // --oof-out FILE: the out-of-fold log-odds of both models with the labels (to try gate settings on).
  const oofOut = arg('oof-out');
  if (oofOut) writeFileSync(oofOut, JSON.stringify(r.oof.map((o, i) => ({ ...o, label: rows[i].label }))));
  process.exit(0);
}

if (!process.argv.includes('--cv-only')) {
  const ordinary = ordinaryRows();
  const bySet = Object.entries(ordinary.reduce((m: Record<string, number>, d) => ((m[d.set] = (m[d.set] ?? 0) + 1), m), {}));
  process.stderr.write(`triage: ordinary rows ${ordinary.length} (${bySet.map(([k, v]) => `${k} ${v}`).join(', ')})\n`);
  const triage = trainTriageModel(rows, ordinary, HOAX_TRAIN, counts);
  triage.meta = {
    data: `FakeNewsID train.csv (see hoax-model.json) + ordinary text: SmSA train first 3,000 rows (Apache-2.0), NusaX-Senti id train (CC BY-SA 4.0), NERGrit train sentences in groups of 1–3 (Apache-2.0 / MIT), SIB-200 ind_Latn train (Apache-2.0; text CC BY-SA 4.0)${own ? `; Pantau's own ordinary text (MIT): test/fixtures/maps and maps-check days (hoaks-* items left out), test/fixtures/sentiment, test/fixtures/hoax-ordinary, titled rows at relative weight ${own.weights.news}, posts ${own.weights.post}, headlines shared as posts ${own.weights.shared}` : ''}${synthetic ? '; plus synthetic variants of the same text (triage-data.ts): NERGrit / SIB-200 paragraphs and headline + lead rows, SmSA train rows 3,001–6,000 and NusaX dressed as posts; titled ordinary rows at TRIAGE_TITLED_ORDINARY_WEIGHT' : ''}`,
    dataLicence: 'FakeNewsID: not stated upstream; the rest as listed',
    command: 'npm run build && node dist/scripts/train-hoax.js --triage-only',
    rows: rows.length,
    ordinary: Object.fromEntries(bySet),
    ordinaryWeight: TRIAGE_ORDINARY_WEIGHT,
    ...(TRIAGE_TITLED_WEIGHT !== 1 ? { titledWeight: TRIAGE_TITLED_WEIGHT } : {}),
    ...(synthetic ? { titledOrdinaryWeight: TRIAGE_TITLED_ORDINARY_WEIGHT } : {}),
    features: { bits: HOAX_BITS, blocks: BLOCKS, minDf: MIN_DF, styleWeight: STYLE_WEIGHT },
    train: HOAX_TRAIN,
    trainedAt: new Date().toISOString().slice(0, 10),
  };
  write(outTriage, triage);
}
if (triageOnly) process.exit(0);

const cv = crossValidateHoax(rows, 5, HOAX_TRAIN, seeds, counts);
const ts = timeSplitHoax(rows, 2018, HOAX_TRAIN, counts);
const summary = { ...cvSummary(cv), byDate: { train: `≤2018 (${ts.train})`, test: `2019–2020 (${ts.test})`, auc: r4(ts.auc) } };
process.stdout.write(`${JSON.stringify({ undated: summary })}\n`);

// The same counts with each row's year (the text is not counted again).
const datedCounts = counts.map((c, i) => ({ ...c, year: rows[i].year }));
const cvDated = crossValidateHoax(rows, 5, HOAX_TRAIN, seeds, datedCounts);
const summaryDated = cvSummary(cvDated);
process.stdout.write(`${JSON.stringify({ dated: summaryDated })}\n`);

function meta(extra: Record<string, unknown>): Record<string, unknown> {
  return {
    data: 'FakeNewsID train.csv (muhammadrizalharis/FakeNewsID-FeatureEngineering@93c226a, data/Data_latih.csv, stratified 80%)',
    dataLicence: 'not stated upstream',
    command: 'npm run build && node dist/scripts/train-hoax.js',
    rows: rows.length,
    features: { bits: HOAX_BITS, blocks: BLOCKS, minDf: MIN_DF, styleWeight: STYLE_WEIGHT },
    train: HOAX_TRAIN,
    ...extra,
    trainedAt: new Date().toISOString().slice(0, 10),
  };
}

if (!process.argv.includes('--cv-only')) {
  const labels = rows.map((r) => r.label);
  const model = trainHoaxModel(rows, HOAX_TRAIN, counts);
  // P = 0.5 at the out-of-fold equal-error point (a constant shift; ranking unchanged).
  const shift = equalErrorLogit(cv.oof, labels);
  model.bias = r4(model.bias - shift);
  model.meta = meta({ cv: summary, biasShift: r4(-shift) });
  write(out, model);

  const dated = trainHoaxModel(rows, HOAX_TRAIN, datedCounts);
  // Calibrated on recent claims scored as if published in ERA_LAST: every item Pantau sees now takes
  // that era term, so for them P = 0.5 is the equal-error point among claims of one recent period.
  const recent = rows.map((_, i) => i).filter((i) => rows[i].year !== undefined && rows[i].year! >= DATED_CALIBRATED_FROM);
  const shiftDated = equalErrorLogit(recent.map((i) => cvDated.oofAsLatest![i]), recent.map((i) => labels[i]));
  dated.bias = r4(dated.bias - shiftDated);
  dated.meta = meta({ eras: `${ERA_FIRST}–${ERA_LAST} (earlier/later years take the nearest)`, cv: summaryDated, biasShift: r4(-shiftDated), calibratedOn: `${DATED_CALIBRATED_FROM}–${ERA_LAST} claims as of ${ERA_LAST} (${recent.length})` });
  write(outDated, dated);
}
