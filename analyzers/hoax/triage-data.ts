// Data for hoax *triage*: circulated hoax claims against the ordinary text an office reads (news,
// reviews, posts). Loaders for the measuring sets (read in place from ../shared, never copied or
// trained on: TurnBackHoax 2024 and IndoLEM have no licence that allows it, the fixture pages are
// publishers' content for tests) and for the licensed ordinary text the classifier is trained on
// (SmSA, NusaX, NERGrit, SIB-200 train splits). Every measuring set is split in two halves by a
// fixed hash of its text: `tune` was looked at while building, `untouched` only for the final figures.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvObjects } from '../debunk/csv.js';
import { feedNews, truthArticles, turnbackhoaxPairs } from '../debunk/eval-data.js';
import { hashString } from '../shared/hash.js';

export interface TriageDoc {
  title?: string;
  text: string;
  /** 1 circulated hoax claim, 0 ordinary text. */
  label: 0 | 1;
  /** Which set it comes from (tbh, smsa, tweets, hotel, news, …). */
  set: string;
  kind?: 'news' | 'social';
  /** Training only: relative weight among the ordinary rows (default 1). */
  weight?: number;
}

export type Half = 'tune' | 'untouched';

/** The fixed half a text belongs to (FNV-1a of the text, then title): stable across runs and machines. */
export function halfOf(text: string, title = ''): Half {
  return (hashString(`${title}\n${text}`, 0x7a3d1f29) & 1) === 0 ? 'tune' : 'untouched';
}

