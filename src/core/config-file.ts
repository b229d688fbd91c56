// Where the config file is: light (no zod, no yaml), so the CLI can find the file, and check its
// cache of the validated config, before it loads the config reader.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

/** The config file looked for in the working directory when neither --config nor PANTAU_CONFIG is given. */
export const DEFAULT_CONFIG_FILE = 'pantau.config.yaml';

/** Resolve the config file: --config, then PANTAU_CONFIG, then ./pantau.config.yaml if present. */
export function resolveConfigFile(opts: { file?: string; env?: NodeJS.ProcessEnv; cwd?: string }): string | undefined {
  const env = opts.env ?? process.env;
  const cwd = opts.cwd ?? process.cwd();
  const explicit = opts.file ?? env.PANTAU_CONFIG;
  if (explicit) return resolve(cwd, explicit);
  const def = resolve(cwd, DEFAULT_CONFIG_FILE);
  return existsSync(def) ? def : undefined;
}
