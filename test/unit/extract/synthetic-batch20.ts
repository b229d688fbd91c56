// Twentieth batch of handwritten Indonesian pages (issue 18, branch w18-dates), written in full
// after batch 19's run, on the same extractor (no change since batch 18's fixes, d7bb860), and
// BEFORE the extractor was run on them: a second untouched estimate, this one weighted to date,
// title and body shapes real pages carry that no batch has had: a ministry press release whose
// only date is its dateline ("Jakarta, 2 Desember 2026 –"), a Makassar page of a national network
// printing "14:05 WIB" beside a meta in +08:00 (one instant), a timeago <time> in UTC with the
// local date in its title attribute, the time before the date ("14.05 WIB · Rabu, 2 Desember
// 2026"), time and date in separate spans with the time first, a headline with " | " inside, an
// explainer with <h2> subheads and a list beside a reaction box and an author box, an Instagram
// embed's placeholder lines in the text, a feed in UTC on the previous UTC day, a meta
// published_time that is the visible update time while the byline gives the publication, a WIT
// page whose feed gives the instant in +07:00. The prose is invented.
// First run (2026-12-04, at d7bb860 + this file, the extractor unchanged since batch 18's fixes;
// `PANTAU_EVAL_PRINT=1 npx vitest run test/unit/extract/batch20.test.ts`): 11 pages, body token-F1
// mean 0.990 (worst 0.938: the press release's "Biro Humas dan Informasi Publik | Dibaca 1.024
// kali" line kept; the explainer's "Ferinda K Fachri Rabu, 2 Desember 2026" byline kept, 0.950),
// titles 11/11, dates 9/11 (the dateline-only press release got no date; the meta published_time
// that is the visible update taken over the byline's publication).
// Then tuned on, three fixes: a dateline opening the text is a weak witness of the day; a machine
// "publication" time that is, to the minute, the update printed under the byline is the update when
// the byline gives another time; a line of a capitalised name and a date, or a short line of parts
// one of which is a counter, credit or date stamp, is not text → 1.000 (1.000) / 11 / 11; batches
// 3–19 and the 23 eval pages (and the 6 untouched real pages) unchanged, page for page.
import type { BatchPage } from './synthetic-batch3.js';
import { j, ld, nm, om } from './page-parts.js';

const html = (head: string, body: string) =>
  `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}<script>var _comscore=_comscore||[];</script></head><body>${body}<script src="/static/js/bundle.js"></script></body></html>`;
const SHARE = `<div class="share"><span>Share:</span> <a>Facebook</a> <a>Twitter</a> <a>WhatsApp</a> <a>Line</a> <a>Copy Link</a></div>`;
const FOOT = (n: string) =>
  `<footer><div class="menu-footer"><a>Tentang Kami</a> <a>Redaksi</a> <a>Pedoman Pemberitaan Media Siber</a> <a>Disclaimer</a> <a>Kontak</a></div><div class="copy">© 2026 ${n}. All rights reserved.</div></footer>`;

