import { describe, expect, it } from 'vitest';
import { emptyAnalysis } from '../../../src/core/types.js';
import { detectLanguage, languageAnalyzer } from '../../../analyzers/language/index.js';

const cases: Record<string, string[]> = {
  id: [
    'Pemerintah Kota Jambi mulai memperbaiki jalan yang rusak setelah warga mengeluh.',
    'Banjir lagi di depan rumah, pemkot lambat banget nanganinnya',
    'Wali kota meresmikan jembatan baru pada hari Senin.',
  ],
  en: [
    'The city government has started repairing the damaged roads after residents complained.',
    'This is the best service I have ever had in this town.',
  ],
  jv: ['Aku ora iso mangan amarga wis kesel banget', 'Kowe arep neng ngendi, aja lali mangan sing akeh ya'],
  su: ['Abdi teu acan terang naon anu kedah dilakukeun', 'Hatur nuhun pisan, jalan di dieu parantos alus deui'],
  ms: [
    'Kerajaan negeri telah mengumumkan bantuan baharu kepada rakyat selepas banjir semalam.',
    'Polis berkata kenderaan itu dipandu laju kerana pemandu mahu sampai awal, iaitu sebelum mesyuarat.',
  ],
};

describe('detectLanguage', () => {
  for (const [lang, texts] of Object.entries(cases)) {
    it(`recognises ${lang}`, () => {
      for (const t of texts) expect(detectLanguage(t), t).toBe(lang);
    });
  }

  it('returns und when there is nothing to go on', () => {
    expect(detectLanguage('')).toBe('und');
    expect(detectLanguage('😀😀 !!! 123')).toBe('und');
    expect(detectLanguage('这是一个中文句子，没有印尼语')).toBe('und');
  });

  it('is cheap on long input', () => {
    const big = 'warga mengeluhkan jalan rusak di kota '.repeat(30_000);
    const t = performance.now();
    expect(detectLanguage(big)).toBe('id');
    expect(performance.now() - t).toBeLessThan(200);
  });

  it('works as an analyzer', () => {
    const part = languageAnalyzer.analyze({ id: 'x', text: 'Warga menolak rencana pembangunan pasar.' }, emptyAnalysis());
    expect(part).toEqual({ language: 'id' });
    expect(languageAnalyzer.name).toBe('language');
  });
});
