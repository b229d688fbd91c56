// Fourth batch of handwritten Indonesian pages (issue 18), written in full — markup, expected body,
// title and date — AFTER the fixes prompted by batch 3 and BEFORE the extractor was run on them: the
// honest estimate of held-out figures. Other outlet families than batch 3 (Merdeka, Tempo,
// Republika, Sindonews, VIVA, iNews, a pemkab portal, WordPress themes in an English locale, a video
// page, a Tribun photo page). The prose is invented.
//
// First run (2026-12-02 19:40 UTC, `PANTAU_EVAL_PRINT=1 npx vitest run test/unit/extract/batch4.test.ts`):
// 10 pages, body token-F1 mean 0.930 (worst 0.614: a Kompas video page's recommendation teasers
// taken beside its lead; 0.881: VIVA's next-page teaser quote), titles 10/10, dates 10/10.
// `miss` marks what failed then.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

const HAZE = [
  'Kabut asap akibat kebakaran hutan dan lahan mulai menyelimuti Kota Jambi sejak Selasa pagi. Jarak pandang di sejumlah ruas jalan hanya sekitar 500 meter.',
  'Badan Meteorologi, Klimatologi, dan Geofisika mendeteksi 47 titik panas di Kabupaten Muaro Jambi, Tanjung Jabung Timur, dan Sarolangun dalam 24 jam terakhir.',
  'Dinas Kesehatan Provinsi Jambi membagikan masker gratis di persimpangan jalan dan meminta warga, terutama anak-anak dan lansia, mengurangi aktivitas di luar rumah.',
  '"Kualitas udara pagi ini masuk kategori tidak sehat. Kalau tidak perlu sekali, sebaiknya tetap di dalam rumah," kata kepala dinas kepada wartawan.',
  'Satgas karhutla telah mengerahkan dua helikopter water bombing untuk memadamkan api di lahan gambut yang sulit dijangkau lewat darat.',
];
const SCHOOL = [
  'Sebanyak 38 sekolah dasar di Kabupaten Bungo menerima bantuan perbaikan ruang kelas dari dana alokasi khusus tahun ini.',
  'Kepala Dinas Pendidikan mengatakan sebagian besar ruang kelas yang diperbaiki sudah rusak berat, dengan atap bocor dan dinding retak, sehingga membahayakan siswa.',
  'Pekerjaan dilakukan secara swakelola oleh komite sekolah dan ditargetkan selesai sebelum semester genap dimulai pada Januari.',
  '"Kami minta kepala sekolah transparan, pasang papan proyek, dan laporkan penggunaan dana setiap bulan," ujarnya.',
];
const MARKET = [
  'Pedagang Pasar Tradisional Modern Kota Jambi mengeluhkan sepinya pembeli sejak dua bulan terakhir. Banyak kios tutup karena pemiliknya tidak sanggup membayar sewa.',
  'Ketua asosiasi pedagang menyebut penurunan omzet mencapai 40 persen, terutama pada pedagang pakaian dan sepatu yang kalah bersaing dengan toko daring.',
  'Pemerintah kota berjanji meninjau ulang tarif sewa kios dan menggelar promosi belanja akhir tahun untuk menarik pengunjung kembali ke pasar.',
  'Sejumlah pedagang berharap akses parkir diperbaiki, karena lahan parkir yang sempit membuat pengunjung enggan datang pada akhir pekan.',
];

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}<script>window.dataLayer=window.dataLayer||[];</script></head><body>${body}</body></html>`;
const POP = `<div class="widget-popular"><h3>Terpopuler</h3><ol><li><a>Jadwal pemadaman listrik di Kota Jambi pekan ini, cek daerah Anda</a></li><li><a>Harga emas Antam hari ini naik lagi, ini rinciannya</a></li><li><a>Viral video pengendara terjebak asap di jalan lintas timur</a></li></ol></div>`;
const FOOT = (n: string) => `<footer><p>Redaksi | Pedoman Media Siber | Kontak</p><p>© 2026 ${n}. All rights reserved.</p></footer>`;

const H1 = 'Kabut Asap Selimuti Kota Jambi, Jarak Pandang Hanya 500 Meter';
const H2 = '38 SD di Bungo Dapat Bantuan Perbaikan Ruang Kelas';
const H3 = 'Pedagang Pasar Modern Jambi Keluhkan Sepi Pembeli, Omzet Turun 40 Persen';

export const BATCH4_PAGES: BatchPage[] = [
  // 1. Merdeka: date in a span, "Baca juga" bold paragraphs, editor initials, title with the site.
  {
    name: 'merdeka with baca juga paragraphs',
    url: 'https://www.merdeka.com/peristiwa/kabut-asap-selimuti-kota-jambi-jarak-pandang-hanya-500-meter-123456-mvk.html',
    title: H1,
    published: '2026-12-01T08:47+07:00',
    text: j(`Merdeka.com - ${HAZE[0]}`, HAZE[1], HAZE[2], HAZE[3], HAZE[4], '(mdk/rka)'),
    html: html(
      `<title>${H1} | merdeka.com</title>${om('og:title', H1)}${om('og:site_name', 'merdeka.com')}${nm('ptime', '2026-12-01 08:47:00')}${ld({ '@type': 'NewsArticle', headline: H1, datePublished: '2026-12-01T08:47:00+07:00' })}`,
      `<div id="mdk-header"><a href="/">merdeka.com</a><ul><li>Peristiwa</li><li>Politik</li><li>Uang</li></ul></div>
