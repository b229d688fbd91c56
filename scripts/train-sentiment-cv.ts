// Model selection for the sentiment analyzer by repeated stratified cross-validation over the NusaX
// pool (NusaX train + NusaX valid tune half; see sentiment-cv-data.ts), plus the SmSA valid tune half
// and the tune halves of IndoLEM tweets and our own sets, scored by a model trained like the shipped
// one. Untouched halves are never read here.
//
//   npm run build && node dist/scripts/train-sentiment-cv.js [--repeats 2] [--variants FILE.json] [--only NAME,…]
//
// A variants file is a JSON array of {name, features?, train?, poolWeight?, post?: [{name, prior?,
// neutralMargin?, bias?}], members?: [...]} (members: an ensemble whose probabilities are averaged).
// Without one, the shipped configuration is measured. Figures are macro-F1; CV mean ± sd over
// repeats.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { readFileSync } from 'node:fs';
import type { SentimentLabel } from '../src/core/types.js';
import { readLabelledFile, type LabelledText } from '../analyzers/sentiment/dataset.js';
import { DEFAULT_SENTIMENT_FEATURES, sentimentFeatures, type SentimentFeatureOptions } from '../analyzers/sentiment/features.js';
import type { LexiconScore } from '../analyzers/sentiment/lexicon-score.js';
import { applyEmoji, applyPrior, decide, priorFor, SENTIMENT_CLASSES, type SentimentPrior } from '../analyzers/sentiment/model.js';
import type { MentionKind } from '../src/core/types.js';
import { trainNbsvm } from '../analyzers/sentiment/nbsvm.js';
import { nearDuplicateIndex, removeNearDuplicates } from '../analyzers/sentiment/near-duplicates.js';
import { splitHalves } from '../analyzers/sentiment/splits.js';
import { DEFAULT_CLASS_BIAS, DEFAULT_NEUTRAL_MARGIN, DEFAULT_PRIOR, DEFAULT_TRAIN_OPTIONS } from '../analyzers/sentiment/train.js';
import { predictProba, trainLogReg, type LinearModel, type TrainOptions } from '../analyzers/shared/logreg.js';
import { classificationReport } from '../analyzers/shared/metrics.js';
import { mulberry32, shuffleInPlace } from '../analyzers/shared/random.js';
import type { SparseVector } from '../analyzers/shared/sparse.js';
import { devSets, nusaxPool, readSentimentData } from './sentiment-cv-data.js';

interface Member {
  features?: Partial<SentimentFeatureOptions>;
  train?: TrainOptions;
  /** Sample weight of NusaX pool rows (SmSA rows weigh 1). */
  poolWeight?: number;
  /** Sample weight of our own training tweets (analyzers/sentiment/data/tweets-train.tsv, fit part
   * only: see TWEETS below); 0 or absent leaves them out, as before they existed. */
  tweetWeight?: number;
  /** Sample weight of the general-topic training tweets (analyzers/sentiment/data/tweets-train-general.tsv,
   * fit part only, like tweetWeight); 0 or absent leaves them out. */
  generalTweetWeight?: number;
  /** Self-training: after training, label the unlabelled licensed sentences of SIB-200 (FLORES,
   * CC BY-SA 4.0; train + dev, 801) with the model, add those whose top probability is ≥ threshold at
   * this sample weight, and train again (CV screening only). */
  selfTrain?: { threshold: number; weight: number };
  /** Train with this many shuffling seeds and average the weights (one model, no run-time cost). */
  seeds?: number;
  /** Weight of this member's probabilities in an ensemble (default 1). */
  weight?: number;
  /** Add a multinomial naive Bayes model's centred log-probabilities (smoothing alpha) times
   * weight to the logistic regression's weights: one linear model, no run-time cost. */
  nb?: { alpha: number; weight: number };
  /** One-vs-rest NB-SVM (Wang & Manning 2012): per class, log-count ratios r of the binarized
   * features, a binary logistic regression on x ⊙ r, folded back into one linear model over x
   * (weight w·r); see analyzers/sentiment/nbsvm.ts. */
  nbsvm?: { alpha: number };
  /** Interpolation of the plain logistic regression and the NB-SVM in weight space: weights =
   * (1 − beta)·LR + beta·NBSVM (their logits averaged), still one linear model, no run-time cost. */
  blend?: { alpha: number; beta: number };
}
interface Post {
  name: string;
  prior?: SentimentPrior;
  neutralMargin?: number;
  /** Added to the log-probabilities [neg, neu, pos] after the prior (default DEFAULT_CLASS_BIAS, as shipped). */
  bias?: [number, number, number];
}
interface Variant extends Member {
  name: string;
  members?: Member[];
  post?: Post[];
}

