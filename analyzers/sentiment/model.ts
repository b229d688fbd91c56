// The trained sentiment model as shipped: a JSON file (features + compact linear weights + the
// figures it was trained to), loaded once per path and cached for the life of the process.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { MentionKind, SentimentLabel } from '../../src/core/types.js';
import type { LinearModel } from '../shared/logreg.js';
import { predictProbaSlotMajor, toSlotMajor, type SlotMajorModel } from '../shared/slot-major.js';
import { decodeLinearModel, type EncodedLinearModel } from '../shared/model-io.js';
import { sentimentFeatures, type SentimentFeatureOptions } from './features.js';
import type { LexiconScore } from './lexicon-score.js';

export const SENTIMENT_CLASSES: SentimentLabel[] = ['negative', 'neutral', 'positive'];

/** Resolved from this module, so it works from the TS sources and from dist/ (assets are copied). */
export const DEFAULT_MODEL_PATH = fileURLToPath(new URL('./model/sentiment-model.json', import.meta.url));

export interface SentimentModelFile {
  format: 'pantau-sentiment';
  /** Changes whenever the weights change; part of the analyzer version. */
  version: string;
  createdAt: string;
  features: SentimentFeatureOptions;
  /** A non-neutral argmax whose |P(pos) − P(neg)| is below this margin is reported neutral. */
  neutralMargin: number;
  /** Lexicon prior added to the logits after the linear model; absent in older model files (none). */
  prior?: SentimentPrior;
  /** Added to the log-probabilities [neg, neu, pos] after the prior (then renormalized); absent in
   * older model files (none). Chosen by cross-validation on the macro-F1 (train.ts). */
  classBias?: [number, number, number];
  training: Record<string, unknown>;
  metrics: Record<string, unknown>;
  model: EncodedLinearModel;
}

/**
 * What the training corpora (reviews, comments, SmSA's news headlines labelled neutral) cannot teach
 * the linear model, added to its log-probabilities: the lexicon's polarity (`lexicon`), less
 * neutral mass when the lexicon fires (`neutral`), and news events (`events`: deaths,
 * cancellations, outages, floods, disease negative; repairs done, relief, awards positive). Weights
 * were chosen on the tune halves of the dev sets (README: sentiment); 0 switches a part off.
 */
export interface SentimentPrior {
  lexicon: number;
  neutral: number;
  events: number;
}

export interface SentimentModel {
  file: Omit<SentimentModelFile, 'model'>;
  linear: LinearModel;
  /** The same weights laid out for fast prediction (see shared/slot-major.ts). */
  scorer: SlotMajorModel;
}

export interface SentimentPrediction {
  label: SentimentLabel;
  /** P(positive) − P(negative), in −1..1. */
  score: number;
  probabilities: Record<SentimentLabel, number>;
  lexicon: LexiconScore;
}

const cache = new Map<string, SentimentModel>();

export function parseSentimentModel(json: SentimentModelFile): SentimentModel {
  if (json.format !== 'pantau-sentiment') throw new Error('not a pantau sentiment model');
  const { model, ...file } = json;
  const linear = decodeLinearModel(model);
  if (linear.classes.join() !== SENTIMENT_CLASSES.join()) throw new Error(`unexpected classes ${linear.classes.join()}`);
  return { file, linear, scorer: toSlotMajor(linear) };
}

export function loadSentimentModel(path: string = DEFAULT_MODEL_PATH): SentimentModel {
  let m = cache.get(path);
  if (!m) {
    m = parseSentimentModel(JSON.parse(readFileSync(path, 'utf8')) as SentimentModelFile);
    cache.set(path, m);
  }
  return m;
}

export function decide(p: readonly number[], neutralMargin: number): { label: SentimentLabel; score: number } {
  const [neg, neu, pos] = p;
  const score = Math.max(-1, Math.min(1, pos - neg));
  let label: SentimentLabel = neu >= pos && neu >= neg ? 'neutral' : pos > neg ? 'positive' : 'negative';
  // Both polar probabilities moderate and close: the text is not clearly either.
  if (label !== 'neutral' && Math.abs(score) < neutralMargin) label = 'neutral';
  return { label, score };
}

/**
 * The training corpora (reviews, comments) contain almost no emoji, so the model cannot weigh them;
 * social posts lean on them. Emoji therefore move probability mass from neutral to the polarity they
 * express, more for several than for one. Emoji-only posts are decided by the emoji alone.
 */
