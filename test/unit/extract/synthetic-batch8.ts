// Eighth batch of handwritten Indonesian pages (issue 18), written in full — markup, expected body,
// title and publication time — AFTER the batch-7 fixes and BEFORE the extractor was run on them. It
// is weighted to what batches 3–7 did not hold: other CMSs (WordPress JNews and Newspaper themes,
// Blogger, Next.js with __NEXT_DATA__, AMP), outlets in Kalimantan, Sulawesi and Papua with WITA/WIT
// times, pemda portals, a video page with a short lead, a photo gallery, a live report, pages with
// "Diperbarui" beside "Diterbitkan", og:title and <h1> disagreeing, abbreviated and old-spelling
// month names ("Nop", "Peb"), a relative "2 jam lalu" beside a meta date, page 2 of a paged article,
// new title separators ("›", "||", "~", "(Hal. 2)"). The prose is invented.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

// First run (2026-12-02, `PANTAU_EVAL_PRINT=1 npx vitest run test/unit/extract/batch8.test.ts`):
// 15 pages, body token-F1 mean 0.985 (worst 0.865: a gallery's "(Tribunkaltim.co/Dok)" credits kept;
// 0.904: a "Diperbarui: … · Diterbitkan: …" line kept in the body), titles 15/15, dates 13/15 (Blogger's
// abbr.published in the post footer not read, the date header's midnight taken; a zone-less meta time
// that is WIT read as WIB). After the fixes they prompted (one credit list for the media-block test,
// the caption reader and gallery slides in the body; an update-first posting stamp dropped as a line;
// a post's own footer no widget; a zone-less machine time in the byline's WITA/WIT zone):
// 1.000 (1.000) / 15 / 15.

// ---- Stories (invented) ------------------------------------------------------------------------

const FERRY = [
  'Kapal motor penyeberangan yang mengangkut 43 penumpang dari Samarinda menuju Tenggarong kandas di alur Sungai Mahakam akibat debit air yang turun drastis, Rabu pagi.',
  'Seluruh penumpang berhasil dievakuasi menggunakan perahu ketinting milik warga setelah hampir tiga jam tertahan di tengah sungai.',
  'Kepala Kantor Kesyahbandaran dan Otoritas Pelabuhan Samarinda mengatakan kapal tersebut melintas di luar alur yang sudah ditandai pelampung.',
  '"Kami sudah mengingatkan operator kapal agar berhati-hati selama kemarau, karena banyak titik dangkal yang baru muncul," ujarnya.',
  'Pihaknya meminta operator memeriksa kedalaman alur setiap pagi sebelum berangkat dan membatasi muatan hingga debit air kembali normal.',
];
const PAPUA = [
  'Pemerintah Kota Jayapura mulai menyalurkan bantuan air bersih ke permukiman warga di Distrik Heram yang sudah dua pekan tidak mendapat pasokan dari PDAM.',
  'Sebanyak enam truk tangki dikerahkan setiap hari untuk mengisi tandon di sekolah, gereja, dan balai kampung.',
  'Direktur PDAM Jayapura menjelaskan debit sumber air di Kali Kampwolker turun hingga setengahnya akibat kemarau panjang.',
  'Warga diminta menampung air secukupnya dan melaporkan kebocoran pipa agar distribusi dapat menjangkau lebih banyak rumah.',
];
const PALU = [
  'Pemerintah Kota Palu menggelar pasar murah di sembilan kelurahan menjelang Natal untuk menekan harga bahan pokok yang mulai naik.',
  'Beras, minyak goreng, gula pasir, dan telur dijual di bawah harga pasar dengan subsidi dari anggaran daerah.',
  'Wali Kota Palu mengatakan pasar murah akan digelar bergilir hingga akhir Desember dan diprioritaskan bagi keluarga penerima bantuan sosial.',
  'Dinas Perdagangan mencatat harga cabai rawit di Pasar Masomba naik menjadi Rp60.000 per kilogram dalam sepekan terakhir.',
];
const MANADO = [
  'Sedikitnya 120 rumah warga di Kelurahan Ternate Tanjung dan Ketang Baru, Kota Manado, terendam banjir setelah hujan deras mengguyur sejak Selasa sore.',
  'Sungai Tondano meluap dan air setinggi satu meter masuk ke permukiman warga di bantaran sungai.',
  'Tim Search and Rescue gabungan mengevakuasi lansia dan anak-anak menggunakan perahu karet ke gedung gereja terdekat.',
  'Badan Penanggulangan Bencana Daerah Kota Manado membuka dapur umum dan meminta warga di bantaran sungai tetap waspada karena hujan diperkirakan berlanjut.',
];
const KAPUAS = [
  'Kabut asap dari kebakaran lahan gambut kembali menyelimuti Kota Pontianak, Selasa pagi, dan jarak pandang sempat turun hingga 500 meter.',
  'Dinas Pendidikan memutuskan meliburkan sekolah dasar dan menengah selama dua hari untuk melindungi kesehatan siswa.',
  'Dinas Kesehatan mencatat 1.340 kasus infeksi saluran pernapasan akut dalam sepekan, naik hampir dua kali lipat dibanding pekan sebelumnya.',
  'Warga diminta mengurangi aktivitas di luar ruangan dan memakai masker. Puskesmas membagikan masker gratis di sejumlah titik.',
  'Satgas Karhutla Kalimantan Barat menyebut titik panas terbanyak berada di Kabupaten Kubu Raya dan Ketapang.',
];
const BANJAR = [
  'Harga cabai rawit di Pasar Lama Banjarmasin melonjak hingga Rp95.000 per kilogram, tertinggi sepanjang tahun ini.',
  'Pedagang menyebut pasokan dari Jawa berkurang karena gelombang tinggi menunda pelayaran kapal barang ke Pelabuhan Trisakti.',
  'Dinas Perdagangan Kota Banjarmasin berencana menggelar operasi pasar dan meminta distributor tidak menahan stok.',
  'Sebagian pembeli memilih mengurangi belanja cabai atau beralih ke cabai kering yang harganya lebih stabil.',
];

