// Thirty-second batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// after batch 27's fixes (at 855aa93) and BEFORE the extractor was run on them: the untouched batch
// of this branch, run once at the end on the extractor as committed, not tuned on. A mix of what an
// office's feed brings: Tribun regional, detikSulsel in WITA, Kompas.tv, Antara Papua in WIT, a
// Blogger village blog, a pemkot WordPress with "Diposting pada" and today in the header, a Jannah
// theme with "2 jam yang lalu" and a UTC meta, a tagDiv page with a popular list, Suara network with
// "Diperbarui", an AMP page, an Okezone photo page, and an English-locale WordPress with a US date.
// The prose is invented.
// First and only run (2026-12-04 21:52 UTC, at a75cbcf, extractor as at 855aa93): 12 pages, body
// token-F1 mean 0.984 (worst 0.809: the Okezone gallery's second caption lost, only the first kept),
// titles 12/12, dates 12/12. Left untouched: no fix was made for it.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const html = (head: string, body: string, lang = 'id') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}<script>window.dataLayer=[];</script></head><body>${body}</body></html>`;
const SHARE = `<div class="share"><a href="https://facebook.com/sharer">Facebook</a> <a href="https://twitter.com/share">X</a> <a href="https://wa.me/">WhatsApp</a></div>`;
const FOOT = (n: string) => `<footer><nav><a href="/redaksi">Redaksi</a> <a href="/pedoman">Pedoman Media Siber</a> <a href="/kontak">Kontak</a></nav><p>Copyright © 2026 ${n}</p></footer>`;
const NAV = (logo: string, xs: string[]) => `<header class="header"><a class="logo" href="/">${logo}</a><nav class="menu">${xs.map((x) => `<a href="/${x.toLowerCase().replace(/\s+/g, '-')}">${x}</a>`).join(' ')}</nav></header>`;