const { values } = parseArgs({
  options: {
    'data-dir': { type: 'string' },
    repeats: { type: 'string', default: '2' },
    variants: { type: 'string' },
    only: { type: 'string' },
    folds: { type: 'string', default: '5' },
    'keep-dups': { type: 'boolean', default: false },
    /** Print the pool rows on which the first two posts of a variant disagree (CV predictions). */
    diff: { type: 'boolean', default: false },
    /** Print the pool rows the first post gets wrong. */
    errors: { type: 'boolean', default: false },
  },
});
const dataDir = resolve(values['data-dir'] ?? process.env.PANTAU_DATA_DIR ?? '../shared/data');
if (!existsSync(join(dataDir, 'smsa'))) {
  console.error(`no SmSA data under ${dataDir}; pass --data-dir or set PANTAU_DATA_DIR`);
  process.exit(2);
}
const fixtures = fileURLToPath(new URL('../../test/fixtures/sentiment/', import.meta.url));
const data = readSentimentData(dataDir, fixtures);
const pool = nusaxPool(data);
// SmSA train without near-duplicates of any dev row of SmSA valid or NusaX valid (as shipped).
const smsa = removeNearDuplicates(data.smsaTrain, [...data.smsaValid, ...data.nusaxValid], 0.5).kept;
// Our own training tweets: while choosing, only the fit part is trained on and the tune part
// (splits.ts 'tune' half) is scored; the shipped model trains on both (train-sentiment.ts).
const TWEETS = fileURLToPath(new URL('../../analyzers/sentiment/data/tweets-train.tsv', import.meta.url));
const tweetHalves = splitHalves(readLabelledFile(TWEETS));
const tweetsFit = tweetHalves.untouched;
const tweetsTune = tweetHalves.tune;
const GENERAL = fileURLToPath(new URL('../../analyzers/sentiment/data/tweets-train-general.tsv', import.meta.url));
const generalHalves = splitHalves(readLabelledFile(GENERAL));
const generalTune = generalHalves.tune;
const trainRows: LabelledText[] = [...smsa, ...pool, ...tweetsFit, ...generalHalves.untouched];
const isPool = trainRows.map((_, i) => i >= smsa.length && i < smsa.length + pool.length);
const firstGeneral = smsa.length + pool.length + tweetsFit.length;
const isOwnTweet = trainRows.map((_, i) => i >= smsa.length + pool.length && i < firstGeneral);
const isGeneralTweet = trainRows.map((_, i) => i >= firstGeneral);
// dup[i]: pool rows that training row i nearly duplicates (a pool row always duplicates itself).
const dup = nearDuplicateIndex(trainRows, pool, 0.5).map((d, i) => (isPool[i] && !d.includes(i - smsa.length) ? [...d, i - smsa.length] : d));
const keepDups = values['keep-dups'];

const folds = Number(values.folds);
const repeats = Number(values.repeats);
function stratifiedFolds(seed: number): Int32Array {
  const f = new Int32Array(pool.length);
  const rand = mulberry32(seed);
  for (const c of SENTIMENT_CLASSES) {
    const idx = pool.map((r, i) => (r.label === c ? i : -1)).filter((i) => i >= 0);
    shuffleInPlace(idx, rand);
    idx.forEach((i, k) => (f[i] = k % folds));
  }
  return f;
}
const foldSets = Array.from({ length: repeats }, (_, r) => stratifiedFolds(1000 + r));

interface Featurized {
  vector: SparseVector;
  lexicon: LexiconScore;
  events: LexiconScore;
  emoji: number;
  words: number;
  tokens: number;
}
const featCache = new Map<string, Map<string, Featurized>>();
function featurize(text: string, opts: SentimentFeatureOptions): Featurized {
  const key = JSON.stringify(opts);
  let m = featCache.get(key);
  if (!m) featCache.set(key, (m = new Map()));
  let f = m.get(text);
  if (!f) m.set(text, (f = sentimentFeatures(text, opts)));
  return f;
}

