// Twenty-fifth batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// at d3d9a57 (main as branched) and BEFORE the extractor was run on them. Network templates as their
// outlets print them, with the whole page around the text: detik ("Senin, 03 Agu 2026 14:05 WIB",
// a zone-less `publishdate`), Kompas (a meta `Z` that is the WIB clock, "03/08/2026, 14:05 WIB",
// "Halaman all"), Tribun (" - Tribunjogja.com", "Baca juga" inside the text), Antara (dateline,
// related "2 jam lalu"), Suara ("Senin, 03 Agustus 2026 | 14:05 WIB", a correct UTC JSON-LD),
// Liputan6 ("Diterbitkan … Diperbarui …"), JPNN (a zone-less `pubdate` meta), a Kompas live report
// with several update times, a Jannah theme with only "3 jam yang lalu" and a UTC meta, a tagDiv
// Newspaper theme with today in its top bar and a popular list. The prose is invented.
// First run (2026-12-04 21:13 UTC, at e167186, the extractor as branched; `PANTAU_EVAL_PRINT=1 npx
// vitest run test/unit/extract/batch25.test.ts`): 10 pages, body token-F1 mean 0.991 (worst 0.906:
// the live report's entry times, each in a `live__time` element, dropped with the time-classed
// junk), titles 10/10, dates 10/10. Then tuned on: keeping a time-classed element that holds only
// "16:40 WIB" as a line fixed it but cost batches 3 and 8's live pages, whose expected texts (written
// earlier) drop such class-marked entry times while batch 16's keep bare time lines: withdrawn, so
// this page stays at 0.906 (the two conventions disagree; the hidden check's is not known).
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const html = (head: string, body: string, lang = 'id') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"kanal":"news"});</script></head><body>${body}</body></html>`;

const HD = [
  'Banjir Lahar Dingin Terjang Dua Dusun di Lereng Merapi, 40 Warga Mengungsi',
  'Pemkot Semarang Tambah 25 Bus Trans Semarang untuk Rute Pinggiran',
  'Harga Cabai Rawit di Pasar Beringharjo Tembus Rp80.000 per Kilogram',
  'Ribuan Warga Ikuti Kirab Budaya Hari Jadi Kota Mataram',
  'Pemprov Jateng Buka Pendaftaran Sekolah Gratis SMA Negeri',
  'Dua Jembatan Putus Diterjang Banjir, Akses ke Desa Terpencil di Garut Lumpuh',
  'Menteri PUPR Tinjau Bendungan yang Jebol di Sukabumi',
  'LIVE UPDATE: Banjir Bandang Kota Batu, Tim SAR Cari Dua Korban Hilang',
  'Wali Kota Medan Larang ASN Gunakan Mobil Dinas untuk Mudik',
  'Pemkab Sleman Bagikan 5.000 Bibit Pohon untuk Cegah Longsor',
];
const PS = [
  [
    'Banjir lahar dingin menerjang dua dusun di Kecamatan Cangkringan, Kabupaten Sleman, setelah hujan deras mengguyur puncak Merapi sejak siang.',
    'Sebanyak 40 warga dievakuasi ke balai desa karena aliran lahar meluap ke permukiman di tepi Kali Gendol.',
    'BPBD Sleman mengerahkan alat berat untuk membersihkan material pasir dan batu yang menutup jalan desa.',
    'Warga diminta menjauhi alur sungai yang berhulu di Merapi selama hujan masih turun.',
  ],
  [
    'Pemerintah Kota Semarang menambah 25 unit bus Trans Semarang untuk melayani rute di wilayah pinggiran kota.',
    'Kepala Dinas Perhubungan Kota Semarang mengatakan tambahan bus akan melayani Mijen, Gunungpati, dan Tembalang.',
    'Tarif bus tetap Rp4.000 untuk umum dan Rp1.000 untuk pelajar serta lansia.',
    'Bus tambahan mulai beroperasi pekan depan setelah uji kelaikan selesai.',
  ],
  [
    'Harga cabai rawit di Pasar Beringharjo, Kota Yogyakarta, naik menjadi Rp80.000 per kilogram dalam sepekan terakhir.',
    'Pedagang menyebut pasokan dari petani di Magelang dan Temanggung berkurang karena hujan merusak tanaman.',
    'Dinas Perdagangan Kota Yogyakarta akan menggelar operasi pasar bersama Bulog untuk menekan harga.',
    'Harga bawang merah dan tomat juga ikut naik meski tidak setajam cabai.',
  ],
  [
    'Ribuan warga memadati Jalan Pejanggik untuk menyaksikan kirab budaya peringatan hari jadi Kota Mataram.',
    'Kirab diikuti peserta dari enam kecamatan dengan pakaian adat Sasak, Bali, Bugis, dan Tionghoa.',
    'Wali Kota Mataram mengatakan kirab menjadi simbol keberagaman warga kota.',
    'Arus lalu lintas di pusat kota dialihkan selama kirab berlangsung.',
  ],
  [
    'Pemerintah Provinsi Jawa Tengah membuka pendaftaran sekolah gratis di SMA negeri bagi siswa dari keluarga kurang mampu.',
    'Pendaftaran dilakukan secara daring melalui laman resmi dinas pendidikan hingga akhir bulan.',
    'Kuota sekolah gratis disiapkan untuk 12.000 siswa di 35 kabupaten dan kota.',
    'Siswa yang diterima tidak dipungut biaya seragam maupun buku pelajaran.',
  ],
  [
    'Dua jembatan gantung di Kecamatan Cisewu, Kabupaten Garut, putus diterjang banjir.',
    'Akibatnya, akses ke tiga desa terpencil terputus dan warga harus memutar sejauh 20 kilometer.',
    'BPBD Garut berencana membangun jembatan darurat dari bambu dan kayu dalam waktu dekat.',
    'Bantuan logistik untuk warga yang terisolasi dikirim menggunakan sepeda motor trail.',
  ],
  [
    'Menteri Pekerjaan Umum dan Perumahan Rakyat meninjau bendungan kecil yang jebol di Kabupaten Sukabumi.',
    'Jebolnya tanggul bendungan menyebabkan sawah seluas 150 hektare terendam lumpur.',
    'Menteri meminta balai besar wilayah sungai segera menyusun rencana perbaikan permanen.',
    'Petani yang sawahnya rusak akan didata untuk mendapat bantuan benih.',
  ],
  [], // live report, entries below
  [
    'Wali Kota Medan melarang aparatur sipil negara menggunakan mobil dinas untuk mudik selama libur Natal dan Tahun Baru.',
    'Larangan tersebut tertuang dalam surat edaran yang diterbitkan Sekretariat Daerah Kota Medan.',
    'ASN yang melanggar akan dikenai sanksi sesuai ketentuan disiplin pegawai.',
    'Inspektorat akan memeriksa kendaraan dinas di setiap organisasi perangkat daerah sebelum libur dimulai.',
  ],
  [
    'Pemerintah Kabupaten Sleman membagikan 5.000 bibit pohon kepada warga di kawasan rawan longsor.',
    'Bibit yang dibagikan antara lain sengon, mahoni, dan alpukat yang akarnya kuat menahan tanah.',
    'Kepala Dinas Lingkungan Hidup Sleman mengatakan penanaman difokuskan di Kecamatan Prambanan dan Turi.',
    'Warga diminta merawat bibit hingga tumbuh besar.',
  ],
];
const LIVE: [string, string][] = [
  ['16:40 WIB', 'Tim SAR gabungan menemukan satu korban hilang di aliran Sungai Brantas sekitar dua kilometer dari lokasi banjir.'],
  ['14:05 WIB', 'Pencarian dua korban hilang dilanjutkan dengan menyisir tepi sungai menggunakan perahu karet.'],
  ['11:20 WIB', 'BPBD Kota Batu mencatat 35 rumah rusak dan 120 warga mengungsi ke masjid dan balai desa.'],
  ['09:00 WIB', 'Banjir bandang menerjang Desa Bulukerto, Kota Batu, setelah hujan deras sejak Minggu malam.'],
];

export const BATCH25_PAGES: BatchPage[] = [
  // 1. detikJogja: the date line under the headline ("Senin, 03 Agu 2026 14:05 WIB"), a zone-less
  //    publishdate meta, "Baca juga" boxes in the text, the editor initials, related items with dates.
  {
    name: 'detik jogja agu abbreviation',
    url: 'https://www.detik.com/jogja/berita/d-7801234/banjir-lahar-dingin-terjang-dua-dusun-di-lereng-merapi-40-warga-mengungsi',
    title: HD[0],
    published: '2026-08-03T14:05+07:00',
    text: j(`Sleman - ${PS[0][0]}`, PS[0][1], PS[0][2], PS[0][3], '(ams/dil)'),
    html: html(
      `<title>${HD[0]}</title>${nm('publishdate', '2026/08/03 14:05:37')}${nm('author', 'Pradito Rida Pertana')}${om('og:title', HD[0])}${om('og:site_name', 'detikjogja')}${om('og:type', 'article')}`,
      `<header class="header"><a class="logo">detikJogja</a><nav><a>Berita</a> <a>Budaya</a> <a>Wisata</a> <a>Kuliner</a></nav></header>