const html = (head: string, body: string, lang = 'id') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer><p>Tentang Kami · Redaksi · Pedoman Media Siber · Kontak</p><p>© 2026 ${n}. All rights reserved.</p></footer>`;
const POPULAR = (d: string) =>
  `<div class="widget-popular"><h3>Terpopuler</h3><ol><li><a href="/p1">Harga Tiket Kapal Naik Jelang Libur Akhir Tahun</a><span>${d}</span></li><li><a href="/p2">Jalan Poros Provinsi Rusak Parah Dikeluhkan Warga</a><span>${d}</span></li></ol></div>`;

const HF = 'Kapal Penyeberangan Kandas di Sungai Mahakam, 43 Penumpang Dievakuasi';
const HP = 'Pemkot Jayapura Salurkan Air Bersih ke Distrik Heram';
const HPL = 'Pemkot Palu Gelar Pasar Murah di Sembilan Kelurahan Jelang Natal';
const HM = 'Banjir Rendam 120 Rumah di Manado, Warga Dievakuasi ke Gereja';
const HK = 'Kabut Asap Selimuti Pontianak, Sekolah Diliburkan Dua Hari';
const HB = 'Harga Cabai Rawit di Banjarmasin Tembus Rp95.000 per Kilogram';

export const BATCH8_PAGES: BatchPage[] = [
  // 1. WordPress JNews theme, a Samarinda outlet: "2 jam lalu" visible, the meta time in WITA, a
  //    "Baca Juga" link inside the content, a share bar and a JNews related block.
  {
    name: 'jnews wordpress samarinda with a relative date',
    url: 'https://kaltimkita.com/2026/12/02/kapal-penyeberangan-kandas-di-sungai-mahakam/',
    title: HF,
    published: '2026-12-02T09:14+08:00',
    text: j(`SAMARINDA – ${FERRY[0]}`, FERRY[1], FERRY[2], FERRY[3]),
    html: html(
      `<title>${HF} - Kaltimkita.com</title>${om('og:title', `${HF} - Kaltimkita.com`)}${om('og:site_name', 'Kaltimkita.com')}${om('article:published_time', '2026-12-02T09:14:27+08:00')}${om('article:modified_time', '2026-12-02T11:02:10+08:00')}`,
      `<div class="jeg_viewport"><div class="jeg_header"><div class="jeg_logo">Kaltimkita</div><ul class="jeg_menu"><li><a>Samarinda</a></li><li><a>Kukar</a></li><li><a>Balikpapan</a></li></ul></div>
