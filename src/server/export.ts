// CSV and JSON downloads of any list the API gives (format=csv|json): the same rows as the page,
// flattened to columns for spreadsheets. csv-stringify quotes what needs quoting; a cell that a
// spreadsheet would run as a formula (=, +, -, @ first) is prefixed with ' (CSV injection).
import { stringify } from 'csv-stringify/sync';
import type { FastifyReply } from 'fastify';

export type Row = Record<string, unknown>;

const FORMULA = /^[=+\-@\t\r]/;

function cell(v: unknown): string {
  if (v === undefined || v === null) return '';
  const s = typeof v === 'object' ? JSON.stringify(v) : String(v);
  return FORMULA.test(s) ? `'${s}` : s;
}

export function toCsv(rows: readonly Row[], columns: readonly string[]): string {
  return '\ufeff' + stringify([columns as string[], ...rows.map((r) => columns.map((c) => cell(r[c])))]);
}

/** Send rows as a download; `name` without extension. */
export function sendExport(reply: FastifyReply, format: 'csv' | 'json', name: string, rows: readonly Row[], columns: readonly string[]): FastifyReply {
  const safe = name.replace(/[^a-z0-9._-]+/gi, '-');
  if (format === 'csv') {
    return reply
      .type('text/csv; charset=utf-8')
      .header('content-disposition', `attachment; filename="${safe}.csv"`)
      .send(toCsv(rows, columns));
  }
  return reply
    .type('application/json; charset=utf-8')
    .header('content-disposition', `attachment; filename="${safe}.json"`)
    .send(JSON.stringify(rows, null, 2));
}