<div class="container"><div class="column-8"><article class="detail"><div class="detail__header"><div class="page__breadcrumb"><a>detikJogja</a> <a>Berita</a></div><h1 class="detail__title">${HD[0]}</h1><div class="detail__author">Pradito Rida Pertana - detikJogja</div><div class="detail__date">Senin, 03 Agu 2026 14:05 WIB</div></div>
<div class="detail__media"><figure><img src="a.jpg"><figcaption class="detail__media-caption">Material lahar dingin di Kali Gendol. Foto: Pradito Rida Pertana/detikJogja</figcaption></figure></div>
<div class="detail__body-text itp_bodycontent"><p><strong>Sleman</strong> - ${PS[0][0]}</p><p>${PS[0][1]}</p><table class="linksisip"><tr><td><div class="linksisip__title">Baca juga:</div><a>Status Merapi Masih Siaga, Warga Diminta Waspada</a></td></tr></table><p>${PS[0][2]}</p><div class="parallaxindetail"><span>SCROLL TO CONTINUE WITH CONTENT</span></div><p>${PS[0][3]}</p><strong>(ams/dil)</strong></div>
<div class="detail__body-tag"><a>banjir lahar</a> <a>merapi</a></div></article></div>
<div class="column-4"><div class="box-berita-terkait"><h3>Berita Terkait</h3><article class="list-content__item"><a>Jalur Evakuasi Merapi Diperbaiki</a><span class="date">Senin, 27 Jul 2026 10:12 WIB</span></article></div></div></div>
<footer><a>Redaksi</a> <a>Pedoman Media Siber</a> <p>Copyright @ 2026 detikcom</p></footer>`,
    ),
  },
  // 2. Kompas regional: the meta and JSON-LD print the WIB clock with "Z"; the byline "Kompas.com -
  //    03/08/2026, 14:05 WIB"; "Halaman all" and the site in the <title>; "Baca juga" inside.
  {
    name: 'kompas meta z that is wib',
    url: 'https://regional.kompas.com/read/2026/08/03/14050071/pemkot-semarang-tambah-25-bus-trans-semarang-untuk-rute-pinggiran',
    title: HD[1],
    published: '2026-08-03T14:05+07:00',
    text: j(`SEMARANG, KOMPAS.com - ${PS[1][0]}`, PS[1][1], PS[1][2], PS[1][3]),
    html: html(
      `<title>${HD[1]} Halaman all - Kompas.com</title>${om('og:title', HD[1])}${nm('content_PublishedDate', '2026-08-03 14:05:00')}${om('article:published_time', '2026-08-03T14:05:00Z')}${ld({ '@type': 'NewsArticle', headline: HD[1], datePublished: '2026-08-03T14:05:00Z', dateModified: '2026-08-03T14:05:00Z', publisher: { '@type': 'Organization', name: 'Kompas.com' } })}`,
      `<div class="header"><div class="logo">KOMPAS.com</div><div class="nav"><a>News</a> <a>Regional</a> <a>Nasional</a> <a>Megapolitan</a></div></div>
