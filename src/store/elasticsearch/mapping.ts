// The shape of Pantau's indices: analyzers, the mentions index template and the debunks index. Every
// facet the Store exposes is a flat `keyword` (or boolean/number) field, because Kibana Lens cannot
// aggregate inside nested objects; the analysis and meta objects are kept in _source but not indexed
// (`enabled: false`), so a new analyzer field never needs a mapping change and `dynamic: strict`
// refuses anything else that is unexpected.
import type { estypes } from '@elastic/elasticsearch';
import { keepWords } from './keywords.js';

/** Bumped when a field is added; the store adds missing fields to existing indices on first use. */
export const MAPPING_VERSION = 1;

/**
 * Analyzers:
 * - `pantau_id`: Indonesian full text for people and Kibana: standard tokenizer, lower case, ASCII
 *   folding, Indonesian stop words, place and agency names marked as keywords, then the Indonesian
 *   stemmer ("kebanjiran" finds "banjir").
 * - `pantau_folded`: the words exactly as SQLite's FTS5 (unicode61, remove_diacritics) splits and
 *   folds them, no stemming. `pantau search` matches on this one, so both backends find the same
 *   mentions for the same words; the stemmed field only adds to the ranking.
 */
export function analysisSettings(): estypes.IndicesIndexSettingsAnalysis {
  return {
    tokenizer: {
      pantau_words: { type: 'pattern', pattern: '[^\\p{L}\\p{N}]+' },
    },
    filter: {
      pantau_id_stop: { type: 'stop', stopwords: '_indonesian_' },
      pantau_id_keep: { type: 'keyword_marker', keywords: keepWords(), ignore_case: true },
      pantau_id_stemmer: { type: 'stemmer', language: 'indonesian' },
    },
    analyzer: {
      pantau_id: {
        type: 'custom',
        tokenizer: 'standard',
        filter: ['lowercase', 'asciifolding', 'pantau_id_stop', 'pantau_id_keep', 'pantau_id_stemmer'],
      },
      pantau_folded: { type: 'custom', tokenizer: 'pantau_words', filter: ['lowercase', 'asciifolding'] },
    },
  };
}

const keyword: estypes.MappingProperty = { type: 'keyword' };
const date: estypes.MappingProperty = { type: 'date', format: 'strict_date_optional_time||epoch_millis' };
/** A date as a page gave it: indexed when it is ISO 8601, kept in _source as it is in any case. */
const givenDate: estypes.MappingProperty = { type: 'date', format: 'strict_date_optional_time||epoch_millis', ignore_malformed: true };
const stored: estypes.MappingProperty = { type: 'keyword', index: false, doc_values: false };

/** Full text: Indonesian-analyzed, with the folded words for matching and a keyword for Lens tables. */
function textField(withKeyword: boolean): estypes.MappingProperty {
  return {
    type: 'text',
    analyzer: 'pantau_id',
    fields: {
      folded: { type: 'text', analyzer: 'pantau_folded' },
      ...(withKeyword ? { keyword: { type: 'keyword', ignore_above: 1024 } } : {}),
    },
  };
}

/** The fields of one mention document (see doc.ts for how a Mention fills them). */
export function mentionProperties(): Record<string, estypes.MappingProperty> {
  return {
    id: keyword,
    source: keyword,
    kind: keyword,
    url: { type: 'keyword', ignore_above: 2048 },
    canonical_url: { type: 'keyword', ignore_above: 2048 },
    title: textField(true),
    text: textField(false),
    author: { type: 'keyword', ignore_above: 256 },
    mention_language: stored,
    // Dates as the page gave them, offset included; `@timestamp` is the publication instant (the
    // fetch instant when the page gave none), Kibana's default time field.
    published_at: givenDate,
    fetched_at: givenDate,
    '@timestamp': date,
    stored_at: date,
    changed_at: date,
    content_hash: stored,
    analysis: { type: 'object', enabled: false },
    meta: { type: 'object', enabled: false },
    // Facets (src/core/facets.ts), one flat field each.
    sentiment: keyword,
    sentiment_score: { type: 'float' },
    language: keyword,
    owned: { type: 'boolean' },
    hoax_score: { type: 'float' },
    hoax_flagged: { type: 'boolean' },
    cluster: keyword,
    issue: keyword,
    topic: keyword,
    region: keyword,
    entity: keyword,
    term: keyword,
    // For dashboards: the kecamatan codes among the regions, and the names of the tagged places.
    district: keyword,
    place_name: keyword,
  };
}

export interface TemplateNames {
  template: string;
  pattern: string;
  readAlias: string;
  policy?: string;
}

/** The mentions index template: every monthly index made from it joins the read alias. */
export function mentionTemplate(names: TemplateNames, replicas: number): estypes.IndicesPutIndexTemplateRequest {
  return {
    name: names.template,
    index_patterns: [names.pattern],
    priority: 200,
    version: MAPPING_VERSION,
    _meta: { managed_by: 'pantau', mapping_version: MAPPING_VERSION },
    template: {
      aliases: { [names.readAlias]: {} },
      settings: {
        number_of_shards: 1,
        number_of_replicas: replicas,
        analysis: analysisSettings(),
        ...(names.policy ? { 'index.lifecycle.name': names.policy } : {}),
      },
      mappings: { dynamic: 'strict', properties: mentionProperties() },
    },
  };
}

/** Published debunks: one small index, read whole at start-up by the debunk matcher. */
export function debunkIndex(index: string, replicas: number): estypes.IndicesCreateRequest {
  return {
    index,
    settings: { number_of_shards: 1, number_of_replicas: replicas, analysis: analysisSettings() },
    mappings: {
      dynamic: 'strict',
      properties: {
        id: keyword,
        url: { type: 'keyword', ignore_above: 2048 },
        title: textField(true),
        text: textField(false),
        published_at: givenDate,
        source: keyword,
        content_hash: stored,
      },
    },
  };
}

/** Delete a monthly index `days` after its month ended (ages count from index.lifecycle.origination_date). */
export function retentionPolicy(name: string, days: number): estypes.IlmPutLifecycleRequest {
  return { name, policy: { _meta: { managed_by: 'pantau' }, phases: { delete: { min_age: `${days}d`, actions: { delete: {} } } } } };
}
