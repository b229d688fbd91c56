// Entity analyzer: people and organisations. Three sources, in order of trust:
//   1. the configured watch list (names and aliases → canonical name, watched: true);
//   2. government-organisation patterns (Dinas X, BPBD, Pemkot X, Kemendagri, …);
//   3. a statistical person/organisation tagger (averaged perceptron trained on NERGrit by
//      scripts/train-ner.ts; model in model/ner-model.json).
// A span found by an earlier source hides overlapping spans of later ones.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Analysis, AnalyzeDoc, Analyzer, EntityTag } from '../../src/core/types.js';
import { withoutDateline } from '../../src/core/dateline.js';
import { findOrgs, type Span } from './orgs.js';
import { Tagger, type PerceptronModel } from './perceptron.js';
import { etokenize, type EToken } from './tokenize.js';
import { WatchList, type WatchEntry } from './watchlist.js';

export const ENTITIES_VERSION = '1.3.0';

export interface EntityAnalyzerOptions {
  watchlist?: WatchEntry[];
  /** Use the statistical tagger for people/organisations not on the watch list (default true). */
  tagger?: boolean;
  maxChars?: number;
}

let cachedTagger: Tagger | null | undefined;

/** The shipped tagger, loaded once; null when the model file is absent (watch list and patterns still work). */
export function loadTagger(): Tagger | null {
  if (cachedTagger !== undefined) return cachedTagger;
  const file = fileURLToPath(new URL('./model/ner-model.json', import.meta.url));
  cachedTagger = existsSync(file) ? new Tagger(JSON.parse(readFileSync(file, 'utf8')) as PerceptronModel) : null;
  return cachedTagger;
}

const SENTENCE_END = new Set(['.', '!', '?', '\n', '…']);

/** Tagger spans, run sentence by sentence to bound context (token indices into `tokens`). */
function taggerSpans(tagger: Tagger, tokens: EToken[]): Span[] {
  const out: Span[] = [];
  let from = 0;
  const run = (a: number, b: number): void => {
    if (b <= a) return;
    const tags = tagger.tag(tokens.slice(a, b).map((t) => t.text));
    let start = -1;
    let type = '';
    const close = (end: number): void => {
      if (start >= 0 && (type === 'PER' || type === 'ORG')) out.push({ start: a + start, end: a + end, type: type === 'PER' ? 'person' : 'organization' });
      start = -1;
    };
    tags.forEach((t, i) => {
      if (t === 'O') return close(i);
      const [bi, ty] = t.split('-') as [string, string];
      if (bi === 'B' || ty !== type) {
        close(i);
        start = i;
        type = ty;
      }
    });
    close(tags.length);
  };
  for (let i = 0; i < tokens.length; i++) {
    if (SENTENCE_END.has(tokens[i]!.text) || i - from > 80) {
      run(from, i + 1);
      from = i + 1;
    }
  }
  run(from, tokens.length);
  return out;
}

/**
 * Words the tagger sometimes pulls into a person's name from the role before it: "Gubernur Jambi
 * Al Haris", "Kapolda Jambi Irjen Pol Rusdi Hartono". Stripped from the front of person spans.
 */
const LEADING_NOT_NAME = new Set(
  `bapak ibu pak bu sdr saudara saudari h hj dr drs dra ir prof kh gubernur wagub bupati wabup wali walikota wako wawako
  camat lurah kades menteri kepala kadis sekda ketua wakil kapolda kapolres kapolresta kapolsek kajari kajati danrem dandim
  pangdam jenderal irjen brigjen kombes akbp kompol akp iptu ipda aiptu bripka briptu pol kolonel letkol mayor kapten
  kota kabupaten kab provinsi jambi muaro batanghari tebo bungo merangin sarolangun kerinci tanjung jabung barat timur
  sungai penuh aceh sumatera sumatra sumut sumbar sumsel riau kepri bengkulu lampung babel jakarta dki jawa jabar jateng
  jatim banten yogyakarta diy bali ntb ntt kalimantan kalbar kalteng kalsel kaltim kaltara sulawesi sulut sulteng sulsel
  sultra sulbar gorontalo maluku malut papua presiden wapres ri dprd dpr`.split(/\s+/),
);

/** Capitalized words the tagger may take for a one-word name: days, months, God. */
const NOT_A_PERSON = new Set(
  `senin selasa rabu kamis jumat sabtu minggu januari februari maret april mei juni juli agustus september oktober
  november desember tuhan allah alhamdulillah insyaallah`.split(/\s+/),
);

/**
 * Capitalized or all-caps words the tagger takes for a one-word organisation that are no party to a
 * story: programmes and their data (BLT, PKH, BPNT, DTKS), documents (KTP, KK), kinds of place or
 * people (SPBU, TPS, SD, PKL, UMKM, PPPK, ASN), budgets, diseases (DBD, ISPA, TBC: the issue map
 * reads the kind of matter from its own feature, src/maps/features.ts), and the word "hoaks" in a
 * headline.
 */
