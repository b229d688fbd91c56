// node dist/bench/hoax.js — µs/doc of the hoax analyzer alone (classifier, indicators, score; no
// debunk index) over the benchmark corpus's news articles (1–3 KB) and social posts. Prints figures;
// asserts nothing about time. CPU time is printed beside wall time: on a shared machine it is the
// steadier figure.
import { emptyAnalysis } from '../src/core/types.js';
import { createHoaxAnalyzer } from '../analyzers/hoax/index.js';
import { makeCorpus } from './corpus.js';

const N = Number(process.env.BENCH_DOCS ?? 10_000);
const docs = makeCorpus(N);
const a = createHoaxAnalyzer();
const base = emptyAnalysis();
for (const d of docs.slice(0, 1000)) a.analyze(d, base);

function run(label: string, ds: typeof docs): void {
  const rounds = 3;
  let best = Infinity;
  let bestCpu = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    for (const d of ds) a.analyze(d, base);
    const c = process.cpuUsage(c0);
    best = Math.min(best, (performance.now() - t0) / ds.length);
    bestCpu = Math.min(bestCpu, (c.user + c.system) / 1000 / ds.length);
  }
  const chars = ds.reduce((s, d) => s + d.text.length + (d.title?.length ?? 0), 0) / ds.length;
  console.log(
    `${label.padEnd(12)} ${(best * 1000).toFixed(1).padStart(7)} µs/doc wall, ${(bestCpu * 1000).toFixed(1).padStart(7)} µs/doc CPU  (${ds.length} docs, mean ${chars.toFixed(0)} chars, best of ${rounds})`,
  );
}
// Typical 1–3 KB articles: the corpus's news items with a second body appended where short.
const long = docs
  .filter((d) => d.kind === 'news')
  .map((d, i, ns) => (d.text.length >= 1000 ? d : { ...d, text: `${d.text}\n\n${ns[(i + 1) % ns.length].text}` }))
  .filter((d) => d.text.length >= 1000 && d.text.length <= 3000);
run('all', docs);
run('news', docs.filter((d) => d.kind === 'news'));
run('social', docs.filter((d) => d.kind === 'social'));
run('news 1-3 KB', long);
