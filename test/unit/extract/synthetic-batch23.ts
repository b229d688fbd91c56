// Twenty-third batch of handwritten Indonesian pages (issue 18, branch w18-dates), written in full
// AFTER batch 22's fix (at 34ef9da) and BEFORE the extractor was run on
// them: the untouched estimate for the extractor as committed on this branch, run once, not tuned on.
// Ordinary pages of outlets no batch has had, with their whole page around the text: mistar.id
// (Medan), Haluan Kepri (a Yoast UTC @graph), Radar Tegal on Disway, Tugu Malang (a date-only byline,
// the time in JSON-LD), Telisik (Kendari, WITA), Barta1 (Manado: only "5 jam yang lalu", a JSON-LD in
// +08:00, a UTC feed), Flores Pos ("02/12/2026 | 16:45 WITA"), Titastory (Ambon, "Desember 2, 2026"),
// Wartaplus (Jayapura, WIT, a meta in +07:00 of the same instant), Indozone, and a Hulondalo photo
// gallery whose captions are the text. The prose is invented.
// First run (2026-12-04, at 34ef9da + this file; `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch23.test.ts`): 11 pages, body token-F1 mean 0.989 (worst 0.875: Wartaplus's
// last sentence "Aparat keamanan akan berjaga … hingga pukul 02.00 WIT." dropped as a date stamp —
// a rule for short lines with a time and a zone), titles 11/11, dates 11/11.
// Then tuned on, one fix (a line that ends like a sentence and has four or more lower-case words is
// never dropped as a date stamp) → 1.000 (1.000) / 11 / 11; batches 3–22 and the 23 eval pages (and
// the 6 untouched real pages) unchanged, page for page.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, om } from './page-parts.js';

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width">${head}<script async src="https://pagead2.googlesyndication.com/pagead/js/adsbygoogle.js"></script></head><body>${body}</body></html>`;
const SHARE = `<div class="sharing"><a>Facebook</a> <a>X</a> <a>WhatsApp</a> <a>Telegram</a> <a>Salin Tautan</a></div>`;
const ADS = `<div class="ads-content"><ins class="adsbygoogle" data-ad-slot="123"></ins></div>`;
const FOOT = (n: string) => `<footer class="footer"><a>Tentang Kami</a> <a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Kontak</a><p>Copyright © 2026 ${n}. All Rights Reserved.</p></footer>`;

