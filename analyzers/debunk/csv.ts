// CSV files of the evaluation and training data (FakeNewsID, TurnBackHoax, eval --data files), read
// with csv-parse (the one CSV library of the project; crawlers/social/csv.ts streams with it).
// The callers read small files synchronously, so this uses csv-parse's sync API. A quote inside an
// unquoted field is kept as a literal character (relax_quotes), as the other readers always did.
import { parse } from 'csv-parse/sync';

/** CSV with a header row → objects keyed by header names. Blank lines are skipped. */
export function parseCsvObjects(text: string): Record<string, string>[] {
  const rows = parse(text, {
    bom: true,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
  const header = rows.shift() ?? [];
  return rows
    .filter((r) => r.length > 1 || (r[0] ?? '').trim() !== '')
    .map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
}
