// Twenty-fourth batch of handwritten Indonesian pages (issue 18, branch w18-dates), written in full
// AFTER batch 23's fix (at a745bd0) and BEFORE the extractor was run on them: the untouched estimate for
// the extractor as committed on this branch, run once, not tuned on. Ordinary pages of outlets no
// batch has had, each with a header and nav, a share bar, an ad slot, tags, a related or popular list
// with its own dates and a footer: Cakaplah (Pekanbaru), Jabar Ekspres (JNews, Yoast), Bantennews (a
// zone-less byline), Kalselpos (WITA, a UTC JSON-LD), Niaga Asia (Samarinda, a date-only byline),
// Radar Sulbar (only "3 jam lalu", a UTC feed), Mercusuar (Palu, no machine date), Inside Lombok,
// Balipuspanews and Papua Barat News (WIT). The prose is invented.
// First and only run (2026-12-04, at the commit above + this file; `PANTAU_EVAL_PRINT=1 npx vitest
// run test/unit/extract/batch24.test.ts`): 10 pages, body token-F1 mean 1.000 (worst 1.000), titles
// 10/10, dates 10/10. Left untouched: no fix was made for it.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, om } from './page-parts.js';

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">${head}<script async src="https://www.googletagmanager.com/gtag/js?id=G-1"></script></head><body>${body}</body></html>`;
const SHARE = `<div class="share-post"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Telegram</a></div>`;
const AD = `<div class="iklan"><span>ADVERTISEMENT</span><ins class="adsbygoogle"></ins></div>`;
const FOOT = (n: string) => `<footer class="site-footer"><a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Kebijakan Privasi</a> <a>Kontak</a><p>© 2026 ${n}. All Rights Reserved.</p></footer>`;
const NAV = (logo: string, items: string[]) => `<header class="header"><div class="logo">${logo}</div><nav class="menu">${items.map((x) => `<a>${x}</a>`).join(' ')}</nav></header>`;
const REL = (items: [string, string][]) => `<div class="related-post"><h3>Berita Terkait</h3>${items.map(([t, d]) => `<div class="item"><a>${t}</a><span class="date">${d}</span></div>`).join('')}</div>`;

