// Content hashes decide "duplicate" (identical to what is stored) versus "updated".
import { hash } from 'node:crypto';

/**
 * Hash of a tuple of strings (null = absent). Each part is length-prefixed, so no two different
 * tuples feed the same bytes. The parts are joined and hashed in one call (crypto.hash, one-shot,
 * no Hash object): a mention has 14 parts and each `update` was a crossing into C++. The bytes are
 * those the incremental hash of schema 3 read, so stored hashes stay valid: the UTF-8 of a joined
 * string equals the joined UTF-8 of its parts unless a surrogate pair is split at a seam, and every
 * seam has the next part's ASCII length prefix on its right.
 */
export function hashParts(parts: readonly (string | null)[]): string {
  let s = '';
  for (const p of parts) s += p === null ? '-;' : `${p.length};${p}`;
  return hash('sha256', s, 'base64url');
}
