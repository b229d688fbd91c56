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
// "REPUBLIKA.CO.ID, JAKARTA --", "Liputan6.com, Jakarta -", "TEMPO.CO, Jakarta -", "Samarinda, IDN
// Times -", and since 3.3.0 any upper-case outlet domain before an upper-case city
// ("TRIBUNKALTIM.CO, SAMARINDA -", "KALTIMPOST.ID, BALIKPAPAN –"): such a dateline is three upper-case
// words in a row, which inferRegister otherwise takes for shouting (a post mark).
const DATELINE =
  /^\s*(?:[A-Z][\p{L} .,]{1,40}\s*\((?:ANTARA|Antara)[^)]{0,30}\)\s*[-–—]|[A-Z][A-Za-z .]{1,30},\s*(?:KOMPAS\.com|Kompas\.com|detik\w*|Liputan6\.com|TEMPO\.CO|Tempo\.co|CNN Indonesia|IDN Times|Tribun\w*\.com|suara\w*\.com|okezone\.com|JPNN\.com|VIVA\.co\.id|Bisnis\.com)\s*[-–—]|(?:REPUBLIKA\.CO\.ID|Liputan6\.com|TEMPO\.CO|KOMPAS\.com|JPNN\.com|Bisnis\.com|VIVA\.co\.id)\s*,\s*[\p{L} ]{2,30}\s*[-–—]|[A-Z][A-Z0-9]{2,}\.(?:CO|COM|ID|NET|TV)(?:\.ID)?\s*,\s*\p{Lu}[\p{Lu} ]{1,30}\s*[-–—])/u;

/** Text opening with an outlet dateline is edited news, whatever channel it came through. */
export function looksLikeNewsCopy(text: string): boolean {
  return DATELINE.test(text.slice(0, 200));
}