export function applyEmoji(p: number[], emoji: number, words: number): number[] {
  if (emoji === 0) return p;
  const e = Math.tanh(emoji);
  const strength = words === 0 ? 1 : 0.6;
  const moved = p[1] * strength * Math.abs(e);
  return e > 0 ? [p[0], p[1] - moved, p[2] + moved] : [p[0] + moved, p[1] - moved, p[2]];
}

// What a pole gains, the opposite pole loses half of ("tidak bagus"-style mixtures stay decidable).
const OPPOSITE = 0.5;
/** Adds the prior to log-probabilities [neg, neu, pos] and renormalizes. */
export function applyPrior(p: number[], prior: SentimentPrior | undefined, lexicon: LexiconScore, events: LexiconScore): number[] {
  if (!prior) return p;
  const lp = Math.tanh(lexicon.pos / 3);
  const ln = Math.tanh(lexicon.neg / 3);
  const ep = Math.tanh(events.pos / 2);
  const en = Math.tanh(events.neg / 2);
  if (lp === 0 && ln === 0 && ep === 0 && en === 0) return p;
  const { lexicon: a, neutral: b, events: c } = prior;
  if (a === 0 && b === 0 && c === 0) return p;
  const z0 = Math.log(Math.max(p[0], 1e-9)) + a * (ln - OPPOSITE * lp) + c * (en - OPPOSITE * ep);
  const z1 = Math.log(Math.max(p[1], 1e-9)) - b * Math.max(lp, ln) - 0.5 * c * Math.max(ep, en);
  const z2 = Math.log(Math.max(p[2], 1e-9)) + a * (lp - OPPOSITE * ln) + c * (ep - OPPOSITE * en);
  const m = Math.max(z0, z1, z2);
  const e0 = Math.exp(z0 - m);
  const e1 = Math.exp(z1 - m);
  const e2 = Math.exp(z2 - m);
  const sum = e0 + e1 + e2;
  return [e0 / sum, e1 / sum, e2 / sum];
}

/** Adds a per-class bias to the log-probabilities [neg, neu, pos] and renormalizes. */
export function applyClassBias(p: number[], bias: readonly number[] | undefined): number[] {
  if (!bias || (bias[0] === 0 && bias[1] === 0 && bias[2] === 0)) return p;
  const e0 = p[0] * Math.exp(bias[0]);
  const e1 = p[1] * Math.exp(bias[1]);
  const e2 = p[2] * Math.exp(bias[2]);
  const sum = e0 + e1 + e2;
  return [e0 / sum, e1 / sum, e2 / sum];
}

/**
 * The news-event part of the prior was written for news, where harm is negative however neutral the
 * wording; a post that mentions a flood or an outage is more often a question, an announcement or
 * thanks. For documents of kind `social` it counts at this share (issue 18, README: sentiment).
 */
export const SOCIAL_EVENT_SHARE = 0.5;

/** The prior a document of this kind gets. */
export function priorFor(prior: SentimentPrior | undefined, kind: MentionKind | undefined): SentimentPrior | undefined {
  if (!prior || kind !== 'social' || prior.events === 0) return prior;
  return { ...prior, events: prior.events * SOCIAL_EVENT_SHARE };
}

/** `head`: the text's first tokens when the caller has them (features.ts, sentimentHeadTokens);
 * `kind`: the document's kind when known (`social` weakens the news-event prior, SOCIAL_EVENT_SHARE). */
export function predictSentiment(model: SentimentModel, text: string, head?: readonly string[], kind?: MentionKind): SentimentPrediction {
  const f = sentimentFeatures(text, model.file.features, head);
  if (f.tokens === 0) {
    return { label: 'neutral', score: 0, probabilities: { negative: 0, neutral: 1, positive: 0 }, lexicon: f.lexicon };
  }
  const p = applyClassBias(
    applyPrior(applyEmoji(predictProbaSlotMajor(model.scorer, f.vector), f.emoji, f.words), priorFor(model.file.prior, kind), f.lexicon, f.events),
    model.file.classBias,
  );
  const { label, score } = decide(p, model.file.neutralMargin);
  return { label, score, probabilities: { negative: p[0], neutral: p[1], positive: p[2] }, lexicon: f.lexicon };
}
