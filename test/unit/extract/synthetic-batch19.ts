// Nineteenth batch of handwritten Indonesian pages (issue 18, branch w18-dates), written in full
// AFTER batch 18's fixes (at d7bb860) and BEFORE the extractor was run on them: the untouched
// estimate for the extractor as committed on this branch, run once, not tuned on. Ordinary article
// pages of outlets no batch has had, with their whole page around the text (nav, breadcrumbs,
// share bars, ads, "Baca Juga", tags, related and popular lists with their own dates, comments,
// footers, the JSON-LD, meta and app data they emit): Batam Pos (a date-only JNews byline, the
// time in the meta), Rakyat Bengkulu, AJNN (Aceh), jatimnow, Kedaulatan Rakyat, apahabar (Next.js,
// WITA, __NEXT_DATA__ and JSON-LD in UTC), Palopo Pos (WITA, the URL's date, a feed in UTC), Radar
// Bali (WITA), Seputar Papua (WIT, "Diperbarui 2 jam lalu" beside a JSON-LD), Investor Daily,
// GenPI (a zone-less "Rabu, 02 Desember 2026 – 14:40"), VOI ("Diperbarui" printed before the
// publication), and a tvOnenews video page with a short lead. The prose is invented.
// First and only run (2026-12-04, at d7bb860 + this file; `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch19.test.ts`): 13 pages, body token-F1 mean 1.000 (worst 1.000), titles
// 13/13, dates 13/13.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script><script>window.googletag=window.googletag||{cmd:[]};</script></head><body>${body}<script src="/js/main.js"></script></body></html>`;
const SHARE = `<div class="social-share"><a class="share-facebook">Facebook</a> <a class="share-x">X</a> <a class="share-whatsapp">WhatsApp</a> <a class="share-telegram">Telegram</a> <a class="share-copy">Salin</a></div>`;
const AD = `<div class="iklan-tengah"><small>ADVERTISEMENT</small><div class="gpt-slot" id="div-gpt-ad-mid"></div></div>`;
const FOOT = (n: string) =>
  `<footer class="footer"><nav class="footer-nav"><a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Kebijakan Privasi</a> <a>Karir</a> <a>Kontak</a></nav><div class="footer-copy">Copyright © 2026 ${n}. Hak cipta dilindungi undang-undang.</div></footer>`;

