// One config schema (zod) for the whole program. Every scalar key has a default and an environment
// override PANTAU_<SECTION>_<KEY> (e.g. PANTAU_STORAGE_PATH, PANTAU_CRAWL_USER_AGENT); secrets are
// never read from the file, only from the environment. Errors name the file and the key.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import { alertsSchema, checkAlerts } from './alerts-config.js';
import { parseEvery } from './duration.js';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './time.js';
import { SOURCE_KINDS, type Source } from './types.js';

export { parseEvery } from './duration.js';

const duration = z.union([z.number().positive(), z.string()]).transform((v, ctx) => {
  try {
    return parseEvery(v);
  } catch (e) {
    ctx.addIssue({ code: 'custom', message: (e as Error).message });
    return z.NEVER;
  }
});

const sourceSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9._-]*$/i, 'expected an id of letters, digits, ".", "_" or "-"'),
    kind: z.enum(SOURCE_KINDS),
    url: z.string().min(1),
    name: z.string().optional(),
    every: duration.optional(),
    /** Wall-clock budget of one crawl of this source; default crawl.sourceBudget. */
    budget: duration.optional(),
    render: z.boolean().default(false),
    owned: z.boolean().default(false),
    factcheck: z.boolean().default(false),
    enabled: z.boolean().default(true),
    options: z.record(z.string(), z.unknown()).default({}),
  })
  .strict();

const watchEntry = z
  .object({
    name: z.string(),
    type: z.enum(['person', 'organization']),
    aliases: z.array(z.string()).default([]),
    role: z.string().optional(),
  })
  .strict();

