// Line-oriented input/output helpers shared by commands (`-` means stdin/stdout).
import { closeSync, createReadStream, createWriteStream, existsSync, openSync, readSync, statSync } from 'node:fs';
import { InputError } from '../core/errors.js';

/**
 * Longest input line read by `pantau analyze` and `factcheck import` (bytes, default 10 MiB;
 * `--max-line-mb`). A longer line is reported by number and skipped without ever being held as one
 * string: V8 cannot build strings beyond ~512 MB, and one such line used to end the whole run with
 * a RangeError, losing every line after it.
 */
export const DEFAULT_MAX_LINE_BYTES = 10 * 1024 * 1024;

/** --max-line-mb: a positive number of megabytes (MiB), at most 400 (below V8's string limit). */
export function maxLineBytes(value: string | undefined): number {
  if (value === undefined) return DEFAULT_MAX_LINE_BYTES;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || n > 400) throw new InputError(`--max-line-mb: expected a number of megabytes between 0 and 400, got "${value}"`);
  return Math.floor(n * 1024 * 1024);
}

/** A line that was longer than the cap: skipped, reported with its size. */
export interface TooLongLine {
  tooLong: true;
  bytes: number;
}

export function isTooLong(l: string | TooLongLine): l is TooLongLine {
  return typeof l !== 'string';
}

/** Bytes of a text file that mean "this is not text": NUL, or a sequence that is not UTF-8. */
export function binaryProblem(buf: Uint8Array): string | undefined {
  const nul = buf.indexOf(0);
  if (nul >= 0) return `binary data (a NUL byte at byte ${nul}), not UTF-8 text`;
  try {
    // stream: true tolerates a character cut at the end of the sniffed chunk.
    new TextDecoder('utf-8', { fatal: true }).decode(buf, { stream: true });
  } catch {
    return 'binary data (bytes that are not UTF-8), not UTF-8 text';
  }
  return undefined;
}

function decodeLine(parts: Buffer[], size: number): string {
  const buf = parts.length === 1 ? parts[0]! : Buffer.concat(parts, size);
  const end = buf.length > 0 && buf[buf.length - 1] === 0x0d ? buf.length - 1 : buf.length; // CRLF
  return buf.toString('utf8', 0, end);
}

/**
 * Lines of a byte stream, each at most `maxLineBytes`; a longer one is skipped while it streams by
 * (its bytes are counted, never kept) and yielded as a TooLongLine so the caller can report it.
 * `where` names the input in errors; its first chunk is sniffed and binary data is refused.
 */
export async function* boundedLines(
  input: AsyncIterable<Buffer | string>,
  opts: { maxLineBytes?: number; where?: string } = {},
): AsyncGenerator<string | TooLongLine> {
  const max = opts.maxLineBytes ?? DEFAULT_MAX_LINE_BYTES;
  let parts: Buffer[] = [];
  let size = 0;
  let skipping = false;
  let skipped = 0;
  let first = true;
  for await (const c of input) {
    const chunk = typeof c === 'string' ? Buffer.from(c, 'utf8') : c;
    if (first && opts.where !== undefined && chunk.length > 0) {
      first = false;
      const problem = binaryProblem(chunk.subarray(0, 65_536));
      if (problem) throw new InputError(`${opts.where}: ${problem}; expected JSON lines`);
    }
    let start = 0;
    while (start <= chunk.length) {
      const nl = chunk.indexOf(0x0a, start);
      const end = nl === -1 ? chunk.length : nl;
      const piece = chunk.subarray(start, end);
      if (skipping) skipped += piece.length;
      else if (size + piece.length > max) {
        skipping = true;
        skipped = size + piece.length;
        parts = [];
        size = 0;
      } else if (piece.length > 0) {
        parts.push(piece);
        size += piece.length;
      }
      if (nl === -1) break;
      if (skipping) yield { tooLong: true, bytes: skipped };
      else yield decodeLine(parts, size);
      skipping = false;
      skipped = 0;
      parts = [];
      size = 0;
      start = nl + 1;
    }
  }
  if (skipping) yield { tooLong: true, bytes: skipped };
  else if (size > 0) yield decodeLine(parts, size);
}

function readHead(path: string, n: number): Buffer {
  const fd = openSync(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    return buf.subarray(0, readSync(fd, buf, 0, n, 0));
  } finally {
    closeSync(fd);
  }
}

/** Lines of a file or of stdin (`-`), bounded and sniffed for binary data (see boundedLines). */
export function openLines(path: string, opts: { maxLineBytes?: number } = {}): AsyncGenerator<string | TooLongLine> {
  if (path !== '-') {
    if (!existsSync(path)) throw new InputError(`input file not found: ${path}`);
    if (statSync(path).isDirectory()) throw new InputError(`input is a directory, not a file: ${path}`);
    // A file is sniffed now, before the caller loads models for it; stdin on its first chunk.
    const problem = binaryProblem(readHead(path, 65_536));
    if (problem) throw new InputError(`${path}: ${problem}; expected JSON lines`);
  }
  // 1 MiB reads: whole batches of lines at once.
  const input = path === '-' ? process.stdin : createReadStream(path, { highWaterMark: 1 << 20 });
  return boundedLines(input, { ...opts, where: path === '-' ? 'stdin' : path });
}

function openError(path: string, err: unknown): InputError {
  const code = (err as NodeJS.ErrnoException).code;
  const why =
    code === 'ENOENT' ? 'its folder does not exist' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'it is a directory' : (code ?? String(err));
  return new InputError(`cannot write ${path}: ${why}`);
}

/**
 * The output file, opened now (synchronously) so that a path that cannot be written fails with one
 * line before any work is done, instead of an unhandled stream error later.
 */
export function openOutput(path: string | undefined): NodeJS.WritableStream & { done(): Promise<void> } {
  if (!path || path === '-') {
    return Object.assign(process.stdout, { done: async () => {} });
  }
  let fd: number;
  try {
    fd = openSync(path, 'w');
  } catch (err) {
    throw openError(path, err);
  }
  const s = createWriteStream(path, { fd, encoding: 'utf8' });
  let failure: Error | undefined;
  // A later write error (disk full) ends the command with one line through done() / writeLine.
  s.on('error', (err) => {
    failure = new InputError(`cannot write ${path}: ${(err as NodeJS.ErrnoException).code ?? err.message}`);
  });
  return Object.assign(s, {
    done: () =>
      new Promise<void>((resolve, reject) => {
        if (failure) return reject(failure);
        s.end(() => (failure ? reject(failure) : resolve()));
        s.once('error', () => reject(failure));
      }),
  });
}

/** Write respecting backpressure, so a 1 GB run does not buffer in memory. */
export async function writeLine(out: NodeJS.WritableStream, line: string): Promise<void> {
  if (!out.write(line + '\n')) {
    await new Promise<void>((resolve, reject) => {
      const onDrain = () => {
        out.off('error', onError);
        resolve();
      };
      const onError = (err: Error) => {
        out.off('drain', onDrain);
        reject(err);
      };
      out.once('drain', onDrain);
      out.once('error', onError);
    });
  }
}
