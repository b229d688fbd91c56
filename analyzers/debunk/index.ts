// Public API of debunk matching: index published fact-checks, match texts against them, import
// lines, and measure.
export { DebunkIndex, DEFAULT_DEBUNK_THRESHOLD, type DebunkIndexOptions } from './index-core.js';
export { stripVerdict, contentTokens } from './text.js';
export { parseDebunkLine } from './parse.js';
export { evaluateDebunks, type DebunkEvalInput, type DebunkEvalResult } from './eval.js';
export type { ClaimCase, NegativeCase, DebunkPairs } from './eval-data.js';
