// Issue 17.9: text from strangers cannot drive the terminal it is printed on.
import { describe, expect, it } from 'vitest';
import { terminalSafe, terminalSafeDeep } from '../../../src/cli/terminal.js';

describe('terminalSafe', () => {
  it('removes OSC (window title, clipboard), CSI (clear screen, colours), 8-bit C1 and stray controls', () => {
    expect(terminalSafe('\x1b]0;owned\x07Banjir di Jambi')).toBe('Banjir di Jambi');
    expect(terminalSafe('\x1b]52;c;ZXZpbA==\x1b\\Judul')).toBe('Judul');
    expect(terminalSafe('\x1b[2J\x1b[HJudul \x1b[31mmerah\x1b[0m')).toBe('Judul merah');
    expect(terminalSafe('a\x9b2Jb\x9d0;t\x9cc')).not.toMatch(/[\x80-\x9f]/);
    expect(terminalSafe('bel\x07 bs\x08 del\x7f nul\x00 esc\x1b')).toBe('bel bs del nul esc');
    // An unknown sequence loses its ESC, so what is left is plain text.
    expect(terminalSafe('\x1b]8;;http://evil.test/\x1b\\klik\x1b]8;;\x1b\\')).not.toContain('\x1b');
  });

  it('one line by default (CR cannot overwrite the line), line breaks kept with multiline; TAB stays', () => {
    expect(terminalSafe('benar\rpalsu')).toBe('benar palsu');
    expect(terminalSafe('satu\ndua\r\ntiga\u2028empat')).toBe('satu dua tiga empat');
    expect(terminalSafe('satu\r\ndua\n', { multiline: true })).toBe('satu\ndua\n');
    expect(terminalSafe('a\tb')).toBe('a\tb');
  });

  it('drops bidi overrides and isolates (reordered text), keeps Indonesian and emoji', () => {
    expect(terminalSafe('harga \u202enaik\u202c \u2066x\u2069')).toBe('harga naik x');
    expect(terminalSafe('Kota Jambi — “Wali Kota” 😀 Rp 10.000')).toBe('Kota Jambi — “Wali Kota” 😀 Rp 10.000');
  });

  it('deep: every string of a report, numbers and keys untouched', () => {
    expect(terminalSafeDeep({ a: ['\x1b[2Jx', 3], b: { c: 'ok\x07', n: null } })).toEqual({ a: ['x', 3], b: { c: 'ok', n: null } });
  });
});
