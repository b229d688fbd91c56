// `pantau run --shard K/N`: N machines that share one Elasticsearch cluster split the sources
// without talking to each other. A source belongs to shard (hash(id) mod N) + 1, a pure function of
// its id, so every machine with the same config agrees, and adding a source moves no other one.
import { createHash } from 'node:crypto';
import { ConfigError } from '../core/errors.js';

export interface Shard {
  k: number;
  n: number;
}

export function parseShard(v: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(v);
  const k = m ? Number(m[1]) : NaN;
  const n = m ? Number(m[2]) : NaN;
  if (!m || n < 1 || k < 1 || k > n) throw new ConfigError(`--shard: expected K/N with 1 ≤ K ≤ N (e.g. 1/3), got "${v}"`);
  return { k, n };
}

/** The shard (1-based) of a source id among n. */
export function shardOf(sourceId: string, n: number): number {
  const h = createHash('sha256').update(sourceId).digest();
  return (h.readUInt32BE(0) % n) + 1;
}

export function inShard(sourceId: string, s: Shard): boolean {
  return shardOf(sourceId, s.n) === s.k;
}
