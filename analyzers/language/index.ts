// Language analyzer: tags each mention with id / en / jv / su / ms / und.
import type { Analyzer } from '../../src/core/types.js';
import { detectLanguage, SAMPLE_CHARS } from './detect.js';

export { detectLanguage, type DetectedLanguage } from './detect.js';

export const languageAnalyzer: Analyzer = {
  name: 'language',
  version: '1',
  analyze(doc) {
    // The title is short and often a headline without function words; the text decides when present.
    // Only the first SAMPLE_CHARS characters are read: join the title to the text's head, not to all
    // of it (a joined 20k-character string is copied in full when sliced).
    const text = doc.title ? `${doc.title}\n${(doc.text ?? '').slice(0, SAMPLE_CHARS)}` : (doc.text ?? '');
    return { language: detectLanguage(text) };
  },
};
