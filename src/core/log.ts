import { pino } from 'pino';
import type { Logger } from './types.js';

/**
 * Structured JSON logs (pino) on stderr, so stdout stays clean for command output (JSON, JSONL).
 * Level from PANTAU_LOG_LEVEL (default: info; "silent" turns logs off).
 */
export function createLogger(opts: { level?: string; name?: string } = {}): Logger {
  const level = opts.level ?? process.env.PANTAU_LOG_LEVEL ?? 'info';
  return pino({ name: opts.name ?? 'pantau', level, base: undefined }, pino.destination({ dest: 2, sync: true })) as unknown as Logger;
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
