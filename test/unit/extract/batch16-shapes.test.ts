// Shapes batch 16 showed: a live blog whose entries carry <time datetime> in their own header
// elements (each the entry's time, not the page's), and a two-digit year after a month name with a
// time ("02 Des 26 | 14:05"), an SEO title in every declared source with the <h1> (and the URL's
// slug) giving the headline readers see.
import { describe, expect, it } from 'vitest';
import { extractArticle, parseDate } from '../../../crawlers/html/extract/index.js';
import { formatInOffset } from '../../../src/core/published-date.js';
import { articlePage } from './helpers.js';

const H = 'Gempa M 5,6 Guncang Cianjur';
const head = `<title>${H}</title><meta property="og:title" content="${H}">`;
const iso = (s: string) => {
  const d = parseDate(s, '+07:00');
  return d && formatInOffset(d.ms, d.offset);
};

describe('batch 16 shapes', () => {
  it("a live blog's repeated entry <time>s are not the page's date", () => {
    const entry = (t: string, p: string) => `<div class="entry"><div class="entry__head"><time datetime="2026-12-02T${t}:00+07:00">${t} WIB</time></div><p>${p}</p></div>`;
    const page = articlePage({
      head,
      before: `<h1>${H}</h1><div class="byline">Dimulai Rabu, 2 Desember 2026 11:45 WIB</div>`,
      body: entry('15:20', 'Tim SAR gabungan selesai memeriksa bangunan sekolah di Kecamatan Cugenang dan tidak menemukan korban jiwa di sana.') + entry('11:45', 'Gempa bermagnitudo 5,6 mengguncang wilayah Kabupaten Cianjur, Jawa Barat, pada Rabu siang dan dirasakan hingga Bandung.'),
    });
    expect(extractArticle(page, 'https://kabar.id/live/gempa').publishedAt).toBe('2026-12-02T11:45:00+07:00');
  });
  it('a single <time> at the byline still counts', () => {
    const page = articlePage({ head, before: `<h1>${H}</h1><div class="meta"><time datetime="2026-12-02T11:45:00+07:00">2 Desember 2026</time></div>` });
    expect(extractArticle(page, 'https://kabar.id/gempa').publishedAt).toBe('2026-12-02T11:45:00+07:00');
  });
  it.each([
    ['02 Des 26 | 14:05', '2026-12-02T14:05:00+07:00'],
    ['Rabu, 2 Des 26, 14.05 WITA', '2026-12-02T14:05:00+08:00'],
  ])('%s', (s, want) => expect(iso(s)).toBe(want));
  it('leaves a month name and a two-digit number without a time alone', () => {
    expect(parseDate('17 Agustus 45 tahun lalu')).toBeUndefined();
    expect(parseDate('5 Mei 26 orang pukul 10.00')).toBeUndefined();
  });
  it('the <h1> the slug names beats a rewritten SEO title in every declared source', () => {
    const seo = 'Gempa Hari Ini Cianjur Magnitudo 5,6, Warga Bandung Rasakan Guncangan';
    const page = articlePage({ head: `<title>${seo} | KOMPAS.tv</title><meta property="og:title" content="${seo}">`, before: `<h1>${H}, Terasa hingga Bandung</h1>` });
    expect(extractArticle(page, 'https://www.kompas.tv/regional/512345/gempa-m-56-guncang-cianjur-terasa-hingga-bandung').title).toBe(`${H}, Terasa hingga Bandung`);
    // A slug written from the SEO title keeps it.
    expect(extractArticle(page, 'https://www.kompas.tv/regional/512345/gempa-hari-ini-cianjur-magnitudo-56-warga-bandung-rasakan-guncangan').title).toBe(seo);
  });
  it("a live blog's entry times on their own lines stay in the text; a lone byline time does not", () => {
    const e = (t: string, p: string) => `<div class="entry"><div class="entry__head">${t} WIB</div><p>${p}</p></div>`;
    const a = 'Tim SAR gabungan selesai memeriksa bangunan sekolah di Kecamatan Cugenang dan tidak menemukan korban jiwa di sana.';
    const b = 'Gempa bermagnitudo 5,6 mengguncang wilayah Kabupaten Cianjur, Jawa Barat, pada Rabu siang dan dirasakan hingga Bandung.';
    const live = articlePage({ head, before: `<h1>${H}</h1>`, body: e('15.20', a) + e('11.45', b) });
    expect(extractArticle(live, 'https://kabar.id/live/gempa').text).toBe(`15.20 WIB\n\n${a}\n\n11.45 WIB\n\n${b}`);
    const one = articlePage({ head, before: `<h1>${H}</h1>`, body: `<div class="article"><div>11.45 WIB</div><p>${a}</p><p>${b}</p></div>` });
    expect(extractArticle(one, 'https://kabar.id/gempa').text).toBe(`${a}\n\n${b}`);
  });
});
