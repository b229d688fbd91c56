// The one caption-credit list (boilerplate.ts): what the media-block test calls a credit is what the
// caption reader and the body strip.
import { describe, expect, it } from 'vitest';
import { endsWithCredit, stripCredit } from '../../../crawlers/html/extract/boilerplate.js';

const CAPTION = 'Warga mengantre air bersih di halaman gereja, Kampung Waena, Jayapura';

describe('caption credits', () => {
  for (const credit of ['(Tribunjambi.com/Dok)', '[SuaraJambi.id/Rizky]', '(Foto: Istimewa)', '(ist)', 'ANTARA FOTO/Wahdi Septiawan/foc.', 'KOMPAS.com/MASRIADI', 'Dok. BPBD Kota Jambi']) {
    it(`${credit} is detected and stripped alike`, () => {
      const s = `${CAPTION} ${credit}`;
      expect(endsWithCredit(s)).toBe(true);
      expect(stripCredit(s)).toBe(CAPTION);
    });
  }
  it("the caption's own date in brackets is no credit", () => {
    const s = `${CAPTION}, Rabu (2/12/2026)`;
    expect(endsWithCredit(s)).toBe(false);
    expect(stripCredit(s)).toBe(s);
  });
});
