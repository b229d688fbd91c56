// The topic analyzer: humas issue ids from keyword rules (primary), optionally complemented by a
// trained classifier whose labels map onto the taxonomy.
import type { Analysis, AnalyzeDoc, Analyzer } from '../../src/core/types.js';
import type { LinearModel } from '../shared/logreg.js';
import { predictTopic } from './model.js';
import { TopicRules } from './rules.js';
import { DEFAULT_TAXONOMY, type Taxonomy } from './taxonomy.js';

export interface TopicAnalyzerOptions {
  taxonomy?: Taxonomy;
  /** Trained classifier (see trainTopics) and the mapping of its labels to taxonomy ids. */
  model?: LinearModel;
  labelMap?: Record<string, string>;
  /** Minimum classifier probability for its topic to be added. */
  modelMinProb?: number;
}

export const TOPIC_ANALYZER_VERSION = '1.0.0';

export function createTopicAnalyzer(opts: TopicAnalyzerOptions = {}): Analyzer {
  const taxonomy = opts.taxonomy ?? DEFAULT_TAXONOMY;
  const rules = new TopicRules(taxonomy);
  const max = taxonomy.maxTopics ?? 3;
  const known = new Set(taxonomy.topics.map((t) => t.id));
  return {
    name: 'topics',
    version: TOPIC_ANALYZER_VERSION + (opts.model ? '+model' : ''),
    analyze(doc: AnalyzeDoc): Partial<Analysis> {
      const topics = rules.score(doc.text ?? '', doc.title).map((h) => h.id);
      if (opts.model && topics.length < max) {
        const p = predictTopic(opts.model, `${doc.title ?? ''}\n${(doc.text ?? '').slice(0, 3000)}`);
        const id = opts.labelMap?.[p.label] ?? p.label;
        if (p.prob >= (opts.modelMinProb ?? 0.7) && known.has(id) && !topics.includes(id)) topics.push(id);
      }
      return { topics };
    },
  };
}

export { DEFAULT_TAXONOMY, topicIds, type Taxonomy, type TopicDef } from './taxonomy.js';
export { TopicRules, type TopicHit } from './rules.js';
export { emergingTerms, documentTerms, type EmergingTerm, type EmergingOptions } from './emerging.js';
export { trainTopics, evaluateTopics, loadTopicModel, readLabeledTsv, SIB200_LABEL_MAP, type TopicModelFile } from './model.js';
