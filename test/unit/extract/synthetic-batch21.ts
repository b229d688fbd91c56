// Twenty-first batch of handwritten Indonesian pages (issue 18, branch w18-dates), written in full
// AFTER batch 20's fixes (at a2d0c86) and BEFORE the extractor was run on them: the untouched
// estimate for the extractor as committed on this branch, run once, not tuned on. Ordinary pages of
// outlets no batch has had, with their whole page around the text: GoRiau, Borneonews (Central
// Kalimantan, WIB), Radar Cirebon on Disway, Malang Post on tagDiv's Newspaper theme, Zonasultra
// ("02/12/2026 – 11:20 WITA"), Radar Lombok (a date-only JNews byline, a correct UTC meta), Timor
// Express with a UTC feed, Kieraha (Ternate, WIT), The Jakarta Post in English ("Jakarta ● Wed,
// December 2, 2026", the section and outlet in the <title>), Jurnas with a zone-less pubdate meta,
// Bola.com with a match schedule box after the text, and a Central Sulawesi provincial portal with a
// date-only "Dipublikasikan pada …". The prose is invented.
// First and only run (2026-12-04, at a2d0c86 + this file; `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch21.test.ts`): 12 pages, body token-F1 mean 1.000 (worst 1.000), titles
// 12/12, dates 12/12. Left untouched: no fix was made for it.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const html = (head: string, body: string, lang = 'id') =>
  `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<script async src="https://www.googletagmanager.com/gtm.js?id=GTM-XXXX"></script></head><body><noscript><iframe src="https://www.googletagmanager.com/ns.html?id=GTM-XXXX"></iframe></noscript>${body}</body></html>`;
const SHARE = `<div class="share-buttons"><a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Telegram</a></div>`;
const FOOT = (n: string) =>
  `<footer class="footer"><div class="links"><a>Tentang Kami</a> <a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Kebijakan Privasi</a></div><p>© 2026 ${n}</p></footer>`;

