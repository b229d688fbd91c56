// Store.aggregate on SQLite: counts by up to two facets and then by local hour or day, with the
// negative count beside each, shaped and truncated exactly as Elasticsearch's nested
// terms → terms → date_histogram (+ filter) answer would be: each level is one GROUP BY over the
// filtered mentions, restricted to the parents kept by the level above, so a multi-valued facet
// (region, entity, …) counts each mention once per value and parents count distinct mentions.
import type Database from 'better-sqlite3';
import { bucketOrder, checkAggregate } from '../../core/query.js';
import { fixedOffsetMs, localDay, localHour, startOfLocalDay, wallTimeToUtc } from '../../core/time.js';
import type { AggregateBucket, AggregateRequest, AggregateResult, FacetField } from '../../core/types.js';
import { FACET_CODE } from './facet-index.js';
import { compileFilter, type FacetPlanner } from './query.js';

const SCALAR: Partial<Record<FacetField, string>> = {
  source: 'm.source_id',
  kind: 'm.kind',
  sentiment: 'm.sentiment',
  language: 'm.lang',
  owned: "CASE m.owned WHEN 1 THEN 'true' ELSE 'false' END",
  hoaxFlagged: "CASE m.hoax_flagged WHEN 1 THEN 'true' ELSE 'false' END",
  cluster: 'm.cluster_id',
  issue: 'm.issue_id',
};
const MULTI: Partial<Record<FacetField, string>> = FACET_CODE;

const UNIT = { hour: 3_600_000, day: 86_400_000 } as const;

/** SQL function for zones with daylight saving, where no constant offset gives local days. */
export const BUCKET_FN = 'pantau_bucket_start';

export function registerBucketFunction(db: Database.Database): void {
  db.function(BUCKET_FN, { deterministic: true }, (ms: unknown, unit: unknown, zone: unknown) => {
    if (typeof ms !== 'number' && typeof ms !== 'bigint') return null;
    return bucketStart(Number(ms), unit as 'hour' | 'day', zone as string);
  });
}

/** First instant of the local hour or day containing `ms`. */
function bucketStart(ms: number, unit: 'hour' | 'day', zone: string): number {
  if (unit === 'day') return startOfLocalDay(localDay(ms, zone), zone);
  const h = localHour(ms, zone); // YYYY-MM-DDTHH
  return wallTimeToUtc(zone, +h.slice(0, 4), +h.slice(5, 7), +h.slice(8, 10), +h.slice(11, 13));
}

interface Level {
  kind: 'facet' | 'time';
  /** SQL expression of the key. */
  expr: string;
  join?: string;
  field?: FacetField;
}

type Row = { k1?: unknown; k2?: unknown; k3?: unknown; count: number; negative: number };

