// Twenty-sixth batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// at d3d9a57 (main as branched), with batch 25, and BEFORE the extractor was run on either: the
// shapes issue 18 names beside the networks of batch 25: a pemda portal's "Diposting pada …" with a
// sidebar of recent posts, Blogger (`abbr.published`, the blog's name before the title), an AMP page
// (`amp-timeago` in UTC), an Antara photo page (caption, credit, newsletter box), a video page with a
// short lead, an English-locale WordPress "August 3, 2026 at 2:05 pm", an all-numeric "03/08/2026
// 14:05" with related dates that settle the order, a page whose only visible date is a left
// sidebar's a month off (the feed's date is the publication), a WITA outlet whose JSON-LD labels its
// WITA clock `+00:00`, and a page that shows only its update while JSON-LD gives both. The prose is
// invented.
// First run (2026-12-04 21:13 UTC, at e167186, the extractor as branched): 10 pages, body token-F1
// mean 0.999 (worst 0.985: "ANTARA" left of the photo credit on its own line), titles 10/10, dates
// 8/10 (Blogger's `abbr.published` read by its text "14.05", not its ISO title: the day only; the
// English page's zone-less "August 3, 2026 at 2:05 pm" read as UTC). Then tuned on.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const html = (head: string, body: string, lang = 'id') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer class="footer"><div class="links"><a>Tentang Kami</a> <a>Redaksi</a> <a>Kontak</a></div><p>Copyright © 2026 ${n}</p></footer>`;

const H = [
  'Bupati Sleman Resmikan Pasar Rakyat Tempel',
  'Jalan Penghubung Dua Kecamatan di Ngawi Rusak Parah',
  'Warga Kupang Antre Air Bersih dari Mobil Tangki',
  'Panen Raya Padi di Sleman',
  'Detik-detik Tanggul Sungai Jebol di Demak',
  'Governor Opens New Ferry Route to Karimunjawa',
  'Pemkab Klaten Salurkan Bantuan Rumah Tidak Layak Huni',
  'Harga Tiket Pesawat Jakarta–Pontianak Naik Jelang Libur',
  'Festival Perahu Hias Digelar di Sungai Martapura',
  'Pemkot Depok Perpanjang Masa Berlaku Pajak Kendaraan Gratis Denda',
];
const P = [
  [
    'Bupati Sleman meresmikan Pasar Rakyat Tempel yang telah selesai direvitalisasi.',
    'Pasar baru ini menampung 420 pedagang yang sebelumnya berjualan di los darurat.',
    'Bupati meminta pedagang menjaga kebersihan dan ketertiban pasar.',
    'Revitalisasi pasar dibiayai dana alokasi khusus tahun anggaran 2026.',
  ],
  [
    'Jalan penghubung Kecamatan Kendal dan Kecamatan Jogorogo di Kabupaten Ngawi rusak parah dengan lubang di banyak titik.',
    'Warga mengaku harus berhati-hati saat melintas, terutama pada malam hari karena minim penerangan.',
    'Dinas Pekerjaan Umum Ngawi menyatakan perbaikan jalan sudah masuk rencana anggaran tahun depan.',
  ],
  [
    'Warga Kelurahan Oesapa, Kota Kupang, mengantre air bersih dari mobil tangki yang dikirim pemerintah kota.',
    'Krisis air terjadi karena debit mata air yang menjadi sumber utama pasokan menurun selama kemarau.',
    'Setiap keluarga mendapat jatah dua jeriken air per hari.',
  ],
  [
    'Petani memanen padi saat panen raya di Desa Sumberrejo, Kecamatan Tempel, Kabupaten Sleman, Senin (3/8/2026). Dinas Pertanian Sleman memperkirakan produksi gabah kering panen musim ini mencapai 6,8 ton per hektare.',
  ],
  ['Tanggul Sungai Wulan di Kabupaten Demak jebol pada Senin sore sehingga air merendam permukiman di tiga desa. Warga merekam detik-detik air menerjang rumah mereka.'],
  [
    'Central Java Governor opened a new ferry route connecting Jepara and the Karimunjawa islands on Monday.',
    'The route will be served twice a week by a ferry that can carry 300 passengers and 20 vehicles.',
    'Local tourism operators said the route would help bring more visitors to the islands.',
  ],
  [
    'Pemerintah Kabupaten Klaten menyalurkan bantuan perbaikan rumah tidak layak huni untuk 250 keluarga.',
    'Setiap keluarga menerima bantuan bahan bangunan senilai Rp20 juta.',
    'Perbaikan dikerjakan secara gotong royong bersama warga sekitar.',
    'Kepala Dinas Perumahan Klaten berharap seluruh rumah selesai diperbaiki sebelum musim hujan.',
  ],
  [
    'Harga tiket pesawat rute Jakarta–Pontianak naik hingga dua kali lipat menjelang libur akhir tahun.',
    'Sejumlah agen perjalanan menyebut tiket untuk keberangkatan 20 hingga 24 Desember hampir habis terjual.',
    'Dinas Perhubungan Kalimantan Barat meminta maskapai menambah penerbangan tambahan.',
  ],
  [
    'Festival perahu hias digelar di Sungai Martapura, Kota Banjarmasin, dan diikuti 60 perahu dari berbagai kelurahan.',
    'Perahu dihias dengan lampu warna-warni dan ornamen khas Banjar.',
    'Wali Kota Banjarmasin mengatakan festival ini menjadi agenda tahunan untuk menarik wisatawan.',
  ],
  [
    'Pemerintah Kota Depok memperpanjang program penghapusan denda pajak kendaraan bermotor hingga akhir Desember.',
    'Program ini berlaku di seluruh kantor Samsat dan gerai pelayanan di pusat perbelanjaan.',
    'Warga cukup membawa KTP dan STNK asli untuk mengikuti program tersebut.',
  ],
];

