// The dated hoax model: the year parser, the era term in training and scoring, and the analyzer's
// choice between the dated and the undated model.
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../../../src/core/types.js';
import { ERA_COUNT, ERA_FIRST, ERA_LAST, eraIndex, PERIOD_STARTS, periodIndex, yearOf } from '../../../analyzers/hoax/era.js';
import { eraColumn, HOAX_DIM, hoaxCounts, hoaxVector } from '../../../analyzers/hoax/features.js';
import { createHoaxAnalyzer, HOAX_DATED_MODEL_PATH } from '../../../analyzers/hoax/index.js';
import { denseModel, hoaxLogit, loadHoaxModel } from '../../../analyzers/hoax/model.js';
import { countRows, trainHoaxModel, type HoaxRow } from '../../../analyzers/hoax/train.js';
import { readHoaxRows } from '../../../src/cli/hoax-rows.js';

describe('yearOf', () => {
  it('reads ISO, day-month-year (English and Indonesian month names) and RSS dates', () => {
    expect(yearOf('2020-08-17T10:00:00Z')).toBe(2020);
    expect(yearOf('2026-11-23')).toBe(2026);
    expect(yearOf('17-Aug-20')).toBe(2020);
    expect(yearOf('03-Okt-18')).toBe(2018);
    expect(yearOf('5-Agu-19')).toBe(2019);
    expect(yearOf('17/08/2020')).toBe(2020);
    expect(yearOf('Mon, 17 Aug 2020 10:00:00 GMT')).toBe(2020);
  });

  it('gives undefined for no date, garbage and implausible years', () => {
    for (const s of [undefined, '', '   ', 'kemarin', 'not a date', '1900-01-01', '3000-01-01']) expect(yearOf(s)).toBeUndefined();
  });

  it('puts years in their period (≤ 2017, 2018, ≥ 2019)', () => {
    expect([2010, 2017, 2018, 2019, 2026].map((y) => periodIndex(y))).toEqual([0, 0, 1, 2, 2]);
  });

  it('clamps years outside the trained eras to the nearest one', () => {
    expect(eraIndex(ERA_FIRST)).toBe(0);
    expect(eraIndex(ERA_FIRST - 5)).toBe(0);
    expect(eraIndex(ERA_LAST)).toBe(ERA_COUNT - 1);
    expect(eraIndex(2026)).toBe(ERA_COUNT - 1);
  });
});