const H = [
  'Pemkot Balikpapan Tambah Armada Pengangkut Sampah',
  'Banjir Rendam Ratusan Rumah di Kabupaten Wajo',
  'Ratusan Warga Antre Minyak Goreng Murah di Ponorogo',
  'Pemprov Papua Pegunungan Bangun Asrama Pelajar di Wamena',
  'Gotong Royong Warga Desa Sukamaju Perbaiki Saluran Irigasi',
  'Pemkot Bontang Gelar Festival Budaya Pesisir',
  'Jalan Nasional di Kabupaten Sikka Longsor, Arus Kendaraan Dialihkan',
  'Pemkab Lamongan Salurkan Bantuan Pupuk untuk Petani Jagung',
  'Pengendara Ojol di Semarang Demo Tuntut Tarif Baru',
  'Puluhan Rumah Rusak Diterjang Angin Kencang di Kupang',
  'Suasana Pawai Obor Malam Tahun Baru Islam di Palembang',
  'Central Kalimantan to Build Peat Fire Watchtowers',
];
const P = [
  ['Pemerintah Kota Balikpapan menambah 20 unit truk pengangkut sampah untuk mengatasi penumpukan sampah di permukiman.', 'Kepala Dinas Lingkungan Hidup Balikpapan mengatakan armada baru akan beroperasi mulai pekan depan.', 'Warga diminta membuang sampah pada jam yang telah ditentukan.'],
  ['Banjir merendam ratusan rumah di tiga kecamatan di Kabupaten Wajo, Sulawesi Selatan, setelah Danau Tempe meluap.', 'BPBD Wajo mendirikan tenda pengungsian dan dapur umum bagi warga terdampak.', 'Ketinggian air di sejumlah desa mencapai satu meter.'],
  ['Ratusan warga mengantre minyak goreng murah yang dijual dalam operasi pasar di Kabupaten Ponorogo.', 'Minyak goreng dijual Rp14.000 per liter, lebih murah dibandingkan harga di pasar.', 'Setiap warga hanya boleh membeli dua liter.'],
  ['Pemerintah Provinsi Papua Pegunungan membangun asrama pelajar di Wamena untuk siswa dari distrik terpencil.', 'Asrama dapat menampung 300 siswa dan dilengkapi ruang belajar serta perpustakaan.', 'Pembangunan ditargetkan selesai sebelum tahun ajaran baru.'],
  ['Warga Desa Sukamaju bergotong royong memperbaiki saluran irigasi yang jebol akibat banjir.', 'Perbaikan dilakukan secara swadaya dengan bahan dari dana desa.', 'Petani berharap air kembali mengalir ke sawah sebelum musim tanam.'],
  ['Pemerintah Kota Bontang menggelar Festival Budaya Pesisir yang menampilkan tradisi masyarakat nelayan.', 'Festival diisi lomba perahu hias, pameran kuliner laut, dan pentas seni.', 'Wali Kota Bontang berharap festival menarik wisatawan dari luar daerah.'],
  ['Jalan nasional di Kecamatan Mego, Kabupaten Sikka, tertimbun longsor setelah hujan deras.', 'Kendaraan dari Maumere menuju Ende dialihkan ke jalur alternatif.', 'Balai Pelaksanaan Jalan Nasional mengerahkan alat berat untuk membersihkan material longsor.'],
  ['Pemerintah Kabupaten Lamongan menyalurkan bantuan pupuk kepada 4.000 petani jagung.', 'Bantuan diberikan melalui kelompok tani di 12 kecamatan.', 'Dinas Pertanian berharap produksi jagung Lamongan meningkat tahun ini.'],
  ['Ratusan pengemudi ojek daring berunjuk rasa di depan kantor Gubernur Jawa Tengah menuntut tarif baru.', 'Mereka menilai tarif yang berlaku saat ini tidak sebanding dengan biaya operasional.', 'Perwakilan pengemudi diterima Dinas Perhubungan untuk berdialog.'],
  ['Angin kencang merusak puluhan rumah di Kota Kupang, Nusa Tenggara Timur.', 'Atap rumah warga beterbangan dan sejumlah pohon tumbang menutup jalan.', 'BPBD Kota Kupang masih mendata jumlah kerugian.'],
  [],
  ['Central Kalimantan will build 50 watchtowers to detect peat fires early during the dry season.', 'The towers will be placed in peatland areas that burned in previous years.', 'The provincial disaster agency said the towers would be staffed by local fire brigades.'],
];
const CAPS = [
  'Warga mengikuti pawai obor menyambut Tahun Baru Islam di kawasan Benteng Kuto Besak, Palembang, Selasa (1/12/2026) malam.',
  'Anak-anak membawa obor dan lampion sambil melantunkan selawat.',
];

