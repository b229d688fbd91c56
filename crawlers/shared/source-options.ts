// A source's `options` is free-form in the config file; each kind declares what it takes as a zod
// schema beside its crawler (crawlers/<kind>/options.ts). The same schema is used twice: src/cli
// validates every source at load (crawlers/options.ts is the registry it passes to loadConfig), and
// the crawler reads its settings through parseSourceOptions — one definition of names, types,
// bounds and defaults, and the same "key: expected X, got Y" message wherever a mistake is caught.
import { z } from 'zod';
import { formatConfigIssues, parseEvery } from '../../src/core/config.js';
import { ConfigError } from '../../src/core/errors.js';
import type { Source } from '../../src/core/types.js';

/** YAML users write `key:` or `key: ''` to mean "not set"; treat both as absent, like a missing key. */
function blank(v: unknown): unknown {
  return v === '' || v === null ? undefined : v;
}

function numberSchema(o: { min?: number; integer?: boolean; max?: number }) {
  const min = o.min ?? 0;
  const what = `${o.integer ? 'a whole number' : 'a number'} ≥ ${min}${o.max !== undefined ? ` and ≤ ${o.max}` : ''}`;
  const msg = { error: `expected ${what}` };
  let n = z.number(msg).min(min, msg);
  if (o.integer) n = n.int(msg);
  if (o.max !== undefined) n = n.max(o.max, msg);
  return n;
}

function numeric(v: unknown): unknown {
  const b = blank(v);
  return typeof b === 'string' && /^\s*\d+(\.\d+)?\s*$/.test(b) ? Number(b) : b;
}

/** A number (a numeric string such as "7" is accepted too) ≥ min, integer if asked; absent = `dflt`. */
export function num(o?: { min?: number; integer?: boolean; max?: number }): z.ZodType<number | undefined>;
export function num(o: { min?: number; integer?: boolean; max?: number }, dflt: number): z.ZodType<number>;
export function num(o: { min?: number; integer?: boolean; max?: number } = {}, dflt?: number): z.ZodType<number | undefined> {
  const n = numberSchema(o);
  return z.preprocess(numeric, dflt === undefined ? n.optional() : n.default(dflt));
}

/** A non-empty string; absent or '' = not set. */
export function str(what = 'a string') {
  return z.preprocess(blank, z.string({ error: `expected ${what}` }).optional());
}

/** An identifier the platform gives as digits: numbers written without quotes are accepted. */
export function idString(what: string) {
  return z.preprocess((v) => {
    const b = blank(v);
    return typeof b === 'number' && Number.isFinite(b) ? String(b) : b;
  }, z.string({ error: `expected ${what}` }).optional());
}

/** A required string: missing says what it is for. */
export function requiredString(why: string) {
  return z.preprocess(
    (v) => {
      const b = blank(v);
      return typeof b === 'number' && Number.isFinite(b) ? String(b) : b;
    },
    z.string({ error: (iss) => (iss.input === undefined ? `required (${why})` : `expected a string (${why})`) }),
  );
}

export function bool(): z.ZodType<boolean | undefined>;
export function bool(dflt: boolean): z.ZodType<boolean>;
export function bool(dflt?: boolean): z.ZodType<boolean | undefined> {
  const b = z.boolean({ error: 'expected true or false' });
  return z.preprocess((v) => (v === null ? undefined : v), dflt === undefined ? b.optional() : b.default(dflt));
}

/** An http(s) URL (apiBase: a proxy or a test server). */
export function httpUrl() {
  return z.preprocess(blank, z.string({ error: 'expected an http(s) URL' }).regex(/^https?:\/\/\S+$/i, { error: 'expected an http(s) URL' }).optional());
}

/**
 * Keys the owned-channel audit reads from any source (`pantau audit channels`): the posting
 * cadence it expects and the answer deadline. src/audit parses their values; here they are only
 * declared so that they are not "unknown" and have the right type.
 */
export const auditOptionShape = {
  cadence: z.preprocess(
    blank,
    z
      .union([z.string(), z.number()], { error: 'expected a duration like "1d" or "12h"' })
      .refine((v) => {
        try {
          return parseEvery(v) > 0;
        } catch {
          return false;
        }
      }, { error: (iss) => `expected a duration like "1d" or "12h", got ${JSON.stringify(iss.input)}` })
      .optional(),
  ),
  answerDeadlineDays: num({ integer: true }),
};

/** A kind's options schema: its own keys plus the audit keys, unknown keys rejected. */
export function optionsSchema<T extends z.ZodRawShape>(shape: T) {
  return z.object({ ...auditOptionShape, ...shape }).strict();
}

const parsed = new WeakMap<object, Map<z.ZodType, unknown>>();

/**
 * The source's options read through its kind's schema (cached per options object). A mistake is a
 * ConfigError naming the source and the key, e.g.
 * `sources[id=komdigi].options.linkSelector: required (…)`; loading the config reports the same
 * problem earlier as `FILE: sources[7].options.linkSelector: …`.
 */
export function parseSourceOptions<S extends z.ZodType>(schema: S, source: Source): z.output<S> {
  const options = source.options ?? {};
  let bySchema = parsed.get(options);
  if (bySchema?.has(schema)) return bySchema.get(schema) as z.output<S>;
  const r = schema.safeParse(options);
  if (!r.success) throw new ConfigError(formatConfigIssues(r.error, options, [`sources[id=${source.id}]`, 'options'], schema));
  if (!bySchema) parsed.set(options, (bySchema = new Map()));
  bySchema.set(schema, r.data);
  return r.data;
}