<div class="jeg_main"><div class="jeg_inner_content"><div class="entry-header"><div class="jeg_post_category"><a>Samarinda</a></div><h1 class="jeg_post_title">${HF}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">Oleh <a>Redaksi</a></div><div class="jeg_meta_date"><a>2 jam lalu</a></div></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div></div>
<div class="entry-content no-share"><div class="content-inner"><p><strong>SAMARINDA</strong> – ${FERRY[0]}</p><p>${FERRY[1]}</p><p><strong>Baca Juga: <a href="/x">Debit Sungai Mahakam Turun, Warga Kesulitan Air Bersih</a></strong></p><p>${FERRY[2]}</p><p>${FERRY[3]}</p></div></div>
<div class="jeg_post_tags"><span>Tags:</span><a>mahakam</a><a>kapal kandas</a></div>
<div class="jnews_related_post_container"><div class="jeg_postblock"><h3>Berita Terkait</h3><article><h3><a>Operator Kapal Diminta Periksa Alur Sungai</a></h3><div class="jeg_meta_date">1 Desember 2026</div></article></div></div></div></div>${FOOT('Kaltimkita.com')}</div>`,
    ),
  },
  // 2. Blogger, a Jayapura blog: "Blog Name: Post Title" in <title>, the time in WIT in <abbr>.
  {
    name: 'blogger jayapura with a wit timestamp',
    url: 'https://suarajayapura.blogspot.com/2026/12/pemkot-jayapura-salurkan-air-bersih.html',
    title: HP,
    published: '2026-12-02T10:30+09:00',
    text: j(...PAPUA),
    html: html(
      `<title>Suara Jayapura: ${HP}</title>${om('og:title', HP)}${nm('generator', 'blogger')}<link rel="alternate" type="application/atom+xml" title="Suara Jayapura - Atom" href="https://suarajayapura.blogspot.com/feeds/posts/default">`,
      `<div class="header-outer"><div class="header"><h1 class="title"><a href="/">Suara Jayapura</a></h1><p class="description">Kabar dari Tanah Tabi</p></div></div>
<div class="main-outer"><div class="main-inner"><div class="blog-posts hfeed"><div class="date-outer"><h2 class="date-header"><span>Rabu, 02 Desember 2026</span></h2>
<div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">${HP}</h3><div class="post-header"><div class="post-header-line-1"></div></div>
<div class="post-body entry-content">${PAPUA.join('<br /><br />')}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Diposting oleh <span class="fn">Yohanis K</span></span> <span class="post-timestamp">di <a class="timestamp-link" href="#"><abbr class="published" title="2026-12-02T10:30:00+09:00">10.30</abbr></a></span></div>
<div class="post-footer-line post-footer-line-2"><span class="post-labels">Label: <a>Jayapura</a>, <a>Air Bersih</a></span></div></div></div>
<div class="comments" id="comments"><h4>Tidak ada komentar:</h4><p>Posting Komentar</p></div></div></div></div>
<div class="blog-pager"><a class="blog-pager-newer-link">Posting Lebih Baru</a> <a class="home-link">Beranda</a> <a class="blog-pager-older-link">Posting Lama</a></div></div></div>`,
    ),
  },
  // 3. Next.js: the rendered article plus __NEXT_DATA__ holding it again; the visible time in WIB,
  //    the data's time in UTC; the <title> with the section after a "›".
  {
    name: 'next.js page with __NEXT_DATA__',
    url: 'https://www.kabarkalbar.id/news/kabut-asap-selimuti-pontianak-sekolah-diliburkan',
    title: HK,
    published: '2026-12-01T08:45+07:00',
    text: j(`Pontianak - ${KAPUAS[0]}`, KAPUAS[1], KAPUAS[2], KAPUAS[3]),
    html: html(
      `<title>${HK} › Kalbar › Kabar Kalbar</title>${om('og:title', HK)}${om('og:site_name', 'Kabar Kalbar')}${nm('description', 'Kabut asap dari kebakaran lahan gambut kembali menyelimuti Kota Pontianak.')}`,
      `<div id="__next"><header class="Header_wrap__a1"><a class="Header_logo__b2">Kabar Kalbar</a><nav><a>Kalbar</a><a>Nasional</a><a>Olahraga</a></nav></header>