export const BATCH32_PAGES: BatchPage[] = [
  {
    name: 'tribun kaltim wita',
    url: 'https://kaltim.tribunnews.com/2026/12/02/pemkot-balikpapan-tambah-armada-pengangkut-sampah',
    title: H[0],
    published: '2026-12-02T10:20+08:00',
    text: j(`TRIBUNKALTIM.CO, BALIKPAPAN - ${P[0][0]}`, P[0][1], P[0][2]),
    html: html(
      `<title>${H[0]} - Tribunkaltim.co</title>${om('og:title', `${H[0]} - Tribunkaltim.co`)}${om('article:published_time', '2026-12-02T09:20:00+07:00')}`,
      `<div id="header"><div class="logo">Tribunkaltim.co</div><ul class="menu"><li><a href="/balikpapan">Balikpapan</a></li><li><a href="/samarinda">Samarinda</a></li></ul></div>
<div class="main"><div id="article"><h1 id="arttitle">${H[0]}</h1><div class="credit">Penulis: Mohammad Fairoussaniy | Editor: Budi Susilo</div><time>Rabu, 2 Desember 2026 10:20 WITA</time>${SHARE}
<div class="side-article txt-article"><p><strong>TRIBUNKALTIM.CO, BALIKPAPAN</strong> - ${P[0][0]}</p><p>${P[0][1]}</p><p><strong>Baca juga: <a href="/x">TPA Manggar Diperluas</a></strong></p><p>${P[0][2]}</p></div></div>
<div class="lsi"><h3>Berita Populer</h3><ul><li><a href="/y">Harga BBM di Balikpapan Hari Ini</a><time>Selasa, 1 Desember 2026 08:00 WITA</time></li></ul></div></div>${FOOT('Tribunkaltim.co')}`,
    ),
  },
  {
    name: 'detiksulsel wita',
    url: 'https://www.detik.com/sulsel/berita/d-7812345/banjir-rendam-ratusan-rumah-di-kabupaten-wajo',
    title: H[1],
    published: '2026-12-02T13:40+08:00',
    text: j(`Wajo - ${P[1][0]}`, P[1][1], P[1][2], '(asm/hmw)'),
    html: html(
      `<title>${H[1]}</title>${nm('publishdate', '2026/12/02 13:40:21')}${om('og:title', H[1])}${om('og:site_name', 'detiksulsel')}`,
      `<header class="header"><a class="logo" href="/sulsel">detikSulsel</a><nav><a href="/sulsel/berita">Berita</a> <a href="/sulsel/bisnis">Bisnis</a></nav></header>
<div class="container"><article class="detail"><div class="detail__header"><h1 class="detail__title">${H[1]}</h1><div class="detail__author">Hermawan Mappiwali - detikSulsel</div><div class="detail__date">Rabu, 02 Des 2026 13:40 WITA</div></div>
<div class="detail__body-text itp_bodycontent"><p><strong>Wajo</strong> - ${P[1][0]}</p><p>${P[1][1]}</p><p>${P[1][2]}</p><strong>(asm/hmw)</strong></div></article>
<div class="box-berita-terkait"><h3>Berita Terkait</h3><article class="list-content__item"><a href="/z">Danau Tempe Meluap</a><span class="date">Selasa, 01 Des 2026 09:00 WITA</span></article></div></div>
<footer><p>Copyright @ 2026 detikcom</p></footer>`,
    ),
  },
  {
    name: 'kompas tv regional',
    url: 'https://www.kompas.tv/regional/612399/ratusan-warga-antre-minyak-goreng-murah-di-ponorogo',
    title: H[2],
    published: '2026-12-02T11:05+07:00',
    text: j(`PONOROGO, KOMPAS.TV - ${P[2][0]}`, P[2][1], P[2][2]),
    html: html(
      `<title>${H[2]} - KOMPAS TV</title>${om('og:title', H[2])}${om('og:site_name', 'KompasTV')}${ld({ '@type': 'NewsArticle', headline: H[2], datePublished: '2026-12-02T11:05:00+07:00' })}`,
      `<div class="header"><a href="/">KompasTV</a></div><div class="container"><h1 class="title-article">${H[2]}</h1><div class="info-article">Kompas.tv - 2 Desember 2026, 11:05 WIB</div>
<div class="article-body"><p><strong>PONOROGO, KOMPAS.TV</strong> - ${P[2][0]}</p><p>${P[2][1]}</p><p>${P[2][2]}</p></div><div class="credit-article">Penulis : Redaksi | Editor : Purwanto</div>
<div class="artikel-terkait"><h3>Artikel Terkait</h3><a href="/t"><h4>Harga Minyak Goreng di Madiun Naik</h4></a><span>1 hari yang lalu</span></div></div>${FOOT('KompasTV')}`,
    ),
  },
  {
    name: 'antara papua wit',
    url: 'https://papua.antaranews.com/berita/812345/pemprov-papua-pegunungan-bangun-asrama-pelajar-di-wamena',
    title: H[3],
    published: '2026-12-02T15:30+09:00',
    text: j(`Wamena (ANTARA) - ${P[3][0]}`, P[3][1], P[3][2]),
    html: html(
      `<title>${H[3]} - ANTARA News Papua</title>${om('og:title', H[3])}${om('article:published_time', '2026-12-02T13:30:00+07:00')}`,
      `<header><div class="logo"><a href="/">ANTARA Papua</a></div><nav><a href="/terkini">Terkini</a> <a href="/papua">Papua</a></nav></header>
<div class="container"><div class="col-md-8"><h1 class="post-title">${H[3]}</h1><p class="text-muted"><span class="article-date">Rabu, 2 Desember 2026 15:30 WIT</span></p>
<div class="post-content clearfix"><p>Wamena (ANTARA) - ${P[3][0]}</p><p>${P[3][1]}</p><p>${P[3][2]}</p><p class="text-muted small">Pewarta: Yudhi Efendi<br>Editor: Hendra Agusta</p><p class="text-muted small">COPYRIGHT © ANTARA 2026</p></div></div>
<div class="col-md-4"><div class="widget"><h3>Terpopuler</h3><ul><li><a href="/p">Jalan Trans Papua Diperbaiki</a> <span>Senin, 30 November 2026 10:00 WIT</span></li></ul></div></div></div>${FOOT('ANTARA')}`,
    ),
  },
  {
    name: 'blogger village blog',
    url: 'https://desasukamaju.blogspot.com/2026/12/gotong-royong-warga-desa-sukamaju.html',
    title: H[4],
    published: '2026-12-02T08:30+07:00',
    text: j(...P[4]),
    html: html(
      `<title>Desa Sukamaju: ${H[4]}</title>${om('og:title', H[4])}${nm('generator', 'Blogger')}`,
      `<div class="header-outer"><div class="header"><h1 class="title"><a href="/">Desa Sukamaju</a></h1><p class="description">Kabar dari Desa Sukamaju</p></div></div>
<div class="main"><h2 class="date-header"><span>Rabu, 02 Desember 2026</span></h2><div class="post hentry"><h3 class="post-title entry-title">${H[4]}</h3>
<div class="post-body entry-content">${P[4].join('<br><br>')}</div>
<div class="post-footer"><span class="post-author vcard">Diposting oleh <span class="fn">Admin Desa</span></span> <span class="post-timestamp">di <a class="timestamp-link" href="/p"><abbr class="published" title="2026-12-02T08:30:00+07:00">08.30</abbr></a></span></div></div></div>`,
    ),
  },
  {
    name: 'pemkot wordpress diposting pada with time',
    url: 'https://bontangkota.go.id/pemkot-bontang-gelar-festival-budaya-pesisir/',
    title: H[5],
    published: '2026-12-02T09:15+08:00',
    text: j(...P[5]),
    html: html(
      `<title>${H[5]} – Pemerintah Kota Bontang</title>${om('og:title', H[5])}${om('article:published_time', '2026-12-02T01:15:00+00:00')}`,
      `<div class="topbar"><span class="today">Kamis, 3 Desember 2026</span></div>${NAV('Pemerintah Kota Bontang', ['Beranda', 'Berita', 'Layanan'])}
<main class="site-main"><article class="post"><h1 class="entry-title">${H[5]}</h1><div class="entry-meta">Diposting pada 2 Desember 2026 09:15 WITA oleh Humas</div>
<div class="entry-content">${P[5].map((x) => `<p>${x}</p>`).join('')}</div></article>
<aside class="widget-area"><section class="widget"><h2>Berita Terbaru</h2><ul><li><a href="/a">Bontang Raih Adipura</a> <span class="post-date">1 Desember 2026</span></li></ul></section></aside></main>${FOOT('Pemerintah Kota Bontang')}`,
    ),
  },
  {
    name: 'jannah relative, utc meta, wita outlet',
    url: 'https://www.floresterkini.id/jalan-nasional-di-kabupaten-sikka-longsor-arus-kendaraan-dialihkan/',
    title: H[6],
    published: '2026-12-02T16:10+07:00',
    text: j(`MAUMERE – ${P[6][0]}`, P[6][1], P[6][2]),
    html: html(
      `<title>${H[6]} - Flores Terkini</title>${om('og:title', H[6])}${om('article:published_time', '2026-12-02T09:10:00+00:00')}`,
      `<div id="tie-wrapper"><header id="theme-header"><div class="logo">Flores Terkini</div><nav id="main-nav"><a href="/sikka">Sikka</a> <a href="/ende">Ende</a></nav></header>
<div id="content"><article id="the-post"><div class="entry-header"><h1 class="post-title entry-title">${H[6]}</h1><div class="post-meta"><span class="meta-author"><a href="/author/redaksi">Redaksi</a></span><span class="date meta-item tie-icon">2 jam yang lalu</span></div></div>
<div class="entry-content entry clearfix"><p><strong>MAUMERE</strong> – ${P[6][0]}</p><p>${P[6][1]}</p><p>${P[6][2]}</p></div></article>
<div id="related-posts"><h3>Artikel terkait</h3><div class="related-item"><h3 class="post-title"><a href="/r">Jembatan di Ende Rusak</a></h3><span class="date meta-item tie-icon">1 hari yang lalu</span></div></div></div></div>${FOOT('Flores Terkini')}`,
    ),
  },
  {
    name: 'tagdiv with popular list',
    url: 'https://www.lamonganpos.id/pemkab-lamongan-salurkan-bantuan-pupuk-untuk-petani-jagung/',
    title: H[7],
    published: '2026-12-02T12:00+07:00',
    text: j(`LAMONGAN – ${P[7][0]}`, P[7][1], P[7][2]),
    html: html(
      `<title>${H[7]} | Lamongan Pos</title>${om('og:title', H[7])}${om('article:published_time', '2026-12-02T12:00:00+07:00')}`,
      `<div class="td-header-wrap"><div class="td_data_time">Kamis, Desember 3, 2026</div><div class="td-logo">Lamongan Pos</div></div>
<div class="td-main-content-wrap"><article class="post"><header class="td-post-title"><h1 class="entry-title">${H[7]}</h1><div class="td-module-meta-info"><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-02T12:00:00+07:00">Desember 2, 2026</time></span></div></header>
<div class="td-post-content tagdiv-type"><p><strong>LAMONGAN</strong> – ${P[7][0]}</p><p>${P[7][1]}</p><p>${P[7][2]}</p></div></article>
<div class="td_block_wrap td_block_popular"><h4 class="block-title">Populer</h4><div class="td_module_6"><h3 class="entry-title"><a href="/o">Harga Jagung Naik</a></h3><time class="entry-date updated td-module-date" datetime="2026-11-03T08:00:00+07:00">November 3, 2026</time></div></div></div>${FOOT('Lamongan Pos')}`,
    ),
  },
  {
    name: 'suara network diperbarui',
    url: 'https://jateng.suara.com/read/2026/12/02/143000/pengendara-ojol-di-semarang-demo-tuntut-tarif-baru',
    title: H[8],
    published: '2026-12-02T14:30+07:00',
    text: j(`SuaraJawaTengah.id - ${P[8][0]}`, P[8][1], P[8][2]),
    html: html(
      `<title>${H[8]}</title>${om('og:title', H[8])}${ld({ '@type': 'NewsArticle', headline: H[8], datePublished: '2026-12-02T07:30:00+00:00', dateModified: '2026-12-02T09:00:00+00:00' })}`,
      `<div class="header"><div class="logo">SuaraJawaTengah.id</div></div>
<div class="wrapper"><div class="detail"><h1>${H[8]}</h1><div class="writer"><span>Budi Arista Romadhoni</span></div><div class="date-article"><span>Rabu, 02 Desember 2026 | 14:30 WIB</span></div><div class="date-update"><span>Diperbarui Rabu, 02 Desember 2026 | 16:00 WIB</span></div>
<article class="detail-content"><p><strong>SuaraJawaTengah.id</strong> - ${P[8][0]}</p><p>${P[8][1]}</p><p>${P[8][2]}</p></article></div></div>
<div class="footer">© 2026 Suara.com - All Rights Reserved.</div>`,
    ),
  },
  {
    name: 'amp page wita',
    url: 'https://www.pos-kupang.com/amp/puluhan-rumah-rusak-diterjang-angin-kencang-di-kupang',
    title: H[9],
    published: '2026-12-02T19:45+08:00',
    text: j(`POS-KUPANG.COM, KUPANG - ${P[9][0]}`, P[9][1], P[9][2]),
    html: html(
      `<title>${H[9]} - Pos-kupang.com</title>${om('og:title', `${H[9]} - Pos-kupang.com`)}${ld({ '@type': 'NewsArticle', headline: H[9], datePublished: '2026-12-02T19:45:00+08:00' })}<style amp-custom>body{margin:0}</style>`,
      `<header class="amp-header"><a href="/">Pos-kupang.com</a></header><main><article><h1 class="amp-title">${H[9]}</h1><div class="amp-meta"><span>Penulis: Irfan Hoi</span> · <span>Rabu, 2 Desember 2026 19:45 WITA</span></div>
<div class="amp-content"><p><strong>POS-KUPANG.COM, KUPANG</strong> - ${P[9][0]}</p><amp-ad width="300" height="250" type="doubleclick"></amp-ad><p>${P[9][1]}</p><p>${P[9][2]}</p></div></article></main>
<footer class="amp-footer">© 2026 Pos-kupang.com</footer>`,
    ),
  },
  {
    name: 'okezone photo page',
    // Open: the second caption is lost (0.809); kept as an expected failure, not fixed (untouched batch).
    miss: ['body'],
    url: 'https://news.okezone.com/foto/2026/12/01/340/3061234/suasana-pawai-obor-malam-tahun-baru-islam-di-palembang',
    title: H[10],
    published: '2026-12-01T21:10+07:00',
    text: j(...CAPS),
    html: html(
      `<title>${H[10]} : Okezone Foto</title>${om('og:title', `${H[10]} : Okezone Foto`)}${om('article:published_time', '2026-12-01T21:10:00+07:00')}`,
      `<div class="header"><div class="logo">Okezone</div><nav><a href="/foto">Foto</a></nav></div>
<div class="container"><h1 class="title-foto">${H[10]}</h1><div class="reporter"><b>Tim Okezone</b> · <span class="date">Selasa 01 Desember 2026 21:10 WIB</span></div>
<div class="gallery">${CAPS.map((c, i) => `<div class="slide"><img src="o${i}.jpg"><div class="caption-foto"><p>${c}</p><span class="credit">(Foto: Okezone/Rizky)</span></div></div>`).join('')}</div>
<div class="newsletter-box"><h3>Berlangganan</h3><p>Dapatkan berita pilihan Okezone setiap hari langsung ke surel Anda, daftar sekarang secara gratis dan berhenti kapan saja.</p><input type="email"></div></div>${FOOT('Okezone')}`,
    ),
  },
  {
    name: 'english-locale wordpress us date',
    url: 'https://www.borneopost.id/central-kalimantan-to-build-peat-fire-watchtowers/',
    title: H[11],
    published: '2026-12-02T10:40+07:00',
    text: j(`PALANGKA RAYA – ${P[11][0]}`, P[11][1], P[11][2]),
    html: html(
      `<title>${H[11]} – Borneo Post Indonesia</title>${om('og:title', H[11])}`,
      `${NAV('Borneo Post Indonesia', ['News', 'Environment', 'Business'])}<main><article class="post"><h1 class="entry-title">${H[11]}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2026-12-02T10:40:00+07:00">12/02/2026 10:40 AM</time></span> <span class="byline">by Editor</span></div>
<div class="entry-content"><p>PALANGKA RAYA – ${P[11][0]}</p><p>${P[11][1]}</p><p>${P[11][2]}</p></div></article></main>${FOOT('Borneo Post Indonesia')}`,
      'en-US',
    ),
  },
];
