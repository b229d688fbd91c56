// Thirty-first batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// after batch 30's run (extractor as at f01b347) and BEFORE the extractor was run on them: date shapes
// again: the time before the date with its zone ("14:05 WIB, Senin 3 Agustus 2026"), a JSON-LD array
// without @graph, 01:30 WIB with a UTC meta on the previous UTC day, a ticker's date above the
// headline beside "Dipublikasikan …", publication and update on one line, "1 hari yang lalu" with a
// feed, seconds in the byline, a date-only <time> with the clock in the next span, a video whose
// JSON-LD uploadDate is UTC under a date-only line, "03.08.2026 14:05", "3 Agustus 2026 / 14:05 WIB",
// and titles: a kicker span inside the <h1>, an og:title cut with "…". The prose is invented.
// First run (2026-12-04 21:45 UTC, at 434dbf9, extractor as at f01b347): 12 pages, body token-F1
// mean 1.000 (worst 1.000), titles 12/12, dates 12/12. Nothing to fix.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, om } from './page-parts.js';

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="id-ID"><head><meta charset="UTF-8">${head}</head><body>${body}</body></html>`;
const SHARE = `<div class="share-buttons"><a>Facebook</a> <a>X</a> <a>WhatsApp</a></div>`;
const FOOT = (n: string) => `<footer class="footer"><a>Tentang</a> <a>Redaksi</a> <a>Pedoman Media Siber</a><p>© 2026 ${n}</p></footer>`;
const NAV = (logo: string, xs: string[]) => `<header><div class="brand">${logo}</div><nav class="nav">${xs.map((x) => `<a>${x}</a>`).join(' ')}</nav></header>`;

const H = [
  'Pemkab Pati Gelar Operasi Pasar Beras Medium',
  'Dinkes Kaltim Imbau Warga Waspadai ISPA Akibat Kabut Asap',
  'Kecelakaan Beruntun di Tol Cipali, Empat Kendaraan Ringsek',
  'Wali Kota Bogor Tinjau Perbaikan Jalan Pajajaran',
  'Pemprov Bali Batasi Pembangunan Vila di Kawasan Jatiluwih',
  'Gubernur Sumbar Lepas Kontingen Porprov',
  'Pasar Induk Kramat Jati Mulai Direvitalisasi',
  'Banjir Rob Genangi Jalan Pantura Pekalongan',
  'Warga Temanggung Gelar Tradisi Nyadran Jelang Panen Tembakau',
  'Pemkot Cimahi Buka Pelatihan Kerja Gratis bagi Pemuda',
  'Harga Tiket Kapal Cepat Batam–Tanjungpinang Naik',
  'Pemkab Jember Perbaiki 120 Sekolah Rusak Tahun Ini',
];
const P = [
  ['Pemerintah Kabupaten Pati menggelar operasi pasar beras medium di 21 kecamatan.', 'Beras dijual Rp10.500 per kilogram, lebih murah dibandingkan harga di pasar tradisional.', 'Setiap warga dapat membeli maksimal lima kilogram.'],
  ['Dinas Kesehatan Kalimantan Timur mengimbau warga mewaspadai infeksi saluran pernapasan akut akibat kabut asap.', 'Warga diminta mengenakan masker saat beraktivitas di luar ruangan.', 'Puskesmas menyiapkan layanan pemeriksaan gratis bagi warga yang mengalami gangguan pernapasan.'],
  ['Kecelakaan beruntun melibatkan empat kendaraan terjadi di Tol Cipali kilometer 150 arah Jakarta.', 'Tidak ada korban jiwa dalam kecelakaan tersebut, namun dua pengemudi mengalami luka ringan.', 'Polisi menduga kecelakaan dipicu sopir truk yang mengantuk.'],
  ['Wali Kota Bogor meninjau perbaikan Jalan Pajajaran yang rusak akibat hujan deras.', 'Perbaikan dilakukan dengan sistem buka tutup sehingga lalu lintas tetap berjalan.', 'Pemkot menargetkan perbaikan selesai dalam dua pekan.'],
  ['Pemerintah Provinsi Bali membatasi pembangunan vila di kawasan warisan budaya dunia Jatiluwih, Tabanan.', 'Pembatasan dilakukan untuk menjaga kelestarian sawah berundak dan sistem subak.', 'Pemilik lahan yang melanggar akan dikenai sanksi administratif.'],
  ['Gubernur Sumatera Barat melepas kontingen Pekan Olahraga Provinsi dari 19 kabupaten dan kota.', 'Porprov tahun ini mempertandingkan 40 cabang olahraga.', 'Gubernur berharap Porprov melahirkan atlet berprestasi untuk tingkat nasional.'],
  ['Revitalisasi Pasar Induk Kramat Jati, Jakarta Timur, mulai dikerjakan pekan ini.', 'Pedagang dipindahkan sementara ke lokasi penampungan di sisi timur pasar.', 'Revitalisasi ditargetkan rampung dalam 18 bulan.'],
  [],
  ['Warga lereng Gunung Sumbing, Kabupaten Temanggung, menggelar tradisi nyadran menjelang panen tembakau.', 'Warga membawa tenong berisi nasi dan lauk pauk ke makam leluhur untuk didoakan bersama.', 'Tradisi ini digelar setiap tahun sebagai ungkapan syukur atas hasil panen.'],
  ['Pemerintah Kota Cimahi membuka pelatihan kerja gratis bagi pemuda berusia 18 hingga 30 tahun.', 'Pelatihan meliputi menjahit, las, otomotif, dan pemasaran digital.', 'Peserta yang lulus akan mendapat sertifikat dan bantuan alat kerja.'],
  ['Harga tiket kapal cepat rute Batam–Tanjungpinang naik Rp15.000 mulai pekan depan.', 'Operator kapal beralasan kenaikan dipicu naiknya harga bahan bakar.', 'Dinas Perhubungan Kepri meminta operator tetap menjaga pelayanan.'],
  ['Pemerintah Kabupaten Jember memperbaiki 120 gedung sekolah dasar dan menengah yang rusak.', 'Perbaikan meliputi atap, lantai, dan kamar mandi siswa.', 'Dinas Pendidikan Jember memastikan kegiatan belajar tetap berjalan selama perbaikan.'],
];
const VIDEO_LEAD = 'Banjir rob menggenangi Jalan Pantura di Kota Pekalongan setinggi 30 sentimeter. Kendaraan roda dua yang melintas banyak yang mogok.';

export const BATCH31_PAGES: BatchPage[] = [
  {
    name: 'time with zone before the date',
    url: 'https://www.murianews.com/pati/pemkab-pati-gelar-operasi-pasar-beras-medium',
    title: H[0],
    published: '2026-08-03T14:05+07:00',
    text: j(`PATI – ${P[0][0]}`, P[0][1], P[0][2]),
    html: html(
      `<title>${H[0]} - Murianews</title>${om('og:title', H[0])}`,
      `${NAV('Murianews', ['Kudus', 'Pati', 'Jepara'])}<div class="container"><h1>${H[0]}</h1><div class="meta"><span class="author">Umar Hanafi</span> <span class="time">14:05 WIB, Senin 3 Agustus 2026</span></div>${SHARE}