<div class="container"><div class="col-bs10-7"><div class="breadcrumb"><a>Home</a> <a>Regional</a> <a>Jawa Tengah</a></div><h1 class="read__title">${HD[1]}</h1><div class="read__time">Kompas.com - 03/08/2026, 14:05 WIB</div><div class="read__credit"><div class="credit-title-name"><h6>Penulis Riska Farasonalia</h6></div><div class="credit-title-name"><h6>Editor Ardi Priyatno Utomo</h6></div></div>
<div class="read__content"><div class="clearfix"><p><strong>SEMARANG, KOMPAS.com</strong> - ${PS[1][0]}</p><p>${PS[1][1]}</p><p><strong>Baca juga: <a>Trans Semarang Buka Rute Baru ke Bandara</a></strong></p><p>${PS[1][2]}</p><p>${PS[1][3]}</p></div></div>
<div class="read__tagging"><a>Trans Semarang</a></div></div>
<div class="col-bs10-3"><div class="most"><h3>Terpopuler</h3><div class="most__item"><a>Tol Semarang–Demak Dibuka</a><div class="most__date">02/08/2026, 09:15 WIB</div></div></div></div></div>
<div class="footer">Copyright 2008 - 2026 PT. Kompas Cyber Media</div>`,
    ),
  },
  // 3. Tribunjogja: " - Tribunjogja.com" in og:title and <title>; "Baca juga" lines inside the text;
  //    the byline "Senin, 3 Agustus 2026 14:05"; a meta in +07:00; "(Tribunjogja.com/…)" credit.
  {
    name: 'tribun jogja site in og title',
    url: 'https://jogja.tribunnews.com/2026/08/03/harga-cabai-rawit-di-pasar-beringharjo-tembus-rp80000-per-kilogram',
    title: HD[2],
    published: '2026-08-03T14:05+07:00',
    text: j(`TRIBUNJOGJA.COM, YOGYA - ${PS[2][0]}`, PS[2][1], PS[2][2], PS[2][3]),
    html: html(
      `<title>${HD[2]} - Tribunjogja.com</title>${om('og:title', `${HD[2]} - Tribunjogja.com`)}${om('og:site_name', 'Tribunjogja.com')}${om('article:published_time', '2026-08-03T14:05:00+07:00')}${ld({ '@type': 'NewsArticle', headline: `${HD[2]} - Tribunjogja.com`, datePublished: '2026-08-03T14:05:00+07:00' })}`,
      `<div id="header"><div class="logo">Tribunjogja.com</div><ul class="menu"><li><a>Home</a></li><li><a>Jogja</a></li><li><a>Sleman</a></li><li><a>Bantul</a></li></ul></div>
