// Reading a social source's `options` through its kind's schema (option-schemas.ts), with errors
// that name the source and the key the same way config errors do, so a typo stops the run with one
// clear line — and loading the config already reports it (crawlers/options.ts).
import type { z } from 'zod';
import { ConfigError } from '../../src/core/errors.js';
import type { Source } from '../../src/core/types.js';
import { parseSourceOptions } from '../shared/source-options.js';
import { SOCIAL_OPTION_SCHEMAS } from './option-schemas.js';

type Schemas = typeof SOCIAL_OPTION_SCHEMAS;
export type SocialKind = keyof Schemas;
export type SocialOptions<K extends SocialKind> = z.output<Schemas[K]>;

/** The source's URL, parsed; a config error naming the source when it is not one. */
export function sourceUrl(source: Source): URL {
  try {
    return new URL(source.url);
  } catch {
    throw new ConfigError(`sources[id=${source.id}].url: not a URL: "${source.url}"`);
  }
}

/** The options of a social source of kind K, validated, with their defaults. */
export function socialOptions<K extends SocialKind>(source: Source, kind: K): SocialOptions<K> {
  return parseSourceOptions(SOCIAL_OPTION_SCHEMAS[kind], source) as SocialOptions<K>;
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

const DEFAULT_COMMON = { maxPages: 5, maxRateLimitWaitMs: 60_000 };

/** maxPages, maxRateLimitWaitMs and ownedHandle of a social source (defaults where its kind has no such key). */
export function commonOptions(source: Source): CommonOptions {
  const o = socialOptions(source, source.kind as SocialKind) as Partial<CommonOptions>;
  return { maxPages: o.maxPages ?? DEFAULT_COMMON.maxPages, maxRateLimitWaitMs: o.maxRateLimitWaitMs ?? DEFAULT_COMMON.maxRateLimitWaitMs, ownedHandle: o.ownedHandle };
}

/** options.apiBase (tests point it at the loopback fixture server) or the platform default, no trailing slash. */
export function apiBase(source: Source, dflt: string): string {
  const o = socialOptions(source, source.kind as SocialKind) as { apiBase?: string };
  return (o.apiBase ?? dflt).replace(/\/+$/, '');
}

/** Comment settings of the kinds that read comment threads (youtube, facebook, instagram). */
export function commentOptions(source: Source): { commentWindowDays: number; maxCommentPages: number } {
  return socialOptions(source, source.kind as 'youtube' | 'facebook' | 'instagram');
}

/** Handles compare without a leading "@" and case-insensitively (platforms treat them so). */
export function sameHandle(a: string | undefined, b: string | undefined): boolean {
  if (!a || !b) return false;
  const n = (s: string) => s.trim().replace(/^@/, '').toLowerCase();
  return n(a) === n(b);
}
