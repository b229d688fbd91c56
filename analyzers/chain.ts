// Runs analyzers in order and merges their partial results into one Analysis. One analyzer failing
// on one document leaves its fields empty (and is logged by the caller) instead of losing the mention.
import { emptyAnalysis, type AnalyzeDoc, type Analysis, type Analyzer } from '../src/core/types.js';

/** Analyzer input is capped: a 1 MB text costs no more than its first MAX_CHARS characters. */
export const MAX_CHARS = 20_000;

export interface AnalyzerChain {
  readonly analyzers: readonly Analyzer[];
  analyze(doc: AnalyzeDoc, onError?: (analyzer: string, err: unknown) => void): Analysis;
}

export function composeAnalyzers(analyzers: Analyzer[]): AnalyzerChain {
  return {
    analyzers,
    analyze(doc, onError) {
      const safe: AnalyzeDoc = {
        ...doc,
        text: typeof doc.text === 'string' ? doc.text.slice(0, MAX_CHARS) : '',
        title: typeof doc.title === 'string' ? doc.title.slice(0, 1000) : undefined,
      };
      const result = emptyAnalysis();
      for (const a of analyzers) {
        try {
          const part = a.analyze(safe, result);
          Object.assign(result, part);
          result.versions[a.name] = a.version;
        } catch (err) {
          onError?.(a.name, err);
        }
      }
      return result;
    },
  };
}