<main class="Layout_main__c3"><div class="ArticleDetail_container__x9"><div class="ArticleDetail_category__q1">Kalbar</div><h1 class="ArticleDetail_title__k2">${HK}</h1>
<div class="ArticleDetail_info__m4"><span>Rizal Fahmi</span><span>Selasa, 01 Des 2026 - 08:45 WIB</span></div>
<div class="ArticleDetail_body__z7"><p><strong>Pontianak</strong> - ${KAPUAS[0]}</p><p>${KAPUAS[1]}</p><div class="ArticleDetail_inlineRelated__r5"><span>Baca Juga</span><a>Titik Panas di Kalbar Bertambah Jadi 312</a></div><p>${KAPUAS[2]}</p><p>${KAPUAS[3]}</p></div>
<div class="ArticleDetail_tags__t8"><a>#kabutasap</a><a>#karhutla</a></div></div>
<section class="NewsList_wrap__n1"><h2>Berita Terbaru</h2><a><h3>Pemprov Kalbar Tetapkan Status Siaga Darurat Karhutla</h3></a><a><h3>Bandara Supadio Tunda Dua Penerbangan</h3></a></section></main></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { article: { title: HK, publishedAt: '2026-12-01T01:45:00.000Z', content: KAPUAS.map((x) => `<p>${x}</p>`).join(''), category: 'Kalbar' } } }, page: '/news/[slug]' })}</script>`,
    ),
  },
  // 4. AMP page: amp-img and amp-ad inside the body, JSON-LD with published and modified, the byline
  //    in WITA; <title> "Headline - Radar Banjarmasin".
  {
    name: 'amp page banjarmasin',
    url: 'https://radarbanjarmasin.id/amp/2026/12/02/harga-cabai-rawit-di-banjarmasin-tembus-rp95000',
    title: HB,
    published: '2026-12-02T07:20+08:00',
    text: j(`BANJARMASIN - ${BANJAR[0]}`, BANJAR[1], BANJAR[2], BANJAR[3]),
    html: `<!DOCTYPE html><html amp lang="id"><head><meta charset="utf-8"><title>${HB} - Radar Banjarmasin</title><link rel="canonical" href="https://radarbanjarmasin.id/2026/12/02/harga-cabai-rawit-di-banjarmasin-tembus-rp95000">${ld({ '@type': 'NewsArticle', headline: HB, datePublished: '2026-12-02T07:20:00+08:00', dateModified: '2026-12-02T13:05:00+08:00', author: { '@type': 'Person', name: 'Muhammad Noor' }, publisher: { '@type': 'Organization', name: 'Radar Banjarmasin' } })}<style amp-custom>.amp-title{font-size:22px}</style></head><body>
<header class="amp-header"><a class="amp-logo">Radar Banjarmasin</a></header><amp-sidebar id="menu"><ul><li>Banjarmasin</li><li>Banjarbaru</li></ul></amp-sidebar>
<div class="amp-wrap"><h1 class="amp-title">${HB}</h1><div class="amp-meta"><span class="amp-author">Muhammad Noor</span> | <span class="amp-date">Rabu, 2 Desember 2026 | 07:20 WITA</span></div>
<amp-img src="/cabai.jpg" width="640" height="360" layout="responsive"></amp-img><div class="amp-caption">Pedagang cabai di Pasar Lama Banjarmasin. (Radar Banjarmasin/Muhammad Noor)</div>
<div class="amp-article-body"><p>BANJARMASIN - ${BANJAR[0]}</p><p>${BANJAR[1]}</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/1/amp"></amp-ad><p>${BANJAR[2]}</p><p>${BANJAR[3]}</p></div>
<div class="amp-related"><h3>Baca Juga</h3><a>Operasi Pasar Digelar di Lima Titik</a><a>Gelombang Tinggi, Kapal Barang Tertahan di Surabaya</a></div></div>
<footer class="amp-footer">© 2026 Radar Banjarmasin</footer></body></html>`,
  },
  // 5. Pemkot portal (Palu): the date only in visible text with an abbreviated month and a dotted
  //    time in WITA; the <title> with an en dash and the office name.
  {
    name: 'pemkot palu portal with wita text date',
    url: 'https://palukota.go.id/berita/pemkot-palu-gelar-pasar-murah-di-sembilan-kelurahan',
    title: HPL,
    published: '2026-12-02T14:20+08:00',
    text: j(...PALU),
    html: html(
      `<title>${HPL} – Pemerintah Kota Palu</title>`,
      `<div class="topbar">Selamat datang di Portal Resmi Pemerintah Kota Palu</div><div class="navbar"><ul><li>Beranda</li><li>Profil</li><li>Berita</li><li>Layanan</li><li>PPID</li></ul></div>
