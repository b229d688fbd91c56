// Eleventh batch of handwritten Indonesian pages (issue 18), written in full AFTER every fix on
// branch w18-extract3 and BEFORE the extractor was run on them: the untouched estimate for the
// extractor as it was then (f4d07a2), run once. Okezone, a pemprov portal with a zone-less time with
// seconds, Suara with a summary box, Yoast's UTC @graph beside a WIB byline, an Antara photo, a
// KompasTV video, a live page with per-entry <time>s, "2 hari lalu" beside JSON-LD, a Surabaya radio
// site with a meta labelled Z, a Tempo page with a paywall box. The prose is invented.
// First and only untouched run (2026-12-03, at f4d07a2, `PANTAU_EVAL_PRINT=1 npx vitest run
// test/unit/extract/batch11.test.ts`): 10 pages, body token-F1 mean 0.992 (worst 0.923: the credit
// "ANTARA FOTO/…/nym." kept after the only caption), titles 10/10, dates 9/10 (a live entry's
// <time> inside its paragraph taken for the page's). After fixing both: 1.000 (1.000) / 10 / 10 —
// from then on tuned on.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

const SAMPAH = [
  'Tempat Pembuangan Akhir Sampah Suwung di Denpasar kembali terbakar pada Selasa malam, menyebabkan asap tebal menyelimuti permukiman di sekitarnya.',
  'Petugas pemadam kebakaran mengerahkan sembilan unit mobil dan membutuhkan waktu hampir enam jam untuk memadamkan api.',
  'Warga Desa Pedungan mengeluhkan sesak napas dan mata perih, sementara sebagian anak-anak diungsikan ke rumah kerabat.',
  'Pemerintah Provinsi Bali menyatakan akan mempercepat penutupan TPA Suwung dan mengalihkan pengolahan sampah ke tingkat desa.',
];
const GURU = [
  'Ratusan guru honorer di Kabupaten Jember menggelar aksi damai di depan kantor DPRD menuntut kejelasan pengangkatan menjadi PPPK.',
  'Mereka mengaku sudah mengabdi lebih dari sepuluh tahun dengan honor di bawah Rp500 ribu per bulan.',
  'Ketua DPRD Jember berjanji memanggil Badan Kepegawaian dan Pengembangan Sumber Daya Manusia untuk membahas kuota formasi tahun depan.',
];
const KERETA = [
  'PT Kereta Api Indonesia Daop 8 Surabaya menambah tiga perjalanan kereta tambahan selama libur akhir tahun untuk mengantisipasi lonjakan penumpang.',
  'Kereta tambahan melayani relasi Surabaya Gubeng–Yogyakarta, Surabaya Pasarturi–Semarang Tawang, dan Surabaya Gubeng–Banyuwangi.',
  'Hingga Rabu pagi, tiket yang terjual untuk periode 20 Desember hingga 4 Januari sudah mencapai 68 persen dari total kapasitas.',
  'Penumpang diimbau datang paling lambat satu jam sebelum keberangkatan dan memastikan identitas sesuai dengan tiket.',
];
const LONGSOR = [
  'Tanah longsor menutup akses jalan utama penghubung Kecamatan Pacet dan Kecamatan Trawas, Kabupaten Mojokerto, setelah hujan deras sejak sore.',
  'Material tanah dan batu setinggi dua meter menutup badan jalan sepanjang 30 meter sehingga kendaraan tidak dapat melintas.',
  'BPBD Kabupaten Mojokerto menurunkan alat berat untuk membersihkan material longsor dan menargetkan jalan bisa dilalui dalam 24 jam.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer><div class="foot-links"><a>Redaksi</a> <a>Pedoman Media Siber</a> <a>Info Iklan</a> <a>Karir</a></div><p>Copyright © 2026 ${n}</p></footer>`;

const HS = 'TPA Suwung Kembali Terbakar, Warga Pedungan Keluhkan Asap Tebal';
const HG = 'Ratusan Guru Honorer Jember Demo di DPRD, Tuntut Kejelasan PPPK';
const HK = 'KAI Daop 8 Surabaya Tambah Tiga Kereta Selama Libur Akhir Tahun';
const HL = 'Longsor Tutup Jalan Pacet-Trawas Mojokerto, Kendaraan Tak Bisa Melintas';

export const BATCH11_PAGES: BatchPage[] = [
  // 1. Okezone: "Rabu 02 Desember 2026 15:22 WIB", a section in the <title>, JSON-LD.
  {
    name: 'okezone with a section title',
    url: 'https://news.okezone.com/read/2026/12/02/337/3012345/tpa-suwung-kembali-terbakar-warga-pedungan-keluhkan-asap-tebal',
    title: HS,
    published: '2026-12-02T15:22+07:00',
    text: j(`DENPASAR - ${SAMPAH[0]}`, SAMPAH[1], SAMPAH[2], SAMPAH[3]),
    html: html(
      `<title>${HS} : Okezone Nasional</title>${om('og:title', `${HS} : Okezone Nasional`)}${om('og:site_name', 'Okezone')}${ld({ '@type': 'NewsArticle', headline: HS, datePublished: '2026-12-02T15:22:00+07:00' })}`,
      `<div class="header"><a>okezone</a></div><div class="container"><div class="breadcrumb"><a>News</a> <a>Nasional</a></div><div class="title"><h1>${HS}</h1></div>
<div class="reporter"><a>Agregasi Bali Post</a>, <span>Jurnalis</span> · <span class="namerep">Rabu 02 Desember 2026 15:22 WIB</span></div>
<div id="contentx" class="read"><p>DENPASAR - ${SAMPAH[0]}</p><p>${SAMPAH[1]}</p><p><strong>Baca Juga: <a>Sampah Menumpuk di Pasar Badung</a></strong></p><p>${SAMPAH[2]}</p><p>${SAMPAH[3]}</p></div>
<div class="box-gnews"><p>Follow Berita Okezone di Google News</p></div><div class="terpopuler"><h3>Terpopuler</h3><a>Harga Tiket Pesawat Jakarta-Bali Naik</a></div></div>${FOOT('Okezone')}`,
    ),
  },
  // 2. A pemprov portal: "Senin, 30 November 2026 - 10:15:00" with no zone, a hit counter.
  {
    name: 'pemprov portal zone-less time with seconds',
    url: 'https://jatimprov.go.id/berita/kai-daop-8-surabaya-tambah-tiga-kereta-selama-libur-akhir-tahun',
    title: HK,
    published: '2026-11-30T10:15+07:00',
    text: j(...KERETA),
    html: html(
      `<title>${HK} - Pemerintah Provinsi Jawa Timur</title>`,
      `<div class="top-header">Pemerintah Provinsi Jawa Timur</div><nav class="main-nav"><a>Beranda</a><a>Profil</a><a>Berita</a><a>Layanan</a></nav>
<section class="berita"><ol class="breadcrumb"><li>Beranda</li><li>Berita</li></ol><h2 class="title-berita">${HK}</h2><div class="info-post"><span><i class="icon-calendar"></i> Senin, 30 November 2026 - 10:15:00</span> <span><i class="icon-eye"></i> Dilihat 1.204 kali</span></div>
<div class="konten-berita">${ps(KERETA)}</div></section>
<section class="berita-terkait"><h3>Berita Terkait</h3><ul><li><a>Gubernur Tinjau Stasiun Gubeng</a><span>Jumat, 27 November 2026</span></li></ul></section>${FOOT('Pemprov Jatim')}`,
    ),
  },
  // 3. Suara: "Suara.com -" lead, "Rabu, 02 Desember 2026 | 09:30 WIB", a summary box above the text.
  {
    name: 'suara with a summary box',
    url: 'https://jatim.suara.com/read/2026/12/02/093000/ratusan-guru-honorer-jember-demo-di-dprd-tuntut-kejelasan-pppk',
    title: HG,
    published: '2026-12-02T09:30+07:00',
    text: j(`SuaraJatim.id - ${GURU[0]}`, GURU[1], GURU[2]),
    html: html(
      `<title>${HG}</title>${om('og:title', HG)}${om('og:site_name', 'SuaraJatim.id')}${om('article:published_time', '2026-12-02T09:30:00+07:00')}`,
      `<div class="header">SuaraJatim.id</div><div class="detail"><h1>${HG}</h1><div class="detail-info"><span class="writer">Chandra Iswinarno</span> <span class="date">Rabu, 02 Desember 2026 | 09:30 WIB</span></div>
<div class="baca-10-detik"><h4>Baca 10 detik</h4><ul><li>Guru honorer menuntut kejelasan PPPK.</li><li>DPRD akan memanggil BKPSDM.</li></ul></div>
<article class="detail-content"><p><strong>SuaraJatim.id</strong> - ${GURU[0]}</p><p>${GURU[1]}</p><p><em>Baca Juga: <a>Formasi PPPK Jember 2026 Diumumkan</a></em></p><p>${GURU[2]}</p></article>
<div class="tag"><span>Tag</span> <a>guru honorer</a> <a>jember</a></div></div>${FOOT('Suara.com')}`,
    ),
  },
  // 4. Yoast @graph in UTC (right: 06:45 UTC is 13:45 WIB) beside "2 Desember 2026 pukul 13.45 WIB".
  {
    name: 'yoast graph in utc beside a wib byline',
    url: 'https://baliekspres.id/tpa-suwung-kembali-terbakar-warga-pedungan-keluhkan-asap-tebal/',
    title: HS,
    published: '2026-12-02T13:45+07:00',
    text: j(...SAMPAH),
    html: html(
      `<title>${HS} - Bali Ekspres</title>${om('og:title', `${HS} - Bali Ekspres`)}${om('og:site_name', 'Bali Ekspres')}${om('article:published_time', '2026-12-02T06:45:10+00:00')}<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: `${HS} - Bali Ekspres` }, { '@type': 'Article', headline: HS, datePublished: '2026-12-02T06:45:10+00:00', dateModified: '2026-12-02T07:02:00+00:00' }] })}</script>`,
      `<div id="page"><header class="site-header"><div class="site-branding">Bali Ekspres</div></header><div id="content"><article class="post"><header class="entry-header"><span class="cat-links"><a>Denpasar</a></span><h1 class="entry-title">${HS}</h1><div class="entry-meta">Redaksi · 2 Desember 2026 pukul 13.45 WIB</div></header>
<div class="entry-content">${ps(SAMPAH)}<div class="sharedaddy"><h3>Bagikan ini:</h3><a>Facebook</a><a>WhatsApp</a></div></div></article>
<div id="comments"><h3>Tinggalkan Balasan</h3><form><p>Alamat email Anda tidak akan dipublikasikan.</p><textarea></textarea></form></div></div></div>${FOOT('Bali Ekspres')}`,
    ),
  },
  // 5. An Antara photo page: one caption paragraph, the photographer line after it.
  {
    name: 'antara photo with one caption',
    url: 'https://www.antaranews.com/foto/4412345/longsor-tutup-jalan-pacet-trawas',
    title: 'Longsor Tutup Jalan Pacet-Trawas',
    published: '2026-12-01T17:20+07:00',
    text: 'Petugas BPBD membersihkan material longsor yang menutup jalan penghubung Pacet dan Trawas, Kabupaten Mojokerto, Jawa Timur, Selasa (1/12/2026). Longsor terjadi setelah hujan deras mengguyur kawasan tersebut sejak sore.',
    html: html(
      `<title>Longsor Tutup Jalan Pacet-Trawas - ANTARA News</title>${om('og:title', 'Longsor Tutup Jalan Pacet-Trawas')}${om('og:type', 'article')}${om('article:published_time', '2026-12-01T17:20:00+07:00')}`,
      `<div class="header">ANTARA</div><div class="wrap"><div class="post-content"><h1 class="post-title">Longsor Tutup Jalan Pacet-Trawas</h1><p class="text-muted"><span>Selasa, 1 Desember 2026 17:20 WIB</span></p>
<div class="photo-wrap"><img src="/longsor.jpg"><div class="photo-caption">Petugas BPBD membersihkan material longsor yang menutup jalan penghubung Pacet dan Trawas, Kabupaten Mojokerto, Jawa Timur, Selasa (1/12/2026). Longsor terjadi setelah hujan deras mengguyur kawasan tersebut sejak sore. ANTARA FOTO/Syaiful Arif/nym.</div></div>
<p class="text-muted small">Pewarta: Syaiful Arif<br>Editor: Nyoman Budhiana</p><p class="text-muted small">COPYRIGHT © ANTARA 2026</p></div>
<div class="foto-terkait"><h3>Foto Terkait</h3><a>Banjir Bandang di Batu</a><a>Jembatan Putus di Pasuruan</a></div></div>${FOOT('ANTARA')}`,
    ),
  },
  // 6. A KompasTV video page: the outlet after the headline, a short lead, "2 Desember 2026, 16:40 WIB".
  {
    name: 'kompastv video with a short lead',
    url: 'https://www.kompas.tv/regional/612345/longsor-tutup-jalan-pacet-trawas-mojokerto-kendaraan-tak-bisa-melintas',
    title: HL,
    published: '2026-12-02T16:40+07:00',
    text: 'Longsor menutup jalan utama Pacet-Trawas di Mojokerto, Jawa Timur. Petugas BPBD menurunkan alat berat untuk membersihkan material tanah dan batu.',
    html: html(
      `<title>${HL} - KOMPAS TV</title>${om('og:title', `${HL}`)}${om('og:type', 'video.other')}${om('og:site_name', 'KompasTV')}`,
      `<div class="header">KompasTV</div><div class="container"><div class="video-wrap"><iframe src="https://www.youtube.com/embed/xyz789"></iframe></div><h1 class="title-video">${HL}</h1><div class="info-video">Kompas.tv - 2 Desember 2026, 16:40 WIB</div>
<div class="desc-video"><p>Longsor menutup jalan utama Pacet-Trawas di Mojokerto, Jawa Timur. Petugas BPBD menurunkan alat berat untuk membersihkan material tanah dan batu.</p></div><div class="credit-video">Penulis : Redaksi Kompas TV | Editor : Purwanto</div>
<div class="video-terkait"><h3>Video Terkait</h3><a><h4>Cuaca Ekstrem, Warga Lereng Welirang Diminta Waspada</h4></a><span>1 jam yang lalu</span></div></div>${FOOT('KompasTV')}`,
    ),
  },
  // 7. A live page: per-entry <time datetime> elements, the first publication in the byline only.
  {
    name: 'live page with per-entry time elements',
    url: 'https://www.jawapos.com/surabaya/live/2026/12/02/live-arus-penumpang-kereta-libur-akhir-tahun',
    title: 'LIVE: Arus Penumpang Kereta di Stasiun Surabaya Gubeng',
    published: '2026-12-02T06:00+07:00',
    text: j(
      '12.10 WIB: Antrean penumpang di pintu selatan Stasiun Gubeng mulai terurai. Petugas membuka dua loket tambahan.',
      `09.30 WIB: ${KERETA[2]}`,
      `06.00 WIB: ${KERETA[0]}`,
    ),
    html: html(
      `<title>LIVE: Arus Penumpang Kereta di Stasiun Surabaya Gubeng - Jawa Pos</title>${om('og:title', 'LIVE: Arus Penumpang Kereta di Stasiun Surabaya Gubeng')}`,
      `<div class="header">Jawa Pos</div><div class="read"><h1 class="read__title">LIVE: Arus Penumpang Kereta di Stasiun Surabaya Gubeng</h1><div class="read__info">Tim Jawa Pos · Rabu, 2 Desember 2026 06:00 WIB</div>
<div class="read__content"><div class="live-item"><p><time datetime="2026-12-02T12:10:00+07:00">12.10 WIB</time>: Antrean penumpang di pintu selatan Stasiun Gubeng mulai terurai. Petugas membuka dua loket tambahan.</p></div>
<div class="live-item"><p><time datetime="2026-12-02T09:30:00+07:00">09.30 WIB</time>: ${KERETA[2]}</p></div><div class="live-item"><p><time datetime="2026-12-02T06:00:00+07:00">06.00 WIB</time>: ${KERETA[0]}</p></div></div></div>${FOOT('Jawa Pos')}`,
    ),
  },
  // 8. "2 hari lalu" shown; JSON-LD gives the time.
  {
    name: '2 hari lalu beside json-ld',
    url: 'https://radarjember.id/guru-honorer-jember-demo-di-dprd/',
    title: HG,
    published: '2026-11-30T19:10+07:00',
    text: j(`JEMBER, Radar Jember – ${GURU[0]}`, GURU[1], GURU[2]),
    html: html(
      `<title>${HG} | Radar Jember</title>${om('og:title', HG)}${ld({ '@type': 'NewsArticle', headline: HG, datePublished: '2026-11-30T19:10:00+07:00', author: { '@type': 'Person', name: 'Maulana' } })}`,
      `<div class="header">Radar Jember</div><div class="article"><h1 class="article-title">${HG}</h1><div class="article-meta"><span>Maulana</span> <span class="time-ago">2 hari lalu</span></div>
<div class="article-body"><p><strong>JEMBER, Radar Jember</strong> – ${GURU[0]}</p><p>${GURU[1]}</p><p>${GURU[2]}</p></div><div class="related"><h3>Baca Juga</h3><a>PPPK Paruh Waktu Jember Segera Dilantik</a> <span>3 hari lalu</span></div></div>${FOOT('Radar Jember')}`,
    ),
  },
  // 9. A Surabaya radio site: "02 Desember 2026 | 11:05 WIB", a meta labelled Z with the WIB clock.
  {
    name: 'radio site with a meta Z that is WIB',
    url: 'https://www.suarasurabaya.net/kelanakota/2026/kai-daop-8-tambah-tiga-kereta-selama-libur-akhir-tahun/',
    title: HK,
    published: '2026-12-02T11:05+07:00',
    text: j(`suarasurabaya.net| ${KERETA[0]}`, KERETA[1], KERETA[3]),
    html: html(
      `<title>${HK} - Suara Surabaya</title>${om('og:title', HK)}${om('article:published_time', '2026-12-02T11:05:00Z')}${om('og:site_name', 'Suara Surabaya')}`,
      `<div class="header">suarasurabaya.net</div><div class="content"><h1 class="title">${HK}</h1><div class="meta">Laporan oleh Wildan Pratama · 02 Desember 2026 | 11:05 WIB</div>
<div class="entry-content"><p><strong>suarasurabaya.net|</strong> ${KERETA[0]}</p><p>${KERETA[1]}</p><p>${KERETA[3]}</p><p>Editor: Rifki Yusuf</p></div>
<div class="player-box"><p>Dengarkan Radio Suara Surabaya 100 FM secara live streaming.</p></div></div>${FOOT('Suara Surabaya')}`,
    ),
  },
  // 10. Tempo: "Rabu, 2 Desember 2026 12:20 WIB", a paywall box after the open paragraphs.
  {
    name: 'tempo with a paywall box',
    url: 'https://www.tempo.co/hukum/longsor-tutup-jalan-pacet-trawas-mojokerto-1234567',
    title: HL,
    published: '2026-12-02T12:20+07:00',
    text: j(`TEMPO.CO, Mojokerto - ${LONGSOR[0]}`, LONGSOR[1], LONGSOR[2]),
    html: html(
      `<title>${HL} | tempo.co</title>${om('og:title', HL)}${nm('publish-date', '2026-12-02 12:20:00')}${om('og:site_name', 'Tempo')}`,
      `<div class="header">TEMPO</div><div class="detail"><h1 class="title">${HL}</h1><p class="date">Rabu, 2 Desember 2026 12:20 WIB</p><p class="author">Reporter: Hanaa Septiana · Editor: Sunudyantoro</p>
<div class="detail-konten"><p><strong>TEMPO.CO, Mojokerto</strong> - ${LONGSOR[0]}</p><p>${LONGSOR[1]}</p><p>${LONGSOR[2]}</p></div>
<div class="paywall-box"><h4>Baca berita dengan sedikit iklan, klik di sini</h4><p>Berlangganan Tempo Digital mulai Rp 54.945 per bulan dan nikmati akses tanpa batas ke seluruh artikel.</p><button>Berlangganan</button></div>
<div class="pilihan-editor"><h3>Pilihan Editor</h3><a>Jalur Alternatif Menuju Trawas</a></div></div>${FOOT('Tempo')}`,
    ),
  },
];