<div class="content"><p><strong>PATI</strong> – ${P[0][0]}</p><p>${P[0][1]}</p><p>${P[0][2]}</p></div></div>${FOOT('Murianews')}`,
    ),
  },
  {
    name: 'json-ld array without graph, wita',
    url: 'https://www.kaltimpost.id/dinkes-kaltim-imbau-warga-waspadai-ispa-akibat-kabut-asap',
    title: H[1],
    published: '2026-08-03T14:05+08:00',
    text: j(`SAMARINDA – ${P[1][0]}`, P[1][1], P[1][2]),
    html: html(
      `<title>${H[1]} - Kaltim Post</title>${om('og:title', H[1])}<script type="application/ld+json">${JSON.stringify([{ '@context': 'https://schema.org', '@type': 'WebPage', name: H[1] }, { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: H[1], datePublished: '2026-08-03T14:05:00+08:00' }])}</script>`,
      `${NAV('Kaltim Post', ['Samarinda', 'Balikpapan', 'Kaltim'])}<div class="container"><h1 class="title">${H[1]}</h1><div class="date">Senin, 3 Agustus 2026 14:05 WITA</div>${SHARE}
<div class="content"><p><strong>SAMARINDA</strong> – ${P[1][0]}</p><p>${P[1][1]}</p><p>${P[1][2]}</p></div></div>${FOOT('Kaltim Post')}`,
    ),
  },
  {
    name: 'after midnight with a utc meta on the previous utc day',
    url: 'https://www.radarcirebon.com/kecelakaan-beruntun-di-tol-cipali-empat-kendaraan-ringsek',
    title: H[2],
    published: '2026-08-04T01:30+07:00',
    text: j(`MAJALENGKA – ${P[2][0]}`, P[2][1], P[2][2]),
    html: html(
      `<title>${H[2]} - Radar Cirebon</title>${om('og:title', H[2])}${om('article:published_time', '2026-08-03T18:30:00+00:00')}`,
      `${NAV('Radar Cirebon', ['Cirebon', 'Majalengka', 'Kuningan'])}<div class="container"><h1 class="entry-title">${H[2]}</h1><div class="entry-meta"><span class="date">Selasa, 4 Agustus 2026 01:30 WIB</span></div>${SHARE}
