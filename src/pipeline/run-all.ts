// Runs fact-check sources before the others, then rebuilds the analyzers, so debunks published in
// this very run already count when matching the news and posts crawled after them.
import type { Source } from '../core/types.js';
import type { AnalyzerChain } from '../../analyzers/chain.js';
import { runOnce, type PipelineDeps, type RunSummary } from './runner.js';
import { zeroCounts } from './dispositions.js';
import type { Disposition } from '../core/types.js';

export async function runAllOnce(
  sources: Source[],
  deps: PipelineDeps,
  rebuildAnalyzers?: () => Promise<AnalyzerChain>,
): Promise<RunSummary> {
  const factcheck = sources.filter((s) => s.factcheck);
  const rest = sources.filter((s) => !s.factcheck);
  if (factcheck.length === 0 || rest.length === 0 || !deps.analyzers || !rebuildAnalyzers) return runOnce(sources, deps);
  const first = await runOnce(factcheck, deps);
  const second = await runOnce(rest, { ...deps, analyzers: first.totals.indexed > 0 ? await rebuildAnalyzers() : deps.analyzers });
  const totals = zeroCounts();
  for (const k of Object.keys(totals) as Disposition[]) totals[k] = first.totals[k] + second.totals[k];
  return {
    sources: [...first.sources, ...second.sources],
    totals,
    failedSources: [...first.failedSources, ...second.failedSources],
    reasons: [...first.reasons, ...second.reasons],
  };
}
