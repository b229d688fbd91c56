// Reading kind-specific settings from source.options (config gives them as unknown). A wrong type is
// a configuration mistake, so it fails the source with a message naming the key, never silently
// falls back to the default.
import { PermanentError } from '../../src/core/errors.js';
import type { Source } from '../../src/core/types.js';

function bad(source: Source, key: string, expected: string, got: unknown): PermanentError {
  return new PermanentError(`source ${source.id}: options.${key}: expected ${expected}, got ${JSON.stringify(got)}`, 'bad_option');
}

export function numberOption(source: Source, key: string, fallback: number): number {
  const v = source.options[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'number' && Number.isFinite(v) && v >= 0) return v;
  if (typeof v === 'string' && /^\d+(\.\d+)?$/.test(v.trim())) return Number(v);
  throw bad(source, key, 'a non-negative number', v);
}

export function stringOption(source: Source, key: string): string | undefined;
export function stringOption(source: Source, key: string, required: true): string;
export function stringOption(source: Source, key: string, required = false): string | undefined {
  const v = source.options[key];
  if (v === undefined || v === null || v === '') {
    if (required) throw new PermanentError(`source ${source.id}: options.${key} is required for kind ${source.kind}`, 'bad_option');
    return undefined;
  }
  if (typeof v !== 'string') throw bad(source, key, 'a string', v);
  return v;
}

export function booleanOption(source: Source, key: string, fallback: boolean): boolean {
  const v = source.options[key];
  if (v === undefined || v === null) return fallback;
  if (typeof v === 'boolean') return v;
  throw bad(source, key, 'true or false', v);
}
