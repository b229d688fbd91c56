import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { articlePage } from './helpers.js';

const title = (head: string, before = '', url = 'https://regional.kompas.com/read/2024/01/01/1/x') =>
  extractArticle(articlePage({ head, before }), url).title;

describe('title', () => {
  it('strips site-name suffixes and prefixes from declared titles', () => {
    expect(title('<title>Banjir Rendam Jambi - Kompas.com</title>')).toBe('Banjir Rendam Jambi');
    expect(title('<title>Banjir Rendam Jambi - Kompas.com Regional</title>')).toBe('Banjir Rendam Jambi');
    expect(title('<title>Banjir Rendam Jambi | Republika Online</title>', '', 'https://news.republika.co.id/berita/x')).toBe('Banjir Rendam Jambi');
    expect(title('<title>ANTARA News - Banjir Rendam Jambi</title>', '', 'https://www.antaranews.com/berita/1/x')).toBe('Banjir Rendam Jambi');
    expect(title('<meta property="og:title" content="KapanLagi.com: Artis Baru Muncul di Film">', '', 'https://www.kapanlagi.com/x.html')).toBe(
      'Artis Baru Muncul di Film',
    );
    expect(title('<title>Banjir Rendam Jambi : Okezone News</title>', '', 'https://news.okezone.com/read/x')).toBe('Banjir Rendam Jambi');
  });
  it('strips trailing section names and slogans', () => {
    expect(title('<title>Banjir Rendam Jambi - Nasional - Portal Jambi</title>', '', 'https://portaljambi.co.id/x')).toBe('Banjir Rendam Jambi');
    expect(title('<title>Banjir Rendam Jambi | Berita Terkini Hari Ini</title>')).toBe('Banjir Rendam Jambi');
  });
  it('keeps colons and dashes that belong to the headline', () => {
    expect(title('<title>Kamrussamad: PPKM Darurat Dihentikan - JPNN.com</title>', '', 'https://www.jpnn.com/news/x')).toBe(
      'Kamrussamad: PPKM Darurat Dihentikan',
    );
    expect(title('<title>Piala Dunia 2026 - Indonesia Lolos ke Babak Ketiga</title>', '', 'https://bola.example.com/x')).toBe(
      'Piala Dunia 2026 - Indonesia Lolos ke Babak Ketiga',
    );
  });
  it('prefers JSON-LD headline and og:title over <title>', () => {
    const head = `<title>Banjir Rendam Jambi, 300 Warga Mengungsi | Portal</title>
      <script type="application/ld+json">{"@type":"NewsArticle","headline":"Banjir Rendam Jambi, 300 Warga Mengungsi"}</script>`;
    expect(title(head)).toBe('Banjir Rendam Jambi, 300 Warga Mengungsi');
  });
  it('uses the <h1> that agrees with the declared titles, not a logo <h1>', () => {
    const head = '<title>Brandon Salim | Brandon Salim Makin Dekat Dengan Sivia - KapanLagi.com</title>';
    const before = '<h1><a href="/">KapanLagi.com</a></h1><h1 class="title">Brandon Salim Makin Dekat Dengan Sivia</h1>';
    expect(title(head, before, 'https://www.kapanlagi.com/x.html')).toBe('Brandon Salim Makin Dekat Dengan Sivia');
  });
  it('falls back to the <h1> without declared titles', () => {
    expect(title('', '<h1>Jalan Rusak Diperbaiki Bulan Depan</h1>')).toBe('Jalan Rusak Diperbaiki Bulan Depan');
  });
});

describe('title: truncated sources', () => {
  it('prefers the whole headline over a JSON-LD headline cut at 110 characters', () => {
    const whole = 'Pemerintah Kota Jambi Tambah Enam Posko Banjir dan Dapur Umum untuk Warga Terdampak di Bantaran Sungai Batanghari Pekan Ini';
    const cut = whole.slice(0, 100) + '...';
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"${cut}"}</script><meta property="og:title" content="${whole}"><title>${whole} - Portal</title>`;
    expect(title(head, '', 'https://www.portal.co.id/berita/1/x')).toBe(whole);
  });
  it('still drops an unknown affix that starts with a separator', () => {
    const head = '<meta property="og:title" content="Banjir Rendam Enam Kelurahan"><title>Banjir Rendam Enam Kelurahan | Rubrik Warga Bicara</title>';
    expect(title(head, '', 'https://www.portal.co.id/berita/1/x')).toBe('Banjir Rendam Enam Kelurahan');
  });
});
