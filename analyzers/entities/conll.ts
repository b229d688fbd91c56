// Reading BIO-tagged NER files (token TAB tag, blank line between sentences) and scoring entity spans.
// Used by scripts/train-ner.ts and by the tests that measure against ../shared when it is present.
import type { Tag } from './features.js';

export interface TaggedSentence {
  words: string[];
  tags: Tag[];
}

const MAP: Record<string, string> = {
  PERSON: 'PER',
  ORGANISATION: 'ORG',
  ORGANIZATION: 'ORG',
  PLACE: 'LOC',
  LOCATION: 'LOC',
};

export function parseConll(text: string): TaggedSentence[] {
  const out: TaggedSentence[] = [];
  let cur: TaggedSentence = { words: [], tags: [] };
  for (const line of text.split(/\r?\n/)) {
    if (!line.trim()) {
      if (cur.words.length) out.push(cur);
      cur = { words: [], tags: [] };
      continue;
    }
    const [w, raw] = line.split('\t');
    if (!w) continue;
    let tag = 'O';
    const m = /^([BI])-(\w+)$/.exec(raw?.trim() ?? '');
    if (m && MAP[m[2]!]) tag = `${m[1]}-${MAP[m[2]!]}`;
    cur.words.push(w);
    cur.tags.push(tag as Tag);
  }
  if (cur.words.length) out.push(cur);
  return out;
}

/** Entity spans "type:start:end" from BIO tags (an I- without a matching B- starts a new span). */
export function spans(tags: readonly string[]): string[] {
  const out: string[] = [];
  let type = '';
  let start = -1;
  const close = (end: number): void => {
    if (start >= 0) out.push(`${type}:${start}:${end}`);
    start = -1;
  };
  tags.forEach((t, i) => {
    if (t === 'O') return close(i);
    const [bi, ty] = t.split('-') as [string, string];
    if (bi === 'B' || ty !== type || start < 0) {
      close(i);
      type = ty;
      start = i;
    }
  });
  close(tags.length);
  return out;
}

export interface F1 {
  precision: number;
  recall: number;
  f1: number;
  tp: number;
  fp: number;
  fn: number;
}

/** Exact-span entity-level precision/recall/F1 per type. */
export function entityF1(gold: string[][], pred: string[][], types: string[]): Record<string, F1> {
  const res: Record<string, F1> = {};
  for (const ty of types) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const gs = new Set(spans(g).filter((s) => s.startsWith(ty + ':')));
      const ps = new Set(spans(pred[i]!).filter((s) => s.startsWith(ty + ':')));
      for (const s of ps) {
        if (gs.has(s)) tp++;
        else fp++;
      }
      for (const s of gs) if (!ps.has(s)) fn++;
    });
    const precision = tp + fp ? tp / (tp + fp) : 0;
    const recall = tp + fn ? tp / (tp + fn) : 0;
    res[ty] = { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, tp, fp, fn };
  }
  return res;
}