<div class="container"><div class="row"><div class="col-md-8"><div class="news-detail"><h2 class="news-title">${HPL}</h2><div class="news-info"><i class="fa fa-calendar"></i> Rab, 02 Des 2026 14.20 WITA <i class="fa fa-user"></i> Admin Diskominfo <i class="fa fa-eye"></i> 214 kali dibaca</div>
<div class="news-image"><img src="/pasar.jpg"></div><div class="news-content">${ps(PALU)}</div><div class="news-share">Bagikan: <a>Facebook</a> <a>WhatsApp</a></div></div></div>
<div class="col-md-4"><div class="sidebar"><h4>Berita Lainnya</h4><ul><li><a>Wali Kota Palu Resmikan Taman Kota di Talise</a> <small>30 Nop 2026</small></li><li><a>Pemkot Palu Salurkan Bantuan untuk Nelayan</a> <small>28 Nop 2026</small></li></ul></div></div></div></div>${FOOT('Pemerintah Kota Palu')}`,
    ),
  },
  // 6. Video page, Makassar: a VideoObject, the lead of one short paragraph under the player,
  //    "Video Lainnya" with summaries; the <title> "Video › Headline | Fajar TV".
  {
    name: 'video page makassar with a short lead',
    url: 'https://fajartv.co.id/video/2026/12/02/banjir-rendam-120-rumah-di-manado',
    title: HM,
    published: '2026-12-02T16:10+08:00',
    text: 'Banjir setinggi satu meter merendam 120 rumah warga di bantaran Sungai Tondano, Kota Manado. Tim SAR gabungan mengevakuasi lansia dan anak-anak ke gereja terdekat.',
    html: html(
      `<title>Video › ${HM} | Fajar TV</title>${om('og:title', HM)}${om('og:type', 'video.other')}${om('og:description', 'Banjir setinggi satu meter merendam 120 rumah warga di bantaran Sungai Tondano.')}${ld({ '@type': 'VideoObject', name: HM, uploadDate: '2026-12-02T16:10:00+08:00', thumbnailUrl: 'https://fajartv.co.id/t.jpg', description: 'Banjir setinggi satu meter merendam 120 rumah warga di bantaran Sungai Tondano.' })}`,
      `<div class="site-header"><a>Fajar TV</a><ul><li>Berita</li><li>Video</li><li>Live</li></ul></div><div class="video-detail"><div class="video-player"><iframe src="https://www.youtube.com/embed/abc"></iframe></div>
<h1 class="video-title">${HM}</h1><div class="video-date">Rabu, 2 Desember 2026 16:10 WITA</div>
<div class="video-lead"><p>Banjir setinggi satu meter merendam 120 rumah warga di bantaran Sungai Tondano, Kota Manado. Tim SAR gabungan mengevakuasi lansia dan anak-anak ke gereja terdekat.</p></div>
<div class="video-lainnya"><h3>Video Lainnya</h3><div class="vcard"><a><h4>Longsor Tutup Jalan Trans Sulawesi di Mamuju</h4></a><p>Material longsor menutup badan jalan sepanjang 30 meter dan arus kendaraan dialihkan melalui jalur alternatif.</p></div><div class="vcard"><a><h4>Nelayan Makassar Libur Melaut karena Cuaca Buruk</h4></a><p>Gelombang setinggi tiga meter membuat ratusan nelayan di Kecamatan Tallo memilih menambatkan perahu.</p></div></div></div>${FOOT('Fajar TV')}`,
    ),
  },
  // 7. Photo gallery, Balikpapan: five slides with captions, counters, credits in brackets; the
  //    caption credits of the Tribun kind "(Tribunkaltim.co/Dok)".
  {
    name: 'photo gallery balikpapan with counters',
    url: 'https://kaltim.tribunnews.com/foto/2026/12/02/foto-kapal-penyeberangan-kandas-di-mahakam',
    title: 'Foto: Kapal Penyeberangan Kandas di Mahakam',
    published: '2026-12-02T12:35+08:00',
    text: j(
      'Kapal motor penyeberangan tujuan Tenggarong kandas di alur Sungai Mahakam, Samarinda, Rabu (2/12/2026).',
      'Warga menggunakan perahu ketinting untuk mengevakuasi 43 penumpang yang tertahan hampir tiga jam.',
      'Petugas KSOP Samarinda memeriksa lambung kapal setelah seluruh penumpang dievakuasi.',
      'Penumpang menunggu angkutan lanjutan di dermaga Sungai Kunjang setelah dievakuasi.',
    ),
    html: html(
      `<title>Foto: Kapal Penyeberangan Kandas di Mahakam - Tribunkaltim.co</title>${om('og:title', 'Foto: Kapal Penyeberangan Kandas di Mahakam')}${om('og:type', 'article')}${nm('pubdate', '2026-12-02T12:35:00+08:00')}`,
      `<div id="header">tribunkaltim</div><div class="main"><div id="article"><h1 id="arttitle">Foto: Kapal Penyeberangan Kandas di Mahakam</h1><time class="grey">Rabu, 2 Desember 2026 12:35 WITA</time>