<div class="entry-content"><p><strong>MAJALENGKA</strong> – ${P[2][0]}</p><p>${P[2][1]}</p><p>${P[2][2]}</p></div></div>${FOOT('Radar Cirebon')}`,
    ),
  },
  {
    name: 'ticker date above the headline, dipublikasikan below',
    url: 'https://www.metropolitan.id/wali-kota-bogor-tinjau-perbaikan-jalan-pajajaran',
    title: H[3],
    published: '2026-08-03T14:05+07:00',
    text: j(`BOGOR – ${P[3][0]}`, P[3][1], P[3][2]),
    html: html(
      `<title>${H[3]} | Metropolitan</title>${om('og:title', H[3])}`,
      `${NAV('Metropolitan', ['Bogor', 'Depok', 'Jabar'])}<div class="ticker"><span class="ticker-label">Terkini</span><a>Pemkot Bogor Tutup Jalan Suryakencana Malam Ini</a><span class="ticker-date">Senin, 3 Agustus 2026 16:00 WIB</span></div>
<div class="container"><h1 class="headline">${H[3]}</h1><div class="byline">Dipublikasikan 3 Agustus 2026, 14:05 WIB oleh Redaksi</div>${SHARE}
<div class="content"><p><strong>BOGOR</strong> – ${P[3][0]}</p><p>${P[3][1]}</p><p>${P[3][2]}</p></div></div>${FOOT('Metropolitan')}`,
    ),
  },
  {
    name: 'publication and update on one line',
    url: 'https://www.balipost.com/news/2026/08/03/412345/pemprov-bali-batasi-pembangunan-vila',
    title: H[4],
    published: '2026-08-03T14:05+08:00',
    text: j(`DENPASAR, BALIPOST.com – ${P[4][0]}`, P[4][1], P[4][2]),
    html: html(
      `<title>${H[4]} | BALIPOST.com</title>${om('og:title', H[4])}`,
      `${NAV('BALIPOST.com', ['Bali', 'Denpasar', 'Badung'])}<div class="container"><h1 class="entry-title">${H[4]}</h1><div class="td-module-meta-info">Senin, 3 Agustus 2026 14:05 WITA | Diperbarui Senin, 3 Agustus 2026 17:20 WITA</div>${SHARE}
<div class="td-post-content"><p><strong>DENPASAR, BALIPOST.com</strong> – ${P[4][0]}</p><p>${P[4][1]}</p><p>${P[4][2]}</p></div></div>${FOOT('Bali Post')}`,
    ),
  },
  {
    name: 'one day ago with a feed',
    url: 'https://www.padangkita.com/gubernur-sumbar-lepas-kontingen-porprov/',
    title: H[5],
    published: '',
    feed: '2026-12-01T03:45:00Z',
    withFeed: '2026-12-01T10:45+07:00',
    text: j(`PADANG – ${P[5][0]}`, P[5][1], P[5][2]),
    html: html(
      `<title>${H[5]} - Padangkita</title>${om('og:title', H[5])}`,
      `${NAV('Padangkita', ['Padang', 'Sumbar', 'Olahraga'])}<div class="container"><h1 class="entry-title">${H[5]}</h1><div class="entry-meta"><span class="author">Redaksi</span> <span class="time-ago">1 hari yang lalu</span></div>${SHARE}
<div class="entry-content"><p><strong>PADANG</strong> – ${P[5][0]}</p><p>${P[5][1]}</p><p>${P[5][2]}</p></div></div>${FOOT('Padangkita')}`,
    ),
  },
  {
    name: 'seconds in the byline, kicker span in the h1',
    url: 'https://www.beritajakarta.id/read/112345/pasar-induk-kramat-jati-mulai-direvitalisasi',
    title: H[6],
    published: '2026-08-03T14:05+07:00',
    text: j(...P[6]),
    html: html(
      `<title>${H[6]} | Berita Jakarta</title>${om('og:title', H[6])}`,
      `${NAV('Berita Jakarta', ['Pemerintahan', 'Ekonomi', 'Kesehatan'])}<div class="container"><h1 class="title"><span class="kicker">Revitalisasi Pasar</span> ${H[6]}</h1><div class="date">Senin, 3 Agustus 2026 - 14:05:37 WIB</div>${SHARE}
<div class="content">${P[6].map((x) => `<p>${x}</p>`).join('')}</div></div>${FOOT('Berita Jakarta')}`,
    ),
  },
  {
    name: 'video utc upload date under a date-only line',
    url: 'https://www.inews.id/video/daerah/banjir-rob-genangi-jalan-pantura-pekalongan',
    title: H[7],
    published: '2026-08-03T14:05+07:00',
    text: VIDEO_LEAD,
    html: html(
      `<title>${H[7]} - iNews</title>${om('og:title', H[7])}${om('og:type', 'video.other')}${ld({ '@type': 'VideoObject', name: H[7], uploadDate: '2026-08-03T07:05:00Z', description: VIDEO_LEAD })}`,
      `${NAV('iNews', ['News', 'Daerah', 'Video'])}<div class="container"><div class="video-embed"><iframe src="https://www.youtube.com/embed/abc"></iframe></div><h1 class="title">${H[7]}</h1><div class="date">Senin, 3 Agustus 2026</div>
