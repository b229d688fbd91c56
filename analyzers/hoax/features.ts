// What the hoax classifier reads: four TF-IDF blocks hashed into one space of 2^20 slots, each
// L2-normalized on its own, plus style features at a fixed scale.
//   words  — normalized word uni+bigrams of title + text (the claim as a whole);
//   title  — word uni+bigrams of the title alone (fact-check datasets and feeds give the claim's
//            headline separately; "Foto …", "Video …", "Klarifikasi …" carry signal of their own);
//   tchars — raw character 2–4-grams of the title, case and punctuation kept ("SEBARKAN!!", ": ",
//            "Foto  ", "⚠"): how a claim is typed, which the normalized words lose;
//   xchars — the same over the first 300 characters of the text (a chain message's opening).
// Without a title, the opening of the text stands in for it (a post's first line is its headline).
// Measured (FakeNewsID, 3 × stratified 5-fold CV; see MODEL.md): words + title 0.797 → + style 0.800 →
// + raw character blocks 0.814.
//
// Speed: text is capped (MAX_TEXT_CHARS for words, 300 characters for xchars); counts go into a
// small reused hash table; n-grams are hashed without substrings; at run time the logit is computed
// straight from the counts (hoaxLogitOf in model.ts) against an interleaved idf/weight array.
import { SLANG } from '../normalize/index.js';
import { fnvFinish, fnvStep, hashString } from '../shared/hash.js';
import type { SparseVector } from '../shared/sparse.js';
import { ERA_COUNT, eraIndex, PERIOD_STARTS, periodIndex } from './era.js';
import { detectIndicators, isShouting, type IndicatorName } from './indicators.js';

export const HOAX_BITS = 18;
export const HOAX_DIM = 1 << HOAX_BITS;
const MASK = HOAX_DIM - 1;

/**
 * Characters of text read for the word block. The training claims are at most 1,402 characters long
 * (mean 177): the model has seen nothing later in a text, and reading it costs time.
 */
export const MAX_TEXT_CHARS = 1500;
const MAX_TOKENS = 600;
const MAX_TITLE_TOKENS = 40;
/** Without a title, this many opening tokens / characters of the text stand in for it. */
const PSEUDO_TITLE_TOKENS = 12;
const PSEUDO_TITLE_CHARS = 100;
const TITLE_CHARS = 200;
const OPENING_CHARS = 300;
/** Scale of a style feature (one-hot) next to the unit-norm text blocks. */
export const STYLE_WEIGHT = 0.5;

const SEED = { words: 0x811c9dc5, title: 0x5bd1e995, tchars: 0x9747b28c, xchars: 0x1b873593, style: 0x2d358dcc } as const;
export const BLOCKS = 4;

/** Hashed counts of one document, before idf: per block the touched slots and their raw counts. */
export interface HoaxCounts {
  blocks: { idx: Int32Array; cnt: Float32Array }[];
  /** Style feature slots (value STYLE_WEIGHT each). */
  style: Int32Array;
  /** Year of publication, for the dated model (its period's weights and its year's term, era.ts). */
  year?: number;
}

/**
 * Columns of the weight vector a model is trained on: the shared hashed space; for dated documents
 * the same features again in their period's copy of that space; then one term per year.
 */
export const HOAX_WEIGHTS_DIM = HOAX_DIM * (1 + PERIOD_STARTS.length) + ERA_COUNT;
/** Column of a year's term in the weight vector. */
export function eraColumn(year: number): number {
  return HOAX_DIM * (1 + PERIOD_STARTS.length) + eraIndex(year);
}

// Per-document counting in a small open-addressing table (a document touches a few thousand slots),
// so counting stays in cache instead of scattering over a 4 MB dense array.
const TABLE_BITS = 14;
const TABLE_SIZE = 1 << TABLE_BITS;
/** Distinct slots one block may count: beyond this load the table would slow down; more are dropped. */
const MAX_DISTINCT = TABLE_SIZE >> 1;
const keys = new Int32Array(TABLE_SIZE).fill(-1);
const counts = new Float32Array(TABLE_SIZE);
const used = new Int32Array(MAX_DISTINCT);
let nUsed = 0;

function add(slot: number): void {
  let p = Math.imul(slot, 0x9e3779b1) >>> (32 - TABLE_BITS);
  for (;;) {
    const k = keys[p];
    if (k === slot) {
      counts[p] += 1;
      return;
    }
    if (k === -1) {
      if (nUsed === MAX_DISTINCT) return;
      keys[p] = slot;
      counts[p] = 1;
      used[nUsed++] = p;
      return;
    }
    p = (p + 1) & (TABLE_SIZE - 1);
  }
}