export function aggregate(
  prepare: (sql: string) => Database.Statement,
  req: AggregateRequest,
  defaultZone: string,
  planner?: FacetPlanner,
): AggregateResult {
  const a = checkAggregate(req, defaultZone);
  const f = compileFilter(req.filter ?? {}, defaultZone, planner);
  const levels: Level[] = a.by.map((field, i) => {
    const scalar = SCALAR[field];
    if (scalar) return { kind: 'facet', expr: scalar, field };
    const alias = `j${i + 1}`;
    return { kind: 'facet', expr: `${alias}.value`, join: `JOIN json_each(m.facets, '$.${MULTI[field]}') ${alias}`, field };
  });
  if (a.interval) {
    const col = a.timeField === 'stored' ? 'm.stored_ms' : 'm.sort_ms';
    const unit = UNIT[a.interval];
    const off = fixedOffsetMs(a.timeZone);
    // Integer arithmetic with the zone's constant offset (every Indonesian zone); a JS function only
    // for zones with daylight saving. The double modulo keeps instants before 1970 in the right bucket.
    const expr =
      off !== undefined
        ? `((${col} + ${off}) - (((${col} + ${off}) % ${unit}) + ${unit}) % ${unit} - ${off})`
        : `${BUCKET_FN}(${col}, '${a.interval}', '${a.timeZone.replace(/'/g, "''")}')`;
    levels.push({ kind: 'time', expr });
  }

  const neg = "coalesce(sum(m.sentiment = 'negative'), 0)";
  const total = prepare(`SELECT count(*) AS count, ${neg} AS negative FROM ${f.from} ${f.where}`).get(...f.params) as Row;
  const result: AggregateResult = { count: total.count, negative: total.negative, buckets: [] };
  if (!levels.length || total.count === 0) return result;

  const timeKey = (start: number): string => (a.interval === 'hour' ? localHour(start, a.timeZone) : localDay(start, a.timeZone));
  const keyOf = (lv: Level, v: unknown): string => (lv.kind === 'time' ? timeKey(Number(v)) : String(v));
  const sort = (lv: Level, bs: AggregateBucket[]): AggregateBucket[] =>
    lv.kind === 'time' ? bs.sort((x, y) => Date.parse(x.start!) - Date.parse(y.start!)) : bs.sort(bucketOrder).slice(0, a.size);
  const bucket = (lv: Level, v: unknown, r: Row, last: boolean): AggregateBucket => {
    const b: AggregateBucket = { key: keyOf(lv, v), count: r.count, negative: r.negative };
    if (lv.kind === 'time') b.start = new Date(Number(v)).toISOString();
    if (!last) b.buckets = [];
    return b;
  };

  // parents[d] = the kept key values of level d (raw SQL values), to restrict the next level's query.
  const kept: unknown[][] = [];
  let tree = new Map<string, AggregateBucket>(); // path of raw keys → bucket
  for (let d = 1; d <= levels.length; d++) {
    const used = levels.slice(0, d);
    const keys = used.map((lv, i) => `${lv.expr} AS k${i + 1}`).join(', ');
    const joins = used.map((lv) => lv.join ?? '').filter(Boolean).join(' ');
    const conds = used.map((lv) => `${lv.expr} IS NOT NULL`);
    const params = [...f.params];
    // Restrict to the parents kept so far (one JSON parameter per level, so the SQL shape is stable).
    for (let i = 0; i < d - 1; i++) {
      if (levels[i]!.kind === 'time') continue;
      conds.push(`${levels[i]!.expr} IN (SELECT value FROM json_each(?))`);
      params.push(JSON.stringify(kept[i]));
    }
    const where = f.where ? `${f.where} AND ${conds.join(' AND ')}` : `WHERE ${conds.join(' AND ')}`;
    const groups = used.map((_, i) => `k${i + 1}`).join(', ');
    const rows = prepare(
      `SELECT ${keys}, count(*) AS count, ${neg} AS negative FROM ${f.from} ${joins} ${where} GROUP BY ${groups}`,
    ).all(...params) as Row[];
    const lv = levels[d - 1]!;
    const children = new Map<string, { parent?: AggregateBucket; list: { raw: unknown; b: AggregateBucket }[] }>();
    for (const r of rows) {
      const raw = [r.k1, r.k2, r.k3].slice(0, d);
      const parentPath = JSON.stringify(raw.slice(0, -1));
      const parent = d === 1 ? undefined : tree.get(parentPath);
      if (d > 1 && !parent) continue; // a parent cut by `size`
      let g = children.get(parentPath);
      if (!g) children.set(parentPath, (g = { parent, list: [] }));
      g.list.push({ raw: raw[d - 1], b: bucket(lv, raw[d - 1], r, d === levels.length) });
    }
    const next = new Map<string, AggregateBucket>();
    const keptHere = new Set<unknown>();
    for (const [parentPath, g] of children) {
      const byBucket = new Map(g.list.map((x) => [x.b, x.raw]));
      const sorted = sort(lv, g.list.map((x) => x.b));
      if (g.parent) g.parent.buckets = sorted;
      else result.buckets = sorted;
      const prefix = JSON.parse(parentPath) as unknown[];
      for (const b of sorted) {
        const raw = byBucket.get(b);
        keptHere.add(raw);
        next.set(JSON.stringify([...prefix, raw]), b);
      }
    }
    kept.push([...keptHere]);
    tree = next;
  }
  return result;
}
