// Runs analyzers in order and merges their partial results into one Analysis. One analyzer failing
// on one document leaves its fields empty (and is logged by the caller) instead of losing the mention.
import { emptyAnalysis, type AnalyzeDoc, type Analysis, type Analyzer } from '../src/core/types.js';

/** Analyzer input is capped: a 1 MB text costs no more than its first MAX_CHARS characters. */
export const MAX_CHARS = 20_000;

export interface AnalyzerChain {
  readonly analyzers: readonly Analyzer[];
  analyze(doc: AnalyzeDoc, onError?: (analyzer: string, err: unknown) => void): Analysis;
  /**
   * The same analyses as analyze() on each doc, computed analyzer by analyzer over the whole batch:
   * each analyzer's tables (model weights, gazetteer, tagger) stay in the CPU cache for the batch
   * instead of evicting each other on every doc, which is 20-30% faster at 64-256 docs.
   */
  analyzeMany(docs: readonly AnalyzeDoc[], onError?: (index: number, analyzer: string, err: unknown) => void): Analysis[];
}

/** Batch size for analyzeMany() callers that stream (CLI, pipeline): big enough to keep caches warm. */
export const ANALYZE_BATCH = 256;

function capped(doc: AnalyzeDoc): AnalyzeDoc {
  return {
    ...doc,
    text: typeof doc.text === 'string' ? doc.text.slice(0, MAX_CHARS) : '',
    title: typeof doc.title === 'string' ? doc.title.slice(0, 1000) : undefined,
  };
}

export function composeAnalyzers(analyzers: Analyzer[]): AnalyzerChain {
  const analyzeMany: AnalyzerChain['analyzeMany'] = (docs, onError) => {
    const safe = docs.map(capped);
    const results = safe.map(() => emptyAnalysis());
    for (const a of analyzers) {
      for (let i = 0; i < safe.length; i++) {
        const result = results[i]!;
        try {
          Object.assign(result, a.analyze(safe[i]!, result));
          result.versions[a.name] = a.version;
        } catch (err) {
          onError?.(i, a.name, err);
        }
      }
    }
    return results;
  };
  return {
    analyzers,
    analyze: (doc, onError) => analyzeMany([doc], onError && ((_i, name, err) => onError(name, err)))[0]!,
    analyzeMany,
  };
}