describe('dated hoax model', () => {
  // The same two kinds of text in every year, but "hoax" only in later years for half of them: the
  // year carries label information the text does not, as in FakeNewsID's labelling by period.
  const rows: HoaxRow[] = [];
  for (let i = 0; i < 40; i++) {
    const year = i % 2 === 0 ? 2016 : 2020;
    rows.push({ title: `Viral pesan berantai ${i}`, text: `SEBARKAN!!! info dari grup sebelah nomor ${i}, vaksin berisi chip.`, label: 1, year });
    rows.push({ title: `Beredar kabar soal bantuan ${i}`, text: `Kabar bantuan sosial nomor ${i} beredar di grup warga.`, label: year === 2020 ? 1 : 0, year });
  }

  it('learns one weight per year and adds it when a document has a year', () => {
    const packed = trainHoaxModel(rows, { l2: 1, iterations: 80 }, countRows(rows, true));
    expect(packed.era?.first).toBe(ERA_FIRST);
    expect(packed.era?.weights).toHaveLength(ERA_COUNT);
    const m = denseModel(packed);
    const d = rows[1];
    const z2016 = hoaxLogit(m, hoaxCounts(d.title, d.text, undefined, 2016));
    const z2020 = hoaxLogit(m, hoaxCounts(d.title, d.text, undefined, 2020));
    const zNone = hoaxLogit(m, hoaxCounts(d.title, d.text));
    expect(z2020).toBeGreaterThan(z2016);
    expect(zNone).toBeGreaterThan(z2016);
    expect(zNone).toBeLessThan(z2020);
    // Later years take the last era's term.
    expect(hoaxLogit(m, hoaxCounts(d.title, d.text, undefined, 2026))).toBeCloseTo(z2020, 6);
  });

  it('scores counts directly exactly as vector · weights: period weights and year term included', () => {
    const packed = trainHoaxModel(rows, { l2: 1, iterations: 50 }, countRows(rows, true));
    expect(packed.periods?.starts).toEqual([...PERIOD_STARTS]);
    const m = denseModel(packed);
    expect(m.stride).toBe(2 + PERIOD_STARTS.length);
    const S = m.stride;
    const idf = new Float32Array(HOAX_DIM).map((_, j) => m.packed[S * j]);
    for (const year of [2016, 2018, 2020]) {
      const c = hoaxCounts(rows[0].title, rows[0].text, undefined, year);
      const x = hoaxVector(c, idf);
      // The vector holds each feature twice (shared and its period's copy) and the year's term; the
      // dense model stores shared + period weight per slot, so the copies are already counted.
      const wo = 2 + periodIndex(year);
      let z = m.bias;
      for (let i = 0; i < x.idx.length; i++) {
        const j = x.idx[i];
        if (j < HOAX_DIM) z += m.packed[S * j + wo] * x.val[i];
        else if (j === eraColumn(year)) z += m.era!.weights[eraIndex(year)] * x.val[i];
      }
      expect(hoaxLogit(m, c)).toBeCloseTo(z, 4);
    }
  });

  it('the analyzer uses the dated model only for documents with a readable date', () => {
    const undated = denseModel(trainHoaxModel(rows, { l2: 1, iterations: 50 }));
    const dated = denseModel(trainHoaxModel(rows, { l2: 1, iterations: 50 }, countRows(rows, true)));
    const a = createHoaxAnalyzer({ model: undated, datedModel: dated });
    const doc = { id: 'x', title: rows[1].title, text: rows[1].text };
    const none = a.analyze(doc, emptyAnalysis()).hoax!.score;
    const old = a.analyze({ ...doc, publishedAt: '2016-05-01T00:00:00Z' }, emptyAnalysis()).hoax!.score;
    const recent = a.analyze({ ...doc, publishedAt: '2026-11-20T00:00:00Z' }, emptyAnalysis()).hoax!.score;
    expect(recent).toBeGreaterThan(old);
    expect(a.analyze({ ...doc, publishedAt: 'kemarin' }, emptyAnalysis()).hoax!.score).toBe(none);
    // Overriding only the undated model (tests, indicators-only runs) uses it for dated documents too.
    const b = createHoaxAnalyzer({ model: undated });
    expect(b.analyze({ ...doc, publishedAt: '2016-05-01T00:00:00Z' }, emptyAnalysis()).hoax!.score).toBe(b.analyze(doc, emptyAnalysis()).hoax!.score);
  });

  it.skipIf(!existsSync(HOAX_DATED_MODEL_PATH))('ships a dated model with one term per era', () => {
    const m = loadHoaxModel(HOAX_DATED_MODEL_PATH);
    expect(m?.era?.weights).toHaveLength(ERA_COUNT);
  });
});

describe('eval hoax input', () => {
  it('reads the date column (publishedAt, tanggal or date) when present', () => {
    const dir = mkdtempSync(join(tmpdir(), 'pantau-hoax-eval-'));
    const csv = join(dir, 'claims.csv');
    writeFileSync(csv, 'ID,label,tanggal,judul,narasi\n1,1,17-Aug-20,Judul satu,Teks satu\n2,0,,Judul dua,Teks dua\n');
    const rows = readHoaxRows(csv);
    expect(rows[0]).toMatchObject({ label: 1, title: 'Judul satu', publishedAt: '17-Aug-20' });
    expect(rows[1].publishedAt).toBeUndefined();
    const jsonl = join(dir, 'claims.jsonl');
    writeFileSync(jsonl, '{"title":"a","text":"b","label":1,"publishedAt":"2020-01-02"}\n');
    expect(readHoaxRows(jsonl)[0].publishedAt).toBe('2020-01-02');
  });
});
