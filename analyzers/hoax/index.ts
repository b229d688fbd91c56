// The hoax analyzer: a score in [0, 1] with the named indicators behind it and the published
// debunks the text resembles. Runs last in the chain; the debunk index is built once per run from
// the store's fact-checks and passed in.
import type { Analysis, AnalyzeDoc, Analyzer } from '../../src/core/types.js';
import type { DebunkIndex } from '../debunk/index.js';
import { yearOf } from './era.js';
import { detectIndicators, type IndicatorName } from './indicators.js';
import { DATED_MODEL_PATH, hoaxLogitsOf, loadHoaxModel, TRIAGE_MODEL_PATH, withTriage, type LoadedHoaxModel } from './model.js';
import { hoaxDecision, inferRegister, looksLikeNewsCopy } from './score.js';

export interface HoaxAnalyzerOptions {
  debunks?: DebunkIndex;
  /** Override the shipped undated model (tests); null = indicators only. */
  model?: LoadedHoaxModel | null;
  /**
   * Override the shipped dated model, used for documents with a publication date (MODEL.md); when
   * `model` is overridden and this is not, documents with a date use `model` too.
   */
  datedModel?: LoadedHoaxModel | null;
  /**
   * Override the shipped triage model (circulated hoax vs ordinary text); null = no gate. When
   * `model` is overridden and this is not, no gate either (tests of a hand-trained model).
   */
  triageModel?: LoadedHoaxModel | null;
}

export const HOAX_ANALYZER_VERSION = '3.3.0';

/** A letter or digit: without one there is no claim to judge. */
const HAS_WORD = /[\p{L}\p{N}]/u;

const fusedCache = new WeakMap<LoadedHoaxModel, WeakMap<LoadedHoaxModel, LoadedHoaxModel>>();
function fusedModel(m: LoadedHoaxModel, triage: LoadedHoaxModel): LoadedHoaxModel {
  let inner = fusedCache.get(m);
  if (!inner) fusedCache.set(m, (inner = new WeakMap()));
  let f = inner.get(triage);
  if (!f) inner.set(triage, (f = withTriage(m, triage)));
  return f;
}

export function createHoaxAnalyzer(opts: HoaxAnalyzerOptions = {}): Analyzer {
  const model0 = opts.model !== undefined ? opts.model : loadHoaxModel();
  const dated0 = opts.datedModel !== undefined ? opts.datedModel : opts.model !== undefined ? null : loadHoaxModel(DATED_MODEL_PATH);
  const triage = opts.triageModel !== undefined ? opts.triageModel : opts.model !== undefined ? null : loadHoaxModel(TRIAGE_MODEL_PATH);
  // The triage model's weights interleaved into each hoax model's array: one pass, one memory read
  // per slot for both (withTriage). Built once per process for the shipped models.
  const fused = (m: LoadedHoaxModel | null): LoadedHoaxModel | null => (m && triage ? fusedModel(m, triage) : m);
  const model = fused(model0);
  const dated = fused(dated0);
  const debunks = opts.debunks;
  return {
    name: 'hoax',
    version: `${HOAX_ANALYZER_VERSION}${model ? '' : '-nomodel'}`,
    analyze(doc: AnalyzeDoc): Partial<Analysis> {
      const text = doc.text ?? '';
      // Empty, emoji-only or punctuation-only input: the model's prior (most training claims are
      // hoaxes) would otherwise score it ~0.6.
      if (!HAS_WORD.test(text) && !HAS_WORD.test(doc.title ?? '')) return { hoax: { score: 0, flagged: false, indicators: [], debunks: [] } };
      const indicators: IndicatorName[] = detectIndicators({ title: doc.title, text });
      // The classifier reads the text indicators as features (before debunk_match is added). With a
      // publication date, the dated model: trained with a term per year, so that its text weights
      // rank claims of one period against each other (MODEL.md, "The date as a confounder").
      const year = dated ? yearOf(doc.publishedAt) : undefined;
      const m = year !== undefined ? dated : model;
      // The triage model reads the same counts (text only: it has no year terms or period weights).
      const z = m ? hoaxLogitsOf(m, doc.title, text, indicators, year) : undefined;
      const logit = z?.logit;
      const triageLogit = z?.triage;
      const matches = debunks ? debunks.match(text, doc.title, 3) : [];
      if (matches.length) indicators.push('debunk_match');
      const { score, flagged } = hoaxDecision({
        logit,
        triageLogit,
        indicators,
        debunkSimilarity: matches[0]?.similarity,
        kind: doc.kind,
        newsCopy: looksLikeNewsCopy(text),
        register: inferRegister(doc.title, text, doc.kind),
        titled: !!doc.title && doc.title.trim().length > 0,
        undated: m !== dated || !dated,
      });
      return { hoax: { score, flagged, indicators, debunks: matches } };
    },
  };
}

export { detectIndicators, indicatorScore, INDICATOR_WEIGHTS, type IndicatorName } from './indicators.js';
export { blendHoaxScore, CHATTER_SHIFT, hoaxDecision, HOAX_FLAG_THRESHOLD, HOAX_FLAG_THRESHOLD_UNDATED, INFERRED_NEWS_SHIFT, inferRegister, looksLikeNewsCopy, NEWS_STRONG_DEBUNK, TRIAGE_GATE_OFFSET, TRIAGE_GATE_OFFSET_TITLED, TRIAGE_GATE_WEIGHT, TRIAGE_GATE_WEIGHT_TITLED } from './score.js';
export { loadHoaxModel, DATED_MODEL_PATH as HOAX_DATED_MODEL_PATH, MODEL_PATH as HOAX_MODEL_PATH, TRIAGE_MODEL_PATH as HOAX_TRIAGE_MODEL_PATH } from './model.js';
export { DATED_CALIBRATED_FROM, yearOf } from './era.js';
