// Shapes batch 20 showed: a press release whose only date is the dateline opening its text, a meta
// published_time that is the update printed at the headline (the byline gives the publication), and
// the info lines (a name and a date-only byline; "Biro Humas | Dibaca 1.024 kali") kept as text.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { isBoilerplateLine } from '../../../crawlers/html/extract/boilerplate.js';
import { articlePage } from './helpers.js';

const H = 'Kementan Salurkan Tambahan Pupuk Bersubsidi';
const head = `<title>${H}</title><meta property="og:title" content="${H}">`;
const P2 = 'Tambahan alokasi diberikan setelah pemerintah daerah melaporkan kebutuhan pupuk yang meningkat seiring perluasan areal tanam.';

describe('batch 20 shapes', () => {
  it("a dateline opening the text gives the day when nothing else does", () => {
    const page = articlePage({ head, before: `<h3>${H}</h3>`, body: `<p>Jakarta, 2 Desember 2026 – Kementerian Pertanian menyalurkan tambahan pupuk bersubsidi untuk musim tanam rendeng di 18 provinsi.</p><p>${P2}</p>` });
    expect(extractArticle(page, 'https://www.pertanian.go.id/?show=news&id=1').publishedAt).toBe('2026-12-02T00:00:00+07:00');
  });
  it('a dateline on another day never beats the byline', () => {
    const page = articlePage({
      head,
      before: `<h1>${H}</h1><div class="date">Kamis, 3 Desember 2026 09:10 WIB</div>`,
      body: `<p>Jakarta, 2 Desember 2026 – Kementerian Pertanian menyalurkan tambahan pupuk bersubsidi untuk musim tanam rendeng di 18 provinsi.</p><p>${P2}</p>`,
    });
    expect(extractArticle(page, 'https://kabar.id/pupuk').publishedAt).toBe('2026-12-03T09:10:00+07:00');
  });
  it('a meta published_time that is the update printed under the byline is not the publication', () => {
    const meta = `<meta property="article:published_time" content="2026-12-02T15:40:00+08:00">`;
    const before = (upd: string) => `<h1>${H}</h1><div class="info"><div class="date">Diterbitkan Rabu, 2 Desember 2026 08:10 WITA</div><div class="upd">${upd}</div></div>`;
    const page = (upd: string) => articlePage({ head: head + meta, before: before(upd), body: `<p>${P2}</p><p>${P2}</p>` });
    expect(extractArticle(page('Diperbarui Rabu, 2 Desember 2026 15:40 WITA'), 'https://kabar.id/a').publishedAt).toBe('2026-12-02T08:10:00+08:00');
    // Without the update line the meta's time stands (rule 3: machine time first).
    expect(extractArticle(page(''), 'https://kabar.id/a').publishedAt).toBe('2026-12-02T15:40:00+08:00');
  });
  it.each(['Ferinda K Fachri Rabu, 2 Desember 2026', 'Oleh Rudi Arman, 2 Desember 2026 14:20 WIB', '2 Desember 2026 | Redaksi', 'Biro Humas dan Informasi Publik | Dibaca 1.024 kali', 'Redaksi · 3 menit baca'])(
    'drops the info line %s',
    (l) => expect(isBoilerplateLine(l)).toBe(true),
  );
  it.each([
    'Acara itu digelar pada Rabu, 2 Desember 2026',
    'Senin, 30 November 2026',
    'Rapat Paripurna DPRD digelar 2 Desember 2026',
    'Kaleidoskop 2026 | Banjir dan Longsor Dominasi Bencana di Banten',
    'Harga cabai naik | pedagang mengeluh sepi pembeli.',
  ])('keeps %s', (l) => expect(isBoilerplateLine(l)).toBe(false));
});