const NOT_AN_ORG = new Set(
  `blt bpnt pkh dtks kis kip kks pbi ktp kk nik sim stnk bpkb npwp spbu spbe pppk asn pns sd smp sma smk mi mts tk paud
  tps tpa tpst pkl umkm ikn bbm lpg apbd apbn dak dau rt rw wib wita wit hoaks hoax viral dbd ispa tbc`.split(/\s+/),
);

function capitalized(t: EToken): boolean {
  return t.word && t.text[0] !== t.text[0]!.toLowerCase();
}

/** One entity per type and name (the watch list's canonical name, else the text), whatever the case. */
function entityKey(type: EntityTag['type'], canonical: string | undefined, text: string): string {
  return `${type}|${(canonical ?? text).toLowerCase()}`;
}

export function extractEntities(text: string, watch: WatchList, tagger: Tagger | null, orgs = true): EntityTag[] {
  const tokens = etokenize(text);
  const taken = new Uint8Array(tokens.length);
  const out: EntityTag[] = [];
  const seen = new Set<string>();
  const emit = (span: { start: number; end: number }, tag: Omit<EntityTag, 'text'>): void => {
    for (let i = span.start; i < span.end; i++) if (taken[i]) return;
    for (let i = span.start; i < span.end; i++) taken[i] = 1;
    const t = text.slice(tokens[span.start]!.start, tokens[span.end - 1]!.end);
    const key = entityKey(tag.type, tag.canonical, t);
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text: t, ...tag });
  };
  for (const h of watch.find(tokens)) emit(h, { type: h.entry.type, canonical: h.entry.name, watched: true });
  if (orgs) for (const s of findOrgs(tokens)) emit(s, { type: 'organization' });
  if (tagger) {
    const personWords = new Set<string>();
    for (const s of taggerSpans(tagger, tokens)) {
      // Trim punctuation at the edges and require a capitalized first word.
      let { start, end } = s;
      while (start < end && !tokens[start]!.word) start++;
      while (end > start && !tokens[end - 1]!.word) end--;
      if (s.type === 'person') while (end - start > 1 && LEADING_NOT_NAME.has(tokens[start]!.lower)) start++;
      if (end <= start || !capitalized(tokens[start]!)) continue;
      if (s.type === 'person' && end - start === 1 && (LEADING_NOT_NAME.has(tokens[start]!.lower) || NOT_A_PERSON.has(tokens[start]!.lower))) continue;
      if (s.type === 'organization' && end - start === 1 && NOT_AN_ORG.has(tokens[start]!.lower)) continue;
      // "Ahmad" after "Ahmad Fauzi": the same person, already tagged.
      if (s.type === 'person' && end - start === 1 && personWords.has(tokens[start]!.text)) continue;
      if (s.type === 'person') for (let i = start; i < end; i++) personWords.add(tokens[i]!.text);
      emit({ start, end }, { type: s.type });
    }
  }
  return out;
}

/** Most words of three letters or more start upper-case ("Satu Balita Meninggal, Dinkes Perluas Fogging"). */
export function titleCased(title: string): boolean {
  const words = title.match(/\p{L}{3,}/gu) ?? [];
  if (words.length < 3) return false;
  let caps = 0;
  for (const w of words) if (/^\p{Lu}/u.test(w)) caps++;
  return caps >= 0.8 * words.length;
}

export function createEntityAnalyzer(opts: EntityAnalyzerOptions = {}): Analyzer {
  const watch = new WatchList(opts.watchlist ?? []);
  const tagger = opts.tagger === false ? null : loadTagger();
  // The tagger is the chain's costliest step per character; people and agencies a story is about
  // appear in its first few thousand characters (headline, lead, first quotes).
  const maxChars = opts.maxChars ?? 6_000;
  return {
    name: 'entities',
    version: ENTITIES_VERSION,
    analyze(doc: AnalyzeDoc, _soFar: Analysis): Partial<Analysis> {
      // A news lead's dateline names the outlet and the city it was filed from ("AMBON, KOMPAS.TV -",
      // "KBRN, Ambon:"), not a party to the story; a post may open with a name and a colon, so only news
      // (or text of no stated kind) loses it.
      const body = doc.kind === 'social' ? (doc.text ?? '') : withoutDateline(doc.text ?? '');
      if (doc.title && titleCased(doc.title) && body.trim()) {
        // A Title Case headline capitalizes every word, so the tagger and the agency patterns read
        // "Dinkes Kota Kupang Perluas Fogging" or "Balita Meninggal" as names: its people and agencies
        // are taken from the body, where they are written as names; from the headline only the watch
        // list's, which are known whatever the case.
        const fromTitle = extractEntities(doc.title, watch, null, false);
        const fromBody = extractEntities(body.length > maxChars ? body.slice(0, maxChars) : body, watch, tagger);
        const key = (e: EntityTag): string => entityKey(e.type, e.canonical, e.text);
        const seen = new Set(fromTitle.map(key));
        return { entities: [...fromTitle, ...fromBody.filter((e) => !seen.has(key(e)))] };
      }
      const text = (doc.title ? doc.title + '\n' : '') + body;
      return { entities: extractEntities(text.length > maxChars ? text.slice(0, maxChars) : text, watch, tagger) };
    },
  };
}

export type { WatchEntry } from './watchlist.js';
