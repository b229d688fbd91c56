// What the grouping reads of one analysed mention: its words (stemmed, slang folded), the word pairs
// that name places the gazetteer does not know ("angso duo", "lingkar barat"), the home-region
// places it names (kelurahan rolled up to kecamatan), its entities, topics, street names, time and
// story cluster. Pure: the same mention always gives the same features.
import { withoutDateline } from '../core/dateline.js';
import type { Mention } from '../core/types.js';
import { findHomePlaces, foldName, placeIndex, type RegionDirectory } from './directory.js';
import { foldWord } from './fold.js';
import { ancestorsOf, levelOf, related, within } from './regions.js';
import { isMapStopword, type TextTools } from './text.js';

export { withoutDateline };

/** Characters of the body read after the title: the lead says what a story is about. */
const LEAD_CHARS = 700;

export interface MentionFeatures {
  id: string;
  ms: number;
  kind: Mention['kind'];
  cluster?: string;
  /** Feature → weight before IDF ("t:banjir", "b:angso duo", "p:15.71.03", "e:organization:bpbd", "c:bencana"). */
  tf: Map<string, number>;
  /** Home-region places at kecamatan or kelurahan level named by the mention (most specific only). */
  places: string[];
  /**
   * Those of `places` named in the title or the first sentence: what the story is about, not a detour
   * or a comparison further down. Two mentions whose primary places are unrelated are two matters.
   */
  primaryPlaces: string[];
  /** Places outside the home region (other regencies, provinces). */
  outsidePlaces: string[];
  /** The mention names the home region itself or a place in it. */
  homePlace: boolean;
  /** It names the province the home region lies in (its DPRD, governor, budget) but not the city. */
  provinceOnly: boolean;
  /** Its headline is the province's business with the city only as the venue (see PROVINCIAL). */
  provincialVenue?: boolean;
  /** Street names ("jalan lingkar barat"): two mentions naming different streets are different matters. */
  streets: string[];
  topics: string[];
  watched: boolean;
  owned: boolean;
  /** National or foreign framing without a local anchor (presiden, menteri, DPR RI…). */
  nationalCue: boolean;
  /**
   * Networks the headline (or a post's first sentence) is about: "water" (PDAM, Perumda air minum,
   * Tirta …), "power" (PLN, listrik, pemadaman). One outage runs through several kecamatan, so two
   * mentions about one network are not held apart by their places.
   */
  networks: string[];
  /**
   * Kinds of matter the headline (or a post's first sentence) names: "fire", "dengue", "flood", "road",
   * "garbage", "fuel", "abrasion" (see MATTERS). A fire and a water outage in one kelurahan, dengue and
   * a flood in one kecamatan are two matters; posts that say only "positif DBD" or "fogging" and the
   * news about the outbreak share one feature.
   */
  matters: string[];
}

export interface FeatureOptions {
  homeRegion: string;
  text: TextTools;
  /** Folded words of the home region's name ("jambi"): in nearly every mention, they name no matter. */
  homeWords?: ReadonlySet<string>;
  /** Source ids configured `owned: true`. */
  ownedSources?: ReadonlySet<string>;
  /** The home region's places (names and codes); without it only the tagger's codes are read. */
  directory?: RegionDirectory;
  /** One-word home place names the tagger found elsewhere in the period (see findHomePlaces). */
  knownPlaces?: ReadonlyMap<string, string>;
  /** Post words folded onto the period's news words before anything is read (see spelling.ts). */
  spellings?: ReadonlyMap<string, string>;
}

// "Jalan Sultan Alimuddin", "jalan Lingkar Barat", "Jl. DI Panjaitan", "JL. Ir. H. Juanda": the word
// in either case (news write it capitalized), a dot only after the abbreviation ("jalan. Tiap hujan"
// ends a sentence), then the capitalized words of the name.
const STREET = /\b(?:[Jj]alan|JALAN|(?:[Jj]ln?|JLN?)\.?)\s+((?:[A-Z][\p{L}'.]*|\d+)(?:\s+(?:[A-Z][\p{L}'.]*|[IVX]+|\d+)){0,3})/gu;
/**
 * Titles and ranks before a street's name: "Jalan Kapten Pattimura" is "Jalan Pattimura", "Jalan Ir.
 * H. Juanda" is "Jalan Juanda" (initials such as DI, MT, KH, H are dropped on their own).
 */
