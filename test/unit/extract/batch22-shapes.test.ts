// A shape batch 22 showed: the next story an infinite scroll renders in full under the first (its own
// <h1>, byline and text in a "next-article" block) is not the page's text, nor its date.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { isJunkClass } from '../../../crawlers/html/extract/boilerplate.js';
import { articlePage } from './helpers.js';

const H = 'Tol Palembang–Betung Seksi Pertama Dibuka Fungsional';
const P = 'Jalan Tol Palembang–Betung seksi pertama mulai dibuka untuk umum secara fungsional selama libur akhir tahun ini.';
const N = 'Harga daging ayam ras di Pasar 16 Ilir Palembang naik menjadi Rp42.000 per kilogram menjelang akhir tahun ini.';

describe('batch 22 shapes', () => {
  it.each(['next-article', 'read-next', 'artikel-selanjutnya', 'infinite-scroll-item'])('%s is another story', (c) => expect(isJunkClass(c)).toBe(true));
  it.each(['read-article', 'article-content', 'next-page-link-text'])('%s is not marked as the next story', (c) => {
    // "next-page…" stays whatever the older rules make of it; only the next-story names are new.
    if (c !== 'next-page-link-text') expect(isJunkClass(c)).toBe(false);
  });
  it("the next article's text and byline are left out", () => {
    const page = articlePage({
      head: `<title>${H}</title><meta property="og:title" content="${H}">`,
      before: `<h1>${H}</h1><div class="date">Rabu, 2 Desember 2026 09:00 WIB</div>`,
      body: `<p>${P}</p><p>${P}</p>`,
      after: `<div class="next-article"><h1>Harga Daging Ayam di Palembang Naik</h1><div class="date">Rabu, 2 Desember 2026 08:30 WIB</div><p>${N}</p><p>${N}</p><p>${N}</p></div>`,
    });
    const r = extractArticle(page, 'https://palembangpos.id/tol');
    expect(r.text).not.toContain('daging ayam');
    expect(r.publishedAt).toBe('2026-12-02T09:00:00+07:00');
  });
});