function flush(): { idx: Int32Array; cnt: Float32Array } {
  const idx = new Int32Array(nUsed);
  const cnt = new Float32Array(nUsed);
  for (let i = 0; i < nUsed; i++) {
    const p = used[i];
    idx[i] = keys[p];
    cnt[i] = counts[p];
  }
  reset();
  return { idx, cnt };
}

function reset(): void {
  for (let i = 0; i < nUsed; i++) keys[used[i]] = -1;
  nUsed = 0;
}

/**
 * The counting table as a block leaves it, for readers that use the counts in place (hoaxLogitsOf in
 * model.ts) instead of copying them out: slot keys[used[i]] was counted counts[used[i]] times, for
 * i < the n passed to the visitor, in the order flush() gives them.
 */
export const BLOCK_TABLE = { keys, counts, used } as const;

function wordBlockCount(tokens: readonly string[], seed: number): void {
  let prev = 0;
  for (let i = 0; i < tokens.length; i++) {
    const h = hashString(tokens[i], seed);
    add(h & MASK);
    if (i > 0) add(fnvFinish(Math.imul(prev ^ 0x9e3779b9, 0x01000193) ^ h) & MASK);
    prev = h;
  }
}

function wordBlock(tokens: readonly string[], seed: number): { idx: Int32Array; cnt: Float32Array } {
  wordBlockCount(tokens, seed);
  return flush();
}

/** Character 2–4-grams of a raw string (whitespace runs collapsed to one space), case kept. */
/** Character n-gram orders of the raw blocks: 2–4 (single characters cost a quarter of the time and
 * added nothing measurable). */
const CHAR_MIN = 2;
const CHAR_MAX = 4;
const codes = new Int32Array(Math.max(TITLE_CHARS, OPENING_CHARS));

function charBlock(s: string, seed: number): { idx: Int32Array; cnt: Float32Array } {
  charBlockCount(s, seed);
  return flush();
}

function charBlockCount(s: string, seed: number): void {
  let n = 0;
  let space = true;
  const lim = Math.min(s.length, codes.length);
  for (let i = 0; i < lim; i++) {
    const c = s.charCodeAt(i);
    const ws = c === 32 || c === 9 || c === 10 || c === 13 || c === 160 || c === 12 || c === 11;
    if (ws) {
      if (!space) codes[n++] = 32;
      space = true;
    } else {
      codes[n++] = c;
      space = false;
    }
  }
  if (n > 0 && codes[n - 1] === 32) n--;
  for (let i = 0; i + CHAR_MIN <= n; i++) {
    let h = fnvStep(seed, codes[i]);
    for (let j = i + 1; j < i + CHAR_MAX && j < n; j++) {
      h = fnvStep(h, codes[j]);
      add(fnvFinish(h) & MASK);
    }
  }
}

// Word tokens for the classifier: lower-cased runs of letters/digits (URLs dropped), slang mapped to
// its standard form with the shared table, letters repeated three or more times collapsed. A cheaper
// cousin of normalize's tokenize() (no HTML, emoticon or emoji passes, no per-token regexes): the
// hoax model only needs the same tokens at training and at run time, and tokenize() cost 60% of the
// analyzer on 1–3 KB texts. CV AUC was unchanged by the switch (MODEL.md).
const SLANG_WORDS: ReadonlyMap<string, string[]> = new Map(Object.entries(SLANG).map(([k, v]) => [k, v.split(' ')]));
const URL_RE = /\b(?:https?:\/\/|www\.)\S+/g;
const WORD_CHAR = /^[\p{L}\p{N}]$/u;
const TRIPLE_RE = /(\p{L})\1\1+/gu;

export function hoaxTokens(text: string, out: string[] = []): string[] {
  let s = text.toLowerCase();
  if (s.includes('://') || s.includes('www.')) s = s.replace(URL_RE, ' ');
  // The same tokens as s.match(/[\p{L}\p{N}]+/gu), by a character loop: ASCII is decided by
  // comparisons, other characters (and surrogate pairs) by the regex on that character alone.
  let start = -1;
  const n = s.length;
  for (let i = 0; i <= n; i++) {
    let word = false;
    let width = 1;
    if (i < n) {
      const c = s.charCodeAt(i);
      if (c < 0x80) word = (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
      else if (c >= 0xd800 && c <= 0xdbff && i + 1 < n) {
        width = 2;
        word = WORD_CHAR.test(s.slice(i, i + 2));
      } else word = WORD_CHAR.test(s[i]);
    }
    if (word) {
      if (start < 0) start = i;
      i += width - 1;
      continue;
    }
    if (start >= 0) {
      pushToken(s.slice(start, i), out);
      start = -1;
    }
  }
  return out;
}

function pushToken(token: string, out: string[]): void {
  let w = token;
  if (w.length > 2 && hasTriple(w)) w = w.replace(TRIPLE_RE, '$1');
  const sl = SLANG_WORDS.get(w);
  if (sl) for (const x of sl) out.push(x);
  else out.push(w);
}

function hasTriple(w: string): boolean {
  for (let i = 2; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c === w.charCodeAt(i - 1) && c === w.charCodeAt(i - 2)) return true;
  }
  return false;
}