const STREET_TITLES = new Set([
  'ir', 'dr', 'drs', 'prof', 'hj', 'haji', 'pangeran', 'raden', 'tengku', 'jend', 'jenderal', 'letjen', 'mayjen', 'brigjen',
  'kol', 'kolonel', 'kapten', 'mayor', 'letnan', 'laksamana', 'marsekal', 'kiai', 'syekh', 'sis', 'tuan', 'guru',
]);
/** Headline words after a street's name ("Jalan Pattimura Rusak", "Jalan DI Panjaitan Kembali Terendam"). */
const AFTER_STREET = new Set(['kembali', 'terendam', 'longsor', 'amblas', 'ambles', 'diperbaiki', 'dibangun', 'diaspal', 'selesai', 'mulus', 'dilebarkan', 'lumpuh', 'tertutup', 'putus', 'retak', 'kebanjiran', 'mulai', 'akhirnya', 'belum', 'masih', 'jadi', 'makan', 'telan', 'renggut']);
/** Words after "jalan" that are no street name ("jalan rusak", "jalan raya" is kept by the cap rule). */
const NOT_STREET = new Set([
  'rusak', 'berlubang', 'lubang', 'ini', 'itu', 'yang', 'di', 'ke', 'dan', 'kota', 'kaki', 'keluar', 'terus', 'lagi', 'saja',
  'sudah', 'udah', 'udh', 'lain', 'alternatif', 'utama', 'provinsi', 'nasional', 'tol', 'kabupaten', 'desa', 'kampung',
  'menuju', 'masuk', 'licin', 'macet', 'gelap', 'ditutup', 'tergenang', 'banjir', 'apa', 'mana', 'kaki', 'santai', 'bareng',
  'sehat', 'pagi', 'sore', 'malam', 'hancur', 'parah', 'bolong', 'jelek',
]);

/** Foreign countries and regions the gazetteer does not know: a story about them is not the city's. */
const FOREIGN = /\b(jepang|tiongkok|china|amerika|as serikat|malaysia|singapura|korea|arab saudi|eropa|rusia|ukraina|israel|palestina|gaza|thailand|filipina|australia|india|inggris|prancis|jerman|turki|iran|vietnam|myanmar|taiwan|hong kong|belanda|mesir|sudan|brasil|argentina|kanada|meksiko|hokkaido|tokyo|beijing|washington)\b/i;
const NATIONAL = /\b(presiden|menteri|kementerian|dpr ri|dpr|mpr|nasional|se-indonesia|seluruh indonesia|istana|timnas|bmkg pusat|kpu ri|bank indonesia|ojk|apbn|pertamina pusat|luar negeri|indonesia)\b/i;

const NETWORKS: ReadonlyArray<[string, RegExp]> = [
  // "air mati" / Ambonese "aer mati" / Kupang "aer sonde kaluar" / Sasak "aik mati", "ndek ngalir": the
  // everyday words for water that stopped running ("ngalir" is the informal "mengalir"; ndek/ndak/gak
  // are the informal "tidak" of Sasak, Javanese and Jakarta speech). A bare "Perumda" is the water
  // company unless another trade follows (Perumda Pasar).
  ['water', /\b(pdam|perumda air|perumda(?! (?:pasar|bpr|bank|pembangunan|pariwisata|parkir|dharma))|tirta [a-z]+|air minum|air ledeng|ledeng|pipa (?:transmisi|distribusi|induk)|(?:air|aer|aik) (?:masih |belum |balom |su |sudah |uah |lai )?(?:mati|macet|tidak mengalir|tak mengalir|(?:seng|sonde|son|tra|tidak|belum|balom) (?:kaluar|keluar|jalan))|(?:tidak|tak|ndak|ndek|ndeq|nggak|gak|ga|ngga|belum|blm) (?:ne |juga |jg )?(?:mengalir|ngalir))\b/],
  ['power', /\b(pln|listrik|mati lampu|pemadaman|padam bergilir)\b/],
];

// A post that only says "air mati di Poka" shares no word with the PDAM's notice about the same
// outage; naming the network as a feature (weight of one ordinary term) lets them meet.
const NETWORK_WEIGHT = 1;