<div class="mdk-body"><div class="mdk-body-left"><div class="mdk-breadcrumb"><a>Peristiwa</a></div><h1 class="mdk-body-title">${H1}</h1>
<div class="mdk-body-author"><span class="reporter">Reporter : Rizky Aditya</span><span class="date-post">Selasa, 1 Desember 2026 08:47</span></div>
<div class="mdk-body-image"><img src="/asap.jpg"><span class="mdk-caption">Kabut asap di Jambi. ©2026 Merdeka.com</span></div>
<div class="mdk-body-paragraph"><p><strong>Merdeka.com</strong> - ${HAZE[0]}</p><p>${HAZE[1]}</p><p><strong>Baca juga:</strong><br><a>Titik Panas di Sumatera Meningkat Tajam</a><br><a>Helikopter Water Bombing Dikerahkan ke Muaro Jambi</a></p><p>${HAZE[2]}</p><p>${HAZE[3]}</p><p>${HAZE[4]}</p><p>(mdk/rka)</p></div>
<div class="mdk-tag"><span>Topik berita Terkait:</span><a>Kabut Asap</a><a>Karhutla</a></div>
<div class="mdk-related"><h3>Artikel Terkait</h3><ul><li><a>Sekolah di Jambi Diliburkan Akibat Kabut Asap</a><span>30 November 2026</span></li></ul></div></div>
<div class="mdk-body-right">${POP}</div></div>${FOOT('merdeka.com')}`,
    ),
  },
  // 2. Tempo regional: "TEMPO.CO, Jambi -" lead, "Pilihan Editor" line, a subscription paywall box.
  {
    name: 'tempo regional with pilihan editor and a paywall box',
    url: 'https://www.tempo.co/hukum/kabut-asap-selimuti-kota-jambi-1234567',
    title: H1,
    published: '2026-12-01T11:30+07:00',
    text: j(`TEMPO.CO, Jambi - ${HAZE[0]}`, HAZE[1], HAZE[2], HAZE[3]),
    html: html(
      `<title>${H1} | tempo.co</title>${om('og:title', `${H1} | tempo.co`)}${om('article:published_time', '2026-12-01T04:30:00Z')}${ld({ '@type': 'NewsArticle', headline: H1, datePublished: '2026-12-01T04:30:00.000Z', author: { '@type': 'Person', name: 'Ahmad Fikri' } })}`,
      `<header class="site-header"><a class="logo" href="/">TEMPO</a><nav><a>Politik</a><a>Hukum</a><a>Ekonomi</a></nav></header>
