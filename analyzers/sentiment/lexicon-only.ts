// Fallback when no trained model file can be loaded (deleted, corrupt, custom path missing): the
// lexicon alone still separates clear complaints from clear praise, which beats failing the chain.
import type { SentimentLabel } from '../../src/core/types.js';
import { tokenize } from '../normalize/index.js';
import { scoreLexicon } from './lexicon-score.js';
import { socialTokens } from './social.js';

export function lexiconSentiment(text: string): { label: SentimentLabel; score: number } {
  const lex = scoreLexicon(socialTokens(tokenize(text)));
  const score = Math.tanh((lex.pos - lex.neg) / 3);
  const label: SentimentLabel = score >= 0.25 ? 'positive' : score <= -0.25 ? 'negative' : 'neutral';
  return { label, score };
}