// Style names repeat across documents (a few hundred distinct ones): hash each once.
const styleSlots = new Map<string, number>();
function styleSlot(name: string): number {
  let s = styleSlots.get(name);
  if (s === undefined) {
    s = hashString(name, SEED.style) & MASK;
    if (styleSlots.size < 10_000) styleSlots.set(name, s);
  }
  return s;
}

const PICTOGRAPH = /\p{Extended_Pictographic}/u;

function styleNames(title: string, text: string, hasTitle: boolean, indicators: readonly IndicatorName[]): string[] {
  const body = text;
  let excl = 0;
  let quest = 0;
  let nl = 0;
  let star = 0;
  let upper = 0;
  let letters = 0;
  let high = false;
  for (let i = 0; i < body.length; i++) {
    const c = body.charCodeAt(i);
    // Characters that may be pictographs (©, ®, ‼, ⁉, U+2100 and up), not typographic quotes and dashes.
    if (c >= 0x2100 || c === 0xa9 || c === 0xae || c === 0x203c || c === 0x2049) high = true;
    else if (c === 33) excl++;
    else if (c === 63) quest++;
    else if (c === 10) nl++;
    else if (c === 42) star++;
    else if (c >= 65 && c <= 90) {
      upper++;
      letters++;
    } else if (c >= 97 && c <= 122) letters++;
  }
  const t = title.trim();
  const firstWord = t.split(/\s+/, 1)[0]?.toLowerCase().slice(0, 10) ?? '';
  const names = [
    `len_${Math.min(12, Math.floor(Math.log2(1 + text.length)))}`,
    `tlen_${hasTitle ? Math.min(9, Math.floor(Math.log2(1 + t.length))) : 'none'}`,
    `same_${hasTitle && t === text.trim() ? 1 : 0}`,
    `tin_${hasTitle && t.length > 0 && t.length <= body.length && body.toLowerCase().includes(t.toLowerCase()) ? 1 : 0}`,
    `up_${Math.floor((10 * upper) / Math.max(1, letters))}`,
    // isShouting(body), from the counts above.
    `shout_${letters >= 25 && upper / letters >= 0.6 ? 1 : 0}`,
    `shout_title_${isShouting(title) ? 1 : 0}`,
    `excl_${Math.min(4, excl)}`,
    `quest_${Math.min(3, quest)}`,
    `nl_${Math.min(5, nl)}`,
    `star_${star > 0 ? 1 : 0}`,
    `emoji_${high && PICTOGRAPH.test(body) ? 1 : 0}`,
    `url_${body.includes('http') || body.includes('www.') ? 1 : 0}`,
    `quote_open_${/^\s*["“”']/.test(text) ? 1 : 0}`,
    `colon_title_${t.startsWith(':') ? 1 : 0}`,
    `tfirst_${firstWord}`,
  ];
  for (const n of indicators) names.push(`ind_${n}`);
  return names;
}

function firstLine(text: string): string {
  const s = text.length > PSEUDO_TITLE_CHARS * 2 ? text.slice(0, PSEUDO_TITLE_CHARS * 2) : text;
  const nl = s.search(/[\n.!?]/);
  return (nl < 0 ? s : s.slice(0, nl + 1)).slice(0, PSEUDO_TITLE_CHARS);
}

/** What hoaxCounts reads of a document before counting its blocks. */
function prepared(title: string | undefined, text: string, indicators?: readonly IndicatorName[]) {
  const hasTitle = !!title && title.trim().length > 0;
  const t = hasTitle ? title! : '';
  const body = text.length > MAX_TEXT_CHARS ? text.slice(0, MAX_TEXT_CHARS) : text;
  const titleTokens = hasTitle ? hoaxTokens(t.length > TITLE_CHARS * 2 ? t.slice(0, TITLE_CHARS * 2) : t) : [];
  const tokens = hoaxTokens(body, titleTokens.slice());
  if (tokens.length > MAX_TOKENS) tokens.length = MAX_TOKENS;
  const titleBlockTokens = hasTitle ? titleTokens.slice(0, MAX_TITLE_TOKENS) : tokens.slice(0, PSEUDO_TITLE_TOKENS);
  const ind = indicators ?? detectIndicators({ title: t, text: body });
  const names = styleNames(t, body, hasTitle, ind);
  const style = new Int32Array(names.length);
  for (let i = 0; i < names.length; i++) style[i] = styleSlot(names[i]);
  return { t, body, hasTitle, tokens, titleBlockTokens, style };
}

