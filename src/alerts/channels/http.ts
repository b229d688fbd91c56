// One JSON POST for the HTTP channels, its answer mapped to the error classes: 2xx done; 408, 425,
// 5xx and network errors transient; 429 rate-limited (Retry-After); any other 4xx permanent.
import { PermanentError, RateLimitedError, TransientError } from '../../core/errors.js';

export interface PostResult {
  status: number;
  body: string;
}

function retryAfterMs(h: string | null): number {
  if (!h) return 60_000;
  const s = Number(h);
  if (Number.isFinite(s)) return Math.max(0, s * 1000);
  const at = Date.parse(h);
  return Number.isNaN(at) ? 60_000 : Math.max(0, at - Date.now());
}

/** `what` names the channel in errors; the URL itself is left out (it may hold a secret). */
export async function postJson(
  what: string,
  url: string,
  body: string,
  headers: Record<string, string>,
  timeoutMs: number,
  signal?: AbortSignal,
): Promise<PostResult> {
  const timeout = AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'Pantau-alerts', ...headers },
      body,
      redirect: 'error',
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (e) {
    const err = e as Error & { cause?: { code?: string } };
    const reason = timeout.aborted ? `timeout after ${timeoutMs} ms` : (err.cause?.code ?? err.message);
    throw new TransientError(`${what}: network error: ${reason}`, 'network', { cause: e });
  }
  const text = await res.text().catch(() => '');
  const snippet = text.slice(0, 200).replace(/\s+/g, ' ');
  if (res.status >= 200 && res.status < 300) return { status: res.status, body: text };
  if (res.status === 429) throw new RateLimitedError(`${what}: HTTP 429 ${snippet}`, retryAfterMs(res.headers.get('retry-after')));
  if (res.status >= 500 || res.status === 408 || res.status === 425) throw new TransientError(`${what}: HTTP ${res.status} ${snippet}`, `http_${res.status}`);
  throw new PermanentError(`${what}: HTTP ${res.status} ${snippet}`, `http_${res.status}`);
}
