// Measures the hoax classifier on ../shared FakeNewsID data (5-fold stratified CV); skips when absent.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aucInYears, countRows, crossValidateHoax, HOAX_TRAIN, readFakeNewsId, timeSplitHoax, type CvResult } from '../../../analyzers/hoax/train.js';

const FILE = process.env.PANTAU_SHARED ? `${process.env.PANTAU_SHARED}/data/fakenewsid-hoax/train.csv` : fileURLToPath(new URL('../../../../shared/data/fakenewsid-hoax/train.csv', import.meta.url));
const present = existsSync(FILE);
if (!present) console.warn(`skipping hoax data tests: ${FILE} not found`);

describe.skipIf(!present)('hoax classifier on FakeNewsID (CV)', () => {
  const rows = present ? readFakeNewsId(FILE) : [];
  const counts = present ? countRows(rows) : [];
  // Timeouts are generous on purpose: the CVs train 5–10 models (~2–4 min on a quiet 2-core machine),
  // and a shared CI machine at a load of 10 took 14 min for the dated one. They guard a hang, not speed.
  // The undated CV is used by two tests: run it once.
  let undatedCv: CvResult | undefined;
  const undated = (): CvResult => (undatedCv ??= crossValidateHoax(rows, 5, HOAX_TRAIN, [13], counts));

  it('ranks hoaxes above non-hoaxes on held-out folds', () => {
    expect(rows.length).toBeGreaterThan(3000);
    const cv = undated();
    console.log(`hoax CV ROC-AUC ${cv.meanAuc.toFixed(4)} (folds ${cv.aucs.map((a) => a.toFixed(3)).join(', ')})`);
    // Target 0.85; measured 0.814 (model 2; model 1 was 0.800). Guard against regressions.
    expect(cv.meanAuc).toBeGreaterThanOrEqual(0.805);
  }, 900_000);

  it('with the year of each claim (the dated model), ranks held-out folds better, and claims of one period too', () => {
    const cv = crossValidateHoax(rows, 5, HOAX_TRAIN, [13], counts.map((c, i) => ({ ...c, year: rows[i].year })));
    const plain = undated();
    const recent = [aucInYears(rows, cv.oof, 2019, 2020), aucInYears(rows, plain.oof, 2019, 2020)];
    console.log(`dated hoax CV ROC-AUC ${cv.meanAuc.toFixed(4)}; within 2019–2020: dated ${recent[0].toFixed(4)}, undated ${recent[1].toFixed(4)}`);
    // Measured 0.869; within 2019–2020 0.895 against the undated model's 0.867.
    expect(cv.meanAuc).toBeGreaterThanOrEqual(0.86);
    expect(recent[0]).toBeGreaterThan(recent[1]);
  }, 1_800_000);

  it('ranks later claims it has not seen (train ≤ 2018, test 2019–2020)', () => {
    const r = timeSplitHoax(rows, 2018, HOAX_TRAIN, counts);
    console.log(`hoax split by date: train ${r.train}, test ${r.test}, ROC-AUC ${r.auc.toFixed(4)}`);
    // Measured 0.841 (model 1: 0.822).
    expect(r.auc).toBeGreaterThanOrEqual(0.83);
  }, 600_000);
});