/**
 * Words that say which kind of matter a headline is about, whatever the entity tagger makes of them
 * (it tags DBD as an organisation): the map reads the disease and the other matters itself. A flood and
 * a landslide of one rainy night are one kind (one matter in Ambon); a crash on a potholed street names
 * the hole. Read on the folded headline and first sentence.
 */
const MATTERS: ReadonlyArray<[string, RegExp]> = [
  ['fire', /\b(kebakaran|terbakar|dilalap (?:si jago merah|api)|hangus|ludes|damkar|pemadam kebakaran)\b/],
  ['dengue', /\b(dbd|demam berdarah|dengue|fogging|pengasapan|jentik|jumantik|abate|aedes)\b/],
  ['flood', /\b(banjir|kebanjiran|genangan|tergenang|terendam|luapan|meluap|longsor)\b/],
  ['road', /\b(jalan rusak|jalan berlubang|berlubang|lubang jalan|jalan (?:amblas|ambles|retak)|tambal sulam|penambalan|tambal lubang|aspal (?:rusak|terkelupas|mengelupas))\b/],
  ['garbage', /\b(sampah|tps|tpa|tpst)\b/],
  ['fuel', /\b(elpiji|lpg|gas melon|solar|pertalite|bbm|spbu)\b/],
  ['abrasion', /\b(abrasi|gelombang tinggi|gelombang pasang)\b/],
];
// A post that says only "fogging belum masuk lorong kami" shares the matter with the outbreak's news.
const MATTER_WEIGHT = 1;
/**
 * Disease names the entity tagger may take for organisations ("DBD"): the matter feature says it, so
 * the entity is left out (the same matter counted twice split a dengue issue, Kupang 01-13 0.952 → 0.872).
 */
const DISEASE_NAME = /^(?:dbd|demam berdarah(?: dengue)?|dengue|ispa|tbc|diare)$/;

const PROVINCIAL = /\b(gubernur|wagub|wakil gubernur|pemprov|pemerintah provinsi|dprd provinsi|dprd (?!kota|kabupaten)[a-z]+)\b/;

const LOWER_STREET = /\bjalan\s+(\p{Ll}+)(?:\s+(\p{Ll}+))?/gu;