<div class="main"><div id="article"><div class="breadcrumb"><a>Home</a> » <a>Jogja</a></div><h1 id="arttitle">${HD[2]}</h1><div class="mt10"><div class="credit"><a>Penulis: Christi Mahatma Wardhani</a> | <a>Editor: Gaya Lufityanti</a></div><time class="grey">Senin, 3 Agustus 2026 14:05</time></div>
<div class="side-article txt-article multi-fontsize"><p><strong>TRIBUNJOGJA.COM, YOGYA</strong> - ${PS[2][0]}</p><p>${PS[2][1]}</p><p><strong>Baca juga: <a>Harga Bawang Merah di Yogyakarta Turun</a></strong></p><p>${PS[2][2]}</p><p>${PS[2][3]}</p></div>
<div class="tagcloud3"><h5>Tags:</h5><a>cabai rawit</a> <a>Pasar Beringharjo</a></div></div>
<div class="lsi"><h3>Berita Populer</h3><ul><li><a>Jadwal KRL Jogja–Solo Hari Ini</a><time>Minggu, 2 Agustus 2026 07:00</time></li></ul></div></div>
<div id="footer">Copyright © 2026 Tribunjogja.com</div>`,
    ),
  },
  // 4. Antara regional (Mataram, WITA): the dateline "Mataram (ANTARA) -", the byline "Senin, 3 Agustus
  //    2026 14:05 WIB" on an outlet that prints WIB everywhere, related items "2 jam lalu", the
  //    reporter/editor line and the copyright line after the text.
  {
    name: 'antara ntb byline wib',
    url: 'https://mataram.antaranews.com/berita/412345/ribuan-warga-ikuti-kirab-budaya-hari-jadi-kota-mataram',
    title: HD[3],
    published: '2026-08-03T14:05+07:00',
    text: j(`Mataram (ANTARA) - ${PS[3][0]}`, PS[3][1], PS[3][2], PS[3][3]),
    html: html(
      `<title>${HD[3]} - ANTARA News Mataram</title>${om('og:title', HD[3])}${om('article:published_time', '2026-08-03T14:05:00+07:00')}`,
      `<header><div class="logo">ANTARA News Mataram</div><nav><a>Terkini</a> <a>NTB</a> <a>Lombok</a> <a>Sumbawa</a> <a>Foto</a></nav></header>
