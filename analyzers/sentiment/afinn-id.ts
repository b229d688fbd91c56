// A second, broader word list: the Indonesian AFINN list that ships with nlp.js (@nlpjs/lang-id,
// MIT; ~2,200 words and phrases, −5…+5, machine-translated from AFINN-165, so noisy: "mengerti" −2,
// "maaf" +2). It is never used as a rule: its positive and negative sums are two more features of
// the trained model, which learns how far to trust them. Keys are normalized like our text; emoji
// keys are dropped (our normalizer turns emoji into marker tokens before any lookup).
import { createRequire } from 'node:module';
import { tokenize } from '../normalize/index.js';

const require = createRequire(import.meta.url);
let map: ReadonlyMap<string, number> | undefined;

export function afinnId(): ReadonlyMap<string, number> {
  if (map) return map;
  const raw = require('@nlpjs/lang-id/src/sentiment/afinn_id.json') as Record<string, number>;
  const m = new Map<string, number>();
  for (const [k, v] of Object.entries(raw)) {
    if (!/^\p{L}/u.test(k) || typeof v !== 'number' || v === 0) continue;
    const key = tokenize(k).join(' ');
    if (key && !m.has(key)) m.set(key, v / 2);
  }
  map = m;
  return m;
}
