// Content hashes decide "duplicate" (identical to what is stored) versus "updated".
import { createHash } from 'node:crypto';

/**
 * Hash of a tuple of strings (null = absent). Each part is length-prefixed, so no two different
 * tuples feed the same bytes; big texts go straight into the hash without being re-serialized.
 */
export function hashParts(parts: readonly (string | null)[]): string {
  const h = createHash('sha256');
  for (const p of parts) {
    if (p === null) h.update('-;');
    else h.update(`${p.length};`).update(p);
  }
  return h.digest('base64url');
}
