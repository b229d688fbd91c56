// One config schema (zod) for the whole program. Every scalar key has a default and an environment
// override PANTAU_<SECTION>_<KEY> (e.g. PANTAU_STORAGE_PATH, PANTAU_CRAWL_USER_AGENT); secrets are
// never read from the file, only from the environment. Errors name the file and the key.
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { z } from 'zod';
import { DEFAULT_CONFIG_FILE, resolveConfigFile } from './config-file.js';
import { ConfigError } from './errors.js';
import { alertsSchema, checkAlerts } from './alerts-config.js';
import { complaintsSchema, evaluationSchema } from './evaluation-config.js';
import { parseEvery } from './duration.js';
import { DEFAULT_TIMEZONE, isValidTimeZone } from './time.js';
import { SOURCE_KINDS, type Source, type SourceKind } from './types.js';

export { parseEvery } from './duration.js';

/**
 * Shortest `every:` (and `schedule.every`): polling a site more often than once a minute is neither
 * polite nor useful for news, and "0m" used to mean "every second" through the scheduler's floor.
 */
export const MIN_EVERY_MINUTES = 1;

const duration = z
  .union([z.number(), z.string()], { error: 'expected a duration like "15m", "1h" or "90s"' })
  .transform((v, ctx) => {
    let n: number;
    try {
      n = parseEvery(v);
    } catch (e) {
      ctx.addIssue({ code: 'custom', message: (e as Error).message });
      return z.NEVER;
    }
    if (!Number.isFinite(n) || n < MIN_EVERY_MINUTES) {
      ctx.addIssue({ code: 'custom', message: `expected an interval of at least ${MIN_EVERY_MINUTES}m, got ${JSON.stringify(v)}` });
      return z.NEVER;
    }
    return n;
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

/**
 * Zones every ICU build knows: accepted without asking ICU, whose first time-zone lookup costs
 * ~15 ms of start-up for commands that never print a local time (search, extract, analyze).
 */
const INDONESIAN_ZONES = new Set(['Asia/Jakarta', 'Asia/Pontianak', 'Asia/Makassar', 'Asia/Jayapura']);

export const configSchema = z
  .object({
    /** The office's IANA time zone: day and hour buckets, printed dates, zone-less dates in files. */
    timezone: z
      .string()
      .default(DEFAULT_TIMEZONE)
      .refine((zone) => INDONESIAN_ZONES.has(zone) || isValidTimeZone(zone), {
        message: 'expected an IANA time zone such as "Asia/Jakarta" (WIB), "Asia/Makassar" (WITA) or "Asia/Jayapura" (WIT)',
      }),
    // SQLite (default): everything in `path`. Elasticsearch: mentions and debunks in the cluster at
    // `node`; crawl state, leases, the write outbox (and a copy of the debunks) in the local SQLite file
    // `path`. Credentials only from the environment (ELASTICSEARCH_API_KEY, or ELASTICSEARCH_USERNAME
    // and ELASTICSEARCH_PASSWORD), never from this file.
    storage: z
      .object({
        driver: z.enum(['sqlite', 'elasticsearch']).default('sqlite'),
        path: z.string().default('data/pantau.db'),
        batchSize: z.number().int().positive().default(200),
        /** Elasticsearch URL, e.g. https://es.humas.example:9200 (default $ELASTICSEARCH_URL). */
        node: z.string().optional(),
        /** Names of the indices, templates and policies: PREFIX-mentions-YYYY.MM, PREFIX-debunks, … */
        indexPrefix: z
          .string()
          .regex(/^[a-z0-9][a-z0-9_-]{0,59}$/, 'expected lower-case letters, digits, "_" or "-" (an Elasticsearch index name)')
          .default('pantau'),
        /** PEM file of the CA that signed the cluster's certificate (relative to this file). */
        caFile: z.string().min(1).optional(),
        /** How long a month of mentions is kept after it ends ("24mo", "2y", "400d"); unset: forever. */
        retention: z
          .string()
          .regex(/^\s*\d+\s*(d|mo|y)\s*$/, 'expected a retention like "400d", "24mo" or "2y"')
          .optional(),
        /** Replicas of each index (0 on a single-node cluster). */
        replicas: z.number().int().nonnegative().default(1),
        /** Milliseconds one Elasticsearch request may take. */
        timeoutMs: z.number().int().positive().default(30_000),
      })
      .strict()
      .prefault({}),
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
    // The issue map (`pantau map`).
    map: z
      .object({
        /** Boundary file of the home region for the choropleth: GeoJSON/TopoJSON with Kemendagri codes, or wilayah_boundaries SQL (relative to this file). */
        boundaries: z.string().min(1).optional(),
        /** Days before a map's period whose issues continue into it (ids, trend). */
        lookbackDays: z.number().int().min(0).max(14).default(3),
        /** Topic id → the OPD to ask ("Dinas PUPR Kota Jambi"), over the built-in table. */
        opd: z.record(z.string(), z.string().min(1)).default({}),
        /**
         * Issue ids of complete days are assigned when mentions are stored (import, crawl, run), so a
         * map finds its look-back days' ids; false leaves them to `pantau map` (huge archive imports).
         */
        idsOnStore: z.boolean().default(true),
      })
      .strict()
      .prefault({}),
    // The web dashboard and API (`pantau serve`). It binds to loopback unless configured; any other
    // address needs TLS here or a TLS-terminating reverse proxy named in trustProxy.
    server: z
      .object({
        host: z.string().min(1).default('127.0.0.1'),
        port: z.number().int().min(0).max(65535).default(8080),
        /** PEM files (relative to this file): serve HTTPS, and session cookies are Secure. */
        tls: z.object({ cert: z.string().min(1), key: z.string().min(1) }).strict().optional(),
        /** The proxy's address(es) whose X-Forwarded-* headers are believed (true: any); cookies are Secure when it says https. */
        trustProxy: z.union([z.boolean(), z.string().min(1), z.array(z.string().min(1))]).default(false),
        /** Hours a login lasts. */
        sessionHours: z.number().positive().max(24 * 30).default(12),
        /** Login attempts per minute from one address. */
        loginPerMinute: z.number().int().min(1).default(10),
        /** Where the dashboard is reached (links in exports and alerts), e.g. https://pantau.kota.go.id. */
        publicUrl: z.string().url().optional(),
      })
      .strict()
      .prefault({}),
    // The daily map written by `pantau run`.
    reports: z
      .object({
        /** Local time (config timezone) after which the day's map of yesterday is written, "HH:MM"; unset = no daily map. */
        dailyAt: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time HH:MM such as "06:00"').optional(),
        formats: z.array(z.enum(['md', 'html', 'json', 'pdf', 'whatsapp'])).min(1).default(['html', 'whatsapp']),
        /** Folder for the reports (relative to this file). */
        dir: z.string().min(1).default('reports'),
        lang: z.enum(['id', 'en']).default('id'),
      })
      .strict()
      .prefault({}),
    // Complaints followed to an answer and the evaluation of responses (issue 23): src/core/evaluation-config.ts.
    complaints: complaintsSchema,
    evaluation: evaluationSchema,
    sources: z.array(sourceSchema).default([]),
  })
  .strict();

export type PantauConfigInput = z.input<typeof configSchema>;
type Parsed = z.output<typeof configSchema>;
export { DEFAULT_CONFIG_FILE };
export type PantauConfig = Omit<Parsed, 'sources'> & {
  sources: Source[];
  /** Absolute path of the file the config came from, if any. */
  file?: string;
};


export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
  return out || '(top level)';
}

/** How a config value reads in an error: `string "soon"`, `number 0`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
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

/** The keys an object schema knows (for "unknown key … (known: …)"), or none when it is not one. */
function knownKeys(schema: z.ZodType | undefined): string[] {
  const shape = (schema as { shape?: Record<string, unknown> } | undefined)?.shape;
  return shape && typeof shape === 'object' ? Object.keys(shape) : [];
}

/**
 * One zod failure as one line, `key: expected X, got Y` (or `unknown key "a.b"`), the format every
 * config error has. `value` is the input that was validated, `base` the path of that input inside
 * the config file (e.g. ["sources", 2, "options"]), `schema` the schema at `base` (for the list of
 * known keys). Shared with the crawlers, which parse their options with the same schemas at crawl
 * time, so a config error reads the same whether it is caught at load or later.
 */
export function formatConfigIssues(error: z.ZodError, value: unknown, base: readonly PropertyKey[] = [], schema?: z.ZodType): string {
  const issue = error.issues[0]!;
  const more = error.issues.length > 1 ? ` (and ${error.issues.length - 1} more problem(s))` : '';
  if (issue.code === 'unrecognized_keys') {
    const keys = (issue as { keys: string[] }).keys;
    const at = [...base, ...issue.path];
    const prefix = at.length ? formatPath(at) + '.' : '';
    const known = issue.path.length === 0 ? knownKeys(schema) : [];
    return `unknown key "${prefix}${keys[0]}"${known.length ? ` (known: ${known.join(', ')})` : ''}${more}`;
  }
  const key = formatPath([...base, ...issue.path]);
  const got = valueAt(value, issue.path);
  let detail = issue.message
    .replace(/^(Invalid input|Invalid option|Too small|Too big|Invalid string|Invalid number|Invalid format|Invalid value): /, '')
    .replace(/, received \w+$/, '');
  // A discriminated union (a rule's or channel's `kind`) names its options.
  if (issue.code === 'invalid_union' && 'discriminator' in issue) {
    detail = `expected ${((issue as { options?: unknown[] }).options ?? []).map(String).join(', ')}`;
  }
  // Every message says what was found, unless it already does or the key is simply missing; a
  // custom check gets it only when its message is an "expected …" one.
  const says = issue.code !== 'custom' || /^expected /.test(detail);
  if (says && !/\bgot\b/.test(detail) && !(got === undefined && /^required\b/.test(detail))) {
    detail += `, got ${describeValue(got)}`;
  }
  return `${key}: ${detail}${more}`;
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
    map: configSchema.shape.map.unwrap() as unknown as z.ZodObject,
    server: configSchema.shape.server.unwrap() as unknown as z.ZodObject,
    reports: configSchema.shape.reports.unwrap() as unknown as z.ZodObject,
    complaints: configSchema.shape.complaints.unwrap() as unknown as z.ZodObject,
    evaluation: configSchema.shape.evaluation.unwrap() as unknown as z.ZodObject,
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
  /** Per-kind schemas of `sources[].options` (see ParseConfigOptions.sourceOptions). */
  sourceOptions?: SourceOptionSchemas;
}

/**
 * The schema of each source kind's `options`, supplied by whoever wires the crawlers (src/cli):
 * src/core knows no crawler, yet the options are validated at load with the same errors as the rest
 * of the file. A kind without a schema keeps free-form options.
 */
export type SourceOptionSchemas = Partial<Record<SourceKind, z.ZodType>>;

export interface ParseConfigOptions {
  file?: string;
  env?: NodeJS.ProcessEnv;
  sourceOptions?: SourceOptionSchemas;
}

export { resolveConfigFile } from './config-file.js';

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
      throw new ConfigError(`${file}: expected a mapping at the top level, got ${describeValue(raw)}`);
    }
  } else if (opts.required) {
    throw new ConfigError(
      `no config file found (no --config, no PANTAU_CONFIG, no ./${DEFAULT_CONFIG_FILE}): run "pantau init" to write one, ` +
        `or pass --config FILE (PANTAU_STORAGE_PATH=FILE uses a database without a config)`,
    );
  }
  return parseConfig(raw as Record<string, unknown>, { file, env, sourceOptions: opts.sourceOptions });
}

