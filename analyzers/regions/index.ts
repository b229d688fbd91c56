// Region analyzer: tags provinces, regencies/cities, kecamatan and kelurahan/desa with Kemendagri
// codes. Only places named in the text are emitted; parents are not added (a kelurahan tag does not
// also emit its kota), because the codes are hierarchical and any roll-up can be done by prefix
// ("15.71.01.1004" is in "15.71"), and implicit parents would inflate counts of mentions.
import type { Analysis, AnalyzeDoc, Analyzer, RegionTag } from '../../src/core/types.js';
import { loadGazetteer } from './gazetteer.js';
import { findMentions } from './match.js';
import { resolveMentions } from './resolve.js';
import { tokenize } from './tokenize.js';

export interface RegionAnalyzerOptions {
  /** Kemendagri code of the office's region, e.g. "15.71" (Kota Jambi). Its kecamatan and kelurahan are tagged on weaker cues. */
  homeRegion?: string;
  /** Longest text analysed, in characters; the rest is ignored to bound the cost of huge pages. */
  maxChars?: number;
}

export const REGIONS_VERSION = '1.0.0';

/** Tag the places in a piece of text (title and body joined by the caller). */
export function tagRegions(text: string, homeRegion?: string): RegionTag[] {
  const gaz = loadGazetteer();
  const tokens = tokenize(text);
  const resolved = resolveMentions(findMentions(tokens, gaz), homeRegion);
  const seen = new Set<string>();
  const out: RegionTag[] = [];
  for (const r of resolved) {
    if (seen.has(r.place.code)) continue;
    seen.add(r.place.code);
    const from = tokens[r.mention.matchFirst]!.start;
    const to = tokens[r.mention.last]!.end;
    out.push({ code: r.place.code, name: r.place.name, level: r.place.level, match: text.slice(from, to) });
  }
  return out;
}

export function createRegionAnalyzer(opts: RegionAnalyzerOptions = {}): Analyzer {
  const home = opts.homeRegion?.trim() || undefined;
  const maxChars = opts.maxChars ?? 200_000;
  if (home) {
    const gaz = loadGazetteer();
    if (!gaz.byCode.has(home)) throw new Error(`analysis.homeRegion: unknown Kemendagri code "${home}"`);
  }
  return {
    name: 'regions',
    version: REGIONS_VERSION,
    analyze(doc: AnalyzeDoc, _soFar: Analysis): Partial<Analysis> {
      // The title is its own sentence: a line break keeps its last word from joining the body's first.
      const text = (doc.title ? doc.title + '\n\n' : '') + (doc.text ?? '');
      return { regions: tagRegions(text.length > maxChars ? text.slice(0, maxChars) : text, home) };
    },
  };
}

export { loadGazetteer, placesUnder } from './gazetteer.js';