const BATAM = [
  'Badan Pengusahaan Batam mulai memperbaiki pipa distribusi air bersih yang bocor di kawasan Batu Aji dan Sagulung.',
  'Perbaikan dilakukan bertahap sehingga aliran air ke sekitar 8.000 pelanggan dihentikan sementara selama 12 jam.',
  'Manajemen pengelola air meminta warga menampung air sebelum perbaikan dimulai pada Rabu malam.',
  'Mobil tangki akan disiagakan di sejumlah titik bagi warga yang membutuhkan air untuk keperluan mendesak.',
];
const BENGKULU = [
  'Gelombang tinggi hingga tiga meter membuat ratusan nelayan di Kota Bengkulu tidak melaut sejak sepekan terakhir.',
  'Para nelayan di Pelabuhan Pulau Baai memilih memperbaiki jaring dan perahu sambil menunggu cuaca membaik.',
  'Dinas Kelautan dan Perikanan Provinsi Bengkulu menyalurkan bantuan beras kepada keluarga nelayan yang terdampak.',
  'BMKG memperkirakan gelombang tinggi di perairan barat Bengkulu masih berlangsung hingga akhir pekan.',
];
const ACEH = [
  'Pemerintah Aceh menyiapkan dana Rp25 miliar untuk membangun kembali rumah warga yang rusak akibat banjir di Aceh Utara.',
  'Kepala Badan Penanggulangan Bencana Aceh mengatakan sebanyak 412 rumah rusak berat dan 1.100 rumah rusak ringan.',
  'Pendataan ulang dilakukan bersama pemerintah kabupaten agar bantuan tepat sasaran dan tidak tumpang tindih.',
  'Warga Kecamatan Lhoksukon berharap pembangunan rumah dimulai sebelum puasa Ramadan tahun depan.',
];
const SURABAYA = [
  'Pemerintah Kota Surabaya membuka 30 lokasi pendaftaran kerja bagi lulusan SMA dan SMK yang belum bekerja.',
  'Pendaftaran dibuka di kantor kelurahan dan balai RW dengan membawa KTP serta ijazah terakhir.',
  'Wali Kota Surabaya mengatakan pemkot bekerja sama dengan 120 perusahaan yang membutuhkan tenaga kerja baru.',
  'Pelatihan keterampilan juga disiapkan bagi pencari kerja yang belum memenuhi syarat perusahaan.',
];
const JOGJA = [
  'Pemerintah Daerah Istimewa Yogyakarta memperketat pengawasan penginapan tak berizin menjelang libur Natal dan Tahun Baru.',
  'Dinas Pariwisata DIY mencatat ratusan penginapan berbasis aplikasi beroperasi tanpa izin di Sleman dan Kota Yogyakarta.',
  'Pengelola yang tidak mengurus izin dalam sebulan akan dikenai sanksi penutupan sementara.',
  'Wisatawan diimbau memilih penginapan yang terdaftar agar mendapat jaminan keamanan dan layanan.',
];
const BANJAR = [
  'Pemerintah Provinsi Kalimantan Selatan menyiapkan 50 kapal cepat untuk evakuasi warga bantaran sungai saat banjir.',
  'Kepala BPBD Kalsel mengatakan kapal-kapal itu disebar di Kabupaten Banjar, Hulu Sungai Tengah, dan Tanah Laut.',
  'Sejumlah desa di sepanjang Sungai Martapura tercatat rawan tergenang setiap kali hujan deras turun lebih dari sehari.',
  'Warga diminta mengikuti informasi resmi dan tidak menunggu air tinggi sebelum mengungsi.',
];
const PALOPO = [
  'Pemerintah Kota Palopo memperbaiki 14 ruas jalan lingkungan yang rusak dengan anggaran perubahan tahun ini.',
  'Kepala Dinas Pekerjaan Umum Kota Palopo mengatakan perbaikan diprioritaskan di jalan menuju sekolah dan puskesmas.',
  'Pengerjaan ditargetkan rampung sebelum akhir Desember agar tidak terganggu musim hujan.',
  'Warga diminta melaporkan kerusakan jalan melalui aplikasi pengaduan milik pemerintah kota.',
];
const BALI = [
  'Polresta Denpasar menyiagakan 600 personel untuk mengamankan perayaan Natal dan malam pergantian tahun.',
  'Pengamanan difokuskan di gereja, pusat perbelanjaan, dan kawasan wisata di Sanur serta Jalan Gajah Mada.',
  'Kapolresta Denpasar mengatakan pihaknya juga menyiapkan pengalihan arus lalu lintas di sekitar Lapangan Puputan Badung.',
  'Masyarakat diminta melapor ke nomor darurat 110 bila melihat hal yang mencurigakan.',
];
const MIMIKA = [
  'Dinas Kesehatan Kabupaten Mimika mencatat kasus malaria meningkat sejak awal musim hujan.',
  'Sebanyak 1.240 kasus tercatat sepanjang November, naik dibanding bulan sebelumnya.',
  'Petugas membagikan kelambu berinsektisida kepada warga di distrik yang mencatat kasus terbanyak.',
  'Warga diimbau membersihkan genangan air di sekitar rumah dan segera memeriksakan diri bila demam.',
];
const BBM = [
  'Konsumsi bahan bakar minyak jenis solar bersubsidi diperkirakan naik 6 persen selama libur akhir tahun.',
  'Pertamina Patra Niaga menyiapkan tambahan stok di terminal bahan bakar di Jawa, Sumatera, dan Kalimantan.',
  'Sejumlah SPBU di jalur mudik juga akan beroperasi 24 jam dengan tambahan petugas.',
  'Pertamina meminta masyarakat membeli BBM sesuai kebutuhan dan tidak menimbun.',
];
const UMKM = [
  'Kementerian Koperasi dan UKM menargetkan 500.000 pelaku usaha mikro mendapat sertifikat halal gratis tahun depan.',
  'Program tersebut diprioritaskan bagi usaha makanan dan minuman rumahan yang belum memiliki sertifikat.',
  'Pendaftaran dapat dilakukan melalui dinas koperasi di tiap kabupaten dan kota.',
  'Pelaku usaha menyambut baik program itu karena biaya sertifikasi selama ini dianggap memberatkan.',
];
const TIMNAS = [
  'Pelatih tim nasional Indonesia memanggil 26 pemain untuk pemusatan latihan menjelang Piala AFF.',
  'Sejumlah pemain muda dari klub Liga 1 mendapat panggilan untuk pertama kalinya.',
  'Pemusatan latihan akan digelar di Jakarta selama dua pekan sebelum tim bertolak ke negara tuan rumah.',
  'PSSI berharap dukungan suporter tetap tertib selama pertandingan berlangsung.',
];
const LONGSOR_LEAD = 'Tanah longsor menutup jalan nasional penghubung Padang dan Solok di kawasan Sitinjau Lauik. Arus kendaraan sempat lumpuh selama empat jam.';