export const BATCH26_PAGES: BatchPage[] = [
  // 1. A pemkab portal on WordPress: today's date in the header, "Diposting pada 3 Agustus 2026 oleh
  //    Admin Diskominfo", the office name in the <title>, a sidebar of recent posts with dates, no
  //    machine date.
  {
    name: 'pemkab diposting pada date-only',
    url: 'https://www.slemankab.go.id/bupati-sleman-resmikan-pasar-rakyat-tempel',
    title: H[0],
    published: '2026-08-03T00:00+07:00',
    text: j(...P[0]),
    html: html(
      `<title>${H[0]} – Pemerintah Kabupaten Sleman</title>${om('og:title', `${H[0]} – Pemerintah Kabupaten Sleman`)}`,
      `<div class="top-bar"><span class="today">Kamis, 3 Desember 2026</span> <a>PPID</a> <a>LAPOR!</a></div><header class="site-header"><div class="site-branding">Pemerintah Kabupaten Sleman</div><nav class="main-navigation"><a>Beranda</a> <a>Profil</a> <a>Berita</a> <a>Layanan</a> <a>Kontak</a></nav></header>
<div id="content" class="site-content"><main id="main" class="site-main"><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${H[0]}</h1><div class="entry-meta">Diposting pada 3 Agustus 2026 oleh <a>Admin Diskominfo</a></div></header>
<div class="entry-content">${P[0].map((x) => `<p>${x}</p>`).join('')}</div><footer class="entry-footer"><span class="cat-links">Kategori: <a>Berita</a></span></footer></article></main>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Berita Terbaru</h2><ul><li><a>Sleman Raih Penghargaan KIP</a> <span class="post-date">2 Desember 2026</span></li><li><a>Pendaftaran CPNS Dibuka</a> <span class="post-date">30 November 2026</span></li></ul></section></aside></div>${FOOT('Diskominfo Kabupaten Sleman')}`,
    ),
  },
  // 2. Blogger: "Nama Blog: Judul" in the <title>, `abbr.published` with the ISO title attribute, the
  //    headline in an <h3 class="post-title">, the footer "Diposting oleh … di 14.05", blog archive.
  {
    name: 'blogger abbr published',
    url: 'https://kabarngawi.blogspot.com/2026/08/jalan-penghubung-dua-kecamatan-di-ngawi.html',
    title: H[1],
    published: '2026-08-03T14:05+07:00',
    text: j(...P[1]),
    html: html(
      `<title>Kabar Ngawi: ${H[1]}</title>${om('og:title', H[1])}${nm('generator', 'Blogger')}`,
      `<div class="header-outer"><div class="header"><h1 class="title">Kabar Ngawi</h1><p class="description">Berita terkini seputar Ngawi</p></div></div>
<div class="main-outer"><div class="main"><div class="date-outer"><h2 class="date-header"><span>Senin, 03 Agustus 2026</span></h2><div class="post-outer"><div class="post hentry"><h3 class="post-title entry-title">${H[1]}</h3><div class="post-header"></div>
<div class="post-body entry-content">${P[1].join('<br><br>')}</div>
<div class="post-footer"><div class="post-footer-line post-footer-line-1"><span class="post-author vcard">Diposting oleh <span class="fn">Admin</span></span> <span class="post-timestamp">di <a class="timestamp-link"><abbr class="published" itemprop="datePublished" title="2026-08-03T14:05:00+07:00">14.05</abbr></a></span> <span class="post-comment-link"><a>Tidak ada komentar:</a></span></div><div class="post-footer-line post-footer-line-2"><span class="post-labels">Label: <a>Infrastruktur</a></span></div></div></div></div></div></div>
<div class="sidebar"><div class="widget BlogArchive"><h2>Arsip Blog</h2><ul><li><a>Agustus 2026</a> (12)</li><li><a>Juli 2026</a> (30)</li></ul></div></div></div>`,
    ),
  },
  // 3. An AMP page: `amp-timeago` in UTC, the JSON-LD in WITA, an `amp-ad`, a sticky footer.
  {
    name: 'amp timeago utc json-ld wita',
    url: 'https://www.victorynews.id/amp/warga-kupang-antre-air-bersih-dari-mobil-tangki',
    title: H[2],
    published: '2026-12-02T14:05+08:00',
    text: j(`KUPANG, VICTORYNEWS – ${P[2][0]}`, P[2][1], P[2][2]),
    html: html(
      `<title>${H[2]} - Victory News</title>${om('og:title', H[2])}<link rel="canonical" href="https://www.victorynews.id/warga-kupang-antre-air-bersih-dari-mobil-tangki">${ld({ '@type': 'NewsArticle', headline: H[2], datePublished: '2026-12-02T14:05:00+08:00', dateModified: '2026-12-02T14:30:00+08:00' })}<style amp-custom>body{font-family:sans-serif}</style>`,
      `<header class="amp-header"><a class="logo">Victory News</a><button on="tap:sidebar.toggle">☰</button></header><amp-sidebar id="sidebar" layout="nodisplay"><a>Kupang</a> <a>NTT</a> <a>Nasional</a></amp-sidebar>
<main><article><h1 class="amp-title">${H[2]}</h1><div class="amp-meta"><span class="author">Tim Redaksi</span> · <amp-timeago layout="fixed" width="160" height="20" datetime="2026-12-02T06:05:00Z" locale="id">Rabu, 2 Desember 2026</amp-timeago></div>
<div class="amp-content"><p><strong>KUPANG, VICTORYNEWS</strong> – ${P[2][0]}</p><amp-ad width="300" height="250" type="adsense"></amp-ad><p>${P[2][1]}</p><p>${P[2][2]}</p></div></article>
<div class="amp-related"><h3>Baca Juga</h3><a>Debit Mata Air Oepura Menurun</a></div></main>
<footer class="amp-footer">© 2026 Victory News</footer>`,
    ),
  },
  // 4. An Antara photo page: the caption is the text, the credit after it, a newsletter box with a
  //    longer text, more photos with dates.
  {
    name: 'antara photo caption with newsletter',
    url: 'https://www.antarafoto.com/id/view/2412345/panen-raya-padi-di-sleman',
    title: H[3],
    published: '2026-08-03T14:05+07:00',
    text: j(P[3][0]),
    html: html(
      `<title>${H[3]} - ANTARA Foto</title>${om('og:title', H[3])}${om('og:type', 'article')}${om('article:published_time', '2026-08-03T14:05:00+07:00')}`,
      `<header><div class="logo">ANTARA Foto</div><nav><a>Berita</a> <a>Ekonomi</a> <a>Olahraga</a> <a>Peristiwa</a></nav></header>
<div class="container"><div class="photo-detail"><h1 class="photo-title">${H[3]}</h1><div class="photo-date">Senin, 3 Agustus 2026 14:05 WIB</div><figure><img src="panen.jpg" alt="${H[3]}"></figure><div class="photo-caption"><p>${P[3][0]}</p><p class="credit">ANTARA FOTO/Andreas Fitri Atmoko/nym.</p></div></div>
<div class="newsletter-box"><h3>Berlangganan Newsletter</h3><p>Dapatkan foto-foto pilihan redaksi ANTARA Foto setiap pagi langsung di kotak masuk surel Anda, gratis dan dapat berhenti berlangganan kapan saja.</p><form><input type="email" placeholder="Alamat surel"><button>Daftar</button></form></div>
<div class="photo-related"><h3>Foto Lainnya</h3><div class="item"><a>Petani Tembakau Temanggung Menjemur Daun</a><span>Minggu, 2 Agustus 2026 10:10 WIB</span></div></div></div>
<footer>© 2026 ANTARA Foto</footer>`,
    ),
  },
  // 5. A video page: the player, a short lead under it, "Saksikan video lainnya" and a playlist with
  //    durations and dates.
  {
    name: 'video page short lead',
    url: 'https://www.kompas.tv/regional/512345/detik-detik-tanggul-sungai-jebol-di-demak',
    title: H[4],
    published: '2026-08-03T18:30+07:00',
    text: j(`DEMAK, KOMPAS.TV - ${P[4][0]}`),
    html: html(
      `<title>${H[4]} - KompasTV</title>${om('og:title', H[4])}${om('og:type', 'video.other')}${ld({ '@type': 'VideoObject', name: H[4], uploadDate: '2026-08-03T18:30:00+07:00', duration: 'PT2M14S', description: P[4][0] })}`,
      `<header><div class="logo">KompasTV</div><nav><a>Berita</a> <a>Regional</a> <a>Live TV</a></nav></header>
<div class="container"><div class="video-player"><div class="jwplayer" id="player">Memuat video…</div></div><h1 class="title">${H[4]}</h1><div class="meta"><span class="date">Senin, 3 Agustus 2026 | 18:30 WIB</span> <span class="views">Dibaca 4.120 kali</span></div>
<div class="description"><p><strong>DEMAK, KOMPAS.TV</strong> - ${P[4][0]}</p><p>Saksikan video lainnya di kanal YouTube KompasTV.</p></div>
<div class="playlist"><h3>Video Terkait</h3><div class="item"><a>Banjir Demak Meluas ke Lima Desa</a><span class="duration">03:12</span><span class="date">Minggu, 2 Agustus 2026 | 20:00 WIB</span></div></div></div>
<footer>© 2026 KompasTV</footer>`,
    ),
  },
  // 6. An English-locale WordPress (an English-language regional site): "August 3, 2026 at 2:05 pm",
  //    no machine date, comments.
  {
    name: 'english month name 12-hour clock',
    url: 'https://www.centraljavanews.com/governor-opens-new-ferry-route-to-karimunjawa/',
    title: H[5],
    published: '2026-08-03T14:05+07:00',
    text: j(`SEMARANG – ${P[5][0]}`, P[5][1], P[5][2]),
    html: html(
      `<title>${H[5]} – Central Java News</title>${om('og:title', H[5])}`,
      `<header class="site-header"><div class="site-title">Central Java News</div><nav><a>Home</a> <a>News</a> <a>Travel</a> <a>Business</a></nav></header>
<main class="site-main"><article class="post"><header class="entry-header"><h1 class="entry-title">${H[5]}</h1><div class="entry-meta"><span class="posted-on">Posted on <a><span class="entry-date">August 3, 2026 at 2:05 pm</span></a></span> <span class="byline">by <a>Editor</a></span></div></header>
<div class="entry-content"><p>SEMARANG – ${P[5][0]}</p><p>${P[5][1]}</p><p>${P[5][2]}</p></div></article>
<div id="comments" class="comments-area"><h2 class="comments-title">2 comments</h2><ol class="comment-list"><li class="comment"><div class="comment-meta"><b>Rudi</b> <time>August 4, 2026 at 8:10 am</time></div><p>Great news for the islands.</p></li></ol></div></main>${FOOT('Central Java News')}`,
      'en',
    ),
  },
  // 7. All-numeric "03/08/2026 14:05" under the headline with no zone and no machine date; the
  //    related list's "28/07/2026" settles day-first.
  {
    name: 'numeric date day-first settled by related',
    url: 'https://www.klatenpos.id/berita/pemkab-klaten-salurkan-bantuan-rumah-tidak-layak-huni',
    title: H[6],
    published: '2026-08-03T14:05+07:00',
    text: j(`KLATEN – ${P[6][0]}`, P[6][1], P[6][2], P[6][3]),
    html: html(
      `<title>${H[6]} | Klaten Pos</title>${om('og:title', H[6])}`,
      `<div class="header"><div class="logo">Klaten Pos</div><div class="menu"><a>Klaten</a> <a>Solo Raya</a> <a>Jateng</a></div></div>
<div class="content"><div class="article"><h1>${H[6]}</h1><div class="info"><span class="author">Oleh: Wahyu</span> <span class="tgl">03/08/2026 14:05</span></div>
<div class="isi"><p><b>KLATEN</b> – ${P[6][0]}</p><p>${P[6][1]}</p><p>${P[6][2]}</p><p>${P[6][3]}</p></div></div>
<div class="related"><h3>Berita Lainnya</h3><ul><li><a>Bedah Rumah di Wedi</a> <span class="tgl">28/07/2026 09:30</span></li><li><a>Klaten Raih Adipura</a> <span class="tgl">01/08/2026 11:00</span></li></ul></div></div>
<div class="footer">© 2026 Klaten Pos</div>`,
    ),
  },
  // 8. The article prints no date; a left sidebar before it lists popular stories with their dates a
  //    month off; the feed gives the publication.
  {
    name: 'left sidebar date a month off, feed date',
    url: 'https://www.pontianakpost.id/harga-tiket-pesawat-jakarta-pontianak-naik-jelang-libur',
    title: H[7],
    published: '',
    feed: '2026-12-02T02:30:00Z',
    withFeed: '2026-12-02T09:30+07:00',
    text: j(`PONTIANAK – ${P[7][0]}`, P[7][1], P[7][2]),
    html: html(
      `<title>${H[7]} - Pontianak Post</title>${om('og:title', H[7])}`,
      `<div class="header"><div class="logo">Pontianak Post</div><nav><a>Pontianak</a> <a>Kalbar</a> <a>Ekonomi</a></nav></div>
<div class="layout"><aside class="left-col"><div class="popular"><h3>Terpopuler</h3><div class="pop-item"><a>Bandara Supadio Tambah Rute ke Kuching</a><div class="pop-date">Senin, 2 November 2026</div></div><div class="pop-item"><a>Harga Karet Naik</a><div class="pop-date">Selasa, 3 November 2026</div></div></div></aside>
<main class="main-col"><h1 class="headline">${H[7]}</h1><div class="byline">Reporter: Andi Ridwansyah</div><div class="article-body"><p>PONTIANAK – ${P[7][0]}</p><p>${P[7][1]}</p><p>${P[7][2]}</p></div></main></div>
<div class="footer">© 2026 Pontianak Post</div>`,
    ),
  },
  // 9. A WITA outlet whose JSON-LD labels its WITA clock "+00:00" beside the byline "14:05 WITA".
  {
    name: 'json-ld wita clock labelled utc',
    url: 'https://www.banjarmasinpost.co.id/festival-perahu-hias-digelar-di-sungai-martapura',
    title: H[8],
    published: '2026-12-02T14:05+08:00',
    text: j(`BANJARMASIN – ${P[8][0]}`, P[8][1], P[8][2]),
    html: html(
      `<title>${H[8]} - Banjarmasin Post</title>${om('og:title', H[8])}${ld({ '@type': 'NewsArticle', headline: H[8], datePublished: '2026-12-02T14:05:00+00:00' })}`,
      `<div class="header"><div class="logo">Banjarmasin Post</div><nav><a>Banjarmasin</a> <a>Kalsel</a> <a>Wisata</a></nav></div>
<div class="main"><h1 class="title">${H[8]}</h1><div class="date">Rabu, 2 Desember 2026 14:05 WITA</div><div class="content"><p><strong>BANJARMASIN</strong> – ${P[8][0]}</p><p>${P[8][1]}</p><p>${P[8][2]}</p></div>
<div class="related"><h3>Berita Terkait</h3><a>Pasar Terapung Lok Baintan Ramai</a> <span>Selasa, 1 Desember 2026 08:00 WITA</span></div></div>
<div class="footer">© 2026 Banjarmasin Post</div>`,
    ),
  },
  // 10. Only the update is printed ("Update: Rabu, 2 Desember 2026 16:10 WIB"); JSON-LD gives the
  //     publication 09:00 and the update.
  {
    name: 'only the update visible, json-ld both',
    url: 'https://www.depoktoday.id/pemkot-depok-perpanjang-masa-berlaku-pajak-kendaraan-gratis-denda',
    title: H[9],
    published: '2026-12-02T09:00+07:00',
    text: j(`DEPOK – ${P[9][0]}`, P[9][1], P[9][2]),
    html: html(
      `<title>${H[9]} - Depok Today</title>${om('og:title', H[9])}${ld({ '@type': 'NewsArticle', headline: H[9], datePublished: '2026-12-02T09:00:00+07:00', dateModified: '2026-12-02T16:10:00+07:00' })}`,
      `<div class="header"><div class="logo">Depok Today</div><nav><a>Depok</a> <a>Jabodetabek</a> <a>Nasional</a></nav></div>
<div class="main"><h1 class="title">${H[9]}</h1><div class="meta"><span class="author">Redaksi</span> <span class="update">Update: Rabu, 2 Desember 2026 16:10 WIB</span></div><div class="content"><p>DEPOK – ${P[9][0]}</p><p>${P[9][1]}</p><p>${P[9][2]}</p></div></div>
<div class="footer">© 2026 Depok Today</div>`,
    ),
  },
];
