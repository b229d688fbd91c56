// What every social connector is built from.
import type { Logger } from '../../src/core/types.js';
import type { HttpClient } from '../shared/http.js';

export interface SocialDeps {
  /** The shared polite HTTP client (robots, per-host queues, Retry-After, SSRF guard). */
  http: HttpClient;
  log: Logger;
  /** Where tokens are read from (tests pass their own). Default process.env. */
  env?: NodeJS.ProcessEnv;
  /** Clock for comment windows and rate-limit waits (tests). Default Date.now. */
  now?: () => number;
  /** The office's IANA time zone (config `timezone`): zone-less dates in import files. */
  timezone?: string;
}
