// How the hoax score is put together from the classifier and the indicators. Kept apart from the
// analyzer so the blend can be measured (CV AUC) with the same function that runs in production.
import { INDICATOR_WEIGHTS, indicatorScore, type IndicatorName } from './indicators.js';

/**
 * Weight of the classifier probability against the indicator score. The classifier already reads the
 * indicators as features with weights learned from data; the explicit share is kept small because on
 * FakeNewsID CV (out-of-fold) every point moved to the hand-set indicator score costs AUC (model 2:
 * 0.814 at 1.0, 0.813 at 0.95, 0.811 at 0.9, 0.807 at 0.8). It stays so that a text full of
 * chain-message formulas is never scored on the classifier's word evidence alone.
 */
export const CLASSIFIER_WEIGHT = 0.95;
/**
 * Items from news outlets start from lower odds: edited outlets rarely carry circulated hoaxes, and
 * the classifier was trained on claims only, so their formal register is out of its domain.
 */
export const NEWS_LOGIT_SHIFT = -2.0;

// Outlet datelines that open edited news copy: "JAKARTA, KOMPAS.com -", "Jakarta (ANTARA) -",
// "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -".
const DATELINE =
  /^\s*(?:[A-Z][\p{L} .,]{1,40}\s*\((?:ANTARA|Antara)[^)]{0,30}\)\s*[-–—]|[A-Z][A-Za-z .]{1,30},\s*(?:KOMPAS\.com|Kompas\.com|detik\w*|Liputan6\.com|TEMPO\.CO|Tempo\.co|CNN Indonesia|Tribun\w*\.com|suara\w*\.com|okezone\.com|JPNN\.com|VIVA\.co\.id|Bisnis\.com)\s*[-–—]|(?:REPUBLIKA\.CO\.ID|Liputan6\.com|TEMPO\.CO|KOMPAS\.com|JPNN\.com|Bisnis\.com|VIVA\.co\.id)\s*,\s*[\p{L} ]{2,30}\s*[-–—])/u;

/** Text opening with an outlet dateline is edited news, whatever channel it came through. */
export function looksLikeNewsCopy(text: string): boolean {
  return DATELINE.test(text.slice(0, 200));
}

/**
 * The triage gate (MODEL.md, "Triage"): the hoax model's log-odds are lowered by
 * TRIAGE_GATE_WEIGHT × (how far the triage model's log-odds fall below TRIAGE_GATE_OFFSET). A text the
 * triage model takes for a circulated hoax (log-odds ≥ the offset: nearly every FakeNewsID claim) keeps
 * the hoax model's score, so claims are still ranked against each other as before; ordinary reviews,
 * posts and news fall. Chosen on the tune half (grid of weight 1–3, offset 0–4): 1.5 and 1 keep
 * FakeNewsID out-of-fold ROC-AUC at 0.806 (0.814 ungated) and raise TurnBackHoax-vs-ordinary from
 * 0.58 to 0.90.
 */
export const TRIAGE_GATE_WEIGHT = 1.5;
export const TRIAGE_GATE_OFFSET = 1;

/**
 * `hoax.flagged` is true from this score up (or when a debunk match sets the floor, see below), for a
 * document with a publication date (the dated model; every crawled item has one). Chosen on the tune
 * half of `pantau eval hoax-triage` (MODEL.md) after the triage model was trained on Pantau's own
 * ordinary text as well: at 0.50, 62.5% of TurnBackHoax claims and 3.3% of ordinary texts (kind
 * unset; tweets 7.3%, news 14.5%); at 0.55, as before, the claims fell to 57.5%, under the 60% aim.
 */
export const HOAX_FLAG_THRESHOLD = 0.5;
/**
 * The same for a document without a date (the text-only model, whose scale differs): on the tune
 * half 3.7% of ordinary texts and 54% of the claims score ≥ 0.60.
 */
export const HOAX_FLAG_THRESHOLD_UNDATED = 0.6;

/** The named indicators that are chain-message formulas; two of them flag a text (hoaxDecision). */
export const CHAIN_FORMULAS: ReadonlySet<IndicatorName> = new Set(['provocation_share', 'known_hoax_phrasing', 'urgency']);

export interface HoaxScoreInput {
  /** Classifier log-odds of "hoax", or undefined when no model is available. */
  logit?: number;
  /** Triage classifier log-odds (circulated hoax vs ordinary text), when that model is available. */
  triageLogit?: number;
  indicators: readonly IndicatorName[];
  /** Best debunk similarity when one matched. */
  debunkSimilarity?: number;
  kind?: 'news' | 'social';
  /** Text opens with an outlet dateline (see looksLikeNewsCopy). */
  newsCopy?: boolean;
  /** Scored by the undated (text-only) model: its own flag threshold. */
  undated?: boolean;
}

/**
 * Debunk similarity from which a news item's score gets the debunk floor. A circulated claim restating
 * a debunk gets the floor at any match (≥ the index threshold, 0.40); an article from a news source
 * (kind `news` or datelined copy) only at a strong one: ordinary news shares names and places with
 * debunks, and a weak match is shown in `hoax.debunks` (and named `debunk_match`) without raising its
 * score. On ~900 TurnBackHoax debunks, 52% of circulated claims reach 0.60 on their right debunk
 * (1.4% on a wrong one), while no ordinary news text of the 172 measured gets above 0.44.
 */
export const NEWS_STRONG_DEBUNK = 0.6;

export interface HoaxScore {
  score: number;
  flagged: boolean;
}

/** The score and the flag. */
export function hoaxDecision(inp: HoaxScoreInput): HoaxScore {
  const ind = indicatorScore(inp.indicators.filter((n) => n !== 'debunk_match'));
  const news = inp.kind === 'news' || inp.newsCopy === true;
  let score: number;
  let debunked = false;
  if (inp.logit === undefined) score = ind;
  else {
    const gate = inp.triageLogit === undefined ? 0 : TRIAGE_GATE_WEIGHT * Math.min(0, inp.triageLogit - TRIAGE_GATE_OFFSET);
    const z = inp.logit + gate + (news ? NEWS_LOGIT_SHIFT : 0);
    const p = 1 / (1 + Math.exp(-z));
    score = CLASSIFIER_WEIGHT * p + (1 - CLASSIFIER_WEIGHT) * ind;
  }
  // A text that restates an already debunked claim is the strongest evidence there is; for news
  // items only when the match is strong (see NEWS_STRONG_DEBUNK).
  if (inp.debunkSimilarity !== undefined && (!news || inp.debunkSimilarity >= NEWS_STRONG_DEBUNK)) {
    const floor = INDICATOR_WEIGHTS.debunk_match + (1 - INDICATOR_WEIGHTS.debunk_match) * inp.debunkSimilarity * 0.5;
    score = Math.max(score, floor);
    debunked = true;
  }
  const threshold = inp.undated ? HOAX_FLAG_THRESHOLD_UNDATED : HOAX_FLAG_THRESHOLD;
  // Two or more chain-message formulas (calls to share, known hoax phrasing, urgency) flag a text
  // whatever the classifiers say: on the tune half none of 1,083 ordinary texts had two (MODEL.md).
  if (inp.indicators.filter((n) => CHAIN_FORMULAS.has(n)).length >= 2) score = Math.max(score, threshold);
  const rounded = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  // A text restating a published debunk is flagged whatever the classifiers say.
  return { score: rounded, flagged: debunked || rounded >= threshold };
}

/** The score alone (see hoaxDecision). */
export function blendHoaxScore(inp: HoaxScoreInput): number {
  return hoaxDecision(inp).score;
}
