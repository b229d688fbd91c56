// Which Elasticsearch failures mean "the cluster cannot take this now" (the write waits in the local
// outbox and is retried) and which are Pantau's own mistakes or a bad item.
import { errors } from '@elastic/elasticsearch';
import { InputError, StoreUnavailableError } from '../../core/errors.js';

/** Item-level statuses worth retrying: overloaded (429, also the disk flood-stage block), shards unavailable. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status === 408 || status >= 500;
}

/** The cluster is unreachable, overloaded or refusing: retry later, never drop. */
export function isUnavailable(err: unknown): boolean {
  if (err instanceof StoreUnavailableError) return true;
  if (
    err instanceof errors.ConnectionError ||
    err instanceof errors.TimeoutError ||
    err instanceof errors.NoLivingConnectionsError ||
    err instanceof errors.ProductNotSupportedError ||
    err instanceof errors.DeserializationError
  ) {
    return true;
  }
  if (err instanceof errors.ResponseError) {
    const s = err.statusCode ?? 0;
    // 401/403: credentials or privileges; nothing to drop, the operator must fix it and the data waits.
    return isRetryableStatus(s) || s === 401 || s === 403;
  }
  return false;
}

/** "the reason" of an Elasticsearch error body, or the client's message. */
export function esReason(err: unknown): string {
  if (err instanceof errors.ResponseError) {
    const body = err.body as { error?: { type?: string; reason?: string; caused_by?: { reason?: string } } | string } | undefined;
    const e = body?.error;
    if (typeof e === 'string') return `${err.statusCode}: ${e}`;
    if (e) return `${err.statusCode} ${e.type ?? ''}: ${e.reason ?? ''}${e.caused_by?.reason ? ` (${e.caused_by.reason})` : ''}`.trim();
    return `HTTP ${err.statusCode ?? '?'}`;
  }
  return err instanceof Error ? err.message.split('\n')[0]! : String(err);
}

/** Map a failed request to the Store's error classes; `what` names the call, `node` the cluster. */
export function toStoreError(err: unknown, what: string, node: string): Error {
  if (err instanceof StoreUnavailableError || err instanceof InputError) return err;
  if (isUnavailable(err)) {
    const s = err instanceof errors.ResponseError ? err.statusCode : undefined;
    const hint =
      s === 401 ? ' — check ELASTICSEARCH_API_KEY or ELASTICSEARCH_USERNAME/ELASTICSEARCH_PASSWORD' : s === 403 ? ' — the credentials lack a privilege on the pantau indices' : '';
    return new StoreUnavailableError(`Elasticsearch at ${node} is unavailable: ${what}: ${esReason(err)}${hint}`, { cause: err });
  }
  if (err instanceof errors.ResponseError && (err.statusCode ?? 0) === 400) {
    return new InputError(`Elasticsearch refused ${what}: ${esReason(err)}`, { cause: err });
  }
  return err instanceof Error ? err : new Error(String(err));
}
