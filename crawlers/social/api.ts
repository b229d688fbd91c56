// Calls to platform APIs through the shared polite HTTP client, plus what the client cannot know:
// which environment variable holds the token (so a 401 names it), that secrets must never reach logs
// or stored errors (they are redacted from every message), and that a body which is not the JSON the
// platform documents is a wholly malformed page (PermanentError, one line).
import { PermanentError, RateLimitedError, TransientError, PantauError, errorMessage } from '../../src/core/errors.js';
import type { FetchOptions, FetchResult, HttpClient } from '../shared/http.js';

export interface ApiSecret {
  /** Environment variable the token came from (named in errors). */
  env: string;
  value: string;
  /** 'bearer': Authorization header; 'query': already in the URL (redacted from messages). */
  as: 'bearer' | 'query';
}

export interface ApiCall {
  url: string;
  /** Human name for messages: "X API", "Telegram", "YouTube Data API". */
  platform: string;
  signal: AbortSignal;
  secret?: ApiSecret;
  accept?: string;
  /**
   * robots.txt governs crawling web pages; documented API endpoints are governed by the API's terms
   * and rate-limit headers (which the connectors honour), so API calls skip it by default.
   */
  robots?: boolean;
}


export function redact(text: string, secret?: ApiSecret): string {
  if (!secret?.value) return text;
  let out = text.split(secret.value).join('***');
  const enc = encodeURIComponent(secret.value);
  if (enc !== secret.value) out = out.split(enc).join('***');
  return out;
}

/** Same error class and code, secret-free message. */
function rewrap(err: unknown, message: string): Error {
  if (err instanceof RateLimitedError) return new RateLimitedError(message, err.retryAfterMs);
  if (err instanceof PermanentError) return new PermanentError(message, err.code);
  if (err instanceof TransientError) return new TransientError(message, err.code);
  if (err instanceof PantauError) return new TransientError(message, err.code);
  if (err instanceof Error && err.name === 'AbortError') return err;
  return new TransientError(message);
}

export async function apiFetch(http: HttpClient, call: ApiCall): Promise<FetchResult> {
  const opts: FetchOptions = {
    signal: call.signal,
    accept: call.accept ?? 'application/json',
    robots: call.robots ?? false,
    // The URL is built from options.apiBase or the platform's documented base: the operator chose it.
    trusted: true,
  };
  if (call.secret?.as === 'bearer') opts.headers = { authorization: `Bearer ${call.secret.value}` };
  try {
    return await http.fetch(call.url, opts);
  } catch (err) {
    if (call.signal.aborted) throw err;
    const msg = redact(errorMessage(err), call.secret);
    const code = err instanceof PantauError ? err.code : '';
    if (call.secret && (code === 'http_401' || code === 'http_403')) {
      const what = code === 'http_401' ? 'rejected the token' : 'refused access (permissions or quota)';
      throw new PermanentError(
        `${call.platform} ${what} in ${call.secret.env} (HTTP ${code.slice(5)}): check the environment variable ${call.secret.env}`,
        'auth',
      );
    }
    throw rewrap(err, msg);
  }
}

/** GET a JSON document; anything that is not JSON is a malformed page. */
export async function fetchJson(http: HttpClient, call: ApiCall): Promise<{ data: unknown; res: FetchResult }> {
  const res = await apiFetch(http, call);
  const text = res.text;
  try {
    return { data: JSON.parse(text) as unknown, res };
  } catch {
    const head = text.slice(0, 60).replace(/\s+/g, ' ');
    throw new PermanentError(`${call.platform}: malformed response from ${redact(call.url, call.secret)}: not JSON ("${head}…")`, 'malformed');
  }
}

/** Appends query parameters, skipping undefined ones. */
export function withQuery(base: string, params: Record<string, string | number | undefined>): string {
  const u = new URL(base);
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') u.searchParams.set(k, String(v));
  return u.toString();
}