let selfTrainLogged = false;
let unlabelledCache: string[] | undefined;
function unlabelled(): string[] {
  if (!unlabelledCache) {
    unlabelledCache = [];
    for (const f of ['train.tsv', 'dev.tsv']) {
      const lines = readFileSync(join(dataDir, 'sib200-topic-id', f), 'utf8').split('\n').slice(1);
      for (const l of lines) {
        const t = l.split('\t')[2]?.trim();
        if (t) unlabelledCache.push(t);
      }
    }
  }
  return unlabelledCache;
}

function train(member: Member, allIdx: number[]): { model: LinearModel; opts: SentimentFeatureOptions } {
  const opts: SentimentFeatureOptions = { ...DEFAULT_SENTIMENT_FEATURES, ...member.features };
  const rowIdx = allIdx.filter((i) => (member.tweetWeight || !isOwnTweet[i]) && (member.generalTweetWeight || !isGeneralTweet[i]));
  const xs = rowIdx.map((i) => featurize(trainRows[i].text, opts).vector);
  const ys = rowIdx.map((i) => SENTIMENT_CLASSES.indexOf(trainRows[i].label));
  const sampleWeights =
    member.poolWeight || member.tweetWeight || member.generalTweetWeight
      ? rowIdx.map((i) =>
          isPool[i] ? (member.poolWeight ?? 1) : isOwnTweet[i] ? member.tweetWeight! : isGeneralTweet[i] ? member.generalTweetWeight! : 1,
        )
      : undefined;
  const base = { ...DEFAULT_TRAIN_OPTIONS, ...member.train, sampleWeights };
  if (member.selfTrain) {
    const first = trainLogReg(xs, ys, [...SENTIMENT_CLASSES], 1 << opts.bits, base);
    const { threshold, weight } = member.selfTrain;
    const sw = sampleWeights ?? rowIdx.map(() => 1);
    const xs2 = [...xs];
    const ys2 = [...ys];
    let added = 0;
    for (const text of unlabelled()) {
      const f = featurize(text, opts);
      const q = predictProba(first, f.vector);
      const c = q.indexOf(Math.max(...q));
      if (q[c] < threshold) continue;
      xs2.push(f.vector);
      ys2.push(c);
      sw.push(weight);
      added++;
    }
    if (!selfTrainLogged) {
      console.log(`  self-training: ${added} SIB-200 sentences added`);
      selfTrainLogged = true;
    }
    return { model: trainLogReg(xs2, ys2, [...SENTIMENT_CLASSES], 1 << opts.bits, { ...base, sampleWeights: sw }), opts };
  }
  if (member.nbsvm) return { model: trainNbsvm(xs, ys, SENTIMENT_CLASSES, 1 << opts.bits, base, member.nbsvm), opts };
  if (member.blend) {
    const lr = trainLogReg(xs, ys, [...SENTIMENT_CLASSES], 1 << opts.bits, base);
    const nb = trainNbsvm(xs, ys, SENTIMENT_CLASSES, 1 << opts.bits, base, { alpha: member.blend.alpha });
    const b = member.blend.beta;
    for (let j = 0; j < lr.weights.length; j++) lr.weights[j] = (1 - b) * lr.weights[j] + b * nb.weights[j];
    for (let c = 0; c < lr.bias.length; c++) lr.bias[c] = (1 - b) * lr.bias[c] + b * nb.bias[c];
    return { model: lr, opts };
  }
  const n = member.seeds ?? 1;
  const model = trainLogReg(xs, ys, [...SENTIMENT_CLASSES], 1 << opts.bits, base);
  for (let s = 1; s < n; s++) {
    const m = trainLogReg(xs, ys, [...SENTIMENT_CLASSES], 1 << opts.bits, { ...base, seed: (base.seed ?? 1) + 100 * s });
    for (let j = 0; j < m.weights.length; j++) model.weights[j] += m.weights[j];
    for (let c = 0; c < m.bias.length; c++) model.bias[c] += m.bias[c];
  }
  if (n > 1) {
    for (let j = 0; j < model.weights.length; j++) model.weights[j] /= n;
    for (let c = 0; c < model.bias.length; c++) model.bias[c] /= n;
  }
  if (member.nb) addNaiveBayes(model, xs, ys, member.nb.alpha, member.nb.weight);
  return { model, opts };
}

