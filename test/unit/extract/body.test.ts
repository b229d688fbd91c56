import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { articlePage } from './helpers.js';

const url = 'https://daerah.example.co.id/berita/1/x';
const LONG = [
  'Pemerintah Provinsi Jambi menyiapkan anggaran tambahan untuk perbaikan jalan rusak di tiga kabupaten, kata kepala dinas, Senin.',
  'Menurut dia, perbaikan dimulai bulan depan dan ditargetkan selesai sebelum musim hujan, sehingga arus barang tidak terganggu.',
  'Warga berharap pekerjaan dilakukan dengan baik, karena jalan yang sama sudah tiga kali diperbaiki dalam lima tahun terakhir.',
];

describe('body text', () => {
  it('joins paragraphs with blank lines and normalizes whitespace', () => {
    const body = LONG.map((p) => `<p>\n   ${p.replace(/ /g, ' \u00a0 ')}\n</p>`).join('');
    expect(extractArticle(articlePage({ body }), url).text).toBe(LONG.join('\n\n'));
  });
  it('reads text placed directly in a div with <br> breaks (Antara, Kapanlagi templates)', () => {
    const body = `Jambi (ANTARA News) - ${LONG[0]}<br /><br />${LONG[1]}<br><br>${LONG[2]}`;
    expect(extractArticle(articlePage({ body }), url).text).toBe([`Jambi (ANTARA News) - ${LONG[0]}`, LONG[1], LONG[2]].join('\n\n'));
  });
  it('drops "Baca juga" inserts, ad labels, credits and share widgets', () => {
    const body = [
      `<p><strong>JAMBI, KOMPAS.com</strong> - ${LONG[0]}</p>`,
      '<p><strong>Baca juga: </strong><a href="/a">Jalan Lintas Timur Rusak Parah</a></p>',
      '<div class="baca-juga"><span>Baca Juga</span><ul><li><a href="/b">Jembatan putus</a></li></ul></div>',
      `<p>${LONG[1]}</p>`,
      '<div class="parallax"><p>ADVERTISEMENT</p><p>SCROLL TO CONTINUE WITH CONTENT</p></div>',
      '<p>Advertisement</p>',
      '<div class="ads_top_728"><script>google_ad_client = "x";</script>Iklan</div>',
      `<p>${LONG[2]}</p>`,
      '<p class="mt10">Editor: Ade Marboen</p><p>COPYRIGHT © ANTARA 2015</p>',
      '<div class="share-box"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div>',
      '<p>Dapatkan update berita pilihan dan breaking news setiap hari dari Portal. Mari bergabung di Grup Telegram</p>',
      '<p>Artikel ini telah tayang di Tribunnews.com dengan judul Jalan Rusak</p>',
    ].join('');
    expect(extractArticle(articlePage({ body }), url).text).toBe([`JAMBI, KOMPAS.com - ${LONG[0]}`, LONG[1], LONG[2]].join('\n\n'));
  });
  it('drops photo captions, hidden elements and comments', () => {
    const body = [
      '<div class="photo"><img src="/a.jpg"><span class="credit">KOMPAS.COM/MASRIADI</span> Petugas memeriksa jalan yang rusak, Senin (4/11/2015)</div>',
      '<figure><img src="/b.jpg"><figcaption>Ilustrasi jalan rusak (ANTARA FOTO)</figcaption></figure>',
      `<p>${LONG[0]}</p><!-- komentar HTML tidak ikut --><p style="display:none">Teks tersembunyi untuk mesin pencari, jangan ikut.</p>`,
      `<p>${LONG[1]}</p><p>${LONG[2]}</p>`,
    ].join('');
    expect(extractArticle(articlePage({ body }), url).text).toBe(LONG.join('\n\n'));
  });
  it('keeps the article and leaves out sidebars, related lists and footers', () => {
    const after = `<aside><h3>Terpopuler</h3><ol><li><a href="/1">${'Berita populer nomor satu hari ini '.repeat(2)}</a></li></ol></aside>
      <div class="related"><h3>Berita Terkait</h3><p>${'Isi terkait yang cukup panjang, dengan koma, dan titik. '.repeat(3)}</p></div>`;
    const text = extractArticle(articlePage({ after }), url).text;
    expect(text).toContain('Pemerintah Provinsi Jambi');
    expect(text).not.toMatch(/Terpopuler|terkait|©/i);
  });
  it('keeps the dateline and the reporter initials', () => {
    const body = `<strong>Jakarta</strong> - <p>${LONG[0]}</p><p>${LONG[1]}</p><p>${LONG[2]}</p><strong>(fyk/ash)</strong>`;
    const text = extractArticle(articlePage({ body }), url).text;
    expect(text.startsWith('Jakarta -')).toBe(true);
    expect(text.endsWith('(fyk/ash)')).toBe(true);
  });
  it('does not repeat the headline or the byline date inside the text', () => {
    const body = `<h1>Jalan Rusak Diperbaiki</h1><div>Senin, 15 Jan 2024 10:08 WIB</div><p>${LONG[0]}</p><p>${LONG[1]}</p><p>${LONG[2]}</p>`;
    const r = extractArticle(articlePage({ body, head: '<title>Jalan Rusak Diperbaiki - Portal</title>' }), url);
    expect(r.title).toBe('Jalan Rusak Diperbaiki');
    expect(r.text).toBe(LONG.join('\n\n'));
  });
  it('uses JSON-LD articleBody when the markup holds no article text', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","headline":"X","articleBody":${JSON.stringify(LONG.join('\n'))}}</script>`;
    const r = extractArticle(articlePage({ head, body: '<div id="app"></div>' }), url);
    expect(r.text).toBe(LONG.join('\n\n'));
  });
  it('leaves out a teaser list next to the article even when its summaries read like prose', () => {
    const teaser = (i: number) =>
      `<div class="item"><h3><a href="/t${i}">Judul berita lain nomor ${i} yang menarik dibaca</a></h3><p>Ringkasan berita lain nomor ${i}, dengan beberapa koma, agar terlihat seperti prosa, dan cukup panjang.</p></div>`;
    const html = `<html lang="id"><body><div class="wrap"><h1>Jalan Rusak</h1><div class="txt">${LONG.map((p) => `<p>${p}</p>`).join('')}</div>
      <div class="list">${Array.from({ length: 10 }, (_, i) => teaser(i)).join('')}</div></div></body></html>`;
    expect(extractArticle(html, url).text).toBe(LONG.join('\n\n'));
  });
  it('joins an article split into sibling blocks, and reads pages wrapped in one <form>', () => {
    const split = `<html><body><div class="main"><div class="lead"><p>${LONG[0]}</p></div><div class="ad-slot">Iklan</div>
      <div class="rest"><p>${LONG[1]}</p></div><div class="rest"><p>${LONG[2]}</p></div></div></body></html>`;
    expect(extractArticle(split, url).text).toBe(LONG.join('\n\n'));
    const form = `<html><body><form id="form1" method="post"><div class="page">${LONG.map((p) => `<p>${p}</p>`).join('')}</div></form></body></html>`;
    expect(extractArticle(form, url).text).toBe(LONG.join('\n\n'));
  });
});
