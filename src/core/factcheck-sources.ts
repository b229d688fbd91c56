// Which sources hold debunks. Kept apart from config.ts so that commands can use it without loading
// the config schema (zod) at start-up.

/**
 * Ids of the sources configured `factcheck: true`. Their items are the debunks, written in the hoax's
 * own words: the issue map, the alert counters and the counts an office reads leave them out.
 */
export function factcheckSourceIds(config: { readonly sources: readonly { readonly id: string; readonly factcheck: boolean }[] }): string[] {
  return config.sources.filter((s) => s.factcheck).map((s) => s.id);
}