function addNaiveBayes(model: LinearModel, xs: SparseVector[], ys: number[], alpha: number, weight: number): void {
  const k = model.classes.length;
  const dim = model.dim;
  const counts = new Float64Array(k * dim);
  const seen = new Uint8Array(dim);
  for (let n = 0; n < xs.length; n++) {
    const { idx, val } = xs[n];
    for (let i = 0; i < idx.length; i++) {
      if (val[i] <= 0) continue;
      counts[ys[n] * dim + idx[i]] += val[i];
      seen[idx[i]] = 1;
    }
  }
  let used = 0;
  for (let j = 0; j < dim; j++) used += seen[j];
  const totals = Array.from({ length: k }, (_, c) => {
    let t = 0;
    for (let j = 0; j < dim; j++) t += counts[c * dim + j];
    return t + alpha * used;
  });
  const lp = new Float64Array(k);
  for (let j = 0; j < dim; j++) {
    if (!seen[j]) continue;
    let mean = 0;
    for (let c = 0; c < k; c++) mean += (lp[c] = Math.log((counts[c * dim + j] + alpha) / totals[c])) / k;
    for (let c = 0; c < k; c++) model.weights[c * dim + j] += weight * (lp[c] - mean);
  }
}

interface Raw {
  p: number[];
  lexicon: LexiconScore;
  events: LexiconScore;
  empty: boolean;
}
function rawScores(models: { model: LinearModel; opts: SentimentFeatureOptions; weight: number }[], rows: readonly LabelledText[]): Raw[] {
  return rows.map((r) => {
    const p = [0, 0, 0];
    let wsum = 0;
    let f0: Featurized | undefined;
    for (const m of models) {
      const f = featurize(r.text, m.opts);
      f0 ??= f;
      const q = applyEmoji(predictProba(m.model, f.vector), f.emoji, f.words);
      for (let c = 0; c < 3; c++) p[c] += m.weight * q[c];
      wsum += m.weight;
    }
    return { p: p.map((x) => x / wsum), lexicon: f0!.lexicon, events: f0!.events, empty: f0!.tokens === 0 };
  });
}

function labels(raw: Raw[], post: Post, binary: boolean, kind?: MentionKind): SentimentLabel[] {
  const prior = priorFor(post.prior ?? DEFAULT_PRIOR, kind);
  return raw.map((r) => {
    if (r.empty) return binary ? 'positive' : 'neutral';
    let p = applyPrior(r.p, prior, r.lexicon, r.events);
    const bias = post.bias ?? DEFAULT_CLASS_BIAS;
    if (bias.some((b) => b !== 0)) {
      const z = p.map((x, c) => Math.log(Math.max(x, 1e-9)) + bias[c]);
      const m = Math.max(...z);
      const e = z.map((x) => Math.exp(x - m));
      const s = e[0] + e[1] + e[2];
      p = e.map((x) => x / s);
    }
    if (binary) return p[2] >= p[0] ? 'positive' : 'negative';
    return decide(p, post.neutralMargin ?? DEFAULT_NEUTRAL_MARGIN).label;
  });
}

function macroF1(rows: readonly LabelledText[], pred: SentimentLabel[]): number {
  const gold = rows.map((r) => r.label);
  const binary = !gold.includes('neutral');
  return classificationReport(gold, pred, binary ? ['negative', 'positive'] : SENTIMENT_CLASSES).macroF1;
}

function trainMembers(v: Variant, rowIdx: number[]) {
  const members = v.members ?? [v];
  return members.map((m) => ({ ...train(m, rowIdx), weight: m.weight ?? 1 }));
}

