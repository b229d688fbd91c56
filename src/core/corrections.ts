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
