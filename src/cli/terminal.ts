// Text from strangers (page titles, HTTP reason phrases, CSV authors and texts, error messages that
// quote them) must not drive the terminal it is printed on: an OSC sequence can set the window title
// or write to the clipboard, CSI can clear the screen or recolour the rest of the output, a bare CR
// overwrites a line, and bidi overrides reorder what the reader sees (a "Trojan source" line).
// Everything printed for people — tables, summaries, Markdown, one-line errors — goes through
// terminalSafe(); JSON output is never touched (JSON.stringify already escapes C0 controls and a
// program reading it must get the exact value).
import { stripVTControlCharacters } from 'node:util';

// C0 controls except TAB and LF, DEL, and the C1 block (U+0080–U+009F: 8-bit CSI, OSC, ST, …).
const CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/g;
// Bidi embeddings/overrides/isolates and the Arabic letter mark: they reorder the text around them.
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
// Line and paragraph separators act as line breaks in some terminals and most Markdown renderers.
const SEPARATORS = /[\u2028\u2029]/g;

export interface TerminalSafeOptions {
  /** Keep line breaks (multi-line text blocks); by default a field is one line and breaks become spaces. */
  multiline?: boolean;
}

/**
 * A string that prints as plain text: complete escape sequences removed (Node's own ANSI matcher,
 * util.stripVTControlCharacters), then every control character still left — the ESC of a sequence
 * that matcher does not know, BEL, CR, BS, C1 — removed, and bidi controls dropped. Without ESC/C1
 * nothing that follows can be interpreted as a command, so leftovers of an unknown sequence are
 * harmless text. TAB is kept; LF is kept only with `multiline`, otherwise CR/LF become one space.
 */
export function terminalSafe(value: unknown, opts: TerminalSafeOptions = {}): string {
  let s = typeof value === 'string' ? value : value === undefined || value === null ? '' : String(value);
  // Fast path: most text has nothing to neutralise.
  if (!/[\u0000-\u0008\u000A-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\u2028\u2029]/.test(s)) return s;
  s = stripVTControlCharacters(s);
  s = opts.multiline ? s.replace(/\r\n?/g, '\n').replace(SEPARATORS, '\n') : s.replace(/[\r\n\u2028\u2029]+/g, ' ');
  return s.replace(CONTROLS, '').replace(BIDI, '');
}

/**
 * A deep copy of a report object with every string made terminal-safe, for renderers that print
 * fields of it (audit table, Markdown). Keys are kept; numbers, booleans and null pass through.
 */
export function terminalSafeDeep<T>(value: T, opts: TerminalSafeOptions = {}): T {
  if (typeof value === 'string') return terminalSafe(value, opts) as T;
  if (Array.isArray(value)) return value.map((v) => terminalSafeDeep(v, opts)) as T;
  if (value && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = terminalSafeDeep(v, opts);
    return out as T;
  }
  return value;
}