<div class="gallery-wrap">
<div class="gal-item"><span class="num">1/4</span><img src="/k1.jpg"><p>Kapal motor penyeberangan tujuan Tenggarong kandas di alur Sungai Mahakam, Samarinda, Rabu (2/12/2026). (Tribunkaltim.co/Dok)</p></div>
<div class="gal-item"><span class="num">2/4</span><img src="/k2.jpg"><p>Warga menggunakan perahu ketinting untuk mengevakuasi 43 penumpang yang tertahan hampir tiga jam. (Tribunkaltim.co/Aris Joni)</p></div>
<div class="gal-item"><span class="num">3/4</span><img src="/k3.jpg"><p>Petugas KSOP Samarinda memeriksa lambung kapal setelah seluruh penumpang dievakuasi. (Tribunkaltim.co/Aris Joni)</p></div>
<div class="gal-item"><span class="num">4/4</span><img src="/k4.jpg"><p>Penumpang menunggu angkutan lanjutan di dermaga Sungai Kunjang setelah dievakuasi. (Tribunkaltim.co/Aris Joni)</p></div></div>
<div class="foto-lain"><h3>Foto Lainnya</h3><div><a href="/f1"><h4>Debit Sungai Mahakam Turun Drastis</h4></a></div></div></div></div>${FOOT('Tribunkaltim.co')}`,
    ),
  },
  // 8. A live report, Jayapura: entries newest first with WIT times, LiveBlogPosting dates.
  {
    name: 'live report jayapura in wit',
    url: 'https://www.papuaterkini.com/live/2026/12/02/live-distribusi-air-bersih-jayapura',
    title: 'LIVE: Distribusi Air Bersih di Jayapura Hari Ini',
    published: '2026-12-02T07:00+09:00',
    text: j(
      'Truk tangki keenam tiba di Kampung Waena dan langsung mengisi tandon di halaman gereja. Antrean warga mengular hingga ke jalan utama.',
      'PDAM menambah dua titik pengisian di Distrik Heram untuk mempercepat distribusi ke rumah-rumah di lereng bukit.',
      'Distribusi hari ini dimulai dari SD Inpres Perumnas III. Sekolah menerima 5.000 liter air untuk keperluan siswa dan guru.',
    ),
    html: html(
      `<title>LIVE: Distribusi Air Bersih di Jayapura Hari Ini | Papua Terkini</title>${om('og:title', 'LIVE: Distribusi Air Bersih di Jayapura Hari Ini')}${ld({ '@type': 'LiveBlogPosting', headline: 'LIVE: Distribusi Air Bersih di Jayapura Hari Ini', datePublished: '2026-12-02T07:00:00+09:00', dateModified: '2026-12-02T15:40:00+09:00', coverageStartTime: '2026-12-02T07:00:00+09:00' })}`,
      `<div class="navbar">Papua Terkini · Jayapura · Live</div><div class="content"><h1>LIVE: Distribusi Air Bersih di Jayapura Hari Ini</h1><div class="meta">Diperbarui Rabu, 2 Desember 2026 15:40 WIT</div>
<div class="liveblog"><div class="post-entry"><span class="entry-time">15:40 WIT</span><p>Truk tangki keenam tiba di Kampung Waena dan langsung mengisi tandon di halaman gereja. Antrean warga mengular hingga ke jalan utama.</p></div>
<div class="post-entry"><span class="entry-time">11:15 WIT</span><p>PDAM menambah dua titik pengisian di Distrik Heram untuk mempercepat distribusi ke rumah-rumah di lereng bukit.</p></div>
<div class="post-entry"><span class="entry-time">07:00 WIT</span><p>Distribusi hari ini dimulai dari SD Inpres Perumnas III. Sekolah menerima 5.000 liter air untuk keperluan siswa dan guru.</p></div></div>
<button class="load-more">Muat lebih banyak</button></div>${FOOT('Papua Terkini')}`,
    ),
  },
  // 9. Published and updated on one line, "Diperbarui" printed first; modified meta only, no
  //    published meta.
  {
    name: 'updated printed before published, modified meta only',
    url: 'https://www.manadopost.id/berita/banjir-rendam-120-rumah-di-manado-warga-dievakuasi-ke-gereja',
    title: HM,
    published: '2026-12-01T20:10+08:00',
    text: j(...MANADO),
    html: html(
      `<title>${HM} - Manado Post</title>${om('og:title', HM)}${om('article:modified_time', '2026-12-02T08:00:00+08:00')}`,
      `<div class="header">Manado Post</div><div class="page"><div class="read"><h1 class="read__title">${HM}</h1>