function runVariant(v: Variant): void {
  const posts: Post[] = v.post ?? [{ name: 'default' }];
  const t0 = Date.now();
  // CV on the pool: per repeat, the pool's predictions assembled over its folds.
  const cv: number[][] = posts.map(() => []);
  const cvPerClass: Record<string, number[]> = {};
  for (const f of foldSets) {
    const rawAll: Raw[] = new Array(pool.length);
    for (let k = 0; k < folds; k++) {
      const rowIdx: number[] = [];
      for (let i = 0; i < trainRows.length; i++) {
        if (isPool[i] && f[i - smsa.length] === k) continue;
        if (!keepDups && dup[i].some((j) => f[j] === k)) continue;
        rowIdx.push(i);
      }
      const models = trainMembers(v, rowIdx);
      const evalIdx = pool.map((_, j) => j).filter((j) => f[j] === k);
      const raw = rawScores(models, evalIdx.map((j) => pool[j]));
      evalIdx.forEach((j, n) => (rawAll[j] = raw[n]));
    }
    if (values.diff && posts.length > 1) {
      const a = labels(rawAll, posts[0], false);
      const b = labels(rawAll, posts[1], false);
      pool.forEach((r, j) => a[j] !== b[j] && console.log(`  gold ${r.label.padEnd(8)} ${posts[0].name} ${a[j].padEnd(8)} ${posts[1].name} ${b[j].padEnd(8)} ${r.text.slice(0, 160)}`));
    }
    if (values.errors) {
      const a = labels(rawAll, posts[0], false);
      pool.forEach((r, j) => a[j] !== r.label && console.log(`  gold ${r.label.padEnd(8)} pred ${a[j].padEnd(8)} p ${rawAll[j].p.map((x) => x.toFixed(2)).join('/')} ${r.text.slice(0, 200)}`));
    }
    posts.forEach((post, pi) => {
      const pred = labels(rawAll, post, false);
      cv[pi].push(macroF1(pool, pred));
      if (pi === 0) {
        const rep = classificationReport(pool.map((r) => r.label), pred, SENTIMENT_CLASSES);
        for (const c of SENTIMENT_CLASSES) (cvPerClass[c] ??= []).push(rep.perClass[c].f1);
      }
    });
  }
  // The shipped-like model: every training row.
  const models = trainMembers(v, trainRows.map((_, i) => i));
  const sets: [string, LabelledText[]][] = [...devSets(data).filter(([name]) => !name.startsWith('NusaX')), ['tweets-train tune part', tweetsTune], ['tweets-general tune part', generalTune]];
  const rawSets = sets.map(([, rows]) => {
    const tune = rows === tweetsTune || rows === generalTune ? rows : splitHalves(rows).tune;
    return { tune, raw: rawScores(models, tune) };
  });
  const secs = ((Date.now() - t0) / 1000).toFixed(0);
  posts.forEach((post, pi) => {
    const mean = cv[pi].reduce((a, b) => a + b, 0) / cv[pi].length;
    const sd = Math.sqrt(cv[pi].reduce((a, b) => a + (b - mean) ** 2, 0) / cv[pi].length);
    // Social sets scored as documents of kind social (SOCIAL_EVENT_SHARE), as the analyzer does.
    const cells = rawSets.map(({ tune, raw }, i) =>
      macroF1(tune, labels(raw, post, !tune.some((r) => r.label === 'neutral'), /tweets|social/.test(sets[i][0]) ? 'social' : undefined)).toFixed(3),
    );
    console.log(
      `${(v.name + (posts.length > 1 || post.name !== 'default' ? ` / ${post.name}` : '')).padEnd(44)} CV ${mean.toFixed(4)} ±${sd.toFixed(3)}  ${sets.map(([n], i) => `${n.split(' ')[0]}${n.includes('tweets (') ? '-tw' : n.includes('all') ? '-all' : ''} ${cells[i]}`).join('  ')}${pi === 0 ? `  (${secs} s; CV per class ${SENTIMENT_CLASSES.map((c) => (cvPerClass[c].reduce((a, b) => a + b, 0) / cvPerClass[c].length).toFixed(3)).join('/')})` : ''}`,
    );
  });
}

const variants: Variant[] = values.variants ? (JSON.parse(readFileSync(values.variants, 'utf8')) as Variant[]) : [{ name: 'shipped' }];
const only = values.only?.split(',');
console.log(`pool ${pool.length} rows, SmSA train ${smsa.length} rows, ${folds} folds × ${repeats} repeats${keepDups ? ', near-duplicates KEPT' : ''}`);
for (const v of variants) if (!only || only.includes(v.name)) runVariant(v);
