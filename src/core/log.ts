import { createRequire } from 'node:module';
import type { DestinationStream, pino as Pino } from 'pino';
import type { Logger } from './types.js';

// pino is CommonJS: required synchronously the first time a line is actually written, so a command
// that logs nothing (most one-shot commands at the default level "error") never loads it.
const requireCjs = createRequire(import.meta.url);

/**
 * Environment variables whose values are secrets (API tokens, keys, passwords): X_BEARER_TOKEN,
 * META_ACCESS_TOKEN, YOUTUBE_API_KEY and whatever else an operator names that way.
 */
const SECRET_ENV = /(?:TOKEN|SECRET|PASSWORD|PASSWD|API_?KEY|ACCESS_?KEY|PRIVATE_?KEY|CREDENTIALS?)$/i;
/** Shorter values would be replaced inside ordinary words; they are still caught by the patterns below. */
const MIN_SECRET_LENGTH = 6;

/** The secret values found in an environment (see SECRET_ENV). */
export function secretsFromEnv(env: NodeJS.ProcessEnv = process.env): string[] {
  const out: string[] = [];
  for (const [name, value] of Object.entries(env)) {
    if (value && value.length >= MIN_SECRET_LENGTH && SECRET_ENV.test(name)) out.push(value);
  }
  return out;
}

// Where credentials sit in text whatever their value: query parameters that carry them, an
// Authorization header's bearer token, the password of a URL's user-info.
const SECRET_PARAM = /([?&](?:access_token|accesstoken|api_?key|apikey|key|token|auth|client_secret|secret|password|passwd|sig|signature)=)[^&"\s\\#]+/gi;
const BEARER = /(\bBearer\s+)[A-Za-z0-9._~+/=-]+/g;
const USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/[^/\s:@"]+:)[^@\s/"]+@/gi;

/**
 * `text` with every secret replaced by `***`: the given values (as written, URL-encoded and
 * JSON-escaped, since log lines are JSON and URLs carry tokens encoded) and anything in a
 * credential position (?access_token=…, ?key=…, Bearer …, https://user:password@…).
 */
export function redactSecrets(text: string, secrets: readonly string[] = secretsFromEnv()): string {
  let out = text;
  for (const s of secrets) {
    for (const form of new Set([s, encodeURIComponent(s), JSON.stringify(s).slice(1, -1)])) {
      if (out.includes(form)) out = out.split(form).join('***');
    }
  }
  return out.replace(SECRET_PARAM, '$1***').replace(BEARER, '$1***').replace(USERINFO, '$1***@');
}

export interface LoggerOptions {
  /** trace, debug, info, warn, error, fatal or silent; default PANTAU_LOG_LEVEL, else info. */
  level?: string;
  name?: string;
  /** Where lines go (default stderr); tests capture them. */
  destination?: DestinationStream;
  /** Whose secret variables are redacted (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** More secret values to redact. */
  secrets?: string[];
}

/**
 * Structured JSON logs (pino) on stderr, so stdout stays clean for command output (JSON, JSONL).
 * Level from PANTAU_LOG_LEVEL (default: info; "silent" turns logs off). No token, key or password
 * reaches a log line at any level: every serialized line passes redactSecrets() before it is
 * written (a retry log at debug level quotes the URL, and API keys travel in URLs), and fields
 * named like credentials are censored by pino's own redaction.
 */
export function createLogger(opts: LoggerOptions = {}): Logger {
  const level = opts.level ?? process.env.PANTAU_LOG_LEVEL ?? 'info';
  const secrets = [...secretsFromEnv(opts.env ?? process.env), ...(opts.secrets ?? [])];
  const threshold = LEVELS[level];
  if (threshold === undefined) throw new Error(`PANTAU_LOG_LEVEL: expected one of ${Object.keys(LEVELS).join(', ')}, got "${level}"`);
  let root: Logger | undefined;
  const open = (): Logger => {
    if (root) return root;
    const { pino } = requireCjs('pino') as { pino: typeof Pino };
    root = pino(
      {
        name: opts.name ?? 'pantau',
        level,
        base: undefined,
        redact: {
          paths: ['authorization', 'password', 'token', 'accessToken', 'apiKey', '*.authorization', '*.password', '*.token', '*.accessToken', '*.apiKey', 'headers.authorization', '*.headers.authorization'],
          censor: '***',
        },
        hooks: { streamWrite: (line: string) => redactSecrets(line, secrets) },
      },
      opts.destination ?? pino.destination({ dest: 2, sync: true }),
    ) as unknown as Logger;
    return root;
  };
  return lazyLogger(open, threshold, []);
}

const LEVELS: Record<string, number> = { trace: 10, debug: 20, info: 30, warn: 40, error: 50, fatal: 60, silent: Infinity };

/** A Logger whose calls below the level cost a comparison; pino (and each child) is made on first use. */
function lazyLogger(open: () => Logger, threshold: number, bindings: Record<string, unknown>[]): Logger {
  let real: Logger | undefined;
  const get = (): Logger => (real ??= bindings.reduce<Logger>((l, b) => l.child(b), open()));
  const at =
    (n: number, name: 'debug' | 'info' | 'warn' | 'error') =>
    (obj: object | string, msg?: string): void => {
      if (n >= threshold) (get()[name] as (o: object | string, m?: string) => void)(obj, msg);
    };
  return {
    debug: at(20, 'debug'),
    info: at(30, 'info'),
    warn: at(40, 'warn'),
    error: at(50, 'error'),
    child: (b: Record<string, unknown>) => lazyLogger(open, threshold, [...bindings, b]),
  };
}

/** A logger that drops everything, for tests and library use. */
export const silentLogger: Logger = {
  debug() {},
  info() {},
  warn() {},
  error() {},
  child() {
    return silentLogger;
  },
};
