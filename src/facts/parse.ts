// Reading the office's fact base from YAML or CSV. A YAML file is a list of facts (or {facts: […]});
// a fact is {id, statement, figures?, date, source_url, opd, tags?, regions?}, figures a map of
// label → value. A CSV has the same columns, with `figures` as "label: value; label: value" (or a
// JSON object), `tags` and `regions` separated by ";" or ",". A fact that cannot be used is reported
// with its place in the file (YAML item number or CSV line) and the others are kept.
import { parse as parseCsv } from 'csv-parse/sync';
import { parseDocument } from 'yaml';
import type { Fact } from '../core/types.js';

export interface FactProblem {
  /** "item 3" (YAML) or "line 7" (CSV). */
  where: string;
  reason: string;
}

export interface ParsedFacts {
  facts: Fact[];
  problems: FactProblem[];
}

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,199}$/u;
const CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function list(v: unknown): string[] {
  if (v === undefined || v === null || v === '') return [];
  if (Array.isArray(v)) return v.map((x) => str(x)).filter((x): x is string => !!x);
  const s = str(v);
  return s ? s.split(/[;,]/).map((x) => x.trim()).filter(Boolean) : [];
}

/** "1.200" (id-ID thousands) and "18,5" (id-ID decimal) as numbers; anything else stays text. */
export function figureValue(v: unknown): number | string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  const s = str(v);
  if (!s) return undefined;
  if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) return Number(s.replace(/\./g, ''));
  if (/^-?\d+,\d+$/.test(s)) return Number(s.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/.test(s)) return Number(s);
  return s;
}

function figures(v: unknown): Record<string, number | string> | string | undefined {
  if (v === undefined || v === null || v === '') return undefined;
  let obj: unknown = v;
  if (typeof v === 'string') {
    const t = v.trim();
    if (t.startsWith('{')) {
      try {
        obj = JSON.parse(t);
      } catch {
        return '"figures" is not valid JSON';
      }
    } else {
      obj = Object.fromEntries(
        t.split(';').map((p) => p.trim()).filter(Boolean).map((p) => {
          const i = p.lastIndexOf(':') >= 0 ? p.lastIndexOf(':') : p.lastIndexOf('=');
          return i > 0 ? [p.slice(0, i).trim(), p.slice(i + 1).trim()] : [p, ''];
        }),
      );
    }
  }
  if (!isObj(obj)) return '"figures" must be a map of label → value';
  const out: Record<string, number | string> = {};
  for (const [k, x] of Object.entries(obj)) {
    const val = figureValue(x);
    if (!k.trim() || val === undefined || val === '') return `"figures.${k}" has no value`;
    out[k.trim()] = val;
  }
  return out;
}

function day(v: unknown): string | undefined {
  const s = v instanceof Date ? v.toISOString().slice(0, 10) : str(v);
  if (!s) return undefined;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (!m) return undefined;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]! ? `${m[1]}-${m[2]}-${m[3]}` : undefined;
}

/** One fact from a record, or why it is unusable. */
export function factFromRecord(r: unknown): Fact | string {
  if (!isObj(r)) return 'expected a mapping {id, statement, date, source_url, opd, …}';
  const id = str(r.id);
  if (!id) return 'no "id"';
  if (!ID.test(id)) return `"id" "${id.slice(0, 60)}": expected letters, digits, ".", "_", ":" or "-"`;
  const statement = str(r.statement)?.replace(/\s+/g, ' ');
  if (!statement) return `${id}: no "statement"`;
  const date = day(r.date);
  if (!date) return `${id}: "date" must be a date YYYY-MM-DD, got ${JSON.stringify(r.date ?? null)}`;
  const url = str(r.source_url ?? r.sourceUrl ?? r.source);
  if (!url || !/^https?:\/\/\S+$/i.test(url)) return `${id}: "source_url" must be an http(s) URL, got ${JSON.stringify(url ?? null)}`;
  const opd = str(r.opd);
  if (!opd) return `${id}: no "opd" (the agency the fact is from)`;
  const fig = figures(r.figures);
  if (typeof fig === 'string') return `${id}: ${fig}`;
  const regions = list(r.regions);
  const bad = regions.find((c) => !CODE.test(c));
  if (bad) return `${id}: "regions" holds "${bad}", expected Kemendagri codes such as 15.71 or 15.71.03.1010`;
  const known = new Set(['id', 'statement', 'figures', 'date', 'source_url', 'sourceUrl', 'source', 'opd', 'tags', 'regions']);
  const extra = Object.keys(r).find((k) => !known.has(k));
  if (extra) return `${id}: unknown field "${extra}"`;
  const fact: Fact = { id, statement, date, source_url: url, opd, tags: list(r.tags), regions };
  if (fig && Object.keys(fig).length) fact.figures = fig;
  return fact;
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