const MEDAN = [
  'Pemerintah Kota Medan menertibkan reklame tanpa izin di sepanjang Jalan Gatot Subroto dan Jalan Sisingamangaraja.',
  'Sebanyak 46 papan reklame diturunkan karena tidak memiliki izin dan menunggak pajak lebih dari dua tahun.',
  'Kepala Badan Pendapatan Daerah Kota Medan mengatakan penertiban akan berlanjut ke kecamatan lain.',
  'Pemilik reklame diberi kesempatan mengurus izin dalam 14 hari sebelum reklame dibongkar paksa.',
];
const BATAM = [
  'Dinas Perhubungan Kota Batam menambah armada bus Trans Batam untuk rute Batam Centre–Tanjung Uncang.',
  'Penambahan lima bus baru dilakukan karena jumlah penumpang pada jam berangkat dan pulang kerja terus meningkat.',
  'Tarif bus tetap Rp4.000 untuk umum dan Rp2.000 untuk pelajar.',
  'Warga diminta memanfaatkan angkutan umum untuk mengurangi kemacetan di kawasan industri.',
];
const TEGAL = [
  'Pemerintah Kota Tegal membuka kembali Alun-alun Tegal setelah revitalisasi selama enam bulan.',
  'Alun-alun kini dilengkapi taman bermain anak, jalur pejalan kaki, dan lampu hias.',
  'Pedagang kaki lima diarahkan berjualan di kawasan kuliner yang telah disediakan di sisi barat alun-alun.',
  'Wali Kota Tegal mengajak warga ikut menjaga kebersihan dan fasilitas yang sudah dibangun.',
];
const MALANG = [
  'Dinas Pendidikan Kota Malang menyiapkan beasiswa bagi 1.500 siswa SMP dari keluarga tidak mampu.',
  'Beasiswa diberikan dalam bentuk bantuan biaya seragam, buku, dan transportasi selama satu tahun ajaran.',
  'Pendaftaran dilakukan melalui sekolah masing-masing dengan melampirkan surat keterangan tidak mampu.',
  'Dinas berharap tidak ada lagi siswa yang putus sekolah karena alasan biaya.',
];
const KENDARI = [
  'Pemerintah Kota Kendari menggelar vaksinasi rabies gratis untuk hewan peliharaan di seluruh kecamatan.',
  'Kegiatan ini dilakukan setelah ditemukan dua kasus gigitan anjing yang positif rabies pada November.',
  'Dinas Pertanian Kota Kendari menargetkan 3.000 ekor anjing dan kucing divaksin hingga akhir bulan.',
  'Warga yang digigit hewan diminta segera mencuci luka dan datang ke puskesmas terdekat.',
];
const MANADO = [
  'Pemerintah Provinsi Sulawesi Utara menyiapkan 30 kapal untuk melayani arus penumpang ke Kepulauan Sangihe dan Talaud.',
  'Penambahan kapal dilakukan menjelang Natal ketika banyak warga pulang kampung ke daerah kepulauan.',
  'Dinas Perhubungan Sulut meminta operator kapal tidak mengangkut penumpang melebihi kapasitas.',
  'Petugas gabungan akan memeriksa kelengkapan alat keselamatan di Pelabuhan Manado sebelum kapal berangkat.',
];
const FLORES = [
  'Pemerintah Kabupaten Ende memperbaiki jalan menuju Danau Kelimutu yang rusak akibat longsor.',
  'Perbaikan dikerjakan siang dan malam agar jalan kembali normal sebelum libur akhir tahun.',
  'Kepala Dinas Pariwisata Ende mengatakan kunjungan ke Kelimutu biasanya meningkat tajam pada Desember.',
  'Wisatawan diminta berhati-hati karena sebagian ruas jalan masih dalam perbaikan.',
];
const AMBON = [
  'Nelayan di Kota Ambon mengeluhkan sulitnya mendapatkan bahan bakar solar bersubsidi dalam dua pekan terakhir.',
  'Mereka harus mengantre berjam-jam di stasiun pengisian bahan bakar nelayan di kawasan Galala.',
  'Dinas Perikanan Kota Ambon berjanji berkoordinasi dengan Pertamina untuk menambah kuota solar.',
  'Nelayan berharap masalah ini segera diatasi karena musim ikan sedang berlangsung.',
];
const JAYAPURA = [
  'Pemerintah Kota Jayapura menyiapkan lima lokasi perayaan malam tahun baru yang aman bagi warga.',
  'Lokasi itu antara lain Pantai Hamadi, Taman Imbi, dan kawasan Jembatan Merah Youtefa.',
  'Wali Kota Jayapura meminta warga tidak menyalakan kembang api di permukiman padat.',
  'Aparat keamanan akan berjaga di setiap lokasi hingga pukul 02.00 WIT.',
];
const INDOZONE = [
  'Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan potensi cuaca ekstrem di sebagian besar wilayah Indonesia sepekan ke depan.',
  'Hujan lebat disertai angin kencang diperkirakan terjadi di Sumatera, Jawa, Kalimantan, dan Sulawesi.',
  'Masyarakat di daerah rawan banjir dan longsor diminta meningkatkan kewaspadaan.',
  'BMKG juga meminta nelayan tidak melaut saat gelombang tinggi.',
];
const CAP = [
  'Petani memanen jagung di Desa Molamahu, Kabupaten Gorontalo, Rabu (2/12/2026).',
  'Hasil panen jagung tahun ini diperkirakan mencapai 6 ton per hektare.',
  'Jagung hasil panen dijemur sebelum dijual ke pengepul di Kota Gorontalo.',
];

const HMDN = 'Pemkot Medan Turunkan 46 Reklame Tak Berizin';
const HBTM = 'Trans Batam Tambah Lima Bus untuk Rute Batam Centre–Tanjung Uncang';
const HTGL = 'Usai Direvitalisasi, Alun-alun Tegal Dibuka Kembali';
const HMLG = 'Disdik Kota Malang Siapkan Beasiswa untuk 1.500 Siswa SMP';
const HKDI = 'Pemkot Kendari Gelar Vaksinasi Rabies Gratis di Seluruh Kecamatan';
const HMND = 'Pemprov Sulut Siapkan 30 Kapal untuk Arus Penumpang ke Sangihe dan Talaud';
const HFLO = 'Jalan Menuju Danau Kelimutu Diperbaiki Jelang Libur Akhir Tahun';
const HAMB = 'Nelayan Ambon Keluhkan Sulitnya Mendapatkan Solar Bersubsidi';
const HJYP = 'Pemkot Jayapura Siapkan Lima Lokasi Perayaan Tahun Baru';
const HIND = 'BMKG Peringatkan Cuaca Ekstrem Sepekan ke Depan';
const HFOTO = 'FOTO: Panen Jagung di Gorontalo';

