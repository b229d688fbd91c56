// The facets of a mention: the flat values every Store backend indexes so that filters and
// aggregations never read the analysis JSON. One pure function derives them, so SQLite (on write and
// in its backfill migration) and Elasticsearch (as flat keyword fields) index exactly the same values,
// and a filter value typed by a person (`--entity "Bapak Maulana"`) normalizes the same way.
import { foldWord, keyTerms } from './terms.js';
import type { EntityTag, Mention, MentionKind, SentimentLabel } from './types.js';

/** Below the analyzer's own verdict: a score this high (or a matching debunk) counts as flagged. */
export const HOAX_FLAG_SCORE = 0.5;

export interface MentionFacets {
  source: string;
  kind: MentionKind;
  sentiment: SentimentLabel | null;
  sentimentScore: number | null;
  language: string | null;
  owned: boolean;
  hoaxScore: number | null;
  hoaxFlagged: boolean;
  cluster: string | null;
  topics: string[];
  /** Every tagged code with all its ancestors, each once. */
  regions: string[];
  /** entityKey() of each entity, each once. */
  entities: string[];
  terms: string[];
}

export interface FacetOptions {
  /** Ids of sources configured `owned: true`: all their mentions count as owned. */
  ownedSources?: ReadonlySet<string>;
}

const CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

/** True for a Kemendagri code: "15", "15.71", "15.71.01" or "15.71.01.1001". */
export function isRegionCode(code: string): boolean {
  return CODE.test(code);
}

/**
 * A code and every region that contains it, widest first: "15.71.01.1001" → ["15", "15.71",
 * "15.71.01", "15.71.01.1001"]. A mention of a kelurahan thereby counts for its kecamatan, city and
 * province, and a filter on a city code finds all of them with one exact match. A value that is not
 * a Kemendagri code is kept as it is, alone.
 */
export function regionAncestors(code: string): string[] {
  if (!isRegionCode(code)) return [code];
  const parts = code.split('.');
  return parts.map((_, i) => parts.slice(0, i + 1).join('.'));
}

/** Titles and honorifics that come before a name and are no part of it. */
const HONORIFICS = new Set([
  'bapak', 'ibu', 'pak', 'bu', 'bpk', 'sdr', 'sdri', 'saudara', 'saudari', 'tuan', 'nyonya', 'h', 'hj', 'haji', 'hajah', 'hajjah',
  'dr', 'drs', 'dra', 'ir', 'prof', 'kh', 'ust', 'ustadz', 'ustaz',
]);

/**
 * A name as a key: diacritics folded, lower case, punctuation dropped, spaces collapsed; for a person
 * the honorifics in front ("Bapak", "H.", "Dr.") and academic degrees after a comma ("…, S.E., M.Si.")
 * are dropped too. "H. Maulana, S.E." and "maulana" give the same key.
 */
export function normalizeName(name: string, type?: EntityTag['type']): string {
  let s = name;
  if (type !== 'organization') s = s.split(',')[0]!;
  const words = foldWord(s).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (type !== 'organization') {
    while (words.length > 1 && HONORIFICS.has(words[0]!)) words.shift();
  }
  return words.join(' ');
}

/** "person:maulana", "organization:dinas pupr kota jambi": the watch-list canonical name when there is one. */
export function entityKey(e: Pick<EntityTag, 'text' | 'type' | 'canonical'>): string {
  const name = typeof e.canonical === 'string' && e.canonical.trim() ? e.canonical : e.text;
  return `${e.type}:${normalizeName(name, e.type)}`;
}

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const SENTIMENTS: readonly string[] = ['positive', 'neutral', 'negative'];

/** The hoax analyzer's `flagged` when it gives one; else score ≥ HOAX_FLAG_SCORE or a matching debunk. */
export function isHoaxFlagged(hoax: unknown): boolean {
  if (!isObj(hoax)) return false;
  if (typeof hoax.flagged === 'boolean') return hoax.flagged;
  const score = num(hoax.score);
  return (score !== null && score >= HOAX_FLAG_SCORE) || (Array.isArray(hoax.debunks) && hoax.debunks.length > 0);
}

function uniqueStrings(xs: Iterable<unknown>): string[] {
  const out = new Set<string>();
  for (const x of xs) if (typeof x === 'string' && x !== '') out.add(x);
  return [...out];
}

/**
 * A bounded memo of a pure string function. The same region codes and names come back in every
 * batch of mentions, and deriving their keys (regex, split, Unicode folding) cost more per stored
 * mention than the rest of the facets but the key terms.
 */
function memo<T>(f: (key: string) => T, max = 20_000): (key: string) => T {
  const seen = new Map<string, T>();
  return (key) => {
    let v = seen.get(key);
    if (v === undefined) {
      v = f(key);
      if (seen.size >= max) seen.clear();
      seen.set(key, v);
    }
    return v;
  };
}

const ancestorsOf = memo(regionAncestors);
const ENTITY_TYPES = ['person', 'organization'] as const;
const keyOf = ENTITY_TYPES.map((type) => memo((name) => entityKey({ text: name, type })));

/**
 * Derive every facet of a mention. Never throws: the analysis is stored as given, so a malformed or
 * partial one simply yields fewer facets.
 */
export function mentionFacets(m: Mention, opts: FacetOptions = {}): MentionFacets {
  const a: Record<string, unknown> = isObj(m.analysis) ? (m.analysis as unknown as Record<string, unknown>) : {};
  const sent = isObj(a.sentiment) ? a.sentiment : {};
  const label = typeof sent.label === 'string' && SENTIMENTS.includes(sent.label) ? (sent.label as SentimentLabel) : null;
  const hoax = isObj(a.hoax) ? a.hoax : undefined;
  const lang = typeof a.language === 'string' && a.language && a.language !== 'und' ? a.language : (m.language ?? null);
  const regions = new Set<string>();
  if (Array.isArray(a.regions)) {
    for (const r of a.regions) if (isObj(r) && typeof r.code === 'string' && r.code) for (const c of ancestorsOf(r.code)) regions.add(c);
  }
  const entities = new Set<string>();
  if (Array.isArray(a.entities)) {
    for (const e of a.entities) {
      if (!isObj(e) || typeof e.text !== 'string') continue;
      const t = ENTITY_TYPES.indexOf(e.type as (typeof ENTITY_TYPES)[number]);
      if (t < 0) continue;
      // entityKey's choice of name, so the memo is keyed by what the key depends on
      const name = typeof e.canonical === 'string' && e.canonical.trim() ? e.canonical : e.text;
      const key = keyOf[t]!(name);
      if (!key.endsWith(':')) entities.add(key);
    }
  }
  const cluster = m.meta?.clusterId;
  return {
    source: m.sourceId,
    kind: m.kind,
    sentiment: label,
    sentimentScore: label === null ? null : num(sent.score),
    language: lang,
    owned: m.meta?.isOwned === true || (opts.ownedSources?.has(m.sourceId) ?? false),
    hoaxScore: hoax ? num(hoax.score) : null,
    hoaxFlagged: isHoaxFlagged(hoax),
    cluster: typeof cluster === 'string' && cluster ? cluster : null,
    topics: uniqueStrings(Array.isArray(a.topics) ? a.topics : []),
    regions: [...regions],
    entities: [...entities],
    terms: keyTerms(m.title, m.text),
  };
}
