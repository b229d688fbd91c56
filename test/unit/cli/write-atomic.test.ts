// writeAtomic renames a temporary file over a regular file only: whatever else stands at the path (a
// symlink here; /dev/null or a pipe on a real machine) is written in place and stays what it was.
import { lstatSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeAtomic } from '../../../src/cli/map-output.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-write-atomic-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('writeAtomic', () => {
  it('replaces a regular file through a temporary one, leaving no temporary behind', () => {
    const f = join(dir, 'sub', 'peta.md');
    writeAtomic(f, 'satu');
    writeAtomic(f, 'dua');
    expect(readFileSync(f, 'utf8')).toBe('dua');
    expect(readdirSync(join(dir, 'sub'))).toEqual(['peta.md']);
  });

  it('writes through a symlink (or a device) in place instead of replacing it', () => {
    const target = join(dir, 'target.html');
    writeFileSync(target, 'lama');
    const link = join(dir, 'latest.html');
    symlinkSync(target, link);
    writeAtomic(link, 'baru');
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toBe('baru');
  });
});
