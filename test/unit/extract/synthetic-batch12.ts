// Twelfth batch of handwritten Indonesian pages (issue 18), written in full AFTER every fix on
// branch w18-extract3 (batch 10's, batch 11's and the shapes met writing them) and BEFORE the
// extractor was run on them: the untouched estimate for the extractor as committed on this branch,
// run once, not tuned on. Liputan6, Sindonews, a Joomla pemkot portal, a WordPress theme with a
// correct UTC meta, a TVRI video, a detik photo gallery, a Papua outlet whose JSON-LD labels the WIT
// clock Z, and Blogger's default date header with the time in the post footer. Invented prose.
// First and only run (2026-12-03, at b1dc95e, `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch12.test.ts`): 8 pages, body token-F1 mean 0.996 (worst 0.971: the detik
// gallery kept its author line "Pradita Utama - detikNews"), titles 8/8, dates 8/8. Left
// untouched: no fix was made for it, so these figures stay an untouched estimate.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, om, ps } from './page-parts.js';

const PASAR = [
  'Pedagang Pasar Johar Semarang mengeluhkan sepinya pembeli sejak pasar direvitalisasi dan dipindahkan ke gedung baru.',
  'Sebagian besar kios di lantai dua belum terisi karena pedagang enggan menempati lokasi yang dinilai sulit dijangkau pembeli.',
  'Dinas Perdagangan Kota Semarang berjanji menambah rambu petunjuk dan menggelar promosi pasar setiap akhir pekan.',
];
const JALAN = [
  'Pemerintah Kota Bandung memulai perbaikan 45 ruas jalan berlubang yang tersebar di 20 kecamatan menjelang musim hujan.',
  'Perbaikan menggunakan anggaran pemeliharaan sebesar Rp38 miliar dan ditargetkan selesai dalam tiga bulan.',
  'Warga dapat melaporkan jalan rusak melalui aplikasi pengaduan milik pemerintah kota agar segera ditindaklanjuti.',
  'Kepala Dinas Sumber Daya Air dan Bina Marga mengatakan pekerjaan malam hari dilakukan untuk mengurangi kemacetan.',
];
const MERAUKE = [
  'Ribuan warga Merauke memadati Lapangan Pepera untuk mengikuti perayaan Natal bersama yang digelar pemerintah kabupaten.',
  'Perayaan diisi dengan ibadah, paduan suara dari gereja-gereja se-Merauke, serta pembagian bingkisan kepada anak-anak.',
  'Bupati Merauke mengajak seluruh warga menjaga kerukunan antarumat beragama yang selama ini terjalin dengan baik.',
];
const SAWAH = [
  'Ratusan hektare sawah di Kabupaten Karawang terendam banjir akibat luapan Sungai Citarum setelah hujan deras selama dua hari.',
  'Petani khawatir tanaman padi yang baru berumur tiga minggu membusuk apabila genangan tidak surut dalam beberapa hari.',
  'Dinas Pertanian Karawang mendata lahan yang terdampak untuk diusulkan mendapatkan bantuan benih dan asuransi usaha tani.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer><nav><a>Tentang</a> <a>Redaksi</a> <a>Kebijakan Privasi</a> <a>Pedoman Siber</a></nav><p>© 2026 ${n}</p></footer>`;

const HP = 'Pedagang Pasar Johar Keluhkan Sepi Pembeli Usai Revitalisasi';
const HJ = 'Pemkot Bandung Mulai Perbaiki 45 Ruas Jalan Berlubang';
const HM = 'Ribuan Warga Merauke Ikuti Natal Bersama di Lapangan Pepera';
const HW = 'Ratusan Hektare Sawah di Karawang Terendam Banjir';

export const BATCH12_PAGES: BatchPage[] = [
  // 1. Liputan6: "Liputan6.com, Semarang -" lead, "02 Des 2026, 10:15 WIB", the section-outlet suffix.
  {
    name: 'liputan6 regional',
    url: 'https://www.liputan6.com/regional/read/5234567/pedagang-pasar-johar-keluhkan-sepi-pembeli-usai-revitalisasi',
    title: HP,
    published: '2026-12-02T10:15+07:00',
    text: j(`Liputan6.com, Semarang - ${PASAR[0]}`, PASAR[1], PASAR[2]),
    html: html(
      `<title>${HP} - Regional Liputan6.com</title>${om('og:title', HP)}${om('og:site_name', 'liputan6.com')}${om('article:published_time', '2026-12-02T10:15:00+07:00')}`,
      `<header class="navbar">Liputan6.com</header><div class="container"><article class="read-page"><header class="read-page--header"><h1 class="read-page--header--title">${HP}</h1><div class="read-page--header--author"><span>Oleh Felek Wahyu</span> <time class="read-page--header--author__datetime" datetime="2026-12-02 10:15:00">02 Des 2026, 10:15 WIB</time></div></header>
<div class="article-content-body__item-content"><p><b>Liputan6.com, Semarang</b> - ${PASAR[0]}</p><p>${PASAR[1]}</p><div class="baca-juga"><h3>Baca Juga</h3><ul><li><a>Revitalisasi Pasar Johar Tahap Dua Rampung</a></li><li><a>Harga Cabai di Semarang Turun</a></li></ul></div><p>${PASAR[2]}</p></div>
<div class="read-page--tags"><a>Pasar Johar</a></div></article></div>${FOOT('Liputan6.com')}`,
    ),
  },
  // 2. Sindonews: "Rabu, 02 Desember 2026 - 08:45 WIB", "loading..." between paragraphs, a "JAKARTA -" lead.
  {
    name: 'sindonews with loading lines',
    url: 'https://daerah.sindonews.com/read/1456789/701/pemkot-bandung-mulai-perbaiki-45-ruas-jalan-berlubang-1764640000',
    title: HJ,
    published: '2026-12-02T08:45+07:00',
    text: j(`BANDUNG - ${JALAN[0]}`, JALAN[1], JALAN[2], JALAN[3], '(abd)'),
    html: html(
      `<title>${HJ}</title>${om('og:title', HJ)}${om('og:site_name', 'SINDOnews.com')}`,
      `<div class="header">SINDOnews</div><div class="article"><div class="breadcrumb"><a>Daerah</a></div><h1>${HJ}</h1><div class="detail-date-artikel">Rabu, 02 Desember 2026 - 08:45 WIB</div><div class="detail-nama-redaksi">Agung Bakti Sarasa</div>
<div id="detail-desc" class="detail-desc">BANDUNG - ${JALAN[0]}<br><br>${JALAN[1]}<br><br>loading...<br><br>${JALAN[2]}<br><br>${JALAN[3]}<br><br>(abd)</div>
<div class="terkait"><h3>Berita Terkait</h3><a>Jalan Soekarno-Hatta Bandung Ditambal</a></div></div>${FOOT('SINDOnews')}`,
    ),
  },
  // 3. Joomla pemkot portal: "Ditulis oleh Admin", "Dilihat: 45", "Rabu, 02 Desember 2026 09:00".
  {
    name: 'joomla pemkot portal',
    url: 'https://bandung.go.id/berita/pemkot-bandung-mulai-perbaiki-45-ruas-jalan-berlubang',
    title: HJ,
    published: '2026-12-02T09:00+07:00',
    text: j(...JALAN),
    html: html(
      `<title>${HJ} - Pemerintah Kota Bandung</title>`,
      `<div id="header">Pemerintah Kota Bandung</div><div id="menu"><ul><li>Beranda</li><li>Berita</li><li>Layanan Publik</li></ul></div><div id="content"><div class="item-page"><div class="page-header"><h2 itemprop="headline">${HJ}</h2></div>
<dl class="article-info"><dt class="article-info-term">Rincian</dt><dd class="createdby">Ditulis oleh Admin</dd><dd class="published"><span class="icon-calendar"></span> Diterbitkan: Rabu, 02 Desember 2026 09:00</dd><dd class="hits">Dilihat: 45</dd></dl>
<div itemprop="articleBody">${ps(JALAN)}</div></div></div><div id="sidebar"><div class="moduletable"><h3>Berita Terbaru</h3><ul><li><a>Wali Kota Resmikan Taman Tematik</a></li></ul></div></div>${FOOT('Pemkot Bandung')}`,
    ),
  },
  // 4. A WordPress theme: the visible date only "December 2, 2026", a meta in UTC that is right.
  {
    name: 'wordpress with a correct utc meta',
    url: 'https://karawangnews.id/2026/12/02/ratusan-hektare-sawah-di-karawang-terendam-banjir/',
    title: HW,
    published: '2026-12-02T10:30+07:00',
    text: j(...SAWAH),
    html: html(
      `<title>${HW} &#8211; Karawang News</title>${om('og:title', `${HW} - Karawang News`)}${om('og:site_name', 'Karawang News')}${om('article:published_time', '2026-12-02T03:30:00+00:00')}`,
      `<div class="wrapper"><header class="header">Karawang News</header><div class="container"><div class="penci-main-sticky-sidebar"><article class="post"><div class="header-standard"><span class="cat"><a>Daerah</a></span><h1 class="post-title single-post-title entry-title">${HW}</h1><div class="post-box-meta-single"><span class="author-post byline"><a>Redaksi</a></span><span><time class="entry-date published">December 2, 2026</time></span><span>0 comment</span></div></div>
<div class="inner-post-entry entry-content">${ps(SAWAH)}</div><div class="post-tags"><a>banjir</a><a>karawang</a></div></article></div><div class="sidebar"><aside class="widget"><h4>Recent Posts</h4><ul><li><a>Tanggul Citarum Jebol di Rengasdengklok</a></li></ul></aside></div></div></div>${FOOT('Karawang News')}`,
    ),
  },
  // 5. A TVRI regional video: a short lead below the player, "02 Desember 2026 - 19:05".
  {
    name: 'tvri video with a short lead',
    url: 'https://tvrinews.com/berita/video/ribuan-warga-merauke-ikuti-natal-bersama-di-lapangan-pepera',
    title: HM,
    published: '2026-12-02T19:05+07:00',
    text: 'Ribuan warga Merauke mengikuti perayaan Natal bersama di Lapangan Pepera. Bupati mengajak warga menjaga kerukunan antarumat beragama.',
    html: html(
      `<title>${HM} | TVRINews</title>${om('og:title', HM)}${om('og:type', 'video.other')}`,
      `<div class="navbar">TVRINews</div><div class="main"><div class="video-container"><iframe src="https://www.youtube.com/embed/tvri123"></iframe></div><h1 class="judul">${HM}</h1><div class="tanggal">Penulis: Tim TVRI Papua · 02 Desember 2026 - 19:05</div>
<div class="ringkasan"><p>Ribuan warga Merauke mengikuti perayaan Natal bersama di Lapangan Pepera. Bupati mengajak warga menjaga kerukunan antarumat beragama.</p></div>
<div class="video-lainnya"><h3>Video Lainnya</h3><div class="card"><a><h4>Jelang Natal, Harga Kebutuhan Pokok di Jayapura Stabil</h4></a><span>2 jam lalu</span></div></div></div>${FOOT('TVRI')}`,
    ),
  },
  // 6. A detik photo gallery: captions per slide with "Foto: …" credits, "1 dari 3" counters.
  {
    name: 'detik photo gallery',
    url: 'https://news.detik.com/foto-news/d-7765432/ratusan-hektare-sawah-di-karawang-terendam-banjir',
    title: 'Ratusan Hektare Sawah di Karawang Terendam Banjir',
    published: '2026-12-02T13:40+07:00',
    text: j(
      'Ratusan hektare sawah di Kabupaten Karawang, Jawa Barat, terendam banjir akibat luapan Sungai Citarum, Rabu (2/12/2026).',
      'Petani memeriksa tanaman padi yang baru berumur tiga minggu. Mereka khawatir padi membusuk jika genangan tak segera surut.',
      'Dinas Pertanian mendata lahan terdampak untuk diusulkan mendapat bantuan benih dan asuransi usaha tani.',
    ),
    html: html(
      `<title>Ratusan Hektare Sawah di Karawang Terendam Banjir</title>${om('og:title', 'Ratusan Hektare Sawah di Karawang Terendam Banjir')}<meta name="publishdate" content="2026/12/02 13:40:05">`,
      `<header class="header">detikNews</header><div class="container"><article class="detail"><h1 class="detail__title">Ratusan Hektare Sawah di Karawang Terendam Banjir</h1><div class="detail__author">Pradita Utama - detikNews</div><div class="detail__date">Rabu, 02 Des 2026 13:40 WIB</div>
<div class="detail__body-slide"><div class="slide-item"><img src="/s1.jpg"><div class="slide-caption"><p>Ratusan hektare sawah di Kabupaten Karawang, Jawa Barat, terendam banjir akibat luapan Sungai Citarum, Rabu (2/12/2026). (Pradita Utama/detikcom)</p></div><span class="slide-count">1 dari 3</span></div>
<div class="slide-item"><img src="/s2.jpg"><div class="slide-caption"><p>Petani memeriksa tanaman padi yang baru berumur tiga minggu. Mereka khawatir padi membusuk jika genangan tak segera surut. (Pradita Utama/detikcom)</p></div><span class="slide-count">2 dari 3</span></div>
<div class="slide-item"><img src="/s3.jpg"><div class="slide-caption"><p>Dinas Pertanian mendata lahan terdampak untuk diusulkan mendapat bantuan benih dan asuransi usaha tani. (Pradita Utama/detikcom)</p></div><span class="slide-count">3 dari 3</span></div></div></article>
<div class="foto-lainnya"><h3>Foto Lainnya</h3><a>Banjir Rendam Perumahan di Bekasi</a></div></div>${FOOT('detikcom')}`,
    ),
  },
  // 7. A Papua outlet: "Jumat, 27 November 2026 21:15 WIT", JSON-LD "2026-11-27T21:15:00Z" (the WIT clock labelled Z).
  {
    name: 'papua outlet json-ld Z that is WIT',
    url: 'https://www.jubi.id/merauke/2026/ribuan-warga-merauke-ikuti-natal-bersama-di-lapangan-pepera/',
    title: HM,
    published: '2026-11-27T21:15+09:00',
    text: j(`Merauke, Jubi – ${MERAUKE[0]}`, MERAUKE[1], MERAUKE[2]),
    html: html(
      `<title>${HM} - Jubi Papua</title>${om('og:title', HM)}${om('og:site_name', 'Jubi Papua')}${ld({ '@type': 'NewsArticle', headline: HM, datePublished: '2026-11-27T21:15:00Z' })}`,
      `<div class="header">Jubi</div><div class="content"><h1 class="entry-title">${HM}</h1><div class="entry-meta"><span class="author">Frans L Kobun</span> <span class="date">Jumat, 27 November 2026 21:15 WIT</span></div>
<div class="entry-content"><p><strong>Merauke, Jubi</strong> – ${MERAUKE[0]}</p><p>${MERAUKE[1]}</p><p>${MERAUKE[2]}</p><p>Editor: Syam Terrajana</p></div></div>${FOOT('Jubi')}`,
    ),
  },
  // 8. Blogger's default template: the day in the date header above the title, the time only in
  //    the post footer ("Diposting oleh … di 20.30").
  {
    name: 'blogger date header with the time in the footer',
    url: 'https://kabarsemarang.blogspot.com/2026/12/pedagang-pasar-johar-keluhkan-sepi.html',
    title: HP,
    published: '2026-12-02T20:30+07:00',
    text: j(...PASAR),
    html: html(
      `<title>Kabar Semarang: ${HP}</title>`,
      `<div class="header-outer"><div class="Header"><h1 class="title">Kabar Semarang</h1></div></div><div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>Rabu, 02 Desember 2026</span></h2><div class="date-posts"><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">${HP}</h3><div class="post-header"></div><div class="post-body entry-content">${PASAR.join('<br /><br />')}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Diposting oleh <span class="fn">Admin</span></span> <span class="post-timestamp">di <a class="timestamp-link" href="#"><abbr class="published" title="2026-12-02T20:30:00+07:00">20.30</abbr></a></span> <span class="post-comment-link"><a>Tidak ada komentar:</a></span></div></div></div></div></div></div></div>`,
    ),
  },
];
