// Line-oriented input/output helpers shared by commands (`-` means stdin/stdout).
import { createReadStream, createWriteStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { InputError } from '../core/errors.js';

export function openLines(path: string): AsyncIterable<string> {
  if (path !== '-' && !existsSync(path)) throw new InputError(`input file not found: ${path}`);
  const input = path === '-' ? process.stdin : createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 }) // 1 MiB reads: whole batches of lines at once;
  return createInterface({ input, crlfDelay: Infinity });
}

export function openOutput(path: string | undefined): NodeJS.WritableStream & { done(): Promise<void> } {
  if (!path || path === '-') {
    return Object.assign(process.stdout, { done: async () => {} });
  }
  const s = createWriteStream(path, { encoding: 'utf8' });
  return Object.assign(s, {
    done: () =>
      new Promise<void>((resolve, reject) => {
        s.end(() => resolve());
        s.on('error', reject);
      }),
  });
}

/** Write respecting backpressure, so a 1 GB run does not buffer in memory. */
export async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(line + '\n')) await new Promise<void>((r) => out.once('drain', () => r()));
}
