// node dist/bench/sentiment-package.js — could the `sentiment` npm package score Pantau's Indonesian
// lexicon (issue 16, point 17)? Registers the lexicon as a language through its registerLanguage API
// (single-word labels; negators and intensifiers in its scoringStrategy hook) and compares it with
// analyzers/sentiment/lexicon-score.ts on the same normalized tokens: how often the two scores agree,
// and the cost per document. Texts: the bench corpus, plus the dev sets when ../shared/data (or
// PANTAU_DATA_DIR) is there. Prints figures; asserts nothing.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import Sentiment from 'sentiment';
import { tokenizeHead } from '../analyzers/normalize/index.js';
import { readLabelledFile } from '../analyzers/sentiment/dataset.js';
import { INTENSIFIERS, LEXICON, NEGATION_WINDOW, NEGATORS } from '../analyzers/sentiment/lexicon.js';
import { scoreLexicon } from '../analyzers/sentiment/lexicon-score.js';
import { socialTokens } from '../analyzers/sentiment/social.js';
import { makeCorpus } from './corpus.js';
import { best, machineLine, perDoc } from './measure.js';

const labels: Record<string, number> = {};
for (const [k, v] of LEXICON) if (!k.includes(' ')) labels[k] = v;
const phrases = [...LEXICON.keys()].filter((k) => k.includes(' ')).length;

const pkg = new Sentiment();
pkg.registerLanguage('id', {
  labels,
  scoringStrategy: {
    // The same rules as lexicon-score.ts, for one token at a time (the package offers no phrases).
    apply(tokens, cursor, score) {
      let v = score;
      if (!NEGATORS.has(tokens[cursor]!)) {
        let negated = false;
        for (let j = Math.max(0, cursor - NEGATION_WINDOW); j < cursor; j++) if (NEGATORS.has(tokens[j]!)) negated = true;
        if (negated) v = v > 0 ? -0.9 * v : -0.4 * v;
      }
      const before = INTENSIFIERS.get(tokens[cursor - 1] ?? '') ?? 1;
      const after = INTENSIFIERS.get(tokens[cursor + 1] ?? '') ?? 1;
      return v * Math.max(before, after);
    },
  },
});

const texts: string[] = makeCorpus(5_000).map((d) => (d.title ? `${d.title} . ${d.text}` : d.text));
const dataDir = resolve(process.env.PANTAU_DATA_DIR ?? '../shared/data');
for (const f of ['smsa/valid_preprocess.tsv', 'nusax-senti-id/valid.csv', 'indolem-sentiment/dev0.csv']) {
  if (existsSync(join(dataDir, f))) for (const r of readLabelledFile(join(dataDir, f))) texts.push(r.text);
}
const tokenLists = texts.map((t) => socialTokens(tokenizeHead(t, 100)));
const joined = tokenLists.map((t) => t.join(' '));

let same = 0;
let sameSign = 0;
let withHits = 0;
const sign = (x: number): number => (Math.abs(x) < 1e-9 ? 0 : Math.sign(x));
for (let i = 0; i < texts.length; i++) {
  const l = scoreLexicon(tokenLists[i]!);
  const ours = l.pos - l.neg;
  const theirs = pkg.analyze(joined[i]!, { language: 'id' }).score;
  if (l.hits > 0) withHits++;
  if (Math.abs(ours - theirs) < 1e-9) same++;
  if (sign(ours) === sign(theirs)) sameSign++;
}
const pct = (x: number): string => `${((100 * x) / texts.length).toFixed(1)}%`;
console.log(`machine: ${machineLine()}`);
console.log(`${texts.length} texts (${withHits} with a lexicon hit); lexicon ${LEXICON.size} entries, ${phrases} of them phrases the package cannot hold`);
console.log(`same score: ${pct(same)}   same sign: ${pct(sameSign)}`);
const ours = best(5, () => {
  for (const t of tokenLists) scoreLexicon(t);
});
const theirs = best(5, () => {
  for (const s of joined) pkg.analyze(s, { language: 'id' });
});
console.log(`lexicon-score.ts      ${perDoc(texts.length, ours.cpuMs)} µs/doc`);
console.log(`sentiment package     ${perDoc(texts.length, theirs.cpuMs)} µs/doc (on the same normalized tokens)`);