<div class="container"><div class="col-md-8"><div class="post-header"><h1 class="post-title">${HD[3]}</h1><p class="text-muted"><span class="article-date">Senin, 3 Agustus 2026 14:05 WIB</span></p></div>
<div class="post-content clearfix"><p>Mataram (ANTARA) - ${PS[3][0]}</p><p>${PS[3][1]}</p><p>${PS[3][2]}</p><p>${PS[3][3]}</p><p class="text-muted small">Pewarta: Nur Imansyah<br>Editor: Riza Fahriza</p><p class="text-muted small">COPYRIGHT © ANTARA 2026</p></div></div>
<div class="col-md-4"><div class="widget"><h3>Berita Terkait</h3><ul><li><a>Pawai Ogoh-ogoh Mataram Digelar Pekan Depan</a> <span class="text-muted">2 jam lalu</span></li><li><a>Wali Kota Mataram Resmikan Taman Kota</a> <span class="text-muted">5 jam lalu</span></li></ul></div></div></div>
<footer>ANTARA News Mataram © 2026</footer>`,
    ),
  },
  // 5. Suara.com: "Senin, 03 Agustus 2026 | 14:05 WIB", a correct UTC JSON-LD, "Baca Juga" inside, an
  //    "Ikuti kami" line and tags.
  {
    name: 'suara utc json-ld pipe byline',
    url: 'https://jateng.suara.com/read/2026/08/03/140500/pemprov-jateng-buka-pendaftaran-sekolah-gratis-sma-negeri',
    title: HD[4],
    published: '2026-08-03T14:05+07:00',
    text: j(`SuaraJawaTengah.id - ${PS[4][0]}`, PS[4][1], PS[4][2], PS[4][3]),
    html: html(
      `<title>${HD[4]}</title>${om('og:title', HD[4])}${ld({ '@type': 'NewsArticle', headline: HD[4], datePublished: '2026-08-03T07:05:00+00:00', dateModified: '2026-08-03T07:20:00+00:00' })}`,
      `<div class="header"><div class="logo">SuaraJawaTengah.id</div><div class="menu"><a>News</a> <a>Semarang</a> <a>Solo</a> <a>Bisnis</a></div></div>