export const BATCH23_PAGES: BatchPage[] = [
  // 1. mistar.id (Medan): "Rabu, 2 Desember 2026 11:40 WIB", a meta in +07:00, "Baca Juga", tags.
  {
    name: 'mistar medan',
    url: 'https://mistar.id/news/pemkot-medan-turunkan-46-reklame-tak-berizin/',
    title: HMDN,
    published: '2026-12-02T11:40+07:00',
    text: j(`Medan, MISTAR.ID – ${MEDAN[0]}`, MEDAN[1], MEDAN[2], MEDAN[3]),
    html: html(
      `<title>${HMDN} - Mistar</title>${om('og:title', HMDN)}${om('og:site_name', 'Mistar')}${om('article:published_time', '2026-12-02T11:40:12+07:00')}`,
      `<div class="jeg_header"><div class="jeg_logo">MISTAR</div><div class="jeg_main_menu"><a>News</a> <a>Sumut</a> <a>Medan</a> <a>Olahraga</a></div></div>
<div class="jeg_main"><div class="jeg_breadcrumbs"><a>Home</a> › <a>News</a></div><div class="entry-header"><h1 class="jeg_post_title">${HMDN}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">Penulis: <a>Anita</a></div><div class="jeg_meta_date"><a>Rabu, 2 Desember 2026 11:40 WIB</a></div></div></div>${SHARE}
<div class="content-inner"><p><strong>Medan, MISTAR.ID</strong> – ${MEDAN[0]}</p><p>${MEDAN[1]}</p><p><strong>Baca Juga: <a>Pajak Reklame Medan Capai 80 Persen</a></strong></p>${ADS}<p>${MEDAN[2]}</p><p>${MEDAN[3]}</p><div class="jeg_post_tags"><span>Tags:</span> <a>reklame</a></div></div></div>${FOOT('Mistar')}`,
    ),
  },
  // 2. Haluan Kepri: "Rabu, 2 Desember 2026 - 08:20 WIB", a Yoast @graph in UTC.
  {
    name: 'haluan kepri yoast utc',
    url: 'https://www.haluankepri.com/batam/trans-batam-tambah-lima-bus-untuk-rute-batam-centre-tanjung-uncang/',
    title: HBTM,
    published: '2026-12-02T08:20+07:00',
    text: j(`BATAM (HK) – ${BATAM[0]}`, BATAM[1], BATAM[2], BATAM[3]),
    html: html(
      `<title>${HBTM} - Haluan Kepri</title>${om('og:title', HBTM)}${om('article:published_time', '2026-12-02T01:20:44+00:00')}${ld({ '@graph': [{ '@type': 'NewsArticle', headline: HBTM, datePublished: '2026-12-02T01:20:44+00:00', dateModified: '2026-12-02T01:35:00+00:00' }, { '@type': 'WebSite', name: 'Haluan Kepri' }] })}`,
      `<header><div class="logo">Haluan Kepri</div><nav><a>Batam</a> <a>Tanjungpinang</a> <a>Karimun</a> <a>Kepri</a></nav></header>
<div class="container"><article><h1 class="entry-title">${HBTM}</h1><div class="entry-meta"><span class="author">Redaksi</span> <span class="date">Rabu, 2 Desember 2026 - 08:20 WIB</span></div>${SHARE}
<div class="entry-content"><p><strong>BATAM (HK)</strong> – ${BATAM[0]}</p><p>${BATAM[1]}</p><p>${BATAM[2]}</p><p>${BATAM[3]}</p></div></article>
<aside><h3>Terpopuler</h3><a>Harga Tiket Kapal ke Tanjungpinang Naik</a><span>1 Desember 2026</span></aside></div>${FOOT('Haluan Kepri')}`,
    ),
  },
  // 3. Radar Tegal on Disway: "Rabu 02-12-2026,15:30 WIB", no machine date, pages.
  {
    name: 'radar tegal disway',
    url: 'https://radartegal.disway.id/read/687654/usai-direvitalisasi-alun-alun-tegal-dibuka-kembali',
    title: HTGL,
    published: '2026-12-02T15:30+07:00',
    text: j(`RADARTEGAL.ID - ${TEGAL[0]}`, TEGAL[1], TEGAL[2], TEGAL[3]),
    html: html(
      `<title>${HTGL}</title>${om('og:title', HTGL)}`,
      `<header><div class="logo">Radar Tegal</div><nav><a>Kota Tegal</a> <a>Kabupaten Tegal</a> <a>Brebes</a> <a>Pemalang</a></nav></header>
<div class="container"><h1 class="text-black">${HTGL}</h1><div class="post-info">Reporter: <a>Yeri Noveli</a> | Editor: <a>Zaenal Muttaqin</a> | <span>Rabu 02-12-2026,15:30 WIB</span></div>${SHARE}
<div class="post"><p><strong>RADARTEGAL.ID</strong> - ${TEGAL[0]}</p><p>${TEGAL[1]}</p><p><strong>BACA JUGA:</strong><a>PKL Alun-alun Tegal Direlokasi</a></p><p>${TEGAL[2]}</p><p>${TEGAL[3]}</p></div>
<div class="pagination-disway"><span>Halaman</span> <a class="active">1</a> <a>2</a></div>
<div class="terkini"><h3>Terkini</h3><div><a>Banjir Rob di Pantai Alam Indah</a><span>Rabu 02-12-2026,14:10 WIB</span></div></div></div>${FOOT('Radar Tegal')}`,
    ),
  },
  // 4. Tugu Malang: the byline "2 Desember 2026" (date only), the JSON-LD with the time.
  {
    name: 'tugu malang date-only byline, json-ld time',
    url: 'https://tugumalang.id/disdik-kota-malang-siapkan-beasiswa-untuk-1-500-siswa-smp/',
    title: HMLG,
    published: '2026-12-02T13:10+07:00',
    text: j(`MALANG, Tugumalang.id – ${MALANG[0]}`, MALANG[1], MALANG[2], MALANG[3]),
    html: html(
      `<title>${HMLG} - Tugu Malang</title>${om('og:title', HMLG)}${ld({ '@type': 'NewsArticle', headline: HMLG, datePublished: '2026-12-02T13:10:00+07:00', author: { '@type': 'Person', name: 'Feni Yusnia' } })}`,
      `<header><div class="logo">Tugu Malang</div><nav><a>Malang</a> <a>Batu</a> <a>Pendidikan</a> <a>Ekonomi</a></nav></header>
<div class="container"><h1 class="entry-title">${HMLG}</h1><div class="entry-meta"><span>Feni Yusnia</span> <span class="sep">·</span> <span class="date">2 Desember 2026</span></div>${SHARE}
<div class="entry-content"><p><strong>MALANG, Tugumalang.id</strong> – ${MALANG[0]}</p><p>${MALANG[1]}</p><p>${MALANG[2]}</p><p>${MALANG[3]}</p><p><em>Reporter: Feni Yusnia</em><br><em>Editor: Herlianto A</em></p></div></div>${FOOT('Tugu Malang')}`,
    ),
  },
  // 5. Telisik (Kendari, WITA): "Rabu, 2 Desember 2026 / 10:05 WITA", a meta in +08:00.
  {
    name: 'telisik wita',
    url: 'https://telisik.id/news/pemkot-kendari-gelar-vaksinasi-rabies-gratis-di-seluruh-kecamatan',
    title: HKDI,
    published: '2026-12-02T10:05+08:00',
    text: j(`KENDARI, TELISIK.ID – ${KENDARI[0]}`, KENDARI[1], KENDARI[2], KENDARI[3]),
    html: html(
      `<title>${HKDI} | Telisik.id</title>${om('og:title', HKDI)}${om('article:published_time', '2026-12-02T10:05:00+08:00')}`,
      `<header><div class="logo">Telisik</div><nav><a>Kendari</a> <a>Sultra</a> <a>Nasional</a></nav></header>
<div class="container"><h1 class="title">${HKDI}</h1><div class="meta"><span class="reporter">Reporter: Erni Yanti</span><span class="date">Rabu, 2 Desember 2026 / 10:05 WITA</span></div>${SHARE}
<div class="content"><p><strong>KENDARI, TELISIK.ID</strong> – ${KENDARI[0]}</p><p>${KENDARI[1]}</p><p>${KENDARI[2]}</p><p>${KENDARI[3]}</p></div>
<div class="berita-terkait"><h3>Berita Terkait</h3><a>Dua Warga Kendari Digigit Anjing Rabies</a><span>Senin, 23 November 2026 / 14:00 WITA</span></div></div>${FOOT('Telisik.id')}`,
    ),
  },
  // 6. Barta1 (Manado): only "5 jam yang lalu" at the headline, the JSON-LD in +08:00; a UTC feed of
  //    the same instant on the previous UTC day.
  {
    name: 'barta1 relative byline, json-ld wita, utc feed',
    url: 'https://barta1.com/2026/12/02/pemprov-sulut-siapkan-30-kapal-untuk-arus-penumpang-ke-sangihe-dan-talaud/',
    title: HMND,
    published: '2026-12-02T07:30+08:00',
    feed: '2026-12-01T23:30:00Z',
    withFeed: '2026-12-02T07:30+08:00',
    text: j(`Barta1.com, Manado – ${MANADO[0]}`, MANADO[1], MANADO[2], MANADO[3]),
    html: html(
      `<title>${HMND} - Barta1</title>${om('og:title', HMND)}${ld({ '@type': 'NewsArticle', headline: HMND, datePublished: '2026-12-02T07:30:00+08:00' })}`,
      `<header><div class="logo">Barta1</div><nav><a>Manado</a> <a>Sulut</a> <a>Nasional</a></nav></header>
<div class="container"><h1 class="post-title">${HMND}</h1><div class="post-meta"><span>Penulis: Meikel Pontolondo</span> <span class="time">5 jam yang lalu</span></div>${SHARE}
<div class="post-content"><p><strong>Barta1.com, Manado</strong> – ${MANADO[0]}</p><p>${MANADO[1]}</p><p>${MANADO[2]}</p><p>${MANADO[3]}</p></div></div>${FOOT('Barta1')}`,
    ),
  },
  // 7. Flores Pos (NTT, WITA): "Rabu, 02/12/2026 | 16:45 WITA", no machine date.
  {
    name: 'flores pos numeric wita',
    url: 'https://florespos.net/berita/jalan-menuju-danau-kelimutu-diperbaiki-jelang-libur-akhir-tahun',
    title: HFLO,
    published: '2026-12-02T16:45+08:00',
    text: j(`ENDE, FLORESPOS.net – ${FLORES[0]}`, FLORES[1], FLORES[2], FLORES[3]),
    html: html(
      `<title>${HFLO} - Flores Pos</title>${om('og:title', HFLO)}`,
      `<header><div class="logo">Flores Pos</div><nav><a>Ende</a> <a>Sikka</a> <a>Manggarai</a> <a>NTT</a></nav></header>
<div class="container"><h1 class="judul">${HFLO}</h1><div class="info"><span class="penulis">Oleh: Ansel Kaise</span> <span class="tanggal">Rabu, 02/12/2026 | 16:45 WITA</span></div>${SHARE}
<div class="isi"><p><strong>ENDE, FLORESPOS.net</strong> – ${FLORES[0]}</p><p>${FLORES[1]}</p><p>${FLORES[2]}</p><p>${FLORES[3]}</p></div></div>${FOOT('Flores Pos')}`,
    ),
  },
  // 8. Titastory (Ambon): WordPress "Desember 2, 2026" (date only), the meta in +09:00.
  {
    name: 'titastory month-first date-only, meta wit',
    url: 'https://titastory.id/nelayan-ambon-keluhkan-sulitnya-mendapatkan-solar-bersubsidi/',
    title: HAMB,
    published: '2026-12-02T12:10+09:00',
    text: j(`titastory.id, ambon – ${AMBON[0]}`, AMBON[1], AMBON[2], AMBON[3]),
    html: html(
      `<title>${HAMB} – titastory.id</title>${om('og:title', HAMB)}${om('article:published_time', '2026-12-02T12:10:00+09:00')}`,
      `<header class="site-header"><div class="site-title">titastory.id</div><nav><a>Berita</a> <a>Lingkungan</a> <a>Masyarakat Adat</a></nav></header>
<div class="site-content"><article><header class="entry-header"><h1 class="entry-title">${HAMB}</h1><div class="entry-meta"><span class="posted-on"><a><time class="entry-date published" datetime="2026-12-02T12:10:00+09:00">Desember 2, 2026</time></a></span> <span class="byline">oleh Redaksi</span></div></header>
<div class="entry-content"><p><strong>titastory.id, ambon</strong> – ${AMBON[0]}</p><p>${AMBON[1]}</p><p>${AMBON[2]}</p><p>${AMBON[3]}</p></div></article></div>${FOOT('titastory.id')}`,
    ),
  },
  // 9. Wartaplus (Jayapura, WIT): "Rabu, 2 Desember 2026 - 18:00 WIT", the meta in +07:00 of the same instant.
  {
    name: 'wartaplus wit, meta +07:00 same instant',
    url: 'https://www.wartaplus.com/read/9876/pemkot-jayapura-siapkan-lima-lokasi-perayaan-tahun-baru',
    title: HJYP,
    published: '2026-12-02T18:00+09:00',
    text: j(`JAYAPURA, wartaplus.com – ${JAYAPURA[0]}`, JAYAPURA[1], JAYAPURA[2], JAYAPURA[3]),
    html: html(
      `<title>${HJYP} | Wartaplus</title>${om('og:title', HJYP)}${om('article:published_time', '2026-12-02T16:00:00+07:00')}`,
      `<header><div class="logo">Wartaplus</div><nav><a>Jayapura</a> <a>Papua</a> <a>Nasional</a></nav></header>
<div class="container"><h1 class="title">${HJYP}</h1><div class="meta">Rabu, 2 Desember 2026 - 18:00 WIT | Redaksi</div>${SHARE}
<div class="content"><p><strong>JAYAPURA, wartaplus.com</strong> – ${JAYAPURA[0]}</p><p>${JAYAPURA[1]}</p><p>${JAYAPURA[2]}</p><p>${JAYAPURA[3]}</p></div></div>${FOOT('Wartaplus')}`,
    ),
  },
  // 10. Indozone: "Rabu, 02 Desember 2026 - 14:20 WIB", a JSON-LD, "Baca juga" and a Google News line.
  {
    name: 'indozone',
    url: 'https://www.indozone.id/news/r5Tq2k/bmkg-peringatkan-cuaca-ekstrem-sepekan-ke-depan',
    title: HIND,
    published: '2026-12-02T14:20+07:00',
    text: j(`INDOZONE.ID - ${INDOZONE[0]}`, INDOZONE[1], INDOZONE[2], INDOZONE[3]),
    html: html(
      `<title>${HIND} | Indozone News</title>${om('og:title', HIND)}${ld({ '@type': 'NewsArticle', headline: HIND, datePublished: '2026-12-02T14:20:00+07:00', dateModified: '2026-12-02T14:20:00+07:00' })}`,
      `<header><div class="logo">INDOZONE</div><nav><a>News</a> <a>Life</a> <a>Sport</a> <a>Tekno</a></nav></header>
<div class="container"><div class="article-header"><h1 class="article-title">${HIND}</h1><div class="article-meta"><span class="author">Tim Indozone</span> <span class="date">Rabu, 02 Desember 2026 - 14:20 WIB</span></div></div>${SHARE}
<div class="article-content"><p><strong>INDOZONE.ID</strong> - ${INDOZONE[0]}</p><p>${INDOZONE[1]}</p><p>Baca juga: <a>Daftar Wilayah Rawan Banjir Pekan Ini</a></p><p>${INDOZONE[2]}</p><p>${INDOZONE[3]}</p><p>Ikuti berita terkini Indozone di Google News.</p></div></div>${FOOT('Indozone')}`,
    ),
  },
  // 11. A Hulondalo photo gallery ("FOTO: …"): three slides with captions, a credit per slide.
  {
    name: 'hulondalo photo gallery',
    url: 'https://hulondalo.id/foto/panen-jagung-di-gorontalo/',
    title: HFOTO,
    published: '2026-12-02T15:00+08:00',
    text: j(...CAP),
    html: html(
      `<title>${HFOTO} - Hulondalo.id</title>${om('og:title', HFOTO)}${om('article:published_time', '2026-12-02T15:00:00+08:00')}`,
      `<header><div class="logo">Hulondalo</div><nav><a>Berita</a> <a>Foto</a> <a>Video</a></nav></header>
<div class="container"><h1 class="entry-title">${HFOTO}</h1><div class="entry-meta">Rabu, 2 Desember 2026 | 15:00 WITA</div>
<div class="gallery-photo"><div class="gal-item"><img src="/1.jpg"><p>${CAP[0]} (Foto: Hulondalo/Rahmat)</p></div><div class="gal-item"><img src="/2.jpg"><p>${CAP[1]} (Foto: Hulondalo/Rahmat)</p></div><div class="gal-item"><img src="/3.jpg"><p>${CAP[2]} (Foto: Hulondalo/Rahmat)</p></div></div>${SHARE}
<div class="foto-lainnya"><h3>Foto Lainnya</h3><a>Festival Danau Limboto</a><span>30 November 2026</span></div></div>${FOOT('Hulondalo.id')}`,
    ),
  },
];
