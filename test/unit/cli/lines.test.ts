// Issue 17.13: input lines are read with a bounded length, so one giant line is reported and
// skipped instead of ending the run with a RangeError; binary input is refused with one line.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { boundedLines, maxLineBytes } from '../../../src/cli/io.js';

async function all(chunks: (string | Buffer)[], maxLineBytes?: number, where?: string) {
  const out = [];
  for await (const l of boundedLines(Readable.from(chunks.map((c) => (typeof c === 'string' ? Buffer.from(c) : c))), { maxLineBytes, where })) out.push(l);
  return out;
}

describe('boundedLines', () => {
  it('splits lines across chunks, CRLF and a last line without newline, like readline', async () => {
    expect(await all(['sa', 'tu\r\ndu', 'a\n\ntiga'])).toEqual(['satu', 'dua', '', 'tiga']);
    expect(await all(['a\n'])).toEqual(['a']);
    // A character cut between chunks is decoded whole.
    const e = Buffer.from('é\n');
    expect(await all([e.subarray(0, 1), e.subarray(1)])).toEqual(['é']);
  });

  it('a line over the cap becomes one marker with its size, and the next lines still come', async () => {
    const big = 'x'.repeat(50);
    expect(await all(['ok\n', big.slice(0, 20), big.slice(20), '\nlagi\n'], 16)).toEqual(['ok', { tooLong: true, bytes: 50 }, 'lagi']);
    expect(await all([big], 16)).toEqual([{ tooLong: true, bytes: 50 }]);
  });

  it('refuses binary data with one line naming the input', async () => {
    await expect(all([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2])], undefined, 'in.jsonl')).rejects.toThrow(/^in\.jsonl: binary data \(a NUL byte at byte 4\)/);
    await expect(all([Buffer.from([0xff, 0xfe, 0x41, 0x42])], undefined, 'in.jsonl')).rejects.toThrow(/not UTF-8/);
  });

  it('--max-line-mb', () => {
    expect(maxLineBytes(undefined)).toBe(10 * 1024 * 1024);
    expect(maxLineBytes('0.5')).toBe(512 * 1024);
    expect(() => maxLineBytes('0')).toThrow(/--max-line-mb/);
    expect(() => maxLineBytes('1000')).toThrow(/--max-line-mb/);
  });
});
