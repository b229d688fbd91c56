// Reads labelled sentiment files in the shapes public Indonesian datasets come in, so `pantau train`
// and `pantau eval` accept them as they are: CSV/TSV with a header naming a text and a label column
// (NusaX `id,text,label`, IndoLEM `sentence,sentiment`), header-less `text<TAB>label` (SmSA), or
// JSONL objects. Labels may be words (positive/neutral/negative, pos/neg, positif/negatif/netral) or
// numbers (1/0, or -1/0/1).
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { SentimentLabel } from '../../src/core/types.js';

export interface LabelledText {
  text: string;
  label: SentimentLabel;
}

const TEXT_COLUMNS = ['text', 'sentence', 'tweet', 'content', 'review', 'kalimat', 'teks', 'narasi'];
const LABEL_COLUMNS = ['label', 'sentiment', 'polarity', 'class', 'sentimen', 'kelas'];

const LABELS: Record<string, SentimentLabel> = {
  positive: 'positive', pos: 'positive', positif: 'positive', '1': 'positive', '+1': 'positive', p: 'positive',
  neutral: 'neutral', neu: 'neutral', netral: 'neutral', '0': 'neutral', n: 'neutral',
  negative: 'negative', neg: 'negative', negatif: 'negative', '-1': 'negative',
};

/**
 * Delimited text through csv-parse (the project's one CSV library): quoted fields, doubled quotes,
 * newlines inside quotes; a quote inside an unquoted field stays a literal character. `quote: false`
 * splits on the delimiter alone (SmSA's TSV has unbalanced quotes in its text). Blank lines are skipped.
 */
export function parseDelimited(src: string, delimiter: string, quote = true): string[][] {
  return parse(src, {
    delimiter,
    quote: quote ? '"' : false,
    relax_quotes: true,
    relax_column_count: true,
    skip_empty_lines: true,
    record_delimiter: ['\r\n', '\n', '\r'],
  }) as string[][];
}

function mapLabel(raw: string, binary: boolean): SentimentLabel | undefined {
  const v = raw.trim().toLowerCase();
  // In a binary 1/0 file, 0 means negative, not neutral.
  if (binary && v === '0') return 'negative';
  return LABELS[v];
}

function fromTable(rows: string[][], file: string): LabelledText[] {
  if (rows.length === 0) return [];
  const header = rows[0].map((h) => h.trim().toLowerCase());
  let textCol = header.findIndex((h) => TEXT_COLUMNS.includes(h));
  let labelCol = header.findIndex((h) => LABEL_COLUMNS.includes(h));
  let body = rows.slice(1);
  if (textCol < 0 || labelCol < 0) {
    // No recognisable header: SmSA style, text first and label last.
    body = rows;
    textCol = 0;
    labelCol = rows[0].length - 1;
    if (labelCol < 1) throw new Error(`${file}: cannot find text and label columns`);
  }
  const rawLabels = new Set(body.map((r) => (r[labelCol] ?? '').trim().toLowerCase()));
  const binary = [...rawLabels].every((l) => l === '0' || l === '1');
  const out: LabelledText[] = [];
  for (const r of body) {
    const label = mapLabel(r[labelCol] ?? '', binary);
    const text = r[textCol];
    if (label && typeof text === 'string' && text.trim()) out.push({ text, label });
  }
  return out;
}

function fromJsonl(src: string): LabelledText[] {
  const objs = src
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l) as Record<string, unknown>);
  const binary = objs.every((o) => {
    const l = LABEL_COLUMNS.map((c) => o[c]).find((v) => v !== undefined);
    return String(l) === '0' || String(l) === '1';
  });
  const out: LabelledText[] = [];
  for (const o of objs) {
    const text = TEXT_COLUMNS.map((c) => o[c]).find((v) => typeof v === 'string') as string | undefined;
    const raw = LABEL_COLUMNS.map((c) => o[c]).find((v) => v !== undefined);
    const label = raw === undefined ? undefined : mapLabel(String(raw), binary);
    if (text && label) out.push({ text, label });
  }
  return out;
}

/** Reads one labelled file; the format is chosen from the extension and the first line. */
export function readLabelledFile(file: string): LabelledText[] {
  const src = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  if (file.endsWith('.jsonl') || file.endsWith('.ndjson') || src.trimStart().startsWith('{')) return fromJsonl(src);
  const firstLine = src.slice(0, src.indexOf('\n') >>> 0);
  const delimiter = file.endsWith('.tsv') || firstLine.includes('\t') ? '\t' : ',';
  // SmSA text contains unbalanced double quotes: tab-separated files are split on tabs alone.
  return fromTable(parseDelimited(src, delimiter, delimiter !== '\t'), file);
}
