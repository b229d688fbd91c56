// Sentiment analyzer: a hashed n-gram logistic-regression model (trained by scripts/train-sentiment.ts
// from SmSA + NusaX) with lexicon features, giving positive / neutral / negative and a score in −1..1
// (P(pos) − P(neg)). The model loads lazily on first use and is shared by every analyzer instance.
import type { AnalyzeDoc, Analyzer } from '../../src/core/types.js';
import { sentimentHeadTokens } from './features.js';
import { lexiconSentiment } from './lexicon-only.js';
import { DEFAULT_MODEL_PATH, loadSentimentModel, predictSentiment, type SentimentModel } from './model.js';

export { DEFAULT_MODEL_PATH, loadSentimentModel, predictSentiment, type SentimentModel, type SentimentPrediction } from './model.js';
export { trainSentiment, evaluateSentiment, evaluateRows, type TrainSentimentOptions, type SentimentEvaluation } from './train.js';
export { readLabelledFile, type LabelledText } from './dataset.js';
export { scoreLexicon, type LexiconScore } from './lexicon-score.js';
export { lexiconSentiment } from './lexicon-only.js';

const ANALYZER_VERSION = '1';

export interface SentimentAnalyzerOptions {
  /** Model JSON; default: the shipped analyzers/sentiment/model/sentiment-model.json. */
  modelPath?: string;
  /**
   * Load the model now and throw a clear error if it cannot be read (a model the operator chose).
   * Otherwise a missing model falls back to the lexicon on first use.
   */
  required?: boolean;
}

function docText(doc: AnalyzeDoc): string {
  // Headlines state the gist; joined with a full stop so bigrams do not run across.
  return doc.title ? `${doc.title} . ${doc.text ?? ''}` : (doc.text ?? '');
}

export function createSentimentAnalyzer(opts: SentimentAnalyzerOptions = {}): Analyzer {
  const path = opts.modelPath ?? DEFAULT_MODEL_PATH;
  // undefined: not tried yet; null: could not load, lexicon fallback.
  let model: SentimentModel | null | undefined;
  if (opts.required) {
    try {
      model = loadSentimentModel(path);
    } catch (e) {
      const why = (e as NodeJS.ErrnoException).code ?? (e as Error).message;
      throw new Error(`sentiment model ${path}: cannot load it (${why}); expected a file written by \`pantau train sentiment --out FILE\``);
    }
  }
  const get = (): SentimentModel | null => {
    if (model === undefined) {
      try {
        model = loadSentimentModel(path);
      } catch {
        model = null;
      }
    }
    return model;
  };
  return {
    name: 'sentiment',
    get version() {
      const m = get();
      return m ? `${ANALYZER_VERSION}+${m.file.version}` : `${ANALYZER_VERSION}+lexicon`;
    },
    analyze(doc) {
      const text = docText(doc);
      const m = get();
      if (!m) return { sentiment: lexiconSentiment(text) };
      // The model's tokens of docText(doc), from the title's and the text's (shared with topics).
      const p = predictSentiment(m, text, sentimentHeadTokens(doc.title, doc.text ?? ''), doc.kind);
      return { sentiment: { label: p.label, score: Math.round(p.score * 1000) / 1000 } };
    },
  };
}

/** The default instance (shipped model). */
export const sentimentAnalyzer: Analyzer = createSentimentAnalyzer();