<div class="video-desc"><p>${VIDEO_LEAD}</p></div><div class="video-lain"><h3>Video Lainnya</h3><a>Jalan Pantura Batang Macet</a> <span>Minggu, 2 Agustus 2026</span></div></div>${FOOT('iNews')}`,
    ),
  },
  {
    name: 'date-only time element, clock in the next span',
    url: 'https://www.temanggungkab.go.id/berita/warga-temanggung-gelar-tradisi-nyadran-jelang-panen-tembakau',
    title: H[8],
    published: '2026-08-03T09:40+07:00',
    text: j(...P[8]),
    html: html(
      `<title>${H[8]} – Pemerintah Kabupaten Temanggung</title>${om('og:title', H[8])}`,
      `${NAV('Pemerintah Kabupaten Temanggung', ['Beranda', 'Berita', 'Layanan'])}<div class="content"><h1 class="entry-title">${H[8]}</h1><div class="entry-meta"><time datetime="2026-08-03">Senin, 3 Agustus 2026</time> <span class="jam">09:40 WIB</span> <span class="penulis">Admin Kominfo</span></div>
<div class="entry-content">${P[8].map((x) => `<p>${x}</p>`).join('')}</div></div>${FOOT('Diskominfo Temanggung')}`,
    ),
  },
  {
    name: 'dotted numeric date',
    url: 'https://www.cimahikota.go.id/berita/pemkot-cimahi-buka-pelatihan-kerja-gratis-bagi-pemuda',
    title: H[9],
    published: '2026-08-03T14:05+07:00',
    text: j(...P[9]),
    html: html(
      `<title>${H[9]} - Pemerintah Kota Cimahi</title>${om('og:title', H[9])}`,
      `${NAV('Pemerintah Kota Cimahi', ['Beranda', 'Berita', 'Layanan'])}<div class="content"><h1>${H[9]}</h1><div class="info">Diposting: 03.08.2026 14:05 | Kategori: Ketenagakerjaan</div>
<div class="isi">${P[9].map((x) => `<p>${x}</p>`).join('')}</div><div class="berita-lain"><h3>Berita Lainnya</h3><a>Cimahi Raih Penghargaan Kota Layak Anak</a> <span>28.07.2026 10:00</span></div></div>${FOOT('Pemerintah Kota Cimahi')}`,
    ),
  },
  {
    name: 'slash between date and time',
    url: 'https://www.batamnews.co.id/berita-112345-harga-tiket-kapal-cepat-batam-tanjungpinang-naik.html',
    title: H[10],
    published: '2026-08-03T14:05+07:00',
    text: j(`BATAM – ${P[10][0]}`, P[10][1], P[10][2]),
    html: html(
      `<title>${H[10]} - Batamnews</title>${om('og:title', H[10])}`,
      `${NAV('Batamnews', ['Batam', 'Kepri', 'Ekonomi'])}<div class="container"><h1 class="judul">${H[10]}</h1><div class="tanggal">3 Agustus 2026 / 14:05 WIB</div>${SHARE}
<div class="isi"><p><strong>BATAM</strong> – ${P[10][0]}</p><p>${P[10][1]}</p><p>${P[10][2]}</p></div></div>${FOOT('Batamnews')}`,
    ),
  },
  {
    name: 'og title cut with an ellipsis',
    url: 'https://www.radarjember.id/pemkab-jember-perbaiki-120-sekolah-rusak-tahun-ini',
    title: H[11],
    published: '2026-08-03T14:05+07:00',
    text: j(`JEMBER – ${P[11][0]}`, P[11][1], P[11][2]),
    html: html(
      `<title>${H[11]} - Radar Jember</title>${om('og:title', 'Pemkab Jember Perbaiki 120 Sekolah…')}${om('article:published_time', '2026-08-03T14:05:00+07:00')}`,
      `${NAV('Radar Jember', ['Jember', 'Lumajang', 'Bondowoso'])}<div class="container"><h1 class="entry-title">${H[11]}</h1><div class="entry-meta"><span class="date">Senin, 3 Agustus 2026 14:05 WIB</span></div>${SHARE}
<div class="entry-content"><p><strong>JEMBER</strong> – ${P[11][0]}</p><p>${P[11][1]}</p><p>${P[11][2]}</p></div></div>${FOOT('Radar Jember')}`,
    ),
  },
];
