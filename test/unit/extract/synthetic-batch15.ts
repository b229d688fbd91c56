// Fifteenth batch of handwritten Indonesian pages (issue 18, branch w18-dates2), written in full
// after batch 14's run, on the same extractor (no change since batch 13's fixes, 324e8f5), and
// BEFORE the extractor was run on them: a second untouched estimate, run once and not tuned on.
// detikSulsel in WITA with detik's zone-less meta on the WIB server clock, Kontan, Media Indonesia
// with a section in the <title> and its closing desk code "(Z-8)" (kept, as detik's initials are), beritajatim with a zone-less time with seconds, a Metro TV video,
// Bali Post's WordPress <time class="entry-date published updated">, Lampost with a zone-less
// JSON-LD date, an Ambon outlet in WIT with a correct UTC JSON-LD, TIMES Indonesia, Solopos with a
// same-day update line, Gatra with an English month abbreviation, a question headline in quotes.
// The prose is invented.
// First and only run (2026-12-03, at 99412a4, `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch15.test.ts`): 12 pages, body token-F1 mean 1.000 (worst 1.000), titles
// 12/12, dates 12/12. Left untouched: no fix was made for it.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const MAKASSAR = [
  'Pemerintah Kota Makassar menutup sementara Jalan Penghibur di kawasan Pantai Losari untuk kendaraan bermotor setiap Minggu pagi.',
  'Penutupan dilakukan untuk memberi ruang bagi warga berolahraga, bersepeda, dan berjalan kaki tanpa terganggu kendaraan.',
  'Dinas Perhubungan menyiapkan jalur pengalihan melalui Jalan Haji Bau dan Jalan Ujung Pandang selama penutupan berlangsung.',
];
const EMAS = [
  'Harga emas batangan di butik Logam Mulia naik Rp12.000 menjadi Rp1.528.000 per gram pada perdagangan Rabu pagi.',
  'Kenaikan mengikuti penguatan harga emas di pasar global setelah data ekonomi Amerika Serikat menunjukkan perlambatan.',
  'Harga pembelian kembali atau buyback juga naik Rp11.000 menjadi Rp1.381.000 per gram.',
];
const PEMILU = [
  'Komisi Pemilihan Umum mulai menyusun rancangan peraturan tentang tahapan pemilihan kepala daerah serentak berikutnya.',
  'Rancangan itu akan dibahas bersama Komisi II DPR, pemerintah, dan Bawaslu dalam rapat dengar pendapat bulan depan.',
  'KPU berharap tahapan dapat disahkan lebih awal agar penyelenggara di daerah memiliki waktu persiapan yang cukup.',
];
const SURABAYA = [
  'Wali Kota Surabaya meresmikan rumah pompa baru di kawasan Kenjeran untuk mengurangi genangan saat hujan deras bersamaan dengan air pasang.',
  'Rumah pompa itu memiliki empat unit pompa berkapasitas total 8 meter kubik per detik dan dilengkapi genset cadangan.',
  'Pemerintah kota menargetkan pembangunan tujuh rumah pompa lain rampung sebelum puncak musim hujan pada Februari.',
];
const KURA = [
  'Balai Konservasi Sumber Daya Alam Bali melepasliarkan 120 tukik penyu lekang di Pantai Kuta pada Rabu petang.',
  'Pelepasliaran melibatkan wisatawan dan pelajar untuk meningkatkan kesadaran menjaga kelestarian penyu di pesisir Bali.',
  'Petugas mengimbau warga tidak mengambil telur penyu karena satwa tersebut dilindungi undang-undang.',
];
const KOPI = [
  'Petani kopi di Kabupaten Lampung Barat mulai memanen kopi robusta lebih awal karena musim kemarau yang panjang.',
  'Harga kopi asalan di tingkat petani mencapai Rp62.000 per kilogram, tertinggi dalam lima tahun terakhir.',
  'Dinas Perkebunan mendorong petani menjual kopi petik merah agar mendapat harga lebih baik dari eksportir.',
];
const AMBON = [
  'Kapal Pelni KM Tidar dijadwalkan mengangkut 2.800 penumpang dari Pelabuhan Yos Sudarso Ambon menjelang libur Natal.',
  'Kepala Cabang Pelni Ambon mengatakan tiket untuk keberangkatan pekan depan sudah terjual lebih dari 80 persen.',
  'Penumpang diminta tiba di pelabuhan paling lambat tiga jam sebelum keberangkatan untuk pemeriksaan tiket dan barang.',
];
const MALANG = [
  'Pemerintah Kota Malang menggratiskan tiket masuk Taman Rekreasi Kota selama libur sekolah akhir semester.',
  'Kebijakan itu berlaku bagi pelajar yang menunjukkan kartu pelajar dan satu orang pendamping.',
  'Pengelola menambah petugas kebersihan dan keamanan untuk mengantisipasi lonjakan pengunjung.',
];
const SOLO = [
  'Pemerintah Kota Surakarta memulai revitalisasi Pasar Legi tahap kedua yang mencakup area parkir dan los sayur.',
  'Selama pekerjaan berlangsung, sebanyak 300 pedagang dipindahkan ke pasar darurat di Jalan Sultan Syahrir.',
  'Revitalisasi ditargetkan selesai pada Juni dan pedagang akan kembali menempati kios tanpa dipungut biaya.',
];
const GATRA = [
  'Badan Meteorologi, Klimatologi, dan Geofisika memperingatkan potensi hujan lebat disertai angin kencang di sebagian besar wilayah Jawa hingga akhir pekan.',
  'Masyarakat diminta mewaspadai banjir, tanah longsor, dan pohon tumbang, terutama di daerah perbukitan dan bantaran sungai.',
  'BMKG juga mengingatkan nelayan agar tidak melaut ketika gelombang di perairan selatan Jawa mencapai empat meter.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer><div class="links"><a>Tentang</a> · <a>Redaksi</a> · <a>Pedoman Siber</a> · <a>Kode Etik</a></div><p>© 2026 ${n}. Hak cipta dilindungi.</p></footer>`;

const HMKS = 'Jalan Penghibur Losari Ditutup untuk Kendaraan Setiap Minggu Pagi';
const HEMAS = 'Harga Emas Antam Naik Rp12.000, Ini Rinciannya';
const HPEM = 'KPU Mulai Susun Rancangan Tahapan Pilkada Serentak';
const HSBY = 'Eri Cahyadi Resmikan Rumah Pompa Kenjeran Berkapasitas 8 Meter Kubik per Detik';
const HKURA = '120 Tukik Penyu Lekang Dilepasliarkan di Pantai Kuta';
const HKOPI = 'Kemarau Panjang, Petani Kopi Lampung Barat Panen Lebih Awal';
const HAMB = 'KM Tidar Angkut 2.800 Penumpang dari Ambon Jelang Natal';
const HMLG = 'Tiket Masuk Taman Rekreasi Kota Malang Gratis Selama Libur Sekolah';
const HSOLO = 'Revitalisasi Pasar Legi Tahap Dua Dimulai, 300 Pedagang Direlokasi';
const HGATRA = '"Waspada Hujan Lebat," BMKG Peringatkan Warga Jawa hingga Akhir Pekan';

export const BATCH15_PAGES: BatchPage[] = [
  // 1. detikSulsel: the byline in WITA, the zone-less publishdate meta on detik's WIB server clock
  //    (13:05:31 beside 14:05 WITA: the same instant).
  {
    name: 'detiksulsel WITA, zone-less meta on WIB clock',
    url: 'https://www.detik.com/sulsel/berita/d-7771234/jalan-penghibur-losari-ditutup-untuk-kendaraan-setiap-minggu-pagi',
    title: HMKS,
    published: '2026-12-02T14:05+08:00',
    text: j(`Makassar - ${MAKASSAR[0]}`, MAKASSAR[1], MAKASSAR[2], '(hsr/asm)'),
    html: html(
      `<title>${HMKS}</title>${om('og:title', HMKS)}${nm('publishdate', '2026/12/02 13:05:31')}${om('og:site_name', 'detiksulsel')}`,
      `<header class="header"><a class="logo">detikSulsel</a></header><div class="container"><article class="detail"><div class="detail__header"><h1 class="detail__title">${HMKS}</h1><div class="detail__author">Hermawan Mappiwali - detikSulsel</div><div class="detail__date">Rabu, 02 Des 2026 14:05 WITA</div></div>
<div class="detail__body-text itp_bodycontent"><p><strong>Makassar</strong> - ${MAKASSAR[0]}</p><p>${MAKASSAR[1]}</p><table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a>Car Free Day Makassar Kembali Digelar</a></div></td></tr></table><p>${MAKASSAR[2]}</p><p><strong>(hsr/asm)</strong></p></div></article></div>${FOOT('detikcom')}`,
    ),
  },
  // 2. Kontan: "Rabu, 02 Desember 2026 / 10:27 WIB", "Reporter: … | Editor: …", JSON-LD in +07:00.
  {
    name: 'kontan',
    url: 'https://investasi.kontan.co.id/news/harga-emas-antam-naik-rp12000-ini-rinciannya',
    title: HEMAS,
    published: '2026-12-02T10:27+07:00',
    text: j(`KONTAN.CO.ID - JAKARTA. ${EMAS[0]}`, EMAS[1], EMAS[2]),
    html: html(
      `<title>${HEMAS}</title>${om('og:title', HEMAS)}${ld({ '@type': 'NewsArticle', headline: HEMAS, datePublished: '2026-12-02T10:27:00+07:00', publisher: { '@type': 'Organization', name: 'Kontan' } })}`,
      `<div class="header">KONTAN</div><div class="container"><div class="detail-desk"><h1 class="detail-desk">${HEMAS}</h1><div class="fs14 ff-opensans font-gray">Reporter: Akhmad Suryahadi | Editor: Tendi Mahadi</div><div class="fs14 ff-opensans font-gray">Rabu, 02 Desember 2026 / 10:27 WIB</div>
<div class="tmpt-desk-kon"><p><b>KONTAN.CO.ID - JAKARTA.</b> ${EMAS[0]}</p><p>${EMAS[1]}</p><p>${EMAS[2]}</p></div><div class="track-berita-terkait"><h3>Berita Terkait</h3><a>Harga Emas Antam Turun Rp5.000</a></div></div></div>${FOOT('Kontan')}`,
    ),
  },
  // 3. Media Indonesia: "Rabu 02 Desember 2026, 19:40 WIB" (no comma after the weekday), the section
  //    between the headline and the outlet in the <title>.
  {
    name: 'media indonesia section in title',
    url: 'https://mediaindonesia.com/politik-dan-hukum/812345/kpu-mulai-susun-rancangan-tahapan-pilkada-serentak',
    title: HPEM,
    published: '2026-12-02T19:40+07:00',
    text: j(`KOMISI Pemilihan Umum ${PEMILU[0].replace('Komisi Pemilihan Umum ', '')}`, PEMILU[1], PEMILU[2], '(Z-8)'),
    html: html(
      `<title>${HPEM} - Politik dan Hukum - Media Indonesia</title>${om('og:title', HPEM)}${om('og:site_name', 'Media Indonesia')}`,
      `<div class="header">Media Indonesia</div><div class="container"><div class="breadcrumb"><a>Politik dan Hukum</a></div><div class="article"><h1>${HPEM}</h1><div class="author"><span>Tri Subarkah</span><span>Rabu 02 Desember 2026, 19:40 WIB</span></div>
<div class="article-img"><img src="/kpu.jpg"><span class="caption">Gedung KPU RI. MI/Susanto</span></div><div class="article-body"><p>KOMISI Pemilihan Umum ${PEMILU[0].replace('Komisi Pemilihan Umum ', '')}</p><p>${PEMILU[1]}</p><p>${PEMILU[2]}</p><p>(Z-8)</p></div></div></div>${FOOT('Media Indonesia')}`,
    ),
  },
  // 4. beritajatim: "Rabu, 02 Desember 2026 11:03:45" with no zone, the headline in the <title> with
  //    the outlet after it.
  {
    name: 'beritajatim zone-less with seconds',
    url: 'https://beritajatim.com/eri-cahyadi-resmikan-rumah-pompa-kenjeran-berkapasitas-8-meter-kubik-per-detik',
    title: HSBY,
    published: '2026-12-02T11:03+07:00',
    text: j(`Surabaya (beritajatim.com) – ${SURABAYA[0]}`, SURABAYA[1], SURABAYA[2]),
    html: html(
      `<title>${HSBY} - beritajatim.com</title>${om('og:title', HSBY)}`,
      `<div class="header">beritajatim</div><div class="content"><h1 class="post-title">${HSBY}</h1><div class="post-meta"><span class="date">Rabu, 02 Desember 2026 11:03:45</span> <span class="author">Reporter: Rahardi Soetanto</span></div>
<div class="post-content"><p><strong>Surabaya (beritajatim.com)</strong> – ${SURABAYA[0]}</p><p>${SURABAYA[1]}</p><p>${SURABAYA[2]}</p></div><div class="related"><h3>Berita Terkait</h3><a>Rumah Pompa Wonorejo Diuji Coba</a> <span>Selasa, 01 Desember 2026 15:00:12</span></div></div>${FOOT('beritajatim.com')}`,
    ),
  },
  // 5. A Metro TV video page: the headline without a label, a short description below the player,
  //    "2 Desember 2026, 21:00 WIB"; other videos with their durations.
  {
    name: 'metro tv video',
    url: 'https://www.metrotvnews.com/play/KvJC1234-120-tukik-penyu-lekang-dilepasliarkan-di-pantai-kuta',
    title: HKURA,
    published: '2026-12-02T21:00+07:00',
    text: 'Balai Konservasi Sumber Daya Alam Bali melepasliarkan 120 tukik penyu lekang di Pantai Kuta bersama wisatawan dan pelajar.',
    html: html(
      `<title>${HKURA} - Metro TV</title>${om('og:title', HKURA)}${om('og:type', 'video.other')}${ld({ '@type': 'VideoObject', name: HKURA, uploadDate: '2026-12-02T21:00:00+07:00', description: 'Balai Konservasi Sumber Daya Alam Bali melepasliarkan 120 tukik penyu lekang di Pantai Kuta bersama wisatawan dan pelajar.' })}`,
      `<div class="navbar">Metro TV</div><div class="main"><div class="player"><iframe src="https://www.youtube.com/embed/mtv123"></iframe></div><h1 class="video-title">${HKURA}</h1><div class="video-date">Metro TV · 2 Desember 2026, 21:00 WIB</div>
<div class="video-desc"><p>Balai Konservasi Sumber Daya Alam Bali melepasliarkan 120 tukik penyu lekang di Pantai Kuta bersama wisatawan dan pelajar.</p></div>
<div class="video-lain"><h3>Video Lainnya</h3><div class="item"><a><h4>Sampah Kiriman Kembali Penuhi Pantai Kuta</h4></a><span>02:15</span></div><div class="item"><a><h4>Wisatawan Asing Padati Ubud</h4></a><span>03:40</span></div></div></div>${FOOT('Metro TV')}`,
    ),
  },
  // 6. Bali Post on WordPress: one <time class="entry-date published updated"> with the datetime in
  //    +08:00, the text only the day.
  {
    name: 'bali post entry-date published updated',
    url: 'https://www.balipost.com/news/2026/12/02/412345/120-tukik-penyu-lekang-dilepasliarkan.html',
    title: HKURA,
    published: '2026-12-02T18:30+08:00',
    text: j(`DENPASAR, BALIPOST.com – ${KURA[0]}`, KURA[1], KURA[2]),
    html: html(
      `<title>${HKURA} | BALIPOST.com</title>${om('og:title', HKURA)}${om('og:site_name', 'BALIPOST.com')}`,
      `<div class="td-header">BALIPOST.com</div><div class="td-container"><article><header class="td-post-title"><h1 class="entry-title">${HKURA}</h1><div class="td-module-meta-info"><div class="td-post-author-name">Oleh <a>Winatha</a></div><span class="td-post-date"><time class="entry-date published updated" datetime="2026-12-02T18:30:42+08:00">2 Desember 2026</time></span></div></header>
<div class="td-post-content"><p><strong>DENPASAR, BALIPOST.com</strong> – ${KURA[0]}</p><p>${KURA[1]}</p><p>${KURA[2]}</p></div></article></div>${FOOT('Bali Post')}`,
    ),
  },
  // 7. Lampost: JSON-LD "2026-12-02 07:41:00" without a zone, the byline "Rabu, 02 Desember 2026 - 07:41".
  {
    name: 'lampost zone-less json-ld',
    url: 'https://lampost.co/ekbis/kemarau-panjang-petani-kopi-lampung-barat-panen-lebih-awal/',
    title: HKOPI,
    published: '2026-12-02T07:41+07:00',
    text: j(`Liwa (Lampost.co) -- ${KOPI[0]}`, KOPI[1], KOPI[2]),
    html: html(
      `<title>${HKOPI} - Lampost.co</title>${om('og:title', `${HKOPI} - Lampost.co`)}${ld({ '@type': 'NewsArticle', headline: HKOPI, datePublished: '2026-12-02 07:41:00' })}`,
      `<div class="header">Lampost</div><div class="content"><h1 class="title">${HKOPI}</h1><div class="meta"><span>Eliyah</span> <span>Rabu, 02 Desember 2026 - 07:41</span></div>
<div class="article-content"><p>Liwa (Lampost.co) -- ${KOPI[0]}</p><p>${KOPI[1]}</p><p>${KOPI[2]}</p></div><div class="tags"><a>kopi</a></div></div>${FOOT('Lampost')}`,
    ),
  },
  // 8. An Ambon outlet: "Rabu, 2 Desember 2026 - 16:45 WIT", JSON-LD in UTC and right.
  {
    name: 'ambon outlet WIT, utc json-ld',
    url: 'https://ambonekspres.fajar.co.id/2026/12/02/km-tidar-angkut-2-800-penumpang-dari-ambon-jelang-natal/',
    title: HAMB,
    published: '2026-12-02T16:45+09:00',
    text: j(`AMBONEKSPRES.ID, AMBON – ${AMBON[0]}`, AMBON[1], AMBON[2]),
    html: html(
      `<title>${HAMB} - Ambon Ekspres</title>${om('og:title', HAMB)}${ld({ '@type': 'NewsArticle', headline: HAMB, datePublished: '2026-12-02T07:45:00+00:00', dateModified: '2026-12-02T07:50:00+00:00' })}`,
      `<div class="header">Ambon Ekspres</div><div class="content"><h1 class="entry-title">${HAMB}</h1><div class="entry-meta">Redaksi · Rabu, 2 Desember 2026 - 16:45 WIT</div>
<div class="entry-content"><p><strong>AMBONEKSPRES.ID, AMBON</strong> – ${AMBON[0]}</p><p>${AMBON[1]}</p><p>${AMBON[2]}</p></div></div>${FOOT('Ambon Ekspres')}`,
    ),
  },
  // 9. TIMES Indonesia: "TIMESINDONESIA, MALANG –", "Rabu, 02 Desember 2026 - 12:10", a "| TIMES
  //    Indonesia" suffix, the editor and publisher lines after the text.
  {
    name: 'times indonesia',
    url: 'https://timesindonesia.co.id/peristiwa-daerah/512345/tiket-masuk-taman-rekreasi-kota-malang-gratis-selama-libur-sekolah',
    title: HMLG,
    published: '2026-12-02T12:10+07:00',
    text: j(`TIMESINDONESIA, MALANG – ${MALANG[0]}`, MALANG[1], MALANG[2]),
    html: html(
      `<title>${HMLG} | TIMES Indonesia</title>${om('og:title', HMLG)}${om('og:site_name', 'TIMES Indonesia')}`,
      `<div class="header">TIMES Indonesia</div><div class="content"><h1 class="title">${HMLG}</h1><div class="news-info"><span>Rabu, 02 Desember 2026 - 12:10</span></div>
<div class="news-content"><p><strong>TIMESINDONESIA, MALANG</strong> – ${MALANG[0]}</p><p>${MALANG[1]}</p><p>${MALANG[2]}</p></div>
<div class="editor-info"><p>Editor: Imadudin Muhammad</p><p>Publisher: Rizal Dani</p></div></div>${FOOT('TIMES Indonesia')}`,
    ),
  },
  // 10. Solopos: "Solopos.com, SOLO —", "Rabu, 2 Desember 2026 - 09:35 WIB" and a same-day update
  //     line "Diperbarui 10:02 WIB"; JSON-LD with both.
  {
    name: 'solopos with a same-day update line',
    url: 'https://solopos.espos.id/revitalisasi-pasar-legi-tahap-dua-dimulai-300-pedagang-direlokasi-2012345',
    title: HSOLO,
    published: '2026-12-02T09:35+07:00',
    text: j(`Solopos.com, SOLO — ${SOLO[0]}`, SOLO[1], SOLO[2]),
    html: html(
      `<title>${HSOLO}</title>${om('og:title', HSOLO)}${om('og:site_name', 'Solopos.com')}${ld({ '@type': 'NewsArticle', headline: HSOLO, datePublished: '2026-12-02T09:35:00+07:00', dateModified: '2026-12-02T10:02:00+07:00' })}`,
      `<div class="header">SOLOPOS</div><div class="content"><h1 class="post-title">${HSOLO}</h1><div class="post-date">Rabu, 2 Desember 2026 - 09:35 WIB <span class="update">Diperbarui 10:02 WIB</span></div><div class="post-author">Penulis: Mariyana Ricky P.D | Editor: Ponco Suseno</div>
<div class="post-content"><p><strong>Solopos.com, SOLO</strong> — ${SOLO[0]}</p><p>${SOLO[1]}</p><p><strong>Berita Terkait: <a>Pasar Legi Tahap Satu Rampung</a></strong></p><p>${SOLO[2]}</p></div></div>${FOOT('Solopos')}`,
    ),
  },
  // 11. Gatra: "Gatra.com -" lead, "02 Dec 2026 15:30", a quoted headline with a comma inside.
  {
    name: 'gatra quoted headline, english month',
    url: 'https://www.gatra.com/news-567890-nasional-waspada-hujan-lebat-bmkg-peringatkan-warga-jawa.html',
    title: HGATRA,
    published: '2026-12-02T15:30+07:00',
    text: j(`Jakarta, Gatra.com - ${GATRA[0]}`, GATRA[1], GATRA[2]),
    html: html(
      `<title>${HGATRA} - Gatra.com</title>${om('og:title', HGATRA.replace(/"/g, '&quot;'))}`,
      `<div class="header">GATRA</div><div class="content"><h1 class="title">${HGATRA}</h1><div class="meta"><span class="author">Ryan Puspa Bangsa</span> <span class="date">02 Dec 2026 15:30</span></div>
<div class="text"><p><strong>Jakarta, Gatra.com</strong> - ${GATRA[0]}</p><p>${GATRA[1]}</p><p>${GATRA[2]}</p></div><div class="terkait"><h4>Berita Terkait</h4><a>BMKG: Puncak Musim Hujan Januari</a></div></div>${FOOT('Gatra')}`,
    ),
  },
  // 12. Kontan-style page 2 of a multi-page article: "Halaman 2" in the title and a "Page 2" marker;
  //     the date printed again; the text of page 2 only.
  {
    name: 'page 2 of a multi-page article',
    url: 'https://investasi.kontan.co.id/news/harga-emas-antam-naik-rp12000-ini-rinciannya?page=2',
    title: HEMAS,
    published: '2026-12-02T10:27+07:00',
    text: j(
      'Berikut rincian harga emas Antam per gram hari ini: ukuran 0,5 gram Rp814.000, 1 gram Rp1.528.000, dan 2 gram Rp2.996.000.',
      'Harga tersebut sudah termasuk PPh 22 sebesar 0,45 persen bagi pembeli yang memiliki NPWP.',
    ),
    html: html(
      `<title>${HEMAS} Halaman 2 - Kontan</title>${om('og:title', `${HEMAS} Halaman 2`)}${om('article:published_time', '2026-12-02T10:27:00+07:00')}`,
      `<div class="header">KONTAN</div><div class="container"><h1 class="detail-desk">${HEMAS}</h1><div class="fs14">Rabu, 02 Desember 2026 / 10:27 WIB</div>
<div class="tmpt-desk-kon"><p>Berikut rincian harga emas Antam per gram hari ini: ukuran 0,5 gram Rp814.000, 1 gram Rp1.528.000, dan 2 gram Rp2.996.000.</p><p>Harga tersebut sudah termasuk PPh 22 sebesar 0,45 persen bagi pembeli yang memiliki NPWP.</p></div><div class="paging"><a>Sebelumnya</a> <a>1</a> <a class="active">2</a></div></div>${FOOT('Kontan')}`,
    ),
  },
];
