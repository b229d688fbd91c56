// Reading an import file (CSV, JSONL or a JSON array) in bounded memory, for both importers (social
// `import` sources and `pantau import`). Two streaming passes:
//   1. inspectFile: size, sha256 and the encoding, without decoding into strings;
//   2. readRecords(decodeFile(…)): records one at a time as they are parsed, hashing again what is
//      actually read (the cursor saved after the import is the hash of the bytes imported).
// Encodings: a byte-order mark (UTF-8, UTF-16LE/BE) wins; then options.encoding (iconv-lite names);
// then a UTF-16 file without BOM (NUL bytes on one side); then UTF-8 if every byte is valid UTF-8;
// else windows-1252 (what Excel on Windows writes as "CSV"), with a warning naming the first bad byte.
import { createHash, type Hash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { JSONParser } from '@streamparser/json';
import iconv from 'iconv-lite';
import { PermanentError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/types.js';
import { CsvSyntaxError, readCsv } from './csv.js';

export type ImportFormat = 'csv' | 'json' | 'jsonl';

export interface FileEncoding {
  /** iconv-lite name: utf-8, utf-16le, utf-16be, windows-1252, … */
  encoding: string;
  how: 'bom' | 'option' | 'utf-16 sniff' | 'valid utf-8' | 'fallback';
  /** Why the encoding was not the obvious one (fallback, an option overridden by a BOM). */
  warning?: string;
}

export interface FileFacts {
  size: number;
  sha256: string;
  encoding: FileEncoding;
}

/** A file that cannot be read as a whole (malformed CSV/JSON); rows before the fault were yielded. */
export class MalformedFileError extends Error {}

const CHUNK = 1 << 20;

function bomOf(b: Buffer): string | undefined {
  if (b.length >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
  if (b.length >= 2 && b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
  if (b.length >= 2 && b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
  return undefined;
}

/** UTF-16 text without a BOM: ASCII characters leave a NUL on one side of every pair. */
function sniffUtf16(b: Buffer): string | undefined {
  const n = Math.min(b.length, 4096) & ~1;
  if (n < 8) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < n; i += 2) {
    if (b[i] === 0) even++;
    if (b[i + 1] === 0) odd++;
  }
  const pairs = n / 2;
  if (odd > pairs * 0.4 && even < pairs * 0.05) return 'utf-16le';
  if (even > pairs * 0.4 && odd < pairs * 0.05) return 'utf-16be';
  return undefined;
}

/** Offset of the first byte that breaks UTF-8 in `b` (skipping continuation bytes at its start). */
function firstInvalidUtf8(b: Buffer): number {
  let i = 0;
  while (i < 3 && i < b.length && (b[i]! & 0xc0) === 0x80) i++;
  while (i < b.length) {
    const c = b[i]!;
    const len = c < 0x80 ? 1 : c >= 0xc2 && c < 0xe0 ? 2 : c >= 0xe0 && c < 0xf0 ? 3 : c >= 0xf0 && c < 0xf5 ? 4 : 0;
    if (len === 0) return i;
    for (let k = 1; k < len; k++) {
      if (i + k >= b.length) return i; // cut at the end of the file
      if ((b[i + k]! & 0xc0) !== 0x80) return i;
    }
    i += len;
  }
  return Math.max(0, b.length - 1);
}

/** True for names iconv-lite can decode. */
export function knownEncoding(name: string): boolean {
  return iconv.encodingExists(name);
}

/** Pass 1: size, sha256 and encoding in one read of the bytes. */
export async function inspectFile(path: string, opts: { encoding?: string } = {}): Promise<FileFacts> {
  const hash = createHash('sha256');
  const utf8 = new TextDecoder('utf-8', { fatal: true });
  let size = 0;
  let first: Buffer | undefined;
  let bom: string | undefined;
  let check = !opts.encoding;
  let invalid: { offset: number; byte: number } | undefined;
  for await (const chunk of createReadStream(path, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (!first) {
      first = chunk;
      bom = bomOf(chunk);
      if (bom || (check && sniffUtf16(chunk))) check = false;
    }
    if (check) {
      try {
        utf8.decode(chunk, { stream: true });
      } catch {
        const at = firstInvalidUtf8(chunk);
        invalid = { offset: size + at, byte: chunk[at]! };
        check = false;
      }
    }
    size += chunk.length;
  }
  if (check) {
    try {
      utf8.decode();
    } catch {
      invalid = { offset: size - 1, byte: first ? first[first.length - 1]! : 0 };
    }
  }
  const sha256 = hash.digest('hex');
  let encoding: FileEncoding;
  if (bom) {
    const ignored = opts.encoding && iconv.getCodec(opts.encoding).encodingName !== iconv.getCodec(bom).encodingName;
    encoding = {
      encoding: bom,
      how: 'bom',
      warning: ignored ? `options.encoding "${opts.encoding}" ignored: the file starts with a ${bom.toUpperCase()} byte-order mark` : undefined,
    };
  } else if (opts.encoding) encoding = { encoding: opts.encoding, how: 'option' };
  else if (first && sniffUtf16(first)) encoding = { encoding: sniffUtf16(first)!, how: 'utf-16 sniff' };
  else if (!invalid) encoding = { encoding: 'utf-8', how: 'valid utf-8' };
  else {
    encoding = {
      encoding: 'windows-1252',
      how: 'fallback',
      warning: `not valid UTF-8 (byte 0x${invalid.byte.toString(16).padStart(2, '0')} at offset ${invalid.offset}); read as windows-1252 — set options.encoding to choose another`,
    };
  }
  return { size, sha256, encoding };
}

/** Pass 2: the file's text in the given encoding, chunk by chunk (BOM removed), hashed into `hash`. */
export async function* decodeFile(path: string, encoding: string, hash?: Hash): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding, { stripBOM: true });
  const stream = createReadStream(path, { highWaterMark: CHUNK });
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      hash?.update(chunk);
      const s = decoder.write(chunk);
      if (s) yield s;
    }
    const tail = decoder.end();
    if (tail) yield tail;
  } finally {
    stream.destroy();
  }
}

/** One record of the file: an object, or a string saying why this row is unusable. */
export interface FileRecord {
  /** CSV: the line the row starts on; JSONL: the line; JSON: the position in the array (1-based). */
  row: number;
  value: unknown;
}

export interface RecordOptions {
  /** CSV delimiter; guessed from the header line when absent. */
  delimiter?: string;
  /** Longest CSV record or JSONL line, in characters. */
  maxRecordChars?: number;
}

const MAX_RECORD = 4_000_000;

async function* csvRecords(text: AsyncIterable<string>, opts: RecordOptions): AsyncGenerator<FileRecord> {
  let names: string[] | undefined;
  try {
    for await (const r of readCsv(text, { delimiter: opts.delimiter, maxRecordChars: opts.maxRecordChars ?? MAX_RECORD })) {
      if (!names) {
        names = r.fields.map((h) => h.trim());
        continue;
      }
      const n = names;
      yield {
        row: r.line,
        value: r.fields.length > n.length ? `row has ${r.fields.length} fields, the header ${n.length}` : Object.fromEntries(n.map((h, i) => [h, r.fields[i] ?? ''])),
      };
    }
  } catch (e) {
    if (e instanceof CsvSyntaxError) throw new MalformedFileError(`malformed CSV: ${e.message}`);
    throw e;
  }
}

async function* jsonlRecords(text: AsyncIterable<string>, opts: RecordOptions): AsyncGenerator<FileRecord> {
  const max = opts.maxRecordChars ?? MAX_RECORD;
  let buf = '';
  let line = 0;
  let skipping = false; // inside a line that was too long: drop text until its end
  const one = (l: string): FileRecord | undefined => {
    line++;
    const t = l.trim();
    if (!t) return undefined;
    try {
      return { row: line, value: JSON.parse(t) as unknown };
    } catch {
      return { row: line, value: 'not valid JSON' };
    }
  };
  for await (const chunk of text) {
    buf += chunk;
    let start = 0;
    for (let nl = buf.indexOf('\n', start); nl >= 0; nl = buf.indexOf('\n', start)) {
      if (skipping) {
        skipping = false;
        line++;
      } else if (nl - start > max) {
        line++;
        yield { row: line, value: `line longer than ${max} characters` };
      } else {
        const r = one(buf.slice(start, nl));
        if (r) yield r;
      }
      start = nl + 1;
    }
    buf = buf.slice(start);
    if (buf.length > max) {
      if (!skipping) yield { row: line + 1, value: `line longer than ${max} characters` };
      skipping = true;
      buf = '';
    }
  }
  if (skipping) return;
  const r = one(buf);
  if (r) yield r;
}

const ROOT_KEYS = ['data', 'items', 'records', 'mentions'];
const SHAPE = 'expected a JSON array of records (or {data|items|records|mentions: [...]})';

/** A JSON array of records, or {data|items|records|mentions: [...]}, parsed as it streams. */
async function* jsonRecords(text: AsyncIterable<string>): AsyncGenerator<FileRecord> {
  let parser: JSONParser | undefined;
  let found = false;
  const ready: FileRecord[] = [];
  const fail = (e: unknown): never => {
    throw new MalformedFileError(`malformed JSON: ${(e as Error).message.split('\n')[0]}`);
  };
  for await (const chunk of text) {
    if (!parser) {
      const t = chunk.replace(/^\uFEFF/, '').trimStart();
      if (!t) continue;
      if (t[0] !== '[' && t[0] !== '{') throw new MalformedFileError(SHAPE);
      const root = t[0] === '[';
      found = root;
      // keepStack: false drops each emitted record from its array, so memory stays flat; the list
      // itself ("$.data") is emitted last, empty by then, and only says that the list was there.
      parser = new JSONParser({ paths: root ? ['$.*'] : ROOT_KEYS.flatMap((k) => [`$.${k}.*`, `$.${k}`]), keepStack: false });
      parser.onValue = ({ value, key }) => {
        if (typeof key === 'number') ready.push({ row: key + 1, value });
        else if (Array.isArray(value)) found = true;
      };
    }
    try {
      parser.write(chunk);
    } catch (e) {
      fail(e);
    }
    yield* ready.splice(0);
  }
  if (!parser) return;
  try {
    // The parser ends by itself after a complete document; end() then only checks for a cut one.
    if (!parser.isEnded) parser.end();
  } catch (e) {
    fail(e);
  }
  yield* ready.splice(0);
  if (!found) throw new MalformedFileError(SHAPE);
}

/** The records of a decoded file, one at a time. */
export function readRecords(text: AsyncIterable<string>, format: ImportFormat, opts: RecordOptions = {}): AsyncGenerator<FileRecord> {
  if (format === 'csv') return csvRecords(text, opts);
  if (format === 'jsonl') return jsonlRecords(text, opts);
  return jsonRecords(text);
}

// Default size limit (see import-limits.ts for why 200 MB).
export { DEFAULT_IMPORT_MAX_BYTES } from './import-limits.js';

export interface ImportFile {
  path: string;
  format: ImportFormat;
  /** options.encoding (iconv-lite name); detected when absent. */
  encoding?: string;
  delimiter?: string;
  maxBytes: number;
}

export interface OpenedImport {
  facts: FileFacts;
  /** The records, streamed; call once. A malformed file throws PermanentError after the rows before the fault. */
  records(): AsyncGenerator<FileRecord>;
  /** sha256 of the bytes records() read (after it finished). */
  sha256(): string;
}

/**
 * Pass 1 over an import file: PermanentError when it is missing or too large, the encoding logged
 * (info; warn with `warn` called for a fallback), and the records ready to stream.
 */
export async function openImportFile(f: ImportFile, log: Logger, warn?: (message: string) => void): Promise<OpenedImport> {
  let facts: FileFacts;
  try {
    facts = await inspectFile(f.path, { encoding: f.encoding });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new PermanentError(`import: cannot read ${f.path}: ${code ?? (e as Error).message}`, 'not_found');
  }
  if (facts.size > f.maxBytes) {
    throw new PermanentError(`import: ${f.path} is ${facts.size} bytes, over options.maxBytes (${f.maxBytes})`, 'too_large');
  }
  log.info({ path: f.path, encoding: facts.encoding.encoding, how: facts.encoding.how }, `import file read as ${facts.encoding.encoding}`);
  if (facts.encoding.warning) {
    log.warn({ path: f.path, encoding: facts.encoding.encoding }, facts.encoding.warning);
    warn?.(`${f.path}: ${facts.encoding.warning}`);
  }
  const hash = createHash('sha256');
  let digest: string | undefined;
  return {
    facts,
    async *records() {
      try {
        yield* readRecords(decodeFile(f.path, facts.encoding.encoding, hash), f.format, { delimiter: f.delimiter });
      } catch (e) {
        if (e instanceof MalformedFileError) throw new PermanentError(`import ${f.path}: ${e.message}`, 'malformed');
        throw e;
      }
      digest = hash.digest('hex');
    },
    sha256: () => digest ?? facts.sha256,
  };
}