const TANI = [
  'Jakarta, 2 Desember 2026 – Kementerian Pertanian menyalurkan 1,2 juta ton pupuk bersubsidi tambahan untuk musim tanam rendeng di 18 provinsi.',
  'Tambahan alokasi diberikan setelah pemerintah daerah melaporkan kebutuhan pupuk yang meningkat seiring perluasan areal tanam padi dan jagung.',
  'Menteri Pertanian meminta distributor memastikan pupuk sampai ke kios resmi sebelum petani mulai menanam.',
  'Petani yang terdaftar dalam elektronik rencana definitif kebutuhan kelompok dapat menebus pupuk dengan menunjukkan KTP.',
];
const MKS = [
  'Pemerintah Kota Makassar memperpanjang masa pemutihan denda pajak bumi dan bangunan hingga 31 Desember.',
  'Kepala Badan Pendapatan Daerah Kota Makassar mengatakan perpanjangan diberikan karena antusiasme warga yang tinggi.',
  'Hingga akhir November, tercatat lebih dari 40.000 wajib pajak memanfaatkan program pemutihan tersebut.',
  'Warga dapat membayar melalui bank, kantor pos, dan aplikasi pembayaran yang bekerja sama dengan pemkot.',
];
const KERETA = [
  'PT Kereta Api Indonesia menjual 320.000 tiket kereta jarak jauh untuk periode libur Natal dan Tahun Baru.',
  'Tiket untuk keberangkatan 23 dan 24 Desember dari Stasiun Gambir dan Pasar Senen hampir habis terjual.',
  'KAI menambah 18 perjalanan kereta tambahan untuk memenuhi permintaan penumpang ke arah timur Pulau Jawa.',
  'Calon penumpang diimbau membeli tiket melalui aplikasi resmi dan tidak tergiur penawaran calo.',
];
const PADANG = [
  'Pemerintah Kota Padang membagikan 5.000 bibit pohon kepada warga dalam rangka Hari Menanam Pohon Indonesia.',
  'Bibit yang dibagikan antara lain mangga, durian, alpukat, dan pohon pelindung untuk ditanam di pekarangan rumah.',
  'Wali Kota Padang mengatakan penanaman pohon penting untuk mengurangi risiko banjir dan longsor di kawasan perbukitan.',
  'Warga juga diajak merawat pohon yang sudah ditanam di ruang terbuka hijau di setiap kecamatan.',
];
const KALBAR = [
  'Sebanyak 2.300 hektare lahan pertanian di Kabupaten Sambas terendam banjir setelah Sungai Sambas meluap.',
  'Dinas Pertanian Kabupaten Sambas memperkirakan sebagian tanaman padi yang baru berumur dua minggu gagal tumbuh.',
  'Pemerintah kabupaten akan mengusulkan bantuan benih kepada pemerintah provinsi dan pusat.',
  'Petani diminta mendaftarkan lahan yang terdampak ke penyuluh pertanian di desa masing-masing.',
];
const KALEID = [
  'Sepanjang 2026, Provinsi Banten dilanda 214 kejadian bencana, sebagian besar berupa banjir dan tanah longsor.',
  'Badan Penanggulangan Bencana Daerah Banten mencatat banjir terparah terjadi pada Februari di Kabupaten Lebak dan Pandeglang.',
  'Kekeringan juga melanda puluhan desa di Kabupaten Serang selama musim kemarau yang lebih panjang dari biasanya.',
  'BPBD Banten menyebut mitigasi bencana akan diperkuat tahun depan dengan penambahan alat peringatan dini.',
];
const HUKUM_INTRO = [
  'Pemerintah menerbitkan aturan baru tentang perlindungan data pribadi bagi penyelenggara layanan digital.',
  'Aturan itu mewajibkan setiap penyelenggara menunjuk petugas pelindungan data dan melaporkan kebocoran dalam 72 jam.',
];
const HUKUM_H2 = 'Kewajiban Penyelenggara';
const HUKUM_LIST = [
  'Memberi tahu pemilik data tentang tujuan pengumpulan data.',
  'Menyimpan data di pusat data yang memenuhi standar keamanan.',
  'Menghapus data yang tidak lagi diperlukan.',
];
const HUKUM_H2B = 'Sanksi Administratif';
const HUKUM_END = 'Penyelenggara yang melanggar dapat dikenai teguran tertulis, denda administratif, hingga penghentian sementara layanan.';
const SELEB = [
  'Penyanyi asal Ambon itu membagikan kabar bahagia melalui akun Instagram pribadinya pada Rabu pagi.',
  'Ia mengunggah foto bersama keluarga saat menggelar syukuran kecil di kampung halamannya.',
  'Unggahan tersebut langsung dibanjiri ucapan selamat dari sesama musisi dan penggemarnya.',
];
const MEDAN_BANJIR = [
  'Banjir kembali merendam sejumlah kawasan di Kota Medan setelah hujan deras mengguyur sejak Selasa malam.',
  'Ketinggian air di Kecamatan Medan Maimun dan Medan Johor mencapai 80 sentimeter pada Rabu dini hari.',
  'Tim gabungan BPBD dan relawan mengevakuasi warga lanjut usia dan anak-anak ke masjid terdekat.',
  'Air mulai surut pada pagi hari, namun warga masih membersihkan lumpur yang masuk ke rumah.',
];
const SAMARINDA = [
  'Pemerintah Kota Samarinda menutup sementara Jembatan Mahkota II untuk perbaikan sambungan lantai jembatan.',
  'Penutupan berlangsung selama tiga hari dan kendaraan dialihkan melalui Jembatan Mahakam.',
  'Dinas Pekerjaan Umum Kota Samarinda memastikan perbaikan dikerjakan siang dan malam agar cepat selesai.',
  'Pengendara diminta berangkat lebih awal karena antrean diperkirakan terjadi pada jam sibuk.',
];
const MANOKWARI = [
  'Pemerintah Provinsi Papua Barat menyalurkan bantuan bahan makanan kepada warga Distrik Masni yang terdampak banjir.',
  'Bantuan berupa beras, minyak goreng, dan makanan siap saji diangkut menggunakan truk milik pemerintah provinsi.',
  'Kepala Dinas Sosial Papua Barat mengatakan bantuan tahap kedua akan dikirim setelah pendataan selesai.',
  'Warga berharap pemerintah juga memperbaiki tanggul sungai yang jebol agar banjir tidak terulang.',
];