<div class="wrapper"><div class="detail"><div class="breadcrumb"><a>Home</a> <a>News</a></div><h1>${HD[4]}</h1><div class="writer"><span>Ronald Seger Prabowo</span></div><div class="date-article"><span>Senin, 03 Agustus 2026 | 14:05 WIB</span></div>
<article class="detail-content"><p><strong>SuaraJawaTengah.id</strong> - ${PS[4][0]}</p><p>${PS[4][1]}</p><p>Baca Juga: <a>PPDB Jateng Dibuka, Ini Jadwal Lengkapnya</a></p><p>${PS[4][2]}</p><p>${PS[4][3]}</p></article>
<div class="tag-header"><span>Tag</span><a>sekolah gratis</a></div></div>
<div class="sidebar"><h3>Terkini</h3><div class="item"><a>Jalan Pantura Rembang Diperbaiki</a><span>Senin, 03 Agustus 2026 | 13:40 WIB</span></div></div></div>
<div class="footer">© 2026 Suara.com - All Rights Reserved.</div>`,
    ),
  },
  // 6. Liputan6: "Diterbitkan 03 Agustus 2026, 14:05 WIB" then "Diperbarui 03 Agustus 2026, 16:30 WIB";
  //    the meta published and modified times; a "Simak video pilihan berikut ini:" line.
  {
    name: 'liputan6 diterbitkan diperbarui',
    url: 'https://www.liputan6.com/regional/read/6012345/dua-jembatan-putus-diterjang-banjir-akses-ke-desa-terpencil-di-garut-lumpuh',
    title: HD[5],
    published: '2026-08-03T14:05+07:00',
    text: j(`Liputan6.com, Garut - ${PS[5][0]}`, PS[5][1], PS[5][2], PS[5][3]),
    html: html(
      `<title>${HD[5]} - Regional Liputan6.com</title>${om('og:title', HD[5])}${om('article:published_time', '2026-08-03T14:05:00+07:00')}${om('article:modified_time', '2026-08-03T16:30:00+07:00')}`,
      `<header class="navbar"><div class="logo">Liputan6.com</div><nav><a>News</a> <a>Regional</a> <a>Bisnis</a> <a>Bola</a></nav></header>
<div class="main"><article class="read-page--header"><h1 class="read-page--header--title entry-title">${HD[5]}</h1><div class="read-page--header--author"><a class="read-page--header--author__link"><span class="read-page--header--author__name">Jayadi Supriadin</span></a></div><p class="read-page--header--author__datetime-wrapper"><span>Diterbitkan <time class="read-page--header--author__datetime updated" datetime="2026-08-03 14:05:00">03 Agustus 2026, 14:05 WIB</time></span> <span class="read-page--header--author__modified-time">Diperbarui 03 Agustus 2026, 16:30 WIB</span></p></article>
<div class="article-content-body__item-content"><p><b>Liputan6.com, Garut</b> - ${PS[5][0]}</p><p>${PS[5][1]}</p><p>${PS[5][2]}</p><p>${PS[5][3]}</p><p><strong>Simak video pilihan berikut ini:</strong></p></div>
<div class="tags--snippet"><a>banjir garut</a></div>
<div class="related"><h3>Artikel Selanjutnya</h3><a>Longsor Tutup Jalan Garut–Pameungpeuk</a> <time>02 Agu 2026, 19:00 WIB</time></div></div>
<footer>Copyright © 2026 Liputan6.com, KLY KapanLagi Youniverse</footer>`,
    ),
  },
  // 7. JPNN: " - JPNN.com" in the <title>, a zone-less pubdate meta, the byline "Senin, 03 Agustus 2026
  //    – 14:05 WIB", "Jpnn.com, SUKABUMI -" and a "Baca Juga:" list, the "(mcr/jpnn)" mark.
  {
    name: 'jpnn zone-less pubdate',
    url: 'https://www.jpnn.com/news/menteri-pupr-tinjau-bendungan-yang-jebol-di-sukabumi',
    title: HD[6],
    published: '2026-08-03T14:05+07:00',
    text: j(`jpnn.com, SUKABUMI - ${PS[6][0]}`, PS[6][1], PS[6][2], PS[6][3], '(mcr27/jpnn)'),
    html: html(
      `<title>${HD[6]} - JPNN.com</title>${om('og:title', HD[6])}${nm('pubdate', '2026-08-03 14:05:00')}`,
      `<div class="header"><div class="logo">JPNN.com</div><div class="menu"><a>Nasional</a> <a>Politik</a> <a>Daerah</a> <a>Ekonomi</a></div></div>
