// Sixth batch of handwritten Indonesian pages (issue 18), written in full AFTER the batch-5 fixes and
// BEFORE the extractor was run on them: the held-out estimate for the extractor as last committed.
// Outlet families not used before (Beritasatu, Medcom, a Blogger-hosted local site, a Yoast @graph
// WordPress site, a pemprov Humas portal) and more photo/video pages. The prose is invented.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, om, ps } from './page-parts.js';

const VACC = [
  'Dinas Kesehatan Kota Jambi menargetkan 12.000 anak menerima imunisasi campak dan rubela dalam pekan imunisasi yang dimulai Senin di seluruh puskesmas.',
  'Kepala dinas mengatakan cakupan imunisasi tahun lalu baru mencapai 78 persen, jauh di bawah target nasional, sehingga risiko penularan campak masih tinggi.',
  'Petugas juga akan mendatangi sekolah dan posyandu di wilayah pinggiran kota yang selama ini sulit dijangkau.',
  '"Vaksin ini aman dan halal. Orang tua tidak perlu ragu membawa anaknya ke puskesmas terdekat," ujarnya.',
];
const RUBBER = [
  'Harga karet di tingkat petani di Kabupaten Batanghari naik menjadi Rp13.500 per kilogram, tertinggi dalam dua tahun terakhir.',
  'Kenaikan harga dipicu permintaan pabrik pengolahan yang meningkat menjelang akhir tahun, sementara pasokan berkurang karena musim hujan.',
  'Petani berharap harga bertahan, karena selama dua tahun terakhir mereka hanya menerima Rp8.000 hingga Rp9.000 per kilogram.',
  'Dinas Perkebunan meminta petani menjaga mutu getah dan menjual melalui kelompok tani agar posisi tawar lebih kuat.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const SIGNUP = `<div class="subscribe-wrap"><h4>Langganan Berita</h4><p>Masukkan alamat email Anda dan dapatkan kabar terbaru dari Jambi setiap hari, gratis dan tanpa spam.</p><form><input type="email" name="email"><button>Langganan</button></form></div>`;
const MORE = `<div class="more-news"><h3>Berita Lainnya</h3><ul><li><a href="/m1">Harga Sawit di Jambi Naik Tipis Pekan Ini</a><p>Harga tandan buah segar sawit di Jambi naik tipis menjadi Rp2.900 per kilogram, petani menyambut baik.</p></li><li><a href="/m2">Petani Karet Tebo Bentuk Koperasi</a><p>Ratusan petani karet di Kabupaten Tebo membentuk koperasi untuk memperkuat posisi tawar terhadap tengkulak.</p></li></ul></div>`;
const FOOT = (n: string) => `<footer><p>© 2026 ${n}. Hak cipta dilindungi.</p></footer>`;

const HV = 'Dinkes Kota Jambi Targetkan 12.000 Anak Imunisasi Campak';
const HR = 'Harga Karet di Batanghari Tembus Rp13.500, Tertinggi dalam Dua Tahun';

// First run (2026-12-02, `PANTAU_EVAL_PRINT=1 npx vitest run test/unit/extract/batch6.test.ts`):
// 8 pages, body token-F1 mean 0.991 (worst 0.947), titles 7/8 (a "| Humas Pemprov Jambi" suffix kept),
// dates 7/8 (a Blogger page: the time only in abbr.published's title, the day in a date header above
// the post title; came out as midnight). `miss` marks what failed then.
export const BATCH6_PAGES: BatchPage[] = [
  // 1. Beritasatu: dateline with the outlet, a related link box between paragraphs, "Sumber:" line.
  {
    name: 'beritasatu with an inline related box',
    url: 'https://www.beritasatu.com/nusantara/2900001/dinkes-kota-jambi-targetkan-12000-anak-imunisasi-campak',
    title: HV,
    published: '2026-12-02T14:35+07:00',
    text: j(`Jambi, Beritasatu.com - ${VACC[0]}`, VACC[1], VACC[2], VACC[3]),
    html: html(
      `<title>${HV}</title>${om('og:title', HV)}${om('og:site_name', 'Beritasatu.com')}${ld({ '@type': 'NewsArticle', headline: HV, datePublished: '2026-12-02T14:35:00+07:00' })}`,
      `<div class="header"><a href="/">beritasatu</a><nav><a>Nasional</a><a>Nusantara</a></nav></div><div class="container"><div class="col-8">
<h1 class="fw-bold">${HV}</h1><div class="my-2 small"><span>Muhammad Riyadi</span> / <span>FER</span><br><span>Rabu, 2 Desember 2026 | 14:35 WIB</span></div>
<div class="my-3"><img src="/vaksin.jpg" class="img-fluid"><div class="small fst-italic">Ilustrasi imunisasi anak. (Beritasatu.com/Dok)</div></div>
<div class="body-content"><p><strong>Jambi, Beritasatu.com</strong> - ${VACC[0]}</p><p>${VACC[1]}</p><div class="b1-related"><span>Baca Selengkapnya</span><a>Kasus Campak di Jambi Meningkat</a></div><p>${VACC[2]}</p><p>${VACC[3]}</p><p class="small">Sumber: BeritaSatu.com</p></div>
</div><div class="col-4">${MORE}</div></div>${FOOT('Beritasatu')}`,
    ),
  },
  // 2. Medcom: date without a zone, the body in a div with <br> paragraphs, a "Cek Berita" promo line.
  {
    name: 'medcom with br paragraphs and a promo line',
    url: 'https://www.medcom.id/nasional/daerah/Nbxyz123-harga-karet-di-batanghari-tembus-rp13-500',
    title: HR,
    published: '2026-12-02T08:05+07:00',
    text: j(`Jambi: ${RUBBER[0]}`, RUBBER[1], RUBBER[2], RUBBER[3], '(ADN)'),
    html: html(
      `<title>${HR} - Medcom.id</title>${om('og:title', `${HR} - Medcom.id`)}${om('article:published_time', '2026-12-02T08:05:00+07:00')}`,
      `<div class="header"><a href="/">medcom.id</a></div><div class="content_left"><div class="article_title"><h1>${HR}</h1></div>
<div class="info_author"><span>Ahmad Dani</span> • <span>02 Desember 2026 08:05</span></div>
<div class="article_img"><img src="/karet.jpg"><span class="caption">Petani menyadap karet. Medcom.id/Ahmad</span></div>
<div class="article_text" id="articleBody">Jambi: ${RUBBER[0]}<br><br>${RUBBER[1]}<br><br>${RUBBER[2]}<br><br>${RUBBER[3]}<br><br><b>Cek Berita dan Artikel yang lain di Google News</b><br><br>(ADN)</div>
<div class="tags"><a>karet</a><a>jambi</a></div></div>${MORE}${FOOT('Medcom.id')}`,
    ),
  },
  // 3. A Blogger-hosted local outlet: date header above the post, time in abbr.published, comments.
  {
    name: 'blogger local outlet with date header and abbr time',
    url: 'https://www.kabarbatanghari.com/2026/12/harga-karet-di-batanghari-tembus-rp13500.html',
    title: HR,
    published: '2026-12-02T09:40+07:00',
    text: j(...RUBBER),
    html: html(
      `<title>Kabar Batanghari: ${HR}</title>${om('og:title', HR)}`,
      `<div class="header-outer"><h1 class="title">Kabar Batanghari</h1><p class="description">Berita Terkini Batanghari</p></div>
<div class="main-outer"><div class="date-outer"><h2 class="date-header"><span>Rabu, 02 Desember 2026</span></h2><div class="post-outer"><div class="post hentry">
<h3 class="post-title entry-title">${HR}</h3><div class="post-header"><span class="post-author vcard">Diposting oleh <span class="fn">Admin</span></span> <span class="post-timestamp">pada <abbr class="published" title="2026-12-02T09:40:00+07:00">09.40</abbr></span></div>
<div class="post-body entry-content">${ps(RUBBER)}</div>
<div class="post-footer"><span class="post-labels">Label: <a>Ekonomi</a></span></div></div>
<div class="comments" id="comments"><h4>Tidak ada komentar:</h4><p>Posting Komentar</p></div></div></div>
<div class="blog-pager"><a>Posting Lebih Baru</a> <a>Posting Lama</a> <a>Beranda</a></div></div>${FOOT('Kabar Batanghari')}`,
    ),
  },
  // 4. WordPress with a Yoast @graph: the date only there (UTC), the visible date without a time.
  {
    name: 'yoast graph date, visible day only',
    url: 'https://jambipos.id/dinkes-kota-jambi-targetkan-12-000-anak-imunisasi-campak/',
    title: HV,
    published: '2026-12-01T14:35+07:00',
    text: j(...VACC),
    html: html(
      `<title>${HV} - Jambi Pos</title>${om('og:title', `${HV} - Jambi Pos`)}${om('og:site_name', 'Jambi Pos')}
<script type="application/ld+json" class="yoast-schema-graph">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: `${HV} - Jambi Pos`, datePublished: '2026-12-01T07:35:00+00:00', dateModified: '2026-12-01T09:00:00+00:00' }, { '@type': 'Article', headline: HV, datePublished: '2026-12-01T07:35:00+00:00', dateModified: '2026-12-01T09:00:00+00:00' }, { '@type': 'Organization', name: 'Jambi Pos' }] })}</script>`,
      `<header class="site-header"><a href="/">Jambi Pos</a></header><div class="site-content"><article class="post"><h1 class="entry-title">${HV}</h1>
<div class="entry-meta"><span class="posted-on">1 Desember 2026</span> <span class="byline">Redaksi</span></div><div class="entry-content">${ps(VACC)}</div></article>
<div class="wp-block-latest-posts"><h3>Terbaru</h3><ul><li><a>Harga Karet Naik</a><time datetime="2026-12-02T01:00:00+00:00">2 Desember 2026</time></li></ul></div></div>${FOOT('Jambi Pos')}`,
    ),
  },
  // 5. A pemprov Humas portal: the title suffix names the office, not the site name in any meta.
  {
    name: 'pemprov humas portal with office suffix',
    url: 'https://humas.jambiprov.go.id/berita/2026/12/02/harga-karet-di-batanghari-tembus',
    title: HR,
    published: '2026-12-02T16:10+07:00',
    text: j(RUBBER[0], RUBBER[1], RUBBER[3]),
    html: html(
      `<title>${HR} | Humas Pemprov Jambi</title>`,
      `<div class="navbar"><a class="brand">Biro Administrasi Pimpinan Setda Provinsi Jambi</a></div><div class="container"><div class="row"><div class="col-md-9">
<h2 class="judul">${HR}</h2><div class="meta">02/12/2026 16:10 · Humas Setda</div><img src="/karet.jpg">
<div class="isi">${ps([RUBBER[0], RUBBER[1], RUBBER[3]])}</div></div><div class="col-md-3"><h4>Berita Terkini</h4><ul><li><a>Gubernur Terima Kunjungan Kerja DPD RI</a><br>01/12/2026</li></ul></div></div></div>${FOOT('Pemerintah Provinsi Jambi')}`,
    ),
  },
  // 6. An Antara photo gallery: three figcaptions with credits, a sign-up form beside it.
  {
    name: 'antara gallery with figcaptions and a sign-up form',
    url: 'https://jambi.antaranews.com/foto/612900/imunisasi-campak-di-puskesmas-kota-jambi',
    title: 'Imunisasi campak di puskesmas Kota Jambi',
    published: '2026-12-02T11:00+07:00',
    text: j(
      'Petugas kesehatan memberikan imunisasi campak dan rubela kepada seorang balita di Puskesmas Putri Ayu, Kota Jambi, Rabu (2/12/2026).',
      'Sejumlah orang tua mengantre bersama anak-anaknya untuk mendapatkan imunisasi pada hari ketiga pekan imunisasi.',
      'Petugas mencatat data anak yang telah diimunisasi di buku kesehatan ibu dan anak.',
    ),
    html: html(
      `<title>Imunisasi campak di puskesmas Kota Jambi - ANTARA News Jambi</title>${om('og:title', 'Imunisasi campak di puskesmas Kota Jambi')}${om('article:published_time', '2026-12-02T11:00:00+07:00')}`,
      `<header><a href="/">ANTARA Jambi</a></header><div class="wrapper"><div class="col-md-8"><h1 class="post-title">Imunisasi campak di puskesmas Kota Jambi</h1><p class="text-muted small">Rabu, 2 Desember 2026 11:00 WIB</p>
<div class="gallery">
<figure><img src="/i1.jpg"><figcaption>Petugas kesehatan memberikan imunisasi campak dan rubela kepada seorang balita di Puskesmas Putri Ayu, Kota Jambi, Rabu (2/12/2026). ANTARA FOTO/Wahdi Septiawan</figcaption></figure>
<figure><img src="/i2.jpg"><figcaption>Sejumlah orang tua mengantre bersama anak-anaknya untuk mendapatkan imunisasi pada hari ketiga pekan imunisasi. ANTARA FOTO/Wahdi Septiawan</figcaption></figure>
<figure><img src="/i3.jpg"><figcaption>Petugas mencatat data anak yang telah diimunisasi di buku kesehatan ibu dan anak. ANTARA FOTO/Wahdi Septiawan</figcaption></figure></div></div>
<div class="col-md-4">${SIGNUP}</div></div>${MORE}${FOOT('ANTARA')}`,
    ),
  },
  // 7. Tribun video page: "VIDEO:" kicker in the headline, a one-paragraph lead, youtube embed.
  {
    name: 'tribun video with a kicker and a one-paragraph lead',
    url: 'https://jambi.tribunnews.com/video/2026/12/02/video-harga-karet-di-batanghari-tembus-rp13500',
    title: 'VIDEO: Harga Karet di Batanghari Tembus Rp13.500',
    published: '2026-12-02T17:30+07:00',
    text: 'TRIBUNJAMBI.COM - Harga karet di tingkat petani di Kabupaten Batanghari naik menjadi Rp13.500 per kilogram, tertinggi dalam dua tahun terakhir. Petani berharap harga bertahan hingga tahun depan.',
    html: html(
      `<title>VIDEO: Harga Karet di Batanghari Tembus Rp13.500 - Tribunjambi.com</title>${om('og:title', 'VIDEO: Harga Karet di Batanghari Tembus Rp13.500 - Tribunjambi.com')}${om('og:type', 'video.other')}<meta name="pubdate" content="2026-12-02T17:30:00+07:00">`,
      `<div id="header"><a href="/">tribunjambi</a></div><div class="main"><div id="article"><h1 id="arttitle">VIDEO: Harga Karet di Batanghari Tembus Rp13.500</h1>
<div class="mt10"><div id="penulis">Penulis: <a>Rifani Halim</a></div><time class="grey">Rabu, 2 Desember 2026 17:30 WIB</time></div>
<div class="ytb"><iframe src="https://www.youtube.com/embed/xyz"></iframe></div>
<div class="side-article txt-article"><p><strong>TRIBUNJAMBI.COM</strong> - Harga karet di tingkat petani di Kabupaten Batanghari naik menjadi Rp13.500 per kilogram, tertinggi dalam dua tahun terakhir. Petani berharap harga bertahan hingga tahun depan.</p></div></div>
${MORE}${SIGNUP}</div>${FOOT('Tribunjambi.com')}`,
    ),
  },
  // 8. Suara video page: the description in a "desc" block under the player, "Video Lainnya" cards.
  {
    name: 'suara video with a description block',
    url: 'https://jambi.suara.com/video/2026/12/02/130000/imunisasi-campak-di-kota-jambi',
    title: 'Imunisasi Campak di Kota Jambi',
    published: '2026-12-02T13:00+07:00',
    text: 'Dinas Kesehatan Kota Jambi menargetkan 12.000 anak menerima imunisasi campak dan rubela. Petugas mendatangi sekolah dan posyandu di pinggiran kota.',
    html: html(
      `<title>Imunisasi Campak di Kota Jambi - Video Suarajambi.id</title>${om('og:title', 'Imunisasi Campak di Kota Jambi')}${om('og:type', 'video.other')}${om('article:published_time', '2026-12-02T13:00:00+07:00')}`,
      `<div class="header"><a href="/">SuaraJambi.id</a></div><div class="wrapper"><div class="content"><div class="video-wrap"><iframe src="https://www.youtube.com/embed/abc"></iframe></div>
<h1>Imunisasi Campak di Kota Jambi</h1><div class="date-article"><span>Rabu, 02 Desember 2026 | 13:00 WIB</span></div>
<div class="desc-video"><p>Dinas Kesehatan Kota Jambi menargetkan 12.000 anak menerima imunisasi campak dan rubela. Petugas mendatangi sekolah dan posyandu di pinggiran kota.</p></div>
<div class="video-lainnya"><h3>Video Lainnya</h3><div class="item"><a><h4>Harga Karet Tembus Rp13.500</h4></a><p>Harga karet di tingkat petani di Batanghari naik ke level tertinggi dalam dua tahun terakhir, petani menyambut gembira.</p></div></div></div></div>${FOOT('Suara.com')}`,
    ),
  },
];