const HBTM = 'Pipa Bocor Diperbaiki, Aliran Air di Batu Aji dan Sagulung Dihentikan 12 Jam';
const HBKL = 'Gelombang Tinggi, Ratusan Nelayan Bengkulu Tidak Melaut';
const HACH = 'Pemerintah Aceh Siapkan Rp25 Miliar untuk Rumah Korban Banjir Aceh Utara';
const HSBY = 'Pemkot Surabaya Buka 30 Lokasi Pendaftaran Kerja bagi Lulusan SMA dan SMK';
const HJOG = 'Jelang Nataru, Pemda DIY Perketat Pengawasan Penginapan Tak Berizin';
const HBJR = 'Pemprov Kalsel Siapkan 50 Kapal Cepat untuk Evakuasi Banjir';
const HPLP = 'Pemkot Palopo Perbaiki 14 Ruas Jalan Lingkungan';
const HBAL = '600 Personel Disiagakan Amankan Natal dan Tahun Baru di Denpasar';
const HMIM = 'Kasus Malaria di Mimika Meningkat Sejak Awal Musim Hujan';
const HBBM = 'Konsumsi Solar Diperkirakan Naik 6 Persen Selama Libur Akhir Tahun';
const HUMK = 'Kemenkop Targetkan 500.000 Usaha Mikro Dapat Sertifikat Halal Gratis';
const HTIM = 'Jelang Piala AFF, Pelatih Timnas Panggil 26 Pemain';
const HVID = 'Longsor Tutup Jalan Padang-Solok di Sitinjau Lauik';