<div class="read__time">Diperbarui: Rabu, 2 Desember 2026 08:00 WITA · Diterbitkan: Selasa, 1 Desember 2026 20:10 WITA</div>
<div class="read__content">${ps(MANADO)}</div></div>${POPULAR('2 Desember 2026')}</div>${FOOT('Manado Post')}`,
    ),
  },
  // 10. og:title rewritten for sharing, disagreeing with the <h1>; the <title> is the <h1> plus the outlet.
  {
    name: 'og:title rewritten, h1 the headline',
    url: 'https://www.banuanews.com/ekonomi/harga-cabai-rawit-di-banjarmasin-tembus-rp95000',
    title: HB,
    published: '2026-12-02T10:05+08:00',
    text: j(...BANJAR),
    html: html(
      `<title>${HB} | Banua News</title>${om('og:title', 'Cabai Makin Pedas! Warga Banjarmasin Menjerit, Harga Tembus Rekor')}${om('twitter:title', 'Cabai Makin Pedas! Warga Banjarmasin Menjerit, Harga Tembus Rekor')}${om('article:published_time', '2026-12-02T10:05:00+08:00')}`,
      `<div class="header">Banua News</div><div class="content"><div class="breadcrumb"><a>Home</a> / <a>Ekonomi</a></div><h1 class="post-title">${HB}</h1><div class="post-meta">Rabu, 2 Desember 2026 - 10:05 WITA</div>
<div class="post-content">${ps(BANJAR)}</div></div>${FOOT('Banua News')}`,
    ),
  },
  // 11. Old-spelling abbreviated month ("Nop") and a dotted time, only in the visible text; WIB.
  {
    name: 'abbreviated old-spelling month in text only',
    url: 'https://www.infopontianak.com/read/kabut-asap-selimuti-pontianak-sekolah-diliburkan',
    title: HK,
    published: '2026-11-30T19:45+07:00',
    text: j(...KAPUAS),
    html: html(
      `<title>${HK} - Info Pontianak</title>`,
      `<div class="header">Info Pontianak</div><div class="wrap"><div class="artikel"><h1>${HK}</h1><div class="tanggal">Sen, 30 Nop 2026 | 19.45 WIB</div>
<div class="isi-artikel">${ps(KAPUAS)}</div></div><div class="indeks-samping"><h4>Indeks</h4><ul><li><a>Titik Panas di Kubu Raya Bertambah</a> 29 Nop 2026</li></ul></div></div>${FOOT('Info Pontianak')}`,
    ),
  },
  // 12. A Jayapura outlet: the meta time without a zone, written in WIT like the byline.
  {
    name: 'zoneless meta time that is wit',
    url: 'https://www.jubi-papua.id/2026/12/02/pemkot-jayapura-salurkan-air-bersih-ke-distrik-heram',
    title: HP,
    published: '2026-12-02T10:30+09:00',
    text: j(`Jayapura, Jubi – ${PAPUA[0]}`, PAPUA[1], PAPUA[2], PAPUA[3]),
    html: html(
      `<title>${HP} - Jubi Papua</title>${om('og:title', HP)}${om('article:published_time', '2026-12-02 10:30:00')}`,
      `<div class="header">Jubi Papua</div><div class="content"><h1 class="entry-title">${HP}</h1><div class="entry-meta"><span class="author">Reporter: Hengky Yeimo</span> <span class="posted-on">Rabu, 2 Desember 2026 10:30 WIT</span></div>
<div class="entry-content"><p><strong>Jayapura, Jubi</strong> – ${PAPUA[0]}</p><p>${PAPUA[1]}</p><p>${PAPUA[2]}</p><p>${PAPUA[3]}</p><p>Editor: Kristianto</p></div></div>${FOOT('Jubi Papua')}`,
    ),
  },
  // 13. Section and outlet after the headline with "||"; itemprop dates; "3 jam yang lalu" visible.
  {
    name: 'double-pipe affixes and a relative byline',
    url: 'https://kabarsulteng.id/palu/pemkot-palu-gelar-pasar-murah',
    title: HPL,
    published: '2026-12-02T06:40+08:00',
    text: j(`PALU, KABARSULTENG.ID – ${PALU[0]}`, PALU[1], PALU[2], PALU[3]),
    html: html(
      `<title>${HPL} || Palu || Kabar Sulteng</title>${om('og:title', `${HPL} || Kabar Sulteng`)}<meta itemprop="datePublished" content="2026-12-02T06:40:00+08:00"><meta itemprop="dateModified" content="2026-12-02T09:12:00+08:00">`,
      `<div class="header">KABAR SULTENG</div><div class="main"><article><h1 itemprop="headline">${HPL}</h1><div class="meta"><span>Tim Redaksi</span> · <span class="ago">3 jam yang lalu</span></div>
