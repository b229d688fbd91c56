// Seventeenth batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// AFTER batch 16's fixes (at 697b3f9) and BEFORE the extractor was run on them: the untouched
// estimate for the extractor as committed on this branch, run once at the end, not tuned on. Half
// ordinary pages of outlets no batch has had (Jawa Pos, Radar Bogor, Riau Pos, Padang Ekspres,
// Sumeks, Akurat, rm.id with the date above the headline, Mongabay with a date-only byline and a UTC
// JSON-LD), half traps (a Banjarmasin Post page in WITA with a +07:00 meta, itemprop
// datePublished/dateModified <time>s, a left sidebar whose <time> comes first in the markup, a
// Tribun page 2, a "(Video)" suffix kept in the headline, an all-caps og:title). Invented prose.
// First and only run (2026-12-03, at 2050cb9, `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch17.test.ts`): 14 pages, body token-F1 mean 0.987 (worst 0.824: the line
// "Artikel ini terbit pertama kali pada … di Sumeks.co dengan judul yang sama." kept after the
// text; marked `miss`), titles 14/14, dates 14/14. Left untouched: no fix was made for it.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

const MUDIK = [
  'PT Jasa Marga memperkirakan 1,2 juta kendaraan meninggalkan Jakarta melalui jalan tol selama libur Natal dan Tahun Baru.',
  'Puncak arus keluar diprediksi terjadi pada 23 Desember, sedangkan arus balik diperkirakan memuncak pada 2 Januari.',
  'Pengendara diimbau mengisi saldo uang elektronik sebelum berangkat dan beristirahat di rest area secara bergantian.',
];
const BOGOR = [
  'Pemerintah Kota Bogor menertibkan puluhan pedagang kaki lima yang berjualan di trotoar Jalan Suryakencana.',
  'Penertiban dilakukan setelah warga mengeluhkan trotoar yang tidak bisa dilalui pejalan kaki pada jam sibuk.',
  'Para pedagang diarahkan berjualan di lokasi binaan yang telah disiapkan di kawasan Pasar Bogor.',
];
const ASAP = [
  'Kabut asap akibat kebakaran lahan gambut kembali menyelimuti Kota Pekanbaru sejak Selasa pagi.',
  'Jarak pandang di sejumlah ruas jalan hanya sekitar 500 meter dan kualitas udara berada pada kategori tidak sehat.',
  'Dinas Kesehatan Riau membagikan masker gratis dan meminta warga mengurangi aktivitas di luar ruangan.',
];
const RENDANG = [
  'Festival Rendang digelar di Lapangan Imam Bonjol, Kota Padang, dengan menghadirkan 200 jenis olahan rendang dari berbagai daerah di Sumatera Barat.',
  'Pengunjung dapat mencicipi rendang daging, rendang paru, hingga rendang jengkol yang dimasak langsung oleh para peserta.',
  'Wali Kota Padang berharap festival ini menjadi agenda tahunan yang menarik wisatawan ke ibu kota provinsi.',
];
const SUMSEL = [
  'Harga karet di tingkat petani di Kabupaten Musi Banyuasin naik menjadi Rp11.500 per kilogram dalam sepekan terakhir.',
  'Kenaikan harga disambut gembira petani yang selama dua tahun terakhir mengeluhkan rendahnya harga karet.',
  'Dinas Perkebunan Sumatera Selatan meminta petani menjaga mutu bahan olah karet agar harga tetap bersaing.',
];
const DPR = [
  'Komisi X DPR meminta pemerintah menambah kuota beasiswa bagi mahasiswa dari keluarga kurang mampu tahun depan.',
  'Permintaan itu disampaikan dalam rapat kerja dengan Menteri Pendidikan Tinggi di Kompleks Parlemen, Senayan.',
  'Pemerintah menyatakan akan mengkaji penambahan kuota sesuai kemampuan anggaran negara.',
];
const HUTAN = [
  'Deforestasi di Kalimantan Tengah sepanjang tahun ini tercatat menurun dibanding tahun lalu, menurut analisis citra satelit.',
  'Namun, pembukaan hutan untuk perkebunan dan tambang masih terjadi di sejumlah kabupaten di bagian utara provinsi.',
  'Pegiat lingkungan meminta pemerintah daerah memperketat pengawasan izin dan melibatkan masyarakat adat.',
];
const BJM = [
  'Pemerintah Kota Banjarmasin memperpanjang jam operasional bus Trans Banjarbakula hingga pukul 21.00 Wita.',
  'Perpanjangan dilakukan menyusul permintaan pekerja yang pulang malam dan kesulitan mendapatkan angkutan umum.',
  'Dinas Perhubungan juga menambah tiga armada bus untuk melayani koridor Banjarmasin–Banjarbaru.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer><div class="f-nav"><a>Tentang Kami</a> <a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Iklan</a></div><p>Copyright © 2026 ${n}</p></footer>`;

const HMUD = 'Jasa Marga Prediksi 1,2 Juta Kendaraan Tinggalkan Jakarta saat Libur Nataru';
const HBGR = 'Puluhan PKL di Trotoar Suryakencana Bogor Ditertibkan';
const HASAP = 'Kabut Asap Kembali Selimuti Pekanbaru, Kualitas Udara Tidak Sehat';
const HREN = 'Festival Rendang di Padang Hadirkan 200 Jenis Olahan';
const HKAR = 'Harga Karet di Muba Naik Jadi Rp11.500 per Kilogram';
const HDPR = 'Komisi X DPR Minta Kuota Beasiswa Mahasiswa Kurang Mampu Ditambah';
const HHUT = 'Deforestasi di Kalimantan Tengah Menurun, Pembukaan Hutan Masih Terjadi';
const HBJM = 'Bus Trans Banjarbakula Kini Beroperasi hingga Pukul 21.00 Wita';

export const BATCH17_PAGES: BatchPage[] = [
  // 1. Jawa Pos: "JawaPos.com – " lead, "Rabu, 2 Desember 2026 | 15.40 WIB", JSON-LD in +07:00.
  {
    name: 'jawa pos',
    url: 'https://www.jawapos.com/nasional/015678901/jasa-marga-prediksi-12-juta-kendaraan-tinggalkan-jakarta-saat-libur-nataru',
    title: HMUD,
    published: '2026-12-02T15:40+07:00',
    text: j(`JawaPos.com – ${MUDIK[0]}`, MUDIK[1], MUDIK[2]),
    html: html(
      `<title>${HMUD} - Jawa Pos</title>${om('og:title', HMUD)}${om('og:site_name', 'Jawa Pos')}${ld({ '@type': 'NewsArticle', headline: HMUD, datePublished: '2026-12-02T15:40:00+07:00', dateModified: '2026-12-02T15:55:00+07:00' })}`,
      `<div class="header">JawaPos.com</div><div class="container"><div class="read__header"><h1 class="read__title">${HMUD}</h1><div class="read__info"><span class="read__info__author">Ferlynda Putri</span> <span class="read__info__date">Rabu, 2 Desember 2026 | 15.40 WIB</span></div></div>
<div class="read__content"><p><strong>JawaPos.com</strong> – ${MUDIK[0]}</p><p>${MUDIK[1]}</p><p><strong>Baca Juga: <a>Tarif Tol Trans Jawa Naik Januari</a></strong></p><p>${MUDIK[2]}</p></div><div class="read__tag"><a>libur nataru</a></div></div>${FOOT('Jawa Pos')}`,
    ),
  },
  // 2. Radar Bogor: "RADARBOGOR.ID –" lead, the date "Rabu, 2 Desember 2026, 10:05 WIB" after the
  //    author, the editor line after the text.
  {
    name: 'radar bogor',
    url: 'https://www.radarbogor.id/2026/12/02/puluhan-pkl-di-trotoar-suryakencana-bogor-ditertibkan/',
    title: HBGR,
    published: '2026-12-02T10:05+07:00',
    text: j(`RADARBOGOR.ID – ${BOGOR[0]}`, BOGOR[1], BOGOR[2]),
    html: html(
      `<title>${HBGR} | Radar Bogor</title>${om('og:title', HBGR)}${om('og:site_name', 'Radar Bogor')}${om('article:published_time', '2026-12-02T10:05:18+07:00')}`,
      `<div class="jeg_header">Radar Bogor</div><div class="jeg_main"><div class="entry-header"><h1 class="jeg_post_title">${HBGR}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">Reporter: Dede Supriadi</div><div class="jeg_meta_date">Rabu, 2 Desember 2026, 10:05 WIB</div></div></div>
<div class="content-inner"><p><strong>RADARBOGOR.ID</strong> – ${BOGOR[0]}</p><p>${BOGOR[1]}</p><p>${BOGOR[2]}</p><p>Editor: Yosep</p></div></div>${FOOT('Radar Bogor')}`,
    ),
  },
  // 3. Riau Pos: "RIAUPOS.CO (PEKANBARU) –", the date and the time in one span without a zone
  //    ("2 Desember 2026 - 09:12"), an all-caps og:title.
  {
    name: 'riau pos all-caps og:title',
    url: 'https://riaupos.jawapos.com/pekanbaru/2026/12/02/kabut-asap-kembali-selimuti-pekanbaru-kualitas-udara-tidak-sehat',
    title: HASAP,
    published: '2026-12-02T09:12+07:00',
    text: j(`RIAUPOS.CO (PEKANBARU) – ${ASAP[0]}`, ASAP[1], ASAP[2]),
    html: html(
      `<title>${HASAP} - Riau Pos</title>${om('og:title', HASAP.toUpperCase())}`,
      `<div class="header">Riau Pos</div><div class="content"><h1 class="title">${HASAP}</h1><div class="meta"><span class="author">Sofiah</span> <span class="date">2 Desember 2026 - 09:12</span></div>
<div class="content-text"><p><strong>RIAUPOS.CO (PEKANBARU)</strong> – ${ASAP[0]}</p><p>${ASAP[1]}</p><p>${ASAP[2]}</p></div></div>${FOOT('Riau Pos')}`,
    ),
  },
  // 4. Padang Ekspres: "PADEK.JAWAPOS.COM—" lead, "Rabu, 02 Desember 2026 - 20:15 WIB", a
  //    photo caption above the text.
  {
    name: 'padang ekspres',
    url: 'https://padek.jawapos.com/padang/02/12/2026/festival-rendang-di-padang-hadirkan-200-jenis-olahan/',
    title: HREN,
    published: '2026-12-02T20:15+07:00',
    text: j(`PADEK.JAWAPOS.COM—${RENDANG[0]}`, RENDANG[1], RENDANG[2]),
    html: html(
      `<title>${HREN} - Padang Ekspres</title>${om('og:title', HREN)}`,
      `<div class="header">Padang Ekspres</div><div class="content"><h1 class="entry-title">${HREN}</h1><div class="entry-meta">Rabu, 02 Desember 2026 - 20:15 WIB</div>
<figure><img src="/rendang.jpg"><figcaption>Pengunjung mencicipi rendang di Lapangan Imam Bonjol. (IST)</figcaption></figure>
<div class="entry-content"><p><strong>PADEK.JAWAPOS.COM</strong>—${RENDANG[0]}</p><p>${RENDANG[1]}</p><p>${RENDANG[2]}</p></div></div>${FOOT('Padang Ekspres')}`,
    ),
  },
  // 5. Sumeks: "Rabu 2 Desember 2026, 10:11 WIB" after the author, "SUMEKS.CO -" lead.
  {
    name: 'sumeks',
    url: 'https://sumeks.co/read/2026/12/02/harga-karet-di-muba-naik-jadi-rp11500-per-kilogram',
    title: HKAR,
    published: '2026-12-02T10:11+07:00',
    text: j(`SUMEKS.CO - ${SUMSEL[0]}`, SUMSEL[1], SUMSEL[2]),
    html: html(
      `<title>${HKAR} | Sumeks.co</title>${om('og:title', HKAR)}`,
      `<div class="header">SUMEKS</div><div class="content"><h1 class="judul">${HKAR}</h1><div class="penulis">Reporter: Edi Sumeks · Rabu 2 Desember 2026, 10:11 WIB</div>
<div class="isi"><p><strong>SUMEKS.CO</strong> - ${SUMSEL[0]}</p><p>${SUMSEL[1]}</p><p>${SUMSEL[2]}</p></div></div>${FOOT('Sumeks')}`,
    ),
  },
  // 6. Akurat: "Rabu, 02 Desember 2026 13:44 WIB | dibaca 1.204 kali", itemprop <time>s for the
  //    publication and the update.
  {
    name: 'akurat itemprop times',
    url: 'https://www.akurat.co/politik/1306789/komisi-x-dpr-minta-kuota-beasiswa-mahasiswa-kurang-mampu-ditambah',
    title: HDPR,
    published: '2026-12-02T13:44+07:00',
    text: j(`AKURAT.CO ${DPR[0]}`, DPR[1], DPR[2]),
    html: html(
      `<title>${HDPR} - Akurat</title>${om('og:title', HDPR)}`,
      `<div class="header">AKURAT.CO</div><div class="content"><h1 class="title">${HDPR}</h1><div class="info"><time itemprop="dateModified" datetime="2026-12-02T18:02:00+07:00"></time><time itemprop="datePublished" datetime="2026-12-02T13:44:00+07:00">Rabu, 02 Desember 2026 13:44 WIB</time> | dibaca 1.204 kali</div>
<div class="text"><p><strong>AKURAT.CO</strong> ${DPR[0]}</p><p>${DPR[1]}</p><p>${DPR[2]}</p></div></div>${FOOT('Akurat')}`,
    ),
  },
  // 7. rm.id: the date above the headline ("Rabu, 2 Desember 2026 11:25 WIB"), "RM.id  Rakyat
  //    Merdeka -" lead.
  {
    name: 'rm.id date above the headline',
    url: 'https://rm.id/baca-berita/parlemen/198765/komisi-x-dpr-minta-kuota-beasiswa-mahasiswa-kurang-mampu-ditambah',
    title: HDPR,
    published: '2026-12-02T11:25+07:00',
    text: j(`RM.id Rakyat Merdeka - ${DPR[0]}`, DPR[1], DPR[2]),
    html: html(
      `<title>${HDPR} - RM.id</title>${om('og:title', HDPR)}`,
      `<div class="header">RM.id</div><div class="content"><div class="kategori"><a>Parlemen</a></div><div class="tanggal">Rabu, 2 Desember 2026 11:25 WIB</div><h1 class="judul">${HDPR}</h1><div class="penulis">Laporan: Ujang Sunda · Editor: Firsty</div>
<div class="isi"><p><strong>RM.id Rakyat Merdeka</strong> - ${DPR[0]}</p><p>${DPR[1]}</p><p>${DPR[2]}</p></div></div>${FOOT('Rakyat Merdeka')}`,
    ),
  },
  // 8. Mongabay Indonesia: the byline "2 Desember 2026" (date only), the JSON-LD in UTC.
  {
    name: 'mongabay date-only byline, utc json-ld',
    url: 'https://www.mongabay.co.id/2026/12/02/deforestasi-di-kalimantan-tengah-menurun-pembukaan-hutan-masih-terjadi/',
    title: HHUT,
    published: '2026-12-02T08:00+07:00',
    text: j(...HUTAN),
    html: html(
      `<title>${HHUT} - Mongabay.co.id : Situs Berita Lingkungan</title>${om('og:title', `${HHUT} - Mongabay.co.id : Situs Berita Lingkungan`)}${ld({ '@type': 'NewsArticle', headline: HHUT, datePublished: '2026-12-02T01:00:00+00:00' })}`,
      `<div class="header">Mongabay</div><div class="single"><h1>${HHUT}</h1><div class="single-article-meta">oleh Indra Nugraha di 2 Desember 2026</div>
<div class="article-content">${ps(HUTAN)}</div></div>${FOOT('Mongabay')}`,
    ),
  },
  // 9. Banjarmasin Post (Tribun, WITA): the meta "2026-12-03T06:15:00+07:00", the byline
  //    "Kamis, 3 Desember 2026 07:15 WITA" — one instant.
  {
    name: 'banjarmasin post meta +07:00, byline WITA',
    url: 'https://banjarmasin.tribunnews.com/2026/12/03/bus-trans-banjarbakula-kini-beroperasi-hingga-pukul-2100-wita',
    title: HBJM,
    published: '2026-12-03T07:15+08:00',
    text: j(`BANJARMASINPOST.CO.ID, BANJARMASIN - ${BJM[0]}`, BJM[1], BJM[2]),
    html: html(
      `<title>${HBJM} - Banjarmasinpost.co.id</title>${om('og:title', `${HBJM} - Banjarmasinpost.co.id`)}${om('og:site_name', 'Banjarmasinpost.co.id')}${om('article:published_time', '2026-12-03T06:15:00+07:00')}`,
      `<div id="header"><a class="logo">banjarmasinpost.co.id</a></div><div class="main"><div id="article"><h1 id="arttitle">${HBJM}</h1><div class="mt10"><div id="penulis">Penulis: Muhammad Rahmadi | Editor: Hari Widodo</div><time class="grey">Kamis, 3 Desember 2026 07:15 WITA</time></div>
<div class="side-article txt-article"><p><strong>BANJARMASINPOST.CO.ID, BANJARMASIN</strong> - ${BJM[0]}</p><p>${BJM[1]}</p><p>${BJM[2]}</p></div></div></div>${FOOT('Tribun Network')}`,
    ),
  },
  // 10. A left sidebar ahead of the article in the markup, its first item with a <time datetime>;
  //     the article's byline "Rabu, 2 Desember 2026 10:30 WIB"; no meta.
  {
    name: 'left sidebar time first in the markup',
    url: 'https://kabarbogor.id/berita/puluhan-pkl-di-trotoar-suryakencana-bogor-ditertibkan',
    title: HBGR,
    published: '2026-12-02T10:30+07:00',
    text: j(...BOGOR),
    html: html(
      `<title>${HBGR} - Kabar Bogor</title>${om('og:title', HBGR)}`,
      `<div class="header">Kabar Bogor</div><div class="layout"><aside class="col-left"><h3>Terkini</h3><ul><li><a>Jalan Pajajaran Macet Parah</a> <time datetime="2026-12-02T16:10:00+07:00">16.10</time></li><li><a>Kebun Raya Tambah Jam Buka</a> <time datetime="2026-12-02T15:00:00+07:00">15.00</time></li></ul></aside>
<main class="col-main"><h1 class="post-title">${HBGR}</h1><div class="post-meta">Rabu, 2 Desember 2026 10:30 WIB · Redaksi</div><div class="post-body">${ps(BOGOR)}</div></main></div>${FOOT('Kabar Bogor')}`,
    ),
  },
  // 11. Tribun page 2 (?page=2): "Halaman 2" in the <title>, the byline repeated, the page's text only.
  {
    name: 'tribun page 2',
    url: 'https://pekanbaru.tribunnews.com/2026/12/02/kabut-asap-kembali-selimuti-pekanbaru-kualitas-udara-tidak-sehat?page=2',
    title: HASAP,
    published: '2026-12-02T08:37+07:00',
    text: j(ASAP[2], 'Warga yang mengalami sesak napas diminta segera memeriksakan diri ke puskesmas terdekat.'),
    html: html(
      `<title>${HASAP} Halaman 2 - Tribunpekanbaru.com</title>${om('og:title', `${HASAP} - Tribunpekanbaru.com`)}${om('og:site_name', 'Tribunpekanbaru.com')}${om('article:published_time', '2026-12-02T08:37:52+07:00')}`,
      `<div id="header"><a class="logo">tribunpekanbaru.com</a></div><div class="main"><div id="article"><h1 id="arttitle">${HASAP}</h1><div class="mt10"><div id="penulis">Penulis: Fernando Sihombing | Editor: Sesri</div><time class="grey">Rabu, 2 Desember 2026 08:37 WIB</time></div>
<div class="side-article txt-article"><p>${ASAP[2]}</p><p>Warga yang mengalami sesak napas diminta segera memeriksakan diri ke puskesmas terdekat.</p></div><div class="paging"><a>Sebelumnya</a> <a>1</a> <a class="active">2</a></div></div></div>${FOOT('Tribun Network')}`,
    ),
  },
  // 12. A "(Video)" suffix in the <h1> and og:title, kept as part of the headline; a short lead.
  {
    name: '(Video) suffix in the headline',
    url: 'https://www.harianhaluan.com/news/detik-detik-kabut-asap-selimuti-pekanbaru-video',
    title: 'Detik-detik Kabut Asap Selimuti Pekanbaru (Video)',
    published: '2026-12-02T17:05+07:00',
    text: 'Kabut asap tebal menyelimuti jalan-jalan utama di Kota Pekanbaru. Jarak pandang hanya sekitar 500 meter.',
    html: html(
      `<title>Detik-detik Kabut Asap Selimuti Pekanbaru (Video) - Harian Haluan</title>${om('og:title', 'Detik-detik Kabut Asap Selimuti Pekanbaru (Video)')}${om('og:type', 'video.other')}${om('article:published_time', '2026-12-02T17:05:00+07:00')}`,
      `<div class="header">Harian Haluan</div><div class="content"><div class="video"><iframe src="https://www.youtube.com/embed/hh123"></iframe></div><h1 class="title">Detik-detik Kabut Asap Selimuti Pekanbaru (Video)</h1><div class="date">Rabu, 2 Desember 2026 | 17:05 WIB</div>
<div class="desc"><p>Kabut asap tebal menyelimuti jalan-jalan utama di Kota Pekanbaru. Jarak pandang hanya sekitar 500 meter.</p></div><div class="video-lain"><h3>Video Lainnya</h3><a><h4>Banjir Rendam Padang Utara (Video)</h4></a></div></div>${FOOT('Harian Haluan')}`,
    ),
  },
  // 13. A pemkot Banjarmasin portal: "Diposting pada 03 Desember 2026 | 08:40 Wita", today's date
  //     and the time in the header.
  {
    name: 'pemkot banjarmasin header clock',
    url: 'https://banjarmasinkota.go.id/berita/bus-trans-banjarbakula-kini-beroperasi-hingga-pukul-2100-wita',
    title: HBJM,
    published: '2026-12-03T08:40+08:00',
    text: j(...BJM),
    html: html(
      `<title>${HBJM} - Pemerintah Kota Banjarmasin</title>${nm('description', BJM[0])}`,
      `<div class="header"><div class="clock">Kamis, 03 Desember 2026 | 09:12 Wita</div><div class="logo">Pemerintah Kota Banjarmasin</div></div><div class="content"><h1 class="entry-title">${HBJM}</h1><div class="entry-meta">Diposting pada 03 Desember 2026 | 08:40 Wita · Diskominfotik</div>
<div class="entry-content">${ps(BJM)}</div></div>${FOOT('Pemkot Banjarmasin')}`,
    ),
  },
  // 14. A Sumeks-like page with the date inside a sentence-long credit line after the text
  //     ("Artikel ini terbit pertama kali pada Rabu, 2 Desember 2026 pukul 07.30 WIB di …"), the
  //     byline "Rabu, 2 Desember 2026 09:02 WIB" at the headline (this copy's publication).
  {
    name: 'first-published line after the text',
    miss: ['body'],
    url: 'https://palpos.disway.id/read/2026/12/02/harga-karet-di-muba-naik-jadi-rp11500-per-kilogram',
    title: HKAR,
    published: '2026-12-02T09:02+07:00',
    text: j(`PALPOS.ID - ${SUMSEL[0]}`, SUMSEL[1], SUMSEL[2]),
    html: html(
      `<title>${HKAR} - Palpos</title>${om('og:title', HKAR)}`,
      `<div class="header">Palembang Pos</div><div class="content"><h1 class="text-black">${HKAR}</h1><div class="date-post">Rabu, 2 Desember 2026 09:02 WIB</div>
<div class="post"><p><strong>PALPOS.ID</strong> - ${SUMSEL[0]}</p><p>${SUMSEL[1]}</p><p>${SUMSEL[2]}</p><p class="source">Artikel ini terbit pertama kali pada Rabu, 2 Desember 2026 pukul 07.30 WIB di Sumeks.co dengan judul yang sama.</p></div></div>${FOOT('Palembang Pos')}`,
    ),
  },
];