<main><article class="detail-article"><p class="category"><a>Hukum</a></p><h1 class="title">${H1}</h1>
<div class="detail-info"><p class="author">Ahmad Fikri</p><p class="date">Selasa, 1 Desember 2026 11:30 WIB</p></div>
<figure><img src="/asap.jpg"><figcaption>Kabut asap di Kota Jambi. TEMPO/Ahmad Fikri</figcaption></figure>
<div class="detail-konten" id="isi"><p><strong>TEMPO.CO, Jambi</strong> - ${HAZE[0]}</p><p>${HAZE[1]}</p><p>${HAZE[2]}</p><p>${HAZE[3]}</p>
<p><strong>Pilihan Editor:</strong> <a>Kenapa Karhutla Terus Berulang di Jambi</a></p></div>
<div class="box-subscription"><h3>Baca berita dengan sedikit iklan, klik di sini</h3><p>Berlangganan Tempo Digital untuk membaca semua artikel, majalah, dan arsip lengkap tanpa batas mulai Rp54.945 per bulan.</p><a>Berlangganan</a></div></article>
<aside>${POP}</aside></main>${FOOT('Tempo')}`,
    ),
  },
  // 3. Republika: "--" dateline, English month abbreviation in the byline, "Red:" line.
  {
    name: 'republika with an english month abbreviation',
    url: 'https://news.republika.co.id/berita/s7abc1234/38-sd-di-bungo-dapat-bantuan-perbaikan-ruang-kelas',
    title: H2,
    published: '2026-12-02T10:20+07:00',
    text: j(`REPUBLIKA.CO.ID, MUARA BUNGO -- ${SCHOOL[0]}`, SCHOOL[1], SCHOOL[2], SCHOOL[3]),
    html: html(
      `<title>${H2} | Republika Online</title>${om('og:title', `${H2} | Republika Online`)}${om('og:site_name', 'Republika Online')}`,
      `<div class="header"><a href="/">Republika</a><div class="menu"><a>News</a><a>Khazanah</a><a>Ekonomi</a></div></div>
<div class="main-container"><div class="left-content"><div class="breadcrumb"><a>News</a> / <a>Pendidikan</a></div>
<div class="wrap-detail-title"><h1>${H2}</h1></div><div class="date-detail"><span>Rabu 02 Dec 2026 10:20 WIB</span><span>Red: Esthi Maharani</span></div>
<div class="image-detail"><img src="/sd.jpg"><div class="caption">Ilustrasi ruang kelas. (ANTARA)</div></div>
<div class="article-content"><p><strong>REPUBLIKA.CO.ID, MUARA BUNGO --</strong> ${SCHOOL[0]}</p><p>${SCHOOL[1]}</p><div class="baca-juga"><div>Baca Juga</div><ul><li><a>Sekolah Rusak di Jambi Capai Ratusan Unit</a></li></ul></div><p>${SCHOOL[2]}</p><p>${SCHOOL[3]}</p></div>
<div class="share-bottom"><a>Facebook</a><a>Twitter</a></div>
<div class="terkait"><h3>Berita Terkait</h3><ul><li><a>DAK Pendidikan Jambi Naik 12 Persen</a></li></ul></div></div>
<div class="right-content">${POP}</div></div>${FOOT('Republika')}`,
    ),
  },
  // 4. Sindonews: "loading..." placeholders, date with a dash, "(abd)" initials.
  {
    name: 'sindonews with loading placeholders',
    url: 'https://daerah.sindonews.com/read/1234567/174/pedagang-pasar-modern-jambi-keluhkan-sepi-pembeli-1764650000',
    title: H3,
    published: '2026-12-02T14:02+07:00',
    text: j(`JAMBI - ${MARKET[0]}`, MARKET[1], MARKET[2], MARKET[3], '(abd)'),
    html: html(
      `<title>${H3}</title>${om('og:title', H3)}${om('article:published_time', '2026-12-02T14:02:00+07:00')}`,
      `<div class="header"><a href="/">SINDOnews</a><div class="nav"><a>Nasional</a><a>Daerah</a><a>Ekbis</a></div></div>