const HTANI = 'Kementan Salurkan Tambahan 1,2 Juta Ton Pupuk Bersubsidi';
const HMKS = 'Pemutihan Denda PBB di Makassar Diperpanjang hingga Akhir Desember';
const HKRT = 'KAI Jual 320.000 Tiket Kereta untuk Libur Natal dan Tahun Baru';
const HPDG = 'Pemkot Padang Bagikan 5.000 Bibit Pohon kepada Warga';
const HKLB = '2.300 Hektare Sawah di Sambas Terendam Banjir';
const HKAL = 'Kaleidoskop 2026 | Banjir dan Longsor Dominasi Bencana di Banten';
const HHUK = 'Aturan Baru Pelindungan Data Pribadi: Ini Kewajiban Penyelenggara Layanan Digital';
const HSEL = 'Penyanyi Asal Ambon Bagikan Kabar Bahagia di Kampung Halaman';
const HMBJ = 'Banjir Kembali Rendam Medan, Warga Dievakuasi ke Masjid';
const HSMD = 'Jembatan Mahkota II Samarinda Ditutup Tiga Hari';
const HMNK = 'Pemprov Papua Barat Salurkan Bantuan untuk Korban Banjir Masni';

export const BATCH20_PAGES: BatchPage[] = [
  // 1. A ministry press release: the only date is the dateline opening the text; "Dibaca 1.024
  //    kali"; no meta, no date in the URL.
  {
    name: 'ministry press release, dateline only',
    url: 'https://www.pertanian.go.id/home/?show=news&act=view&id=6789',
    title: HTANI,
    published: '2026-12-02T00:00+07:00',
    text: j(...TANI),
    html: html(
      `<title>Kementerian Pertanian - ${HTANI}</title>${nm('description', TANI[0])}`,
      `<div class="top-header"><a>PPID</a> <a>LPSE</a> <a>Kontak</a></div><header><div class="logo">Kementerian Pertanian Republik Indonesia</div><nav><a>Beranda</a> <a>Profil</a> <a>Berita</a> <a>Informasi Publik</a> <a>Layanan</a></nav></header>
<div class="container"><div class="main-berita"><ol class="breadcrumb"><li>Beranda</li><li>Berita</li></ol><h3 class="judul">${HTANI}</h3><div class="info-berita"><span>Biro Humas dan Informasi Publik</span> | <span>Dibaca 1.024 kali</span></div>
<div class="isi-berita"><p>${TANI[0]}</p><p>${TANI[1]}</p><p>${TANI[2]}</p><p>${TANI[3]}</p></div><div class="share">Bagikan: <a>Facebook</a> <a>Twitter</a></div></div>
<div class="sidebar"><h4>Berita Terbaru</h4><ul><li><a>Mentan Tinjau Panen Raya di Karawang</a><br><small>01 Desember 2026</small></li><li><a>Ekspor Kopi Naik 12 Persen</a><br><small>30 November 2026</small></li></ul></div></div>${FOOT('Kementerian Pertanian')}`,
    ),
  },
  // 2. A Makassar page of a national network: the byline "Rabu, 2 Desember 2026 - 14:05 WIB" (the
  //    network's template), the meta "2026-12-02T15:05:00+08:00" — one instant; the reader sees WIB.
  {
    name: 'makassar page printing WIB, meta +08:00 same instant',
    url: 'https://makassar.terkini.id/pemutihan-denda-pbb-di-makassar-diperpanjang-hingga-akhir-desember',
    title: HMKS,
    published: '2026-12-02T14:05+07:00',
    text: j(`TERKINI.ID, MAKASSAR – ${MKS[0]}`, MKS[1], MKS[2], MKS[3]),
    html: html(
      `<title>${HMKS} - Terkini.id</title>${om('og:title', HMKS)}${om('og:site_name', 'Terkini.id')}${om('article:published_time', '2026-12-02T15:05:00+08:00')}`,
      `<header><div class="logo">terkini.id</div><nav><a>Makassar</a> <a>Sulsel</a> <a>Nasional</a> <a>Politik</a></nav></header>
<div class="container"><h1 class="post-title">${HMKS}</h1><div class="post-meta"><span class="author">Andi Rahmat</span> - <span class="date">Rabu, 2 Desember 2026 - 14:05 WIB</span></div>${SHARE}
<div class="post-content"><p><strong>TERKINI.ID, MAKASSAR</strong> – ${MKS[0]}</p><p>${MKS[1]}</p><p>${MKS[2]}</p><p>${MKS[3]}</p></div>
<div class="related-post"><h3>Baca Juga</h3><a>Bapenda Makassar Target PAD Rp2 Triliun</a><span>Selasa, 1 Desember 2026 - 10:00 WIB</span></div></div>${FOOT('Terkini.id')}`,
    ),
  },
  // 3. A timeago <time datetime> in UTC showing "3 jam lalu", the local date and time in its title
  //    attribute; no other date.
  {
    name: 'timeago time in utc with a title attribute',
    url: 'https://www.tagar.id/kai-jual-320000-tiket-kereta-untuk-libur-natal-dan-tahun-baru',
    title: HKRT,
    published: '2026-12-02T09:20+07:00',
    text: j(`Jakarta - ${KERETA[0]}`, KERETA[1], KERETA[2], KERETA[3]),
    html: html(
      `<title>${HKRT} | Tagar</title>${om('og:title', HKRT)}${om('og:site_name', 'Tagar')}`,
      `<header><div class="logo">Tagar</div><nav><a>Berita</a> <a>Ekonomi</a> <a>Politik</a> <a>Gaya Hidup</a></nav></header>
<div class="container"><article><h1 class="title">${HKRT}</h1><div class="meta"><span class="author">Fadli Muhammad</span> · <time class="timeago" datetime="2026-12-02T02:20:00Z" title="Rabu, 2 Desember 2026 09:20 WIB">3 jam lalu</time></div>${SHARE}
<div class="body"><p>Jakarta - ${KERETA[0]}</p><p>${KERETA[1]}</p><p>${KERETA[2]}</p><p>${KERETA[3]}</p></div></article>
<aside><h3>Terbaru</h3><div><a>Tol Cipali Padat Merayap</a><time class="timeago" datetime="2026-12-02T04:05:00Z" title="Rabu, 2 Desember 2026 11:05 WIB">1 jam lalu</time></div></aside></div>${FOOT('Tagar')}`,
    ),
  },
  // 4. The time before the date: "14.05 WIB · Rabu, 2 Desember 2026"; no machine date.
  {
    name: 'time before the date',
    url: 'https://langgam.id/pemkot-padang-bagikan-5000-bibit-pohon-kepada-warga/',
    title: HPDG,
    published: '2026-12-02T14:05+07:00',
    text: j(`Langgam.id - ${PADANG[0]}`, PADANG[1], PADANG[2], PADANG[3]),
    html: html(
      `<title>${HPDG} - Langgam.id</title>${om('og:title', HPDG)}`,
      `<header><div class="logo">Langgam.id</div><nav><a>Berita</a> <a>Sumbar</a> <a>Padang</a> <a>Kolom</a></nav></header>
<div class="container"><h1 class="entry-title">${HPDG}</h1><div class="entry-meta"><span class="time">14.05 WIB · Rabu, 2 Desember 2026</span> <span class="author">Redaksi</span></div>${SHARE}
<div class="entry-content"><p><strong>Langgam.id</strong> - ${PADANG[0]}</p><p>${PADANG[1]}</p><p>${PADANG[2]}</p><p>${PADANG[3]}</p></div>
<div class="terkait"><h3>Terkait</h3><a>Banjir di Padang Utara Surut</a><span>13.20 WIB · Selasa, 1 Desember 2026</span></div></div>${FOOT('Langgam.id')}`,
    ),
  },
  // 5. Time and date in separate spans, the time first: "10:45 WIB" then "Rabu, 02/12/2026"; no meta.
  {
    name: 'time span before the date span',
    url: 'https://www.rakyatkalbar.id/2-300-hektare-sawah-di-sambas-terendam-banjir/',
    title: HKLB,
    published: '2026-12-02T10:45+07:00',
    text: j(`RAKYATKALBAR.ID, SAMBAS – ${KALBAR[0]}`, KALBAR[1], KALBAR[2], KALBAR[3]),
    html: html(
      `<title>${HKLB} - Rakyat Kalbar</title>${om('og:title', HKLB)}`,
      `<header><div class="logo">Rakyat Kalbar</div><nav><a>Pontianak</a> <a>Sambas</a> <a>Kalbar</a> <a>Nasional</a></nav></header>
<div class="container"><h1 class="judul-berita">${HKLB}</h1><div class="info-berita"><span class="jam">10:45 WIB</span> <span class="tanggal">Rabu, 02/12/2026</span> <span class="penulis">Oleh: Hendra</span></div>${SHARE}
<div class="isi-berita"><p><strong>RAKYATKALBAR.ID, SAMBAS</strong> – ${KALBAR[0]}</p><p>${KALBAR[1]}</p><p>${KALBAR[2]}</p><p>${KALBAR[3]}</p></div></div>${FOOT('Rakyat Kalbar')}`,
    ),
  },
  // 6. A headline with " | " inside ("Kaleidoskop 2026 | …"), the outlet after it in the <title>.
  {
    name: 'headline with a pipe inside',
    url: 'https://www.kabarbanten.com/kaleidoskop-2026-banjir-dan-longsor-dominasi-bencana-di-banten',
    title: HKAL,
    published: '2026-12-02T16:00+07:00',
    text: j(`KABAR BANTEN - ${KALEID[0]}`, KALEID[1], KALEID[2], KALEID[3]),
    html: html(
      `<title>${HKAL} - Kabar Banten</title>${om('og:title', HKAL)}${om('og:site_name', 'Kabar Banten')}${om('article:published_time', '2026-12-02T16:00:00+07:00')}`,
      `<header><div class="logo">Kabar Banten</div><nav><a>Serang</a> <a>Cilegon</a> <a>Tangerang</a> <a>Lebak</a> <a>Pandeglang</a></nav></header>
<div class="container"><div class="read__header"><h1 class="read__title">${HKAL}</h1><div class="read__info">Kabar Banten - 2 Desember 2026, 16:00 WIB</div></div>${SHARE}
<div class="read__content"><p><strong>KABAR BANTEN</strong> - ${KALEID[0]}</p><p>${KALEID[1]}</p><p>${KALEID[2]}</p><p>${KALEID[3]}</p></div></div>${FOOT('Kabar Banten')}`,
    ),
  },
  // 7. An explainer with <h2> subheads and a list, a date-only byline and a JSON-LD time, a reaction
  //    box and an author box after the text.
  {
    name: 'explainer with subheads, list, reaction and author boxes',
    url: 'https://www.hukumonline.com/berita/a/aturan-baru-pelindungan-data-pribadi-ini-kewajiban-penyelenggara-layanan-digital-lt6789abcd/',
    title: HHUK,
    published: '2026-12-02T13:30+07:00',
    text: j(...HUKUM_INTRO, HUKUM_H2, ...HUKUM_LIST, HUKUM_H2B, HUKUM_END),
    html: html(
      `<title>${HHUK} - Hukumonline</title>${om('og:title', HHUK)}${om('og:site_name', 'hukumonline.com')}${ld({ '@type': 'NewsArticle', headline: HHUK, datePublished: '2026-12-02T13:30:00+07:00', author: { '@type': 'Person', name: 'Ferinda K Fachri' } })}`,
      `<header><div class="logo">hukumonline</div><nav><a>Berita</a> <a>Klinik</a> <a>Pusat Data</a> <a>Events</a></nav></header>
<div class="container"><div class="article"><h1>${HHUK}</h1><div class="article-info"><span>Ferinda K Fachri</span> <span>Rabu, 2 Desember 2026</span></div>${SHARE}
<div class="article-content"><p>${HUKUM_INTRO[0]}</p><p>${HUKUM_INTRO[1]}</p><h2>${HUKUM_H2}</h2><ul><li>${HUKUM_LIST[0]}</li><li>${HUKUM_LIST[1]}</li><li>${HUKUM_LIST[2]}</li></ul><h2>${HUKUM_H2B}</h2><p>${HUKUM_END}</p></div>
<div class="reaction"><p>Bagaimana reaksi Anda tentang artikel ini?</p><a>Senang</a> <a>Terinspirasi</a> <a>Sedih</a> <a>Marah</a></div>
<div class="author-box"><b>Tentang Penulis</b><p>Ferinda K Fachri adalah jurnalis yang meliput isu hukum teknologi dan perlindungan konsumen sejak 2019.</p></div></div></div>${FOOT('Hukumonline')}`,
    ),
  },
  // 8. An Instagram embed inside the text: its placeholder lines ("Lihat postingan ini di
  //    Instagram", "Sebuah kiriman dibagikan oleh …") are not the article's.
  {
    name: 'instagram embed placeholder lines',
    url: 'https://www.kapanlagi.com/showbiz/selebriti/penyanyi-asal-ambon-bagikan-kabar-bahagia-di-kampung-halaman-abc123.html',
    title: HSEL,
    published: '2026-12-02T11:12+07:00',
    text: j(`Kapanlagi.com - ${SELEB[0]}`, SELEB[1], SELEB[2]),
    html: html(
      `<title>${HSEL} - KapanLagi.com</title>${om('og:title', HSEL)}${om('og:site_name', 'KapanLagi.com')}${om('article:published_time', '2026-12-02T11:12:00+07:00')}`,
      `<header><div class="logo">KapanLagi.com</div><nav><a>Showbiz</a> <a>Musik</a> <a>Film</a> <a>K-Pop</a></nav></header>
<div class="container"><h1 class="title-detail">${HSEL}</h1><div class="date-post">Rabu, 02 Desember 2026 11:12 WIB</div>${SHARE}
<div class="body-paragraph"><p><strong>Kapanlagi.com</strong> - ${SELEB[0]}</p><p>${SELEB[1]}</p><blockquote class="instagram-media" data-instgrm-permalink="https://www.instagram.com/p/abc/"><div><a href="https://www.instagram.com/p/abc/">Lihat postingan ini di Instagram</a></div><p><a href="https://www.instagram.com/p/abc/">Sebuah kiriman dibagikan oleh Penyanyi Ambon (@penyanyiambon)</a></p></blockquote><script async src="//www.instagram.com/embed.js"></script><p>${SELEB[2]}</p></div></div>${FOOT('KapanLagi.com')}`,
    ),
  },
  // 9. Sumut Pos: "Rabu, 2 Desember 2026 06:00 WIB"; the feed's date is the same instant in UTC,
  //    on the previous UTC day.
  {
    name: 'feed in utc on the previous utc day',
    url: 'https://sumutpos.jawapos.com/metropolis/2026/12/02/banjir-kembali-rendam-medan-warga-dievakuasi-ke-masjid',
    title: HMBJ,
    published: '2026-12-02T06:00+07:00',
    feed: '2026-12-01T23:00:00Z',
    withFeed: '2026-12-02T06:00+07:00',
    text: j(`SUMUTPOS.CO – ${MEDAN_BANJIR[0]}`, MEDAN_BANJIR[1], MEDAN_BANJIR[2], MEDAN_BANJIR[3]),
    html: html(
      `<title>${HMBJ} - Sumut Pos</title>${om('og:title', HMBJ)}${om('og:site_name', 'Sumut Pos')}`,
      `<header><div class="logo">Sumut Pos</div><nav><a>Metropolis</a> <a>Sumut</a> <a>Nasional</a> <a>Olahraga</a></nav></header>
<div class="container"><div class="read__header"><h1 class="read__title">${HMBJ}</h1><div class="read__info"><span class="read__info__author">Dewi</span> <span class="read__info__date">Rabu, 2 Desember 2026 06:00 WIB</span></div></div>${SHARE}
<div class="read__content"><p><strong>SUMUTPOS.CO</strong> – ${MEDAN_BANJIR[0]}</p><p>${MEDAN_BANJIR[1]}</p><p>${MEDAN_BANJIR[2]}</p><p>${MEDAN_BANJIR[3]}</p></div></div>${FOOT('Sumut Pos')}`,
    ),
  },
  // 10. A meta published_time that is the visible update time ("Diperbarui 15:40 WITA"), the byline
  //     "Diterbitkan Rabu, 2 Desember 2026 08:10 WITA" above it: the publication is the byline's.
  {
    name: 'meta published_time is the visible update',
    url: 'https://www.kaltimpost.jawapos.com/samarinda/2026/12/02/jembatan-mahkota-ii-samarinda-ditutup-tiga-hari',
    title: HSMD,
    published: '2026-12-02T08:10+08:00',
    text: j(`SAMARINDA – ${SAMARINDA[0]}`, SAMARINDA[1], SAMARINDA[2], SAMARINDA[3]),
    html: html(
      `<title>${HSMD} - Kaltim Post</title>${om('og:title', HSMD)}${om('og:site_name', 'Kaltim Post')}${om('article:published_time', '2026-12-02T15:40:00+08:00')}`,
      `<header><div class="logo">Kaltim Post</div><nav><a>Samarinda</a> <a>Balikpapan</a> <a>Kaltim</a> <a>Ekonomi</a></nav></header>
<div class="container"><div class="read__header"><h1 class="read__title">${HSMD}</h1><div class="read__info"><div class="read__info__author">Nofiyatul Chalimah</div><div class="read__info__date">Diterbitkan Rabu, 2 Desember 2026 08:10 WITA</div><div class="read__info__update">Diperbarui Rabu, 2 Desember 2026 15:40 WITA</div></div></div>${SHARE}
<div class="read__content"><p><strong>SAMARINDA</strong> – ${SAMARINDA[0]}</p><p>${SAMARINDA[1]}</p><p>${SAMARINDA[2]}</p><p>${SAMARINDA[3]}</p></div></div>${FOOT('Kaltim Post')}`,
    ),
  },
  // 11. A WIT page (Manokwari) with only "Rabu, 2 Desember 2026, 20:10 WIT"; the feed gives the same
  //     instant in +07:00.
  {
    name: 'wit page, feed gives the instant in +07:00',
    url: 'https://www.teropongnews.com/pemprov-papua-barat-salurkan-bantuan-untuk-korban-banjir-masni/',
    title: HMNK,
    published: '2026-12-02T20:10+09:00',
    feed: '2026-12-02T18:10:00+07:00',
    withFeed: '2026-12-02T20:10+09:00',
    text: j(`MANOKWARI, TEROPONGNEWS.COM – ${MANOKWARI[0]}`, MANOKWARI[1], MANOKWARI[2], MANOKWARI[3]),
    html: html(
      `<title>${HMNK} | Teropong News</title>${om('og:title', HMNK)}`,
      `<header><div class="logo">Teropong News</div><nav><a>Papua Barat</a> <a>Manokwari</a> <a>Nasional</a></nav></header>
<div class="container"><h1 class="entry-title">${HMNK}</h1><div class="entry-meta"><span>Redaksi</span> | <span>Rabu, 2 Desember 2026, 20:10 WIT</span></div>${SHARE}
<div class="entry-content"><p><strong>MANOKWARI, TEROPONGNEWS.COM</strong> – ${MANOKWARI[0]}</p><p>${MANOKWARI[1]}</p><p>${MANOKWARI[2]}</p><p>${MANOKWARI[3]}</p></div>
<div class="widget"><h3>Berita Terbaru</h3><a>Jalan Trans Papua Barat Longsor</a><span>Rabu, 2 Desember 2026, 18:30 WIT</span></div></div>${FOOT('Teropong News')}`,
    ),
  },
];
