// Error classes decide what the pipeline does with a failed item (crawlee's NonRetryableError idea):
// PermanentError → drop and record; RateLimitedError → wait and retry without spending a retry;
// TransientError (and unknown errors) → capped retry with backoff.

export class PantauError extends Error {
  /** Short machine-readable code, printed in logs and CLI errors. */
  readonly code: string;
  constructor(code: string, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Retrying will not help: 404, robots disallow, not HTML, too large, malformed payload. */
export class PermanentError extends PantauError {
  constructor(message: string, code = 'permanent', options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** May succeed later: network error, timeout, 5xx. */
export class TransientError extends PantauError {
  constructor(message: string, code = 'transient', options?: { cause?: unknown }) {
    super(code, message, options);
  }
}

/** The remote asked us to slow down (429/503 with Retry-After). */
export class RateLimitedError extends PantauError {
  readonly retryAfterMs: number;
  constructor(message: string, retryAfterMs: number, options?: { cause?: unknown }) {
    super('rate_limited', message, options);
    this.retryAfterMs = retryAfterMs;
  }
}

/** Configuration is invalid; the message names the key and the file. */
export class ConfigError extends PantauError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('config', message, options);
  }
}

/** The store cannot be reached or opened. */
export class StoreUnavailableError extends PantauError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('store_unavailable', message, options);
  }
}

/** Input the user gave is unusable (bad file, bad JSON line). */
export class InputError extends PantauError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('input', message, options);
  }
}

export function isRetryable(err: unknown): boolean {
  return !(err instanceof PermanentError) && !(err instanceof ConfigError) && !(err instanceof InputError);
}

export function errorMessage(err: unknown): string {
  if (err instanceof Error) return err.message;
  return String(err);
}
