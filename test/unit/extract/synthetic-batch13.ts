// Thirteenth batch of handwritten Indonesian pages (issue 18, branch w18-dates2), weighted to dates
// and titles, written in full BEFORE the extractor was run on them (at b274603), for tuning: a Tribun
// regional page in WITA whose meta gives the same instant in +07:00, a Kompas photo page with a
// "FOTO:" label (kept as part of the title, as batch 3 keeps "VIDEO:" and batch 10 "[VIDEO]": the
// label is in the <h1> and every declared title, so nothing on the page marks it as an affix),
// "Wib"/"wita"/"WITa" in other cases, "Selasa, 1 Desember 2026 | 09:15" with no zone, datePublished
// against dateModified, a feed date that is the update, "3 jam yang lalu" beside a machine date, AMP,
// a live page, WordPress themes (an "updated" <time> first, curly quotes as entities, the English
// "December 2, 2026 at 3:40 pm"), pemkot portals with today's date in the top bar, a Papua outlet in
// WIT with a correct UTC meta, a headline with a colon and a dash inside it. The prose is invented.
// First run (2026-12-03, at 2b5056c, before any change; `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch13.test.ts`): 16 pages, body token-F1 mean 1.000 (worst 1.000), titles
// 16/16, dates 13/16 (the Tribun meta's "13:05+07:00" kept in +07:00 beside "14:05 WITA"; a
// WordPress <time class="updated"> printed first taken, so the day came without its time; a portal
// headline in an <h3> not found, and today's date in the top bar taken). After the fixes (a machine
// time that is the headline byline's instant is written in the byline's Indonesian zone; a <time>
// whose class marks only the update is skipped, one marked "published" with a datetime is declared;
// the headline element may be an <h3>): 1.000 / 16 / 16 — from then on tuned on.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