export const configSchema = z
  .object({
    /** The office's IANA time zone: day and hour buckets, printed dates, zone-less dates in files. */
    timezone: z
      .string()
      .default(DEFAULT_TIMEZONE)
      .refine(isValidTimeZone, {
        message: 'expected an IANA time zone such as "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) or "Asia/Jayapura" (WIT)',
      }),
    storage: z
      .object({
        driver: z.enum(['sqlite', 'elasticsearch']).default('sqlite'),
        path: z.string().default('data/pantau.db'),
        batchSize: z.number().int().positive().default(200),
      })
      .strict()
      .default({ driver: 'sqlite', path: 'data/pantau.db', batchSize: 200 }),
    crawl: z
      .object({
        userAgent: z
          .string()
          .default('PantauBot/0.1 (+https://github.com/pantau-id/pantau; media monitoring for government humas)'),
        concurrency: z.number().int().positive().default(8),
        perHostConcurrency: z.number().int().positive().default(2),
        perHostIntervalMs: z.number().int().nonnegative().default(250),
        timeoutMs: z.number().int().positive().default(20_000),
        maxBytes: z.number().int().positive().default(5_000_000),
        maxRedirects: z.number().int().nonnegative().default(5),
        retries: z.number().int().nonnegative().default(3),
        respectRobots: z.boolean().default(true),
        maxItemsPerSource: z.number().int().positive().default(500),
        allowPrivateHosts: z.array(z.string()).default([]),
        chromiumPath: z.string().default('/usr/bin/chromium'),
        /** Wall-clock budget of one crawl of a source ("10m"); a source's `budget:` overrides it. */
        sourceBudget: duration.default(10),
      })
      .strict()
      .prefault({}),
    schedule: z
      .object({
        every: duration.default(15),
        jitter: z.number().min(0).max(1).default(0.1),
      })
      .strict()
      .prefault({}),
    analysis: z
      .object({
        /** Kemendagri code of the office's home region (default Kota Jambi). */
        homeRegion: z.string().default('15.71'),
        watchlist: z.array(watchEntry).default([]),
        debunkThreshold: z.number().min(0).max(1).default(0.38),
        /** A sentiment model written by `pantau train sentiment --out FILE` (relative to this file); default: the shipped one. */
        sentimentModel: z.string().min(1).optional(),
      })
      .strict()
      .prefault({}),
    // The owned-channel audit (`pantau audit channels`): answer deadline and the days that do not count.
    audit: z
      .object({
        /** Working days (Mon–Fri WIB) a citizen's question may wait for an answer; options.answerDeadlineDays overrides per source. */
        deadlineDays: z.number().int().nonnegative().default(3),
        /** Public holidays "YYYY-MM-DD", skipped like weekends when counting the deadline. */
        holidays: z.array(z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date YYYY-MM-DD')).default([]),
      })
      .strict()
      .prefault({}),
    // Alerts (issue 20): rules, channels, cooldown, quiet hours; see src/core/alerts-config.ts.
    alerts: alertsSchema,
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

export type PantauConfigInput = z.input<typeof configSchema>;
type Parsed = z.output<typeof configSchema>;
export type PantauConfig = Omit<Parsed, 'sources'> & {
  sources: Source[];
  /** Absolute path of the file the config came from, if any. */
  file?: string;
};

export const DEFAULT_CONFIG_FILE = 'pantau.config.yaml';

function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

function describe(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return `${typeof value} ${JSON.stringify(value)}`;
}

function valueAt(obj: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = obj;
  for (const p of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[p];
  }
  return cur;
}

function camelToEnv(key: string): string {
  return key.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toUpperCase();
}

/** Apply PANTAU_<SECTION>_<KEY> overrides onto the raw (pre-validation) object. */
function applyEnv(raw: Record<string, unknown>, env: NodeJS.ProcessEnv): void {
  const sections: Record<string, z.ZodObject> = {
    storage: configSchema.shape.storage.unwrap() as unknown as z.ZodObject,
    crawl: configSchema.shape.crawl.unwrap() as unknown as z.ZodObject,
    schedule: configSchema.shape.schedule.unwrap() as unknown as z.ZodObject,
    analysis: configSchema.shape.analysis.unwrap() as unknown as z.ZodObject,
    audit: configSchema.shape.audit.unwrap() as unknown as z.ZodObject,
    alerts: configSchema.shape.alerts.unwrap() as unknown as z.ZodObject,
  };
  if (env.PANTAU_TIMEZONE) raw.timezone = env.PANTAU_TIMEZONE;
  for (const [section, schema] of Object.entries(sections)) {
    for (const key of Object.keys(schema.shape)) {
      const name = `PANTAU_${section.toUpperCase()}_${camelToEnv(key)}`;
      const value = env[name];
      if (value === undefined || value === '') continue;
      const target = (raw[section] ??= {}) as Record<string, unknown>;
      const current = (schema.shape as Record<string, z.ZodType>)[key];
      target[key] = coerceEnv(value, current, name);
    }
  }
}

function coerceEnv(value: string, schema: z.ZodType, name: string): unknown {
  // Probe the schema with the plausible typed readings of the string, first one that validates wins.
  const candidates: unknown[] = [];
  if (/^-?\d+(\.\d+)?$/.test(value)) candidates.push(Number(value));
  if (value === 'true' || value === 'false') candidates.push(value === 'true');
  candidates.push(value.split(',').map((s) => s.trim()).filter(Boolean));
  candidates.push(value);
  for (const c of candidates) if (schema.safeParse(c).success) return c;
  throw new ConfigError(`environment variable ${name}: invalid value "${value}"`);
}

export interface LoadConfigOptions {
  /** Explicit --config path. */
  file?: string;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Fail if no config file is found (commands that need sources). */
  required?: boolean;
}

/** Resolve the config file: --config, then PANTAU_CONFIG, then ./pantau.config.yaml if present. */
export function resolveConfigFile(opts: LoadConfigOptions): string | undefined {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const explicit = opts.file ?? env.PANTAU_CONFIG;
  if (explicit) return resolve(cwd, explicit);
  const def = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(def) ? def : undefined;
}

export function loadConfig(opts: LoadConfigOptions = {}): PantauConfig {
  const env = opts.env ?? process.env;
  const file = resolveConfigFile(opts);
  let raw: unknown = {};
  if (file) {
    let text: string;
    try {
      text = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigError(`cannot read config file ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    }
    try {
      raw = parseYaml(text) ?? {};
    } catch (e) {
      const msg = (e as Error).message.split('\n')[0];
      throw new ConfigError(`${file}: not valid YAML: ${msg}`);
    }
    if (typeof raw !== 'object' || Array.isArray(raw)) {
      throw new ConfigError(`${file}: expected a mapping at the top level, got ${describe(raw)}`);
    }
  } else if (opts.required) {
    throw new ConfigError(
      `no config file: pass --config FILE, set PANTAU_CONFIG, or run "pantau init" to write ${DEFAULT_CONFIG_FILE}`,
    );
  }
  return parseConfig(raw as Record<string, unknown>, { file, env });
}

/** Validate an already-parsed object (used by loadConfig and by tests/demo building configs in code). */
export function parseConfig(
  raw: Record<string, unknown>,
  opts: { file?: string; env?: NodeJS.ProcessEnv } = {},
): PantauConfig {
  const where = opts.file ?? 'config';
  const copy = structuredClone(raw);
  applyEnv(copy, opts.env ?? process.env);
  const res = configSchema.safeParse(copy);
  if (!res.success) {
    const issue = res.error.issues[0]!;
    const key = formatPath(issue.path);
    let detail = issue.message;
    if (issue.code === 'unrecognized_keys') {
      const keys = (issue as { keys: string[] }).keys;
      const at = issue.path.length ? formatPath(issue.path) + '.' : '';
      throw new ConfigError(`${where}: unknown key "${at}${keys[0]}"`);
    }
    if (issue.code === 'invalid_type' || issue.code === 'invalid_value') {
      detail = `${issue.message.replace(/^Invalid (input|option): /, '').replace(/, received \w+$/, '')}, got ${describe(valueAt(copy, issue.path))}`;
    }
    if (issue.code === 'invalid_union' && 'discriminator' in issue) {
      const options = ((issue as { options?: unknown[] }).options ?? []).map(String);
      detail = `expected ${options.join(', ')}, got ${describe(valueAt(copy, issue.path))}`;
    }
    if (/^expected /.test(detail) && !/, got /.test(detail)) {
      detail = `${detail}, got ${describe(valueAt(copy, issue.path))}`;
    }
    const more = res.error.issues.length > 1 ? ` (and ${res.error.issues.length - 1} more problem(s))` : '';
    throw new ConfigError(`${where}: ${key}: ${detail}${more}`);
  }
  const cfg = res.data;
  const alertProblem = checkAlerts(cfg.alerts);
  if (alertProblem) throw new ConfigError(`${where}: ${alertProblem}`);
  const ids = new Set<string>();
  for (const s of cfg.sources) {
    if (ids.has(s.id)) throw new ConfigError(`${where}: sources: duplicate source id "${s.id}"`);
    ids.add(s.id);
    if (s.kind !== 'import' && s.kind !== 'google-news' && !/^https?:\/\//i.test(s.url)) {
      throw new ConfigError(`${where}: sources[id=${s.id}].url: expected an http(s) URL, got "${s.url}"`);
    }
  }
  // Relative paths in the config are relative to the config file, not to where pantau runs (cron and
  // services start in another directory); absolute ones stay as they are.
  const baseDir = opts.file ? dirname(opts.file) : process.cwd();
  const fromConfigDir = (p: string): string => resolve(baseDir, p);
  if (cfg.analysis.sentimentModel) cfg.analysis.sentimentModel = fromConfigDir(cfg.analysis.sentimentModel);
  const storagePath =
    cfg.storage.path === ':memory:' ? cfg.storage.path : fromConfigDir(cfg.storage.path);
  const sources: Source[] = cfg.sources
    .filter((s) => s.enabled)
    .map((s) => ({
      id: s.id,
      kind: s.kind,
      // An import file is a path (relative to the config file) unless it is a file: URL.
      url: s.kind === 'import' && !/^[a-z][a-z0-9+.-]*:/i.test(s.url.trim()) ? fromConfigDir(s.url.trim()) : s.url,
      name: s.name,
      everyMinutes: s.every ?? cfg.schedule.every,
      budgetMs: Math.round((s.budget ?? cfg.crawl.sourceBudget) * 60_000),
      render: s.render,
      owned: s.owned,
      factcheck: s.factcheck,
      options: s.options,
    }));
  return { ...cfg, storage: { ...cfg.storage, path: storagePath }, sources, file: opts.file };
}

/** Secrets come only from the environment; the message says which variable is missing. */
export function requireSecret(name: string, env: NodeJS.ProcessEnv = process.env): string {
  const v = env[name];
  if (!v) throw new ConfigError(`missing secret: set the environment variable ${name}`);
  return v;
}
