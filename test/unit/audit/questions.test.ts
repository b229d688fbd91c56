import { describe, expect, it } from 'vitest';
import { isQuestionOrComplaint, needsAnswer } from '../../../analyzers/questions/index.js';

// Handwritten comments in the style of replies on a Pemkot's Instagram/Facebook posts.
const cases: [string, boolean, boolean][] = [
  ['Min, kapan jalan depan SD 47 diperbaiki?', true, false],
  ['kapannnn diperbaiki min jalan di telanaipura', true, true], // "kapan diperbaiki" is complaint vocabulary,
  ['Gimana cara daftar vaksin booster', true, false],
  ['Mohon info jadwal samsat keliling minggu ini', true, false],
  ['di mana posko banjir terdekat dari pasar angso duo', true, true],
  ['Berapa biaya bikin KTP sekarang', true, false],
  ['Apakah kantor capil buka hari Sabtu?', true, false],
  ['Lampu jalan di Jl. Sultan Agung mati sudah seminggu, tolong', false, true],
  ['Jalan rusak parah, kecewa sama dinas PUPR', false, true],
  ['Tiap hujan pasti banjir, drainase mampet', false, true],
  ['Ada pungli di parkiran pasar!!!', false, true],
  ['Kemacetan di simpang rimbo tiap pagi', false, true],
  ['Sudah lapor dari bulan lalu tapi belum ada tindakan. Kapan ditindak?', true, true],
  ['Terima kasih infonya min 🙏', false, false],
  ['Mantap pak wali, sukses terus', false, false],
  ['Selamat hari jadi Kota Jambi!', false, false],
  ['https://example.com/apa @siapa #kapan', false, false],
  ['Apartemen baru bagus ya', false, false],
];

describe('isQuestionOrComplaint', () => {
  for (const [text, question, complaint] of cases) {
    it(`${JSON.stringify(text)} → question ${question}, complaint ${complaint}`, () => {
      expect(isQuestionOrComplaint(text)).toEqual({ question, complaint });
      expect(needsAnswer(text)).toBe(question || complaint);
    });
  }
});
