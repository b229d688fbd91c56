// Labelled hoax rows for `pantau eval hoax`, in their own module so the CSV reader loads only for
// that command, not at every start-up (npm run bench:startup).
import { readFileSync } from 'node:fs';
import { InputError } from '../core/errors.js';
import { parseCsvObjects } from '../../analyzers/debunk/csv.js';

export interface HoaxEvalRow {
  title: string;
  text: string;
  label: 0 | 1;
  /** publishedAt / tanggal / date column, when present: the analyzer then uses its dated model. */
  publishedAt?: string;
}

/**
 * Hoax rows from CSV (judul/narasi/label[/tanggal] or title/text/label[/publishedAt]) or JSONL
 * {title?, text, label, publishedAt?}.
 */
export function readHoaxRows(file: string): HoaxEvalRow[] {
  const src = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  const objs: Record<string, unknown>[] = src.trimStart().startsWith('{')
    ? src.split(/\r?\n/).filter((l) => l.trim()).map((l) => JSON.parse(l) as Record<string, unknown>)
    : parseCsvObjects(src);
  const rows: HoaxEvalRow[] = [];
  for (const o of objs) {
    const label = String(o.label ?? o.hoax ?? '');
    if (label !== '0' && label !== '1' && label !== 'true' && label !== 'false') continue;
    const date = o.publishedAt ?? o.tanggal ?? o.date;
    rows.push({
      title: String(o.title ?? o.judul ?? ''),
      text: String(o.text ?? o.narasi ?? ''),
      label: label === '1' || label === 'true' ? 1 : 0,
      ...(typeof date === 'string' && date.trim() ? { publishedAt: date.trim() } : {}),
    });
  }
  if (rows.length === 0) throw new InputError(`${file}: no labelled rows (expected columns title/judul, text/narasi, label 0|1)`);
  return rows;
}
