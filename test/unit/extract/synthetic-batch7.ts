// Seventh batch of handwritten Indonesian pages (issue 18), written in full AFTER the batch-6 fixes and
// BEFORE the extractor was run on them: the held-out estimate for the extractor as finally committed
// on this branch. The prose is invented.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, om, ps } from './page-parts.js';

const BRIDGE = [
  'Jembatan gantung penghubung Desa Teluk Kuali dan Desa Tanjung Aur di Kabupaten Tebo putus setelah diterjang arus Sungai Batang Tebo yang meluap, Rabu pagi.',
  'Tidak ada korban jiwa, namun sekitar 600 warga kini harus menyeberang menggunakan perahu untuk pergi ke sekolah, pasar, dan kebun.',
  'Kepala desa mengatakan jembatan sepanjang 80 meter itu dibangun pada 2009 dan sudah lama dikeluhkan karena tali bajanya berkarat.',
  '"Kami sudah tiga kali mengusulkan perbaikan lewat musrenbang, tapi belum pernah disetujui," katanya.',
  'Badan Penanggulangan Bencana Daerah Kabupaten Tebo menyiagakan dua perahu dan petugas untuk membantu warga menyeberang selama jembatan belum diperbaiki.',
];
const TOURISM = [
  'Jumlah wisatawan yang berkunjung ke kawasan Candi Muaro Jambi selama libur akhir pekan meningkat tajam setelah akses jalan menuju kompleks candi selesai diperbaiki.',
  'Pengelola mencatat lebih dari 4.000 pengunjung pada Sabtu dan Minggu, hampir dua kali lipat dibanding akhir pekan sebelumnya.',
  'Pedagang makanan dan penyewa sepeda di sekitar kawasan ikut merasakan dampaknya. Sebagian bahkan kehabisan dagangan sebelum sore.',
  'Pemerintah kabupaten berencana menambah lahan parkir dan toilet umum untuk mengantisipasi lonjakan pengunjung saat libur Natal dan Tahun Baru.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const RELATED = `<div class="box-related"><h3>Berita Terkait</h3><div class="item"><a href="/r1"><h4>Warga Tebo Menyeberang dengan Perahu</h4></a><span>Kamis, 5 November 2026 10:00 WIB</span></div><div class="item"><a href="/r2"><h4>BPBD Tebo Siagakan Perahu</h4></a><span>Rabu, 4 November 2026 09:00 WIB</span></div></div>`;
const SIGNUP = `<section class="cta-langganan"><h4>Jangan lewatkan kabar penting</h4><p>Daftarkan email Anda untuk menerima rangkuman berita pilihan setiap pagi dari redaksi kami, gratis.</p><input type="email" placeholder="Email"><button>Daftar</button></section>`;
const FOOT = (n: string) => `<footer><p>Redaksi · Pedoman Media Siber · Kebijakan Privasi</p><p>© 2026 ${n}</p></footer>`;

const HB = 'Jembatan Gantung di Tebo Putus Diterjang Arus, 600 Warga Terisolasi';
const HT = 'Wisatawan Candi Muaro Jambi Melonjak Usai Jalan Diperbaiki';

// First run (2026-12-02, `PANTAU_EVAL_PRINT=1 npx vitest run test/unit/extract/batch7.test.ts`):
// 8 pages, body token-F1 mean 0.993 (worst 0.947), titles 6/8 (a 7-word office name as the suffix; a
// JSON-LD headline cut without "…" taken over the full <h1>), dates 7/8 (a WITA page's correct UTC meta
// written out in WIB: the right instant, the wrong zone). `miss` marks what failed then.
export const BATCH7_PAGES: BatchPage[] = [
  // 1. detik with a "Simak Video" box and a Gambas placeholder inside the body, page anchors below.
  {
    name: 'detik with simak video and page anchors',
    url: 'https://www.detik.com/sumbagsel/berita/d-7713001/jembatan-gantung-di-tebo-putus-diterjang-arus-600-warga-terisolasi',
    title: HB,
    published: '2026-12-02T11:22+07:00',
    text: j(`Tebo - ${BRIDGE[0]}`, BRIDGE[1], BRIDGE[2]),
    html: html(
      `<title>${HB}</title>${om('og:title', HB)}<meta name="publishdate" content="2026/12/02 11:22:03">`,
      `<div class="header">detikSumbagsel</div><div class="container"><article class="detail"><h1 class="detail__title">${HB}</h1><div class="detail__author">Rifan Hidayat - detikSumbagsel</div><div class="detail__date">Rabu, 02 Des 2026 11:22 WIB</div>
<div class="detail__body-text itp_bodycontent"><p><strong>Tebo</strong> - ${BRIDGE[0]}</p><p>${BRIDGE[1]}</p><p><strong>Simak Video "Detik-detik Jembatan Gantung Putus di Tebo"</strong></p><p>[Gambas:Video 20detik]</p><p>${BRIDGE[2]}</p></div>
<div class="detail__anchor-numb"><a class="selected">1</a><a href="?page=2">2</a><a href="?page=2">Selanjutnya</a></div>
<div class="detail__body-tag"><a>jembatan putus</a></div></article>${RELATED}</div>${FOOT('detikcom')}`,
    ),
  },
  // 2. Tribun with "Artikel ini telah tayang di …" at the end and a Google News line.
  {
    name: 'tribun with the syndication line',
    url: 'https://jambi.tribunnews.com/2026/12/02/wisatawan-candi-muaro-jambi-melonjak-usai-jalan-diperbaiki',
    title: HT,
    published: '2026-12-02T07:50+07:00',
    text: j(`TRIBUNJAMBI.COM, MUARO JAMBI - ${TOURISM[0]}`, TOURISM[1], TOURISM[2], TOURISM[3]),
    html: html(
      `<title>${HT} - Tribunjambi.com</title>${om('og:title', `${HT} - Tribunjambi.com`)}<meta name="pubdate" content="2026-12-02T07:50:11+07:00">`,
      `<div id="header">tribunjambi</div><div class="main"><div id="article"><h1 id="arttitle">${HT}</h1><div class="mt10"><div id="penulis">Penulis: <a>Hasbi</a></div><time class="grey">Rabu, 2 Desember 2026 07:50 WIB</time></div>
<div class="side-article txt-article"><p><strong>TRIBUNJAMBI.COM, MUARO JAMBI</strong> - ${TOURISM[0]}</p><p>${TOURISM[1]}</p><p>${TOURISM[2]}</p><p>${TOURISM[3]}</p>
<p>Artikel ini telah tayang di Tribunnews.com dengan judul Wisatawan Candi Muaro Jambi Melonjak</p><p>Ikuti berita terbaru Tribunjambi.com di Google News</p></div></div></div>${FOOT('Tribunjambi.com')}`,
    ),
  },
  // 3. Joomla pemkab portal: dd.published with "Diterbitkan:", an office name as the title suffix.
  {
    name: 'joomla pemkab portal with diterbitkan',
    url: 'https://kominfo.tebokab.go.id/index.php/berita/412-jembatan-gantung-teluk-kuali-putus',
    title: 'Jembatan Gantung Teluk Kuali Putus, BPBD Siagakan Perahu',
    published: '2026-12-02T15:00+07:00',
    text: j(BRIDGE[0], BRIDGE[1], BRIDGE[4]),
    html: html(
      `<title>Jembatan Gantung Teluk Kuali Putus, BPBD Siagakan Perahu - Dinas Komunikasi dan Informatika Kabupaten Tebo</title>`,
      `<div id="header"><div class="logo">Diskominfo Kabupaten Tebo</div><ul class="menu"><li>Beranda</li><li>Berita</li><li>Layanan</li></ul></div>
<div id="main"><div class="item-page"><h2 itemprop="headline">Jembatan Gantung Teluk Kuali Putus, BPBD Siagakan Perahu</h2>
<dl class="article-info"><dt class="article-info-term">Rincian</dt><dd class="createdby">Ditulis oleh Admin Kominfo</dd><dd class="published"><time datetime="2026-12-02T08:00:00+00:00">Diterbitkan: Rabu, 02 Desember 2026 15:00</time></dd><dd class="hits">Dilihat: 87</dd></dl>
<div itemprop="articleBody">${ps([BRIDGE[0], BRIDGE[1], BRIDGE[4]])}</div>
<ul class="pager pagenav"><li class="previous"><a>‹ Sebelumnya</a></li><li class="next"><a>Selanjutnya ›</a></li></ul></div></div>${FOOT('Diskominfo Tebo')}`,
    ),
  },
  // 4. A detikFoto-style photo page: one caption paragraph in the body, "Foto Terkait" teasers, sign-up.
  {
    name: 'photo page with one caption paragraph and teasers',
    url: 'https://www.portaltebo.com/foto/2026/12/02/jembatan-gantung-putus',
    title: 'Jembatan Gantung Putus',
    published: '2026-12-02T13:40+07:00',
    text: 'Warga melihat jembatan gantung yang putus diterjang arus Sungai Batang Tebo di Desa Teluk Kuali, Kabupaten Tebo, Jambi, Rabu (2/12/2026). Sekitar 600 warga kini harus menyeberang menggunakan perahu.',
    html: html(
      `<title>Foto: Jembatan Gantung Putus - Portal Tebo</title>${om('og:title', 'Jembatan Gantung Putus')}${om('og:type', 'article')}${om('article:published_time', '2026-12-02T13:40:00+07:00')}`,
      `<div class="topnav"><a>Portal Tebo</a> <a>Foto</a></div><div class="page"><div class="photo-detail"><h1>Jembatan Gantung Putus</h1><span class="tgl">Rabu, 2 Desember 2026 13:40 WIB</span>
<div class="photo-main"><img src="/j.jpg"></div><div class="photo-text"><p>Warga melihat jembatan gantung yang putus diterjang arus Sungai Batang Tebo di Desa Teluk Kuali, Kabupaten Tebo, Jambi, Rabu (2/12/2026). Sekitar 600 warga kini harus menyeberang menggunakan perahu.</p><p class="credit">Foto: Portal Tebo/Andi</p></div></div>
<div class="foto-terkait"><h3>Foto Terkait</h3><div><a><h4>Banjir Rendam Desa di Tebo</h4></a><p>Banjir merendam puluhan rumah warga di Kecamatan Tebo Ulu setelah hujan deras mengguyur selama dua hari berturut-turut.</p></div></div>${SIGNUP}</div>${FOOT('Portal Tebo')}`,
    ),
  },
  // 5. og:title cut with "...", JSON-LD headline cut at 60 characters, the full headline in the <h1>.
  {
    name: 'truncated og and json-ld titles, full h1',
    url: 'https://www.jambiaktual.com/news/2026/12/02/wisatawan-candi-muaro-jambi-melonjak',
    title: HT,
    published: '2026-12-02T09:15+07:00',
    text: j(...TOURISM),
    html: html(
      `<title>${HT} | Jambi Aktual</title>${om('og:title', 'Wisatawan Candi Muaro Jambi Melonjak Usai...')}${ld({ '@type': 'NewsArticle', headline: 'Wisatawan Candi Muaro Jambi Melonjak Usai Jalan', datePublished: '2026-12-02' })}`,
      `<div class="header">Jambi Aktual</div><div class="content"><h1 class="entry-title">${HT}</h1><div class="entry-meta">02/12/2026 - 09:15 WIB</div><div class="entry-content">${ps(TOURISM)}</div>${SIGNUP}${RELATED}</div>${FOOT('Jambi Aktual')}`,
    ),
  },
  // 6. A WITA outlet: the byline in WITA, a correct UTC meta.
  {
    name: 'wita outlet with a correct utc meta',
    url: 'https://www.kabarmakassar.co.id/berita/2026/12/02/wisatawan-pantai-losari-melonjak',
    title: 'Wisatawan Pantai Losari Melonjak Saat Akhir Pekan',
    published: '2026-12-02T21:05+08:00',
    text: j(
      'Jumlah pengunjung kawasan Pantai Losari, Kota Makassar, melonjak pada akhir pekan setelah pemerintah kota menggelar festival kuliner di anjungan pantai.',
      'Pengelola mencatat lebih dari 15.000 orang datang pada Sabtu malam, sehingga arus lalu lintas di Jalan Penghibur sempat tersendat.',
      'Dinas Pariwisata berencana menggelar festival serupa setiap bulan untuk menggerakkan ekonomi pedagang kecil di sekitar pantai.',
    ),
    html: html(
      `<title>Wisatawan Pantai Losari Melonjak Saat Akhir Pekan - Kabar Makassar</title>${om('og:title', 'Wisatawan Pantai Losari Melonjak Saat Akhir Pekan')}${om('article:published_time', '2026-12-02T13:05:00+00:00')}`,
      `<div class="header">Kabar Makassar</div><div class="content"><h1>Wisatawan Pantai Losari Melonjak Saat Akhir Pekan</h1><div class="byline">Andi Baso · Rabu, 2 Desember 2026 21:05 WITA</div>
<div class="article-body"><p>Jumlah pengunjung kawasan Pantai Losari, Kota Makassar, melonjak pada akhir pekan setelah pemerintah kota menggelar festival kuliner di anjungan pantai.</p><p>Pengelola mencatat lebih dari 15.000 orang datang pada Sabtu malam, sehingga arus lalu lintas di Jalan Penghibur sempat tersendat.</p><p>Dinas Pariwisata berencana menggelar festival serupa setiap bulan untuk menggerakkan ekonomi pedagang kecil di sekitar pantai.</p></div></div>${FOOT('Kabar Makassar')}`,
    ),
  },
  // 7. Kompas.id: a paywall box after the visible paragraphs, the section before the headline.
  {
    name: 'kompas.id with a paywall box',
    url: 'https://www.kompas.id/artikel/jembatan-gantung-di-tebo-putus-diterjang-arus',
    title: HB,
    published: '2026-12-02T16:30+07:00',
    text: j(BRIDGE[0], BRIDGE[1]),
    html: html(
      `<title>${HB} - Kompas.id</title>${om('og:title', HB)}${om('og:site_name', 'kompas.id')}${ld({ '@type': 'NewsArticle', headline: HB, datePublished: '2026-12-02T09:30:00.000Z', isAccessibleForFree: false })}`,
      `<div class="header">KOMPAS.id</div><main><article><div class="kicker"><a>Nusantara</a></div><h1 class="article-title">${HB}</h1><div class="article-meta"><span>Oleh Irma Tambunan</span><span>2 Desember 2026 16:30 WIB</span><span>·</span><span>3 menit baca</span></div>
<div class="article-content">${ps([BRIDGE[0], BRIDGE[1]])}</div>
<div class="paywall"><h3>Artikel ini khusus pelanggan</h3><p>Nikmati akses tanpa batas ke seluruh artikel, arsip harian Kompas sejak 1965, dan e-paper di semua perangkat Anda dengan berlangganan Kompas Digital Premium.</p><a>Berlangganan</a> <a>Masuk</a></div></article></main>${FOOT('Kompas.id')}`,
    ),
  },
  // 8. A video page whose lead sits in a "summary" block above the player; a comment box below.
  {
    name: 'video page with the lead above the player',
    url: 'https://www.jambione.com/video/2026/12/02/wisatawan-candi-muaro-jambi-melonjak',
    title: HT,
    published: '2026-12-02T18:00+07:00',
    text: 'Jumlah wisatawan ke Candi Muaro Jambi melonjak hampir dua kali lipat pada akhir pekan setelah akses jalan selesai diperbaiki. Pedagang di sekitar kawasan ikut kebanjiran pembeli.',
    html: html(
      `<title>${HT} | Jambi One</title>${om('og:title', HT)}${om('og:type', 'video.other')}${om('article:published_time', '2026-12-02T18:00:00+07:00')}`,
      `<div class="nav">Jambi One · Video</div><div class="wrap"><h1>${HT}</h1><div class="date">Rabu, 2 Desember 2026 18:00 WIB</div>
<div class="summary"><p>Jumlah wisatawan ke Candi Muaro Jambi melonjak hampir dua kali lipat pada akhir pekan setelah akses jalan selesai diperbaiki. Pedagang di sekitar kawasan ikut kebanjiran pembeli.</p></div>
<div class="player"><iframe src="https://www.youtube.com/embed/q1"></iframe></div>
<div class="comment-box"><h3>Komentar</h3><p>Belum ada komentar. Jadilah yang pertama memberikan tanggapan atas video ini dan bagikan pendapat Anda.</p></div>${RELATED}</div>${FOOT('Jambi One')}`,
    ),
  },
];