<div itemprop="articleBody"><p><strong>PALU, KABARSULTENG.ID</strong> – ${PALU[0]}</p><p>${PALU[1]}</p><p>${PALU[2]}</p><p>${PALU[3]}</p></div></article>${POPULAR('1 Desember 2026')}</div>${FOOT('Kabar Sulteng')}`,
    ),
  },
  // 14. Page 2 of a paged article (?page=2): only that page's paragraphs, the headline with "(Hal. 2)"
  //    in the <title>, a pager.
  {
    name: 'page 2 of a paged article',
    url: 'https://www.kaltimpost.id/samarinda/kapal-penyeberangan-kandas-di-sungai-mahakam?page=2',
    title: HF,
    published: '2026-12-02T10:50+08:00',
    text: j(FERRY[3], FERRY[4]),
    html: html(
      `<title>${HF} (Hal. 2) - Kaltim Post</title>${om('og:title', HF)}${om('article:published_time', '2026-12-02T10:50:00+08:00')}<link rel="prev" href="https://www.kaltimpost.id/samarinda/kapal-penyeberangan-kandas-di-sungai-mahakam">`,
      `<div class="header">Kaltim Post</div><div class="content"><h1 class="title-detail">${HF}</h1><div class="date-detail">Rabu, 2 Desember 2026 | 10:50 WITA</div>
<div class="detail-content">${ps([FERRY[3], FERRY[4]])}</div>
<div class="page-nav"><a href="?page=1">1</a> <a class="active">2</a> <a href="?page=1">Sebelumnya</a></div></div>${FOOT('Kaltim Post')}`,
    ),
  },
  // 15. A pemprov portal (Kalbar) on WordPress "Newspaper" (td_ classes): a category list above the h1, the
  //    <title> ending with a "~" slogan, a photo caption with a credit inside the content.
  {
    name: 'pemprov kalbar newspaper theme with a caption credit',
    url: 'https://kalbarprov.go.id/berita/kabut-asap-selimuti-pontianak-sekolah-diliburkan',
    title: HK,
    published: '2026-12-01T13:00+07:00',
    text: j(KAPUAS[1], KAPUAS[3], KAPUAS[4]),
    html: html(
      `<title>${HK} ~ Pemerintah Provinsi Kalimantan Barat</title>${om('og:title', `${HK} ~ Pemerintah Provinsi Kalimantan Barat`)}${om('og:site_name', 'Pemerintah Provinsi Kalimantan Barat')}${om('article:published_time', '2026-12-01T06:00:00+00:00')}`,
      `<div class="td-header-wrap"><div class="td-header-logo">Pemprov Kalbar</div><ul class="sf-menu"><li>Beranda</li><li>Berita</li><li>Pengumuman</li></ul></div>
<div class="td-main-content-wrap"><div class="td-post-header"><ul class="td-category"><li><a>Berita Daerah</a></li></ul><header class="td-post-title"><h1 class="entry-title">${HK}</h1><div class="td-module-meta-info"><span class="td-post-author-name">Biro Adpim</span> <span class="td-post-date"><time class="entry-date" datetime="2026-12-01T06:00:00+00:00">1 Desember 2026</time></span></div></header></div>
<div class="td-post-content"><div class="wp-caption"><img src="/asap.jpg"><p class="wp-caption-text">Kabut asap menyelimuti Jalan Ahmad Yani, Pontianak, Selasa pagi. (Foto: Biro Adpim/Dok)</p></div><p>${KAPUAS[1]}</p><p>${KAPUAS[3]}</p><p>${KAPUAS[4]}</p></div>
<div class="td-post-sharing"><a>Facebook</a><a>Twitter</a></div><div class="td_block_related_posts"><h4>Artikel Terkait</h4><div><a>Gubernur Tinjau Posko Karhutla Kubu Raya</a></div></div></div>${FOOT('Pemprov Kalbar')}`,
    ),
  },
];