<div class="content"><div class="article"><div class="breadcrumb"><a>Daerah</a></div><h1>${H3}</h1>
<div class="detail-date-artikel">Rabu, 02 Desember 2026 - 14:02 WIB</div><div class="detail-nama-redaksi">Ahmad Riyadi</div>
<div class="detail-img"><img src="/pasar.jpg"><div class="caption">Suasana pasar yang sepi pembeli. Foto/SINDOnews</div></div>
<div class="detail-desc" id="detail-desc"><strong>JAMBI</strong> - ${MARKET[0]}<br><br><div class="loading">loading...</div>${MARKET[1]}<br><br>${MARKET[2]}<br><br><div class="baca-juga-box"><strong>Baca Juga:</strong> <a>Toko Daring Gerus Omzet Pedagang Pasar</a></div>${MARKET[3]}<br><br>(abd)</div>
<div class="detail-tag"><a>pasar</a><a>pedagang</a></div></div>
<div class="sidebar">${POP}</div></div>${FOOT('SINDOnews')}`,
    ),
  },
  // 5. VIVA: "VIVA –" lead, title with " - VIVA", a "Halaman Selanjutnya" pager with teaser text.
  {
    name: 'viva page 1 with a next-page teaser',
    url: 'https://www.viva.co.id/berita/nasional/1750001-kabut-asap-selimuti-kota-jambi',
    title: H1,
    published: '2026-12-01T13:15+07:00',
    text: j(`VIVA – ${HAZE[0]}`, HAZE[1], HAZE[2]),
    html: html(
      `<title>${H1} - VIVA</title>${om('og:title', H1)}${om('og:site_name', 'VIVA')}${ld({ '@type': 'NewsArticle', headline: H1, datePublished: '2026-12-01T13:15:00+07:00', dateModified: '2026-12-01T13:20:00+07:00' })}`,
      `<div class="header"><a href="/">VIVA</a><nav><a>Berita</a><a>Bola</a><a>Otomotif</a></nav></div>
<div class="main-content-left"><div class="main-content-detail"><h1 class="main-content-title">${H1}</h1>
<div class="main-content-date"><span>Selasa, 1 Desember 2026 - 13:15 WIB</span></div><div class="main-content-author">Oleh : <a>Rahmat Hidayat (Jambi)</a></div>
<div class="main-content-image"><img src="/asap.jpg"><span class="image-caption">Kabut asap di Jambi.</span></div>
<div class="main-content-article"><p><strong>VIVA</strong> – ${HAZE[0]}</p><p>${HAZE[1]}</p><p>${HAZE[2]}</p></div>
<div class="main-content-paging"><p class="paging-label">Halaman Selanjutnya</p><p class="paging-teaser">"Kualitas udara pagi ini masuk kategori tidak sehat. Kalau tidak perlu sekali, sebaiknya tetap di dalam rumah,"</p><a href="?page=2">Selanjutnya</a></div>
<div class="main-content-related"><h3>Baca Juga</h3><ul><li><a>Sekolah Diliburkan karena Asap</a></li></ul></div></div></div>${FOOT('VIVA')}`,
    ),
  },
  // 6. iNews: date with seconds, "iNews.id" dateline, an "Editor :" line, a comment iframe box.
  {
    name: 'inews with seconds in the byline',
    url: 'https://jambi.inews.id/read/345678/38-sd-di-bungo-dapat-bantuan-perbaikan-ruang-kelas',
    title: H2,
    published: '2026-12-02T16:45+07:00',
    text: j(`BUNGO, iNewsJambi.id - ${SCHOOL[0]}`, SCHOOL[1], SCHOOL[2], SCHOOL[3]),
    html: html(
      `<title>${H2}</title>${om('og:title', H2)}${om('og:site_name', 'iNewsJambi.id')}`,
      `<header><a href="/">iNews Jambi</a><nav><a>News</a><a>Bungo</a></nav></header>
