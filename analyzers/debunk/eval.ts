// Measures debunk matching: is the right debunk ranked first for a circulated claim, and how many
// ordinary news texts get any debunk attached at a threshold. Also sweeps thresholds so the default
// can be chosen from figures rather than by feel.
import type { Debunk } from '../../src/core/types.js';
import { DEFAULT_DEBUNK_THRESHOLD, DebunkIndex, type DebunkIndexOptions } from './index-core.js';
import type { ClaimCase, NegativeCase } from './eval-data.js';

export interface DebunkEvalInput {
  debunks: Pick<Debunk, 'url' | 'title' | 'text'>[];
  claims: ClaimCase[];
  negatives: NegativeCase[];
  threshold?: number;
  index?: DebunkIndexOptions;
  /** Thresholds to report recall / false-attach rates for. */
  sweep?: number[];
}

export interface DebunkEvalResult {
  indexed: number;
  claims: number;
  negatives: number;
  threshold: number;
  /** Share of claims whose expected debunk is ranked first (no threshold). */
  top1: number;
  top3: number;
  /** Share of claims whose expected debunk is first and above the threshold. */
  recallAtThreshold: number;
  /** Share of negatives with any match above the threshold. */
  negativeAttachRate: number;
  /** Matching throughput over claims + negatives (index build excluded). */
  docsPerSec: number;
  buildMs: number;
  sweep: { threshold: number; recall: number; negativeAttachRate: number }[];
}

export function evaluateDebunks(input: DebunkEvalInput): DebunkEvalResult {
  const threshold = input.threshold ?? input.index?.threshold ?? DEFAULT_DEBUNK_THRESHOLD;
  const t0 = performance.now();
  const index = new DebunkIndex(input.debunks, { ...input.index, threshold });
  const buildMs = performance.now() - t0;
  const sweepAt = input.sweep ?? [0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.6];

  const t1 = performance.now();
  const claimTop = input.claims.map((c) => index.search(c.text, c.title, 3));
  const negTop = input.negatives.map((n) => index.search(n.text, n.title, 1)[0]?.similarity ?? 0);
  const secs = (performance.now() - t1) / 1000;

  let top1 = 0;
  let top3 = 0;
  const firstCorrectSims: number[] = [];
  input.claims.forEach((c, i) => {
    const r = claimTop[i];
    if (r[0]?.url === c.expectedUrl) {
      top1++;
      firstCorrectSims.push(r[0].similarity);
    }
    if (r.some((m) => m.url === c.expectedUrl)) top3++;
  });
  const nClaims = Math.max(1, input.claims.length);
  const nNeg = Math.max(1, input.negatives.length);
  const at = (th: number) => ({
    threshold: th,
    recall: firstCorrectSims.filter((s) => s >= th).length / nClaims,
    negativeAttachRate: negTop.filter((s) => s >= th).length / nNeg,
  });
  const main = at(threshold);
  return {
    indexed: index.size,
    claims: input.claims.length,
    negatives: input.negatives.length,
    threshold,
    top1: top1 / nClaims,
    top3: top3 / nClaims,
    recallAtThreshold: main.recall,
    negativeAttachRate: main.negativeAttachRate,
    docsPerSec: (input.claims.length + input.negatives.length) / Math.max(secs, 1e-9),
    buildMs,
    sweep: sweepAt.map(at),
  };
}
