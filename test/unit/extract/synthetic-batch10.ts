// Tenth batch of handwritten Indonesian pages (issue 18, article fields), written in full BEFORE the
// extractor was run on them and before any extraction change on this branch: the first run is the
// estimate for unseen pages. Weighted to dates (the field furthest under its target): Kompas with a
// JSON-LD time labelled Z that is WIB, detik, Tribun with a syndicated title, Antara, a pemkab
// portal with a two-digit year, a radio station in WITA, an English-locale JNews page printing
// "12/02/2026 02:20 PM", a Newspaper theme with sidebar, newsletter and comment count, a "[VIDEO]"
// kicker, a gallery of captions, a live report, AMP, "2 jam lalu" beside a machine date, a meta date
// at midnight against a byline with the time, a feed labelled +0000 that is WITA, an aggregator
// keeping another outlet's name after the headline, and "Diperbarui" printed first. Invented prose.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om, ps } from './page-parts.js';

// First and only untouched run (2026-12-03, at main e997065, before any extraction change on branch
// w18-extract3; `PANTAU_EVAL_PRINT=1 npx vitest run test/unit/extract/batch10.test.ts`): 17 pages,
// body token-F1 mean 0.995 (worst 0.958: Tribun's "Laporan Wartawan" line kept), titles 16/17 (the
// "[VIDEO]" label kept), dates 14/17 (the two-digit year not read, "12/02/2026 02:20 PM" read day
// first, a midnight meta time beat the byline's 19:40), the feed case right. After the fixes it
// prompted: 1.000 (1.000) / 17 / 17 — from then on these pages are tuned on. (Page 2's expected
// text then got detik's editor initials, which batch 3 keeps, and page 16's its "Sumber:" line,
// which the real pages' texts keep; at the first run both lacked them.)

const ROB = [
  'Banjir rob kembali merendam kawasan pesisir Kota Semarang, terutama di Kelurahan Tambak Lorok dan Bandarharjo, sejak Selasa sore.',
  'Ketinggian air di permukiman warga mencapai 40 hingga 60 sentimeter, sementara sebagian ruas Jalan Kakap tidak bisa dilalui kendaraan roda dua.',
  '"Setiap bulan purnama pasti begini. Kami sudah meninggikan lantai rumah dua kali, tapi air tetap masuk," kata Sutinah, warga Tambak Lorok.',
  'Dinas Pekerjaan Umum Kota Semarang mengoperasikan enam pompa portabel untuk mempercepat surutnya genangan di kawasan tersebut.',
  'BMKG Maritim Tanjung Emas memperkirakan banjir rob masih berpotensi terjadi hingga Jumat karena fase bulan purnama bersamaan dengan angin kencang.',
];
const BERAS = [
  'Pemerintah Kabupaten Banyumas menggelar operasi pasar beras murah di 27 kecamatan untuk menekan harga yang naik dalam dua pekan terakhir.',
  'Beras medium dijual Rp10.900 per kilogram, lebih rendah dibandingkan harga di pasar tradisional yang mencapai Rp13.500 per kilogram.',
  'Setiap warga dibatasi membeli paling banyak 10 kilogram dengan menunjukkan kartu tanda penduduk agar distribusi merata.',
  'Kepala Dinas Perindustrian dan Perdagangan Banyumas mengatakan stok beras di gudang Bulog cukup untuk kebutuhan hingga tiga bulan ke depan.',
];
const KUPANG = [
  'Pemerintah Provinsi Nusa Tenggara Timur menetapkan status siaga darurat kekeringan di sembilan kabupaten setelah hujan tidak turun selama lima bulan.',
  'Ribuan warga di Kabupaten Kupang dan Timor Tengah Selatan harus berjalan hingga tiga kilometer untuk mendapatkan air bersih.',
  'Badan Penanggulangan Bencana Daerah NTT menyalurkan 120 tangki air bersih setiap hari ke desa-desa yang paling terdampak.',
  'Gubernur NTT meminta bupati mempercepat pembangunan sumur bor dan embung dengan memanfaatkan dana desa dan belanja tidak terduga.',
];
const PILKADES = [
  'Sebanyak 142 desa di Kabupaten Lombok Timur menggelar pemilihan kepala desa serentak pada Rabu dengan tingkat partisipasi pemilih mencapai 78 persen.',
  'Pemungutan suara berlangsung aman dan lancar meski sempat terjadi penundaan di dua tempat pemungutan suara akibat surat suara yang rusak.',
  'Bupati Lombok Timur meminta calon yang kalah menerima hasil dengan lapang dada dan menempuh jalur hukum apabila menemukan kecurangan.',
];
const TOL = [
  'Jasa Marga memberlakukan sistem satu arah di ruas Tol Jakarta-Cikampek mulai Kilometer 47 hingga Kilometer 70 untuk mengurai kepadatan arus kendaraan.',
  'Kepadatan terjadi sejak pagi karena meningkatnya volume kendaraan yang menuju arah Bandung dan Jawa Tengah pada libur panjang.',
  'Pengendara diimbau memastikan saldo uang elektronik mencukupi dan beristirahat di rest area apabila merasa lelah.',
];
const DBD = [
  'Dinas Kesehatan Kota Balikpapan mencatat 312 kasus demam berdarah dengue sepanjang November, naik hampir dua kali lipat dibandingkan bulan sebelumnya.',
  'Kasus terbanyak ditemukan di Kecamatan Balikpapan Utara dan Balikpapan Selatan, yang padat penduduk dan memiliki banyak genangan air.',
  'Petugas puskesmas melakukan pengasapan di 40 titik serta membagikan bubuk larvasida kepada warga di kawasan rawan.',
  'Warga diminta menguras bak mandi, menutup tempat penampungan air, dan mendaur ulang barang bekas yang dapat menampung air hujan.',
];