const RIAU = [
  'Pemerintah Provinsi Riau menetapkan status siaga darurat banjir setelah hujan deras merendam enam kabupaten dan kota.',
  'Kepala BPBD Riau mengatakan status siaga berlaku selama 30 hari dan dapat diperpanjang sesuai perkembangan cuaca.',
  'Daerah yang terdampak paling parah adalah Kabupaten Kampar dan Rokan Hulu, dengan ribuan rumah terendam.',
  'Pemerintah provinsi menyiapkan dana tak terduga untuk membantu kebutuhan pengungsi dan perbaikan fasilitas umum.',
];
const SAMPIT = [
  'Dinas Kesehatan Kabupaten Kotawaringin Timur mencatat 86 kasus demam berdarah dengue sepanjang November.',
  'Jumlah itu meningkat dibandingkan Oktober yang mencatat 51 kasus, dengan dua pasien anak meninggal dunia.',
  'Petugas melakukan pengasapan di kelurahan dengan kasus terbanyak di Kecamatan Mentawa Baru Ketapang.',
  'Warga diminta menguras, menutup, dan mendaur ulang barang bekas yang dapat menjadi sarang nyamuk.',
];
const CIREBON = [
  'Pemerintah Kota Cirebon menata ulang kawasan Pasar Kanoman agar lebih tertib dan nyaman bagi pengunjung.',
  'Penataan meliputi perbaikan saluran air, pemindahan lapak yang menutup jalan, dan penambahan lahan parkir.',
  'Para pedagang meminta penataan tidak mengurangi jumlah lapak yang sudah ditempati selama bertahun-tahun.',
  'Wali Kota Cirebon memastikan tidak ada pedagang lama yang kehilangan tempat berjualan.',
];
const MALANG = [
  'Pemerintah Kota Malang membuka layanan perekaman KTP elektronik keliling di 57 kelurahan hingga akhir Desember.',
  'Layanan ini menyasar warga lanjut usia, penyandang disabilitas, dan pemilih pemula yang belum merekam data.',
  'Kepala Dinas Kependudukan dan Pencatatan Sipil Kota Malang mengatakan warga cukup membawa kartu keluarga.',
  'Jadwal layanan di setiap kelurahan diumumkan melalui akun media sosial resmi pemerintah kota.',
];
const KONAWE = [
  'Harga cabai rawit di sejumlah pasar tradisional di Kota Kendari naik menjadi Rp90.000 per kilogram.',
  'Pedagang di Pasar Sentral Kota Kendari menyebut pasokan dari Konawe Selatan berkurang karena banyak tanaman rusak akibat hujan.',
  'Dinas Perindustrian dan Perdagangan Sulawesi Tenggara akan memantau harga setiap hari menjelang akhir tahun.',
  'Ibu rumah tangga mengaku mengurangi pembelian cabai karena harganya terus naik.',
];
const LOMBOK = [
  'Kunjungan wisatawan ke Sirkuit Mandalika meningkat menjelang akhir tahun meski tidak ada ajang balap.',
  'Pengelola kawasan menyediakan tur sirkuit dan penyewaan sepeda bagi wisatawan yang datang.',
  'Pelaku usaha di sekitar kawasan berharap peningkatan kunjungan berlanjut hingga musim libur sekolah.',
  'Pemerintah Kabupaten Lombok Tengah meminta pengelola memperbanyak kegiatan yang melibatkan warga setempat.',
];
const KUPANG = [
  'Pemerintah Provinsi Nusa Tenggara Timur menyalurkan bantuan benih jagung kepada 12.000 petani di lima kabupaten.',
  'Bantuan diberikan menjelang musim tanam agar petani dapat segera menanam begitu hujan turun merata.',
  'Kepala Dinas Pertanian NTT mengatakan benih yang disalurkan merupakan varietas yang tahan kekeringan.',
  'Petani di Kabupaten Kupang menyambut baik bantuan itu karena harga benih di pasaran cukup mahal.',
];
const TERNATE = [
  'Pemerintah Kota Ternate menambah jadwal kapal cepat ke Pulau Hiri dan Pulau Moti selama libur akhir tahun.',
  'Penambahan jadwal dilakukan untuk melayani warga yang pulang kampung dan wisatawan yang berkunjung.',
  'Dinas Perhubungan Kota Ternate meminta penumpang memakai pelampung selama perjalanan.',
  'Syahbandar juga akan memeriksa kelaikan kapal sebelum berlayar di tengah cuaca yang tidak menentu.',
];
const JP = [
  'The government plans to expand its free school meal program to 20 million more students next year, officials said on Wednesday.',
  'The expansion will focus on regions outside Java, where many schools still lack kitchens and clean water.',
  'Education observers welcomed the plan but warned that supervision of food quality must be strengthened after several poisoning cases this year.',
  'The program is funded from the state budget and involves thousands of local suppliers and cooperatives.',
];
const JURNAS = [
  'Komisi V DPR meminta Kementerian Perhubungan memastikan kelaikan armada bus antarkota menjelang libur akhir tahun.',
  'Anggota Komisi V mengatakan pemeriksaan harus dilakukan di terminal dan pool perusahaan otobus.',
  'Kementerian Perhubungan menyatakan telah menyiapkan ramp check di 120 terminal di seluruh Indonesia.',
  'Bus yang tidak lolos pemeriksaan dilarang beroperasi hingga kekurangannya diperbaiki.',
];
const BOLA = [
  'Persib Bandung menang 2-1 atas Persija Jakarta dalam lanjutan Liga 1 di Stadion Gelora Bandung Lautan Api.',
  'Dua gol Persib dicetak pada babak pertama, sedangkan Persija hanya mampu membalas lewat penalti.',
  'Pelatih Persib memuji kedisiplinan pemainnya dalam menjaga keunggulan hingga peluit akhir.',
  'Kemenangan ini membawa Persib naik ke puncak klasemen sementara dengan selisih satu poin.',
];
const SULTENG = [
  'Pemerintah Provinsi Sulawesi Tengah meluncurkan layanan pengaduan masyarakat terpadu berbasis pesan singkat.',
  'Warga dapat menyampaikan keluhan tentang pelayanan publik dan infrastruktur melalui nomor yang telah disiapkan.',
  'Setiap pengaduan akan diteruskan ke organisasi perangkat daerah terkait dan ditindaklanjuti paling lama tujuh hari kerja.',
  'Gubernur Sulawesi Tengah meminta seluruh kepala dinas merespons pengaduan dengan cepat.',
];

