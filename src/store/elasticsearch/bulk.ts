// Bulk writes through the client's bulk helper, with Pantau's own retry: the helper retries a 429
// only after a fixed wait, all at once, which keeps hammering an overloaded cluster. Here the helper
// runs with retries: 0 and hands every refused item to onDrop; items refused with 429 or 5xx (and
// whole requests that failed on the network) are retried after a randomized exponential backoff
// (full jitter, capped), a bounded number of times, and whatever is still not stored is handed back
// to the caller (the store's local outbox), never dropped. A refused item's own fault (a mapping
// error, 400) is dropped with its reason; a 409 is a conflict the caller resolves.
import type { Client } from '@elastic/elasticsearch';
import { errorMessage } from '../../core/errors.js';
import { esReason, isRetryableStatus, isUnavailable } from './errors.js';

export interface BulkOp {
  kind: 'create' | 'index';
  index: string;
  id: string;
  /** The serialized document. */
  body: string;
  ifSeqNo?: number;
  ifPrimaryTerm?: number;
}

export type OpOutcome =
  | { status: 'ok' }
  | { status: 'conflict' }
  | { status: 'rejected'; reason: string }
  | { status: 'retry'; reason: string };

export interface BackoffOptions {
  /** Tries in all, the first included (default 4). */
  attempts: number;
  baseMs: number;
  capMs: number;
  sleep: (ms: number) => Promise<void>;
  random: () => number;
}

export const DEFAULT_BACKOFF: Omit<BackoffOptions, 'sleep'> = { attempts: 4, baseMs: 250, capMs: 8_000, random: Math.random };

/** Full jitter: a uniform wait in [0, min(cap, base·2^attempt)], so many writers do not retry in step. */
export function backoffMs(attempt: number, o: Pick<BackoffOptions, 'baseMs' | 'capMs' | 'random'>): number {
  return Math.round(o.random() * Math.min(o.capMs, o.baseMs * 2 ** attempt));
}

/** Requests of at most this many bytes (Elasticsearch's default http.max_content_length is 100 MB). */
const MAX_REQUEST_BYTES = 8 * 1024 * 1024;

function chunks(ops: BulkOp[]): BulkOp[][] {
  const out: BulkOp[][] = [];
  let cur: BulkOp[] = [];
  let bytes = 0;
  for (const op of ops) {
    const size = op.body.length + op.id.length + op.index.length + 64;
    if (cur.length && bytes + size > MAX_REQUEST_BYTES) {
      out.push(cur);
      cur = [];
      bytes = 0;
    }
    cur.push(op);
    bytes += size;
  }
  if (cur.length) out.push(cur);
  return out;
}

function action(op: BulkOp): [{ create: { _index: string; _id: string } }, string] | [{ index: { _index: string; _id: string } }, string] {
  const target = { _index: op.index, _id: op.id };
  if (op.kind === 'create') return [{ create: target }, op.body];
  const guard = op.ifSeqNo !== undefined ? { if_seq_no: op.ifSeqNo, if_primary_term: op.ifPrimaryTerm } : {};
  return [{ index: { ...target, ...guard } }, op.body];
}

interface Dropped {
  status: number;
  reason: string;
}

/** One pass: every op sent once (one request per chunk); the outcome of each, by position. */
async function sendOnce(client: Client, ops: BulkOp[], refresh: boolean): Promise<OpOutcome[]> {
  const outcomes: OpOutcome[] = [];
  for (const chunk of chunks(ops)) {
    const dropped = new Map<string, Dropped>();
    const keyOf = (index: string | undefined, id: string | undefined) => `${index ?? ''}\u0000${id ?? ''}`;
    try {
      await client.helpers.bulk<BulkOp>({
        datasource: chunk,
        // One request per chunk: a request that fails as a whole then says exactly which ops are unknown.
        flushBytes: Number.MAX_SAFE_INTEGER,
        concurrency: 1,
        retries: 0,
        refresh: refresh ? 'wait_for' : false,
        onDocument: (op) => action(op),
        onDrop: (d) => {
          const op = d.operation as unknown as Record<string, { _index?: string; _id?: string } | undefined>;
          const target = op.create ?? op.index;
          const e = d.error;
          const reason = e ? `${e.type}: ${e.reason ?? ''}`.trim() : d.status === 429 ? 'rejected: too many requests (429)' : `HTTP ${d.status}`;
          dropped.set(keyOf(target?._index, target?._id), { status: d.status, reason });
        },
      });
    } catch (err) {
      if (!isUnavailable(err)) throw err;
      const reason = esReason(err);
      for (let i = 0; i < chunk.length; i++) outcomes.push({ status: 'retry', reason });
      continue;
    }
    for (const op of chunk) {
      // A write through an alias reports the concrete index: match by id when the alias was used.
      const d = dropped.get(keyOf(op.index, op.id)) ?? [...dropped.entries()].find(([k]) => k.endsWith(`\u0000${op.id}`))?.[1];
      if (!d) outcomes.push({ status: 'ok' });
      else if (d.status === 409) outcomes.push({ status: 'conflict' });
      else if (isRetryableStatus(d.status) || d.status === 401 || d.status === 403) outcomes.push({ status: 'retry', reason: d.reason });
      else outcomes.push({ status: 'rejected', reason: `Elasticsearch refused it: ${d.reason}` });
    }
  }
  return outcomes;
}

/**
 * Send ops, retrying the retryable ones with backoff. Returns each op's final outcome (in order);
 * 'retry' ones are those still refused after the last attempt.
 */
export async function sendWithBackoff(client: Client, ops: BulkOp[], refresh: boolean, backoff: BackoffOptions): Promise<OpOutcome[]> {
  const final: OpOutcome[] = new Array<OpOutcome>(ops.length);
  let pending = ops.map((op, i) => ({ op, i }));
  for (let attempt = 0; pending.length; attempt++) {
    if (attempt > 0) await backoff.sleep(backoffMs(attempt - 1, backoff));
    let outcomes: OpOutcome[];
    try {
      outcomes = await sendOnce(
        client,
        pending.map((p) => p.op),
        refresh,
      );
    } catch (err) {
      throw new Error(`bulk write failed: ${errorMessage(err)}`, { cause: err });
    }
    const again: typeof pending = [];
    outcomes.forEach((o, k) => {
      const p = pending[k]!;
      final[p.i] = o;
      if (o.status === 'retry' && attempt + 1 < backoff.attempts) again.push(p);
    });
    pending = again;
  }
  return final;
}