// ---- the register read from the text when the item's kind is not given (MODEL.md, "Register") ----
// Marks of a post rather than edited copy, looked for in a titled text's title and first 400
// characters: "!", "??", an ellipsis inside the text (a truncated feed lead ends with one: not
// counted), an @-mention or hashtag, a link, an emoji, the informal pronouns, calls to share,
// laughter, chat abbreviations and particles (yg, dgn, tdk, gak, sih, dong, …), "kata2"
// reduplication, three upper-case words in a row (shouting; the outlet datelines are caught before).
const SOCIAL_MARKS =
  /[!]|[?]{2,}|(?:\.{3}|…)(?!\s*$)|(?:^|\s)[@#]\w|https?:\/\/|\p{Extended_Pictographic}|\b(?:aku|gw|gue|kamu|kalian|anda|yuk|ayo|sebarkan|bagikan|viralkan|share|wkwk|hehe|guys|yg|dgn|utk|tdk|sdh|msh|blm|krn|bgt|gak|ga|nggak|ngga|kalo|udah|aja|dong|sih|deh|nih|loh|lho)\b|\p{L}{3,}2\b|(?:\b\p{Lu}{2,}\b[\s,.:;'"“”-]*){3}/u;
// Personal chatter: the informal first person (aku, gw, gue, gua, aq), a lower-case letter written
// three times or more ("bangettt", not "www"), laughter (wkwk, hehe, hihi, haha), a text emoticon,
// the words of love-life chatter (kangen, galau, baper, jomblo, mantan, pacar, gebetan).
const CHATTER =
  /\b(?:[Aa]ku|[Gg]w|[Gg]ue|[Gg]ua|aq)\b|([a-vx-z])\1{2,}|\b(?:wk(?:wk)+|he(?:he)+|hi(?:hi)+|ha(?:ha)+)\b|(?:^|\s)(?:[:;]['-]?[)(DP*](?![\p{L}_])|\^\^|\^_\^|<3)|\b(?:[Kk]angen|[Gg]alau|[Bb]aper|[Jj]omblo|[Mm]antan|[Pp]acar|[Gg]ebetan)\b/u;

/**
 * What the text itself says about the register when the item's kind is unset (MODEL.md, "Register"):
 * `news` for a titled text with none of the post marks above in its title and opening (an article or
 * feed item: circulated claims come as posts, without a title), `chatter` for a text with a mark of
 * personal chatter. Neither when the kind is given as `news` (its own shift applies) or the text opens
 * with an outlet dateline; with kind `social` only `chatter`.
 */
export function inferRegister(title: string | undefined, text: string, kind?: 'news' | 'social'): 'news' | 'chatter' | undefined {
  if (kind === 'news') return undefined;
  if (kind === undefined && title && title.trim() && !SOCIAL_MARKS.test(`${title} ${text.slice(0, 400)}`)) return 'news';
  return CHATTER.test(text.slice(0, 1000)) ? 'chatter' : undefined;
}

/**
 * Log-odds added for a text read as news copy by inferRegister (kind unset, titled, no post marks).
 * Less than NEWS_LOGIT_SHIFT: the kind is a guess, and every FakeNewsID claim has a title (41% of its
 * hoaxes and 64% of its non-hoaxes read as copy). 3.2.0: −0.75 (FakeNewsID out-of-fold 0.8018 held;
 * −1 / −1.5 gave 0.8004 / 0.7967 with the full gate). 3.3.0: −1 beside the lighter titled gate
 * (TRIAGE_GATE_WEIGHT_TITLED), which lets titled text up and this pulls news copy back down: tune
 * half (kind unset, at 0.48) fixture news flagged 1.8% → 0%; FakeNewsID 0.811 (−0.75: 0.812, news
 * 1.8%; −1.25: 0.809). MODEL.md, "Register" and "Titled texts".
 */
export const INFERRED_NEWS_SHIFT = -1;
/**
 * Log-odds added for personal chatter (inferRegister), unless a chain formula occurs. On the tune
 * half: IndoLEM tweets flagged 6.4% → 2.6% (−1: ~4%), claims −1.5 points at the same threshold (the
 * chatter marks occur in 2% of the claims); FakeNewsID out-of-fold −0.0006.
 */
export const CHATTER_SHIFT = -1.5;

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
 * The gate for a titled text whose kind is not given (a checker's file of claims, `pantau analyze` on
 * bare records): lighter, because titled ordinary text is read from its register instead (news copy
 * INFERRED_NEWS_SHIFT, chatter CHATTER_SHIFT), while titled circulated claims (every FakeNewsID row)
 * are where the triage model is least sure (24% of FakeNewsID hoaxes fall below TRIAGE_GATE_OFFSET
 * out-of-fold, its FakeNewsID ROC-AUC is 0.72). 3.3.0, MODEL.md "Titled texts": FakeNewsID
 * out-of-fold 0.801 → 0.811 (seed 13), TurnBackHoax tune half unchanged at the threshold.
 */
export const TRIAGE_GATE_WEIGHT_TITLED = 0.5;
export const TRIAGE_GATE_OFFSET_TITLED = 0.5;

/**
 * `hoax.flagged` is true from this score up (or when a debunk match sets the floor, see below), for a
 * document with a publication date (the dated model; every crawled item has one). Chosen on the tune
 * half of `pantau eval hoax-triage` (MODEL.md) with the register read from the text (3.2.0): at 0.48,
 * 62.9% of TurnBackHoax claims and 1.9% of ordinary texts (kind unset; tweets 3.4%, news 0%); at 0.50,
 * as in 3.1.0, the claims fell to 61.4%.
 */
export const HOAX_FLAG_THRESHOLD = 0.48;
/**
 * The same for a document without a date (the text-only model, whose scale differs): on the tune
 * half 2.4% of ordinary texts and 55.7% of the claims score ≥ 0.58 (3.1.0: 0.60, 3.7% / 54.0%).
 */
export const HOAX_FLAG_THRESHOLD_UNDATED = 0.58;

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
  /** The register read from the text (inferRegister), when the kind does not say. */
  register?: 'news' | 'chatter';
  /** The text has a title (with the kind unset, the lighter titled gate applies). */
  titled?: boolean;
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
  const inferredNews = !news && inp.register === 'news';
  const chain = inp.indicators.filter((n) => CHAIN_FORMULAS.has(n)).length;
  const chatter = !news && inp.register === 'chatter' && chain === 0;
  let score: number;
  let debunked = false;
  if (inp.logit === undefined) score = ind;
  else {
    // The lighter gate for a titled text of unknown kind (TRIAGE_GATE_WEIGHT_TITLED).
    const light = inp.titled === true && inp.kind === undefined;
    const gateWeight = light ? TRIAGE_GATE_WEIGHT_TITLED : TRIAGE_GATE_WEIGHT;
    const gateOffset = light ? TRIAGE_GATE_OFFSET_TITLED : TRIAGE_GATE_OFFSET;
    const gate = inp.triageLogit === undefined ? 0 : gateWeight * Math.min(0, inp.triageLogit - gateOffset);
    const z = inp.logit + gate + (news ? NEWS_LOGIT_SHIFT : inferredNews ? INFERRED_NEWS_SHIFT : chatter ? CHATTER_SHIFT : 0);
    const p = 1 / (1 + Math.exp(-z));
    score = CLASSIFIER_WEIGHT * p + (1 - CLASSIFIER_WEIGHT) * ind;
  }
  // A text that restates an already debunked claim is the strongest evidence there is; for news
  // items only when the match is strong (see NEWS_STRONG_DEBUNK).
  if (inp.debunkSimilarity !== undefined && ((!news && !inferredNews) || inp.debunkSimilarity >= NEWS_STRONG_DEBUNK)) {
    const floor = INDICATOR_WEIGHTS.debunk_match + (1 - INDICATOR_WEIGHTS.debunk_match) * inp.debunkSimilarity * 0.5;
    score = Math.max(score, floor);
    debunked = true;
  }
  const threshold = inp.undated ? HOAX_FLAG_THRESHOLD_UNDATED : HOAX_FLAG_THRESHOLD;
  // Two or more chain-message formulas (calls to share, known hoax phrasing, urgency) flag a text
  // whatever the classifiers say: on the tune half none of 1,083 ordinary texts had two (MODEL.md).
  if (chain >= 2) score = Math.max(score, threshold);
  const rounded = Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
  // A text restating a published debunk is flagged whatever the classifiers say.
  return { score: rounded, flagged: debunked || rounded >= threshold };
}

/** The score alone (see hoaxDecision). */
export function blendHoaxScore(inp: HoaxScoreInput): number {
  return hoaxDecision(inp).score;
}