const PETE = [
  'Harga ikan bandeng di Pasar Terong Makassar naik hingga Rp45 ribu per kilogram akibat cuaca buruk yang membuat nelayan tambak enggan panen.',
  'Pedagang mengaku pasokan dari Kabupaten Pangkep dan Maros berkurang hampir separuh dalam sepekan terakhir.',
  '"Biasanya saya ambil dua ratus kilo sehari, sekarang paling banyak seratus kilo. Pembeli juga mulai mengeluh," kata Daeng Ngalle, pedagang ikan.',
  'Dinas Perdagangan Kota Makassar akan memantau harga setiap hari dan berkoordinasi dengan Dinas Kelautan untuk menjaga pasokan menjelang Natal.',
];
const GARUT = [
  'Banjir bandang menerjang tiga kecamatan di Kabupaten Garut setelah Sungai Cimanuk meluap akibat hujan deras sejak Selasa sore.',
  'Sebanyak 412 rumah terendam lumpur dan 1.200 warga mengungsi ke masjid, sekolah, dan kantor desa terdekat.',
  'Bupati Garut menetapkan status tanggap darurat selama 14 hari untuk mempercepat penanganan dan penyaluran bantuan.',
  'BPBD Jawa Barat mengirim perahu karet, dapur umum, dan tenaga medis untuk membantu warga di lokasi pengungsian.',
];
const PBB = [
  'Wali Kota Surakarta memastikan tidak ada kenaikan Pajak Bumi dan Bangunan Perdesaan dan Perkotaan pada tahun anggaran mendatang.',
  'Keputusan itu diambil setelah pemerintah kota menerima banyak keluhan warga atas kenaikan nilai jual objek pajak tahun ini.',
  'Badan Pendapatan Daerah akan memberikan keringanan bagi warga lanjut usia dan pensiunan yang mengajukan permohonan secara tertulis.',
];
const TOL = [
  'Jalan Tol Semarang - Demak Seksi 2 mulai dibuka untuk umum dan dapat dilalui kendaraan golongan I tanpa dikenai tarif selama dua pekan.',
  'Ruas sepanjang 16 kilometer itu menghubungkan Sayung dan Demak serta diharapkan mengurangi kemacetan di jalur pantura.',
  'Badan Usaha Jalan Tol meminta pengendara mematuhi batas kecepatan 80 kilometer per jam karena sebagian marka masih dalam penyelesaian.',
];
const SAMARINDA = [
  'Pemerintah Kota Samarinda meluncurkan layanan pengaduan banjir berbasis aplikasi yang dapat diakses warga selama 24 jam.',
  'Laporan warga akan diteruskan langsung ke Dinas Pekerjaan Umum dan Penataan Ruang serta BPBD untuk ditindaklanjuti di lapangan.',
  'Wali Kota Samarinda meminta camat dan lurah aktif memantau aplikasi tersebut, terutama saat curah hujan tinggi.',
];
const JAYAPURA = [
  'Harga kebutuhan pokok di Kota Jayapura relatif stabil menjelang perayaan Natal meskipun permintaan mulai meningkat.',
  'Pantauan di Pasar Youtefa menunjukkan harga beras, gula, dan minyak goreng tidak berubah dibanding pekan lalu.',
  'Dinas Perindustrian dan Perdagangan Kota Jayapura memastikan stok cukup hingga awal tahun depan karena kapal pengangkut tiba tepat waktu.',
];
const PSU = [
  'Pemungutan suara ulang di 12 TPS di Kabupaten Sampang dimulai pukul 07.00 WIB dengan pengamanan ketat aparat gabungan.',
  'KPU Sampang mencatat seluruh logistik telah tiba di TPS sejak Selasa malam dan tidak ada kendala distribusi.',
  'Bawaslu menerjunkan pengawas tambahan di setiap TPS untuk mencegah pelanggaran seperti yang terjadi pada pemungutan suara sebelumnya.',
];
const SEKOLAH = [
  'Dinas Pendidikan Provinsi Sulawesi Tengah memperbaiki 37 ruang kelas sekolah menengah atas yang rusak akibat gempa bulan lalu.',
  'Selama perbaikan, siswa belajar di tenda darurat dan ruang kelas sekolah terdekat dengan sistem bergantian pagi dan siang.',
  'Kepala dinas menargetkan seluruh ruang kelas dapat digunakan kembali pada awal semester genap bulan Januari.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer><div class="footer-menu"><a>Tentang Kami</a> <a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Kontak</a></div><p>Copyright © 2026 ${n}. All rights reserved.</p></footer>`;

const HPETE = 'Harga Ikan Bandeng di Pasar Terong Makassar Tembus Rp45 Ribu per Kilogram';
const HGARUT = 'Banjir Bandang Terjang Garut, Bupati: Kami Tetapkan Tanggap Darurat 14 Hari';
const HPBB = 'Wali Kota: Tidak Ada Kenaikan PBB di Solo Tahun Depan';
const HTOL = 'Tol Semarang - Demak Seksi 2 Dibuka, Gratis Dua Pekan';
const HSMD = 'Pemkot Samarinda Luncurkan Aplikasi Pengaduan Banjir 24 Jam';
const HJPR = 'Harga Kebutuhan Pokok di Jayapura Stabil Jelang Natal';
const HSEK = 'Disdik Sulteng Perbaiki 37 Ruang Kelas SMA Rusak Akibat Gempa';

export const BATCH13_PAGES: BatchPage[] = [
  // 1. Tribun regional (Makassar): the meta gives 13:05+07:00, the byline 14:05 WITA — one instant;
  //    the page's own zone is WITA. "Laporan Wartawan" line, "Baca juga", "Artikel ini telah tayang".
  {
    name: 'tribun timur meta +07:00, byline WITA',
    url: 'https://makassar.tribunnews.com/2026/12/02/harga-ikan-bandeng-di-pasar-terong-makassar-tembus-rp45-ribu-per-kilogram',
    title: HPETE,
    published: '2026-12-02T14:05+08:00',
    text: j(`TRIBUN-TIMUR.COM, MAKASSAR - ${PETE[0]}`, PETE[1], PETE[2], PETE[3]),
    html: html(
      `<title>${HPETE} - Tribun-timur.com</title>${om('og:title', `${HPETE} - Tribun-timur.com`)}${om('og:site_name', 'Tribun-timur.com')}${om('article:published_time', '2026-12-02T13:05:00+07:00')}${nm('content_PublishedDate', '2026-12-02 13:05:41')}`,
      `<div id="header"><a class="logo">tribun-timur.com</a><ul class="menu"><li>Makassar</li><li>Sulsel</li><li>Bisnis</li></ul></div><div class="main"><div id="article"><h1 id="arttitle" class="f50 black2 f400 crimson">${HPETE}</h1>
<div class="mt10"><div id="penulis">Penulis: Muh Hasim Arfah | Editor: Sukmawati Ibrahim</div><time class="grey">Rabu, 2 Desember 2026 14:05 WITA</time></div>
<div class="side-article txt-article multi-fontsize"><p><strong>Laporan Wartawan Tribun-Timur.com, Muh Hasim Arfah</strong></p><p><strong>TRIBUN-TIMUR.COM, MAKASSAR</strong> - ${PETE[0]}</p><p>${PETE[1]}</p><p><strong>Baca juga: <a>Cuaca Buruk, Nelayan Paotere Tak Melaut</a></strong></p><p>${PETE[2]}</p><p>${PETE[3]}</p>
<p>Artikel ini telah tayang di Tribun-timur.com dengan judul ${HPETE}</p></div></div><aside class="side"><h3>Terpopuler</h3><ol><li><a>Jadwal Kapal Pelni dari Makassar Desember 2026</a></li><li><a>Harga Emas Antam Hari Ini</a></li></ol></aside></div>${FOOT('Tribun Network')}`,
    ),
  },
  // 2. Kompas photo page: "FOTO: …" in the <h1>, og:title and <title>; captions are the body with
  //    their credits; JSON-LD datePublished in +07:00; "Kompas.com - 02/12/2026, 16:20 WIB".
  {
    name: 'kompas FOTO: label',
    url: 'https://regional.kompas.com/read/2026/12/02/162000778/foto-banjir-bandang-terjang-garut-ratusan-rumah-terendam-lumpur',
    title: 'FOTO: Banjir Bandang Terjang Garut, Ratusan Rumah Terendam Lumpur',
    published: '2026-12-02T16:20+07:00',
    text: j(
      'Warga membersihkan lumpur yang masuk ke rumahnya setelah banjir bandang menerjang Kecamatan Tarogong Kidul, Kabupaten Garut, Jawa Barat, Rabu (2/12/2026).',
      'Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet di Kelurahan Haurpanggung.',
      'Sejumlah kendaraan tertimbun lumpur di halaman rumah warga di tepi Sungai Cimanuk.',
    ),
    html: html(
      `<title>FOTO: Banjir Bandang Terjang Garut, Ratusan Rumah Terendam Lumpur - Kompas.com</title>${om('og:title', 'FOTO: Banjir Bandang Terjang Garut, Ratusan Rumah Terendam Lumpur')}${om('og:site_name', 'KOMPAS.com')}${ld({ '@type': 'NewsArticle', headline: 'FOTO: Banjir Bandang Terjang Garut, Ratusan Rumah Terendam Lumpur', datePublished: '2026-12-02T16:20:00+07:00', dateModified: '2026-12-02T16:45:00+07:00' })}`,
      `<div class="header"><a class="logo">KOMPAS.com</a></div><div class="container"><div class="breadcrumb"><a>Home</a> <a>Regional</a> <a>Foto</a></div><h1 class="read__title">FOTO: Banjir Bandang Terjang Garut, Ratusan Rumah Terendam Lumpur</h1><div class="read__time">Kompas.com - 02/12/2026, 16:20 WIB</div>
<div class="read__content"><div class="photo"><img src="/g1.jpg"><div class="photo__caption">Warga membersihkan lumpur yang masuk ke rumahnya setelah banjir bandang menerjang Kecamatan Tarogong Kidul, Kabupaten Garut, Jawa Barat, Rabu (2/12/2026). KOMPAS.com/ARI MAULANA KARANG</div></div>
<div class="photo"><img src="/g2.jpg"><div class="photo__caption">Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet di Kelurahan Haurpanggung. KOMPAS.com/ARI MAULANA KARANG</div></div>
<div class="photo"><img src="/g3.jpg"><div class="photo__caption">Sejumlah kendaraan tertimbun lumpur di halaman rumah warga di tepi Sungai Cimanuk. KOMPAS.com/ARI MAULANA KARANG</div></div></div>
<div class="most"><h3>Foto Lainnya</h3><a>FOTO: Longsor Tutup Jalur Garut-Tasikmalaya</a></div></div>${FOOT('Kompas Cyber Media')}`,
    ),
  },
  // 3. A Suara regional page: "Selasa, 01 Desember 2026 | 09:15 Wib" ("Wib" in mixed case), no meta;
  //    a headline with a colon inside ("…, Bupati: …").
  {
    name: 'suara regional Wib in mixed case',
    url: 'https://jabar.suara.com/read/2026/12/01/091500/banjir-bandang-terjang-garut-bupati-kami-tetapkan-tanggap-darurat-14-hari',
    title: HGARUT,
    published: '2026-12-01T09:15+07:00',
    text: j(`SuaraJabar.id - ${GARUT[0]}`, GARUT[1], GARUT[2], GARUT[3]),
    html: html(
      `<title>${HGARUT}</title>${om('og:title', HGARUT)}${om('og:site_name', 'Suarajabar.id')}`,
      `<div class="header"><a>suarajabar.id</a></div><div class="wrap"><div class="breadcrumb"><a>Home</a> › <a>News</a></div><div class="info"><h1>${HGARUT}</h1><div class="writer"><span>Rizki Nurmansyah</span></div><div class="date-article"><span>Selasa, 01 Desember 2026 | 09:15 Wib</span></div></div>
<article class="detail-content"><p><strong>SuaraJabar.id</strong> - ${GARUT[0]}</p><p>${GARUT[1]}</p><div class="baca-juga-new"><span>Baca Juga:</span><ul><li><a>Sungai Cimanuk Meluap, Jalan Garut-Bandung Lumpuh</a></li><li><a>Ribuan Warga Garut Mengungsi</a></li></ul></div><p>${GARUT[2]}</p><p>${GARUT[3]}</p></article>
<div class="tag"><a>banjir garut</a></div></div>${FOOT('Suara.com')}`,
    ),
  },
  // 4. A Sulawesi outlet: "Kamis, 03 Desember 2026 - 08:10 wita" (lower case), JSON-LD with the day only.
  {
    name: 'fajar lower-case wita, json-ld day only',
    url: 'https://fajar.co.id/2026/12/03/disdik-sulteng-perbaiki-37-ruang-kelas-sma-rusak-akibat-gempa/',
    title: HSEK,
    published: '2026-12-03T08:10+08:00',
    text: j(`FAJAR.CO.ID, PALU — ${SEKOLAH[0]}`, SEKOLAH[1], SEKOLAH[2]),
    html: html(
      `<title>${HSEK} - Fajar</title>${om('og:title', HSEK)}${ld({ '@type': 'NewsArticle', headline: HSEK, datePublished: '2026-12-03', author: { '@type': 'Person', name: 'Arini' } })}`,
      `<div class="site-header">FAJAR</div><div class="content-wrap"><article><h1 class="entry-title">${HSEK}</h1><div class="entry-meta"><span class="author">Arini</span> <span class="sep">—</span> <span class="posted-on">Kamis, 03 Desember 2026 - 08:10 wita</span></div>
<div class="entry-content"><p><strong>FAJAR.CO.ID, PALU</strong> — ${SEKOLAH[0]}</p><p>${SEKOLAH[1]}</p><p>${SEKOLAH[2]}</p></div></article></div>${FOOT('Fajar')}`,
    ),
  },
  // 5. A pemkot portal: "Selasa, 1 Desember 2026 | 09:15" without a zone (WIB is the default), and
  //    today's date in the top bar above everything; a headline starting "Wali Kota:".
  {
    name: 'pemkot portal zone-less, today in the top bar',
    url: 'https://surakarta.go.id/berita/wali-kota-tidak-ada-kenaikan-pbb-di-solo-tahun-depan',
    title: HPBB,
    published: '2026-12-01T09:15+07:00',
    text: j(...PBB),
    html: html(
      `<title>${HPBB} | Pemerintah Kota Surakarta</title>`,
      `<div class="topbar"><span class="today">Kamis, 3 Desember 2026</span> <span>Selamat datang di portal resmi Pemerintah Kota Surakarta</span></div><ul class="menu"><li>Beranda</li><li>Profil</li><li>Berita</li><li>Layanan</li></ul>
<div class="main"><div class="berita"><h2 class="judul-berita">${HPBB}</h2><div class="tanggal"><i class="fa fa-calendar"></i> Selasa, 1 Desember 2026 | 09:15</div><div class="isi-berita">${ps(PBB)}</div>
<div class="bagikan">Bagikan: <a>Facebook</a> <a>WhatsApp</a></div></div><div class="sidebar"><h4>Berita Lainnya</h4><ul><li><a>Pemkot Solo Gelar Pasar Murah</a> <span>Rabu, 2 Desember 2026 | 14:00</span></li></ul></div></div>${FOOT('Pemkot Surakarta')}`,
    ),
  },
  // 6. datePublished against dateModified: JSON-LD and meta give both; only "Diperbarui … 08:10 WIB"
  //    is visible. The publication is the earlier one.
  {
    name: 'visible update only, published in json-ld',
    url: 'https://www.cnbcindonesia.com/news/20261201203000-4-567890/tol-semarang-demak-seksi-2-dibuka-gratis-dua-pekan',
    title: HTOL,
    published: '2026-12-01T20:30+07:00',
    text: j(`Jakarta, CNBC Indonesia - ${TOL[0]}`, TOL[1], TOL[2]),
    html: html(
      `<title>${HTOL}</title>${om('og:title', HTOL)}${om('article:modified_time', '2026-12-02T08:10:00+07:00')}${om('article:published_time', '2026-12-01T20:30:00+07:00')}${ld({ '@type': 'NewsArticle', headline: HTOL, dateModified: '2026-12-02T08:10:00+07:00', datePublished: '2026-12-01T20:30:00+07:00' })}`,
      `<div class="header">CNBC Indonesia</div><div class="container"><article><h1 class="mb-4 text-32">${HTOL}</h1><div class="text-gray">Redaksi, CNBC Indonesia</div><div class="date">Diperbarui 02 December 2026 08:10 WIB</div>
<div class="detail-text"><p><strong>Jakarta, CNBC Indonesia</strong> - ${TOL[0]}</p><p>${TOL[1]}</p><p>${TOL[2]}</p></div></article></div>${FOOT('CNBC Indonesia')}`,
    ),
  },
  // 7. The feed gives the update time (a later instant); the page's own publication wins.
  {
    name: 'feed gives the update, page the publication',
    url: 'https://jateng.antaranews.com/berita/567890/tol-semarang-demak-seksi-2-dibuka-gratis-dua-pekan',
    title: HTOL,
    published: '2026-12-02T09:30+07:00',
    feed: '2026-12-02T10:45:00Z',
    withFeed: '2026-12-02T09:30+07:00',
    text: j(`Semarang (ANTARA) - ${TOL[0]}`, TOL[1], TOL[2]),
    html: html(
      `<title>${HTOL} - ANTARA News Jawa Tengah</title>${om('og:title', HTOL)}${om('article:published_time', '2026-12-02T09:30:00+07:00')}${om('article:modified_time', '2026-12-02T17:45:00+07:00')}`,
      `<div class="header">ANTARA Jateng</div><div class="wrapper"><div class="post-content"><h1 class="post-title">${HTOL}</h1><p class="text-muted"><i class="fa fa-clock-o"></i> Rabu, 2 Desember 2026 09:30 WIB</p>
<div class="post-content clearfix font17">Semarang (ANTARA) - ${TOL[0]}<br><br>${TOL[1]}<br><br><span class="baca-juga">Baca juga: <a>Tol Semarang-Demak Seksi 1 Ditargetkan Rampung 2027</a></span><br><br>${TOL[2]}<br><br><p class="text-muted mt-2 small">Pewarta: Wisnu Adhi N<br>Editor: Immanuel Citra Senjaya</p></div></div></div>${FOOT('ANTARA')}`,
    ),
  },
  // 8. "3 jam yang lalu" visible, the machine date only in an itemprop meta; the sidebar with its
  //    own relative times.
  {
    name: '3 jam yang lalu beside an itemprop meta',
    url: 'https://www.inews.id/news/regional/pemkot-samarinda-luncurkan-aplikasi-pengaduan-banjir-24-jam',
    title: HSMD,
    published: '2026-12-02T10:40+08:00',
    text: j(`SAMARINDA, iNews.id - ${SAMARINDA[0]}`, SAMARINDA[1], SAMARINDA[2]),
    html: html(
      `<title>${HSMD}</title>${om('og:title', HSMD)}`,
      `<div class="header">iNews.id</div><div class="article" itemscope itemtype="https://schema.org/NewsArticle"><meta itemprop="datePublished" content="2026-12-02T10:40:00+08:00"><h1 itemprop="headline" class="title-news">${HSMD}</h1><div class="author-news"><span>Ahmad Rizal</span> · <span class="date-news">3 jam yang lalu</span></div>
<div class="article-content" itemprop="articleBody"><p><strong>SAMARINDA, iNews.id</strong> - ${SAMARINDA[0]}</p><p>${SAMARINDA[1]}</p><p>${SAMARINDA[2]}</p></div>
<div class="news-terkait"><h3>Berita Terkait</h3><div><a>Banjir Rendam 20 RT di Samarinda Utara</a> <span>1 jam yang lalu</span></div><div><a>Sungai Karang Mumus Meluap</a> <span>5 jam yang lalu</span></div></div></div>${FOOT('iNews.id')}`,
    ),
  },
  // 9. AMP: "02/12/2026 11.20 WIB" visible, a <time datetime> in UTC that is right, amp-img with a caption.
  {
    name: 'amp page with a utc time element',
    url: 'https://www.suaramerdeka.com/amp/semarang/0412345678/tol-semarang-demak-seksi-2-dibuka-gratis-dua-pekan',
    title: HTOL,
    published: '2026-12-02T11:20+07:00',
    text: j(`SEMARANG, suaramerdeka.com - ${TOL[0]}`, TOL[1], TOL[2]),
    html: `<!DOCTYPE html><html amp lang="id"><head><meta charset="utf-8"><title>${HTOL} - Suara Merdeka</title><link rel="canonical" href="https://www.suaramerdeka.com/semarang/0412345678/tol-semarang-demak-seksi-2-dibuka-gratis-dua-pekan"></head><body>
<header class="amp-header"><a>SUARA MERDEKA</a></header><article><h1 class="amp-title">${HTOL}</h1><div class="amp-byline"><span>Moch Kundori</span> <time datetime="2026-12-02T04:20:00Z">02/12/2026 11.20 WIB</time></div>
<figure><amp-img src="/tol.jpg" width="640" height="360" layout="responsive"></amp-img><figcaption>Kendaraan melintas di Tol Semarang-Demak Seksi 2. (suaramerdeka.com/Moch Kundori)</figcaption></figure>
<div class="amp-content"><p><strong>SEMARANG, suaramerdeka.com</strong> - ${TOL[0]}</p><amp-ad width="300" height="250" type="doubleclick"></amp-ad><p>${TOL[1]}</p><p>${TOL[2]}</p></div>
<div class="amp-related"><h3>Baca Juga</h3><ul><li><a>Rob Genangi Jalur Pantura Sayung</a></li></ul></div></article><footer>© 2026 Suara Merdeka</footer></body></html>`,
  },
  // 10. A live page: "LIVE UPDATE:" label; entries with "HH.MM WIB"; the visible "Diperbarui 3 menit
  //     yang lalu"; JSON-LD LiveBlogPosting with the first publication.
  {
    name: 'live update with relative update line',
    url: 'https://www.detik.com/jatim/berita/d-7770001/live-update-psu-sampang',
    title: 'LIVE UPDATE: Pemungutan Suara Ulang di 12 TPS Sampang',
    published: '2026-12-02T06:45+07:00',
    text: j(
      '10.30 WIB — Penghitungan suara di TPS 03 Desa Banyuates selesai. Saksi kedua pasangan calon menandatangani berita acara tanpa keberatan.',
      `08.15 WIB — ${PSU[2]}`,
      `06.45 WIB — ${PSU[0]} ${PSU[1]}`,
    ),
    html: html(
      `<title>LIVE UPDATE: Pemungutan Suara Ulang di 12 TPS Sampang</title>${om('og:title', 'LIVE UPDATE: Pemungutan Suara Ulang di 12 TPS Sampang')}${ld({ '@type': 'LiveBlogPosting', headline: 'LIVE UPDATE: Pemungutan Suara Ulang di 12 TPS Sampang', datePublished: '2026-12-02T06:45:00+07:00', dateModified: '2026-12-02T10:30:00+07:00', coverageStartTime: '2026-12-02T06:45:00+07:00' })}`,
      `<header class="header">detikJatim</header><div class="container"><article class="detail"><h1 class="detail__title">LIVE UPDATE: Pemungutan Suara Ulang di 12 TPS Sampang</h1><div class="detail__author">Tim detikJatim</div><div class="detail__date">Diperbarui 3 menit yang lalu</div>
<div class="detail__body-text"><div class="live-post"><p><strong>10.30 WIB</strong> — Penghitungan suara di TPS 03 Desa Banyuates selesai. Saksi kedua pasangan calon menandatangani berita acara tanpa keberatan.</p></div><div class="live-post"><p><strong>08.15 WIB</strong> — ${PSU[2]}</p></div><div class="live-post"><p><strong>06.45 WIB</strong> — ${PSU[0]} ${PSU[1]}</p></div></div></article></div>${FOOT('detikcom')}`,
    ),
  },
  // 11. WordPress (Soledad-like): the "updated" <time> printed before the "published" one, both with
  //     datetime in +08:00; curly quotes as entities in <title> and og:title, literal in the <h1>.
  {
    name: 'wordpress updated time first, quote entities',
    url: 'https://kaltimtoday.co/2026/12/02/kami-tidak-dilibatkan-kata-warga-soal-relokasi/',
    title: '“Kami Tidak Dilibatkan,” Kata Warga Soal Relokasi Pasar Pagi Samarinda',
    published: '2026-12-02T10:15+08:00',
    text: j(
      'Pedagang Pasar Pagi Samarinda menolak rencana relokasi sementara ke kawasan Jalan Gajah Mada selama pembangunan gedung pasar baru.',
      'Mereka menilai pemerintah kota tidak pernah mengajak pedagang berdiskusi sebelum menetapkan lokasi penampungan.',
      '“Kami tidak dilibatkan sama sekali. Tiba-tiba ada surat pemberitahuan harus pindah akhir bulan,” kata Hasanah, pedagang sayur.',
    ),
    html: html(
      `<title>&#8220;Kami Tidak Dilibatkan,&#8221; Kata Warga Soal Relokasi Pasar Pagi Samarinda &#8211; Kaltim Today</title>${om('og:title', '&#8220;Kami Tidak Dilibatkan,&#8221; Kata Warga Soal Relokasi Pasar Pagi Samarinda')}${om('og:site_name', 'Kaltim Today')}`,
      `<div class="penci-header">Kaltim Today</div><div class="container"><article class="post"><div class="header-standard"><span class="cat"><a>Samarinda</a></span><h1 class="post-title single-post-title entry-title">“Kami Tidak Dilibatkan,” Kata Warga Soal Relokasi Pasar Pagi Samarinda</h1>
<div class="post-box-meta-single"><span class="author-post byline">by <a>Redaksi</a></span><span>Diperbarui <time class="updated" datetime="2026-12-03T07:00:00+08:00">3 Desember 2026</time></span><span><time class="entry-date published" datetime="2026-12-02T10:15:00+08:00">2 Desember 2026</time></span></div></div>
<div class="inner-post-entry entry-content"><p>Pedagang Pasar Pagi Samarinda menolak rencana relokasi sementara ke kawasan Jalan Gajah Mada selama pembangunan gedung pasar baru.</p><p>Mereka menilai pemerintah kota tidak pernah mengajak pedagang berdiskusi sebelum menetapkan lokasi penampungan.</p><p>“Kami tidak dilibatkan sama sekali. Tiba-tiba ada surat pemberitahuan harus pindah akhir bulan,” kata Hasanah, pedagang sayur.</p></div>
<div class="post-tags"><a>pasar pagi</a></div></article><div class="sidebar"><aside class="widget"><h4>Recent Posts</h4><ul><li><a>DPRD Samarinda Panggil Disdag</a></li></ul></aside></div></div>${FOOT('Kaltim Today')}`,
    ),
  },
  // 12. WordPress default theme in English: "December 2, 2026 at 3:40 pm", no machine date.
  {
    name: 'wordpress english "at 3:40 pm"',
    url: 'https://solopos-update.com/wali-kota-tidak-ada-kenaikan-pbb-di-solo-tahun-depan/',
    title: HPBB,
    published: '2026-12-02T15:40+07:00',
    text: j(...PBB),
    html: html(
      `<title>${HPBB} &#8211; Solo Update</title>`,
      `<div id="page" class="site"><header class="site-header"><p class="site-title">Solo Update</p><p class="site-description">Kabar Terkini dari Kota Bengawan</p></header><div id="content"><main><article class="post type-post"><header class="entry-header"><h1 class="entry-title">${HPBB}</h1><div class="entry-meta">Posted on December 2, 2026 at 3:40 pm by admin</div></header>
<div class="entry-content">${ps(PBB)}</div><footer class="entry-footer">Posted in <a>Berita</a></footer></article><nav class="post-navigation"><a>Previous Post: Pemkot Solo Gelar Pasar Murah</a></nav></main><aside class="widget-area"><section class="widget"><h2>Recent Posts</h2><ul><li><a>Pemkot Solo Gelar Pasar Murah</a></li></ul></section></aside></div></div>`,
    ),
  },
  // 13. A pemkot portal in WITA: today's date in the top bar, "Diposting: 02-12-2026 | 10:20:33 WITa",
  //     "Dibaca 120 kali"; the headline in an <h3>.
  {
    name: 'pemkot samarinda dashed date, WITa',
    url: 'https://samarindakota.go.id/berita/pemkot-samarinda-luncurkan-aplikasi-pengaduan-banjir-24-jam',
    title: HSMD,
    published: '2026-12-02T10:20+08:00',
    text: j(...SAMARINDA),
    html: html(
      `<title>Berita - ${HSMD} | Pemerintah Kota Samarinda</title>`,
      `<div class="top-bar"><span>Kamis, 03 Desember 2026</span> <span>Call Center 112</span></div><div class="nav"><a>Beranda</a><a>Pemerintahan</a><a>Berita</a><a>PPID</a></div><div class="container"><div class="col-8"><div class="single-news"><h3 class="news-title">${HSMD}</h3>
<div class="news-meta">Diposting: 02-12-2026 | 10:20:33 WITa · Oleh: Diskominfo · Dibaca 120 kali</div><div class="news-body">${ps(SAMARINDA)}</div></div></div>
<div class="col-4"><div class="widget"><h4>Agenda</h4><ul><li>04-12-2026 | Rapat Koordinasi Penanganan Banjir</li></ul></div></div></div>${FOOT('Pemerintah Kota Samarinda')}`,
    ),
  },
  // 14. A Papua outlet: "Rabu, 2 Desember 2026 - 19:30 WIT", the meta in UTC and right.
  {
    name: 'papua outlet WIT with a correct utc meta',
    url: 'https://www.ceposonline.com/2026/12/02/harga-kebutuhan-pokok-di-jayapura-stabil-jelang-natal/',
    title: HJPR,
    published: '2026-12-02T19:30+09:00',
    text: j(`JAYAPURA - ${JAYAPURA[0]}`, JAYAPURA[1], JAYAPURA[2]),
    html: html(
      `<title>${HJPR} - Cenderawasih Pos</title>${om('og:title', `${HJPR} - Cenderawasih Pos`)}${om('article:published_time', '2026-12-02T10:30:00+00:00')}${om('og:site_name', 'Cenderawasih Pos')}`,
      `<div class="header">Cenderawasih Pos</div><div class="content"><h1 class="jeg_post_title">${HJPR}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">Reporter: Karolus Daot</div><div class="jeg_meta_date">Rabu, 2 Desember 2026 - 19:30 WIT</div></div>
<div class="content-inner"><p>JAYAPURA - ${JAYAPURA[0]}</p><p>${JAYAPURA[1]}</p><p>${JAYAPURA[2]}</p></div></div>${FOOT('Cenderawasih Pos')}`,
    ),
  },
  // 15. Kompas regional: "Kompas.com, 2 Desember 2026, 07:05 WIB" with "Diperbarui 2 Desember 2026,
  //     09:40 WIB" in the same line, no machine date; "Halaman all" title; a dash inside the headline.
  {
    name: 'kompas published and updated in one line',
    url: 'https://regional.kompas.com/read/2026/12/02/070500278/tol-semarang-demak-seksi-2-dibuka-gratis-dua-pekan',
    title: HTOL,
    published: '2026-12-02T07:05+07:00',
    text: j(`SEMARANG, KOMPAS.com - ${TOL[0]}`, TOL[1], TOL[2]),
    html: html(
      `<title>${HTOL} Halaman all - Kompas.com</title>${om('og:title', `${HTOL} Halaman all - Kompas.com`)}${om('og:site_name', 'KOMPAS.com')}`,
      `<div class="header"><a class="logo">KOMPAS.com</a></div><div class="container"><h1 class="read__title">${HTOL}</h1><div class="read__time">Kompas.com, 2 Desember 2026, 07:05 WIB <span class="read__time__update">Diperbarui 2 Desember 2026, 09:40 WIB</span></div>
<div class="read__content"><div class="clearfix"><p><strong>SEMARANG, KOMPAS.com</strong> - ${TOL[0]}</p><p>${TOL[1]}</p><p><strong>Baca juga: <a>Rob Genangi Sayung, Pengendara Dialihkan</a></strong></p><p>${TOL[2]}</p></div></div></div>${FOOT('Kompas Cyber Media')}`,
    ),
  },
  // 16. A Tribun page in WITA whose JSON-LD carries the WITA clock with +07:00 (wrong), and the byline
  //     "Rabu, 2 Desember 2026 09:25 WITA": the visible WITA time is the page's.
  {
    name: 'tribun kaltim json-ld wrong offset',
    url: 'https://kaltim.tribunnews.com/2026/12/02/pemkot-samarinda-luncurkan-aplikasi-pengaduan-banjir-24-jam',
    title: HSMD,
    published: '2026-12-02T09:25+08:00',
    text: j(`TRIBUNKALTIM.CO, SAMARINDA - ${SAMARINDA[0]}`, SAMARINDA[1], SAMARINDA[2]),
    html: html(
      `<title>${HSMD} - Tribunkaltim.co</title>${om('og:title', HSMD)}${om('og:site_name', 'Tribunkaltim.co')}${ld({ '@type': 'NewsArticle', headline: HSMD, datePublished: '2026-12-02T09:25:00+07:00' })}`,
      `<div id="header"><a class="logo">tribunkaltim.co</a></div><div class="main"><div id="article"><h1 id="arttitle">${HSMD}</h1><div class="mt10"><div id="penulis">Penulis: Sintya Alfatika | Editor: Diah Ayu</div><time class="grey">Rabu, 2 Desember 2026 09:25 WITA</time></div>
<div class="side-article txt-article"><p><strong>TRIBUNKALTIM.CO, SAMARINDA</strong> - ${SAMARINDA[0]}</p><p>${SAMARINDA[1]}</p><p>${SAMARINDA[2]}</p></div></div></div>${FOOT('Tribun Network')}`,
    ),
  },
];