const html = (head: string, body: string) => `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`;
const FOOT = (n: string) => `<footer class="footer"><ul><li>Tentang Kami</li><li>Redaksi</li><li>Pedoman Media Siber</li><li>Kontak</li></ul><p>Copyright © 2026 ${n}. All rights reserved.</p></footer>`;
const SIDEBAR = (items: string[]) =>
  `<aside class="sidebar"><div class="widget"><h3 class="widget-title">Berita Populer</h3><ol>${items.map((x, i) => `<li><span class="num">${i + 1}</span><a href="/p${i}">${x}</a></li>`).join('')}</ol></div></aside>`;
const POPULAR = [
  'Jadwal Pemadaman Listrik di Jawa Tengah Pekan Ini',
  'Harga Cabai Rawit Tembus Rp80 Ribu per Kilogram',
  'Lowongan PPPK 2026 Dibuka, Ini Syarat Lengkapnya',
  'Pemkot Umumkan Libur Sekolah Akhir Semester',
];

const HROB = 'Banjir Rob Rendam Tambak Lorok dan Bandarharjo, Warga Bertahan di Rumah';
const HBERAS = 'Pemkab Banyumas Gelar Operasi Pasar Beras Murah di 27 Kecamatan';
const HKUPANG = 'NTT Tetapkan Siaga Darurat Kekeringan di Sembilan Kabupaten';
const HPIL = 'Pilkades Serentak di Lombok Timur Berlangsung Aman, Partisipasi 78 Persen';
const HTOL = 'Jasa Marga Berlakukan One Way di Tol Jakarta-Cikampek KM 47 hingga KM 70';
const HDBD = 'Kasus DBD di Balikpapan Naik Hampir Dua Kali Lipat pada November';