<div class="page"><div class="content"><h1>${HD[6]}</h1><div class="date">Senin, 03 Agustus 2026 – 14:05 WIB</div><div class="author">Penulis: Mcr27 | Editor: Budi</div>
<div class="page-content"><p><strong>jpnn.com, SUKABUMI</strong> - ${PS[6][0]}</p><p>${PS[6][1]}</p><div class="baca-juga"><strong>BACA JUGA:</strong> <a>Banjir Sukabumi, 300 Rumah Terendam</a></div><p>${PS[6][2]}</p><p>${PS[6][3]}</p><p>(mcr27/jpnn)</p></div>
<div class="tag"><a>Menteri PUPR</a></div></div>
<div class="sidebar"><div class="terpopuler"><h3>Terpopuler</h3><a>Presiden Resmikan Tol Baru</a><span>Minggu, 02 Agustus 2026 – 20:10 WIB</span></div></div></div>
<div class="footer">© 2026 JPNN.com</div>`,
    ),
  },
  // 8. A Kompas-style live report: the start in JSON-LD LiveBlogPosting and meta, the byline with the
  //    start and "Diperbarui 16:40 WIB", entries newest first each with its own time line.
  {
    name: 'live report several update times',
    url: 'https://regional.kompas.com/live/2026/08/03/live-update-banjir-bandang-kota-batu',
    title: HD[7],
    published: '2026-08-03T09:00+07:00',
    text: j(...LIVE.flatMap(([t, s]) => [t, s])),
    html: html(
      `<title>${HD[7]} - Kompas.com</title>${om('og:title', HD[7])}${om('article:published_time', '2026-08-03T09:00:00+07:00')}${om('article:modified_time', '2026-08-03T16:40:00+07:00')}${ld({ '@type': 'LiveBlogPosting', headline: HD[7], datePublished: '2026-08-03T09:00:00+07:00', dateModified: '2026-08-03T16:40:00+07:00', coverageStartTime: '2026-08-03T09:00:00+07:00' })}`,
      `<div class="header"><div class="logo">KOMPAS.com</div><div class="nav"><a>News</a> <a>Regional</a></div></div>
<div class="container"><h1 class="read__title">${HD[7]}</h1><div class="read__time">Kompas.com - 03/08/2026, 09:00 WIB</div><div class="live__update">Diperbarui 03/08/2026, 16:40 WIB</div>
<div class="live__list">${LIVE.map(([t, s]) => `<div class="live__item"><div class="live__time">${t}</div><div class="live__text"><p>${s}</p></div></div>`).join('\n')}</div>
<div class="most"><h3>Terpopuler</h3><div class="most__item"><a>Jalur Batu–Malang Ditutup</a><div class="most__date">03/08/2026, 08:10 WIB</div></div></div></div>
<div class="footer">Copyright 2008 - 2026 PT. Kompas Cyber Media</div>`,
    ),
  },
  // 9. A WordPress Jannah theme: only "3 jam yang lalu" shown, the Yoast meta in UTC (+00:00), a
  //    related block with "2 hari yang lalu", a breaking-news ticker above the headline.
  {
    name: 'jannah relative only utc meta',
    url: 'https://www.medanbisnisdaily.id/wali-kota-medan-larang-asn-gunakan-mobil-dinas-untuk-mudik/',
    title: HD[8],
    published: '2026-12-02T10:12+07:00',
    text: j(`MEDAN – ${PS[8][0]}`, PS[8][1], PS[8][2], PS[8][3]),
    html: html(
      `<title>${HD[8]} - Medan Bisnis Daily</title>${om('og:title', `${HD[8]} - Medan Bisnis Daily`)}${om('article:published_time', '2026-12-02T03:12:47+00:00')}${om('article:modified_time', '2026-12-02T03:30:02+00:00')}${ld({ '@graph': [{ '@type': 'Article', headline: HD[8], datePublished: '2026-12-02T03:12:47+00:00', dateModified: '2026-12-02T03:30:02+00:00' }, { '@type': 'WebSite', name: 'Medan Bisnis Daily' }] })}`,
      `<div id="tie-wrapper"><nav id="top-nav"><div class="topbar-today-date">Rabu, Desember 2, 2026</div><div class="breaking"><span class="breaking-title">Terkini</span><ul><li><a>Banjir Rob Rendam Belawan</a></li></ul></div></nav><header id="theme-header"><div class="logo">Medan Bisnis Daily</div><nav id="main-nav"><a>Medan</a> <a>Sumut</a> <a>Ekonomi</a></nav></header>
