// Language analyzer: tags each mention with id / en / jv / su / ms / und.
import type { Analyzer } from '../../src/core/types.js';
import { detectLanguage } from './detect.js';

export { detectLanguage, type DetectedLanguage } from './detect.js';

export const languageAnalyzer: Analyzer = {
  name: 'language',
  version: '1',
  analyze(doc) {
    // The title is short and often a headline without function words; the text decides when present.
    const text = doc.title ? `${doc.title}\n${doc.text ?? ''}` : (doc.text ?? '');
    return { language: detectLanguage(text) };
  },
};
