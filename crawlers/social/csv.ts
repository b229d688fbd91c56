// CSV rows from a stream of decoded text, through csv-parse's streaming parser: quoted fields with ""
// escapes and embedded newlines, CRLF, LF or CR (mixed too), ragged rows, and the delimiter guessed
// from the header line (Indonesian spreadsheet exports often use ";" because "," is the decimal
// separator; Excel's "Unicode text" uses tabs). Rows come one at a time with their 1-based starting
// line, so a bad row can be reported by line and a million-row file never sits in memory.
import { Readable } from 'node:stream';
import { CsvError, parse } from 'csv-parse';

export interface CsvRow {
  line: number;
  fields: string[];
}

export interface CsvOptions {
  /** One character; guessed from the header line when absent. */
  delimiter?: string;
  /** Longest record in characters; a longer one (an unclosed quote swallowing the file) is an error. */
  maxRecordChars?: number;
}

/** The most frequent of , ; TAB | on the header line (ties: the first in that order). */
export function guessDelimiter(headerLine: string): string {
  let best = ',';
  let bestCount = -1;
  for (const d of [',', ';', '\t', '|']) {
    const n = headerLine.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** A malformed file (unclosed quote, oversized record): the rows before it were already yielded. */
export class CsvSyntaxError extends Error {}

const LINE_BREAK = /\r\n|\r|\n/g;

function countBreaks(raw: string): number {
  let n = 0;
  LINE_BREAK.lastIndex = 0;
  while (LINE_BREAK.exec(raw)) n++;
  return n;
}

/**
 * Parses rows as the text arrives. Blank lines are skipped but counted. csv-parse's own line
 * counter counts a CRLF inside a quoted field twice, so lines are counted here from each record's
 * raw text.
 */
export async function* readCsv(text: AsyncIterable<string> | Iterable<string>, opts: CsvOptions = {}): AsyncGenerator<CsvRow> {
  const it = (async function* () {
    yield* text;
  })();
  // Enough text to see the whole header line (or the whole file, if it has one line).
  const maxRecord = opts.maxRecordChars ?? 4_000_000;
  let head = '';
  let done = false;
  // (A file without any line break stops at the record cap, and the parser then refuses it.)
  while (!/[\r\n]/.test(head) && head.length <= maxRecord) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head += r.value;
  }
  head = head.replace(/^\uFEFF/, '');
  if (!head) return;
  const delimiter = opts.delimiter ?? guessDelimiter(head.slice(0, head.search(/[\r\n]|$/)));
  const rest = async function* (): AsyncGenerator<string> {
    yield head;
    if (done) return;
    for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
  };
  const source = Readable.from(rest(), { objectMode: false });
  const parser = parse({
    delimiter,
    relax_quotes: true,
    relax_column_count: true,
    raw: true,
    record_delimiter: ['\r\n', '\n', '\r'],
    max_record_size: maxRecord,
  });
  source.on('error', (e) => parser.destroy(e));
  source.pipe(parser);
  let line = 1;
  try {
    for await (const rec of parser as AsyncIterable<{ record: string[]; raw: string }>) {
      const start = line;
      line += countBreaks(rec.raw);
      const f = rec.record;
      if (f.length === 1 && f[0] === '') continue;
      yield { line: start, fields: f };
    }
  } catch (e) {
    if (e instanceof CsvError) {
      if (e.code === 'CSV_QUOTE_NOT_CLOSED') throw new CsvSyntaxError(`unterminated quoted field starting on line ${line}`);
      if (e.code === 'CSV_MAX_RECORD_SIZE') throw new CsvSyntaxError(`the record starting on line ${line} is longer than ${maxRecord} characters (an unclosed quote?)`);
      throw new CsvSyntaxError(`${e.message.replace(/ at line \d+.*$/, '')} near line ${line}`);
    }
    throw e;
  } finally {
    source.destroy();
    parser.destroy();
  }
}