export const BATCH10_PAGES: BatchPage[] = [
  // 1. Kompas: JSON-LD datePublished labelled Z whose clock is the byline's WIB clock; "Halaman all";
  //    "Baca juga" and the WhatsApp channel box inside the body; "Dengarkan" audio widget above it.
  {
    name: 'kompas json-ld Z that is WIB',
    url: 'https://regional.kompas.com/read/2026/12/01/181500778/banjir-rob-rendam-tambak-lorok-dan-bandarharjo-warga-bertahan-di-rumah',
    title: HROB,
    published: '2026-12-01T18:15+07:00',
    text: j(`SEMARANG, KOMPAS.com - ${ROB[0]}`, ROB[1], ROB[2], ROB[3], ROB[4]),
    html: html(
      `<title>${HROB} Halaman all - Kompas.com</title>${om('og:title', `${HROB} Halaman all - Kompas.com`)}${om('og:site_name', 'KOMPAS.com')}${ld({ '@type': 'NewsArticle', headline: HROB, datePublished: '2026-12-01T18:15:00Z', dateModified: '2026-12-01T18:15:00Z', author: { '@type': 'Person', name: 'Titis Anis Fauziyah' } })}`,
      `<div class="header"><a class="logo">KOMPAS.com</a><ul class="nav"><li>News</li><li>Regional</li><li>Megapolitan</li></ul></div><div class="container"><div class="breadcrumb"><a>Home</a> <a>Regional</a> <a>Jawa Tengah</a></div>
<h1 class="read__title">${HROB}</h1><div class="read__credit"><div class="credit-title-name">Kontributor Semarang, Titis Anis Fauziyah</div></div><div class="read__time">Kompas.com - 01/12/2026, 18:15 WIB</div>
<div class="audio-player"><span>Dengarkan berita ini</span><span>00:00 / 03:12</span></div>
<div class="read__content"><div class="clearfix"><p><strong>SEMARANG, KOMPAS.com</strong> - ${ROB[0]}</p><p>${ROB[1]}</p><p><strong>Baca juga: <a href="/a">Rob Terjang Pantura, Jalur Semarang-Demak Macet 5 Kilometer</a></strong></p><p>${ROB[2]}</p><p>${ROB[3]}</p><p>${ROB[4]}</p>
<p>Simak breaking news dan berita pilihan kami langsung di ponselmu. Pilih saluran andalanmu akses berita Kompas.com WhatsApp Channel : https://www.whatsapp.com/channel/0029VaFPbedBPzjZrk13HO3D. Pastikan kamu sudah install aplikasi WhatsApp ya.</p></div></div>
<div class="read__tag"><h4>Tag</h4><a>banjir rob</a> <a>Semarang</a></div><div class="most"><h3>Terpopuler</h3><a>Jalan Kaligawe Tergenang, Lalu Lintas Dialihkan</a></div></div>${FOOT('Kompas Cyber Media')}`,
    ),
  },
  // 2. detik: the zone-less "publishdate" meta, the byline with "Des", the editor initials at the end
  //    (kept in the text, as batch 3 keeps detik's; the first run scored this page against a text
  //    without them, 0.987, and the expected text was then brought in line with the batches' rule).
  {
    name: 'detik jateng',
    url: 'https://www.detik.com/jateng/berita/d-7654321/pemkab-banyumas-gelar-operasi-pasar-beras-murah-di-27-kecamatan',
    title: HBERAS,
    published: '2026-12-02T10:47+07:00',
    text: j(`Banyumas - ${BERAS[0]}`, BERAS[1], BERAS[2], BERAS[3], '(ams/ams)'),
    html: html(
      `<title>${HBERAS}</title>${om('og:title', HBERAS)}${nm('publishdate', '2026/12/02 10:47:31')}${nm('dtk:publishdate', '2026/12/02 10:47:31')}${om('og:site_name', 'detikjateng')}`,
      `<header class="header"><a class="logo">detikJateng</a><nav><a>Berita</a><a>Bisnis</a><a>Wisata</a></nav></header><div class="container"><article class="detail">
<div class="detail__header"><h1 class="detail__title">${HBERAS}</h1><div class="detail__author">Arbi Anugrah - detikJateng</div><div class="detail__date">Rabu, 02 Des 2026 10:47 WIB</div></div>
<div class="detail__media"><figure class="detail__media-image"><img src="/beras.jpg"><figcaption class="detail__media-caption">Warga antre membeli beras murah di Purwokerto. Foto: Arbi Anugrah/detikJateng</figcaption></figure></div>
<div class="detail__body-text itp_bodycontent"><p><strong>Banyumas</strong> - ${BERAS[0]}</p><p>${BERAS[1]}</p><table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a>Harga Beras di Purwokerto Naik Rp1.000 per Kilogram</a></div></td></tr></table><p>${BERAS[2]}</p>
<div class="parallaxindetail scrollpage"><span>ADVERTISEMENT</span><span>SCROLL TO CONTINUE WITH CONTENT</span></div><p>${BERAS[3]}</p><p><strong>(ams/ams)</strong></p></div>
<div class="detail__body-tag"><a>beras murah</a><a>banyumas</a></div></article><div class="box-berita-terkait"><h3>Berita Terkait</h3><a>Bulog Banyumas Jamin Stok Beras Aman</a></div></div>${FOOT('detikcom')}`,
    ),
  },
  // 3. Tribun regional page syndicating a Tribunnews story: the og:title keeps "- Tribunnews.com"
  //    (the other outlet), the <title> adds the own site; "Laporan Wartawan" line; "Artikel ini telah
  //    tayang di"; the Google News line; a popular sidebar.
  {
    name: 'tribun syndicated title',
    url: 'https://jateng.tribunnews.com/2026/12/01/banjir-rob-rendam-tambak-lorok-dan-bandarharjo-warga-bertahan-di-rumah',
    title: HROB,
    published: '2026-12-01T19:02+07:00',
    text: j(`TRIBUNJATENG.COM, SEMARANG - ${ROB[0]}`, ROB[1], ROB[2], ROB[3]),
    html: html(
      `<title>${HROB} - Tribunnews.com - Tribunjateng.com</title>${om('og:title', `${HROB} - Tribunnews.com`)}${om('og:site_name', 'Tribunjateng.com')}${om('article:published_time', '2026-12-01T19:02:11+07:00')}`,
      `<div id="header"><a class="logo">Tribunjateng.com</a></div><div class="main"><div id="article"><h1 id="arttitle" class="f50 black2 f400 crimson">${HROB}</h1>
<div class="mt10"><div id="penulis">Penulis: Rahdyan Trijoko Pamungkas | Editor: Muhammad Olies</div><time class="grey">Selasa, 1 Desember 2026 19:02 WIB</time></div>
<div class="side-article txt-article multi-fontsize"><p><strong>Laporan Wartawan Tribun Jateng, Rahdyan Trijoko Pamungkas</strong></p><p><strong>TRIBUNJATENG.COM, SEMARANG</strong> - ${ROB[0]}</p><p>${ROB[1]}</p><p><strong>Baca juga: <a>Pompa Rusak, Rob Genangi Kaligawe</a></strong></p><p>${ROB[2]}</p><p>${ROB[3]}</p>
<p>Artikel ini telah tayang di Tribunnews.com dengan judul ${HROB}</p><p>Baca Berita Terbaru Lainnya di GOOGLE NEWS</p></div></div>${SIDEBAR(POPULAR)}</div>${FOOT('Tribun Network')}`,
    ),
  },
  // 4. Antara: "Rabu, 2 Desember 2026 10:41 WIB", "Baca juga" lines set as text between <br>s.
  {
    name: 'antara kupang',
    url: 'https://kupang.antaranews.com/berita/145678/ntt-tetapkan-siaga-darurat-kekeringan-di-sembilan-kabupaten',
    title: HKUPANG,
    published: '2026-12-02T10:41+08:00',
    text: j(`Kupang (ANTARA) - ${KUPANG[0]}`, KUPANG[1], KUPANG[2], KUPANG[3]),
    html: html(
      `<title>${HKUPANG} - ANTARA News Kupang</title>${om('og:title', HKUPANG)}${om('article:published_time', '2026-12-02T10:41:00+08:00')}`,
      `<div class="header">ANTARA Kupang - NTT</div><div class="wrapper"><div class="post-content"><h1 class="post-title">${HKUPANG}</h1><p class="text-muted"><i class="fa fa-clock-o"></i> Rabu, 2 Desember 2026 10:41 WITA</p>
<div class="post-content clearfix font17">Kupang (ANTARA) - ${KUPANG[0]}<br><br>${KUPANG[1]}<br><br><span class="baca-juga">Baca juga: <a>Warga TTS Antre Air Bersih dari Tangki BPBD</a></span><br><br>${KUPANG[2]}<br><br>${KUPANG[3]}<br><br><p class="text-muted mt-2 small">Pewarta: Benediktus Jahang<br>Editor: Bernadus Tokan</p><p class="text-muted small">COPYRIGHT © ANTARA 2026</p></div></div></div>${FOOT('ANTARA')}`,
    ),
  },
  // 5. A pemkab portal: "Rabu, 02/12/26 08.30 WIB" (a two-digit year), no machine date at all.
  {
    name: 'pemkab portal two-digit year',
    url: 'https://lomboktimurkab.go.id/berita/pilkades-serentak-di-lombok-timur-berlangsung-aman',
    title: HPIL,
    published: '2026-12-02T08:30+08:00',
    text: j(...PILKADES),
    html: html(
      `<title>${HPIL} | Pemerintah Kabupaten Lombok Timur</title>`,
      `<div class="topbar">Selamat Datang di Website Resmi Pemerintah Kabupaten Lombok Timur</div><ul class="menu"><li>Beranda</li><li>Profil</li><li>Berita</li><li>PPID</li></ul>
<div class="col-md-8"><div class="berita-detail"><h2 class="judul">${HPIL}</h2><div class="meta"><i class="fa fa-calendar"></i> Rabu, 02/12/26 08.30 WITA <i class="fa fa-user"></i> Diskominfo <i class="fa fa-eye"></i> 214 kali dibaca</div>
<div class="isi">${ps(PILKADES)}</div><div class="share">Bagikan: <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a></div></div></div>
<div class="col-md-4"><div class="widget"><h4>Berita Terbaru</h4><ul><li><a>Bupati Tinjau Posko Pilkades</a> <small>01/12/26</small></li><li><a>Rakor Persiapan Pilkades Serentak</a> <small>28/11/26</small></li></ul></div></div>${FOOT('Pemkab Lombok Timur')}`,
    ),
  },
  // 6. A public radio station's regional site: "02/12/2026, 14:05 WITA" and an og meta labelled Z
  //    whose clock is the WITA clock.
  {
    name: 'radio site WITA, meta Z that is WITA',
    url: 'https://www.rri.co.id/kupang/daerah/987654/ntt-tetapkan-siaga-darurat-kekeringan',
    title: HKUPANG,
    published: '2026-12-02T14:05+08:00',
    text: j(`KBRN, Kupang: ${KUPANG[0]}`, KUPANG[1], KUPANG[3]),
    html: html(
      `<title>${HKUPANG} - RRI</title>${om('og:title', HKUPANG)}${om('article:published_time', '2026-12-02T14:05:00Z')}${om('og:site_name', 'rri.co.id')}`,
      `<div class="navbar"><a>RRI.co.id</a><a>Pro 1</a><a>Pro 2</a><a>Live Streaming</a></div><div class="container"><div class="detail-content"><h1 class="title-detail">${HKUPANG}</h1>
<div class="date-detail"><span>Kupang</span> <span>02/12/2026, 14:05 WITA</span></div><div class="author-detail">Penulis: Yosef Tanga · Editor: Vivi</div>
<div class="content-detail"><p><strong>KBRN, Kupang:</strong> ${KUPANG[0]}</p><p>${KUPANG[1]}</p><p>${KUPANG[3]}</p></div>
<div class="streaming-box"><p>Dengarkan siaran langsung RRI Kupang Pro 1 FM 94,4 MHz di aplikasi RRI Digital.</p></div></div></div>${FOOT('Radio Republik Indonesia')}`,
    ),
  },
  // 7. English-locale WordPress JNews: "12/02/2026 02:20 PM" (month first, as the US locale prints
  //    it), no machine date; JNews share bar and "Related Posts".
  {
    name: 'jnews english locale US date',
    url: 'https://banyumasupdate.com/pemkab-banyumas-gelar-operasi-pasar-beras-murah-di-27-kecamatan/',
    title: HBERAS,
    published: '2026-12-02T14:20+07:00',
    text: j(...BERAS),
    html: html(
      `<title>${HBERAS} - Banyumas Update</title>${om('og:title', HBERAS)}${om('og:site_name', 'Banyumas Update')}`,
      `<div class="jeg_viewport"><div class="jeg_header"><div class="jeg_logo">Banyumas Update</div></div><div class="jeg_main"><div class="jeg_inner_content"><div class="entry-header"><div class="jeg_meta_category"><a>Ekonomi</a></div><h1 class="jeg_post_title">${HBERAS}</h1>
<div class="jeg_meta_container"><div class="jeg_post_meta"><div class="jeg_meta_author">by <a>Redaksi</a></div><div class="jeg_meta_date"><a>12/02/2026 02:20 PM</a></div><div class="jeg_meta_comment"><a><i class="fa fa-comment-o"></i> 0</a></div></div></div></div>
<div class="jeg_share_top_container"><div class="jeg_share_button"><a>Share on Facebook</a><a>Share on Twitter</a></div></div>
<div class="content-inner">${ps(BERAS)}</div><div class="jeg_post_tags"><span>Tags:</span> <a>Banyumas</a> <a>beras</a></div>
<div class="jnews_related_post_container"><div class="jeg_postblock"><h3>Related Posts</h3><article><h3 class="jeg_post_title"><a>Bulog Banyumas Salurkan Beras SPHP ke Pasar</a></h3><div class="jeg_meta_date">12/01/2026</div></article></div></div></div></div></div>${FOOT('Banyumas Update')}`,
    ),
  },
  // 8. WordPress Newspaper (tagDiv): a <time> with the date only in text, the datetime with the time;
  //    sidebar, newsletter box and comment count.
  {
    name: 'newspaper theme with sidebar and newsletter',
    url: 'https://kaltimnews.co.id/2026/12/02/kasus-dbd-di-balikpapan-naik-hampir-dua-kali-lipat/',
    title: HDBD,
    published: '2026-12-02T07:45+08:00',
    text: j(...DBD),
    html: html(
      `<title>${HDBD} | Kaltim News</title>${om('og:title', `${HDBD} | Kaltim News`)}${om('og:site_name', 'Kaltim News')}`,
      `<div class="td-header-wrap"><div class="td-logo">Kaltim News</div></div><div class="td-main-content-wrap"><div class="td-container"><div class="td-pb-span8 td-main-content"><article class="post">
<div class="td-post-header"><ul class="td-category"><li><a>Kesehatan</a></li></ul><header class="td-post-title"><h1 class="entry-title">${HDBD}</h1><div class="td-module-meta-info"><div class="td-post-author-name">Oleh <a>Nur Aini</a> -</div><span class="td-post-date"><time class="entry-date updated td-module-date" datetime="2026-12-02T07:45:12+08:00">2 Desember 2026</time></span><div class="td-post-comments"><a><i class="td-icon-comments"></i>3</a></div><div class="td-post-views"><span>128</span></div></div></header></div>
<div class="td-post-sharing-top"><a>Facebook</a><a>Twitter</a><a>WhatsApp</a></div><div class="td-post-content tagdiv-type">${ps(DBD)}</div>
<div class="td-post-source-tags"><ul class="td-tags"><li><span>TAGS</span></li><li><a>DBD</a></li><li><a>Balikpapan</a></li></ul></div>
<div class="td_block_template_1 td-related"><h4>Artikel Terkait</h4><div><a>Fogging Massal di Balikpapan Utara</a></div><div><a>Waspada DBD di Musim Hujan</a></div></div>
<div class="newsletter-box"><h4>Berlangganan Newsletter</h4><p>Dapatkan berita pilihan Kaltim News setiap pagi langsung di email Anda.</p><input type="email" placeholder="Email Anda"><button>Daftar</button></div>
<div class="comments" id="comments"><h4 class="td-comments-title">3 KOMENTAR</h4><ol class="comment-list"><li><p>Di RT kami belum ada fogging sama sekali, mohon diperhatikan pak.</p></li><li><p>Semoga cepat tertangani.</p></li></ol></div></article></div>
<div class="td-pb-span4 td-main-sidebar">${SIDEBAR(['Harga Elpiji 3 Kg di Balikpapan Naik', 'IKN Buka Lowongan Tenaga Kesehatan', 'Jadwal Kapal Balikpapan-Surabaya'])}</div></div></div>${FOOT('Kaltim News')}`,
    ),
  },
  // 9. A video page: "[VIDEO]" kicker in the <h1> and og:title; a short lead; "Video Lainnya".
  {
    name: 'video page with [VIDEO] kicker',
    url: 'https://www.suaramerdeka.com/video/2026/12/01/banjir-rob-rendam-tambak-lorok',
    title: HROB,
    published: '2026-12-01T20:10+07:00',
    text: 'Banjir rob setinggi 60 sentimeter merendam kawasan Tambak Lorok dan Bandarharjo, Semarang. Warga memilih bertahan di rumah sambil menunggu air surut.',
    html: html(
      `<title>[VIDEO] ${HROB} - Suara Merdeka</title>${om('og:title', `[VIDEO] ${HROB}`)}${om('og:type', 'video.other')}${om('article:published_time', '2026-12-01T20:10:00+07:00')}`,
      `<div class="header">SUARA MERDEKA</div><div class="container"><div class="video-detail"><div class="player"><iframe src="https://www.youtube.com/embed/abc123"></iframe></div><h1 class="video-title">[VIDEO] ${HROB}</h1><div class="video-date">Selasa, 1 Desember 2026 | 20:10 WIB</div>
<div class="video-desc"><p>Banjir rob setinggi 60 sentimeter merendam kawasan Tambak Lorok dan Bandarharjo, Semarang. Warga memilih bertahan di rumah sambil menunggu air surut.</p></div></div>
<div class="video-lainnya"><h3>Video Lainnya</h3><div class="item"><a><h4>[VIDEO] Jalan Kaligawe Lumpuh Tergenang Rob</h4></a><span>1 jam lalu</span></div><div class="item"><a><h4>[VIDEO] Pompa Air Tambak Lorok Dioperasikan</h4></a><span>3 jam lalu</span></div></div></div>${FOOT('Suara Merdeka')}`,
    ),
  },
  // 10. A photo gallery: the text is the captions of its slides; the credit after each caption.
  {
    name: 'photo gallery of captions',
    url: 'https://foto.tempo.co/read/112233/kekeringan-di-ntt',
    title: 'Warga Kupang Antre Air Bersih di Tengah Kekeringan',
    published: '2026-12-02T12:30+07:00',
    text: j(
      'Warga mengantre air bersih dari mobil tangki BPBD di Desa Oelnasi, Kabupaten Kupang, Rabu, 2 Desember 2026. Hujan tidak turun selama lima bulan di wilayah tersebut.',
      'Seorang anak membawa jeriken berisi air yang diambil dari sumur warga yang hampir kering di Kabupaten Timor Tengah Selatan.',
      'Petugas BPBD mengisi tandon air milik warga. Sebanyak 120 tangki air disalurkan setiap hari ke desa-desa terdampak.',
    ),
    html: html(
      `<title>Warga Kupang Antre Air Bersih di Tengah Kekeringan - Foto Tempo</title>${om('og:title', 'Warga Kupang Antre Air Bersih di Tengah Kekeringan')}${ld({ '@type': 'ImageGallery', headline: 'Warga Kupang Antre Air Bersih di Tengah Kekeringan', datePublished: '2026-12-02T12:30:00+07:00' })}`,
      `<div class="header">TEMPO</div><div class="foto-detail"><h1 class="title">Warga Kupang Antre Air Bersih di Tengah Kekeringan</h1><p class="date">Rabu, 2 Desember 2026 12:30 WIB</p>
<div class="gallery"><div class="slide"><img src="/1.jpg"><p class="caption">Warga mengantre air bersih dari mobil tangki BPBD di Desa Oelnasi, Kabupaten Kupang, Rabu, 2 Desember 2026. Hujan tidak turun selama lima bulan di wilayah tersebut. TEMPO/Jefri Tanone</p><span class="counter">1 / 3</span></div>
<div class="slide"><img src="/2.jpg"><p class="caption">Seorang anak membawa jeriken berisi air yang diambil dari sumur warga yang hampir kering di Kabupaten Timor Tengah Selatan. TEMPO/Jefri Tanone</p><span class="counter">2 / 3</span></div>
<div class="slide"><img src="/3.jpg"><p class="caption">Petugas BPBD mengisi tandon air milik warga. Sebanyak 120 tangki air disalurkan setiap hari ke desa-desa terdampak. TEMPO/Jefri Tanone</p><span class="counter">3 / 3</span></div></div>
<div class="foto-terkait"><h3>Foto Terkait</h3><a>Embung Kering di Sumba Timur</a><a>Sawah Retak di Belu</a></div></div>${FOOT('Tempo Inti Media')}`,
    ),
  },
  // 11. A live report (CNN-style): entries newest first, each with its WIB time; the page's first
  //     publication in the JSON-LD and the byline.
  {
    name: 'live report tol',
    url: 'https://www.cnnindonesia.com/nasional/20261202061500-20-1234567/live-one-way-tol-jakarta-cikampek',
    title: 'LIVE: One Way Tol Jakarta-Cikampek Libur Panjang',
    published: '2026-12-02T06:15+07:00',
    text: j(
      '11.20 WIB — Antrean kendaraan di Gerbang Tol Cikampek Utama mulai terurai setelah sistem satu arah diperpanjang.',
      `09.05 WIB — ${TOL[0]}`,
      `06.15 WIB — ${TOL[1]} ${TOL[2]}`,
    ),
    html: html(
      `<title>LIVE: One Way Tol Jakarta-Cikampek Libur Panjang</title>${om('og:title', 'LIVE: One Way Tol Jakarta-Cikampek Libur Panjang')}${ld({ '@type': 'LiveBlogPosting', headline: 'LIVE: One Way Tol Jakarta-Cikampek Libur Panjang', datePublished: '2026-12-02T06:15:00+07:00', dateModified: '2026-12-02T11:20:00+07:00', coverageStartTime: '2026-12-02T06:15:00+07:00' })}`,
      `<div class="header">CNN Indonesia</div><div class="content"><h1 class="title">LIVE: One Way Tol Jakarta-Cikampek Libur Panjang</h1><div class="date">CNN Indonesia | Rabu, 02 Des 2026 06:15 WIB</div><div class="update">Terakhir diperbarui 11:20 WIB</div>
<div class="detail-text"><div class="live-entry"><p><strong>11.20 WIB</strong> — Antrean kendaraan di Gerbang Tol Cikampek Utama mulai terurai setelah sistem satu arah diperpanjang.</p></div><div class="live-entry"><p><strong>09.05 WIB</strong> — ${TOL[0]}</p></div><div class="live-entry"><p><strong>06.15 WIB</strong> — ${TOL[1]} ${TOL[2]}</p></div></div>
<div class="box-related"><h3>Baca Berita Terkait</h3><a>Tarif Tol Trans Jawa Naik Mulai Januari</a></div></div>${FOOT('CNN Indonesia')}`,
    ),
  },
  // 12. AMP: a byline "Rabu, 02 Des 2026 11:45 WIB", amp-img, social share, an amp-ad and a related list.
  {
    name: 'amp page',
    url: 'https://www.liputan6.com/amp/5123456/kasus-dbd-di-balikpapan-naik-hampir-dua-kali-lipat',
    title: HDBD,
    published: '2026-12-02T11:45+07:00',
    text: j(`Liputan6.com, Balikpapan - ${DBD[0]}`, DBD[1], DBD[2]),
    html: `<!DOCTYPE html><html amp lang="id"><head><meta charset="utf-8"><title>${HDBD} - News Liputan6.com</title><link rel="canonical" href="https://www.liputan6.com/news/read/5123456/kasus-dbd-di-balikpapan-naik-hampir-dua-kali-lipat"></head><body>
<header class="amp-header"><a>Liputan6.com</a></header><article class="amp-article"><h1 class="read-page--header--title">${HDBD}</h1><div class="read-page--header--author"><span>Oleh Aminudin</span> <time class="read-page--header--author__datetime">Rabu, 02 Des 2026 11:45 WIB</time></div>
<amp-img src="/dbd.jpg" width="640" height="360" layout="responsive"></amp-img><p class="read-page--photo-caption">Petugas melakukan pengasapan di Balikpapan. (Liputan6.com/Aminudin)</p>
<amp-social-share type="facebook"></amp-social-share><amp-social-share type="whatsapp"></amp-social-share>
<div class="article-content-body__item-content"><p><b>Liputan6.com, Balikpapan</b> - ${DBD[0]}</p><p>${DBD[1]}</p><amp-ad width="300" height="250" type="doubleclick"></amp-ad><p>${DBD[2]}</p></div>
<div class="related"><h3>Berita Terkait</h3><ul><li><a>Pemkot Balikpapan Gelar Gerakan PSN Serentak</a></li></ul></div></article><footer>© 2026 Liputan6.com</footer></body></html>`,
  },
  // 13. IDN Times-style: only "2 jam lalu" shown, the machine date in article:published_time.
  {
    name: '2 jam lalu with a meta date',
    url: 'https://www.idntimes.com/news/indonesia/pilkades-serentak-di-lombok-timur-berlangsung-aman-c1c2',
    title: HPIL,
    published: '2026-12-02T09:20+08:00',
    text: j(...PILKADES),
    html: html(
      `<title>${HPIL} | IDN Times</title>${om('og:title', HPIL)}${om('article:published_time', '2026-12-02T09:20:00+08:00')}${om('og:site_name', 'IDN Times')}`,
      `<div class="header">IDN Times</div><div class="detail"><div class="breadcrumb"><a>News</a> <a>Indonesia</a></div><h1 class="title-text">${HPIL}</h1><div class="author-date"><span class="author">Muhammad Nasir</span> <span class="date" title="Rabu, 2 Des 2026">2 jam lalu</span></div>
<div class="summary"><ul><li>Partisipasi pemilih mencapai 78 persen</li><li>Dua TPS sempat tertunda</li></ul></div>
<div class="content-post">${ps(PILKADES)}</div><div class="subscribe-idn"><h4>Berlangganan IDN Times</h4><p>Dapatkan informasi terbaru dan terpercaya langsung ke inbox email Anda setiap hari.</p><button>Langganan</button></div>
<div class="artikel-terkait"><h3>Artikel Terkait</h3><a>Bawaslu Lotim Awasi 142 Desa</a> <span>5 jam lalu</span></div></div>${FOOT('IDN Times')}`,
    ),
  },
  // 14. The meta date at midnight (a date-only CMS field) against a byline with the time.
  {
    name: 'meta at midnight, byline with the time',
    url: 'https://www.kaltimpost.id/balikpapan/2026/12/01/kasus-dbd-di-balikpapan-naik-hampir-dua-kali-lipat',
    title: HDBD,
    published: '2026-12-01T19:40+08:00',
    text: j(`BALIKPAPAN – ${DBD[0]}`, DBD[1], DBD[2], DBD[3]),
    html: html(
      `<title>${HDBD} - Kaltim Post</title>${om('og:title', HDBD)}${om('article:published_time', '2026-12-01T00:00:00+08:00')}${ld({ '@type': 'NewsArticle', headline: HDBD, datePublished: '2026-12-01' })}`,
      `<div class="header">KALTIM POST</div><div class="content"><h1 class="judul">${HDBD}</h1><div class="byline"><span>Redaksi Kaltim Post</span> · <span class="tgl">Selasa, 1 Desember 2026, 19:40 WITA</span></div>
<div class="isi-berita"><p>BALIKPAPAN – ${DBD[0]}</p><p>${DBD[1]}</p><p>${DBD[2]}</p><p>${DBD[3]}</p></div><div class="terkait"><h4>Baca Juga</h4><a>Puskesmas Balikpapan Buka Layanan Malam</a></div></div>${FOOT('Kaltim Post')}`,
    ),
  },
  // 15. A local outlet in WITA whose feed labels the same clock +0000: with the feed the stored
  //     time is the WITA time.
  {
    name: 'feed +0000 that is WITA',
    url: 'https://www.lombokpost.net/2026/12/02/pilkades-serentak-di-lombok-timur-berlangsung-aman/',
    title: HPIL,
    published: '2026-12-02T13:10+08:00',
    feed: '2026-12-02T13:10:00Z',
    withFeed: '2026-12-02T13:10+08:00',
    text: j(`SELONG - ${PILKADES[0]}`, PILKADES[1], PILKADES[2]),
    html: html(
      `<title>${HPIL} - Lombok Post</title>${om('og:title', HPIL)}`,
      `<div class="header">Lombok Post</div><div class="main"><h1 class="entry-title">${HPIL}</h1><div class="entry-meta">Rabu, 02/12/2026 13:10 WITA · Penulis: Fatih Kudus Jaelani</div>
<div class="entry-content"><p>SELONG - ${PILKADES[0]}</p><p>${PILKADES[1]}</p><p>${PILKADES[2]}</p></div></div>${FOOT('Lombok Post')}`,
    ),
  },
  // 16. An aggregator that keeps the source outlet's name after the headline (in the <title> and an
  //     <h2>, no <h1>); "Sumber:" line at the end; the date "02 December 2026 08:05". (The first run
  //     scored the body, 0.973, against a text without the "Sumber:" line; a rule dropping it then
  //     cost one of the 16 real pages, whose expected text keeps such a line, so the rule went and
  //     this expected text now keeps it too.)
  {
    name: 'aggregator with the source outlet in the title',
    url: 'https://beritajabar.net/read/jasa-marga-berlakukan-one-way-di-tol-jakarta-cikampek',
    title: HTOL,
    published: '2026-12-02T08:05+07:00',
    text: j(...TOL, 'Sumber: Kompas.com'),
    html: html(
      `<title>${HTOL} - Kompas.com | Berita Jabar</title>${om('og:title', `${HTOL} - Kompas.com`)}${om('og:site_name', 'Berita Jabar')}`,
      `<div class="header"><a>Berita Jabar</a></div><div class="container"><div class="post"><h2 class="post-title">${HTOL} - Kompas.com</h2><div class="post-meta">02 December 2026 08:05</div>
<div class="post-body">${ps(TOL)}<p><em>Sumber: Kompas.com</em></p></div></div>${SIDEBAR(['Tol Cipali Padat Merayap', 'Rest Area KM 57 Ditutup Sementara'])}</div>${FOOT('Berita Jabar')}`,
    ),
  },
  // 17. "Diperbarui" printed before "Diterbitkan" (Republika-style), zone-less meta in WIB.
  {
    name: 'updated printed first',
    url: 'https://news.republika.co.id/berita/s1abc2345/jasa-marga-berlakukan-one-way-di-tol-jakarta-cikampek',
    title: HTOL,
    published: '2026-12-02T07:30+07:00',
    text: j(`REPUBLIKA.CO.ID, JAKARTA -- ${TOL[0]}`, TOL[1], TOL[2]),
    html: html(
      `<title>${HTOL} | Republika Online</title>${om('og:title', HTOL)}${nm('content_PublishedDate', '2026-12-02 07:30:00')}`,
      `<div class="header">Republika</div><div class="main-content"><h1>${HTOL}</h1><div class="date_detail"><p>Diperbarui: Rabu, 02 Des 2026, 10:12 WIB</p><p>Diterbitkan: Rabu, 02 Des 2026, 07:30 WIB</p></div><div class="reporter">Rep: Eva Rianti/ Red: Friska Yolandha</div>
<div class="article-content"><p>REPUBLIKA.CO.ID, JAKARTA -- ${TOL[0]}</p><p>${TOL[1]}</p><p>${TOL[2]}</p></div><div class="baca-juga"><h3>Berita Lainnya</h3><a>Contraflow Diberlakukan di Tol Jagorawi</a></div></div>${FOOT('Republika')}`,
    ),
  },
];
