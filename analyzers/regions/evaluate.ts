// Scoring region tags against labelled sentences, per level: used by the unit test on the
// hand-written fixture and handy for measuring a change on any other labelled set.
import type { RegionTag } from '../../src/core/types.js';

export interface LabelledSentence {
  text: string;
  /** Expected Kemendagri codes, any level. */
  regions: string[];
  home?: string;
}

export interface LevelScore {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
}

export function levelOf(code: string): RegionTag['level'] {
  const n = code.split('.').length;
  return n === 1 ? 'province' : n === 2 ? 'regency' : n === 3 ? 'district' : 'village';
}

export interface Scored {
  byLevel: Record<RegionTag['level'] | 'minor', LevelScore>;
  errors: { text: string; missing: string[]; extra: string[] }[];
}

export function score(rows: LabelledSentence[], tag: (row: LabelledSentence) => RegionTag[]): Scored {
  const keys = ['province', 'regency', 'district', 'village', 'minor'] as const;
  const c = Object.fromEntries(keys.map((k) => [k, { tp: 0, fp: 0, fn: 0 }])) as Record<(typeof keys)[number], { tp: number; fp: number; fn: number }>;
  const errors: Scored['errors'] = [];
  for (const row of rows) {
    const got = new Set(tag(row).map((t) => t.code));
    const want = new Set(row.regions);
    const bump = (code: string, field: 'tp' | 'fp' | 'fn'): void => {
      const lvl = levelOf(code);
      c[lvl][field]++;
      if (lvl === 'district' || lvl === 'village') c.minor[field]++;
    };
    for (const g of got) bump(g, want.has(g) ? 'tp' : 'fp');
    for (const w of want) if (!got.has(w)) bump(w, 'fn');
    const missing = [...want].filter((w) => !got.has(w));
    const extra = [...got].filter((g) => !want.has(g));
    if (missing.length || extra.length) errors.push({ text: row.text, missing, extra });
  }
  const fin = (x: { tp: number; fp: number; fn: number }): LevelScore => ({
    ...x,
    precision: x.tp + x.fp === 0 ? 1 : x.tp / (x.tp + x.fp),
    recall: x.tp + x.fn === 0 ? 1 : x.tp / (x.tp + x.fn),
  });
  return { byLevel: Object.fromEntries(keys.map((k) => [k, fin(c[k])])) as Scored['byLevel'], errors };
}
