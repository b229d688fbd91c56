// Measures hoax triage: how well the score separates circulated hoax claims from ordinary text, and
// what share of each set the flag (score ≥ threshold) catches. Per ordinary set and pooled, because
// the office's mix of news, posts and reviews is its own.
import { rocAuc } from '../shared/metrics.js';
import type { TriageDoc } from './triage-data.js';

export interface TriageSetFigure {
  set: string;
  n: number;
  /** Share of the set with score ≥ threshold. */
  flagged: number;
  /** ROC-AUC of this ordinary set against all hoax claims (absent for the hoax set itself). */
  auc?: number;
}

export interface TriageReport {
  threshold: number;
  hoaxes: number;
  ordinary: number;
  /** ROC-AUC of hoax claims against all ordinary texts pooled. */
  auc: number;
  /** Share of hoax claims flagged. */
  hoaxFlagged: number;
  /** Share of ordinary texts flagged (pooled). */
  ordinaryFlagged: number;
  sets: TriageSetFigure[];
}

/** `flags`: the analyzer's hoax.flagged per document (default: score ≥ threshold). */
export function triageReport(docs: readonly TriageDoc[], scores: readonly number[], threshold: number, flags?: readonly boolean[]): TriageReport {
  const sets = [...new Set(docs.map((d) => d.set))];
  const hoaxIdx = docs.map((_, i) => i).filter((i) => docs[i].label === 1);
  const ordIdx = docs.map((_, i) => i).filter((i) => docs[i].label === 0);
  const isFlagged = (i: number): boolean => (flags ? flags[i] : scores[i] >= threshold);
  const share = (idx: number[]): number => (idx.length ? idx.filter(isFlagged).length / idx.length : 0);
  const aucOf = (neg: number[]): number => rocAuc([...hoaxIdx.map(() => 1), ...neg.map(() => 0)], [...hoaxIdx.map((i) => scores[i]), ...neg.map((i) => scores[i])]);
  return {
    threshold,
    hoaxes: hoaxIdx.length,
    ordinary: ordIdx.length,
    auc: hoaxIdx.length && ordIdx.length ? aucOf(ordIdx) : NaN,
    hoaxFlagged: share(hoaxIdx),
    ordinaryFlagged: share(ordIdx),
    sets: sets.map((s) => {
      const idx = docs.map((_, i) => i).filter((i) => docs[i].set === s);
      const ordinary = idx.every((i) => docs[i].label === 0);
      return { set: s, n: idx.length, flagged: share(idx), ...(ordinary && hoaxIdx.length ? { auc: aucOf(idx) } : {}) };
    }),
  };
}

export function formatTriageReport(r: TriageReport): string {
  const p = (x: number): string => `${(100 * x).toFixed(1)}%`;
  const lines = [
    `hoax claims ${r.hoaxes} vs ordinary ${r.ordinary}: ROC-AUC ${r.auc.toFixed(3)}; hoax.flagged (score ≥ ${r.threshold}): hoaxes ${p(r.hoaxFlagged)}, ordinary ${p(r.ordinaryFlagged)}`,
  ];
  for (const s of r.sets) lines.push(`  ${s.set.padEnd(10)} n ${String(s.n).padStart(5)}  flagged ${p(s.flagged).padStart(6)}${s.auc !== undefined ? `  AUC vs hoaxes ${s.auc.toFixed(3)}` : ''}`);
  return lines.join('\n');
}
