// Reading the office's fact base from YAML or CSV. A YAML file is a list of facts (or {facts: […]});
// a fact is {id, statement, figures?, date, source_url, opd, tags?, regions?}, figures a map of
// label → value. A CSV has the same columns, with `figures` as "label: value; label: value" (or a
// JSON object), `tags` and `regions` separated by ";" or ",". A fact that cannot be used is reported
// with its place in the file (YAML item number or CSV line) and the others are kept.
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import { factFromRecord } from '../core/facts.js';
import type { Fact } from '../core/types.js';

export { factFromRecord, figureValue } from '../core/facts.js';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

export interface FactProblem {
  /** "item 3" (YAML) or "line 7" (CSV). */
  where: string;
  reason: string;
}

export interface ParsedFacts {
  facts: Fact[];
  problems: FactProblem[];
}

export function parseFactsYaml(text: string): ParsedFacts {
  const doc = parseDocument(text, { prettyErrors: false });
  if (doc.errors.length) throw new Error(`not valid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  let items: unknown = doc.toJS({ maxAliasCount: 100 });
  if (isObj(items) && Array.isArray(items.facts)) items = items.facts;
  if (items === null || items === undefined) items = [];
  if (!Array.isArray(items)) throw new Error('expected a list of facts (or a mapping with a "facts" list)');
  return collect(items.map((r, i) => ({ where: `item ${i + 1}`, r })));
}

export function parseFactsCsv(text: string): ParsedFacts {
  const body = text.replace(/^\uFEFF/, '');
  const first = body.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = [';', '\t', ','].sort((a, b) => first.split(b).length - first.split(a).length)[0]!;
  const rows = parseCsv(body, { columns: true, delimiter, skip_empty_lines: true, relax_column_count: true, trim: true, info: true }) as {
    record: Record<string, string>;
    info: { lines: number };
  }[];
  return collect(rows.map((x) => ({ where: `line ${x.info.lines}`, r: x.record })));
}

function collect(items: { where: string; r: unknown }[]): ParsedFacts {
  const facts: Fact[] = [];
  const problems: FactProblem[] = [];
  const seen = new Map<string, string>();
  for (const { where, r } of items) {
    const f = factFromRecord(r);
    if (typeof f === 'string') problems.push({ where, reason: f });
    else if (seen.has(f.id)) problems.push({ where, reason: `${f.id}: the same id as ${seen.get(f.id)} (ids must be unique; the first is kept)` });
    else {
      seen.set(f.id, where);
      facts.push(f);
    }
  }
  return { facts, problems };
}

/** By extension: .csv/.tsv are CSV, everything else YAML (JSON is YAML too). */
export function parseFactsFile(name: string, text: string): ParsedFacts {
  return /\.(csv|tsv|txt)$/i.test(name) ? parseFactsCsv(text) : parseFactsYaml(text);
}