const P1 = [
  'Pemerintah Kota Pekanbaru memperbaiki 18 titik jalan berlubang di ruas protokol menjelang libur akhir tahun.',
  'Kepala Dinas PUPR Kota Pekanbaru mengatakan perbaikan dikerjakan malam hari agar tidak mengganggu lalu lintas.',
  'Warga diminta melaporkan jalan rusak melalui kanal pengaduan resmi pemerintah kota.',
  'Perbaikan ditargetkan selesai sebelum 20 Desember.',
];
const P2 = [
  'Pemerintah Kota Bandung membuka 15 posko pengaduan layanan air bersih setelah ribuan pelanggan mengeluhkan air tidak mengalir.',
  'Direktur perusahaan daerah air minum mengatakan gangguan terjadi karena perbaikan pipa transmisi di kawasan Dago.',
  'Mobil tangki dikerahkan ke permukiman yang paling lama tidak mendapat pasokan air.',
  'Aliran air diperkirakan kembali normal dalam tiga hari.',
];
const P3 = [
  'Pemerintah Provinsi Banten menyiapkan 200 bus gratis untuk warga yang mudik pada libur Natal dan Tahun Baru.',
  'Pendaftaran dibuka secara daring mulai pekan depan dengan kuota terbatas.',
  'Bus akan diberangkatkan dari Kota Serang menuju sejumlah kota di Jawa Tengah dan Jawa Timur.',
  'Dinas Perhubungan Banten memastikan seluruh bus telah lolos uji kelaikan.',
];
const P4 = [
  'Pemerintah Kota Banjarmasin menambah jam operasional layanan kependudukan pada Sabtu selama Desember.',
  'Layanan tambahan dibuka di mal pelayanan publik untuk pembuatan KTP elektronik dan kartu keluarga.',
  'Kepala Disdukcapil Kota Banjarmasin mengatakan antrean warga meningkat menjelang akhir tahun.',
  'Warga diminta mengambil nomor antrean secara daring agar tidak menunggu lama.',
];
const P5 = [
  'Pemerintah Kota Samarinda menyiapkan 10 lokasi pasar murah menjelang Natal dan Tahun Baru.',
  'Pasar murah menjual bahan pokok dengan harga lebih rendah dibandingkan harga pasar.',
  'Setiap warga dapat membeli paling banyak dua paket bahan pokok.',
  'Kegiatan ini bekerja sama dengan Bulog dan distributor di Kalimantan Timur.',
];
const P6 = [
  'Banjir merendam puluhan rumah di Kecamatan Simboro, Kabupaten Mamuju, setelah hujan deras sejak dini hari.',
  'BPBD Mamuju mengevakuasi warga lanjut usia dan anak-anak ke lokasi yang lebih aman.',
  'Ketinggian air mencapai lutut orang dewasa di sejumlah permukiman.',
  'Warga berharap saluran drainase segera diperbaiki agar banjir tidak terulang.',
];
const P7 = [
  'Pemerintah Kota Palu memperpanjang masa tanggap darurat banjir di Kelurahan Tondo dan Layana.',
  'Perpanjangan dilakukan karena sebagian warga masih mengungsi dan rumah mereka belum bisa ditempati.',
  'Pemkot menyalurkan bantuan makanan dan perlengkapan bayi ke posko pengungsian.',
  'Tim gabungan juga membersihkan material lumpur di jalan-jalan permukiman.',
];
const P8 = [
  'Dinas Pariwisata Provinsi NTB mencatat kunjungan wisatawan ke Gili Trawangan meningkat menjelang akhir tahun.',
  'Tingkat hunian hotel dan penginapan di tiga gili diperkirakan mencapai 85 persen pada pekan terakhir Desember.',
  'Pelaku usaha wisata diminta menjaga kebersihan pantai dan keamanan wisatawan.',
  'Penyeberangan dari Pelabuhan Bangsal juga akan ditambah.',
];
const P9 = [
  'Pemerintah Kabupaten Gianyar menggelar lomba ogoh-ogoh mini bagi anak-anak sekolah dasar.',
  'Lomba ini bertujuan mengenalkan seni dan budaya Bali kepada generasi muda sejak dini.',
  'Sebanyak 64 sekolah dari tujuh kecamatan ikut serta dalam lomba tersebut.',
  'Karya terbaik akan dipamerkan di Balai Budaya Gianyar selama sepekan.',
];
const P10 = [
  'Pemerintah Provinsi Papua Barat menyalurkan bantuan alat tangkap kepada 300 nelayan di Kabupaten Manokwari.',
  'Bantuan berupa jaring, mesin perahu, dan kotak pendingin ikan diberikan kepada kelompok nelayan.',
  'Kepala Dinas Kelautan dan Perikanan Papua Barat berharap bantuan meningkatkan hasil tangkapan nelayan.',
  'Nelayan menyambut baik bantuan tersebut karena harga alat tangkap cukup mahal.',
];

const H = [
  'Pemkot Pekanbaru Perbaiki 18 Titik Jalan Berlubang Jelang Libur Akhir Tahun',
  'Air Tak Mengalir, Pemkot Bandung Buka 15 Posko Pengaduan',
  'Pemprov Banten Siapkan 200 Bus Mudik Gratis Nataru',
  'Disdukcapil Banjarmasin Buka Layanan Sabtu Selama Desember',
  'Pemkot Samarinda Siapkan 10 Lokasi Pasar Murah Jelang Nataru',
  'Banjir Rendam Puluhan Rumah di Simboro Mamuju',
  'Masa Tanggap Darurat Banjir di Palu Diperpanjang',
  'Kunjungan Wisatawan ke Gili Trawangan Meningkat Jelang Akhir Tahun',
  'Pemkab Gianyar Gelar Lomba Ogoh-ogoh Mini untuk Siswa SD',
  'Pemprov Papua Barat Salurkan Alat Tangkap untuk 300 Nelayan Manokwari',
];