/**
 * Hashed counts of a document. `indicators` (from detectIndicators) can be passed when the caller
 * already has them, so the regexes run once per document.
 */
export function hoaxCounts(title: string | undefined, text: string, indicators?: readonly IndicatorName[], year?: number): HoaxCounts {
  const { t, body, hasTitle, tokens, titleBlockTokens, style } = prepared(title, text, indicators);
  return {
    blocks: [
      wordBlock(tokens, SEED.words),
      wordBlock(titleBlockTokens, SEED.title),
      charBlock((hasTitle ? t : firstLine(body)).slice(0, TITLE_CHARS), SEED.tchars),
      charBlock(body.slice(0, OPENING_CHARS), SEED.xchars),
    ],
    style,
    year,
  };
}

/**
 * hoaxCounts without copying the blocks out: each block is counted into BLOCK_TABLE, `visit(n)`
 * reads it there (n slots), then the table is cleared for the next block; returns the style slots.
 * Same blocks in the same order with the same counts as hoaxCounts(title, text, indicators).blocks.
 */
export function visitHoaxBlocks(title: string | undefined, text: string, indicators: readonly IndicatorName[] | undefined, visit: (n: number) => void): Int32Array {
  const { t, body, hasTitle, tokens, titleBlockTokens, style } = prepared(title, text, indicators);
  const done = (): void => {
    try {
      visit(nUsed);
    } finally {
      reset();
    }
  };
  wordBlockCount(tokens, SEED.words);
  done();
  wordBlockCount(titleBlockTokens, SEED.title);
  done();
  charBlockCount((hasTitle ? t : firstLine(body)).slice(0, TITLE_CHARS), SEED.tchars);
  done();
  charBlockCount(body.slice(0, OPENING_CHARS), SEED.xchars);
  done();
  return style;
}

/**
 * Counts → feature vector: per block sublinear tf × idf over slots with idf > 0 (seen in at least
 * two training documents), L2-normalized; style features added at STYLE_WEIGHT. Slots may repeat
 * across blocks (hash collisions); a linear model sums them, so that is harmless.
 */
export function hoaxVector(c: HoaxCounts, idf: Float32Array): SparseVector {
  let n = c.style.length;
  for (const b of c.blocks) n += b.idx.length;
  if (c.year !== undefined) n = 2 * n + 1;
  const idx = new Int32Array(n);
  const val = new Float32Array(n);
  let k = 0;
  for (const b of c.blocks) {
    const start = k;
    let norm = 0;
    for (let i = 0; i < b.idx.length; i++) {
      const w = idf[b.idx[i]];
      if (w === 0) continue;
      const cnt = b.cnt[i];
      const v = (cnt > 1 ? 1 + Math.log(cnt) : cnt) * w;
      idx[k] = b.idx[i];
      val[k++] = v;
      norm += v * v;
    }
    if (norm > 0) {
      const inv = 1 / Math.sqrt(norm);
      for (let i = start; i < k; i++) val[i] *= inv;
    }
  }
  for (let i = 0; i < c.style.length; i++) {
    idx[k] = c.style[i];
    val[k++] = STYLE_WEIGHT;
  }
  if (c.year !== undefined) {
    // Each feature again in its period's copy, then the year's term.
    const offset = HOAX_DIM * (1 + periodIndex(c.year));
    for (let i = 0, m = k; i < m; i++) {
      idx[k] = offset + idx[i];
      val[k++] = val[i];
    }
    idx[k] = eraColumn(c.year);
    val[k++] = STYLE_WEIGHT;
  }
  return { idx: idx.subarray(0, k), val: val.subarray(0, k) };
}

/** Document frequency of every slot over a training set (style slots excluded). */
export function documentFrequencies(docs: readonly HoaxCounts[]): Uint32Array {
  const df = new Uint32Array(HOAX_DIM);
  for (const d of docs) for (const b of d.blocks) for (let i = 0; i < b.idx.length; i++) df[b.idx[i]]++;
  return df;
}

/** Minimum document frequency of a slot to get an idf (rarer slots are ignored, and not shipped). */
export const MIN_DF = 2;

/** Smoothed idf (as scikit-learn's TfidfVectorizer) from document frequencies; 0 below MIN_DF. */
export function idfFromDf(df: Uint32Array, nDocs: number, minDf = MIN_DF): Float32Array {
  const idf = new Float32Array(df.length);
  for (let j = 0; j < df.length; j++) if (df[j] >= minDf) idf[j] = Math.log((1 + nDocs) / (1 + df[j])) + 1;
  return idf;
}
