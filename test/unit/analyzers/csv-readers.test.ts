// One CSV reader (issue 16.17): the debunk/hoax data reader, the sentiment dataset reader and the
// social import's streaming reader are all csv-parse with the same quoting rules, so one file reads
// the same everywhere. Before, the debunk reader let a quote in the middle of a field open a quoted
// section ('ab"c,d"e' was one field there and two in the others).
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseCsvObjects } from '../../../analyzers/debunk/csv.js';
import { parseDelimited, readLabelledFile } from '../../../analyzers/sentiment/dataset.js';
import { readCsv } from '../../../crawlers/social/csv.js';

const TRICKY = [
  'id,text,label',
  '1,"kata ""kutip"" dan, koma",positive',
  '2,ab"c,d"e,negative',
  '3,"dua\r\nbaris",neutral',
  '',
  '4,akhir,positive\r5,"cr, saja",negative\r\n6,x,neutral',
].join('\n');

const EXPECTED = [
  ['id', 'text', 'label'],
  ['1', 'kata "kutip" dan, koma', 'positive'],
  ['2', 'ab"c', 'd"e', 'negative'],
  ['3', 'dua\r\nbaris', 'neutral'],
  ['4', 'akhir', 'positive'],
  ['5', 'cr, saja', 'negative'],
  ['6', 'x', 'neutral'],
];

describe('one CSV reader', () => {
  it('the three readers agree field for field on quotes, mid-field quotes and mixed line ends', async () => {
    const social: string[][] = [];
    const lines: number[] = [];
    for await (const r of readCsv([TRICKY.slice(0, 37), TRICKY.slice(37)])) {
      social.push(r.fields);
      lines.push(r.line);
    }
    expect(social).toEqual(EXPECTED);
    expect(lines).toEqual([1, 2, 3, 4, 7, 8, 9]);
    expect(parseDelimited(TRICKY, ',')).toEqual(EXPECTED);
    const objs = parseCsvObjects('\uFEFF' + TRICKY);
    expect(objs.map((o) => [o.id, o.text, o.label])).toEqual(EXPECTED.slice(1).map((r) => [r[0], r[1], r[2]]));
  });

  it('the sentiment reader keeps tab-separated text unquoted (SmSA has unbalanced quotes)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pantau-csv-'));
    const tsv = join(dir, 'x.tsv');
    writeFileSync(tsv, '"enak sekali\tpositive\nkata "aneh" di sini\tnegative\n\n');
    expect(readLabelledFile(tsv)).toEqual([
      { text: '"enak sekali', label: 'positive' },
      { text: 'kata "aneh" di sini', label: 'negative' },
    ]);
  });
});
