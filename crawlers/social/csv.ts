// A small RFC 4180 CSV reader: quoted fields with "" escapes and embedded newlines, CRLF or LF, a
// leading BOM, and the delimiter guessed from the header line (Indonesian spreadsheet exports often
// use ";" because "," is the decimal separator). Returns rows with their 1-based starting line.
export interface CsvRow {
  line: number;
  fields: string[];
}

export function guessDelimiter(text: string): string {
  const header = text.slice(0, text.search(/\r?\n|$/));
  let best = ',';
  let bestCount = -1;
  for (const d of [',', ';', '\t', '|']) {
    const n = header.split(d).length - 1;
    if (n > bestCount) {
      best = d;
      bestCount = n;
    }
  }
  return best;
}

/** Parses all rows; an unterminated quote throws (the file is malformed as a whole). */
export function parseCsv(input: string, delimiter?: string): CsvRow[] {
  const text = input.replace(/^\uFEFF/, '');
  const d = delimiter ?? guessDelimiter(text);
  const rows: CsvRow[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowStart = 1;
  let quoteStart = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted) {
      if (c === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else {
        if (c === '\n') line++;
        field += c;
      }
      continue;
    }
    if (c === '"' && field === '') {
      quoted = true;
      quoteStart = line;
    } else if (c === d) {
      fields.push(field);
      field = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      fields.push(field);
      if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowStart, fields });
      fields = [];
      field = '';
      line++;
      rowStart = line;
    } else field += c;
  }
  if (quoted) throw new Error(`unterminated quoted field starting on line ${quoteStart}`);
  fields.push(field);
  if (fields.length > 1 || fields[0] !== '') rows.push({ line: rowStart, fields });
  return rows;
}