/** Validate an already-parsed object (used by loadConfig and by tests/demo building configs in code). */
export function parseConfig(raw: Record<string, unknown>, opts: ParseConfigOptions = {}): PantauConfig {
  const where = opts.file ?? 'config';
  const copy = structuredClone(raw);
  applyEnv(copy, opts.env ?? process.env);
  const res = configSchema.safeParse(copy);
  if (!res.success) throw new ConfigError(`${where}: ${formatConfigIssues(res.error, copy)}`);
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
  // Kind-specific options, in file order; a disabled source is not checked (it may be a placeholder).
  cfg.sources.forEach((s, i) => {
    const schema = opts.sourceOptions?.[s.kind];
    if (!schema || !s.enabled) return;
    const r = schema.safeParse(s.options);
    if (!r.success) throw new ConfigError(`${where}: ${formatConfigIssues(r.error, s.options, ['sources', i, 'options'], schema)}`);
  });
  // Relative paths in the config are relative to the config file, not to where pantau runs (cron and
  // services start in another directory); absolute ones stay as they are.
  const baseDir = opts.file ? dirname(opts.file) : process.cwd();
  const fromConfigDir = (p: string): string => resolve(baseDir, p);
  if (cfg.analysis.sentimentModel) cfg.analysis.sentimentModel = fromConfigDir(cfg.analysis.sentimentModel);
  if (cfg.map.boundaries) cfg.map.boundaries = fromConfigDir(cfg.map.boundaries);
  if (cfg.server.tls) cfg.server.tls = { cert: fromConfigDir(cfg.server.tls.cert), key: fromConfigDir(cfg.server.tls.key) };
  cfg.reports.dir = fromConfigDir(cfg.reports.dir);
  const storagePath =
    cfg.storage.path === ':memory:' ? cfg.storage.path : fromConfigDir(cfg.storage.path);
  if (cfg.storage.caFile) cfg.storage.caFile = fromConfigDir(cfg.storage.caFile);
  if (cfg.storage.driver === 'elasticsearch') {
    const node = cfg.storage.node ?? (opts.env ?? process.env).ELASTICSEARCH_URL;
    if (!node) throw new ConfigError(`${where}: storage.node: required when storage.driver is elasticsearch (or set ELASTICSEARCH_URL)`);
    let url: URL;
    try {
      url = new URL(node);
    } catch {
      throw new ConfigError(`${where}: storage.node: expected an http(s) URL, got "${node}"`);
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ConfigError(`${where}: storage.node: expected an http(s) URL, got "${node}"`);
    if (url.username || url.password) {
      throw new ConfigError(`${where}: storage.node: no credentials in the URL: set ELASTICSEARCH_API_KEY, or ELASTICSEARCH_USERNAME and ELASTICSEARCH_PASSWORD`);
    }
    cfg.storage.node = node;
  }
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
