// Optional trained topic classifier, a complement to the keyword rules: multinomial logistic
// regression over hashed word/char n-grams (analyzers/shared). Its labels are whatever the training
// files carry (SIB-200 has 7 generic ones); `labelMap` maps them onto taxonomy ids where they overlap.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { tokenize } from '../normalize/index.js';
import { featurizeTokens, type FeaturizerOptions } from '../shared/featurize.js';
import { predictProba, trainLogReg, type LinearModel } from '../shared/logreg.js';
import { classificationReport, type ClassificationReport } from '../shared/metrics.js';

export const TOPIC_FEATURES: FeaturizerOptions = { bits: 17, wordNgrams: [1, 2], charNgrams: [3, 4, 5], charWeight: 0.5 };

/** SIB-200 labels → humas taxonomy ids, where one is a fair reading of the other. */
export const SIB200_LABEL_MAP: Record<string, string> = {
  health: 'kesehatan',
  politics: 'politik-pilkada',
  travel: 'pariwisata-budaya',
  entertainment: 'pariwisata-budaya',
};

export interface TopicModelFile {
  format: 1;
  classes: string[];
  bits: number;
  bias: number[];
  /** Per class: non-zero [slot, weight] pairs. */
  weights: [number, number][][];
  meta: Record<string, unknown>;
}

export interface LabeledText {
  label: string;
  text: string;
}

/** Reads TSV training files: SIB-200 (`index_id, category, text` header) or headerless `label<TAB>text`. */
export function readLabeledTsv(file: string): LabeledText[] {
  const lines = readFileSync(file, 'utf8').split(/\r?\n/).filter((l) => l.trim());
  const header = lines[0]?.split('\t') ?? [];
  const ci = header.indexOf('category');
  const ti = header.indexOf('text');
  if (ci >= 0 && ti >= 0) {
    return lines.slice(1).map((l) => l.split('\t')).filter((c) => c[ci] && c[ti]).map((c) => ({ label: c[ci], text: c[ti] }));
  }
  return lines.map((l) => l.split('\t')).filter((c) => c.length >= 2).map((c) => ({ label: c[0], text: c.slice(1).join(' ') }));
}

export function topicVector(text: string) {
  return featurizeTokens(tokenize(text).slice(0, 1000), TOPIC_FEATURES);
}

export function fitTopicModel(rows: LabeledText[]): LinearModel {
  const classes = [...new Set(rows.map((r) => r.label))].sort();
  const xs = rows.map((r) => topicVector(r.text));
  const ys = rows.map((r) => classes.indexOf(r.label));
  return trainLogReg(xs, ys, classes, 1 << TOPIC_FEATURES.bits, { epochs: 20, learningRate: 0.2, balanced: true, seed: 3 });
}

export function toFile(m: LinearModel, meta: Record<string, unknown> = {}): TopicModelFile {
  const weights = m.classes.map((_, c) => {
    const out: [number, number][] = [];
    for (let j = 0; j < m.dim; j++) {
      const w = m.weights[c * m.dim + j];
      if (Math.abs(w) >= 1e-3) out.push([j, Math.round(w * 1e4) / 1e4]);
    }
    return out;
  });
  return { format: 1, classes: m.classes, bits: TOPIC_FEATURES.bits, bias: [...m.bias], weights, meta };
}

export function fromFile(f: TopicModelFile): LinearModel {
  const dim = 1 << f.bits;
  const w = new Float32Array(f.classes.length * dim);
  f.weights.forEach((pairs, c) => {
    for (const [j, v] of pairs) w[c * dim + j] = v;
  });
  return { classes: f.classes, dim, weights: w, bias: Float32Array.from(f.bias) };
}

export function loadTopicModel(path: string): LinearModel {
  return fromFile(JSON.parse(readFileSync(path, 'utf8')) as TopicModelFile);
}

/** Best label and its probability. */
export function predictTopic(m: LinearModel, text: string): { label: string; prob: number } {
  const p = predictProba(m, topicVector(text));
  let best = 0;
  for (let i = 1; i < p.length; i++) if (p[i] > p[best]) best = i;
  return { label: m.classes[best], prob: p[best] };
}

/** Trains on the given files and writes the model JSON. */
export function trainTopics(opts: { files: string[]; out: string; meta?: Record<string, unknown> }): TopicModelFile {
  const rows = opts.files.flatMap(readLabeledTsv);
  const file = toFile(fitTopicModel(rows), { ...opts.meta, files: opts.files.map((f) => f.replace(/^.*\/data\//, 'data/')), rows: rows.length });
  mkdirSync(dirname(opts.out), { recursive: true });
  writeFileSync(opts.out, JSON.stringify(file));
  return file;
}

/** Accuracy, macro-F1 and confusion of a model (or a model file) on a labelled TSV file. */
export function evaluateTopics(opts: { file: string; model?: LinearModel; modelPath?: string }): ClassificationReport {
  const m = opts.model ?? loadTopicModel(opts.modelPath!);
  const rows = readLabeledTsv(opts.file);
  const pred = rows.map((r) => predictTopic(m, r.text).label);
  return classificationReport(rows.map((r) => r.label), pred, m.classes);
}
