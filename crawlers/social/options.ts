// Reading a social source's `options` (free-form in the config schema) with errors that name the
// source and the key, the same way config errors do, so a typo stops the run with one clear line.
import { ConfigError } from '../../src/core/errors.js';
import type { Source } from '../../src/core/types.js';

function where(source: Source, key: string): string {
  return `sources[id=${source.id}].options.${key}`;
}

/** The source's URL, parsed; a config error naming the source when it is not one. */
export function sourceUrl(source: Source): URL {
  try {
    return new URL(source.url);
  } catch {
    throw new ConfigError(`sources[id=${source.id}].url: not a URL: "${source.url}"`);
  }
}

export function optString(source: Source, key: string): string | undefined {
  const v = source.options[key];
  if (v === undefined || v === null || v === '') return undefined;
  if (typeof v === 'number') return String(v); // numeric page ids written without quotes
  if (typeof v !== 'string') throw new ConfigError(`${where(source, key)}: expected a string, got ${typeof v}`);
  return v;
}

export function requireOptString(source: Source, key: string, why: string): string {
  const v = optString(source, key);
  if (!v) throw new ConfigError(`${where(source, key)}: required ${why}`);
  return v;
}

export function optNumber(source: Source, key: string, dflt: number, opts: { min?: number; integer?: boolean } = {}): number {
  const v = source.options[key];
  if (v === undefined || v === null || v === '') return dflt;
  const n = typeof v === 'string' && v.trim() !== '' ? Number(v) : v;
  const min = opts.min ?? 0;
  if (typeof n !== 'number' || !Number.isFinite(n) || n < min || (opts.integer && !Number.isInteger(n))) {
    throw new ConfigError(`${where(source, key)}: expected ${opts.integer ? 'an integer' : 'a number'} ≥ ${min}, got ${JSON.stringify(v)}`);
  }
  return n;
}

export function optBoolean(source: Source, key: string, dflt: boolean): boolean {
  const v = source.options[key];
  if (v === undefined || v === null) return dflt;
  if (typeof v !== 'boolean') throw new ConfigError(`${where(source, key)}: expected true or false, got ${JSON.stringify(v)}`);
  return v;
}

/** Settings every social connector understands. */
export interface CommonOptions {
  /** Most result pages fetched per run (cursor pagination is capped so one run stays bounded). */
  maxPages: number;
  /** Longest wait for a rate-limit window to reset before stopping this run early. */
  maxRateLimitWaitMs: number;
  /** The office's own handle on this platform (marks meta.isOwned); connectors derive one from the URL when they can. */
  ownedHandle?: string;
}

export function commonOptions(source: Source, dfltPages = 5): CommonOptions {
  return {
    maxPages: optNumber(source, 'maxPages', dfltPages, { min: 1, integer: true }),
    maxRateLimitWaitMs: optNumber(source, 'maxRateLimitWaitMs', 60_000, { min: 0 }),
    ownedHandle: optString(source, 'ownedHandle'),
  };
}

/** options.apiBase (tests point it at the loopback fixture server) or the platform default, no trailing slash. */
export function apiBase(source: Source, dflt: string): string {
  const v = optString(source, 'apiBase') ?? dflt;
  if (!/^https?:\/\//i.test(v)) throw new ConfigError(`${where(source, 'apiBase')}: expected an http(s) URL, got "${v}"`);
  return v.replace(/\/+$/, '');
}

/** Handles compare without a leading "@" and case-insensitively (platforms treat them so). */
export function sameHandle(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const n = (s: string) => s.trim().replace(/^@/, '').toLowerCase();
  return n(a) === n(b);
}
