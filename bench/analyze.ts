// npm run bench:analyze — docs/s on one core for the full analyzer chain over 10,000 mixed news/social
// texts, and the bare `sentiment` package (English AFINN) on the same texts as a reference.
// Prints figures; asserts nothing about time.
import Sentiment from 'sentiment';
import { createDefaultAnalyzers } from '../analyzers/index.js';
import { makeCorpus } from './corpus.js';

const N = Number(process.env.BENCH_DOCS ?? 10_000);
const docs = makeCorpus(N);

function time(label: string, fn: () => void): number {
  const t0 = performance.now();
  fn();
  const s = (performance.now() - t0) / 1000;
  const rate = N / s;
  console.log(`${label.padEnd(34)} ${rate.toFixed(0).padStart(8)} docs/s  (${s.toFixed(2)} s for ${N} docs)`);
  return rate;
}

const t0 = performance.now();
const chain = createDefaultAnalyzers({ homeRegion: '15.71' });
chain.analyze({ id: 'warm', text: 'Banjir di Kota Jambi.' });
console.log(`chain load (models, gazetteer)       ${((performance.now() - t0) / 1000).toFixed(2)} s`);
// Warm-up pass so JIT and memo tables settle, then the measured pass.
for (const d of docs.slice(0, 500)) chain.analyze(d);
time('full analyzer chain', () => {
  for (const d of docs) chain.analyze(d);
});
const bare = new Sentiment();
time('bare `sentiment` package (reference)', () => {
  for (const d of docs) bare.analyze(d.text);
});
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