export const BATCH19_PAGES: BatchPage[] = [
  // 1. Batam Pos, WordPress JNews: the byline shows only "2 Desember 2026"; the time is in the meta.
  {
    name: 'batam pos date-only jnews byline',
    url: 'https://batampos.jawapos.com/batam/2026/12/02/pipa-bocor-diperbaiki-aliran-air-di-batu-aji-dan-sagulung-dihentikan-12-jam',
    title: HBTM,
    published: '2026-12-02T10:15+07:00',
    text: j(`BATAMPOS – ${BATAM[0]}`, BATAM[1], BATAM[2], BATAM[3]),
    html: html(
      `<title>${HBTM} - Batam Pos</title>${om('og:title', HBTM)}${om('og:site_name', 'Batam Pos')}${om('article:published_time', '2026-12-02T10:15:42+07:00')}${om('article:modified_time', '2026-12-02T10:20:03+07:00')}`,
      `<div class="jeg_topbar"><div class="jeg_top_date">Rabu, 2 Desember 2026</div></div><div class="jeg_header"><div class="jeg_logo">Batam Pos</div><div class="jeg_main_menu"><a>Batam</a> <a>Kepri</a> <a>Nasional</a> <a>Ekonomi</a> <a>Olahraga</a></div></div>
<div class="jeg_main"><div class="jeg_inner_content"><div class="jeg_breadcrumbs"><a>Home</a> › <a>Batam</a></div><div class="entry-header"><h1 class="jeg_post_title">${HBTM}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">Oleh <a>Yashinta</a></div><div class="jeg_meta_date"><a>2 Desember 2026</a></div><div class="jeg_meta_comment"><a>0</a></div></div></div>
${SHARE}<div class="jeg_featured"><img src="/pipa.jpg"><p class="wp-caption-text">Petugas memperbaiki pipa di Batu Aji. (Batampos/Yashinta)</p></div>
<div class="content-inner"><p><strong>BATAMPOS</strong> – ${BATAM[0]}</p><p>${BATAM[1]}</p>${AD}<p>${BATAM[2]}</p><p>${BATAM[3]}</p></div><div class="jeg_post_tags"><span>Tags:</span> <a>air bersih</a> <a>BP Batam</a></div></div>
<div class="jeg_sidebar"><div class="widget"><h3>Terpopuler</h3><div class="jeg_post"><a>Harga Tiket Feri Batam–Singapura Naik</a><div class="jeg_meta_date">1 Desember 2026</div></div></div></div></div>${FOOT('Batam Pos')}`,
    ),
  },
  // 2. Rakyat Bengkulu: "Rabu, 2 Desember 2026 - 13:05 WIB", a JSON-LD in +07:00, related list with dates.
  {
    name: 'rakyat bengkulu',
    url: 'https://rakyatbengkulu.disway.id/read/654321/gelombang-tinggi-ratusan-nelayan-bengkulu-tidak-melaut',
    title: HBKL,
    published: '2026-12-02T13:05+07:00',
    text: j(`RBO, BENGKULU - ${BENGKULU[0]}`, BENGKULU[1], BENGKULU[2], BENGKULU[3]),
    html: html(
      `<title>${HBKL}</title>${om('og:title', HBKL)}${nm('description', BENGKULU[0])}${ld({ '@type': 'NewsArticle', headline: HBKL, datePublished: '2026-12-02T13:05:00+07:00', dateModified: '2026-12-02T13:05:00+07:00', author: { '@type': 'Person', name: 'Doni Aftarizal' } })}`,
      `<header><div class="logo">Rakyat Bengkulu</div><nav><a>Home</a> <a>Kota Bengkulu</a> <a>Daerah</a> <a>Politik</a> <a>Ekonomi</a></nav></header>
<div class="container"><div class="col-md-8"><h1 class="text-black">${HBKL}</h1><div class="post-info">Reporter: <a>Doni Aftarizal</a> | Editor: <a>Riki Susanto</a> | <span>Rabu, 2 Desember 2026 - 13:05 WIB</span></div>${SHARE}
<div class="post"><p><strong>RBO, BENGKULU</strong> - ${BENGKULU[0]}</p><p>${BENGKULU[1]}</p><p><strong>BACA JUGA: <a>Harga Ikan di Pasar Panorama Melonjak</a></strong></p><p>${BENGKULU[2]}</p><p>${BENGKULU[3]}</p></div>
<div class="related"><h3>Berita Terkait</h3><a>Nelayan Kaur Terima Bantuan Mesin Perahu</a><span>Senin, 30 November 2026 - 10:20 WIB</span></div></div></div>${FOOT('Rakyat Bengkulu')}`,
    ),
  },
  // 3. AJNN (Aceh, WIB): "Rabu, 02 Desember 2026 14:25 WIB" under the headline, no machine date,
  //    comments with dates, a "Berita Lainnya" list.
  {
    name: 'ajnn aceh no machine date',
    url: 'https://www.ajnn.net/news/pemerintah-aceh-siapkan-rp25-miliar-untuk-rumah-korban-banjir-aceh-utara/index.html',
    title: HACH,
    published: '2026-12-02T14:25+07:00',
    text: j(`ACEH UTARA - ${ACEH[0]}`, ACEH[1], ACEH[2], ACEH[3]),
    html: html(
      `<title>${HACH} | AJNN.net</title>${om('og:title', HACH)}${om('og:site_name', 'AJNN.net')}`,
      `<header><div class="logo">AJNN</div><nav><a>News</a> <a>Politik</a> <a>Hukum</a> <a>Ekonomi</a> <a>Opini</a></nav></header>
<div class="container"><div class="detail"><h1 class="detail-title">${HACH}</h1><div class="detail-info"><span class="reporter">Reporter: Teuku Hendra</span><span class="detail-date">Rabu, 02 Desember 2026 14:25 WIB</span></div>${SHARE}
<div class="detail-content"><p><strong>ACEH UTARA</strong> - ${ACEH[0]}</p><p>${ACEH[1]}</p><p>${ACEH[2]}</p><p>${ACEH[3]}</p></div>
<div class="comment-box"><h4>Komentar</h4><div class="comment-item"><b>Zulfikar</b> <span>Rabu, 02 Desember 2026 15:40 WIB</span><p>Semoga cepat terealisasi.</p></div></div>
<div class="berita-lainnya"><h3>Berita Lainnya</h3><div><a>Sungai Keureuto Meluap Lagi</a><span>Selasa, 01 Desember 2026 09:00 WIB</span></div></div></div></div>${FOOT('AJNN')}`,
    ),
  },
  // 4. jatimnow: "Rabu, 02 Desember 2026 07:45 WIB", a meta in +07:00, "Baca juga" inside the text,
  //    the editor line and a Google News line after the text.
  {
    name: 'jatimnow',
    url: 'https://jatimnow.com/baca-78901-pemkot-surabaya-buka-30-lokasi-pendaftaran-kerja-bagi-lulusan-sma-dan-smk',
    title: HSBY,
    published: '2026-12-02T07:45+07:00',
    text: j(`jatimnow.com - ${SURABAYA[0]}`, SURABAYA[1], SURABAYA[2], SURABAYA[3]),
    html: html(
      `<title>${HSBY}</title>${om('og:title', HSBY)}${om('og:site_name', 'jatimnow.com')}${om('article:published_time', '2026-12-02T07:45:11+07:00')}`,
      `<header><div class="logo">jatimnow.com</div><nav><a>Surabaya</a> <a>Jatim</a> <a>Peristiwa</a> <a>Ekonomi</a> <a>Politik</a></nav></header>
<div class="container"><div class="breadcrumb"><a>Home</a> / <a>Surabaya</a></div><h1 class="title">${HSBY}</h1><div class="meta"><span class="author">Ni'am Kurniawan</span> <span class="date">Rabu, 02 Desember 2026 07:45 WIB</span></div>${SHARE}
<div class="content"><p><strong>jatimnow.com</strong> - ${SURABAYA[0]}</p><p>${SURABAYA[1]}</p><p>Baca juga: <a>Disnaker Surabaya Gelar Job Fair Akhir Tahun</a></p><p>${SURABAYA[2]}</p>${AD}<p>${SURABAYA[3]}</p><p>Editor: Narendra Bakrie</p><p>Ikuti jatimnow.com di Google News untuk berita terkini.</p></div>
<div class="terkini"><h3>Terkini</h3><div><a>Jembatan Suramadu Ditutup Sementara</a><span>08:10 WIB</span></div></div></div>${FOOT('jatimnow.com')}`,
    ),
  },
  // 5. Kedaulatan Rakyat: "Rabu, 2 Desember 2026 | 14:20 WIB", a Yoast @graph in +07:00, tags,
  //    a "Berita Terkait" with dates.
  {
    name: 'kedaulatan rakyat',
    url: 'https://www.krjogja.com/yogyakarta/1243210123/jelang-nataru-pemda-diy-perketat-pengawasan-penginapan-tak-berizin',
    title: HJOG,
    published: '2026-12-02T14:20+07:00',
    text: j(`KRjogja.com - YOGYA - ${JOGJA[0]}`, JOGJA[1], JOGJA[2], JOGJA[3]),
    html: html(
      `<title>${HJOG} - KRjogja</title>${om('og:title', HJOG)}${om('og:site_name', 'KRjogja')}${ld({ '@graph': [{ '@type': 'NewsArticle', headline: HJOG, datePublished: '2026-12-02T14:20:00+07:00', dateModified: '2026-12-02T14:35:00+07:00' }, { '@type': 'WebPage', name: HJOG }] })}`,
      `<div class="topbar">Rabu, 2 Desember 2026</div><header><div class="logo">KRjogja</div><nav><a>Yogyakarta</a> <a>Sleman</a> <a>Bantul</a> <a>Jateng</a> <a>Nasional</a> <a>Olahraga</a></nav></header>
<div class="container"><div class="article"><div class="breadcrumb"><a>Home</a> » <a>Yogyakarta</a></div><h1 class="article-title">${HJOG}</h1><div class="article-meta"><span>Penulis: Harminanto</span> | <span>Editor: Ivan Aditya</span><div class="article-date">Rabu, 2 Desember 2026 | 14:20 WIB</div></div>${SHARE}
<div class="article-body"><p><strong>KRjogja.com - YOGYA</strong> - ${JOGJA[0]}</p><p>${JOGJA[1]}</p><p>${JOGJA[2]}</p><p>${JOGJA[3]}</p></div><div class="tags"><a>#nataru</a> <a>#penginapan</a></div></div>
<div class="related"><h3>Berita Terkait</h3><div><a>Okupansi Hotel di Yogyakarta Naik</a><span>Senin, 30 November 2026 | 10:10 WIB</span></div></div></div>${FOOT('Kedaulatan Rakyat')}`,
    ),
  },
  // 6. apahabar (Banjarmasin, WITA), Next.js: "Rabu, 2 Des 2026 11:10 WITA"; the JSON-LD and
  //    __NEXT_DATA__ in UTC.
  {
    name: 'apahabar next.js wita, utc json-ld',
    url: 'https://apahabar.com/post/pemprov-kalsel-siapkan-50-kapal-cepat-untuk-evakuasi-banjir-a1b2c3',
    title: HBJR,
    published: '2026-12-02T11:10+08:00',
    text: j(`apahabar.com, BANJARMASIN - ${BANJAR[0]}`, BANJAR[1], BANJAR[2], BANJAR[3]),
    html: html(
      `<title>${HBJR} - apahabar.com</title>${om('og:title', HBJR)}${om('og:site_name', 'apahabar.com')}${ld({ '@type': 'NewsArticle', headline: HBJR, datePublished: '2026-12-02T03:10:00.000Z', dateModified: '2026-12-02T03:22:00.000Z' })}`,
      `<div id="__next"><header><div class="logo">apahabar</div><nav><a>Kalsel</a> <a>Kalteng</a> <a>Nasional</a> <a>Ekbis</a> <a>Olahraga</a></nav></header>
<main><div class="post-header"><div class="post-category"><a>Kalsel</a></div><h1 class="post-title">${HBJR}</h1><div class="post-meta"><span>Redaktur: Syarif</span> <span class="post-date">Rabu, 2 Des 2026 11:10 WITA</span></div></div>${SHARE}
<div class="post-content"><p><strong>apahabar.com, BANJARMASIN</strong> - ${BANJAR[0]}</p><p>${BANJAR[1]}</p><p>${BANJAR[2]}</p><p>${BANJAR[3]}</p></div>
<div class="post-latest"><h3>Berita Terbaru</h3><div><a>Sungai Martapura Naik 40 Sentimeter</a><span>Rabu, 2 Des 2026 10:40 WITA</span></div></div></main></div>
<script id="__NEXT_DATA__" type="application/json">${JSON.stringify({ props: { pageProps: { post: { title: HBJR, published_at: '2026-12-02T03:10:00.000Z', updated_at: '2026-12-02T03:22:00.000Z' } } }, page: '/post/[slug]' })}</script>${FOOT('apahabar.com')}`,
    ),
  },
  // 7. Palopo Pos (WITA): the byline "Rabu, 2 Desember 2026 - 09:30 WITA", the URL's date, no
  //    machine date; a feed date in UTC (the same instant).
  {
    name: 'palopo pos wita url date and utc feed',
    url: 'https://palopopos.fajar.co.id/2026/12/02/pemkot-palopo-perbaiki-14-ruas-jalan-lingkungan/',
    title: HPLP,
    published: '2026-12-02T09:30+08:00',
    feed: '2026-12-02T01:30:00Z',
    withFeed: '2026-12-02T09:30+08:00',
    text: j(`PALOPOPOS.CO.ID, PALOPO — ${PALOPO[0]}`, PALOPO[1], PALOPO[2], PALOPO[3]),
    html: html(
      `<title>${HPLP} - Palopo Pos</title>${om('og:title', HPLP)}${om('og:site_name', 'Palopo Pos')}`,
      `<header><div class="logo">Palopo Pos</div><nav><a>Palopo</a> <a>Luwu Raya</a> <a>Sulsel</a> <a>Politik</a></nav></header>
<div class="site-content"><article><header class="entry-header"><h1 class="entry-title">${HPLP}</h1><div class="entry-meta"><span class="author">Arham</span> · <span class="date">Rabu, 2 Desember 2026 - 09:30 WITA</span></div></header>${SHARE}
<div class="entry-content"><p><strong>PALOPOPOS.CO.ID, PALOPO</strong> — ${PALOPO[0]}</p><p>${PALOPO[1]}</p><p>${PALOPO[2]}</p><p>${PALOPO[3]}</p></div></article>
<aside class="widget-area"><section><h2>Terbaru</h2><ul><li><a>DPRD Palopo Sahkan APBD</a> <span>2 Desember 2026</span></li></ul></section></aside></div>${FOOT('Palopo Pos')}`,
    ),
  },
  // 8. Radar Bali (Jawa Pos network, WITA): "Rabu, 2 Desember 2026 | 16:20 WITA", a meta in +08:00.
  {
    name: 'radar bali wita',
    url: 'https://radarbali.jawapos.com/denpasar/70123456/600-personel-disiagakan-amankan-natal-dan-tahun-baru-di-denpasar',
    title: HBAL,
    published: '2026-12-02T16:20+08:00',
    text: j(`RADARBALI.ID - ${BALI[0]}`, BALI[1], BALI[2], BALI[3]),
    html: html(
      `<title>${HBAL} - Radar Bali</title>${om('og:title', HBAL)}${om('og:site_name', 'Radar Bali')}${om('article:published_time', '2026-12-02T16:20:00+08:00')}`,
      `<header><div class="logo">RADAR BALI</div><nav><a>Denpasar</a> <a>Badung</a> <a>Gianyar</a> <a>Buleleng</a> <a>Hukum</a></nav></header>
<div class="container"><div class="read__header"><h1 class="read__title">${HBAL}</h1><div class="read__info"><div class="read__info__author">Putu Resa</div><div class="read__info__date">Rabu, 2 Desember 2026 | 16:20 WITA</div></div></div>${SHARE}
<div class="read__content"><p><strong>RADARBALI.ID</strong> - ${BALI[0]}</p><p>${BALI[1]}</p><p><strong>Baca Juga: <a>Turis Asing Ditangkap di Kuta</a></strong></p><p>${BALI[2]}</p><p>${BALI[3]}</p></div>
<div class="read__tag"><a>natal</a> <a>polresta denpasar</a></div><div class="populer"><h3>Terpopuler</h3><div><a>Banjir Rob di Serangan</a><span>Rabu, 2 Desember 2026 | 12:05 WITA</span></div></div></div>${FOOT('Radar Bali')}`,
    ),
  },
  // 9. Seputar Papua (Timika, WIT): "Diperbarui 2 jam lalu" under the headline, a JSON-LD in +09:00.
  {
    name: 'seputar papua relative update, json-ld wit',
    url: 'https://seputarpapua.com/view/kasus-malaria-di-mimika-meningkat-sejak-awal-musim-hujan.html',
    title: HMIM,
    published: '2026-12-02T09:15+09:00',
    text: j(`TIMIKA | ${MIMIKA[0]}`, MIMIKA[1], MIMIKA[2], MIMIKA[3]),
    html: html(
      `<title>${HMIM} | Seputar Papua</title>${om('og:title', HMIM)}${om('og:site_name', 'Seputar Papua')}${ld({ '@type': 'NewsArticle', headline: HMIM, datePublished: '2026-12-02T09:15:00+09:00', dateModified: '2026-12-02T13:02:00+09:00', author: { '@type': 'Person', name: 'Evita' } })}`,
      `<header><div class="logo">Seputar Papua</div><nav><a>Timika</a> <a>Papua</a> <a>Nasional</a> <a>Olahraga</a></nav></header>
<div class="container"><div class="post"><h1 class="post-title">${HMIM}</h1><div class="post-meta"><span>Penulis: Evita</span> · <span class="updated">Diperbarui 2 jam lalu</span></div>${SHARE}
<div class="post-content"><p><strong>TIMIKA</strong> | ${MIMIKA[0]}</p><p>${MIMIKA[1]}</p><p>${MIMIKA[2]}</p><p>${MIMIKA[3]}</p></div></div>
<div class="sidebar"><h3>Terbaru</h3><div><a>Freeport Salurkan Bantuan Air Bersih</a><span>1 jam lalu</span></div></div></div>${FOOT('Seputar Papua')}`,
    ),
  },
  // 10. Investor Daily: "Rabu, 2 Desember 2026 | 09:58 WIB", a meta in UTC (correct), a market
  //     ticker with its own time, the editor line after the text.
  {
    name: 'investor daily utc meta',
    url: 'https://investor.id/energy/412345/konsumsi-solar-diperkirakan-naik-6-persen-selama-libur-akhir-tahun',
    title: HBBM,
    published: '2026-12-02T09:58+07:00',
    text: j(`JAKARTA, investor.id – ${BBM[0]}`, BBM[1], BBM[2], BBM[3]),
    html: html(
      `<title>${HBBM} - Investor.id</title>${om('og:title', HBBM)}${om('og:site_name', 'Investor.id')}${om('article:published_time', '2026-12-02T02:58:00Z')}`,
      `<header><div class="logo">investor.id</div><nav><a>Market</a> <a>Finance</a> <a>Energy</a> <a>Macro</a> <a>Corporate</a></nav><div class="market-ticker"><span>IHSG 7.498</span> <span>02/12/2026 09:30 WIB</span></div></header>
<div class="container"><div class="col-8"><div class="breadcrumb"><a>Home</a> › <a>Energy</a></div><h1 class="title">${HBBM}</h1><div class="meta"><span>Oleh Leonard AL Cavin</span> / <span>LC</span><div class="date">Rabu, 2 Desember 2026 | 09:58 WIB</div></div>${SHARE}
<div class="body-content"><p><strong>JAKARTA, investor.id</strong> – ${BBM[0]}</p><p>${BBM[1]}</p>${AD}<p>${BBM[2]}</p><p>${BBM[3]}</p></div><div class="editor">Editor: Leonard AL Cavin (leonard_cavin@investor.id)</div>
<div class="baca-juga"><h3>Baca Juga</h3><a>Harga Minyak Dunia Melemah</a><span>Selasa, 1 Desember 2026 | 20:15 WIB</span></div></div></div>${FOOT('Investor Daily')}`,
    ),
  },
  // 11. GenPI: a zone-less "Rabu, 02 Desember 2026 – 14:40" byline, a meta in +07:00, the site's
  //     name in the og:title.
  {
    name: 'genpi zone-less byline',
    url: 'https://www.genpi.co/berita/298765/kemenkop-targetkan-500000-usaha-mikro-dapat-sertifikat-halal-gratis',
    title: HUMK,
    published: '2026-12-02T14:40+07:00',
    text: j(`GenPI.co - ${UMKM[0]}`, UMKM[1], UMKM[2], UMKM[3]),
    html: html(
      `<title>${HUMK} - GenPI.co</title>${om('og:title', `${HUMK} - GenPI.co`)}${om('og:site_name', 'GenPI.co')}${om('article:published_time', '2026-12-02T14:40:00+07:00')}`,
      `<header><div class="logo">GenPI.co</div><nav><a>Berita</a> <a>Ekonomi</a> <a>Gaya Hidup</a> <a>Sport</a></nav></header>
<div class="container"><div class="artikel"><h1 class="judul">${HUMK}</h1><div class="info"><span class="penulis">Penulis: Mia Kamila</span> <span class="tanggal">Rabu, 02 Desember 2026 – 14:40</span></div>${SHARE}
<div class="isi"><p><strong>GenPI.co</strong> - ${UMKM[0]}</p><p>${UMKM[1]}</p><p>${UMKM[2]}</p><p>${UMKM[3]}</p></div><div class="redaktur">Redaktur: Paskalis Rewadi</div></div>
<div class="populer"><h3>Populer</h3><div><a>Harga Cabai di Jakarta Turun</a><span>Rabu, 02 Desember 2026 – 09:10</span></div></div></div>${FOOT('GenPI.co')}`,
    ),
  },
  // 12. VOI: "Diperbarui 2 Desember 2026, 12:05 WIB" printed above "Diterbitkan 2 Desember 2026,
  //     10:30 WIB", a JSON-LD with both.
  {
    name: 'voi diperbarui above diterbitkan',
    url: 'https://voi.id/olahraga/412345/jelang-piala-aff-pelatih-timnas-panggil-26-pemain',
    title: HTIM,
    published: '2026-12-02T10:30+07:00',
    text: j(`JAKARTA - ${TIMNAS[0]}`, TIMNAS[1], TIMNAS[2], TIMNAS[3]),
    html: html(
      `<title>${HTIM}</title>${om('og:title', HTIM)}${om('og:site_name', 'VOI - Waktunya Merevolusi Pemberitaan')}${ld({ '@type': 'NewsArticle', headline: HTIM, datePublished: '2026-12-02T10:30:00+07:00', dateModified: '2026-12-02T12:05:00+07:00' })}`,
      `<header><div class="logo">VOI</div><nav><a>Berita</a> <a>Ekonomi</a> <a>Olahraga</a> <a>Teknologi</a> <a>Bernas</a></nav></header>
<div class="container"><div class="detail"><div class="detail-category"><a>Olahraga</a></div><h1 class="detail-title">${HTIM}</h1><div class="detail-meta"><div class="detail-author">Tim Redaksi</div><div class="detail-updated">Diperbarui 2 Desember 2026, 12:05 WIB</div><div class="detail-published">Diterbitkan 2 Desember 2026, 10:30 WIB</div></div>${SHARE}
<div class="detail-content"><p>JAKARTA - ${TIMNAS[0]}</p><p>${TIMNAS[1]}</p><p>${TIMNAS[2]}</p><p>${TIMNAS[3]}</p></div><div class="detail-tags"><a>Timnas</a> <a>Piala AFF</a></div></div>
<div class="latest"><h3>Terbaru</h3><div><a>Persija Tambah Penyerang Asing</a><span>2 Desember 2026, 11:40 WIB</span></div></div></div>${FOOT('VOI')}`,
    ),
  },
  // 13. tvOnenews video page: the player, a two-sentence lead, "Video Terkait" with dates.
  {
    name: 'tvonenews video short lead',
    url: 'https://www.tvonenews.com/video/123456-longsor-tutup-jalan-padang-solok-di-sitinjau-lauik',
    title: HVID,
    published: '2026-12-02T18:10+07:00',
    text: LONGSOR_LEAD,
    html: html(
      `<title>${HVID} - tvOnenews.com</title>${om('og:title', HVID)}${om('og:type', 'video.other')}${om('og:site_name', 'tvOnenews.com')}${ld({ '@type': 'VideoObject', name: HVID, uploadDate: '2026-12-02T18:10:00+07:00', description: LONGSOR_LEAD })}`,
      `<header><div class="logo">tvOnenews</div><nav><a>News</a> <a>Video</a> <a>Sport</a> <a>Live TV</a></nav></header>
<div class="container"><div class="video-detail"><div class="player"><iframe src="https://www.youtube.com/embed/tvone123" allowfullscreen></iframe></div><h1 class="detail-title">${HVID}</h1><div class="detail-date">Rabu, 2 Desember 2026 - 18:10 WIB</div>${SHARE}
<div class="detail-desc"><p>${LONGSOR_LEAD}</p></div>
<div class="video-terkait"><h3>Video Terkait</h3><div><a>Banjir Bandang Terjang Agam</a><span>Selasa, 1 Desember 2026 - 16:00 WIB</span></div><div><a>Gempa Guncang Pesisir Selatan</a><span>Senin, 30 November 2026 - 08:45 WIB</span></div></div></div></div>${FOOT('tvOnenews.com')}`,
    ),
  },
];
