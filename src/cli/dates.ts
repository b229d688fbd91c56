// --from / --to as people type them, read in the office's time zone (config `timezone`).
import { InputError } from '../core/errors.js';
import { parseQueryInstant } from '../core/query.js';
import { nextLocalDay, startOfLocalDay } from '../core/time.js';

/**
 * "2026-11-16" → local midnight that day; for --to a bare date includes that whole day (the bound
 * is exclusive, so it becomes the next local midnight). "2026-11-16T08:00" is local time; a value
 * with Z or an offset is that instant. Returns an ISO instant, or undefined when not given.
 */
export function parseDateOption(value: string | undefined, which: 'from' | 'to', zone: string): string | undefined {
  if (value === undefined || value === '') return undefined;
  try {
    if (which === 'to' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      parseQueryInstant(value, which, zone); // validates the date itself
      return new Date(startOfLocalDay(nextLocalDay(value), zone)).toISOString();
    }
    return new Date(parseQueryInstant(value, which, zone)!).toISOString();
  } catch (e) {
    if (e instanceof InputError) throw new InputError(`--${which}: expected YYYY-MM-DD or an ISO date-time, got "${value}"`);
    throw e;
  }
}
