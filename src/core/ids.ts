import { createHash } from 'node:crypto';

/** Deterministic mention id: sha256 of the canonical URL (hex). Re-crawling never duplicates. */
export function mentionId(canonicalUrl: string): string {
  return createHash('sha256').update(canonicalUrl).digest('hex');
}