const HRIAU = 'Banjir Rendam Enam Daerah, Riau Tetapkan Status Siaga Darurat';
const HSMP = 'Kasus DBD di Kotim Meningkat, Dua Anak Meninggal Dunia';
const HCRB = 'Pemkot Cirebon Tata Ulang Kawasan Pasar Kanoman';
const HMLG = 'Pemkot Malang Buka Layanan Perekaman KTP-el Keliling di 57 Kelurahan';
const HKDI = 'Harga Cabai Rawit di Kendari Tembus Rp90.000 per Kilogram';
const HLMB = 'Kunjungan Wisatawan ke Sirkuit Mandalika Meningkat Jelang Akhir Tahun';
const HKPG = 'Pemprov NTT Salurkan Benih Jagung untuk 12.000 Petani';
const HTTE = 'Pemkot Ternate Tambah Jadwal Kapal Cepat ke Hiri dan Moti';
const HJP = 'Government to expand free school meals to 20 million more students';
const HJUR = 'Komisi V DPR Minta Kemenhub Pastikan Kelaikan Bus Jelang Libur Akhir Tahun';
const HBOLA = 'Persib Tundukkan Persija 2-1, Naik ke Puncak Klasemen';
const HSTG = 'Pemprov Sulteng Luncurkan Layanan Pengaduan Masyarakat Terpadu';