export function streetsOf(title: string, text: string, known?: ReadonlySet<string>): string[] {
  const out = new Set<string>();
  const scan = (s: string): void => {
    for (const m of s.matchAll(STREET)) {
      const raw = m[1]!.split(/\s+/);
      // Leading titles and initials ("DI", "H.", "KH") go when a name follows them.
      let i = 0;
      while (i < raw.length - 1 && (STREET_TITLES.has(foldWord(raw[i]!).replace(/[.']/g, '')) || /^(?:[A-Z]\.?){1,3}$/u.test(raw[i]!))) i++;
      const words = raw.slice(i).map((w) => foldWord(w).replace(/[.']/g, '')).filter(Boolean);
      if (!words.length || NOT_STREET.has(words[0]!)) continue;
      const name = [words[0]!];
      if (words[1] && !NOT_STREET.has(words[1]) && !AFTER_STREET.has(words[1])) name.push(words[1]);
      out.add(name.join(' '));
    }
    // Lower-case posts ("jalan pattimura") are streets only where the period's mentions write that
    // street capitalized: "jalan maut", "jalan kayak gini" and "jalan segera diperbaiki" are none.
    if (known?.size) {
      for (const m of s.matchAll(LOWER_STREET)) {
        const two = m[2] ? `${m[1]} ${m[2]}` : '';
        if (two && known.has(two)) out.add(two);
        else if (known.has(m[1]!)) out.add(m[1]!);
      }
    }
  };
  scan(title);
  scan(text);
  return [...out];
}

/** `name` occurs in `text` (both folded, text padded with spaces) and every time as "sungai <name>". */
export function riverOnly(text: string, name: string): boolean {
  return namedOnlyAfter(text, name, RIVER);
}

const RIVER = [' sungai'];
/**
 * Words before the city's own name that make it some other thing's name: "Pulau Ambon" is the island
 * (shared with a regency), "ASDP Cabang Ambon" an office named after the city, which a story about a
 * regency's harbour names in passing.
 */
const NOT_THE_CITY = [' sungai', ' pulau', ' cabang'];

/** Every occurrence of `name` in `text` (folded, space-padded) follows one of `before`. */
function namedOnlyAfter(text: string, name: string, before: readonly string[]): boolean {
  if (!name || before.some((b) => name.startsWith(`${b.trim()} `))) return false;
  const needle = ` ${name} `;
  let seen = false;
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (!before.some((b) => text.endsWith(b, at))) return false;
    seen = true;
  }
  return seen;
}

function firstSentence(s: string): string {
  const m = /[.!?\n]\s/.exec(s.slice(20));
  return s.slice(0, m ? 20 + m.index + 1 : 200);
}

/**
 * foldName of texts joined where a separator stands between them (a newline, or the whitespace a
 * dateline ends with), from each one folded: a separator only ends a run of letters, so
 * foldName(`${a}\n${b}`) is foldName(a) and foldName(b) joined by a space (either may be empty).
 */
export function joinFolded(...parts: string[]): string {
  let out = '';
  for (const p of parts) if (p) out = out ? `${out} ${p}` : p;
  return out;
}

/** Most specific places only: a kelurahan hides its own kecamatan (it says more). */
function mostSpecific(codes: string[]): string[] {
  return codes.filter((c) => !codes.some((d) => d !== c && within(d, c)));
}

/**
 * What one normalized token gives (null: no feature, and it breaks a word pair). `pairs`: the pair
 * feature key of this word followed by another (its folded form → "b:this that"), made once: the
 * same pairs recur across a period's mentions, and their tf maps then share one key string.
 */
type TokenFeature = { t: string; key: string | undefined; pairs?: Map<string, string> } | null;
/** Pair keys memoized per word (beyond this, made afresh). */
const PAIR_MEMO = 256;

function pairKey(prev: NonNullable<TokenFeature>, t: string): string {
  let m = prev.pairs;
  if (!m) prev.pairs = m = new Map();
  let k = m.get(t);
  if (k === undefined) {
    k = `b:${prev.t} ${t}`;
    if (m.size < PAIR_MEMO) m.set(t, k);
  }
  return k;
}
/** Per text tools and home words (what decides a token's feature): token → its feature. Bounded. */
const tokenMemos = new WeakMap<TextTools, Map<string, Map<string, TokenFeature>>>();
const TOKEN_MEMO = 200_000;

function tokenMemo(o: FeatureOptions): Map<string, TokenFeature> {
  let byHome = tokenMemos.get(o.text);
  if (!byHome) tokenMemos.set(o.text, (byHome = new Map()));
  const home = o.homeWords ? [...o.homeWords].sort().join(' ') : '';
  let m = byHome.get(home);
  if (!m) byHome.set(home, (m = new Map()));
  return m;
}

/** `words`, when given, receives the folded words read (title and lead, '' where a run breaks): see spelling.ts. */
export function mentionFeatures(m: Mention, o: FeatureOptions, words?: string[]): MentionFeatures {
  const a = m.analysis;
  const tf = new Map<string, number>();
  const add = (k: string, w: number): void => {
    tf.set(k, (tf.get(k) ?? 0) + w);
  };
  const memo = tokenMemo(o);
  const spell = o.spellings?.size ? o.spellings : undefined;
  const read = (raw: string, weight: number, prev: NonNullable<TokenFeature> | undefined): NonNullable<TokenFeature> | undefined => {
    let r = memo.get(raw);
    if (r === undefined) {
      const t = foldWord(raw);
      const keep = t.length >= 3 && !isMapStopword(t) && !o.homeWords?.has(t) && !/^\d+$/.test(t);
      const st = keep ? o.text.stem(t) : '';
      r = keep ? { t, key: isMapStopword(st) ? undefined : `t:${st}` } : null;
      if (memo.size >= TOKEN_MEMO) memo.clear();
      memo.set(raw, r);
    }
    if (r) {
      if (r.key) add(r.key, weight);
      if (prev) add(pairKey(prev, r.t), weight);
      words?.push(r.t);
      return r;
    }
    if (prev !== undefined) words?.push('');
    return undefined;
  };
  const readText = (s: string, weight: number): void => {
    const toks = o.text.tokenize(s);
    let prev: NonNullable<TokenFeature> | undefined;
    for (const raw of toks) {
      const folded = spell?.get(raw);
      if (folded === undefined) prev = read(raw, weight, prev);
      else for (const w of folded.split(' ')) prev = read(w, weight, prev);
    }
    if (prev !== undefined) words?.push('');
  };
  const title = m.title ?? '';
  const body = (m.text ?? '').slice(0, LEAD_CHARS);
  // A social post's title is its first line (the importer's default): read the post once.
  const titleIsBody = m.kind === 'social' && body.startsWith(title.slice(0, 40));
  if (title && !titleIsBody) readText(title, 2);
  readText(body, 1);

  const home = o.homeRegion;
  const ix = o.directory ? placeIndex(o.directory) : undefined;
  const regionCodes: string[] = [];
  // Folded only when a region outside the home region needs the check below (most mentions have none).
  let riverText: string | undefined;
  for (const r of a?.regions ?? []) {
    if (typeof r.code !== 'string' || !r.code) continue;
    // "Sungai Batanghari" is the river through the city, not Kabupaten Batanghari: a regency or
    // province the text names only as a river's name is no place of the story.
    if (!related(r.code, home) && r.match && (riverText ??= foldWord(`${title}\n${m.text ?? ''}`)).includes(`sungai ${foldWord(r.match)}`)) continue;
    // A place outside the home region that shares its name with a home place is the home place.
    const alias = !related(r.code, home) && ix ? (ix.byName.get(foldName(r.match ?? '')) ?? ix.byName.get(foldName(r.name))) : undefined;
    regionCodes.push(alias ?? r.code);
  }
  if (ix) for (const c of findHomePlaces(`${title}\n${body}`, ix, o.knownPlaces)) if (!regionCodes.includes(c)) regionCodes.push(c);
  // The city's own name as stories write it ("Kota Ambon" → "ambon").
  const cityName = foldName(ix?.byCode.get(home)?.name ?? '').replace(/^kota /, '');
  // "Sungai Karang Mumus" is the river through Samarinda, not Kelurahan Karang Mumus: a home place
  // named only after "sungai" (and whose own name does not begin with it) is no place of the story.
  // The whole text folded, with and without its dateline: folded once, in three parts (title,
  // dateline, rest), and joined (see joinFolded).
  let parts: [string, string, string] | undefined;
  const foldedParts = (): [string, string, string] => {
    if (parts) return parts;
    const all = m.text ?? '';
    const rest = withoutDateline(all);
    return (parts = [foldName(title), foldName(all.slice(0, all.length - rest.length)), foldName(rest)]);
  };
  let folded: string | undefined;
  const foldedText = (): string => (folded ??= ` ${joinFolded(...foldedParts())} `);
  const homeCodes = regionCodes.filter((c) => {
    if (!within(c, home)) return false;
    const name = ix?.byCode.get(c)?.name;
    if (!name) return true;
    if (c === home) {
      // The city itself counts where the story names it, not in its dateline or as an island's or a
      // branch office's name (a regency's ferry story filed from the city stays outside).
      const [t, , rest] = foldedParts();
      const text = ` ${joinFolded(t, rest)} `;
      if (text.includes(` ${cityName} `)) return !namedOnlyAfter(text, cityName, NOT_THE_CITY);
      // Not in the story at all: named only in the dateline, or found by a cue of the tagger's own.
      return !foldedText().includes(` ${cityName} `);
    }
    return !riverOnly(foldedText(), foldName(name));
  });
  const local = homeCodes.filter((c) => {
    const l = levelOf(c);
    return l === 'district' || l === 'village';
  });
  const places = mostSpecific(local);
  const head = foldName(`${titleIsBody ? '' : title} ${firstSentence(body)}`);
  const inHead = (c: string): boolean => {
    const names = [ix?.byCode.get(c)?.name, ...(a?.regions ?? []).filter((r) => r.code === c).flatMap((r) => [r.name, r.match ?? ''])];
    return names.some((n) => n && head.includes(foldName(n).replace(/^(kelurahan|kecamatan|desa|kota) /, '')));
  };
  const primaryPlaces = places.filter(inHead);
  // A kecamatan the headline names, hidden in `places` by its kelurahan further down ("Air Mati di
  // Senapelan dan Sukajadi" and then "Kelurahan Kampung Bandar"), is a place the story is about too.
  for (const c of local) if (!places.includes(c) && levelOf(c) === 'district' && inHead(c)) primaryPlaces.push(c);
  for (const c of places) {
    // The kelurahan and its kecamatan: two mentions of one kecamatan share a feature.
    for (const anc of ancestorsOf(c)) if (anc.length > home.length) add(`p:${anc}`, 1.5);
  }
  const outsidePlaces = regionCodes.filter((c) => !related(c, home));
  const homePlace = homeCodes.length > 0;
  // Not where the province bears the city's name (Jambi, Bengkulu): there "Jambi" may be either.
  const namesProvince = (a?.regions ?? []).some((r) => typeof r.code === 'string' && r.code !== home && within(home, r.code) && foldName(r.name).replace(/^provinsi /, '') !== cityName);
  const provinceOnly = !homePlace && namesProvince;
  const streets = streetsOf(title, m.text ?? '');
  for (const s of streets) add(`s:${s}`, 1.5);
  const networks = NETWORKS.filter(([, re]) => re.test(head)).map(([n]) => n);
  for (const n of networks) add(`n:${n}`, NETWORK_WEIGHT);
  const matters = MATTERS.filter(([, re]) => re.test(head)).map(([n]) => n);
  // The province's own business held in the city ("Gubernur Sulteng Lantik 12 Pejabat … di Palu", "DPRD
  // Sulteng Gelar Rapat Paripurna", the city as the venue only): its headline names a provincial office,
  // no place of the city and no kind of matter (the governor's aid to a flood in a kelurahan stays).
  const provincialVenue = namesProvince && !primaryPlaces.length && !matters.length && PROVINCIAL.test(head);
  // The feature from the whole lead (a post's "anak tetangga … kena DBD" names it in its second sentence);
  // `matters`, which holds two matters apart, only from the headline.
  const lead = foldName(`${titleIsBody ? '' : title} ${body}`);
  for (const [k, re] of MATTERS) if (re.test(lead)) add(`m:${k}`, MATTER_WEIGHT);
  let watched = false;
  for (const e of a?.entities ?? []) {
    if (e.watched) watched = true;
    if (DISEASE_NAME.test(foldWord(e.canonical ?? e.text))) continue;
    const key = entityKey(e.canonical ?? e.text, e.type, o.homeWords);
    if (key) add(`e:${key}`, 1);
  }
  const topics = [...new Set(a?.topics ?? [])];
  for (const t of topics) add(`c:${t}`, 1);
  const owned = m.meta?.isOwned === true || (o.ownedSources?.has(m.sourceId) ?? false);
  const ms = Date.parse(m.publishedAt ?? m.fetchedAt);
  const cluster = typeof m.meta?.clusterId === 'string' ? (m.meta.clusterId as string) : undefined;
  return {
    id: m.id,
    ms: Number.isFinite(ms) ? ms : 0,
    kind: m.kind,
    ...(cluster ? { cluster } : {}),
    tf,
    places,
    primaryPlaces,
    outsidePlaces,
    homePlace,
    provinceOnly,
    ...(provincialVenue ? { provincialVenue } : {}),
    streets,
    topics,
    watched,
    owned,
    networks,
    matters,
    nationalCue: NATIONAL.test(`${title} ${body.slice(0, 300)}`) || FOREIGN.test(`${title} ${body.slice(0, 200)}`),
  };
}

/**
 * The one-word names of home places that the region tagger found (with its cues) in these mentions:
 * folded name → code. See findHomePlaces.
 */
export function taggedHomeNames(mentions: readonly Mention[], homeRegion: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of mentions) {
    for (const r of m.analysis?.regions ?? []) {
      if (typeof r.code !== 'string' || !within(r.code, homeRegion) || r.code === homeRegion) continue;
      for (const n of [r.name, (r.match ?? '').replace(/^(kelurahan|kel\.?|kecamatan|kec\.?|desa)\s+/i, '')]) {
        const key = foldName(n);
        if (key && !key.includes(' ') && key.length >= 4 && !out.has(key)) out.set(key, r.code);
      }
    }
  }
  return out;
}

/** "Dinas PUPR Kota Jambi" and "Dinas PUPR" give one key: the home region's name words dropped. */
export function entityKey(name: string, type: string, homeWords?: ReadonlySet<string>): string | undefined {
  const words = foldWord(name)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w && !homeWords?.has(w) && w !== 'kota' && w !== 'kabupaten' && w !== 'provinsi');
  if (!words.length) return undefined;
  return `${type}:${words.join(' ')}`;
}
