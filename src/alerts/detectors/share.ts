// Share shift: the negative share of one key (issue, topic) in the window rising by `rise` over its
// own recent level (the days before the window). Needs enough mentions on both sides to mean
// anything, and a binomial test against the usual share so a small window's noise does not pass.
import type { AlertCountSum } from '../../core/alerts.js';
import { binomialUpperTail } from '../stats.js';

export interface ShareParams {
  rise: number;
  minShare: number;
  minTotal: number;
  minRecent: number;
}

export interface ShareVerdict {
  firing: boolean;
  calm: boolean;
  share: number;
  /** The key's recent negative share (smoothed). */
  usual: number;
  pValue: number;
  level: number;
}

const SIGNIFICANCE = 0.01;

export function shareVerdict(window: AlertCountSum, recent: AlertCountSum, p: ShareParams): ShareVerdict {
  const share = window.total ? window.negative / window.total : 0;
  const usual = (recent.negative + 1) / (recent.total + 2);
  const pValue = binomialUpperTail(window.negative, window.total, Math.min(0.999, usual));
  const firing =
    window.total >= p.minTotal && recent.total >= p.minRecent && share >= p.minShare && share - usual >= p.rise && pValue <= SIGNIFICANCE;
  const calm = !firing && (window.total < p.minTotal / 2 || share - usual < p.rise / 2);
  return { firing, calm, share, usual, pValue, level: window.negative };
}