<div id="content"><article id="the-post" class="post-content"><header class="entry-header-outer"><nav id="breadcrumb"><a>Beranda</a> <em>/</em> <a>Medan</a></nav><div class="entry-header"><h1 class="post-title entry-title">${HD[8]}</h1><div class="post-meta"><span class="meta-author"><a>Redaksi</a></span><span class="date meta-item tie-icon">3 jam yang lalu</span><span class="meta-views meta-item">1.204</span></div></div></header>
<div class="entry-content entry clearfix"><p><strong>MEDAN</strong> – ${PS[8][0]}</p><p>${PS[8][1]}</p><p>${PS[8][2]}</p><p>${PS[8][3]}</p></div>
<div class="post-bottom-meta post-bottom-tags"><span class="tagcloud"><a>ASN</a> <a>mudik</a></span></div></article>
<div id="related-posts" class="container-wrapper"><div class="mag-box-title"><h3>Artikel terkait</h3></div><div class="related-item"><h3 class="post-title"><a>Pemkot Medan Siapkan Posko Nataru</a></h3><div class="post-meta"><span class="date meta-item tie-icon">2 hari yang lalu</span></div></div></div></div>
<footer id="footer"><div class="copyright">© Copyright 2026, All Rights Reserved</div></footer></div>`,
    ),
  },
  // 10. tagDiv Newspaper: today's date in the top bar, the publication in `entry-date updated
  //     td-module-date` with only the day shown, a popular block with <time>s a month off, the author box.
  {
    name: 'newspaper theme date-only entry-date',
    url: 'https://www.kabarsleman.id/pemkab-sleman-bagikan-5-000-bibit-pohon-untuk-cegah-longsor/',
    title: HD[9],
    published: '2026-12-02T13:25+07:00',
    text: j(`SLEMAN – ${PS[9][0]}`, PS[9][1], PS[9][2], PS[9][3]),
    html: html(
      `<title>${HD[9]} | Kabar Sleman</title>${om('og:title', HD[9])}${om('article:published_time', '2026-12-02T13:25:10+07:00')}`,
      `<div class="td-header-wrap"><div class="td-header-top-menu"><div class="td_data_time">Kamis, Desember 3, 2026</div></div><div class="td-header-menu-wrap"><div class="td-logo">Kabar Sleman</div><ul class="sf-menu"><li><a>Berita</a></li><li><a>Pemerintahan</a></li><li><a>Wisata</a></li></ul></div></div>
<div class="td-main-content-wrap"><div class="td-ss-main-content"><article class="post"><div class="td-post-header"><ul class="td-category"><li><a>Pemerintahan</a></li></ul><header class="td-post-title"><h1 class="entry-title">${HD[9]}</h1><div class="td-module-meta-info"><div class="td-post-author-name"><span>Oleh</span> <a>Admin</a></div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-02T13:25:10+07:00">Desember 2, 2026</time></span><div class="td-post-views"><span>312</span></div></div></header></div>
<div class="td-post-content tagdiv-type"><p><strong>SLEMAN</strong> – ${PS[9][0]}</p><p>${PS[9][1]}</p><p>${PS[9][2]}</p><p>${PS[9][3]}</p></div>
<div class="author-box-wrap"><div class="td-author-name"><a>Admin</a></div><div class="td-author-description">Redaksi Kabar Sleman</div></div></article></div>
<div class="td-pb-span4 td-main-sidebar"><div class="td_block_wrap td_block_popular"><h4 class="block-title">Populer</h4><div class="td_module_6"><h3 class="entry-title"><a>Festival Kuliner Sleman Digelar</a></h3><time class="entry-date updated td-module-date" datetime="2026-11-02T09:00:00+07:00">November 2, 2026</time></div></div></div></div>
<div class="td-footer-wrapper"><div class="td-sub-footer-copy">© Kabar Sleman 2026</div></div>`,
    ),
  },
];