/** Pre-tokenised corpora (SmSA, NERGrit) put spaces around punctuation; real text does not. */
export function detokenize(s: string): string {
  return s
    .replace(/\s+([,.!?;:%)\]}])/g, '$1')
    .replace(/([([{])\s+/g, '$1')
    .replace(/\s+(-)\s+/g, ' $1 ')
    .replace(/\s+/g, ' ')
    .trim();
}

// TurnBackHoax rows whose claim was withheld ("(tidak ditampilkan)", e.g. a scam number): no claim to score.
const WITHHELD = /tidak ditampilkan/i;

/** TurnBackHoax 2024: the quoted circulated claim of each debunk (no title: a post has none). */
export function tbhClaims(dir: string): TriageDoc[] {
  if (!existsSync(dir)) return [];
  return turnbackhoaxPairs(dir).claims.filter((c) => !(WITHHELD.test(c.text) && c.text.length < 80)).map((c) => ({ text: c.text, label: 1 as const, set: 'tbh', kind: 'social' as const }));
}

/** SmSA TSV (text<TAB>label, no header): reviews and comments, lower-cased and pre-tokenised. */
export function smsaTexts(file: string, set = 'smsa'): TriageDoc[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((l) => l.split('\t')[0]?.trim() ?? '')
    .filter((t) => t.length > 0)
    .map((t) => ({ text: detokenize(t), label: 0 as const, set, kind: 'social' as const }));
}

// IndoLEM sentiment mixes tweets and hotel reviews without saying which; hotel vocabulary tells them
// apart well enough for a per-kind figure (both are ordinary text).
const HOTEL = /\b(?:kamar|hotel|ac|kolam|sarapan|breakfast|resepsionis|receptionist|staf+|staff|handuk|kasur|wifi|check[- ]?in|parkir|pelayanan|fasilitas|bersih|kotor|nyaman|lokasi|strategis|menginap|inap|shower|toilet|bantal|selimut)\b/i;
const TWEETISH = /(?:https?:\/\/|@\w|#\w|\bRT\b)/;

/** IndoLEM sentiment dev folds (dev0–dev4, deduplicated): `tweets` and `hotel` sets. */
export function indolemTexts(dir: string): TriageDoc[] {
  if (!existsSync(dir)) return [];
  const seen = new Set<string>();
  const out: TriageDoc[] = [];
  for (const f of readdirSync(dir).filter((n) => /^dev\d\.csv$/.test(n)).sort()) {
    for (const r of parseCsvObjects(readFileSync(join(dir, f), 'utf8'))) {
      const t = (r.sentence ?? '').trim();
      if (!t || seen.has(t)) continue;
      seen.add(t);
      const tweet = TWEETISH.test(t) || !HOTEL.test(t);
      out.push({ text: t, label: 0, set: tweet ? 'tweets' : 'hotel', kind: 'social' });
    }
  }
  return out;
}

/** Fixture news: RSS items (title + description) and the expected bodies of saved article pages. */
export function fixtureNews(webDir: string): TriageDoc[] {
  const feed = feedNews(join(webDir, 'feeds/id')).map((n) => ({ title: n.title, text: n.text, label: 0 as const, set: 'news', kind: 'news' as const }));
  const pages = truthArticles(join(webDir, 'truth/anpandu/indonesian-news-scraper.derived.json')).map((n) => ({
    title: n.title,
    text: n.text,
    label: 0 as const,
    set: 'news',
    kind: 'news' as const,
  }));
  return [...feed, ...pages];
}

/** The measuring sets: TurnBackHoax 2024 claims against SmSA valid, IndoLEM dev (tweets, hotel) and fixture news. */
export function triageEvalSet(sharedDir: string): TriageDoc[] {
  const d = join(sharedDir, 'data');
  return [
    ...tbhClaims(join(d, 'factcheck/turnbackhoax-2024')),
    ...smsaTexts(join(d, 'smsa/valid_preprocess.tsv')),
    ...indolemTexts(join(d, 'indolem-sentiment')),
    ...fixtureNews(join(sharedDir, 'fixtures/web')),
  ];
}

// ---- licensed ordinary text for training (negatives) ----

/** NERGrit (token<TAB>tag per line): its sentences, detokenized, in file order. */
function nergritSentences(file: string): string[] {
  if (!existsSync(file)) return [];
  const out: string[] = [];
  let cur: string[] = [];
  for (const line of readFileSync(file, 'utf8').split(/\r?\n/)) {
    const tok = line.split('\t')[0]?.trim();
    if (!line.trim()) {
      if (cur.length) out.push(detokenize(cur.join(' ')));
      cur = [];
    } else if (tok) cur.push(tok);
  }
  if (cur.length) out.push(detokenize(cur.join(' ')));
  return out;
}

/** NERGrit (token<TAB>tag per line): sentences, detokenized; consecutive sentences grouped in 1–3. */
export function nergritTexts(file: string, maxGroup = 3): TriageDoc[] {
  const sentences = nergritSentences(file);
  const out: TriageDoc[] = [];
  // News-like paragraphs of one, two, … maxGroup sentences in turn.
  // A group of two or more reads as headline + body (the first sentence as its title), so that having
  // a title is not a sign of a circulated claim to the model (FakeNewsID rows all have one).
  for (let i = 0, k = 1; i < sentences.length; i += k, k = (k % maxGroup) + 1) {
    const g = sentences.slice(i, i + k);
    out.push(g.length > 1 ? { title: g[0], text: g.slice(1).join(' '), label: 0, set: 'nergrit', kind: 'news' } : { text: g[0], label: 0, set: 'nergrit', kind: 'news' });
  }
  return out;
}

/** NusaX-Senti (id,text,label CSV): sentences, reviews and comments in ordinary case. */
export function nusaxTexts(file: string): TriageDoc[] {
  if (!existsSync(file)) return [];
  return parseCsvObjects(readFileSync(file, 'utf8'))
    .map((r) => (r.text ?? '').trim())
    .filter((t) => t)
    .map((t) => ({ text: t, label: 0 as const, set: 'nusax', kind: 'social' as const }));
}

/** SIB-200 (index_id, category, text TSV): encyclopaedic / news-register sentences. */
export function sibTexts(file: string): TriageDoc[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split('\t')[2]?.trim() ?? '')
    .filter((t) => t)
    .map((t) => ({ text: t, label: 0 as const, set: 'sib200', kind: 'news' as const }));
}

// ---- synthetic variants of the licensed text (MODEL.md, "Triage", 2026-12 retrain) ----
// The ordinary training rows were clean, lower-case reviews and encyclopaedic sentences with few
// titles, while every FakeNewsID claim has a title and many are Title Case captions: links, @-mentions,
// hashtags, shouting, "!!" and a headline above a text were evidence of a claim to the model, so
// ordinary tweets and titled news were flagged. The variants below are the same licensed sentences
// dressed the way ordinary posts and articles look; every choice is a fixed hash of the text.

const HEADLINE_SMALL = new Set(['di', 'ke', 'dari', 'dan', 'yang', 'untuk', 'dengan', 'pada', 'atau', 'oleh', 'dalam', 'bagi', 'sebagai', 'karena', 'serta', 'para', 'si', 'sang']);
const LEAD_IN = /^(?:sementara itu|namun|selain itu|oleh karena itu|pada tahun \d+|dalam hal ini|di sisi lain|kemudian|akan tetapi|meskipun demikian)[, ]+/i;
const POST_EMOJI = ['😂', '😍', '🙏', '😭', '👍', '🤣', '😡', '❤️'];
const synthHash = (s: string): number => hashString(s, 0x51ed27);
const sentenceCase = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
const titleCase = (s: string): string =>
  s
    .split(' ')
    .map((w, i) => (i > 0 && HEADLINE_SMALL.has(w.toLowerCase()) ? w.toLowerCase() : w.charAt(0).toUpperCase() + w.slice(1)))
    .join(' ');

/** A headline made from a sentence: its first clause, at most `n` words, Title Case (a third in sentence case). */
export function headlineOf(sentence: string, n: number, h: number): string | undefined {
  const clause = sentence.replace(LEAD_IN, '').split(/[,;:(]/)[0].replace(/[.!?]+$/, '').trim();
  const words = clause.split(/\s+/).filter(Boolean);
  if (words.length < 3) return undefined;
  const t = words.slice(0, n).join(' ');
  return h % 3 === 0 ? sentenceCase(t) : titleCase(t);
}

/** SIB-200 sentences in index order (consecutive ids mostly come from one source article). */
function sibSentences(file: string): string[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((l) => l.split('\t'))
    .filter((p) => p[2])
    .sort((a, b) => Number(a[0]) - Number(b[0]))
    .map((p) => p[2].trim());
}

/**
 * Article-like rows from consecutive sentences: paragraphs of 4–8 sentences under a headline made
 * from the first (a quarter untitled), and a headline over a one- or two-sentence lead (a fifth: the
 * headline alone, as a shared link's text).
 */
export function articleLikeTexts(sentences: readonly string[], set: string): TriageDoc[] {
  const out: TriageDoc[] = [];
  for (let i = 0, k = 4; i < sentences.length; i += k, k = 4 + ((k - 3) % 5)) {
    const g = sentences.slice(i, i + k);
    if (g.length < 2) break;
    const h = synthHash(g[0]);
    const t = headlineOf(g[0], 6 + (h % 6), h);
    out.push(h % 4 === 0 || !t ? { text: g.join(' '), label: 0, set: `${set}-long`, kind: 'news' } : { title: t, text: g.join(' '), label: 0, set: `${set}-long`, kind: 'news' });
  }
  return out;
}

export function headlineLeadTexts(sentences: readonly string[], set: string): TriageDoc[] {
  const out: TriageDoc[] = [];
  for (let i = 0; i < sentences.length; i += 2) {
    const s = sentences[i];
    const h = synthHash(s);
    const t = headlineOf(s, 5 + (h % 7), h >>> 3);
    if (!t) continue;
    const lead = sentences[i + 1] && h % 2 === 0 ? `${s} ${sentences[i + 1]}` : s;
    out.push(h % 5 === 0 ? { text: t, label: 0, set: `${set}-head`, kind: 'news' } : { title: t, text: lead, label: 0, set: `${set}-head`, kind: 'news' });
  }
  return out;
}

/** Reviews and comments dressed as posts: sentence case, a link, a mention, a hashtag, shouting, "!!", "??", emoji or "RT @x:". */
export function postLikeTexts(docs: readonly TriageDoc[]): TriageDoc[] {
  return docs.map((d) => {
    const h = synthHash(d.text);
    let t = h % 2 ? sentenceCase(d.text) : d.text;
    const tag = (h >>> 8).toString(36);
    switch ((h >>> 4) % 9) {
      case 0:
        t = `${t} http://bit.ly/${tag}`;
        break;
      case 1:
        t = `@${tag} ${t}`;
        break;
      case 2:
        t = `${t} #${(t.split(' ').find((w) => w.length > 4) ?? 'info').replace(/[^\p{L}]/gu, '')}`;
        break;
      case 3:
        t = t.toUpperCase();
        break;
      case 4:
        t = t.replace(/[.]?$/, '!!');
        break;
      case 5:
        t = `${t} ${POST_EMOJI[(h >>> 12) % POST_EMOJI.length]}${POST_EMOJI[(h >>> 15) % POST_EMOJI.length]}`;
        break;
      case 6:
        t = `RT @${tag}: ${t}`;
        break;
      case 7:
        t = t.replace(/[.]?$/, '??');
        break;
      default:
        break;
    }
    return { text: t, label: 0, set: 'posts', kind: 'social' };
  });
}

// ---- Pantau's own handwritten ordinary text (MIT; MODEL.md, "Triage", own text) ----
// The licensed corpora hold reviews and encyclopaedic sentences, not news headlines over a short lead
// or tweets, so titled news and tweets looked like claims to the triage model. The project's own
// fixtures are written in those registers: the Jambi (maps) and Pekanbaru (maps-check) fixture days,
// the sentiment check sets, the extraction test pages (test/fixtures/hoax-ordinary/extract-pages.jsonl,
// their titles and texts), and news leads and posts written for this (hoax-ordinary/*.jsonl). Items
// labelled as hoaxes (`hoaks-…`) are left out; maps-check3 (Samarinda) stays out as a check.

/** Relative weight of an own titled news row (a headline over a lead) among the ordinary rows. */
export const TRIAGE_OWN_NEWS_WEIGHT = 4;
/** Relative weight of an own post or untitled news sentence. */
export const TRIAGE_OWN_POST_WEIGHT = 2;
/** The fixture folders read (relative to the repository root); maps-check3 is not among them. */
export const TRIAGE_OWN_DAY_DIRS = ['test/fixtures/maps', 'test/fixtures/maps-check'];

function jsonl(file: string): Record<string, unknown>[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

const str = (x: unknown): string | undefined => (typeof x === 'string' && x.trim() ? x.trim() : undefined);

const OUTLET_HANDLES = ['detikcom', 'kompascom', 'tempodotco', 'antaranews', 'liputan6dotcom', 'tribunnews', 'cnnindonesia', 'republikaonline'];

/**
 * A headline shared as a post: the title with a short link, and in turn an outlet handle, a hashtag
 * or nothing (a fixed hash of the title chooses). News-headline tweets are most of the ordinary posts
 * the triage model took for claims (MODEL.md).
 */
export function headlineTweet(title: string): string {
  const h = synthHash(title);
  const link = `http://bit.ly/${(h >>> 4).toString(36)}`;
  switch (h % 4) {
    case 0:
      return `${title} ${link} via @${OUTLET_HANDLES[(h >>> 9) % OUTLET_HANDLES.length]}`;
    case 1:
      return `${title} ${link} #${(title.split(' ').find((x) => x.length > 5) ?? 'berita').replace(/[^\p{L}\p{N}]/gu, '')}`;
    case 2:
      return `${title} - ${link}`;
    default:
      return `${title} ${link}`;
  }
}

/** A titled own row, a headline-over-lead copy of it when the text has more than one paragraph, and the headline shared as a post. */
function ownNews(title: string | undefined, text: string, set: string, w: OwnWeights): TriageDoc[] {
  const rows: TriageDoc[] = [{ ...(title ? { title } : {}), text, label: 0, set, kind: 'news', weight: title ? w.news : w.post }];
  const lead = text.split(/\n\s*\n/)[0].trim();
  if (title && lead && lead !== text) rows.push({ title, text: lead, label: 0, set, kind: 'news', weight: w.news });
  if (title && w.shared > 0) rows.push({ text: headlineTweet(title), label: 0, set: `${set}-shared`, kind: 'social', weight: w.shared });
  return rows;
}

export interface OwnWeights {
  news: number;
  post: number;
  /** A titled row's headline shared as a post (headlineTweet); 0 = none. */
  shared: number;
}
export const TRIAGE_OWN_WEIGHTS: OwnWeights = { news: TRIAGE_OWN_NEWS_WEIGHT, post: TRIAGE_OWN_POST_WEIGHT, shared: TRIAGE_OWN_POST_WEIGHT };

/** Pantau's own ordinary text (above), read from the repository root `root`. */
export function ownOrdinaryTexts(root: string, w: OwnWeights = TRIAGE_OWN_WEIGHTS): TriageDoc[] {
  const out: TriageDoc[] = [];
  for (const dir of TRIAGE_OWN_DAY_DIRS.map((d) => join(root, d))) {
    if (!existsSync(dir)) continue;
    for (const f of readdirSync(dir).filter((n) => /^day-.*\.jsonl$/.test(n)).sort()) {
      for (const r of jsonl(join(dir, f))) {
        const text = str(r.text);
        if (!text || String(r.label ?? '').startsWith('hoaks-')) continue;
        if (r.kind === 'news') out.push(...ownNews(str(r.title), text, 'own-days', w));
        else out.push({ text, label: 0, set: 'own-days', kind: 'social', weight: w.post });
      }
    }
  }
  for (const [file, kind] of [
    ['test/fixtures/sentiment/local-gov-news.tsv', 'news'],
    ['test/fixtures/sentiment/local-gov-social.tsv', 'social'],
  ] as const) {
    const p = join(root, file);
    if (!existsSync(p)) continue;
    for (const line of readFileSync(p, 'utf8').split(/\r?\n/).slice(1)) {
      const text = line.split('\t')[0]?.trim();
      if (text) out.push({ text, label: 0, set: 'own-sentiment', kind, weight: w.post });
    }
  }
  const own = join(root, 'test/fixtures/hoax-ordinary');
  if (existsSync(own)) {
    for (const f of readdirSync(own).filter((n) => n.endsWith('.jsonl')).sort()) {
      for (const r of jsonl(join(own, f))) {
        const text = str(r.text);
        if (!text) continue;
        if (r.kind === 'social') out.push({ text, label: 0, set: `own-${f.replace(/\.jsonl$/, '')}`, kind: 'social', weight: w.post });
        else out.push(...ownNews(str(r.title), text, `own-${f.replace(/\.jsonl$/, '')}`, w));
      }
    }
  }
  return out;
}

/** Ordinary text whose licence allows training (Apache-2.0 / MIT / CC BY-SA 4.0): train splits only. */
/** SmSA train rows used (its first rows): more only tilted the model further towards reviews (MODEL.md). */
export const TRIAGE_SMSA_ROWS = 3000;
/** SmSA train rows after those, dressed as posts (postLikeTexts). */
export const TRIAGE_SMSA_POST_ROWS = 3000;
/**
 * Relative weight of a titled ordinary row: with it the titled ordinary text weighs about as much
 * as the titled FakeNewsID copies (TRIAGE_TITLED_WEIGHT), so a title alone is no sign of a claim.
 */
export const TRIAGE_TITLED_ORDINARY_WEIGHT = 3;
/** Whether the shipped triage model is trained with the synthetic variants (MODEL.md, "Triage"). */
export const TRIAGE_SYNTHETIC = false;

/**
 * `synthetic`: add the article-like and post-like variants (above), titled ordinary rows at
 * TRIAGE_TITLED_ORDINARY_WEIGHT. TRIAGE_SYNTHETIC says whether the shipped triage model was trained with them.
 */
export function ordinaryTrainingTexts(dataDir: string, nergritGroup = 3, smsaRows = TRIAGE_SMSA_ROWS, synthetic = TRIAGE_SYNTHETIC, own?: { root: string; weights?: OwnWeights }): TriageDoc[] {
  const mine = own ? ownOrdinaryTexts(own.root, own.weights) : [];
  const smsa = smsaTexts(join(dataDir, 'smsa/train_preprocess.tsv'), 'smsa-train');
  const nusax = nusaxTexts(join(dataDir, 'nusax-senti-id/train.csv'));
  const base: TriageDoc[] = [
    ...smsa.slice(0, smsaRows),
    ...nusax,
    ...nergritTexts(join(dataDir, 'nergrit/train_preprocess.txt'), nergritGroup),
    ...sibTexts(join(dataDir, 'sib200-topic-id/train.tsv')),
  ];
  if (!synthetic) return [...base, ...mine];
  const ner = nergritSentences(join(dataDir, 'nergrit/train_preprocess.txt'));
  const sib = sibSentences(join(dataDir, 'sib200-topic-id/train.tsv'));
  const rows: TriageDoc[] = [
    ...base,
    ...articleLikeTexts(ner, 'nergrit'),
    ...articleLikeTexts(sib, 'sib200'),
    ...headlineLeadTexts(ner, 'nergrit'),
    ...headlineLeadTexts(sib, 'sib200'),
    ...postLikeTexts([...smsa.slice(smsaRows, smsaRows + TRIAGE_SMSA_POST_ROWS), ...nusax]),
  ];
  return [...rows.map((r) => (r.title ? { ...r, weight: TRIAGE_TITLED_ORDINARY_WEIGHT } : r)), ...mine];
}
