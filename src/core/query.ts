// What every Store backend must agree on when it reads a MentionQuery or an AggregateRequest: how
// dates without an offset are read (in the office's zone), which values are valid, and the limits.
// Backends translate the checked, normalized form into SQL or an Elasticsearch request.
import { InputError } from './errors.js';
import { DEFAULT_TIMEZONE, isValidTimeZone, startOfLocalDay, wallTimeToUtc } from './time.js';
import {
  FACET_FIELDS,
  type AggregateRequest,
  type FacetField,
  type MentionKind,
  type OneOrMany,
  type SentimentLabel,
  type TimeField,
} from './types.js';

export const DEFAULT_AGG_SIZE = 10;
export const MAX_AGG_SIZE = 10_000;
export const DEFAULT_SCAN_LIMIT = 500;
export const MAX_SCAN_LIMIT = 10_000;

export const MENTION_KINDS: readonly MentionKind[] = ['news', 'social'];
export const SENTIMENT_LABELS: readonly SentimentLabel[] = ['positive', 'neutral', 'negative'];

/** A filter value as a list (undefined stays undefined: no filter; an empty list matches nothing). */
export function asList<T>(v: OneOrMany<T> | undefined | null): readonly T[] | undefined {
  if (v === undefined || v === null) return undefined;
  return (Array.isArray(v) ? v : [v]) as readonly T[];
}

/** The list of a string-valued filter, every value checked. */
export function stringList(v: OneOrMany<string> | undefined | null, key: string, allowed?: readonly string[]): readonly string[] | undefined {
  const list = asList(v);
  if (!list) return undefined;
  for (const x of list) {
    if (typeof x !== 'string' || x === '') throw new InputError(`invalid "${key}" filter ${JSON.stringify(x)}: expected a non-empty string`);
    if (allowed && !allowed.includes(x)) throw new InputError(`invalid "${key}" filter "${x}": expected ${allowed.join(', ')}`);
  }
  return list;
}

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const LOCAL_DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3})\d*)?)?$/;

/**
 * Epoch ms of a query bound. "2024-05-01" is local midnight and "2024-05-01T08:00" local time in
 * `zone` (as Elasticsearch reads a range with `time_zone`); a value with Z or an offset is that
 * instant. Anything else is an InputError naming the key.
 */
export function parseQueryInstant(value: string | undefined, key: string, zone = DEFAULT_TIMEZONE): number | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value !== 'string') throw new InputError(`invalid "${key}" date ${JSON.stringify(value)}: expected an ISO date like 2024-05-01`);
  const bad = (): never => {
    throw new InputError(`invalid "${key}" date "${value}": expected an ISO date like 2024-05-01 or 2024-05-01T08:00+07:00`);
  };
  const d = DATE.exec(value);
  if (d) {
    const ms = startOfLocalDay(value, zone);
    if (Number.isNaN(ms) || +d[2]! < 1 || +d[2]! > 12 || new Date(Date.UTC(+d[1]!, +d[2]! - 1, +d[3]!)).getUTCDate() !== +d[3]!) bad();
    return ms;
  }
  const t = LOCAL_DATETIME.exec(value);
  if (t) {
    const [, y, mo, da, h, mi, s, frac] = t;
    if (+mo! < 1 || +mo! > 12 || +da! < 1 || +da! > 31 || +h! > 23 || +mi! > 59 || +(s ?? 0) > 59) bad();
    return wallTimeToUtc(zone, +y!, +mo!, +da!, +h!, +mi!, +(s ?? 0)) + (frac ? Number(frac.padEnd(3, '0')) : 0);
  }
  const ms = Date.parse(value);
  if (Number.isNaN(ms) || !/(Z|[+-]\d{2}:?\d{2})$/i.test(value)) bad();
  return ms;
}

export interface CheckedAggregate {
  by: FacetField[];
  size: number;
  interval?: 'hour' | 'day';
  timeField: TimeField;
  timeZone: string;
}

/** Validate an aggregation request; defaults filled in. */
export function checkAggregate(req: AggregateRequest, defaultZone = DEFAULT_TIMEZONE): CheckedAggregate {
  const by = [...(req.by ?? [])];
  if (by.length > 2) throw new InputError(`aggregate: at most two facets, got ${by.length} (${by.join(', ')})`);
  for (const f of by) {
    if (!(FACET_FIELDS as readonly string[]).includes(f)) throw new InputError(`aggregate: unknown facet "${String(f)}": expected ${FACET_FIELDS.join(', ')}`);
  }
  if (by.length === 2 && by[0] === by[1]) throw new InputError(`aggregate: the same facet twice ("${by[0]}")`);
  const size = req.size ?? DEFAULT_AGG_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_AGG_SIZE) throw new InputError(`aggregate: size: expected a whole number 1–${MAX_AGG_SIZE}, got ${String(size)}`);
  if (req.interval !== undefined && req.interval !== 'hour' && req.interval !== 'day') {
    throw new InputError(`aggregate: interval: expected hour or day, got "${String(req.interval)}"`);
  }
  const timeField = req.timeField ?? 'published';
  if (timeField !== 'published' && timeField !== 'stored') throw new InputError(`aggregate: timeField: expected published or stored, got "${String(timeField)}"`);
  const timeZone = req.timeZone ?? defaultZone;
  if (!isValidTimeZone(timeZone)) throw new InputError(`aggregate: timeZone: not an IANA time zone: "${timeZone}"`);
  return { by, size, ...(req.interval ? { interval: req.interval } : {}), timeField, timeZone };
}

/** A page size within [1, max]; default when absent. */
export function pageLimit(v: number | undefined, dflt = DEFAULT_SCAN_LIMIT, max = MAX_SCAN_LIMIT): number {
  if (v === undefined) return dflt;
  if (!Number.isFinite(v) || v < 1) throw new InputError(`limit: expected a whole number ≥ 1, got ${String(v)}`);
  return Math.min(Math.floor(v), max);
}

/** Order of facet buckets: biggest first, then key in code-unit order (as ES sorts `_key`). */
export function bucketOrder(a: { key: string; count: number }, b: { key: string; count: number }): number {
  return b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}
