// Applying a human correction to an analysis (pure): each field maps onto the analysis fields the
// facets, maps, alerts and exports already read, so a corrected mention counts as corrected
// everywhere without any of them knowing about corrections.
import type { Analysis, RegionTag, SentimentLabel } from './types.js';
import { emptyAnalysis } from './types.js';
import type { CorrectionField } from './web.js';

/** The analysis value a field stands for (what undo restores). */
export function fieldValue(a: Analysis | undefined, field: CorrectionField): unknown {
  const x = a ?? emptyAnalysis();
  switch (field) {
    case 'sentiment':
      return x.sentiment?.label ?? 'neutral';
    case 'topic':
      return [...(x.topics ?? [])];
    case 'place':
      return (x.regions ?? []).map((r) => ({ ...r }));
    case 'hoax':
      return Boolean(x.hoax?.flagged);
  }
}

/**
 * The analysis with `field` set to `value`. `value` is a correction's value (a topic id) or a
 * machine value from fieldValue (a topic list); both are accepted.
 */
export function withField(a: Analysis | undefined, field: CorrectionField, value: unknown): Analysis {
  const x: Analysis = structuredClone(a ?? emptyAnalysis());
  switch (field) {
    case 'sentiment':
      x.sentiment = { label: value as SentimentLabel, score: x.sentiment?.score ?? 0 };
      break;
    case 'topic':
      x.topics = Array.isArray(value) ? [...(value as string[])] : [String(value)];
      break;
    case 'place':
      x.regions = (value as RegionTag[]).map((r) => ({ ...r }));
      break;
    case 'hoax':
      x.hoax = { ...(x.hoax ?? { score: 0, indicators: [], debunks: [] }), flagged: Boolean(value) };
      break;
  }
  return x;
}

/** What applying corrections needs of one: its field and value (a Correction has both). */
export type AppliedCorrection = { field: CorrectionField; value: unknown };

/**
 * A mention's analysis with its active corrections applied, oldest first (the newest of a field
 * wins). The one definition every backend writes a corrected mention with.
 */
export function applyCorrections(a: Analysis | undefined, active: readonly AppliedCorrection[]): Analysis | undefined {
  let x = a;
  for (const c of active) x = withField(x, c.field, c.value);
  return x;
}

/**
 * A mention about to be stored with its active corrections applied. When the item brings an
 * analysis of its own (`fresh`: a re-analysis, a re-import), that analysis's value of each corrected
 * field is what the analyzers say now: returned as the corrections' new machine value (undo restores
 * it). Without a fresh analysis the machine values stand.
 */
export function correctMention<M extends { analysis?: Analysis }>(
  m: M,
  active: readonly AppliedCorrection[],
  fresh: boolean,
): { mention: M; machine: Map<CorrectionField, unknown> } {
  const machine = new Map<CorrectionField, unknown>();
  if (!active.length) return { mention: m, machine };
  if (fresh) for (const c of active) if (!machine.has(c.field)) machine.set(c.field, fieldValue(m.analysis, c.field));
  return { mention: { ...m, analysis: applyCorrections(m.analysis, active) }, machine };
}

/**
 * The analysis after undoing a correction: the field back to the analyzers' value, then the
 * remaining active corrections over it. A machine value not known yet (null: the correction was made
 * while the mention's document could not be read) leaves the field to the remaining corrections.
 */
export function undoneAnalysis(a: Analysis | undefined, undone: { field: CorrectionField; machine: unknown }, remaining: readonly AppliedCorrection[]): Analysis | undefined {
  const back = undone.machine === null || undone.machine === undefined ? a : withField(a, undone.field, undone.machine);
  return applyCorrections(back, remaining);
}
