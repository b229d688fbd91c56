// A cache of the validated config, so a command whose config has not changed skips loading the
// config reader (zod, yaml, the option schemas: ~100 ms of every start-up, npm run bench:startup)
// and the validation itself. Only a config that validated is cached; an edited file, another
// environment override, another Pantau build or another Node misses the cache and is validated
// again, with the same "expected X, got Y" errors. The entry is keyed by everything the result
// depends on: the file's path, mtime, size and content hash, every PANTAU_* / ELASTICSEARCH_*
// variable, the Pantau version, the build of the schema modules and the Node version.
// Where: PANTAU_CACHE_DIR, else $XDG_CACHE_HOME/pantau, else ~/.cache/pantau (one small file per
// config path, mode 0600). PANTAU_CONFIG_CACHE=off turns it off. Any failure to read or write the
// cache is a miss, never an error.
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import type { PantauConfig } from '../core/config.js';
import { resolveConfigFile } from '../core/config-file.js';
import { VERSION } from './version.js';

/** Bumped when the entry's layout or the key's recipe changes. */
const FORMAT = 1;

/**
 * The modules whose code decides what a config validates to. A build rewrites every one of them
 * (new mtime), so a rebuilt Pantau with a changed schema never reads an entry of the old build even
 * when its version number stayed the same.
 */
const SCHEMA_MODULES = ['../core/config', '../core/alerts-config', '../core/evaluation-config', '../../crawlers/options'];

let schemaStamp: string | undefined;

function buildStamp(): string {
  if (schemaStamp !== undefined) return schemaStamp;
  const parts: string[] = [];
  for (const rel of SCHEMA_MODULES) {
    // .js in dist; .ts when run from source (tests).
    const ext = import.meta.url.endsWith('.ts') ? '.ts' : '.js';
    try {
      const st = statSync(fileURLToPath(new URL(rel + ext, import.meta.url)));
      parts.push(`${rel}:${st.mtimeMs}:${st.size}`);
    } catch {
      parts.push(`${rel}:missing`);
    }
  }
  schemaStamp = parts.join('|');
  return schemaStamp;
}

export interface ConfigProbe {
  /** The config file's absolute path. */
  file: string;
  /** Hash of everything the validated config depends on. */
  key: string;
  /** Where the entry for this file lives. */
  entry: string;
}

export function cacheEnabled(env: NodeJS.ProcessEnv): boolean {
  return !/^(off|0|false|no)$/i.test(env.PANTAU_CONFIG_CACHE ?? '');
}

function cacheDir(env: NodeJS.ProcessEnv): string {
  if (env.PANTAU_CACHE_DIR) return env.PANTAU_CACHE_DIR;
  return join(env.XDG_CACHE_HOME || join(homedir(), '.cache'), 'pantau');
}

/**
 * The cache key of the config a command would read, or undefined when there is nothing to cache
 * (no config file, the file cannot be read: the config reader then says why) or the cache is off.
 */
export function probeConfig(file: string | undefined, env: NodeJS.ProcessEnv): ConfigProbe | undefined {
  if (!cacheEnabled(env)) return undefined;
  const path = resolveConfigFile({ file, env });
  if (!path) return undefined;
  let content: Buffer;
  let st: { mtimeMs: number; size: number };
  try {
    st = statSync(path);
    content = readFileSync(path);
  } catch {
    return undefined;
  }
  const vars = Object.keys(env)
    .filter((k) => k.startsWith('PANTAU_') || k.startsWith('ELASTICSEARCH_'))
    .sort()
    .map((k) => [k, env[k]]);
  const key = createHash('sha256')
    .update(
      JSON.stringify({
        format: FORMAT,
        path,
        mtimeMs: st.mtimeMs,
        size: st.size,
        content: createHash('sha256').update(content).digest('hex'),
        version: VERSION,
        build: buildStamp(),
        node: process.version,
        env: vars,
      }),
    )
    .digest('hex');
  const entry = join(cacheDir(env), `config-${createHash('sha256').update(path).digest('hex').slice(0, 32)}.bin`);
  return { file: path, key, entry };
}

/** The cached config for this probe, or undefined (no entry, another key, unreadable). */
export function readCachedConfig(probe: ConfigProbe): PantauConfig | undefined {
  try {
    // Only an entry this user wrote: a cache dir others can write to must not hand us a config.
    if (process.getuid && statSync(probe.entry).uid !== process.getuid()) return undefined;
    const v = deserialize(readFileSync(probe.entry)) as { format?: unknown; key?: unknown; config?: unknown };
    if (v.format !== FORMAT || v.key !== probe.key || typeof v.config !== 'object' || v.config === null) return undefined;
    return v.config as PantauConfig;
  } catch {
    return undefined;
  }
}

/** Write the entry (atomically: a reader sees the old entry or the new one, never half). */
export function writeCachedConfig(probe: ConfigProbe, config: PantauConfig): void {
  const tmp = `${probe.entry}.${process.pid}.tmp`;
  try {
    mkdirSync(join(probe.entry, '..'), { recursive: true, mode: 0o700 });
    writeFileSync(tmp, serialize({ format: FORMAT, key: probe.key, config }), { mode: 0o600 });
    renameSync(tmp, probe.entry);
  } catch {
    // A read-only home or a full disk: the next start validates again.
    rmSync(tmp, { force: true });
  }
}
