// The shape of one fact of the office's fact base, checked the same way wherever a fact comes from
// (a YAML or CSV file, the Store's upsertFacts, an API later): one place decides what a usable fact
// is, and every problem is one line naming the fact and the field.
import type { Fact } from './types.js';

const isObj = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

const ID = /^[\p{L}\p{N}][\p{L}\p{N}._:-]{0,199}$/u;
const CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

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