<section class="article-detail"><div class="breadcrumb"><a>Home</a> <a>Bungo</a></div><h1 class="title-article">${H2}</h1>
<div class="author-date"><span class="author">Ahmad Kurniawan</span> <span class="date">Rabu, 02 Desember 2026 - 16:45:00 WIB</span></div>
<div class="img-article"><img src="/sd.jpg"><span>Ruang kelas yang rusak di Bungo. (Foto: iNews/Ahmad Kurniawan)</span></div>
<div class="article-content"><p><strong>BUNGO, iNewsJambi.id</strong> - ${SCHOOL[0]}</p>${ps(SCHOOL.slice(1))}<p class="editor">Editor : Nani Suherni</p></div>
<div class="box-comment"><h3>Komentar</h3><div class="fb-comments">Komentar Facebook dimuat di sini. Silakan masuk untuk berkomentar, jaga etika dan sopan santun.</div></div>
<div class="article-related"><h3>Berita Terkait</h3><article><a><h4>Siswa Belajar di Teras Sekolah karena Kelas Rusak</h4></a><span>Senin, 02 November 2026 - 09:00:00 WIB</span></article></div></section>${FOOT('iNews')}`,
    ),
  },
  // 7. Pemkab portal on a custom CMS: "Diposting : 02-12-2026 10:20:15", site as the title suffix.
  {
    name: 'pemkab portal with a numeric posting stamp',
    url: 'https://bungokab.go.id/berita/detail/38-sd-dapat-bantuan-perbaikan-ruang-kelas',
    title: '38 SD Dapat Bantuan Perbaikan Ruang Kelas',
    published: '2026-12-02T10:20+07:00',
    text: j(SCHOOL[0], SCHOOL[1], SCHOOL[2], SCHOOL[3]),
    html: html(
      `<title>38 SD Dapat Bantuan Perbaikan Ruang Kelas - Portal Resmi Pemerintah Kabupaten Bungo</title>`,
      `<div class="navbar"><a class="brand">Pemerintah Kabupaten Bungo</a><ul><li>Beranda</li><li>Profil</li><li>Berita</li><li>Layanan Publik</li></ul></div>
