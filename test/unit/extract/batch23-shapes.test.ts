// A shape batch 23 showed: a short sentence of the article with a time and its zone ("… hingga pukul
// 02.00 WIT.") is text, not a date stamp; a stamp line beside it is still dropped.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { articlePage } from './helpers.js';

const H = 'Pemkot Jayapura Siapkan Lima Lokasi Perayaan Tahun Baru';
const P = 'Pemerintah Kota Jayapura menyiapkan lima lokasi perayaan malam tahun baru yang aman bagi warga di seluruh distrik.';

describe('batch 23 shapes', () => {
  it('keeps a short sentence with a time and a zone, drops the stamp', () => {
    const page = articlePage({
      head: `<title>${H}</title>`,
      before: `<h1>${H}</h1>`,
      body: `<p>Rabu, 2 Desember 2026 - 18:00 WIT</p><p>${P}</p><p>${P}</p><p>Aparat keamanan akan berjaga hingga pukul 02.00 WIT.</p>`,
    });
    const text = extractArticle(page, 'https://wartaplus.com/read/1').text;
    expect(text).toContain('hingga pukul 02.00 WIT.');
    expect(text).not.toContain('18:00 WIT');
  });
});
