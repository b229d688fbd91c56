// npm run bench:analyze — docs/s on one core (one process, one thread) for the full analyzer chain over
// 10,000 mixed news/social texts; per-analyzer cost (each alone, and the chain without it); peak RSS;
// and the bare `sentiment` package (English AFINN) on the same texts as a reference.
// Prints figures (best of BENCH_RUNS runs, wall clock and CPU time); asserts nothing about time.
import Sentiment from 'sentiment';
import { ANALYZE_BATCH, composeAnalyzers, createDefaultAnalyzers } from '../analyzers/index.js';
import { emptyAnalysis } from '../src/core/types.js';
import { makeCorpus } from './corpus.js';
import { best, machineLine, perDoc, rate } from './measure.js';

const N = Number(process.env.BENCH_DOCS ?? 10_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
/** Docs for the per-analyzer breakdown (each figure is a separate pass, so fewer than N). */
const PART = Math.min(N, Number(process.env.BENCH_PART_DOCS ?? 3_000));
const docs = makeCorpus(N);
const part = docs.slice(0, PART);

console.log(`machine: ${machineLine()}`);
const t0 = performance.now();
const chain = createDefaultAnalyzers({ homeRegion: '15.71' });
chain.analyze({ id: 'warm', text: 'Banjir di Kota Jambi.' });
console.log(`chain load (models, gazetteer)  ${((performance.now() - t0) / 1000).toFixed(2)} s`);
// Warm-up pass so JIT and memo tables settle, then the measured passes.
for (const d of docs.slice(0, 500)) chain.analyze(d);

const full = best(RUNS, () => {
  for (const d of docs) chain.analyze(d);
});
// The same chain over batches, analyzer by analyzer, as `pantau analyze` and the pipeline run it.
const batched = best(RUNS, () => {
  for (let i = 0; i < docs.length; i += ANALYZE_BATCH) chain.analyzeMany(docs.slice(i, i + ANALYZE_BATCH));
});
console.log(`\nfull analyzer chain, ${N} docs, best of ${RUNS}:`);
console.log(`  in batches of ${ANALYZE_BATCH} (pantau analyze, pipeline):`);
console.log(`  ${rate(N, batched.wallMs)} docs/s wall clock   ${rate(N, batched.cpuMs)} docs/s per CPU-second   (${perDoc(N, batched.cpuMs).trim()} µs/doc CPU)`);
console.log(`  one doc at a time (analyze()):`);
console.log(`  ${rate(N, full.wallMs)} docs/s wall clock   ${rate(N, full.cpuMs)} docs/s per CPU-second   (${perDoc(N, full.cpuMs).trim()} µs/doc CPU)`);

console.log(`\nper analyzer, ${PART} docs, best of ${RUNS} (CPU time; "alone" = that analyzer by itself):`);
console.log(`  ${'analyzer'.padEnd(10)} ${'alone µs/doc'.padStart(13)}   ${'chain without it'.padStart(17)}`);
const chainPart = best(RUNS, () => {
  for (const d of part) chain.analyze(d);
});
for (const a of chain.analyzers) {
  const alone = best(RUNS, () => {
    for (const d of part) a.analyze(d, emptyAnalysis());
  });
  const rest = composeAnalyzers(chain.analyzers.filter((x) => x !== a));
  const without = best(RUNS, () => {
    for (const d of part) rest.analyze(d);
  });
  console.log(`  ${a.name.padEnd(10)} ${perDoc(PART, alone.cpuMs).padStart(13)}   ${rate(PART, without.cpuMs).padStart(9)} docs/s`);
}
console.log(`  ${'(all)'.padEnd(10)} ${perDoc(PART, chainPart.cpuMs).padStart(13)}   (the whole chain on these docs)`);

const bare = new Sentiment();
const ref = best(RUNS, () => {
  for (const d of docs) bare.analyze(d.text);
});
console.log(`\nbare \`sentiment\` package (reference): ${rate(N, ref.wallMs).trim()} docs/s wall clock, ${rate(N, ref.cpuMs).trim()} per CPU-second`);
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
console.log(`machine: ${machineLine()}`);