export const BATCH21_PAGES: BatchPage[] = [
  // 1. GoRiau: "Rabu, 02 Desember 2026 10:15 WIB", a JSON-LD in +07:00, a "Baca Juga" box.
  {
    name: 'goriau',
    url: 'https://www.goriau.com/berita/baca/banjir-rendam-enam-daerah-riau-tetapkan-status-siaga-darurat.html',
    title: HRIAU,
    published: '2026-12-02T10:15+07:00',
    text: j(`PEKANBARU, GORIAU.COM - ${RIAU[0]}`, RIAU[1], RIAU[2], RIAU[3]),
    html: html(
      `<title>${HRIAU}</title>${om('og:title', HRIAU)}${om('og:site_name', 'GoRiau.com')}${ld({ '@type': 'NewsArticle', headline: HRIAU, datePublished: '2026-12-02T10:15:00+07:00', dateModified: '2026-12-02T10:15:00+07:00' })}`,
      `<header><div class="logo">GoRiau</div><nav><a>Pekanbaru</a> <a>Riau</a> <a>Politik</a> <a>Hukum</a> <a>Olahraga</a></nav></header>
<div class="container"><div class="berita"><h1 class="judul">${HRIAU}</h1><div class="tanggal">Rabu, 02 Desember 2026 10:15 WIB</div><div class="penulis">Penulis: Yusni</div>${SHARE}
<div class="isi"><p><strong>PEKANBARU, GORIAU.COM</strong> - ${RIAU[0]}</p><p>${RIAU[1]}</p><div class="bacajuga"><b>Baca Juga:</b> <a>Sungai Kampar Meluap, Jalan Lintas Terputus</a></div><p>${RIAU[2]}</p><p>${RIAU[3]}</p></div></div>
<div class="terpopuler"><h3>Terpopuler</h3><div><a>Harga TBS Sawit Naik</a> <span>Selasa, 01 Desember 2026 14:00 WIB</span></div></div></div>${FOOT('GoRiau.com')}`,
    ),
  },
  // 2. Borneonews (Central Kalimantan, WIB): "Rabu, 2 Desember 2026 09:41 WIB", a meta in +07:00,
  //    tags, a Facebook comments box.
  {
    name: 'borneonews wib',
    url: 'https://www.borneonews.co.id/berita/298765-kasus-dbd-di-kotim-meningkat-dua-anak-meninggal-dunia',
    title: HSMP,
    published: '2026-12-02T09:41+07:00',
    text: j(`SAMPIT - ${SAMPIT[0]}`, SAMPIT[1], SAMPIT[2], SAMPIT[3]),
    html: html(
      `<title>${HSMP} - Borneonews</title>${om('og:title', HSMP)}${om('og:site_name', 'Borneonews')}${om('article:published_time', '2026-12-02T09:41:20+07:00')}`,
      `<header><div class="logo">Borneonews</div><nav><a>Palangka Raya</a> <a>Kotim</a> <a>Kobar</a> <a>Kalteng</a></nav></header>
<div class="container"><div class="detail"><h1>${HSMP}</h1><div class="detail-meta"><span class="author">Penulis: Rafiudin</span> <span class="date">Rabu, 2 Desember 2026 09:41 WIB</span></div>${SHARE}
<div class="detail-body"><p><strong>SAMPIT</strong> - ${SAMPIT[0]}</p><p>${SAMPIT[1]}</p><p>${SAMPIT[2]}</p><p>${SAMPIT[3]}</p></div><div class="tags">Tag: <a>DBD</a> <a>Kotim</a></div>
<div class="fb-comments" data-href="https://www.borneonews.co.id/berita/298765" data-numposts="5"></div></div></div>${FOOT('Borneonews')}`,
    ),
  },
  // 3. Radar Cirebon on Disway: "Rabu 02-12-2026,16:45 WIB", a JSON-LD in +07:00, "Halaman 1 2".
  {
    name: 'radar cirebon disway',
    url: 'https://radarcirebon.disway.id/read/178901/pemkot-cirebon-tata-ulang-kawasan-pasar-kanoman',
    title: HCRB,
    published: '2026-12-02T16:45+07:00',
    text: j(`RADARCIREBON.COM - ${CIREBON[0]}`, CIREBON[1], CIREBON[2], CIREBON[3]),
    html: html(
      `<title>${HCRB}</title>${om('og:title', HCRB)}${ld({ '@type': 'NewsArticle', headline: HCRB, datePublished: '2026-12-02T16:45:00+07:00' })}`,
      `<header><div class="logo">Radar Cirebon</div><nav><a>Kota Cirebon</a> <a>Kabupaten Cirebon</a> <a>Indramayu</a> <a>Kuningan</a></nav></header>
<div class="container"><h1 class="text-black">${HCRB}</h1><div class="post-info">Reporter: <a>Ade Gustiana</a> | Editor: <a>Leni Indarti Hasyim</a> | <span>Rabu 02-12-2026,16:45 WIB</span></div>${SHARE}
<div class="post"><p><strong>RADARCIREBON.COM</strong> - ${CIREBON[0]}</p><p>${CIREBON[1]}</p><p><strong>BACA JUGA:</strong><a>Pedagang Pasar Jagasatru Tolak Relokasi</a></p><p>${CIREBON[2]}</p><p>${CIREBON[3]}</p></div>
<div class="pagination-disway"><span>Halaman</span> <a class="active">1</a> <a>2</a></div></div>${FOOT('Radar Cirebon')}`,
    ),
  },
  // 4. Malang Post on tagDiv's Newspaper theme: "entry-date updated td-module-date" printing the day
  //    only; the meta gives the time.
  {
    name: 'malang post tagdiv date-only',
    url: 'https://malang-post.com/2026/12/02/pemkot-malang-buka-layanan-perekaman-ktp-el-keliling-di-57-kelurahan/',
    title: HMLG,
    published: '2026-12-02T08:05+07:00',
    text: j(`MALANG POST – ${MALANG[0]}`, MALANG[1], MALANG[2], MALANG[3]),
    html: html(
      `<title>${HMLG} - Malang Post</title>${om('og:title', HMLG)}${om('og:site_name', 'Malang Post')}${om('article:published_time', '2026-12-02T08:05:33+07:00')}${om('article:modified_time', '2026-12-02T09:11:00+07:00')}`,
      `<div class="td-header-top-menu"><div class="td_data_time">Rabu, Desember 2, 2026</div></div><header class="td-header-wrap"><div class="td-logo">Malang Post</div><nav><a>Kota Malang</a> <a>Batu</a> <a>Kabupaten Malang</a> <a>Jatim</a></nav></header>
<div class="td-main-content-wrap"><article><div class="td-post-header"><ul class="td-category"><li><a>Kota Malang</a></li></ul><header class="td-post-title"><h1 class="entry-title">${HMLG}</h1><div class="td-module-meta-info"><div class="td-post-author-name">By <a>Ira Ravika</a> -</div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-02T08:05:33+07:00">2 Desember 2026</time></span></div></header></div>
${SHARE}<div class="td-post-content"><p><strong>MALANG POST</strong> – ${MALANG[0]}</p><p>${MALANG[1]}</p><p>${MALANG[2]}</p><p>${MALANG[3]}</p></div></article>
<div class="td_block_related_posts"><h4>Artikel Terkait</h4><div class="td-module-container"><a>Disdukcapil Malang Layani Akta Kelahiran Online</a><time class="entry-date updated td-module-date" datetime="2026-11-30T10:00:00+07:00">30 November 2026</time></div></div></div>${FOOT('Malang Post')}`,
    ),
  },
  // 5. Zonasultra (Kendari, WITA): "Rabu, 02/12/2026 – 11:20 WITA", no machine date.
  {
    name: 'zonasultra numeric wita',
    url: 'https://zonasultra.id/harga-cabai-rawit-di-kendari-tembus-rp90-000-per-kilogram.html',
    title: HKDI,
    published: '2026-12-02T11:20+08:00',
    text: j(`ZONASULTRA.ID, KENDARI – ${KONAWE[0]}`, KONAWE[1], KONAWE[2], KONAWE[3]),
    html: html(
      `<title>${HKDI} | ZONASULTRA.ID</title>${om('og:title', HKDI)}`,
      `<header><div class="logo">ZONASULTRA</div><nav><a>Kendari</a> <a>Sultra</a> <a>Ekonomi</a> <a>Politik</a></nav></header>
<div class="container"><div class="post"><h1 class="post-title">${HKDI}</h1><div class="post-meta"><span class="date">Rabu, 02/12/2026 – 11:20 WITA</span> <span class="author">Penulis: Ramadhan</span></div>${SHARE}
<div class="post-content"><p><strong>ZONASULTRA.ID, KENDARI</strong> – ${KONAWE[0]}</p><p>${KONAWE[1]}</p><p>${KONAWE[2]}</p><p>${KONAWE[3]}</p><p>Editor: Jumriati</p></div></div>
<div class="widget-terbaru"><h3>Terbaru</h3><div><a>Pelabuhan Nusantara Kendari Ramai</a><span>Rabu, 02/12/2026 – 10:05 WITA</span></div></div></div>${FOOT('Zonasultra')}`,
    ),
  },
  // 6. Radar Lombok, JNews: the byline "2 Desember 2026" (no time, no zone); the meta in UTC.
  {
    name: 'radar lombok date-only byline, utc meta',
    url: 'https://radarlombok.co.id/kunjungan-wisatawan-ke-sirkuit-mandalika-meningkat-jelang-akhir-tahun.html',
    title: HLMB,
    published: '2026-12-02T10:30+07:00',
    text: j(`MATARAM – ${LOMBOK[0]}`, LOMBOK[1], LOMBOK[2], LOMBOK[3]),
    html: html(
      `<title>${HLMB} - Radar Lombok</title>${om('og:title', HLMB)}${om('og:site_name', 'Radar Lombok')}${om('article:published_time', '2026-12-02T03:30:00+00:00')}`,
      `<div class="jeg_header"><div class="jeg_logo">Radar Lombok</div><div class="jeg_main_menu"><a>Mataram</a> <a>Lombok Tengah</a> <a>Sumbawa</a> <a>Olahraga</a></div></div>
<div class="jeg_main"><div class="entry-header"><h1 class="jeg_post_title">${HLMB}</h1><div class="jeg_meta_container"><div class="jeg_meta_author">by <a>Redaksi</a></div><div class="jeg_meta_date"><a>2 Desember 2026</a></div></div></div>${SHARE}
<div class="content-inner"><p><strong>MATARAM</strong> – ${LOMBOK[0]}</p><p>${LOMBOK[1]}</p><p>${LOMBOK[2]}</p><p>${LOMBOK[3]}</p></div></div>${FOOT('Radar Lombok')}`,
    ),
  },
  // 7. Timor Express (Kupang, WITA): "Rabu, 2 Desember 2026 | 13:15 WITA", no machine date; a feed
  //    in UTC, the same instant.
  {
    name: 'timor express wita, utc feed',
    url: 'https://timorexpress.fajar.co.id/2026/12/02/pemprov-ntt-salurkan-benih-jagung-untuk-12-000-petani/',
    title: HKPG,
    published: '2026-12-02T13:15+08:00',
    feed: '2026-12-02T05:15:00Z',
    withFeed: '2026-12-02T13:15+08:00',
    text: j(`KUPANG, TIMEX – ${KUPANG[0]}`, KUPANG[1], KUPANG[2], KUPANG[3]),
    html: html(
      `<title>${HKPG} – Timor Express</title>${om('og:title', HKPG)}`,
      `<header><div class="logo">TIMEX</div><nav><a>Kupang</a> <a>NTT</a> <a>Nasional</a></nav></header>
<div class="site-content"><article><h1 class="entry-title">${HKPG}</h1><div class="entry-meta"><span class="byline">Oleh Intho Herison Tihu</span> <span class="posted-on">Rabu, 2 Desember 2026 | 13:15 WITA</span></div>${SHARE}
<div class="entry-content"><p><strong>KUPANG, TIMEX</strong> – ${KUPANG[0]}</p><p>${KUPANG[1]}</p><p>${KUPANG[2]}</p><p>${KUPANG[3]}</p></div></article>
<aside class="widget-area"><h2>Terpopuler</h2><a>Sasando Festival Digelar di Kupang</a><span>1 Desember 2026</span></aside></div>${FOOT('Timor Express')}`,
    ),
  },
  // 8. Kieraha (Ternate, WIT): "2 Desember 2026 | 09:10 WIT", a JSON-LD in +09:00.
  {
    name: 'kieraha wit',
    url: 'https://kieraha.com/pemkot-ternate-tambah-jadwal-kapal-cepat-ke-hiri-dan-moti/',
    title: HTTE,
    published: '2026-12-02T09:10+09:00',
    text: j(`KIERAHA.COM – ${TERNATE[0]}`, TERNATE[1], TERNATE[2], TERNATE[3]),
    html: html(
      `<title>${HTTE} | kieraha.com</title>${om('og:title', HTTE)}${ld({ '@graph': [{ '@type': 'NewsArticle', headline: HTTE, datePublished: '2026-12-02T09:10:00+09:00', dateModified: '2026-12-02T09:40:00+09:00' }] })}`,
      `<header><div class="logo">kieraha.com</div><nav><a>Ternate</a> <a>Malut</a> <a>Halmahera</a></nav></header>
<div class="container"><h1 class="entry-title">${HTTE}</h1><div class="entry-meta"><span class="author">Redaksi</span> <span class="date">2 Desember 2026 | 09:10 WIT</span></div>${SHARE}
<div class="entry-content"><p><strong>KIERAHA.COM</strong> – ${TERNATE[0]}</p><p>${TERNATE[1]}</p><p>${TERNATE[2]}</p><p>${TERNATE[3]}</p></div></div>${FOOT('kieraha.com')}`,
    ),
  },
  // 9. The Jakarta Post in English: "Jakarta ● Wed, December 2, 2026", the meta in +07:00, the section
  //    and the outlet after the headline in the <title>.
  {
    name: 'jakarta post english',
    url: 'https://www.thejakartapost.com/indonesia/2026/12/02/government-to-expand-free-school-meals-to-20-million-more-students.html',
    title: HJP,
    published: '2026-12-02T14:20+07:00',
    text: j(...JP),
    html: html(
      `<title>${HJP} - National - The Jakarta Post</title>${om('og:title', HJP)}${om('og:site_name', 'The Jakarta Post')}${om('article:published_time', '2026-12-02T14:20:00+07:00')}${nm('author', 'Nina A. Loasana')}`,
      `<header><div class="logo">The Jakarta Post</div><nav><a>Indonesia</a> <a>Business</a> <a>Opinion</a> <a>Culture</a> <a>World</a></nav></header>
<div class="container"><div class="post-header"><div class="breadcrumb"><a>Indonesia</a> › <a>National</a></div><h1 class="title-large">${HJP}</h1><div class="post-author"><span class="name">Nina A. Loasana</span> <span class="day">Jakarta ● Wed, December 2, 2026</span></div></div>${SHARE}
<div class="tjp-single__content"><p>${JP[0]}</p><p>${JP[1]}</p><p>${JP[2]}</p><p>${JP[3]}</p></div><div class="tags">Topics: <a>education</a> <a>free meals</a></div>
<div class="paywall-box"><p>Share your experiences, suggestions, and any issues you've encountered on The Jakarta Post. We're here to listen.</p></div></div>${FOOT('The Jakarta Post')}`,
      'en',
    ),
  },
  // 10. Jurnas: a zone-less pubdate meta "2026-12-02 12:30:00", the byline "Rabu, 02/12/2026 12:30 WIB".
  {
    name: 'jurnas zone-less pubdate meta',
    url: 'https://www.jurnas.com/artikel/198765/komisi-v-dpr-minta-kemenhub-pastikan-kelaikan-bus-jelang-libur-akhir-tahun/',
    title: HJUR,
    published: '2026-12-02T12:30+07:00',
    text: j(`Jakarta, Jurnas.com - ${JURNAS[0]}`, JURNAS[1], JURNAS[2], JURNAS[3]),
    html: html(
      `<title>${HJUR} | Jurnas.com</title>${om('og:title', HJUR)}${nm('pubdate', '2026-12-02 12:30:00')}`,
      `<header><div class="logo">Jurnas</div><nav><a>Politik</a> <a>Hukum</a> <a>Ekonomi</a> <a>Dunia</a></nav></header>
<div class="container"><h1 class="title">${HJUR}</h1><div class="info"><span class="reporter">Muhammad Insan</span> | <span class="date">Rabu, 02/12/2026 12:30 WIB</span></div>${SHARE}
<div class="content"><p><strong>Jakarta, Jurnas.com</strong> - ${JURNAS[0]}</p><p>${JURNAS[1]}</p><p>${JURNAS[2]}</p><p>${JURNAS[3]}</p></div></div>${FOOT('Jurnas.com')}`,
    ),
  },
  // 11. Bola.com: "Diterbitkan 02 Desember 2026, 20:15 WIB", a JSON-LD in +07:00, a match schedule box
  //     with the next match's date after the text.
  {
    name: 'bola.com with a match schedule box',
    url: 'https://www.bola.com/indonesia/read/5678901/persib-tundukkan-persija-2-1-naik-ke-puncak-klasemen',
    title: HBOLA,
    published: '2026-12-02T20:15+07:00',
    text: j(`Bola.com, Bandung - ${BOLA[0]}`, BOLA[1], BOLA[2], BOLA[3]),
    html: html(
      `<title>${HBOLA} - Bola.com</title>${om('og:title', HBOLA)}${om('og:site_name', 'Bola.com')}${ld({ '@type': 'NewsArticle', headline: HBOLA, datePublished: '2026-12-02T20:15:00+07:00', dateModified: '2026-12-02T20:31:00+07:00' })}`,
      `<header><div class="logo">Bola.com</div><nav><a>Indonesia</a> <a>Inggris</a> <a>Italia</a> <a>Spanyol</a> <a>Jadwal</a></nav></header>
<div class="container"><article class="read-page"><header class="read-page--header"><h1 class="read-page--header--title">${HBOLA}</h1><div class="read-page--header--author"><span>Penulis: Erwin Snaz</span> <time class="read-page--header--author__datetime" datetime="2026-12-02 20:15:00">Diterbitkan 02 Desember 2026, 20:15 WIB</time></div></header>${SHARE}
<div class="article-content-body"><p><strong>Bola.com, Bandung</strong> - ${BOLA[0]}</p><p>${BOLA[1]}</p><p>${BOLA[2]}</p><p>${BOLA[3]}</p></div></article>
<div class="match-schedule"><h3>Jadwal Berikutnya</h3><div class="match"><span>Persib vs Bali United</span> <span class="schedule-time">Minggu, 06 Des 2026 19:00 WIB</span></div></div></div>${FOOT('Bola.com')}`,
    ),
  },
  // 12. The Central Sulawesi provincial portal: "Dipublikasikan pada Rabu, 2 Desember 2026 oleh Biro
  //     Administrasi Pimpinan" (the day only), today's date in the top bar.
  {
    name: 'pemprov sulteng date-only posting line',
    url: 'https://sultengprov.go.id/berita/pemprov-sulteng-luncurkan-layanan-pengaduan-masyarakat-terpadu',
    title: HSTG,
    published: '2026-12-02T00:00+07:00',
    text: j(...SULTENG),
    html: html(
      `<title>${HSTG} – Pemerintah Provinsi Sulawesi Tengah</title>${nm('description', SULTENG[0])}`,
      `<div class="top-bar"><span>Kamis, 3 Desember 2026</span> <a>PPID</a> <a>JDIH</a></div><header><div class="logo">Pemerintah Provinsi Sulawesi Tengah</div><nav><a>Beranda</a> <a>Profil</a> <a>Berita</a> <a>Layanan</a></nav></header>
<div class="container"><div class="post"><h1 class="post-title">${HSTG}</h1><div class="post-meta">Dipublikasikan pada Rabu, 2 Desember 2026 oleh Biro Administrasi Pimpinan</div>
<div class="post-content"><p>${SULTENG[0]}</p><p>${SULTENG[1]}</p><p>${SULTENG[2]}</p><p>${SULTENG[3]}</p></div></div>
<div class="sidebar"><h3>Berita Terbaru</h3><a>Gubernur Sulteng Resmikan Jembatan Palu IV</a><span>3 Desember 2026</span></div></div>${FOOT('Pemprov Sulteng')}`,
    ),
  },
];