const lead = (tag: string, ps: string[]) => `<p><strong>${tag}</strong> – ${ps[0]}</p><p>${ps[1]}</p>${AD}<p>${ps[2]}</p><p>${ps[3]}</p>`;
const text = (tag: string, ps: string[]) => j(`${tag} – ${ps[0]}`, ps[1], ps[2], ps[3]);

export const BATCH24_PAGES: BatchPage[] = [
  {
    name: 'cakaplah pekanbaru',
    url: 'https://www.cakaplah.com/berita/baca/98765/2026/12/02/pemkot-pekanbaru-perbaiki-18-titik-jalan-berlubang-jelang-libur-akhir-tahun',
    title: H[0],
    published: '2026-12-02T10:32+07:00',
    text: text('CAKAPLAH.COM, PEKANBARU', P1),
    html: html(
      `<title>${H[0]}</title>${om('og:title', H[0])}${om('article:published_time', '2026-12-02T10:32:00+07:00')}`,
      `${NAV('CAKAPLAH', ['Pekanbaru', 'Riau', 'Politik', 'Hukum'])}<div class="container"><h1 class="judul">${H[0]}</h1><div class="tanggal">Rabu, 02 Desember 2026 | 10:32 WIB</div><div class="penulis">Penulis: Hasbullah | Editor: Ali</div>${SHARE}
<div class="isi">${lead('CAKAPLAH.COM, PEKANBARU', P1)}</div>${REL([['Jalan Sudirman Pekanbaru Dicat Ulang', 'Selasa, 01 Desember 2026 | 15:00 WIB']])}</div>${FOOT('Cakaplah')}`,
    ),
  },
  {
    name: 'jabar ekspres jnews yoast',
    url: 'https://jabarekspres.com/berita/2026/12/02/air-tak-mengalir-pemkot-bandung-buka-15-posko-pengaduan/',
    title: H[1],
    published: '2026-12-02T09:15+07:00',
    text: text('JABAR EKSPRES', P2),
    html: html(
      `<title>${H[1]} - Jabar Ekspres</title>${om('og:title', `${H[1]} - Jabar Ekspres`)}${ld({ '@graph': [{ '@type': 'NewsArticle', headline: H[1], datePublished: '2026-12-02T09:15:00+07:00', dateModified: '2026-12-02T09:40:00+07:00' }, { '@type': 'WebSite', name: 'Jabar Ekspres' }] })}`,
      `<div class="jeg_header">${NAV('Jabar Ekspres', ['Bandung', 'Jabar', 'Nasional', 'Olahraga'])}</div><div class="jeg_main"><div class="entry-header"><h1 class="jeg_post_title">${H[1]}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">Oleh <a>Sandi Nugraha</a></div><div class="jeg_meta_date"><a>Rabu, 2 Desember 2026 – 09:15 WIB</a></div></div></div>${SHARE}
<div class="content-inner">${lead('JABAR EKSPRES', P2)}<div class="jeg_post_tags"><span>Tags:</span> <a>PDAM</a></div></div>${REL([['Pipa PDAM Bocor di Dago', '1 Desember 2026']])}</div>${FOOT('Jabar Ekspres')}`,
    ),
  },
  {
    name: 'bantennews zone-less byline',
    url: 'https://www.bantennews.co.id/pemprov-banten-siapkan-200-bus-mudik-gratis-nataru/',
    title: H[2],
    published: '2026-12-02T13:00+07:00',
    text: text('SERANG', P3),
    html: html(
      `<title>${H[2]} - BantenNews.co.id</title>${om('og:title', H[2])}${om('article:published_time', '2026-12-02T13:00:00+07:00')}`,
      `${NAV('BantenNews', ['Serang', 'Cilegon', 'Tangerang', 'Lebak'])}<div class="container"><h1 class="entry-title">${H[2]}</h1><div class="entry-meta"><span class="author">Mahyadi</span> <span class="date">Rabu, 2 Desember 2026 | 13:00</span></div>${SHARE}
<div class="entry-content">${lead('SERANG', P3)}</div>${REL([['Terminal Pakupatan Siap Layani Pemudik', 'Selasa, 1 Desember 2026 | 10:00']])}</div>${FOOT('BantenNews')}`,
    ),
  },
  {
    name: 'kalselpos wita utc json-ld',
    url: 'https://kalselpos.com/2026/12/02/disdukcapil-banjarmasin-buka-layanan-sabtu-selama-desember/',
    title: H[3],
    published: '2026-12-02T10:45+08:00',
    text: text('BANJARMASIN, KALSELPOS.COM', P4),
    html: html(
      `<title>${H[3]} - Kalselpos</title>${om('og:title', H[3])}${ld({ '@type': 'NewsArticle', headline: H[3], datePublished: '2026-12-02T02:45:00Z' })}`,
      `${NAV('Kalselpos', ['Banjarmasin', 'Banjarbaru', 'Kalsel', 'Nasional'])}<div class="container"><h1 class="post-title">${H[3]}</h1><div class="post-meta"><span>Redaksi</span> <span class="date">Rabu, 2 Desember 2026 - 10:45 WITA</span></div>${SHARE}
<div class="post-content">${lead('BANJARMASIN, KALSELPOS.COM', P4)}</div>${REL([['Antrean KTP-el di Banjarmasin Mengular', 'Senin, 30 November 2026 - 09:00 WITA']])}</div>${FOOT('Kalselpos')}`,
    ),
  },
  {
    name: 'niaga asia date-only byline, meta wita',
    url: 'https://www.niaga.asia/pemkot-samarinda-siapkan-10-lokasi-pasar-murah-jelang-nataru/',
    title: H[4],
    published: '2026-12-02T14:30+08:00',
    text: text('SAMARINDA.NIAGA.ASIA', P5),
    html: html(
      `<title>${H[4]} – Niaga.Asia</title>${om('og:title', H[4])}${om('article:published_time', '2026-12-02T14:30:00+08:00')}`,
      `${NAV('Niaga Asia', ['Samarinda', 'Kaltim', 'Ekonomi', 'Nusantara'])}<div class="site-content"><article><h1 class="entry-title">${H[4]}</h1><div class="entry-meta"><span class="posted-on">2 Desember 2026</span> <span class="byline">Redaksi</span></div>${SHARE}
<div class="entry-content">${lead('SAMARINDA.NIAGA.ASIA', P5)}</div></article><aside class="widget-area"><h2>Terbaru</h2><a>Harga Beras di Samarinda Stabil</a> <span>2 Desember 2026</span></aside></div>${FOOT('Niaga.Asia')}`,
    ),
  },
  {
    name: 'radar sulbar relative only, utc feed',
    url: 'https://radarsulbar.fajar.co.id/banjir-rendam-puluhan-rumah-di-simboro-mamuju/',
    title: H[5],
    published: '',
    feed: '2026-12-02T03:00:00Z',
    withFeed: '2026-12-02T10:00+07:00',
    text: text('MAMUJU', P6),
    html: html(
      `<title>${H[5]} - Radar Sulbar</title>${om('og:title', H[5])}`,
      `${NAV('Radar Sulbar', ['Mamuju', 'Majene', 'Polman', 'Sulbar'])}<div class="container"><h1 class="entry-title">${H[5]}</h1><div class="entry-meta"><span>Redaksi</span> · <span class="time">3 jam lalu</span></div>${SHARE}
<div class="entry-content">${lead('MAMUJU', P6)}</div><div class="terpopuler"><h3>Terpopuler</h3><a>Jalan Trans Sulawesi di Majene Longsor</a><span>1 hari lalu</span></div></div>${FOOT('Radar Sulbar')}`,
    ),
  },
  {
    name: 'mercusuar palu no machine date',
    url: 'https://mercusuar.web.id/berita/masa-tanggap-darurat-banjir-di-palu-diperpanjang',
    title: H[6],
    published: '2026-12-02T15:20+08:00',
    text: text('PALU, MERCUSUAR', P7),
    html: html(
      `<title>${H[6]} | Mercusuar</title>${om('og:title', H[6])}`,
      `${NAV('Mercusuar', ['Palu', 'Sigi', 'Donggala', 'Sulteng'])}<div class="container"><h1 class="title">${H[6]}</h1><div class="meta"><span class="author">Penulis: Hamdan</span> <span class="date">Rabu, 2 Desember 2026 15:20 WITA</span></div>${SHARE}
<div class="content">${lead('PALU, MERCUSUAR', P7)}</div>${REL([['Pengungsi Banjir Tondo Butuh Air Bersih', 'Selasa, 1 Desember 2026 18:10 WITA']])}</div>${FOOT('Mercusuar')}`,
    ),
  },
  {
    name: 'inside lombok wita',
    url: 'https://insidelombok.id/berita-utama/kunjungan-wisatawan-ke-gili-trawangan-meningkat-jelang-akhir-tahun/',
    title: H[7],
    published: '2026-12-02T08:40+08:00',
    text: text('Mataram (Inside Lombok)', P8),
    html: html(
      `<title>${H[7]} - Inside Lombok</title>${om('og:title', H[7])}${om('article:published_time', '2026-12-02T08:40:00+08:00')}`,
      `${NAV('Inside Lombok', ['Berita Utama', 'Mataram', 'Lombok Barat', 'Wisata'])}<div class="container"><h1 class="entry-title">${H[7]}</h1><div class="entry-meta"><span class="date">Rabu, 2 Desember 2026 - 08:40 WITA</span> <span class="author">Redaksi</span></div>${SHARE}
<div class="entry-content">${lead('Mataram (Inside Lombok)', P8)}</div>${REL([['Kapal Cepat Bali–Gili Tambah Jadwal', 'Senin, 30 November 2026 - 11:00 WITA']])}</div>${FOOT('Inside Lombok')}`,
    ),
  },
  {
    name: 'balipuspanews yoast wita',
    url: 'https://www.balipuspanews.com/pemkab-gianyar-gelar-lomba-ogoh-ogoh-mini-untuk-siswa-sd.html',
    title: H[8],
    published: '2026-12-02T17:05+08:00',
    text: text('GIANYAR, balipuspanews.com', P9),
    html: html(
      `<title>${H[8]} | Bali Puspa News</title>${om('og:title', H[8])}${ld({ '@graph': [{ '@type': 'NewsArticle', headline: H[8], datePublished: '2026-12-02T17:05:00+08:00' }, { '@type': 'WebPage', name: H[8] }] })}`,
      `${NAV('Bali Puspa News', ['Denpasar', 'Gianyar', 'Badung', 'Budaya'])}<div class="container"><h1 class="entry-title">${H[8]}</h1><div class="entry-meta"><span class="date">2 Desember 2026 | 17:05 WITA</span></div>${SHARE}
<div class="entry-content">${lead('GIANYAR, balipuspanews.com', P9)}</div>${REL([['Festival Seni Gianyar Ditutup', '30 November 2026 | 20:00 WITA']])}</div>${FOOT('Bali Puspa News')}`,
    ),
  },
  {
    name: 'papua barat news wit',
    url: 'https://papuabaratnews.co/pemprov-papua-barat-salurkan-alat-tangkap-untuk-300-nelayan-manokwari/',
    title: H[9],
    published: '2026-12-02T11:00+09:00',
    text: text('MANOKWARI, PBN', P10),
    html: html(
      `<title>${H[9]} - Papua Barat News</title>${om('og:title', H[9])}${ld({ '@type': 'NewsArticle', headline: H[9], datePublished: '2026-12-02T11:00:00+09:00' })}`,
      `${NAV('Papua Barat News', ['Manokwari', 'Sorong', 'Papua Barat', 'Nasional'])}<div class="container"><h1 class="title">${H[9]}</h1><div class="meta">Rabu, 2 Desember 2026 - 11:00 WIT</div>${SHARE}
<div class="content">${lead('MANOKWARI, PBN', P10)}</div>${REL([['Harga Ikan di Pasar Sanggeng Turun', 'Selasa, 1 Desember 2026 - 16:00 WIT']])}</div>${FOOT('Papua Barat News')}`,
    ),
  },
];
