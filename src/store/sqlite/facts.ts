// Fact rows: validation (the same rules as the fact file reader, so a fact written through the
// Store by any caller is as clean as an imported one), the row's content hash for "unchanged", and
// the in-code filter of listFacts.
import { factFromRecord } from '../../core/facts.js';
import type { Fact, FactQuery } from '../../core/types.js';
import { hashParts } from './hash.js';
import { InvalidItem } from './rows.js';

export function normalizeFact(input: unknown): Fact {
  const f = factFromRecord(input);
  if (typeof f === 'string') throw new InvalidItem(f);
  return f;
}

/** Canonical JSON of a fact (keys in a fixed order), so the same fact always hashes the same. */
export function factJson(f: Fact): string {
  const out: Fact = { id: f.id, statement: f.statement, date: f.date, source_url: f.source_url, opd: f.opd, tags: [...f.tags], regions: [...f.regions] };
  if (f.figures) out.figures = Object.fromEntries(Object.entries(f.figures).sort((a, b) => (a[0] < b[0] ? -1 : 1)));
  return JSON.stringify(out);
}

export function factHash(json: string): string {
  return hashParts(['fact/1', json]);
}

const related = (a: string, b: string): boolean => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);

export function factMatches(f: Fact, q: FactQuery): boolean {
  if (q.tag !== undefined && !f.tags.some((t) => t.toLowerCase() === q.tag!.toLowerCase())) return false;
  if (q.opd !== undefined && f.opd.toLowerCase() !== q.opd.toLowerCase()) return false;
  if (q.region !== undefined && !f.regions.some((r) => related(r, q.region!))) return false;
  return true;
}
