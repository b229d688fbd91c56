// The default analyzer chain, in order. Language first (others may read it), then sentiment, topics,
// regions, entities, and hoax last (it can use everything before it).
import type { Analyzer, Debunk } from '../src/core/types.js';
import { composeAnalyzers, type AnalyzerChain } from './chain.js';
import { languageAnalyzer } from './language/index.js';
import { createSentimentAnalyzer } from './sentiment/index.js';
import { createTopicAnalyzer } from './topics/index.js';
import { createRegionAnalyzer } from './regions/index.js';
import { createEntityAnalyzer } from './entities/index.js';
import { createHoaxAnalyzer } from './hoax/index.js';
import { DebunkIndex } from './debunk/index.js';

export interface AnalyzerOptions {
  homeRegion?: string;
  watchlist?: { name: string; type: 'person' | 'organization'; aliases: string[]; role?: string }[];
  debunks?: Debunk[];
  debunkThreshold?: number;
  /** Sentiment model JSON (from `pantau train sentiment`); default: the shipped model. */
  sentimentModel?: string;
}

export function createDefaultAnalyzers(opts: AnalyzerOptions = {}): AnalyzerChain {
  const debunks = opts.debunks && opts.debunks.length ? new DebunkIndex(opts.debunks, { threshold: opts.debunkThreshold }) : undefined;
  const list: Analyzer[] = [
    languageAnalyzer,
    createSentimentAnalyzer({ modelPath: opts.sentimentModel, required: opts.sentimentModel !== undefined }),
    createTopicAnalyzer(),
    createRegionAnalyzer({ homeRegion: opts.homeRegion }),
    createEntityAnalyzer({ watchlist: opts.watchlist }),
    createHoaxAnalyzer({ debunks }),
  ];
  return composeAnalyzers(list);
}

export { ANALYZE_BATCH, composeAnalyzers, type AnalyzerChain } from './chain.js';
