// Public API of Indonesian text normalization, shared by the language, sentiment, topic, hoax and
// region analyzers.
export { normalizeText, normalizeToken, tokenize, tokenizeShared, collapseRepeats, MAX_NORMALIZE_CHARS } from './text.js';
export { tokenizeHead } from './head.js';
export { stem, stemmerFor, NO_STEM, clearStemCache, STEM_CACHE_SIZE } from './stem.js';
export { stopwordsId, isStopword } from './stopwords.js';
export { SLANG } from './slang.js';
export { EMO_POS, EMO_NEG } from './emoji.js';
