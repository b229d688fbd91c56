// Filter values as people type them on the command line, resolved to the store's values — and when a
// value is unknown, an error that lists the valid ones. Indonesian and English words are both
// accepted (positif/positive, berita/news, topic labels in either language or the topic id).
import { InputError } from '../../core/errors.js';
import { entityKey, isRegionCode, normalizeName } from '../../core/facets.js';
import { foldWord } from '../../core/terms.js';
import type { MentionKind, SentimentLabel } from '../../core/types.js';
import { DEFAULT_TAXONOMY, type TopicDef } from '../../../analyzers/topics/taxonomy.js';

export type Lang = 'id' | 'en';

const SENTIMENT: Record<string, SentimentLabel> = {
  positif: 'positive',
  positive: 'positive',
  netral: 'neutral',
  neutral: 'neutral',
  negatif: 'negative',
  negative: 'negative',
};
export const SENTIMENT_WORD: Record<Lang, Record<SentimentLabel, string>> = {
  id: { positive: 'positif', neutral: 'netral', negative: 'negatif' },
  en: { positive: 'positive', neutral: 'neutral', negative: 'negative' },
};

export function resolveSentiment(value: string): SentimentLabel {
  const v = SENTIMENT[value.trim().toLowerCase()];
  if (!v) throw new InputError(`--sentiment: unknown value "${value}"; expected positif, netral or negatif (positive, neutral, negative)`);
  return v;
}

const KIND: Record<string, MentionKind> = { news: 'news', berita: 'news', social: 'social', sosial: 'social', medsos: 'social' };

export function resolveKind(value: string): MentionKind {
  const v = KIND[value.trim().toLowerCase()];
  if (!v) throw new InputError(`--kind: unknown value "${value}"; expected berita or sosial (news, social)`);
  return v;
}

/** Folded words of a label: "Banjir & Lingkungan" → ["banjir", "dan", "lingkungan"] ("&" reads as dan/and). */
function labelKey(s: string): string {
  return foldWord(s)
    .replace(/&/g, ' dan ')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

function topicNames(t: TopicDef): string[] {
  return [t.id, t.label.id, t.label.en].map(labelKey).concat(labelKey(t.label.en.replace(/&/g, ' and ')));
}

/**
 * A topic by its id, or its Indonesian or English label (case and accents ignored), or a word that
 * starts only one topic's id or labels ("banjir" → banjir-lingkungan). Anything else: an error
 * listing the topics.
 */
export function resolveTopic(value: string, topics: readonly TopicDef[] = DEFAULT_TAXONOMY.topics, lang: Lang = 'id'): string {
  const key = labelKey(value);
  const exact = topics.filter((t) => topicNames(t).includes(key));
  if (exact.length === 1) return exact[0]!.id;
  if (key) {
    // at a word boundary of any name: "banjir", "lingkungan", "bansos", "flood"
    const atWord = (name: string): boolean => name.split(' ').some((_, i, words) => words.slice(i).join(' ').startsWith(key));
    const prefix = topics.filter((t) => topicNames(t).some(atWord));
    if (prefix.length === 1) return prefix[0]!.id;
    if (prefix.length > 1) {
      throw new InputError(`--topic: "${value}" fits several topics: ${prefix.map((t) => `${t.id} (${t.label[lang]})`).join(', ')}; give one of them`);
    }
  }
  const list = topics.map((t) => `${t.id} (${t.label[lang]})`).join(', ');
  throw new InputError(`--topic: unknown topic "${value}"; expected a topic id or label: ${list} — see \`pantau topics\``);
}

export function resolveRegion(value: string): string {
  const v = value.trim();
  if (!isRegionCode(v)) {
    throw new InputError(`--region: expected a Kemendagri code such as 15 (province), 15.71 (Kota Jambi), 15.71.01 (kecamatan) or 15.71.01.1001 (kelurahan), got "${value}"`);
  }
  return v;
}

export interface WatchEntry {
  name: string;
  type: 'person' | 'organization';
  aliases: string[];
}

/**
 * The entity keys a name stands for: a watch-list name or alias gives its canonical entry; any other
 * name is looked up as a person and as an organization.
 */
export function resolveEntity(value: string, watchlist: readonly WatchEntry[] = []): string[] {
  if (!value.trim()) throw new InputError('--entity: expected a name, got nothing');
  for (const w of watchlist) {
    const names = [w.name, ...w.aliases];
    if (names.some((n) => normalizeName(n, w.type) === normalizeName(value, w.type))) return [entityKey({ text: w.name, type: w.type })];
  }
  const keys = [entityKey({ text: value, type: 'person' }), entityKey({ text: value, type: 'organization' })];
  if (keys.every((k) => k.endsWith(':'))) throw new InputError(`--entity: "${value}" has no letters or digits to search for`);
  return [...new Set(keys)];
}

export function resolveSource(value: string, known: readonly string[]): string {
  if (known.includes(value)) return value;
  const list = known.length ? known.join(', ') : 'none stored yet';
  throw new InputError(`--source: unknown source "${value}"; known sources: ${list}`);
}

export function resolveLang(value: string | undefined): Lang {
  if (value === undefined || value === '' || value === 'id') return 'id';
  if (value === 'en') return 'en';
  throw new InputError(`--lang: expected id or en, got "${value}"`);
}
