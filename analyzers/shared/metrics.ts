// Classification metrics used by every analyzer's eval command, so figures are computed one way.

export interface ClassificationReport {
  n: number;
  accuracy: number;
  macroF1: number;
  perClass: Record<string, { precision: number; recall: number; f1: number; support: number }>;
  /** confusion[gold][predicted] = count. */
  confusion: Record<string, Record<string, number>>;
}

export function classificationReport(gold: readonly string[], pred: readonly string[], labels?: readonly string[]): ClassificationReport {
  if (gold.length !== pred.length) throw new Error('gold and pred differ in length');
  const ls = labels ?? [...new Set(gold)].sort();
  const confusion: Record<string, Record<string, number>> = {};
  for (const g of ls) confusion[g] = Object.fromEntries(ls.map((p) => [p, 0]));
  let correct = 0;
  for (let i = 0; i < gold.length; i++) {
    if (gold[i] === pred[i]) correct++;
    const row = (confusion[gold[i]] ??= {});
    row[pred[i]] = (row[pred[i]] ?? 0) + 1;
  }
  const perClass: ClassificationReport['perClass'] = {};
  let f1sum = 0;
  for (const l of ls) {
    const tp = confusion[l]?.[l] ?? 0;
    let predicted = 0;
    for (const g of Object.keys(confusion)) predicted += confusion[g][l] ?? 0;
    const support = Object.values(confusion[l] ?? {}).reduce((a, b) => a + b, 0);
    const precision = predicted ? tp / predicted : 0;
    const recall = support ? tp / support : 0;
    const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
    perClass[l] = { precision, recall, f1, support };
    f1sum += f1;
  }
  return { n: gold.length, accuracy: gold.length ? correct / gold.length : 0, macroF1: ls.length ? f1sum / ls.length : 0, perClass, confusion };
}

/** Area under the ROC curve for binary labels (1 = positive) and scores; ties count half. */
export function rocAuc(labels: readonly number[], scores: readonly number[]): number {
  const idx = labels.map((_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let pos = 0;
  let neg = 0;
  let rankSum = 0;
  // Average ranks over tied scores.
  for (let i = 0; i < idx.length; ) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let t = i; t <= j; t++) if (labels[idx[t]] === 1) rankSum += avgRank;
    i = j + 1;
  }
  for (const l of labels) if (l === 1) pos++;
  else neg++;
  if (pos === 0 || neg === 0) return NaN;
  return (rankSum - (pos * (pos + 1)) / 2) / (pos * neg);
}