<div class="container"><div class="row"><div class="col-lg-8"><div class="card"><div class="card-body"><h3 class="card-title">38 SD Dapat Bantuan Perbaikan Ruang Kelas</h3>
<p class="text-muted small">Diposting : 02-12-2026 10:20:15 | Oleh : Diskominfo | Kategori : Pendidikan</p><img class="img-fluid" src="/sd.jpg">
<div class="card-text">${ps(SCHOOL)}</div></div></div></div>
<div class="col-lg-4"><div class="card"><div class="card-header">Berita Terbaru</div><ul class="list-group"><li class="list-group-item"><a>Bupati Bungo Resmikan Pasar Baru</a><small>28-11-2026 09:10:00</small></li><li class="list-group-item"><a>Vaksinasi Ternak di Rantau Pandan</a><small>26-11-2026 14:00:00</small></li></ul></div></div></div></div>${FOOT('Pemerintah Kabupaten Bungo')}`,
    ),
  },
  // 8. A small WordPress site in an English locale: "December 2, 2026 at 10:20 am", the site name
  // in an <h1> and the headline in an <h2>.
  {
    name: 'wordpress english locale, headline in h2',
    url: 'https://kabarbungo.com/pedagang-pasar-modern-jambi-keluhkan-sepi-pembeli/',
    title: H3,
    published: '2026-12-02T10:20+07:00',
    text: j(...MARKET),
    html: html(
      `<title>${H3} &#8211; Kabar Bungo</title>`,
      `<div id="page"><header id="masthead"><h1 class="site-title"><a href="/">Kabar Bungo</a></h1><p class="site-description">Berita Bungo dan Sekitarnya</p><nav class="main-navigation"><ul><li>Home</li><li>Daerah</li></ul></nav></header>
<div id="content"><div id="primary"><article class="post type-post hentry"><header class="entry-header"><h2 class="entry-title">${H3}</h2>
<div class="entry-meta">Posted on <time class="entry-date">December 2, 2026 at 10:20 am</time> by <span class="author">admin</span></div></header>
<div class="entry-content">${ps(MARKET)}</div><footer class="entry-footer">Posted in <a>Daerah</a></footer></article>
<div id="comments"><h3>Leave a Reply</h3><p>Your email address will not be published. Required fields are marked *</p></div></div>
<div id="secondary"><section class="widget"><h2 class="widget-title">Recent Posts</h2><ul><li><a>Harga Karet di Bungo Naik</a></li></ul></section></div></div>${FOOT('Kabar Bungo')}</div>`,
    ),
  },
  // 9. Kompas video page: a lead under the player, og:type video, a "Video Rekomendasi" rail.
  {
    name: 'kompas video with a lead',
    url: 'https://video.kompas.com/watch/1900001/kabut-asap-selimuti-kota-jambi',
    title: 'Kabut Asap Selimuti Kota Jambi',
    published: '2026-12-01T17:05+07:00',
    text: 'Kabut asap akibat kebakaran hutan dan lahan menyelimuti Kota Jambi sejak Selasa pagi. Warga diminta mengurangi aktivitas di luar rumah karena kualitas udara masuk kategori tidak sehat.',
    html: html(
      `<title>Kabut Asap Selimuti Kota Jambi - Kompas.com Video</title>${om('og:title', 'Kabut Asap Selimuti Kota Jambi')}${om('og:type', 'video.other')}${nm('content_PublishedDate', '2026-12-01 17:05:00')}`,
      `<div class="header"><a href="/">KOMPAS.com</a><span>VIDEO</span></div>
<div class="container"><div class="video-player"><iframe src="https://video.kompas.com/embed/1"></iframe></div>
<div class="video-info"><h1 class="video-title">Kabut Asap Selimuti Kota Jambi</h1><div class="video-date">Kompas.com - 01/12/2026, 17:05 WIB</div>
<div class="video-desc"><p>Kabut asap akibat kebakaran hutan dan lahan menyelimuti Kota Jambi sejak Selasa pagi. Warga diminta mengurangi aktivitas di luar rumah karena kualitas udara masuk kategori tidak sehat.</p></div></div>
<div class="video-rekomendasi"><h3>Video Rekomendasi</h3><div class="item"><a><h4>Helikopter Water Bombing Padamkan Api di Lahan Gambut</h4></a><p>Dua helikopter dikerahkan untuk memadamkan kebakaran lahan gambut di Muaro Jambi yang sulit dijangkau lewat jalur darat.</p></div><div class="item"><a><h4>Sekolah di Jambi Diliburkan</h4></a><p>Pemerintah kota meliburkan sekolah selama tiga hari karena kabut asap semakin pekat dan berbahaya bagi kesehatan siswa.</p></div></div></div>${FOOT('KOMPAS.com')}`,
    ),
  },
  // 10. Tribun photo page: the captions in the article body paragraphs between photos.
  {
    name: 'tribun photo story with captions as paragraphs',
    url: 'https://jambi.tribunnews.com/foto/2026/12/02/foto-pasar-modern-jambi-sepi-pembeli',
    title: 'FOTO: Pasar Modern Jambi Sepi Pembeli',
    published: '2026-12-02T12:10+07:00',
    text: j(
      'Suasana lorong kios pakaian di Pasar Tradisional Modern Kota Jambi yang sepi pembeli, Rabu (2/12/2026).',
      'Seorang pedagang sepatu menunggu pembeli di kiosnya. Pedagang mengaku omzet turun hingga 40 persen dalam dua bulan terakhir.',
    ),
    html: html(
      `<title>FOTO: Pasar Modern Jambi Sepi Pembeli - Tribunjambi.com</title>${om('og:title', 'FOTO: Pasar Modern Jambi Sepi Pembeli - Tribunjambi.com')}${nm('pubdate', '2026-12-02T12:10:00+07:00')}`,
      `<div id="header"><a href="/">tribunjambi</a></div><div class="main"><div id="article"><h1 id="arttitle">FOTO: Pasar Modern Jambi Sepi Pembeli</h1>
<div class="mt10"><div id="penulis">Penulis: <a>Rifani Halim</a></div><time class="grey">Rabu, 2 Desember 2026 12:10 WIB</time></div>
<div class="side-article txt-article"><div class="ovh imgfull_div"><img src="/p1.jpg"></div><p>Suasana lorong kios pakaian di Pasar Tradisional Modern Kota Jambi yang sepi pembeli, Rabu (2/12/2026).</p>
<div class="ovh imgfull_div"><img src="/p2.jpg"></div><p>Seorang pedagang sepatu menunggu pembeli di kiosnya. Pedagang mengaku omzet turun hingga 40 persen dalam dua bulan terakhir.</p></div>
<div class="tagcloud3"><a>pasar</a></div></div><div id="latestul"><h3>Berita Terkini</h3><ul><li><h3><a>Kabut Asap Selimuti Kota Jambi</a></h3><p>Kabut asap akibat kebakaran hutan dan lahan mulai menyelimuti Kota Jambi sejak Selasa pagi, jarak pandang hanya 500 meter.</p></li></ul></div></div>${FOOT('Tribunjambi.com')}`,
    ),
  },
];
