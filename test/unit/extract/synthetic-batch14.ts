// Fourteenth batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// AFTER batch 13's fixes (at 324e8f5) and BEFORE the extractor was run on them: the untouched
// estimate, run once at the end and not tuned on. Outlets and shapes no earlier batch has: Bisnis.com,
// a Pikiran Rakyat network page, a Manado outlet with the time in its own span, Serambinews, Katadata
// with a correct UTC meta, a Ternate outlet whose meta labels the WIT clock +07:00, a pemprov portal,
// a CNN "FOTO:" gallery, an OpenSID village site, Tirto, Harian Jogja with today's date in the top
// bar, a Yoast page showing only "2 hari yang lalu" whose UTC datePublished falls on the previous day
// in UTC. The prose is invented.
// First and only run (2026-12-03, at 3bb5a79, `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch14.test.ts`): 12 pages, body token-F1 mean 0.997 (worst 0.961: the Pikiran
// Rakyat page kept the "Sumber: Dishub Kota Bandung" line printed after the page switcher), titles
// 12/12, dates 12/12. Left untouched: no fix was made for it.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

const EKSPOR = [
  'Nilai ekspor kopi Indonesia sepanjang Januari hingga Oktober 2026 naik 18 persen dibanding periode yang sama tahun lalu.',
  'Kenaikan terutama didorong permintaan dari Eropa dan Timur Tengah, sementara harga kopi robusta di pasar internasional masih bertahan tinggi.',
  'Kementerian Perdagangan menyebut Lampung, Sumatra Selatan, dan Bengkulu sebagai penyumbang terbesar volume ekspor kopi nasional.',
  'Asosiasi eksportir meminta pemerintah membantu petani meremajakan tanaman agar produktivitas tidak turun dalam lima tahun mendatang.',
];
const ANGKOT = [
  'Pemerintah Kota Bandung akan mengganti 200 angkutan kota tua dengan bus listrik berukuran sedang mulai tahun depan.',
  'Sopir angkot yang kendaraannya diganti akan direkrut sebagai pengemudi bus dengan gaji bulanan dan jaminan sosial.',
  'Dinas Perhubungan menyiapkan lima koridor awal yang menghubungkan terminal dengan kawasan perkantoran dan kampus.',
];
const MANADO = [
  'Gelombang tinggi hingga tiga meter membuat kapal penumpang rute Manado–Sangihe tidak berlayar selama dua hari.',
  'Ratusan penumpang tertahan di Pelabuhan Manado dan sebagian memilih menginap di ruang tunggu pelabuhan.',
  'Syahbandar meminta pemilik kapal menunggu pemberitahuan cuaca dari BMKG sebelum kembali memberangkatkan kapal.',
];
const ACEH = [
  'Pemerintah Aceh menyalurkan bantuan beras dan lauk pauk kepada 3.400 keluarga korban banjir di Kabupaten Aceh Utara.',
  'Bantuan diangkut menggunakan truk dan perahu karena sebagian jalan desa masih tergenang hingga setinggi pinggang orang dewasa.',
  'Kepala Dinas Sosial Aceh mengatakan stok bantuan di gudang provinsi masih cukup untuk dua pekan ke depan.',
];
const BATUBARA = [
  'Produksi batu bara nasional hingga akhir November 2026 tercatat 742 juta ton atau melampaui target tahunan yang ditetapkan pemerintah.',
  'Kementerian Energi dan Sumber Daya Mineral menyebut sebagian besar produksi diserap pasar ekspor, terutama India dan China.',
  'Pemerintah akan mengevaluasi kuota produksi tahun depan dengan mempertimbangkan kebutuhan pembangkit listrik di dalam negeri.',
];
const TERNATE = [
  'Gunung Gamalama di Kota Ternate kembali mengeluarkan abu vulkanik setinggi 600 meter di atas puncak pada Rabu sore.',
  'Hujan abu tipis dilaporkan turun di beberapa kelurahan di sisi barat gunung, namun aktivitas warga masih berjalan normal.',
  'Pos Pengamatan Gunung Api Gamalama meminta warga tidak beraktivitas dalam radius 1,5 kilometer dari kawah.',
];
const STUNTING = [
  'Pemerintah Provinsi Jawa Tengah menargetkan prevalensi stunting turun di bawah 14 persen pada akhir tahun depan.',
  'Gubernur meminta bupati dan wali kota memperkuat posyandu serta memastikan pemberian makanan tambahan tepat sasaran.',
  'Data dinas kesehatan menunjukkan prevalensi stunting di Jawa Tengah turun dari 20,8 persen menjadi 17,1 persen dalam dua tahun.',
];
const DESA = [
  'Pemerintah Desa Sukamaju menggelar musyawarah desa untuk menetapkan prioritas penggunaan dana desa tahun anggaran 2027.',
  'Musyawarah dihadiri perangkat desa, Badan Permusyawaratan Desa, ketua RT dan RW, serta perwakilan kelompok tani dan PKK.',
  'Pembangunan jalan usaha tani dan perbaikan saluran irigasi disepakati menjadi prioritas utama tahun depan.',
];
const JOGJA = [
  'Jumlah wisatawan yang berkunjung ke Malioboro selama libur panjang akhir pekan diperkirakan mencapai 40.000 orang per hari.',
  'Unit Pelaksana Teknis Pengelolaan Kawasan Cagar Budaya menambah petugas kebersihan dan pengamanan di sepanjang kawasan pedestrian.',
  'Pengunjung diimbau memarkir kendaraan di kantong parkir resmi karena jalan di sekitar Malioboro diberlakukan sistem satu arah.',
];
const KERETA = [
  'KAI Commuter memperpanjang jam operasional KRL Yogyakarta–Solo hingga pukul 22.00 WIB selama libur akhir tahun.',
  'Perpanjangan jam operasional dilakukan untuk mengurai kepadatan penumpang di Stasiun Tugu dan Stasiun Solo Balapan.',
  'Penumpang diminta menggunakan kartu uang elektronik atau aplikasi untuk mempercepat proses masuk stasiun.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer class="site-footer"><ul><li><a>Tentang Kami</a></li><li><a>Redaksi</a></li><li><a>Pedoman Media Siber</a></li><li><a>Disclaimer</a></li></ul><p>Copyright © 2026 ${n}</p></footer>`;

const HEKS = 'Ekspor Kopi Indonesia Naik 18 Persen hingga Oktober 2026';
const HANG = 'Bandung Ganti 200 Angkot Tua dengan Bus Listrik Mulai Tahun Depan';
const HMDO = 'Gelombang Tinggi, Kapal Manado-Sangihe Batal Berlayar Dua Hari';
const HACEH = 'Pemerintah Aceh Salurkan Bantuan untuk 3.400 Keluarga Korban Banjir Aceh Utara';
const HBB = 'Produksi Batu Bara Tembus 742 Juta Ton, Lampaui Target';
const HTER = 'Gunung Gamalama Kembali Semburkan Abu Setinggi 600 Meter';
const HSTU = 'Jateng Targetkan Stunting di Bawah 14 Persen Tahun Depan';
const HDESA = 'Musyawarah Desa Sukamaju Tetapkan Prioritas Dana Desa 2027';
const HJOG = 'Libur Panjang, Malioboro Diserbu 40.000 Wisatawan per Hari';
const HKRL = 'KRL Jogja-Solo Beroperasi hingga Pukul 22.00 Selama Libur Akhir Tahun';

export const BATCH14_PAGES: BatchPage[] = [
  // 1. Bisnis.com: "Bisnis.com, JAKARTA -" lead, "02 Desember 2026 | 14:32", the closing "Simak berita
  //    lainnya" line, a section and the outlet in the <title>.
  {
    name: 'bisnis.com',
    url: 'https://ekonomi.bisnis.com/read/20261202/12/1934567/ekspor-kopi-indonesia-naik-18-persen-hingga-oktober-2026',
    title: HEKS,
    published: '2026-12-02T14:32+07:00',
    text: j(`Bisnis.com, JAKARTA - ${EKSPOR[0]}`, EKSPOR[1], EKSPOR[2], EKSPOR[3]),
    html: html(
      `<title>${HEKS} | Ekonomi - Bisnis.com</title>${om('og:title', HEKS)}${om('og:site_name', 'Bisnis.com')}${om('article:published_time', '2026-12-02T14:32:00+07:00')}`,
      `<div class="header"><a class="logo">Bisnis.com</a><ul><li>Ekonomi</li><li>Finansial</li><li>Market</li></ul></div><div class="detailsContent"><div class="breadcrumb"><a>Home</a> / <a>Ekonomi</a></div><h1 class="detailsTitleCaption">${HEKS}</h1>
<div class="detailsAuthor"><a>Rahmi Yati</a></div><div class="detailsAttributeDates">02 Desember 2026 | 14:32</div>
<article class="detailsContent force-17 mt40"><p><strong>Bisnis.com, JAKARTA</strong> - ${EKSPOR[0]}</p><p>${EKSPOR[1]}</p><div class="baca-juga-box"><h6>Baca Juga :</h6><ul><li><a>Harga Kopi Robusta Dunia Cetak Rekor</a></li></ul></div><p>${EKSPOR[2]}</p><p>${EKSPOR[3]}</p>
<p>Simak berita lainnya seputar topik artikel ini, di sini:</p><ul class="topik"><li><a>ekspor kopi</a></li></ul></article>
<div class="editor">Editor : Feni Freycinetia Fitriani</div></div>${FOOT('Bisnis Indonesia')}`,
    ),
  },
  // 2. Pikiran Rakyat network: "PIKIRAN RAKYAT - " lead, og:title with "- Pikiran-Rakyat.com", the JSON-LD
  //    date, "2 Desember 2026, 11:47 WIB", the page switcher and "Baca Juga:".
  {
    name: 'pikiran rakyat network',
    url: 'https://www.pikiran-rakyat.com/bandung-raya/pr-019876543/bandung-ganti-200-angkot-tua-dengan-bus-listrik-mulai-tahun-depan',
    title: HANG,
    published: '2026-12-02T11:47+07:00',
    text: j(`PIKIRAN RAKYAT - ${ANGKOT[0]}`, ANGKOT[1], ANGKOT[2]),
    html: html(
      `<title>${HANG} - Pikiran-Rakyat.com</title>${om('og:title', `${HANG} - Pikiran-Rakyat.com`)}${om('og:site_name', 'Pikiran-Rakyat.com')}${ld({ '@type': 'NewsArticle', headline: HANG, datePublished: '2026-12-02T11:47:00+07:00', dateModified: '2026-12-02T11:52:00+07:00', author: { '@type': 'Person', name: 'Novianti Nurulliah' } })}`,
      `<div class="header">Pikiran Rakyat</div><div class="container"><div class="read__header"><h1 class="read__title">${HANG}</h1><div class="read__info"><div class="read__info__author">Novianti Nurulliah</div><div class="read__info__date">- 2 Desember 2026, 11:47 WIB</div></div></div>
<div class="read__content"><p><strong>PIKIRAN RAKYAT</strong> - ${ANGKOT[0]}</p><p>${ANGKOT[1]}</p><p><strong>Baca Juga: <a>Tarif Trans Metro Pasundan Tetap Rp4.900</a></strong></p><p>${ANGKOT[2]}</p></div>
<div class="paging"><span>Halaman:</span> <a class="active">1</a> <a>2</a></div><div class="read__source">Sumber: Dishub Kota Bandung</div><div class="most"><h3>Terpopuler</h3><a>Jadwal SIM Keliling Bandung Hari Ini</a></div></div>${FOOT('Pikiran Rakyat Media Network')}`,
    ),
  },
  // 3. A Manado outlet: the date and the time in separate spans ("Rabu, 2 Desember 2026" · "09.10
  //    Wita"), dateModified listed before datePublished in the JSON-LD.
  {
    name: 'manado outlet date and time in separate spans',
    url: 'https://manadopost.jawapos.com/daerah/2026/12/02/gelombang-tinggi-kapal-manado-sangihe-batal-berlayar-dua-hari',
    title: HMDO,
    published: '2026-12-02T09:10+08:00',
    text: j(`MANADOPOST.ID—${MANADO[0]}`, MANADO[1], MANADO[2]),
    html: html(
      `<title>${HMDO} - Manado Post</title>${om('og:title', HMDO)}${ld({ '@type': 'NewsArticle', headline: HMDO, dateModified: '2026-12-02T13:40:00+08:00', datePublished: '2026-12-02T09:10:00+08:00' })}`,
      `<div class="header">Manado Post</div><div class="content"><h1 class="read__title">${HMDO}</h1><div class="read__info"><span class="read__author">Tim Manado Post</span> <span class="read__date">Rabu, 2 Desember 2026</span> <span class="read__hour">09.10 Wita</span></div>
<div class="read__content"><p><strong>MANADOPOST.ID</strong>—${MANADO[0]}</p><p>${MANADO[1]}</p><p>${MANADO[2]}</p></div></div>${FOOT('Manado Post')}`,
    ),
  },
  // 4. Serambinews (Tribun network, Aceh): "SERAMBINEWS.COM, BANDA ACEH -", the Tribun byline, a
  //    "Baca juga" and the closing "Artikel ini telah tayang" line.
  {
    name: 'serambinews',
    url: 'https://aceh.tribunnews.com/2026/12/02/pemerintah-aceh-salurkan-bantuan-untuk-3400-keluarga-korban-banjir-aceh-utara',
    title: HACEH,
    published: '2026-12-02T16:48+07:00',
    text: j(`SERAMBINEWS.COM, BANDA ACEH - ${ACEH[0]}`, ACEH[1], ACEH[2]),
    html: html(
      `<title>${HACEH} - Serambinews.com</title>${om('og:title', `${HACEH} - Serambinews.com`)}${om('og:site_name', 'Serambinews.com')}${om('article:published_time', '2026-12-02T16:48:27+07:00')}`,
      `<div id="header"><a class="logo">serambinews.com</a></div><div class="main"><div id="article"><h1 id="arttitle">${HACEH}</h1><div class="mt10"><div id="penulis">Penulis: Yeni Hardika | Editor: Nurul Hayati</div><time class="grey">Rabu, 2 Desember 2026 16:48 WIB</time></div>
<div class="side-article txt-article multi-fontsize"><p><strong>SERAMBINEWS.COM, BANDA ACEH</strong> - ${ACEH[0]}</p><p><strong>Baca juga: <a>Banjir Aceh Utara Meluas ke 12 Kecamatan</a></strong></p><p>${ACEH[1]}</p><p>${ACEH[2]}</p><p>Artikel ini telah tayang di Serambinews.com dengan judul ${HACEH}</p></div></div></div>${FOOT('Tribun Network')}`,
    ),
  },
  // 5. Katadata: "2 Desember 2026, 15.45", a correct UTC meta, "Katadata.co.id" in the <title>.
  {
    name: 'katadata with a correct utc meta',
    url: 'https://katadata.co.id/berita/energi/6789abcd/produksi-batu-bara-tembus-742-juta-ton-lampaui-target',
    title: HBB,
    published: '2026-12-02T15:45+07:00',
    text: j(...BATUBARA),
    html: html(
      `<title>${HBB} - Energi Katadata.co.id</title>${om('og:title', HBB)}${om('article:published_time', '2026-12-02T08:45:00Z')}${om('og:site_name', 'katadata.co.id')}`,
      `<div class="header">Katadata</div><div class="detail"><div class="detail-category"><a>Energi</a></div><h1 class="detail-title">${HBB}</h1><div class="detail-author">Oleh: Mela Syaharani</div><div class="detail-date">2 Desember 2026, 15.45</div>
<div class="detail-body">${ps(BATUBARA)}</div><div class="detail-editor">Editor: Yuliawati</div><div class="newsletter"><h4>Dapatkan informasi terkini dan terpercaya seputar ekonomi, bisnis, data, politik, dan lain-lain, langsung lewat email Anda.</h4><input type="email"></div></div>${FOOT('Katadata')}`,
    ),
  },
  // 6. A Ternate outlet: "Rabu, 02 Desember 2026 | 20:10 WIT", the meta with the WIT clock labelled +07:00.
  {
    name: 'ternate outlet meta labels WIT clock +07:00',
    url: 'https://malutpost.id/2026/12/02/gunung-gamalama-kembali-semburkan-abu-setinggi-600-meter/',
    title: HTER,
    published: '2026-12-02T20:10+09:00',
    text: j(`TERNATE – ${TERNATE[0]}`, TERNATE[1], TERNATE[2]),
    html: html(
      `<title>${HTER} | Malut Post</title>${om('og:title', HTER)}${om('article:published_time', '2026-12-02T20:10:00+07:00')}${om('og:site_name', 'Malut Post')}`,
      `<div class="header">MALUT POST</div><div class="container"><article><h1 class="entry-title">${HTER}</h1><div class="entry-meta"><span class="byline">Redaksi</span> <span class="posted-on">Rabu, 02 Desember 2026 | 20:10 WIT</span></div>
<div class="entry-content"><p>TERNATE – ${TERNATE[0]}</p><p>${TERNATE[1]}</p><p>${TERNATE[2]}</p></div></article><aside class="widget"><h3>Berita Terkini</h3><ul><li><a>Harga Cengkih di Ternate Naik</a> <span>Rabu, 02 Desember 2026 | 18:30 WIT</span></li></ul></aside></div>${FOOT('Malut Post')}`,
    ),
  },
  // 7. A pemprov portal: "Semarang –" lead, "Rabu, 2 Desember 2026 | 13:00 WIB" in a post-date span,
  //    a latest-news sidebar with dates, the office name after an en dash in the <title>.
  {
    name: 'pemprov jateng portal',
    url: 'https://jatengprov.go.id/publik/jateng-targetkan-stunting-di-bawah-14-persen-tahun-depan/',
    title: HSTU,
    published: '2026-12-02T13:00+07:00',
    text: j(`SEMARANG – ${STUNTING[0]}`, STUNTING[1], STUNTING[2]),
    html: html(
      `<title>${HSTU} – Pemerintah Provinsi Jawa Tengah</title>${om('og:title', `${HSTU} – Pemerintah Provinsi Jawa Tengah`)}`,
      `<div class="topbar"><a>PPID</a> <a>LAPOR!</a> <a>Kontak</a></div><div class="header">Pemerintah Provinsi Jawa Tengah</div><div class="main"><div class="post-single"><h1 class="post-title">${HSTU}</h1><div class="post-meta"><span class="post-date">Rabu, 2 Desember 2026 | 13:00 WIB</span> <span class="post-cat">Publik</span></div>
<div class="post-content"><p>SEMARANG – ${STUNTING[0]}</p><p>${STUNTING[1]}</p><p>${STUNTING[2]}</p></div></div><div class="sidebar"><h4>Berita Terbaru</h4><ul><li><a>Gubernur Resmikan RSUD Baru di Brebes</a><span class="post-date">Rabu, 2 Desember 2026 | 15:20 WIB</span></li><li><a>Pasar Murah Digelar di 35 Kabupaten</a><span class="post-date">Selasa, 1 Desember 2026 | 09:00 WIB</span></li></ul></div></div>${FOOT('Pemprov Jateng')}`,
    ),
  },
  // 8. CNN Indonesia photo gallery: "FOTO:" label in the <h1>, og:title and <title>; captions are the
  //    body; "CNN Indonesia | Rabu, 02 Des 2026 15:10 WIB".
  {
    name: 'cnn FOTO: gallery',
    url: 'https://www.cnnindonesia.com/nasional/20261202151000-25-1234999/foto-libur-panjang-malioboro-diserbu-wisatawan',
    title: 'FOTO: Libur Panjang, Malioboro Diserbu Wisatawan',
    published: '2026-12-02T15:10+07:00',
    text: j(
      'Wisatawan memadati kawasan pedestrian Malioboro, Yogyakarta, saat libur panjang akhir pekan, Rabu (2/12/2026).',
      'Petugas kebersihan mengangkut sampah di sepanjang jalur pedestrian yang dipenuhi pengunjung sejak pagi.',
      'Antrean kendaraan mengular di Jalan Mataram menuju kantong parkir Abu Bakar Ali.',
    ),
    html: html(
      `<title>FOTO: Libur Panjang, Malioboro Diserbu Wisatawan</title>${om('og:title', 'FOTO: Libur Panjang, Malioboro Diserbu Wisatawan')}${om('og:type', 'article')}${nm('publishdate', '2026/12/02 15:10:00')}`,
      `<div class="header">CNN Indonesia</div><div class="container"><h1 class="mb-2 text-[28px]">FOTO: Libur Panjang, Malioboro Diserbu Wisatawan</h1><div class="text-cnn_grey text-sm">CNN Indonesia | Rabu, 02 Des 2026 15:10 WIB</div>
<div class="detail-foto"><div class="slide"><img src="/m1.jpg"><p class="caption">Wisatawan memadati kawasan pedestrian Malioboro, Yogyakarta, saat libur panjang akhir pekan, Rabu (2/12/2026). (ANTARA FOTO/Hendra Nurdiyansyah)</p></div>
<div class="slide"><img src="/m2.jpg"><p class="caption">Petugas kebersihan mengangkut sampah di sepanjang jalur pedestrian yang dipenuhi pengunjung sejak pagi. (ANTARA FOTO/Hendra Nurdiyansyah)</p></div>
<div class="slide"><img src="/m3.jpg"><p class="caption">Antrean kendaraan mengular di Jalan Mataram menuju kantong parkir Abu Bakar Ali. (ANTARA FOTO/Hendra Nurdiyansyah)</p></div></div>
<div class="box-foto-lain"><h3>Foto Lainnya</h3><a>FOTO: Antrean Tiket Kereta di Stasiun Tugu</a></div></div>${FOOT('CNN Indonesia')}`,
    ),
  },
  // 9. An OpenSID village site: "Kamis, 03 Desember 2026 08:15 WIB", "Dibaca 35 Kali", a village
  //    banner <h1>, the article headline in an <h2>.
  {
    name: 'opensid village site',
    url: 'https://sukamaju-cianjur.desa.id/artikel/2026/12/3/musyawarah-desa-sukamaju-tetapkan-prioritas-dana-desa-2027',
    title: HDESA,
    published: '2026-12-03T08:15+07:00',
    text: j(...DESA),
    html: html(
      `<title>${HDESA} | Website Desa Sukamaju</title>`,
      `<div class="header"><h1 class="nama-desa">Desa Sukamaju</h1><p>Kecamatan Cugenang, Kabupaten Cianjur, Provinsi Jawa Barat</p></div><div class="menu"><a>Beranda</a><a>Profil Desa</a><a>Pemerintahan</a><a>Data Desa</a></div>
<div id="content"><div class="artikel"><h2 class="judul">${HDESA}</h2><div class="meta-artikel"><i class="fa fa-calendar"></i> Kamis, 03 Desember 2026 08:15 WIB <i class="fa fa-user"></i> Administrator <i class="fa fa-eye"></i> Dibaca 35 Kali</div>
<div class="sampul"><img src="/musdes.jpg"></div><div class="isi">${ps(DESA)}</div></div>
<div class="widget"><h3>Arsip Artikel</h3><ul><li><a>Penyaluran BLT Dana Desa Tahap IV</a> <small>28 November 2026</small></li></ul></div></div>${FOOT('Pemerintah Desa Sukamaju')}`,
    ),
  },
  // 10. Tirto: "tirto.id - " lead, "2 Desember 2026 10:05 WIB" with a "Dipublikasikan" label, JSON-LD
  //     with datePublished and dateModified, "| tirto.id" after the headline.
  {
    name: 'tirto',
    url: 'https://tirto.id/krl-jogja-solo-beroperasi-hingga-pukul-2200-selama-libur-akhir-tahun-hAbC',
    title: HKRL,
    published: '2026-12-02T10:05+07:00',
    text: j(`tirto.id - ${KERETA[0]}`, KERETA[1], KERETA[2]),
    html: html(
      `<title>${HKRL} | tirto.id</title>${om('og:title', `${HKRL} | tirto.id`)}${ld({ '@type': 'NewsArticle', headline: HKRL, datePublished: '2026-12-02T10:05:00+07:00', dateModified: '2026-12-02T12:30:00+07:00' })}`,
      `<div class="header">tirto.id</div><div class="content"><h1 class="news-title">${HKRL}</h1><div class="news-meta"><span>Penulis: Fransiskus Adryanto Pratama</span><span class="date">Dipublikasikan 2 Desember 2026 10:05 WIB</span><span>Diperbarui 2 Desember 2026 12:30 WIB</span></div>
<div class="content-text-editor"><p>tirto.id - ${KERETA[0]}</p><p>${KERETA[1]}</p><p>${KERETA[2]}</p></div><div class="editor">Editor: Bayu Septianto</div><div class="related"><h3>Baca juga artikel terkait</h3><a>Jadwal KRL Jogja-Solo Terbaru</a></div></div>${FOOT('Tirto.id')}`,
    ),
  },
  // 11. Harian Jogja: today's date in the top bar, "Penulis … | Editor …" then "Rabu, 02 Desember
  //     2026 - 13:07 WIB", og:title with "- Harianjogja.com".
  {
    name: 'harian jogja top bar today',
    url: 'https://jogjapolitan.harianjogja.com/read/2026/12/02/510/1198765/libur-panjang-malioboro-diserbu-40000-wisatawan-per-hari',
    title: HJOG,
    published: '2026-12-02T13:07+07:00',
    text: j(`Harianjogja.com, JOGJA—${JOGJA[0]}`, JOGJA[1], JOGJA[2]),
    html: html(
      `<title>${HJOG} - Harianjogja.com</title>${om('og:title', `${HJOG} - Harianjogja.com`)}`,
      `<div class="top-header"><span class="today">Kamis, 03 Desember 2026</span></div><div class="header">Harian Jogja</div><div class="content"><div class="breadcrumb"><a>Jogjapolitan</a> › <a>Jogja</a></div><h1 class="title-detail">${HJOG}</h1>
<div class="author-detail">Penulis: Sirojul Khafid | Editor: Maya Herawati</div><div class="date-detail">Rabu, 02 Desember 2026 - 13:07 WIB</div>
<div class="entry-content"><p><strong>Harianjogja.com, JOGJA</strong>—${JOGJA[0]}</p><p>${JOGJA[1]}</p><p><strong>Baca Juga: <a>Parkir Abu Bakar Ali Penuh Sejak Pagi</a></strong></p><p>${JOGJA[2]}</p></div></div>${FOOT('Harian Jogja')}`,
    ),
  },
  // 12. Yoast @graph with a UTC datePublished the evening before in UTC (05:10 WIB next day), the
  //     page showing only "2 hari yang lalu".
  {
    name: 'yoast utc previous day, relative only',
    url: 'https://jogjaupdate.com/krl-jogja-solo-beroperasi-hingga-pukul-22-00/',
    title: HKRL,
    published: '2026-12-01T05:10+07:00',
    text: j(...KERETA),
    html: html(
      `<title>${HKRL} - Jogja Update</title>${om('og:title', `${HKRL} - Jogja Update`)}${om('og:site_name', 'Jogja Update')}${ld({ '@graph': [{ '@type': 'WebSite', name: 'Jogja Update' }, { '@type': 'Article', headline: HKRL, datePublished: '2026-11-30T22:10:00+00:00', dateModified: '2026-11-30T22:10:00+00:00' }] })}`,
      `<div class="site-header">Jogja Update</div><div class="site-content"><article class="post"><h1 class="entry-title">${HKRL}</h1><div class="entry-meta"><span class="author">admin</span> <span class="posted-on">2 hari yang lalu</span></div>
<div class="entry-content">${ps(KERETA)}</div></article><aside class="widget"><h3>Terbaru</h3><ul><li><a>Tiket KA Lebaran Mulai Dijual</a> <span>1 hari yang lalu</span></li></ul></aside></div>${FOOT('Jogja Update')}`,
    ),
  },
];
