// Third batch of handwritten Indonesian article pages (issue 18), written in full — markup, expected
// body, title and publication date — BEFORE the extractor was run on any of them. Each is modelled on
// the markup of one outlet family (detik, Kompas, the Tribun network, Antara regional, Liputan6,
// CNN Indonesia, Suara, Okezone, JPNN, IDN Times, kumparan, Radar/JawaPos, WordPress regional papers,
// pemkot/pemprov portals on WordPress and on custom CMSs) with what those pages carry: "Baca juga"
// boxes inside the body, related lists, comments, newsletter and subscription boxes, author/editor
// lines, photo and video pages, live and updated articles, pages of a multi-page article, JSON-LD and
// meta dates that disagree, dates only in visible Indonesian text, titles with outlet/section affixes.
// The prose is invented.
//
// First run (2026-12-02, before any change prompted by these pages; `npx vitest run
// test/unit/extract/batch3.test.ts` with PANTAU_EVAL_PRINT=1): 27 pages, body token-F1 mean 0.972
// (worst 0.727: kumparan's span paragraphs, comments taken; 0.791: a Kompas photo lead), titles 26/27
// (a pemprov "Berita » … | Website Resmi Pemerintah Provinsi Jambi" kept its suffix), dates 25/27 (a
// URL whose day is the eve of the publication beat JSON-LD, meta and byline, as midnight; an
// "Diperbarui" line printed before "Terbit" taken as the publication). `miss` marks what failed.
import { j, ld, nm, om, ps } from './page-parts.js';

export interface BatchPage {
  name: string;
  url: string;
  html: string;
  title: string;
  /** The article text as a reader would copy it (paragraphs joined by blank lines). */
  text: string;
  /** Publication time as the page gives it, "YYYY-MM-DDTHH:MM+HH:MM" (00:00 when only a day is given). */
  published: string;
  /** A feed date for the page, and what the pipeline must then store ("YYYY-MM-DDTHH:MM+HH:MM"). */
  feed?: string;
  withFeed?: string;
  /** Fields that fail (kept as expected failures so the suite stays green while they are open). */
  miss?: ('body' | 'title' | 'date' | 'feed')[];
}

// ---- Stories (invented) ------------------------------------------------------------------------

const FLOOD = [
  'Banjir kembali merendam permukiman warga di Kelurahan Legok dan Sungai Putri, Kecamatan Danau Sipin, setelah hujan deras mengguyur Kota Jambi sejak Senin malam hingga Selasa pagi.',
  'Ketinggian air di sejumlah gang mencapai 70 sentimeter. Warga memindahkan perabot ke lantai dua, sementara sebagian lainnya memilih mengungsi ke masjid dan sekolah terdekat.',
  '"Air naik cepat sekali, sekitar jam tiga pagi sudah masuk rumah. Kami tidak sempat menyelamatkan kulkas dan kasur," kata Rosmiati, warga RT 05, saat ditemui di posko pengungsian.',
  'Kepala Pelaksana BPBD Kota Jambi mengatakan pihaknya telah menurunkan empat perahu karet dan dua puluh personel untuk membantu evakuasi warga lanjut usia, ibu hamil, dan anak-anak.',
  'Menurut dia, debit Sungai Batanghari masih tinggi karena kiriman air dari hulu, sehingga genangan diperkirakan baru surut dalam dua hingga tiga hari apabila tidak turun hujan lagi.',
];
const RICE = [
  'Perum Bulog Kantor Wilayah Jambi menggelar operasi pasar beras SPHP di dua belas titik untuk menahan kenaikan harga menjelang Natal dan Tahun Baru.',
  'Beras medium dijual Rp12.500 per kilogram, lebih rendah dari harga di pasar tradisional yang sudah menembus Rp14.000. Setiap warga dibatasi membeli paling banyak dua karung ukuran lima kilogram.',
  'Antrean sudah terlihat sejak pukul tujuh pagi di halaman kantor kelurahan. Sebagian besar pembeli adalah ibu rumah tangga dan pedagang makanan kecil.',
  '"Lumayan, selisihnya bisa untuk beli lauk. Kalau di pasar sekarang mahal sekali," ujar Nurhayati, warga Kecamatan Alam Barajo, sambil menenteng dua kantong beras.',
  'Pimpinan Wilayah Bulog Jambi memastikan stok beras di gudang cukup untuk kebutuhan empat bulan ke depan, sehingga masyarakat diminta tidak memborong.',
];
const DENGUE = [
  'Dinas Kesehatan Kabupaten Muaro Jambi mencatat 214 kasus demam berdarah dengue sepanjang November, naik hampir dua kali lipat dibanding bulan sebelumnya. Dua anak meninggal dunia.',
  'Kasus terbanyak ditemukan di Kecamatan Sekernan dan Jambi Luar Kota, wilayah yang dalam dua pekan terakhir dilanda genangan air akibat hujan terus-menerus.',
  'Kepala Dinas Kesehatan meminta warga menggalakkan gerakan tiga M plus, yaitu menguras, menutup, dan mendaur ulang barang bekas, serta tidak hanya mengandalkan pengasapan.',
  '"Fogging hanya membunuh nyamuk dewasa. Jentiknya tetap hidup kalau tempat penampungan air tidak dibersihkan," katanya dalam keterangan tertulis, Rabu.',
];
const ROAD = [
  'Pemerintah Provinsi Jambi mulai memperbaiki ruas jalan Muara Bulian–Muara Tembesi sepanjang 11 kilometer yang rusak parah akibat dilintasi truk batu bara.',
  'Perbaikan menggunakan anggaran perubahan tahun ini sebesar Rp38 miliar dan ditargetkan rampung sebelum akhir Desember, kata Kepala Dinas PUPR Provinsi Jambi.',
  'Selama pekerjaan berlangsung, arus kendaraan diberlakukan sistem buka tutup. Truk angkutan batu bara dilarang melintas pada siang hari sesuai peraturan gubernur.',
  'Warga Desa Rantau Puri berharap perbaikan kali ini dikerjakan dengan baik. "Setiap tahun ditambal, tiga bulan kemudian hancur lagi," kata Sulaiman, pemilik warung di tepi jalan.',
  'Gubernur meminta kontraktor memasang papan informasi proyek dan melibatkan warga setempat sebagai tenaga kerja harian.',
];
const KTP = [
  'Dinas Kependudukan dan Pencatatan Sipil Kota Jambi membuka layanan perekaman KTP elektronik pada hari Sabtu dan Minggu selama Desember untuk mengejar pemilih pemula.',
  'Layanan dibuka di mal pelayanan publik dan di empat kantor kecamatan mulai pukul delapan pagi hingga pukul dua siang, tanpa perlu mendaftar secara daring.',
  'Kepala Disdukcapil mengatakan masih ada sekitar 3.400 warga berusia 17 tahun yang belum merekam data. Blangko KTP tersedia cukup setelah kiriman dari pusat tiba pekan lalu.',
  '"Silakan datang membawa kartu keluarga. Kalau sudah rekam, KTP bisa langsung dicetak hari itu juga," ujarnya.',
];
const BUDGET = [
  'DPRD Provinsi Jambi menyetujui Rancangan Peraturan Daerah tentang APBD 2027 sebesar Rp4,9 triliun dalam rapat paripurna yang berlangsung hingga larut malam.',
  'Dari tujuh fraksi, enam menyatakan setuju dan satu fraksi menerima dengan catatan, terutama terkait alokasi belanja pegawai yang dinilai masih terlalu besar.',
  'Juru bicara fraksi meminta pemerintah provinsi memperbesar porsi belanja infrastruktur jalan dan irigasi, karena keluhan warga paling banyak datang dari dua sektor tersebut.',
  'Gubernur dalam sambutannya berterima kasih kepada dewan dan berjanji menindaklanjuti catatan fraksi dalam penyusunan dokumen pelaksanaan anggaran.',
];
const FIRE = [
  'Kebakaran melanda sebuah ruko tiga lantai di kawasan Pasar Angso Duo, Kota Jambi, Rabu dini hari. Api diduga berasal dari korsleting listrik di lantai dasar.',
  'Sebanyak tujuh unit mobil pemadam kebakaran dikerahkan. Petugas membutuhkan waktu sekitar dua jam untuk memadamkan api karena akses jalan yang sempit dan padat kendaraan.',
  'Tidak ada korban jiwa dalam peristiwa tersebut. Namun, pemilik toko memperkirakan kerugian mencapai ratusan juta rupiah karena stok pakaian menjelang akhir tahun ikut terbakar.',
  'Kepala Dinas Pemadam Kebakaran dan Penyelamatan Kota Jambi mengimbau pemilik ruko rutin memeriksa instalasi listrik dan menyediakan alat pemadam api ringan.',
];
const SPORT = [
  'Persijam Jambi menang 2-1 atas tamunya PSPS Pekanbaru dalam lanjutan Liga 3 zona Sumatera di Stadion Tri Lomba Juang, Minggu sore.',
  'Tuan rumah unggul lebih dulu lewat sundulan Rahmat Hidayat pada menit ke-23. Tim tamu menyamakan kedudukan melalui tendangan penalti sebelum turun minum.',
  'Gol kemenangan dicetak pemain pengganti Fajar Saputra pada menit ke-81 setelah memanfaatkan umpan silang dari sisi kanan.',
  'Pelatih Persijam mengatakan kemenangan ini penting untuk menjaga peluang lolos ke babak berikutnya. "Anak-anak bermain disiplin sampai peluit akhir," katanya.',
];


// ---- Widgets that sit around or inside article bodies --------------------------------------------

const ADS = `<div class="ads-slot"><div id="div-gpt-ad-1"><script>googletag.cmd.push(function(){googletag.display('div-gpt-ad-1');});</script></div></div>`;
const GA = `<script>window.dataLayer=window.dataLayer||[];function gtag(){dataLayer.push(arguments);}gtag('js',new Date());gtag('config','G-XYZ');</script>`;
const POPULAR = (cls: string) => `<div class="${cls}"><h3>Terpopuler</h3><ol>
<li><a href="/p1">Jadwal pemadaman listrik bergilir di Kota Jambi pekan ini, cek wilayah Anda</a></li>
<li><a href="/p2">Viral video pengendara motor terseret arus banjir di Jalan Kapten Pattimura</a></li>
<li><a href="/p3">Harga emas Antam hari ini turun, simak daftar lengkapnya di sini</a></li>
<li><a href="/p4">Lowongan kerja BUMN Desember 2026 untuk lulusan SMA dan D3</a></li></ol></div>`;
const COMMENTS = `<section id="comments" class="comments-area"><h3 class="comments-title">3 Komentar</h3><ol class="comment-list">
<li class="comment"><div class="comment-author">Budi Santoso</div><div class="comment-metadata">1 Desember 2026 pukul 16:02</div><div class="comment-content"><p>Setiap tahun begini terus, tapi tidak pernah ada solusi yang jelas dari pemerintah. Drainase di tempat kami sudah tersumbat sejak lama dan tidak pernah dikeruk.</p></div></li>
<li class="comment"><div class="comment-author">Siti Aminah</div><div class="comment-metadata">1 Desember 2026 pukul 17:45</div><div class="comment-content"><p>Semoga cepat surut dan warga yang mengungsi mendapat bantuan makanan dan obat-obatan yang cukup, terutama untuk anak-anak dan orang tua.</p></div></li>
<li class="comment"><div class="comment-author">Andi</div><div class="comment-metadata">2 Desember 2026 pukul 07:10</div><div class="comment-content"><p>Terima kasih BPBD dan relawan yang sudah bekerja siang malam membantu kami di Legok.</p></div></li></ol>
<div id="respond" class="comment-respond"><h3>Tinggalkan Balasan</h3><form><p>Alamat email Anda tidak akan dipublikasikan. Ruas yang wajib ditandai *</p><textarea name="comment"></textarea><input name="author"><input name="email"><button>Kirim Komentar</button></form></div></section>`;
const NEWSLETTER = `<div class="newsletter-box"><h4>Berlangganan Newsletter</h4><p>Dapatkan rangkuman berita pilihan redaksi setiap pagi langsung di kotak masuk email Anda. Gratis, tanpa iklan, dan bisa berhenti kapan saja.</p><form><input type="email" placeholder="Email Anda"><button>Daftar</button></form></div>`;
const PAYWALL = `<div class="premium-offer"><h4>Dukung jurnalisme berkualitas</h4><p>Berlangganan mulai Rp30.000 per bulan untuk membaca semua artikel premium, laporan mendalam, dan arsip lengkap tanpa gangguan iklan di semua perangkat.</p><a class="btn" href="/berlangganan">Berlangganan</a></div>`;
const SHARE = `<div class="share-box"><span>Bagikan:</span> <a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">WhatsApp</a> <a href="#">Telegram</a> <a href="#">Salin tautan</a></div>`;
const TAGS = (cls: string) => `<div class="${cls}"><span>Tag:</span> <a href="/tag/banjir">banjir</a> <a href="/tag/jambi">jambi</a> <a href="/tag/bpbd">bpbd</a></div>`;
const RELATED_CARDS = (cls: string, date: string) => `<div class="${cls}"><h3>Berita Terkait</h3>
<div class="item"><a href="/r1"><img src="/r1.jpg"><h4>Ratusan rumah di Kota Jambi terendam banjir, warga mengungsi ke masjid</h4></a><span class="date">${date}</span></div>
<div class="item"><a href="/r2"><img src="/r2.jpg"><h4>BPBD siagakan perahu karet di enam kelurahan rawan genangan air</h4></a><span class="date">${date}</span></div>
<div class="item"><a href="/r3"><img src="/r3.jpg"><h4>Wali Kota minta camat pantau titik rawan banjir selama musim hujan</h4></a><span class="date">${date}</span></div></div>`;
const FOOT = (name: string) => `<footer class="site-footer"><div class="footer-links"><a href="/redaksi">Redaksi</a> | <a href="/pedoman">Pedoman Media Siber</a> | <a href="/tentang">Tentang Kami</a> | <a href="/kontak">Kontak</a> | <a href="/karir">Karir</a></div><p>Copyright © 2026 ${name}. Seluruh hak cipta dilindungi undang-undang.</p></footer>`;

function html(head: string, body: string): string {
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${head}${GA}</head><body>${body}</body></html>`;
}

// ---- The pages -------------------------------------------------------------------------------------

const T1 = 'Banjir Rendam Legok dan Sungai Putri, Warga Mengungsi ke Masjid';
const T2 = 'Bulog Gelar Operasi Pasar Beras SPHP di 12 Titik Jelang Nataru';
const T3 = 'Kasus DBD di Muaro Jambi Melonjak, Dua Anak Meninggal';
const T4 = 'Jalan Muara Bulian–Muara Tembesi Diperbaiki, Truk Batu Bara Dilarang Melintas Siang Hari';
const T5 = 'Disdukcapil Kota Jambi Buka Layanan Rekam KTP-el Saat Akhir Pekan';
const T6 = 'DPRD Jambi Sahkan APBD 2027 Rp4,9 Triliun, Satu Fraksi Beri Catatan';
const T7 = 'Ruko Tiga Lantai di Pasar Angso Duo Terbakar, Kerugian Ratusan Juta';
const T8 = 'Persijam Tekuk PSPS Pekanbaru 2-1 Lewat Gol Menit Akhir';

export const BATCH3_PAGES: BatchPage[] = [
  // 1. detik regional: SCROLL TO CONTINUE, a "Baca juga" table inside the body, the editor initials.
  {
    name: 'detik regional with linksisip and parallax ad',
    url: 'https://www.detik.com/sumbagsel/berita/d-7712345/banjir-rendam-legok-dan-sungai-putri-warga-mengungsi-ke-masjid',
    title: T1,
    published: '2026-12-01T09:42+07:00',
    text: j(`Jambi - ${FLOOD[0]}`, FLOOD[1], FLOOD[2], FLOOD[3], FLOOD[4], '(das/dai)'),
    html: html(
      `<title>${T1}</title>${nm('publishdate', '2026/12/01 09:42:17')}${nm('author', 'Dwi Astuti')}${om('og:title', T1)}${om('og:site_name', 'detiksumbagsel')}${om('og:type', 'article')}
${ld({ '@type': 'NewsArticle', headline: T1, datePublished: '2026-12-01T09:42:17+07:00', dateModified: '2026-12-01T09:50:02+07:00', author: { '@type': 'Person', name: 'Dwi Astuti' } })}`,
      `<header class="header"><a class="logo" href="/">detikSumbagsel</a><nav><a href="/sumbagsel/berita">Berita</a> <a href="/sumbagsel/bisnis">Bisnis</a> <a href="/sumbagsel/sport">Sport</a></nav></header>
<div class="container"><div class="column-8"><article class="detail">
<div class="detail__header"><div class="page__breadcrumb"><a href="/sumbagsel">detikSumbagsel</a> <a href="/sumbagsel/berita">Berita</a></div>
<h1 class="detail__title">${T1}</h1><div class="detail__author">Dwi Astuti - detikSumbagsel</div><div class="detail__date">Selasa, 01 Des 2026 09:42 WIB</div></div>
<div class="detail__media"><figure class="detail__media-image"><img src="/banjir.jpg"><figcaption class="detail__media-caption">Banjir di Legok, Kota Jambi. (Foto: Dwi Astuti/detikSumbagsel)</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
<p><strong>Jambi</strong> - ${FLOOD[0]}</p><p>${FLOOD[1]}</p>
<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga:</strong><a href="/x">Banjir Kiriman dari Hulu, Warga Tanjung Jabung Diminta Waspada</a></div></td></tr></table>
<p>${FLOOD[2]}</p>
<div class="parallaxindetail scrollpage"><div class="ads-scrollpage-top"><span>ADVERTISEMENT</span></div><div class="ads-scrollpage-box">${ADS}</div><div class="ads-scrollpage-bottom"><span>SCROLL TO CONTINUE WITH CONTENT</span></div></div>
<p>${FLOOD[3]}</p><p>${FLOOD[4]}</p><strong>(das/dai)</strong></div>
<div class="detail__body-tag"><div class="nav"><a href="/tag/banjir" class="nav__item">banjir</a><a href="/tag/jambi" class="nav__item">jambi</a></div></div></div>
<div class="detail__komentar"><div id="thecomment"><h3>Komentar</h3><p>Belum ada komentar. Jadilah yang pertama berkomentar di artikel ini.</p></div></div></article>
<div class="list-content"><h2>Berita Terkait</h2><article class="list-content__item"><h3 class="media__title"><a href="/a">Wali Kota Jambi Tinjau Posko Pengungsian Banjir di Danau Sipin</a></h3><div class="media__date"><span title="Senin, 30 Nov 2026 16:20 WIB">Senin, 30 Nov 2026 16:20 WIB</span></div></article></div></div>
<div class="column-4">${POPULAR('box cb-mostpop')}</div></div>${FOOT('detikcom')}`,
    ),
  },
  // 2. detikFoto-style gallery: the captions are the text; "Foto: ..." credits sit beside them.
  {
    name: 'detik photo gallery captions',
    url: 'https://www.detik.com/sumbagsel/foto/d-7712399/foto-antre-beras-murah-di-kantor-kelurahan',
    title: 'Foto: Antre Beras Murah di Kantor Kelurahan',
    published: '2026-12-01T11:05+07:00',
    text: j(
      'Warga antre membeli beras SPHP dalam operasi pasar Bulog di halaman kantor Kelurahan Simpang Rimbo, Kota Jambi, Selasa (1/12/2026).',
      'Beras medium dijual Rp12.500 per kilogram, lebih murah dibanding harga di pasar tradisional.',
      'Setiap warga dibatasi membeli paling banyak dua karung ukuran lima kilogram agar semua kebagian.',
    ),
    html: html(
      `<title>Foto: Antre Beras Murah di Kantor Kelurahan</title>${nm('publishdate', '2026/12/01 11:05:40')}${om('og:title', 'Foto: Antre Beras Murah di Kantor Kelurahan')}${om('og:type', 'article')}${om('og:description', 'Warga antre membeli beras SPHP dalam operasi pasar Bulog di Kota Jambi.')}`,
      `<header class="header"><a class="logo" href="/">detikSumbagsel</a><nav><a href="/sumbagsel/foto">Foto</a> <a href="/sumbagsel/video">Video</a></nav></header>
<div class="container"><article class="detail detail--foto"><div class="detail__header"><h1 class="detail__title">Foto: Antre Beras Murah di Kantor Kelurahan</h1><div class="detail__author">Dwi Astuti - detikSumbagsel</div><div class="detail__date">Selasa, 01 Des 2026 11:05 WIB</div></div>
<div class="detail__body"><div class="slide-foto">
<figure class="foto-item"><img src="/f1.jpg"><div class="foto-credit">Foto: Dwi Astuti/detikSumbagsel</div><figcaption><p>Warga antre membeli beras SPHP dalam operasi pasar Bulog di halaman kantor Kelurahan Simpang Rimbo, Kota Jambi, Selasa (1/12/2026).</p></figcaption></figure>
<figure class="foto-item"><img src="/f2.jpg"><div class="foto-credit">Foto: Dwi Astuti/detikSumbagsel</div><figcaption><p>Beras medium dijual Rp12.500 per kilogram, lebih murah dibanding harga di pasar tradisional.</p></figcaption></figure>
<figure class="foto-item"><img src="/f3.jpg"><div class="foto-credit">Foto: Dwi Astuti/detikSumbagsel</div><figcaption><p>Setiap warga dibatasi membeli paling banyak dua karung ukuran lima kilogram agar semua kebagian.</p></figcaption></figure></div></div></article>
<div class="list-content"><h2>Foto Lainnya</h2><article><h3><a href="/f/a">Foto: Potret Banjir di Legok</a></h3><p>Banjir kembali merendam permukiman warga di Kelurahan Legok setelah hujan deras mengguyur sejak malam, ratusan rumah terendam.</p></article><article><h3><a href="/f/b">Foto: Jembatan Gantung Putus Diterjang Arus</a></h3><p>Jembatan gantung yang menghubungkan dua desa di Kabupaten Bungo putus setelah diterjang arus sungai yang deras.</p></article></div>
${POPULAR('box cb-mostpop')}</div>${FOOT('detikcom')}`,
    ),
  },
  // 3. Kompas regional: "Baca juga" inside read__content, the Telegram/WhatsApp box, credit line.
  {
    name: 'kompas regional with baca juga and the group box',
    url: 'https://regional.kompas.com/read/2026/12/01/143512278/bulog-gelar-operasi-pasar-beras-sphp-di-12-titik-jelang-nataru',
    title: T2,
    published: '2026-12-01T14:35+07:00',
    text: j(`JAMBI, KOMPAS.com - ${RICE[0]}`, RICE[1], RICE[2], RICE[3], RICE[4]),
    html: html(
      `<title>${T2} Halaman all - Kompas.com</title>${om('og:title', `${T2} Halaman all - Kompas.com`)}${nm('content_PublishedDate', '2026-12-01 14:35:12')}${nm('content_author', 'Kontributor Jambi, Suwandi')}${nm('content_editor', 'Aprillia Ika')}
${ld({ '@type': 'NewsArticle', headline: `${T2}`, datePublished: '2026-12-01T14:35:12+07:00', dateModified: '2026-12-01T14:35:12+07:00' })}`,
      `<div class="header"><div class="logo"><a href="/">KOMPAS.com</a></div><ul class="nav"><li>News</li><li>Tren</li><li>Regional</li></ul></div>
<div class="container clearfix"><div class="col-bs10-7"><div class="breadcrumb"><a href="/">Home</a> <a href="/regional">Regional</a></div>
<h1 class="read__title">${T2}</h1><div class="read__time">Kompas.com - 01/12/2026, 14:35 WIB</div>
<div class="read__author"><div class="credit-title-name"><a href="/penulis/x">Kontributor Jambi, Suwandi</a></div><div class="credit-title-nameEditor">Editor <a>Aprillia Ika</a></div></div>
<div class="photo"><img src="/beras.jpg"><div class="photo__caption">Warga antre membeli beras SPHP di Kota Jambi, Selasa (1/12/2026). KOMPAS.COM/SUWANDI</div></div>
<div class="read__content"><div class="clearfix">
<p><strong>JAMBI, KOMPAS.com</strong> - ${RICE[0]}</p><p>${RICE[1]}</p>
<p><strong>Baca juga: <a class="inner-link-baca-juga" href="/r">Harga Beras di Jambi Tembus Rp14.000, Pedagang Keluhkan Pasokan</a></strong></p>
<p>${RICE[2]}</p><div class="ads-on-body">${ADS}</div><p>${RICE[3]}</p>
<p><strong>Baca juga: <a class="inner-link-baca-juga" href="/s">Stok Beras Bulog Jambi Aman hingga Lebaran</a></strong></p>
<p>${RICE[4]}</p>
<div class="kompasidRec"><p><strong>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram "Kompas.com News Update", caranya klik link https://t.me/kompascomupdate, kemudian join. Anda harus install aplikasi Telegram terlebih dulu di ponsel.</strong></p></div>
</div></div>
<div class="read__tagging"><h3>Tag</h3><a>beras</a><a>bulog</a></div>
<div class="read__berita-terkait"><h3>Berita Terkait</h3><ul><li><a href="/k1">Harga Cabai Merah di Jambi Turun Jadi Rp38.000 per Kilogram</a><span>28/11/2026, 10:15 WIB</span></li><li><a href="/k2">Inflasi Jambi November Dipicu Kenaikan Harga Beras</a><span>27/11/2026, 09:00 WIB</span></li></ul></div></div>
<div class="col-bs10-3">${POPULAR('most__wrap')}</div></div>${FOOT('KOMPAS.com')}`,
    ),
  },
  // 4. Tribun network, page 1 of 2: "Baca juga" paragraphs, pagination, Google News line.
  {
    name: 'tribun network page 1 of 2',
    url: 'https://jambi.tribunnews.com/2026/12/02/kasus-dbd-di-muaro-jambi-melonjak-dua-anak-meninggal',
    title: T3,
    published: '2026-12-02T10:17+07:00',
    text: j(`TRIBUNJAMBI.COM, SENGETI - ${DENGUE[0]}`, DENGUE[1]),
    html: html(
      `<title>${T3} - Tribunjambi.com</title>${om('og:title', `${T3} - Tribunjambi.com`)}${om('og:site_name', 'Tribunjambi.com')}${nm('pubdate', '2026-12-02T10:17:33+07:00')}${om('article:published_time', '2026-12-02T10:17:33+07:00')}
${ld({ '@type': 'NewsArticle', headline: T3, datePublished: '2026-12-02T10:17:33+07:00', author: { '@type': 'Person', name: 'Muzakkir' } })}`,
      `<div id="header"><a href="/">tribunjambi</a><ul class="menu"><li>Home</li><li>Jambi</li><li>Muaro Jambi</li></ul></div>
<div class="main"><div id="article"><div class="breadcrumb"><a href="/">Home</a> » <a href="/muaro-jambi">Muaro Jambi</a></div>
<h1 id="arttitle">${T3}</h1><div class="mt10"><div id="penulis">Penulis: <a>Muzakkir</a></div><div id="editor">Editor: <a>Deni Satria</a></div><time class="grey">Rabu, 2 Desember 2026 10:17 WIB</time></div>
<div class="ovh imgfull_div"><img src="/dbd.jpg"><div class="arial f12 grey2 pt5">Ilustrasi nyamuk aedes aegypti. (Tribunjambi.com/Dok)</div></div>
<div class="side-article txt-article multi-fontsize">
<p><strong>TRIBUNJAMBI.COM, SENGETI</strong> - ${DENGUE[0]}</p>
<p><strong>Baca juga: <a href="/b1">Warga Sekernan Keluhkan Genangan Air Tak Kunjung Surut</a></strong></p>
<p>${DENGUE[1]}</p>
<p><strong>Baca juga: <a href="/b2">Dinkes Jambi Siapkan 500 Liter Larvasida untuk Desa Rawan DBD</a></strong></p>
</div>
<div class="paging"><span>Halaman</span> <span class="pcur">1</span> <a href="?page=2">2</a> <a href="?page=2">Selanjutnya ›</a></div>
<div class="gnews"><p>Ikuti berita terbaru Tribunjambi.com di Google News. Dapatkan juga informasi terkini lainnya lewat saluran WhatsApp Tribunjambi.com.</p></div>
<div class="tagcloud3"><h5>Tags:</h5><a>DBD</a><a>Muaro Jambi</a></div></div>
<div id="latestul"><h3>Berita Terkini</h3><ul><li><h3><a href="/l1">Ratusan Rumah di Legok Terendam Banjir</a></h3><time>Rabu, 2 Desember 2026 09:10</time></li><li><h3><a href="/l2">Operasi Pasar Beras Digelar di 12 Titik</a></h3><time>Selasa, 1 Desember 2026 14:40</time></li></ul></div>
${POPULAR('populer-box')}</div>${FOOT('Tribunjambi.com')}`,
    ),
  },
  // 5. The same story's page 2: the page marker in the title, page 2's paragraphs only.
  {
    name: 'tribun network page 2 of 2',
    url: 'https://jambi.tribunnews.com/2026/12/02/kasus-dbd-di-muaro-jambi-melonjak-dua-anak-meninggal?page=2',
    title: T3,
    published: '2026-12-02T10:17+07:00',
    text: j(DENGUE[2], DENGUE[3], '(Tribunjambi.com/Muzakkir)'),
    html: html(
      `<title>${T3} Halaman 2 - Tribunjambi.com</title>${om('og:title', `${T3} Halaman 2 - Tribunjambi.com`)}${nm('pubdate', '2026-12-02T10:17:33+07:00')}
<link rel="canonical" href="https://jambi.tribunnews.com/2026/12/02/kasus-dbd-di-muaro-jambi-melonjak-dua-anak-meninggal?page=2">`,
      `<div id="header"><a href="/">tribunjambi</a><ul class="menu"><li>Home</li><li>Jambi</li></ul></div>
<div class="main"><div id="article"><h1 id="arttitle">${T3}</h1><div class="mt10"><div id="penulis">Penulis: <a>Muzakkir</a></div><div id="editor">Editor: <a>Deni Satria</a></div><time class="grey">Rabu, 2 Desember 2026 10:17 WIB</time></div>
<div class="side-article txt-article multi-fontsize"><p>${DENGUE[2]}</p><p>${DENGUE[3]}</p><p>(Tribunjambi.com/Muzakkir)</p></div>
<div class="paging"><span>Halaman</span> <a href="?page=1">1</a> <span class="pcur">2</span> <a href="?page=1">‹ Sebelumnya</a></div>
<div class="artikel-terkait"><h3>Artikel Terkait</h3><ul><li><a href="/t1">Fogging Massal Digelar di Tiga Kecamatan Muaro Jambi</a></li><li><a href="/t2">Puskesmas Sekernan Kewalahan Tangani Pasien Demam</a></li></ul></div></div>
${POPULAR('populer-box')}</div>${FOOT('Tribunjambi.com')}`,
    ),
  },
  // 6. Antara regional: dateline "(ANTARA)", Baca juga paragraphs, Pewarta/Editor/COPYRIGHT block.
  {
    name: 'antara regional with pewarta and copyright lines',
    url: 'https://jambi.antaranews.com/berita/612345/jalan-muara-bulian-muara-tembesi-diperbaiki-truk-batu-bara-dilarang-melintas-siang-hari',
    title: T4,
    published: '2026-12-01T16:48+07:00',
    text: j(`Jambi (ANTARA) - ${ROAD[0]}`, ROAD[1], ROAD[2], ROAD[3], ROAD[4]),
    html: html(
      `<title>${T4} - ANTARA News Jambi</title>${om('og:title', T4)}${om('og:site_name', 'Antara News Jambi')}${om('article:published_time', '2026-12-01T16:48:00+07:00')}
${ld({ '@type': 'NewsArticle', headline: T4, datePublished: '2026-12-01T16:48:00+07:00', dateModified: '2026-12-01T17:02:11+07:00', publisher: { '@type': 'Organization', name: 'Antara News Jambi' } })}`,
      `<header><div class="logo"><a href="/">ANTARA Jambi</a></div><nav class="main-menu"><a>Terkini</a> <a>Jambi</a> <a>Nasional</a> <a>Foto</a> <a>Video</a></nav></header>
<div class="wrapper"><div class="col-md-8"><div class="post-wrapper clearfix"><h1 class="post-title">${T4}</h1>
<p class="text-muted small mt10"><span><i class="fa fa-clock-o"></i> Selasa, 1 Desember 2026 16:48 WIB</span></p>
<header class="post-header"><img src="/jalan.jpg"><p class="wp-caption-text">Alat berat memperbaiki ruas jalan Muara Bulian–Muara Tembesi, Selasa (1/12/2026). ANTARA/HO-Dinas PUPR</p></header>
<div class="post-content clearfix">Jambi (ANTARA) - ${ROAD[0]}<br><br>${ROAD[1]}<br><br>
<p><span class="baca-juga"><b>Baca juga: </b><a href="/b">Pemprov Jambi anggarkan Rp38 miliar untuk jalan nasional rusak</a></span></p>
${ROAD[2]}<br><br>${ROAD[3]}<br><br>
<p><span class="baca-juga"><b>Baca juga: </b><a href="/c">Gubernur minta angkutan batu bara patuhi jam operasional</a></span></p>
${ROAD[4]}<br><br>
<p class="text-muted mt10 small">Pewarta: Nanang Mairiadi<br>Editor: Syarif Abdullah<br>COPYRIGHT © ANTARA 2026</p></div>
<div class="tags-wrapper"><a>jalan rusak</a><a>batu bara</a></div></div>
<div class="related-wrapper"><h3>Berita Terkait</h3><article><h3><a href="/r1">Truk batu bara terguling di Muara Tembesi, lalu lintas macet 5 km</a></h3><span>30 November 2026 20:15</span></article><article><h3><a href="/r2">Warga Batanghari blokir jalan protes truk batu bara</a></h3><span>29 November 2026 13:02</span></article></div></div>
<div class="col-md-4">${POPULAR('widget-terpopuler')}</div></div>${FOOT('ANTARA')}`,
    ),
  },
  // 7. Antara photo page: one caption with the agency credit.
  {
    name: 'antara photo with credit caption',
    url: 'https://jambi.antaranews.com/foto/612400/ruko-terbakar-di-pasar-angso-duo',
    title: 'Ruko terbakar di Pasar Angso Duo',
    published: '2026-12-02T08:20+07:00',
    text:
      'Petugas pemadam kebakaran berusaha memadamkan api yang membakar ruko tiga lantai di kawasan Pasar Angso Duo, Kota Jambi, Rabu (2/12/2026). Kebakaran yang diduga akibat korsleting listrik itu tidak menimbulkan korban jiwa. ANTARA FOTO/Wahdi Septiawan/nym.',
    html: html(
      `<title>Ruko terbakar di Pasar Angso Duo - ANTARA News Jambi</title>${om('og:title', 'Ruko terbakar di Pasar Angso Duo')}${om('og:type', 'article')}${om('article:published_time', '2026-12-02T08:20:00+07:00')}`,
      `<header><div class="logo"><a href="/">ANTARA Jambi</a></div><nav class="main-menu"><a>Terkini</a> <a>Foto</a></nav></header>
<div class="wrapper"><div class="col-md-8"><div class="post-wrapper"><h1 class="post-title">Ruko terbakar di Pasar Angso Duo</h1><p class="text-muted small"><span>Rabu, 2 Desember 2026 08:20 WIB</span></p>
<div class="photo-slider"><img src="/ruko.jpg"></div>
<div class="post-content clearfix"><p>Petugas pemadam kebakaran berusaha memadamkan api yang membakar ruko tiga lantai di kawasan Pasar Angso Duo, Kota Jambi, Rabu (2/12/2026). Kebakaran yang diduga akibat korsleting listrik itu tidak menimbulkan korban jiwa. ANTARA FOTO/Wahdi Septiawan/nym.</p>
<p class="text-muted small">Pewarta: Wahdi Septiawan<br>Editor: Syarif Abdullah<br>COPYRIGHT © ANTARA 2026</p></div></div>
<div class="related-wrapper"><h3>Foto Terkait</h3><article><h3><a href="/f1">Kebakaran gudang di Jelutung</a></h3><p>Petugas memadamkan kebakaran gudang barang bekas di Kecamatan Jelutung, Kota Jambi, yang menghanguskan tiga bangunan.</p></article><article><h3><a href="/f2">Latihan damkar di Tanjung Jabung</a></h3><p>Petugas damkar mengikuti latihan penanganan kebakaran bangunan bertingkat di Kuala Tungkal.</p></article></div></div>
<div class="col-md-4">${POPULAR('widget-terpopuler')}${NEWSLETTER}</div></div>${FOOT('ANTARA')}`,
    ),
  },
  // 8. Liputan6: "Advertisement" slots, a Baca Juga list box inside the body, <time datetime>.
  {
    name: 'liputan6 with baca juga list and advertisement slots',
    url: 'https://www.liputan6.com/regional/read/5901234/disdukcapil-kota-jambi-buka-layanan-rekam-ktp-el-saat-akhir-pekan',
    title: T5,
    published: '2026-12-01T13:00+07:00',
    text: j(`Liputan6.com, Jambi - ${KTP[0]}`, KTP[1], KTP[2], KTP[3]),
    html: html(
      `<title>${T5} - Regional Liputan6.com</title>${om('og:title', T5)}${om('og:site_name', 'liputan6.com')}${om('article:published_time', '2026-12-01T13:00:00+07:00')}${om('article:modified_time', '2026-12-01T13:00:00+07:00')}
${ld({ '@type': 'NewsArticle', headline: T5, datePublished: '2026-12-01T13:00:00+07:00', author: [{ '@type': 'Person', name: 'Gresi Plasmanto' }] })}`,
      `<header class="navbar"><a class="navbar--top--logo" href="/">Liputan6</a><nav><a>News</a><a>Regional</a><a>Bisnis</a></nav></header>
<div class="container-article"><article class="hentry main read-page--content"><header class="read-page--header"><h1 class="read-page--header--title entry-title">${T5}</h1>
<div class="read-page--header--author"><a class="read-page--header--author__link"><span class="read-page--header--author__name">Gresi Plasmanto</span></a><p class="read-page--header--author__datetime-wrapper"><time class="read-page--header--author__datetime updated" datetime="2026-12-01T13:00:00+07:00">01 Des 2026, 13:00 WIB</time></p></div></header>
<div class="read-page--top-media"><img src="/ktp.jpg"><figcaption class="read-page--photo-gallery--item__caption">Warga merekam KTP elektronik di Disdukcapil Kota Jambi. (Liputan6.com/Gresi Plasmanto)</figcaption></div>
<div class="article-content-body article-content-body_with-aside"><div class="article-content-body__item-page" data-page="1"><div class="article-content-body__item-content">
<p><strong>Liputan6.com, Jambi</strong> - ${KTP[0]}</p><p>${KTP[1]}</p></div>
<div class="advertisement-placeholder"><div class="advertisement-text">Advertisement</div>${ADS}</div>
<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul class="baca-juga-collections__list"><li><a href="/b1">Blangko KTP-el di Jambi Kembali Tersedia Setelah Dua Bulan Kosong</a></li><li><a href="/b2">Disdukcapil Jemput Bola Rekam KTP-el di Sekolah</a></li><li><a href="/b3">Cara Cek Status KTP-el Secara Online</a></li></ul></div>
<div class="article-content-body__item-content"><p>${KTP[2]}</p><p>${KTP[3]}</p></div></div></div>
<div class="tags--snippet"><span>Tag Terkait</span><a>KTP-el</a><a>Jambi</a></div>
<div class="read-next-box"><h3>Artikel Selanjutnya</h3><a href="/n1">Pemilih Pemula di Jambi Diminta Segera Rekam KTP-el Sebelum Pilkada</a></div></article>
<aside>${POPULAR('article-terpopuler')}</aside></div>${FOOT('Liputan6.com')}`,
    ),
  },
  // 9. Liputan6 video page: a short lead under the player, video list with summaries.
  {
    name: 'liputan6 video with a short lead',
    url: 'https://www.liputan6.com/regional/read/5901300/video-ruko-tiga-lantai-di-pasar-angso-duo-terbakar',
    title: 'VIDEO: Ruko Tiga Lantai di Pasar Angso Duo Terbakar',
    published: '2026-12-02T12:30+07:00',
    text: 'Liputan6.com, Jambi - Sebuah ruko tiga lantai di kawasan Pasar Angso Duo, Kota Jambi, terbakar pada Rabu dini hari. Tujuh unit mobil pemadam dikerahkan dan api baru padam setelah dua jam.',
    html: html(
      `<title>VIDEO: Ruko Tiga Lantai di Pasar Angso Duo Terbakar - Regional Liputan6.com</title>${om('og:title', 'VIDEO: Ruko Tiga Lantai di Pasar Angso Duo Terbakar')}${om('og:type', 'video.other')}${om('article:published_time', '2026-12-02T12:30:00+07:00')}`,
      `<header class="navbar"><a class="navbar--top--logo" href="/">Liputan6</a></header>
<div class="container-article"><article class="hentry main read-page--content"><header class="read-page--header"><h1 class="read-page--header--title entry-title">VIDEO: Ruko Tiga Lantai di Pasar Angso Duo Terbakar</h1>
<p class="read-page--header--author__datetime-wrapper"><time class="read-page--header--author__datetime" datetime="2026-12-02T12:30:00+07:00">02 Des 2026, 12:30 WIB</time></p></header>
<div class="read-page--video-player"><div class="vidio-embed"><iframe src="https://www.vidio.com/embed/123"></iframe></div></div>
<div class="article-content-body"><div class="article-content-body__item-content"><p><strong>Liputan6.com, Jambi</strong> - Sebuah ruko tiga lantai di kawasan Pasar Angso Duo, Kota Jambi, terbakar pada Rabu dini hari. Tujuh unit mobil pemadam dikerahkan dan api baru padam setelah dua jam.</p></div></div></article>
<div class="video-list"><h3>Video Terkini</h3><article><h4><a href="/v1">VIDEO: Banjir Rendam Ratusan Rumah di Legok</a></h4><p>Banjir kembali merendam permukiman warga di Kelurahan Legok dan Sungai Putri setelah hujan deras mengguyur sejak Senin malam.</p></article><article><h4><a href="/v2">VIDEO: Antre Beras Murah Bulog</a></h4><p>Warga rela antre sejak pagi untuk membeli beras SPHP yang dijual lebih murah dibanding harga di pasar tradisional.</p></article></div>
${NEWSLETTER}</div>${FOOT('Liputan6.com')}`,
    ),
  },
  // 10. CNN Indonesia: "SCROLL TO CONTINUE", "Lihat Juga" and a [Gambas:Video CNN] placeholder.
  {
    name: 'cnnindonesia with lihat juga and gambas placeholder',
    url: 'https://www.cnnindonesia.com/nasional/20261201194512-20-1190001/dprd-jambi-sahkan-apbd-2027-rp49-triliun-satu-fraksi-beri-catatan',
    title: T6,
    published: '2026-12-01T19:45+07:00',
    text: j(`Jakarta, CNN Indonesia -- ${BUDGET[0]}`, BUDGET[1], BUDGET[2], BUDGET[3], '(jam/isn)'),
    html: html(
      `<title>${T6}</title>${om('og:title', T6)}${nm('publishdate', '2026/12/01 19:45:12')}${om('og:site_name', 'nasional')}
${ld({ '@type': 'NewsArticle', headline: T6, datePublished: '2026-12-01T19:45:12+07:00', dateModified: '2026-12-01T20:01:00+07:00' })}`,
      `<header class="bg-cnn_red"><a href="/">CNN Indonesia</a><nav><a>Nasional</a><a>Internasional</a><a>Ekonomi</a></nav></header>
<div class="container"><div class="flex"><div class="w-leftcontent"><div class="flex gap-2 text-xs"><a href="/">Home</a> <a href="/nasional">Nasional</a></div>
<h1 class="mb-2 text-[28px] leading-9 text-cnn_black">${T6}</h1><div class="text-cnn_grey text-sm mb-4">CNN Indonesia</div><div class="text-cnn_grey text-sm mb-4">Selasa, 01 Des 2026 19:45 WIB</div>
<div class="detail-image"><figure><img src="/dprd.jpg"><figcaption>Rapat paripurna DPRD Provinsi Jambi. (Foto: ANTARA FOTO)</figcaption></figure></div>
<div class="detail-wrap flex gap-4 relative"><div class="detail-text text-cnn_black text-sm grow min-w-0">
<p><strong>Jakarta, CNN Indonesia</strong> -- ${BUDGET[0]}</p><p>${BUDGET[1]}</p>
<div class="paradetail"><div class="text-center"><span>ADVERTISEMENT</span></div>${ADS}<div class="text-center"><span>SCROLL TO CONTINUE WITH CONTENT</span></div></div>
<p>${BUDGET[2]}</p>
<div class="inline-list"><span>Lihat Juga :</span><ul><li><a href="/l1">Gubernur Jambi Minta OPD Percepat Serapan Anggaran</a></li><li><a href="/l2">Fraksi di DPRD Jambi Kritik Belanja Pegawai</a></li></ul></div>
<p>${BUDGET[3]}</p><p>[Gambas:Video CNN]</p><p>(jam/isn)</p></div></div>
<div class="my-5"><h2>Baca lagi: <a>Rapat Paripurna DPRD Jambi Diwarnai Interupsi</a></h2></div>
<div class="box-related"><h2>Berita Terkait</h2><article><a href="/b1"><h2>APBD Jambi 2026 Defisit Rp200 Miliar</h2></a><span class="text-xs">Senin, 30 Nov 2026 11:00 WIB</span></article></div></div>
<div class="w-rightcontent">${POPULAR('box-terpopuler')}</div></div></div>${FOOT('CNN Indonesia')}`,
    ),
  },
  // 11. Suara.com regional, page 1 of 2 (pagination below), "Baca Juga" inside the body.
  {
    name: 'suara regional page 1 with baca juga',
    url: 'https://jambi.suara.com/read/2026/12/02/061500/ruko-tiga-lantai-di-pasar-angso-duo-terbakar-kerugian-ratusan-juta',
    title: T7,
    published: '2026-12-02T06:15+07:00',
    text: j(`SuaraJambi.id - ${FIRE[0]}`, FIRE[1]),
    html: html(
      `<title>${T7} - Suarajambi.id</title>${om('og:title', T7)}${om('og:site_name', 'Suarajambi.id')}${om('article:published_time', '2026-12-02T06:15:00+07:00')}
${ld({ '@type': 'NewsArticle', headline: T7, datePublished: '2026-12-02T06:15:00+07:00', author: { '@type': 'Person', name: 'Rizky Pratama' } })}`,
      `<div class="header"><a href="/">SuaraJambi.id</a><ul class="nav"><li>News</li><li>Jambi</li><li>Lifestyle</li></ul></div>
<div class="wrapper"><div class="content"><div class="info"><div class="breadcrumb"><a>Home</a> <a>News</a></div>
<h1>${T7}</h1><div class="writer"><span>Rizky Pratama</span></div><div class="date-article"><span>Rabu, 02 Desember 2026 | 06:15 WIB</span></div></div>
<div class="img-cover"><img src="/ruko.jpg"><div class="caption">Kebakaran ruko di Pasar Angso Duo. [SuaraJambi.id/Rizky]</div></div>
<article class="detail-content detail-berita">
<p><strong>SuaraJambi.id</strong> - ${FIRE[0]}</p>
<div class="baca-juga-new"><span>Baca Juga:</span><ul><li><a href="/b1">Kebakaran Gudang di Jelutung Hanguskan Tiga Bangunan</a></li><li><a href="/b2">Damkar Kota Jambi Tambah Armada Baru</a></li></ul></div>
<p>${FIRE[1]}</p></article>
<div class="pagination"><ul><li class="active"><a>1</a></li><li><a href="?page=2">2</a></li><li><a href="?page=2">Next</a></li></ul></div>
<div class="tag-detail"><span>Tag</span><a>kebakaran</a><a>pasar angso duo</a></div>
<div class="list-berita-terkait"><h3>Berita Terkait</h3><div class="item"><h4><a href="/t1">Kebakaran Rumah di Telanaipura, Satu Keluarga Selamat</a></h4><span>Senin, 30 November 2026 | 21:03 WIB</span></div></div></div>
<div class="sidebar">${POPULAR('terpopuler')}</div></div>${FOOT('Suara.com')}`,
    ),
  },
  // 12. Okezone: "JAKARTA -" style dateline, inline "Baca juga", Google News follow line.
  {
    name: 'okezone with inline baca juga and follow line',
    url: 'https://news.okezone.com/read/2026/12/01/340/3089123/jalan-muara-bulian-muara-tembesi-diperbaiki-truk-batu-bara-dilarang-melintas-siang-hari',
    title: T4,
    published: '2026-12-01T18:05+07:00',
    text: j(`JAMBI - ${ROAD[0]}`, ROAD[1], ROAD[2], ROAD[3]),
    html: html(
      `<title>${T4} : Okezone News</title>${om('og:title', `${T4} : Okezone News`)}${om('article:published_time', '2026-12-01T18:05:00+07:00')}
${ld({ '@type': 'NewsArticle', headline: T4, datePublished: '2026-12-01T18:05:00+07:00' })}`,
      `<div class="header"><a href="/">okezone</a><ul><li>News</li><li>Nasional</li><li>Megapolitan</li></ul></div>
<div class="container"><div class="content-left"><div class="breadcrumb">News / Nasional</div>
<div class="title"><h1>${T4}</h1></div><div class="reporter"><div class="namerep">Antara, <b>Jurnalis</b></div><span>Selasa 01 Desember 2026 18:05 WIB</span></div>
<div class="detfoto"><img src="/jalan.jpg"><div class="caption-img-ab">Ilustrasi jalan rusak (Foto: Okezone)</div></div>
<div id="contentx" class="read">
<p><strong>JAMBI</strong> - ${ROAD[0]}</p><p>${ROAD[1]}</p>
<p><strong>Baca juga: </strong><a href="/b">Truk Batu Bara Dilarang Masuk Kota Jambi pada Siang Hari</a></p>
<p>${ROAD[2]}</p><p>${ROAD[3]}</p>
<div class="box-gnews"><p>Follow Berita Okezone di Google News</p></div>
</div>
<div class="detail-tag newtag"><a>jalan rusak</a><a>jambi</a></div>
<div class="bottom-box"><h3>Berita Terkait</h3><ul><li><a href="/r1">Warga Blokir Jalan Lintas Tembesi</a><span>Sabtu, 28 November 2026 09:00</span></li></ul></div></div>
<div class="content-right">${POPULAR('box-populer')}</div></div>${FOOT('Okezone')}`,
    ),
  },
  // 13. JPNN: "jpnn.com, JAMBI -", a Baca Juga list in the body, Redaktur/Reporter line,
  // and a JSON-LD datePublished labelled Z that is the byline's WIB time.
  {
    name: 'jpnn with a Z JSON-LD that is WIB',
    url: 'https://www.jpnn.com/news/disdukcapil-kota-jambi-buka-layanan-rekam-ktp-el-saat-akhir-pekan',
    title: T5,
    published: '2026-12-01T21:10+07:00',
    text: j(`jpnn.com, JAMBI - ${KTP[0]}`, KTP[1], KTP[2], KTP[3]),
    html: html(
      `<title>${T5} - JPNN.com</title>${om('og:title', T5)}${ld({ '@type': 'NewsArticle', headline: T5, datePublished: '2026-12-01T21:10:00Z', dateModified: '2026-12-01T21:10:00Z' })}`,
      `<div class="header"><a href="/">JPNN.com</a><nav><a>Nasional</a><a>Politik</a><a>Daerah</a></nav></div>
<div class="container"><div class="page-content"><div class="breadcrumb"><a>Home</a> » <a>Nasional</a></div>
<h1>${T5}</h1><div class="post-meta"><span class="date">Selasa, 01 Desember 2026 – 21:10 WIB</span></div>
<div class="page-banner"><img src="/ktp.jpg"><p class="caption">Warga merekam data KTP-el. Foto: Dokumen JPNN.com</p></div>
<div class="page-content-inner"><div class="page-detail-content">
<p><strong>jpnn.com, JAMBI</strong> - ${KTP[0]}</p>
<div class="baca-juga"><h3>BACA JUGA:</h3><ul><li><a>Pemilih Pemula Belum Rekam KTP-el Capai 3.400 Orang</a></li><li><a>Blangko KTP-el Tiba di Jambi</a></li></ul></div>
<p>${KTP[1]}</p><p>${KTP[2]}</p><p>${KTP[3]}</p>
<p class="redaktur"><strong>Redaktur : Budi</strong><br><strong>Reporter : Ramadhani</strong></p></div></div>
<div class="page-tag"><span>BACA ARTIKEL LAINNYA... <a>Pemprov Jambi Percepat Rekam KTP-el</a></span></div>
<div class="widget-terkait"><h3>Video Terpopuler</h3><ul><li><a>Viral Pria Curi Motor di Parkiran Mal</a></li></ul></div></div>
<div class="sidebar">${POPULAR('terpopuler-box')}</div></div>${FOOT('JPNN.com')}`,
    ),
  },
  // 14. IDN Times regional listicle: numbered subheadings are part of the article.
  {
    name: 'idntimes regional with numbered subheadings',
    url: 'https://jambi.idntimes.com/news/jambi/ahmad-riyadi/kasus-dbd-di-muaro-jambi-melonjak-dua-anak-meninggal',
    title: T3,
    published: '2026-12-02T15:40+07:00',
    text: j(
      `Muaro Jambi, IDN Times - ${DENGUE[0]}`,
      '1. Kasus terbanyak di dua kecamatan',
      DENGUE[1],
      '2. Warga diminta tidak hanya mengandalkan fogging',
      DENGUE[2],
      DENGUE[3],
    ),
    html: html(
      `<title>${T3} | IDN Times Jambi</title>${om('og:title', T3)}${om('og:site_name', 'IDN Times')}${om('article:published_time', '2026-12-02T08:40:00Z')}
${ld({ '@type': 'NewsArticle', headline: T3, datePublished: '2026-12-02T08:40:00.000Z', dateModified: '2026-12-02T09:15:00.000Z', author: { '@type': 'Person', name: 'Ahmad Riyadi' } })}`,
      `<div class="header-wrapper"><a href="/">IDN Times Jambi</a><nav><a>News</a><a>Life</a><a>Sport</a></nav></div>
<main><div class="detail-wrapper"><div class="content-top"><span class="badge">News</span><h1 class="title-text">${T3}</h1>
<div class="author-info"><span class="name">Ahmad Riyadi</span><time class="date">02 Des 2026, 15:40 WIB</time></div>
<div class="key-points"><h4>Intinya sih...</h4><ul><li>Kasus DBD di Muaro Jambi naik dua kali lipat.</li><li>Dua anak meninggal dunia.</li></ul></div></div>
<div class="content-post-description"><p><strong>Muaro Jambi, IDN Times</strong> - ${DENGUE[0]}</p>
<h2>1. Kasus terbanyak di dua kecamatan</h2><p>${DENGUE[1]}</p>
<div class="idn-ads">${ADS}</div>
<h2>2. Warga diminta tidak hanya mengandalkan fogging</h2><p>${DENGUE[2]}</p><p>${DENGUE[3]}</p></div>
<div class="editor-info"><span>Editor: Ita Malau</span></div>
<div class="subscribe-idn"><h4>Berlangganan IDN Times</h4><p>Dapatkan informasi terbaru dan terpercaya langsung ke inbox email Anda setiap hari dengan berlangganan newsletter IDN Times.</p><input type="email"><button>Langganan</button></div>
<div class="related-article"><h3>Artikel Menarik Lainnya</h3><article><h4><a>5 Cara Mencegah DBD saat Musim Hujan</a></h4><p>Musim hujan datang, kasus demam berdarah biasanya ikut meningkat. Simak lima cara sederhana mencegahnya di rumah.</p></article><article><h4><a>Fakta Nyamuk Aedes yang Perlu Kamu Tahu</a></h4><p>Nyamuk aedes aegypti aktif menggigit pada pagi dan sore hari, bukan malam hari seperti yang banyak dikira orang.</p></article></div></div></main>${FOOT('IDN Times')}`,
    ),
  },
  // 15. kumparan: obfuscated classes, paragraphs in spans with data attributes, a comment section.
  {
    name: 'kumparan with span paragraphs and comments',
    url: 'https://kumparan.com/kumparannews/persijam-tekuk-psps-pekanbaru-2-1-lewat-gol-menit-akhir-24abCdEfGh',
    title: T8,
    published: '2026-11-29T19:02+07:00',
    text: j(...SPORT),
    html: html(
      `<title>${T8} | kumparan.com</title>${om('og:title', T8)}${om('og:site_name', 'kumparan')}${om('article:published_time', '2026-11-29T12:02:44.000Z')}
${ld({ '@type': 'NewsArticle', headline: T8, datePublished: '2026-11-29T12:02:44.000Z' })}`,
      `<div id="__next"><div class="Viewweb__StyledView-sc-1ajfkkc-0 hnTcjo"><div class="Headerweb__Wrap-sc-xyz"><a href="/">kumparan</a><a>NEWS</a><a>BISNIS</a><a>BOLABANGET</a></div>
<div class="Viewweb__StyledView-sc-1ajfkkc-0 fOmHhw"><div class="Viewweb__StyledView-sc-1ajfkkc-0 kNbUkC"><span class="Textweb__StyledText-sc-1ed9ao-0 dVqXCc">kumparanBOLA</span>
<h1 class="Textweb__StyledText-sc-1ed9ao-0 bLhQWs" data-qa-id="story-title">${T8}</h1>
<div class="Viewweb__StyledView-sc-1ajfkkc-0 cAwYHP"><span data-qa-id="author-name">kumparanBOLA</span> <span data-qa-id="date">29 November 2026 19:02 WIB</span> <span>·</span> <span>waktu baca 2 menit</span></div>
<div class="Viewweb__StyledView-sc-1ajfkkc-0"><img src="/bola.jpg"><span data-qa-id="image-caption">Pemain Persijam merayakan gol. Foto: Dok. Persijam</span></div>
<div class="Viewweb__StyledView-sc-1ajfkkc-0 bQqSuE" data-qa-id="story-content">${SPORT.map((s) => `<div class="Viewweb__StyledView-sc-1ajfkkc-0 dRcKpI"><span class="Textweb__StyledText-sc-1ed9ao-0 bCKSxS" data-qa-id="story-paragraph">${s}</span></div>`).join('')}</div>
<div class="Viewweb__StyledView-sc-1ajfkkc-0 hKFvoG"><span>Trending Now</span></div>
<div class="Viewweb__StyledView-sc-1ajfkkc-0" data-qa-id="comment-section"><span class="Textweb__StyledText-sc-1ed9ao-0">Komentar</span>
<div data-qa-id="comment-item"><span data-qa-id="comment-author">Hendra Gunawan</span><span data-qa-id="comment-text">Mantap Persijam! Semoga bisa lolos ke babak nasional tahun ini dan membanggakan masyarakat Jambi, pertahankan permainan disiplin seperti ini.</span></div>
<div data-qa-id="comment-item"><span data-qa-id="comment-author">Yusuf</span><span data-qa-id="comment-text">Lini belakang masih sering kecolongan, pelatih harus evaluasi sebelum laga tandang minggu depan melawan tim yang lebih kuat.</span></div></div>
<div data-qa-id="recommendation"><span>Baca Lainnya</span><div><span>Jadwal Liga 3 Zona Sumatera Pekan Depan</span></div><div><span>Profil Fajar Saputra, Pencetak Gol Kemenangan Persijam</span></div></div></div></div></div></div>`,
    ),
  },
  // 16. Regional paper on WordPress: a UTC meta that is right, date shown without a time,
  // Jetpack related posts, share buttons, a comment section.
  {
    name: 'wordpress regional paper with comments and jetpack related',
    url: 'https://jambiekspres.co.id/2026/12/01/banjir-rendam-legok-dan-sungai-putri-warga-mengungsi-ke-masjid/',
    title: T1,
    published: '2026-12-01T08:15+07:00',
    text: j(`JAMBIEKSPRES.CO.ID - ${FLOOD[0]}`, FLOOD[1], FLOOD[2], FLOOD[3], FLOOD[4]),
    html: html(
      `<title>${T1} - Jambi Ekspres</title>${om('og:title', `${T1} - Jambi Ekspres`)}${om('og:site_name', 'Jambi Ekspres')}${om('article:published_time', '2026-12-01T01:15:00+00:00')}${om('article:modified_time', '2026-12-01T03:40:21+00:00')}
<link rel="canonical" href="https://jambiekspres.co.id/2026/12/01/banjir-rendam-legok-dan-sungai-putri-warga-mengungsi-ke-masjid/">`,
      `<div id="page" class="site"><header id="masthead" class="site-header"><div class="site-branding"><p class="site-title"><a href="/">Jambi Ekspres</a></p><p class="site-description">Koran Rakyat Jambi</p></div>
<nav id="site-navigation" class="main-navigation"><ul id="primary-menu"><li><a>Beranda</a></li><li><a>Jambi</a></li><li><a>Daerah</a></li><li><a>Olahraga</a></li></ul></nav></header>
<div id="content" class="site-content"><div id="primary" class="content-area"><main id="main" class="site-main">
<article id="post-88123" class="post-88123 post type-post status-publish format-standard has-post-thumbnail hentry category-jambi">
<header class="entry-header"><h1 class="entry-title">${T1}</h1><div class="entry-meta"><span class="posted-on"><a rel="bookmark"><time class="entry-date published" datetime="2026-12-01T08:15:00+07:00">1 Desember 2026</time><time class="updated" datetime="2026-12-01T10:40:21+07:00">1 Desember 2026</time></a></span> <span class="byline">oleh <span class="author vcard"><a class="url fn n">Redaksi</a></span></span></div></header>
<div class="post-thumbnail"><img src="/wp-content/uploads/2026/12/banjir.jpg"></div>
<div class="entry-content"><p><strong>JAMBIEKSPRES.CO.ID</strong> - ${FLOOD[0]}</p><p>${FLOOD[1]}</p><p>${FLOOD[2]}</p><p>${FLOOD[3]}</p><p>${FLOOD[4]}</p>
<div class="sharedaddy sd-sharing-enabled"><div class="robots-nocontent sd-block sd-social"><h3 class="sd-title">Bagikan ini:</h3><ul><li><a>Facebook</a></li><li><a>X</a></li><li><a>WhatsApp</a></li></ul></div></div>
<div id="jp-relatedposts" class="jp-relatedposts"><h3 class="jp-relatedposts-headline"><em>Terkait</em></h3>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a>Ratusan Rumah di Kota Jambi Terendam Banjir</a></h4><p class="jp-relatedposts-post-date">30 November 2026</p><p class="jp-relatedposts-post-context">Dalam "Jambi"</p></div>
<div class="jp-relatedposts-post"><h4 class="jp-relatedposts-post-title"><a>BPBD Siagakan Perahu Karet</a></h4><p class="jp-relatedposts-post-date">29 November 2026</p><p class="jp-relatedposts-post-context">Dalam "Jambi"</p></div></div></div>
<footer class="entry-footer"><span class="cat-links">Kategori <a>Jambi</a></span> <span class="tags-links">Tag <a>banjir</a></span></footer></article>
<nav class="navigation post-navigation"><div class="nav-links"><div class="nav-previous"><a><span class="meta-nav">Sebelumnya</span> Bulog Jamin Stok Beras Aman hingga Lebaran</a></div><div class="nav-next"><a><span class="meta-nav">Selanjutnya</span> Persijam Tekuk PSPS Pekanbaru 2-1</a></div></div></nav>
${COMMENTS}</main></div>
<aside id="secondary" class="widget-area"><section class="widget widget_recent_entries"><h2 class="widget-title">Pos-pos Terbaru</h2><ul><li><a>Ruko Tiga Lantai Terbakar</a><span class="post-date">2 Desember 2026</span></li><li><a>DPRD Sahkan APBD 2027</a><span class="post-date">1 Desember 2026</span></li></ul></section></aside></div>${FOOT('Jambi Ekspres')}</div>`,
    ),
  },
  // 17. Pemkot portal on WordPress: only a day, no machine date, "Diposting oleh" line.
  {
    name: 'pemkot wordpress portal with the day only in text',
    url: 'https://jambikota.go.id/berita/disdukcapil-buka-layanan-rekam-ktp-el-saat-akhir-pekan/',
    title: 'Disdukcapil Buka Layanan Rekam KTP-el Saat Akhir Pekan',
    published: '2026-12-01T00:00+07:00',
    text: j(...KTP),
    html: html(
      `<title>Disdukcapil Buka Layanan Rekam KTP-el Saat Akhir Pekan – Pemerintah Kota Jambi</title>${om('og:title', 'Disdukcapil Buka Layanan Rekam KTP-el Saat Akhir Pekan – Pemerintah Kota Jambi')}${om('og:site_name', 'Pemerintah Kota Jambi')}`,
      `<div class="top-bar"><span>Selamat datang di Website Resmi Pemerintah Kota Jambi</span><span class="today">Rabu, 2 Desember 2026</span></div>
<header class="site-header"><a class="logo" href="/"><img src="/logo-pemkot.png" alt="Pemerintah Kota Jambi"></a><nav><ul><li><a>Beranda</a></li><li><a>Profil</a></li><li><a>Berita</a></li><li><a>Layanan</a></li><li><a>PPID</a></li></ul></nav></header>
<div class="container"><div class="row"><div class="col-md-8"><div class="single-post"><div class="post-header"><span class="cat">Berita</span><h1 class="post-title">Disdukcapil Buka Layanan Rekam KTP-el Saat Akhir Pekan</h1>
<div class="post-meta"><span><i class="fa fa-user"></i> Diposting oleh Admin Diskominfo</span> <span><i class="fa fa-calendar"></i> Selasa, 1 Desember 2026</span> <span><i class="fa fa-eye"></i> 245 kali dilihat</span></div></div>
<div class="post-image"><img src="/ktp.jpg"></div>
<div class="post-content"><p>${KTP[0]}</p><p>${KTP[1]}</p><p>${KTP[2]}</p><p>${KTP[3]}</p></div>
<div class="post-share">${SHARE}</div></div>
<div class="berita-lainnya"><h3>Berita Lainnya</h3><div class="post-item"><a><h4>Wali Kota Jambi Lantik 120 Pejabat Administrator</h4></a><span>Senin, 30 November 2026</span><p>Wali Kota Jambi melantik 120 pejabat administrator dan pengawas di lingkungan Pemerintah Kota Jambi di Rumah Dinas Wali Kota.</p></div></div></div>
<div class="col-md-4"><div class="widget"><h3>Agenda</h3><ul><li>Rapat koordinasi inflasi daerah — 3 Desember 2026</li><li>Peringatan Hari Ibu — 22 Desember 2026</li></ul></div><div class="widget"><h3>Statistik Pengunjung</h3><p>Hari ini: 1.204 — Bulan ini: 33.451</p></div></div></div></div>${FOOT('Pemerintah Kota Jambi')}`,
    ),
  },
  // 18. Pemprov portal on a custom CMS: a table layout, "Berita »" prefix in the title, the date
  // only as visible Indonesian text, a hit counter.
  {
    name: 'pemprov custom cms table layout with visible date only',
    url: 'https://jambiprov.go.id/v2/index.php?p=berita&id=5512',
    title: 'DPRD Sahkan APBD 2027, Gubernur Terima Kasih kepada Dewan',
    published: '2026-12-02T09:15+07:00',
    text: j(BUDGET[0], BUDGET[1], BUDGET[2], BUDGET[3]),
    html: html(
      `<title>Berita » DPRD Sahkan APBD 2027, Gubernur Terima Kasih kepada Dewan | Website Resmi Pemerintah Provinsi Jambi</title>`,
      `<table width="100%" class="main"><tr><td colspan="2" class="banner"><img src="/banner.jpg" alt="Pemerintah Provinsi Jambi"></td></tr>
<tr><td colspan="2" class="menu"><a>Beranda</a> | <a>Profil Daerah</a> | <a>Berita</a> | <a>Pengumuman</a> | <a>Galeri</a> | <a>Kontak</a></td></tr>
<tr><td width="70%" valign="top"><div class="judul-berita">DPRD Sahkan APBD 2027, Gubernur Terima Kasih kepada Dewan</div>
<div class="tgl-berita">Rabu, 02 Desember 2026 | 09:15 WIB | Dibaca: 312 kali</div><div class="foto-berita"><img src="/paripurna.jpg"><br><i>Gubernur Jambi menghadiri rapat paripurna DPRD</i></div>
<div class="isi-berita">${BUDGET[0]}<br><br>${BUDGET[1]}<br><br>${BUDGET[2]}<br><br>${BUDGET[3]}<br><br><b>(Diskominfo Provinsi Jambi)</b></div>
<div class="kembali"><a href="javascript:history.back()">« Kembali</a></div></td>
<td width="30%" valign="top"><div class="kotak"><div class="kotak-judul">Berita Terbaru</div><ul><li><a>Gubernur Resmikan Jembatan Aur Duri II</a><br><small>Senin, 30 November 2026</small></li><li><a>Pemprov Salurkan Bantuan Beras untuk Korban Banjir</a><br><small>Jumat, 27 November 2026</small></li></ul></div>
<div class="kotak"><div class="kotak-judul">Pengumuman</div><ul><li><a>Seleksi Terbuka JPT Pratama 2026</a></li></ul></div></td></tr>
<tr><td colspan="2" class="footer">Hak Cipta © 2026 Dinas Komunikasi dan Informatika Provinsi Jambi</td></tr></table>`,
    ),
  },
  // 19. Radar (JawaPos network): meta published_time is the edit time; JSON-LD and byline agree.
  {
    name: 'radar jawapos network with a meta date that is the edit',
    url: 'https://radarjambi.jawapos.com/daerah/2026/12/01/ruko-tiga-lantai-di-pasar-angso-duo-terbakar',
    title: T7,
    published: '2026-12-02T07:05+07:00',
    text: j(`RADARJAMBI.CO.ID-${FIRE[0]}`, FIRE[1], FIRE[2], FIRE[3]),
    html: html(
      `<title>${T7} - Radar Jambi</title>${om('og:title', T7)}${om('og:site_name', 'Radar Jambi')}${om('article:published_time', '2026-12-02T11:48:00+07:00')}
${ld({ '@type': 'NewsArticle', headline: T7, datePublished: '2026-12-02T07:05:00+07:00', dateModified: '2026-12-02T11:48:00+07:00' })}`,
      `<div class="header"><a href="/">RADAR JAMBI</a><div class="menu"><a>Daerah</a><a>Hukum</a><a>Politik</a></div></div>
<div class="container"><div class="col-8"><div class="read__header"><a class="read__category">Daerah</a><h1 class="read__title">${T7}</h1>
<div class="read__info"><div class="read__info__author">Reporter: <a>Yusnaini</a> | Editor: <a>Hendri</a></div><div class="read__info__date">Rabu, 2 Desember 2026 | 07:05 WIB</div></div></div>
<div class="read__photo"><img src="/ruko.jpg"><div class="read__photo__caption">TERBAKAR: Petugas damkar memadamkan api di Pasar Angso Duo. (IST)</div></div>
<article class="read__content"><p><strong>RADARJAMBI.CO.ID</strong>-${FIRE[0]}</p><p>${FIRE[1]}</p>
<p><strong>Baca Juga: <a href="/x">Kebakaran Ruko di Pasar, Pemilik Rugi Ratusan Juta</a></strong></p>
<p>${FIRE[2]}</p><p>${FIRE[3]}</p></article>
<div class="read__tags"><a>#kebakaran</a><a>#pasar angso duo</a></div>
<div class="read__related"><h3>Berita Terkait</h3><div class="post"><a>Kebakaran di Jelutung Hanguskan Tiga Bangunan</a><span>Selasa, 10 November 2026 | 08:00 WIB</span></div></div>
${PAYWALL}</div><div class="col-4">${POPULAR('most-popular')}</div></div>${FOOT('Radar Jambi')}`,
    ),
  },
  // 20. A live report: entries with their times, published at the start, updated later.
  {
    name: 'live report with timed entries',
    url: 'https://www.portaljambi.co.id/live/2026/12/01/live-update-banjir-kota-jambi',
    title: 'Live Update Banjir Kota Jambi: Air Mulai Surut di Legok',
    published: '2026-12-01T07:30+07:00',
    text: j(
      'Ketinggian air di Kelurahan Legok mulai turun sekitar 20 sentimeter. Sebagian warga kembali ke rumah untuk membersihkan lumpur.',
      'BPBD menambah dua perahu karet untuk menjangkau warga di gang-gang sempit yang belum terevakuasi.',
      'Dapur umum di Masjid Al-Ikhlas menyiapkan 800 bungkus nasi untuk makan siang pengungsi.',
      'Hujan deras kembali turun di kawasan Danau Sipin. Petugas meminta warga di bantaran sungai tetap waspada.',
    ),
    html: html(
      `<title>Live Update Banjir Kota Jambi: Air Mulai Surut di Legok | Portal Jambi</title>${om('og:title', 'Live Update Banjir Kota Jambi: Air Mulai Surut di Legok')}
${ld({ '@type': 'LiveBlogPosting', headline: 'Live Update Banjir Kota Jambi: Air Mulai Surut di Legok', datePublished: '2026-12-01T07:30:00+07:00', dateModified: '2026-12-01T16:05:00+07:00', coverageStartTime: '2026-12-01T07:30:00+07:00' })}`,
      `<div class="topbar"><a href="/">Portal Jambi</a> <a>Berita</a> <a>Live</a></div>
<div class="wrapper"><article class="live-article"><span class="live-badge">LIVE</span><h1 class="headline">Live Update Banjir Kota Jambi: Air Mulai Surut di Legok</h1>
<div class="meta"><span class="updated">Diperbarui Selasa, 1 Desember 2026 16:05 WIB</span><span class="published">Dimulai Selasa, 1 Desember 2026 07:30 WIB</span></div>
<div class="live-feed">
<div class="live-entry"><div class="live-time">16:05 WIB</div><div class="live-text"><p>Ketinggian air di Kelurahan Legok mulai turun sekitar 20 sentimeter. Sebagian warga kembali ke rumah untuk membersihkan lumpur.</p></div></div>
<div class="live-entry"><div class="live-time">13:20 WIB</div><div class="live-text"><p>BPBD menambah dua perahu karet untuk menjangkau warga di gang-gang sempit yang belum terevakuasi.</p></div></div>
<div class="live-entry"><div class="live-time">11:00 WIB</div><div class="live-text"><p>Dapur umum di Masjid Al-Ikhlas menyiapkan 800 bungkus nasi untuk makan siang pengungsi.</p></div></div>
<div class="live-entry"><div class="live-time">07:30 WIB</div><div class="live-text"><p>Hujan deras kembali turun di kawasan Danau Sipin. Petugas meminta warga di bantaran sungai tetap waspada.</p></div></div></div></article>
${RELATED_CARDS('related-posts', 'Senin, 30 November 2026 18:00 WIB')}${NEWSLETTER}</div>${FOOT('Portal Jambi')}`,
    ),
  },
  // 21. An updated article: "Diperbarui" printed before "Terbit"; meta has only the modified time.
  {
    name: 'updated article with the update printed first',
    url: 'https://www.jambiupdate.co/read/2026/12/01/77001/bulog-gelar-operasi-pasar-beras',
    title: T2,
    published: '2026-12-01T10:20+07:00',
    text: j(RICE[0], RICE[1], RICE[2], RICE[3], RICE[4], `Pembaruan: Berita ini diperbarui dengan menambahkan keterangan dari Pimpinan Wilayah Bulog Jambi.`),
    html: html(
      `<title>${T2} | JambiUpdate.co</title>${om('og:title', T2)}${om('article:modified_time', '2026-12-01T18:42:00+07:00')}${om('og:updated_time', '2026-12-01T18:42:00+07:00')}`,
      `<div class="header"><a href="/">JambiUpdate.co</a> <a>Ekonomi</a> <a>Politik</a></div>
<div class="main-content"><div class="article-detail"><h1 class="article-title">${T2}</h1>
<div class="article-date"><p>Diperbarui: Selasa, 01 Desember 2026 - 18:42 WIB</p><p>Terbit: Selasa, 01 Desember 2026 - 10:20 WIB</p></div><div class="article-author">Penulis: Hendra Saputra</div>
<div class="article-body"><p>${RICE[0]}</p><p>${RICE[1]}</p><p>${RICE[2]}</p><p>${RICE[3]}</p><p>${RICE[4]}</p><p><em>Pembaruan: Berita ini diperbarui dengan menambahkan keterangan dari Pimpinan Wilayah Bulog Jambi.</em></p></div>
${SHARE}${TAGS('article-tags')}</div>
${RELATED_CARDS('related-news', 'Senin, 02 November 2026 08:00 WIB')}${POPULAR('sidebar-popular')}</div>${FOOT('JambiUpdate.co')}`,
    ),
  },
  // 22. Suara photo gallery: captions in a slider, a "Galeri Lainnya" strip with summaries.
  {
    name: 'suara photo gallery slider',
    url: 'https://jambi.suara.com/foto/2026/11/29/201500/persijam-tekuk-psps-pekanbaru',
    title: 'Persijam Tekuk PSPS Pekanbaru',
    published: '2026-11-29T20:15+07:00',
    text: j(
      'Pemain Persijam Jambi Rahmat Hidayat merayakan gol ke gawang PSPS Pekanbaru dalam lanjutan Liga 3 zona Sumatera di Stadion Tri Lomba Juang, Minggu (29/11/2026).',
      'Pemain pengganti Fajar Saputra mencetak gol kemenangan pada menit ke-81. Persijam menang 2-1.',
    ),
    html: html(
      `<title>Persijam Tekuk PSPS Pekanbaru - Foto Suarajambi.id</title>${om('og:title', 'Persijam Tekuk PSPS Pekanbaru')}${om('og:type', 'article')}${om('article:published_time', '2026-11-29T20:15:00+07:00')}`,
      `<div class="header"><a href="/">SuaraJambi.id</a><ul class="nav"><li>News</li><li>Foto</li></ul></div>
<div class="wrapper"><div class="content"><h1>Persijam Tekuk PSPS Pekanbaru</h1><div class="date-article"><span>Minggu, 29 November 2026 | 20:15 WIB</span></div>
<div class="swiper-container gallery-top"><div class="swiper-wrapper">
<div class="swiper-slide"><img src="/g1.jpg"><div class="desc-photo"><p>Pemain Persijam Jambi Rahmat Hidayat merayakan gol ke gawang PSPS Pekanbaru dalam lanjutan Liga 3 zona Sumatera di Stadion Tri Lomba Juang, Minggu (29/11/2026).</p><span class="credit">[SuaraJambi.id/Rizky]</span></div></div>
<div class="swiper-slide"><img src="/g2.jpg"><div class="desc-photo"><p>Pemain pengganti Fajar Saputra mencetak gol kemenangan pada menit ke-81. Persijam menang 2-1.</p><span class="credit">[SuaraJambi.id/Rizky]</span></div></div></div></div>
<div class="galeri-lainnya"><h3>Galeri Lainnya</h3><div class="item"><a><h4>Latihan Perdana Persijam Jelang Liga 3</h4></a><p>Skuad Persijam menggelar latihan perdana di Stadion Tri Lomba Juang dengan dua puluh pemain baru dan pelatih anyar.</p></div><div class="item"><a><h4>Suporter Persijam Padati Stadion</h4></a><p>Ribuan suporter memadati stadion untuk mendukung tim kebanggaan mereka dalam laga kandang pertama musim ini.</p></div></div></div>
<div class="sidebar">${POPULAR('terpopuler')}</div></div>${FOOT('Suara.com')}`,
    ),
  },
  // 23. CNN Indonesia TV video page: the description under the player, an "Video Lainnya" rail.
  {
    name: 'cnn tv video description',
    url: 'https://www.cnnindonesia.com/tv/20261202093000-407-1190100/video-antre-beras-murah-di-jambi',
    title: 'VIDEO: Antre Beras Murah di Jambi',
    published: '2026-12-02T09:30+07:00',
    text: 'Warga Kota Jambi rela antre sejak pagi untuk membeli beras SPHP yang dijual Perum Bulog seharga Rp12.500 per kilogram. Operasi pasar digelar di dua belas titik menjelang Natal dan Tahun Baru.',
    html: html(
      `<title>VIDEO: Antre Beras Murah di Jambi</title>${om('og:title', 'VIDEO: Antre Beras Murah di Jambi')}${om('og:type', 'video.other')}${nm('publishdate', '2026/12/02 09:30:00')}
${ld({ '@type': 'VideoObject', name: 'VIDEO: Antre Beras Murah di Jambi', uploadDate: '2026-12-02T09:30:00+07:00', description: 'Warga Kota Jambi rela antre sejak pagi untuk membeli beras SPHP.' })}`,
      `<header class="bg-cnn_red"><a href="/">CNN Indonesia</a><nav><a>TV</a><a>Video</a></nav></header>
<div class="container"><div class="w-leftcontent"><div class="video-player"><div id="player-cnn"><iframe src="https://www.cnnindonesia.com/embed/video/1"></iframe></div></div>
<h1 class="mb-2 text-[28px]">VIDEO: Antre Beras Murah di Jambi</h1><div class="text-cnn_grey text-sm">CNN Indonesia | Rabu, 02 Des 2026 09:30 WIB</div>
<div class="detail-text text-sm"><p>Warga Kota Jambi rela antre sejak pagi untuk membeli beras SPHP yang dijual Perum Bulog seharga Rp12.500 per kilogram. Operasi pasar digelar di dua belas titik menjelang Natal dan Tahun Baru.</p></div>
<div class="video-lainnya"><h2>Video Lainnya</h2><article><a><h3>VIDEO: Banjir Rendam Permukiman di Jambi</h3></a><p>Ratusan rumah di Kota Jambi terendam banjir setelah hujan deras mengguyur sejak malam hari, warga mengungsi ke masjid.</p></article><article><a><h3>VIDEO: Kebakaran Ruko di Pasar Angso Duo</h3></a><p>Api diduga berasal dari korsleting listrik di lantai dasar, tujuh mobil pemadam dikerahkan ke lokasi kejadian.</p></article></div></div>
<div class="w-rightcontent">${POPULAR('box-terpopuler')}${NEWSLETTER}</div></div>${FOOT('CNN Indonesia')}`,
    ),
  },
  // 24. A regional daily on a custom CMS: the date only at the foot of the article, sidebar dates
  // a month off, no machine dates; the feed gives the right instant.
  {
    name: 'custom cms with the date at the foot and old sidebar dates, feed agrees',
    url: 'https://www.jambi-independent.co.id/read/2026/12/02/66001/kasus-dbd-di-muaro-jambi-melonjak',
    title: T3,
    published: '2026-12-02T13:25+07:00',
    feed: '2026-12-02T06:25:00Z',
    withFeed: '2026-12-02T13:25+07:00',
    text: j(DENGUE[0], DENGUE[1], DENGUE[2], DENGUE[3]),
    html: html(
      `<title>Jambi Independent | ${T3}</title>`,
      `<div class="header"><a href="/">JAMBI INDEPENDENT</a><span class="slogan">Harian Pagi Jambi</span><div class="nav"><a>Metro</a><a>Daerah</a><a>Opini</a></div></div>
<div class="breaking-news"><span>Breaking:</span> <a>Jembatan Batanghari II ditutup sementara</a> <span class="bn-date">Kamis, 29 Oktober 2026 08:00 WIB</span></div>
<div class="content"><div class="left"><div class="kanal">Daerah</div><h1>${T3}</h1>
<div class="text-detail">${ps(DENGUE)}</div>
<div class="info-bawah"><p>Reporter: Ahmad Riyadi | Editor: Marzuki</p><p>Diterbitkan: Rabu, 2 Desember 2026 - 13:25 WIB</p></div>
${SHARE}</div><div class="right"><div class="terkini"><h3>Terkini</h3><ul><li><a>Harga cabai turun di Pasar Angso Duo</a><br><span>Jumat, 30 Oktober 2026 09:10 WIB</span></li><li><a>Pelantikan pejabat eselon dua pemprov</a><br><span>Kamis, 29 Oktober 2026 14:00 WIB</span></li></ul></div>${POPULAR('populer')}</div></div>${FOOT('Jambi Independent')}`,
    ),
  },
  // 25. AMP page of a Tribun-network article: amp-img, amp-ad, the canonical link.
  {
    name: 'tribun amp page',
    url: 'https://jambi.tribunnews.com/amp/2026/11/29/persijam-tekuk-psps-pekanbaru-2-1-lewat-gol-menit-akhir',
    title: T8,
    published: '2026-11-29T18:40+07:00',
    text: j(`TRIBUNJAMBI.COM, JAMBI - ${SPORT[0]}`, SPORT[1], SPORT[2], SPORT[3]),
    html: `<!doctype html><html amp lang="id"><head><meta charset="utf-8"><title>${T8} - Tribunjambi.com</title><link rel="canonical" href="https://jambi.tribunnews.com/2026/11/29/persijam-tekuk-psps-pekanbaru-2-1-lewat-gol-menit-akhir">
${om('og:title', `${T8} - Tribunjambi.com`)}${ld({ '@type': 'NewsArticle', headline: T8, datePublished: '2026-11-29T18:40:05+07:00' })}<style amp-custom>body{font-family:sans-serif}</style><script async src="https://cdn.ampproject.org/v0.js"></script></head>
<body><header class="amp-header"><a href="/">tribunjambi</a><button on="tap:sidebar.toggle">☰</button></header><amp-sidebar id="sidebar" layout="nodisplay"><ul><li>Home</li><li>Sport</li><li>Jambi</li></ul></amp-sidebar>
<div class="amp-article"><h1>${T8}</h1><div class="amp-meta"><span>Penulis: Rifani Halim</span> <span>Editor: Deni Satria</span> <time>Minggu, 29 November 2026 18:40 WIB</time></div>
<amp-img src="/bola.jpg" width="640" height="360" layout="responsive"></amp-img><div class="caption">Pemain Persijam merayakan gol. (Tribunjambi.com/Rifani)</div>
<div class="txt-article"><p><strong>TRIBUNJAMBI.COM, JAMBI</strong> - ${SPORT[0]}</p><p>${SPORT[1]}</p><amp-ad width="300" height="250" type="doubleclick" data-slot="/123/amp"></amp-ad><p>${SPORT[2]}</p>
<p><strong>Baca juga: <a>Jadwal Liga 3 Zona Sumatera Pekan Depan, Persijam Tandang ke Padang</a></strong></p><p>${SPORT[3]}</p></div>
<div class="amp-related"><h3>Berita Terkait</h3><ul><li><a>Persijam Imbang di Kandang Semen Padang U-21</a></li><li><a>Suporter Persijam Padati Tribun</a></li></ul></div></div>
<footer class="amp-footer">© 2026 Tribunjambi.com</footer></body></html>`,
  },
  // 26. okezone-style page whose meta date is off by a day from the byline and JSON-LD (template bug).
  {
    name: 'meta date a day off, json-ld and byline agree',
    url: 'https://www.metrojambi.com/read/2026/12/01/55123/dprd-jambi-sahkan-apbd-2027',
    title: T6,
    published: '2026-12-01T23:10+07:00',
    text: j(`METROJAMBI.COM - ${BUDGET[0]}`, BUDGET[1], BUDGET[2], BUDGET[3]),
    html: html(
      `<title>${T6} | Metro Jambi</title>${om('og:title', `${T6} | Metro Jambi`)}${om('article:published_time', '2026-11-30T23:10:00+07:00')}
${ld({ '@type': 'NewsArticle', headline: T6, datePublished: '2026-12-01T23:10:00+07:00' })}`,
      `<div class="navbar"><a href="/">METROJAMBI.COM</a> <a>Politik</a> <a>Hukum</a> <a>Ekonomi</a></div>
<div class="page"><div class="main"><div class="breadcrumbs"><a>Home</a> / <a>Politik</a></div><h1 class="entry-title">${T6}</h1>
<div class="meta-post"><span class="author">Oleh: Redaksi Metro Jambi</span> <span class="date">Selasa, 1 Desember 2026 - 23:10 WIB</span></div>
<div class="entry"><p><strong>METROJAMBI.COM</strong> - ${BUDGET[0]}</p><p>${BUDGET[1]}</p>
<div class="related-inline"><strong>BACA JUGA:</strong> <a>Fraksi Kritik Besarnya Belanja Pegawai di APBD Jambi</a></div>
<p>${BUDGET[2]}</p><p>${BUDGET[3]}</p></div>
${NEWSLETTER}${TAGS('tags')}</div><div class="sidebar">${POPULAR('widget-popular')}</div></div>${FOOT('Metro Jambi')}`,
    ),
  },
  // 27. Kompas "foto" page: the caption is a paragraph under the photo, "Baca berikutnya" rail.
  {
    name: 'kompas photo page with a lead under the photo',
    url: 'https://regional.kompas.com/image/2026/12/01/163000478/jalan-muara-bulian-diperbaiki',
    title: 'Jalan Muara Bulian Diperbaiki',
    published: '2026-12-01T16:30+07:00',
    text: 'Alat berat memperbaiki ruas jalan Muara Bulian–Muara Tembesi, Kabupaten Batanghari, Jambi, Selasa (1/12/2026). Jalan sepanjang 11 kilometer itu rusak parah akibat dilintasi truk batu bara dan ditargetkan selesai diperbaiki akhir Desember.',
    html: html(
      `<title>Jalan Muara Bulian Diperbaiki Halaman all - Kompas.com</title>${om('og:title', 'Jalan Muara Bulian Diperbaiki')}${nm('content_PublishedDate', '2026-12-01 16:30:00')}`,
      `<div class="header"><div class="logo"><a href="/">KOMPAS.com</a></div></div>
<div class="container clearfix"><div class="col-bs10-7"><h1 class="read__title">Jalan Muara Bulian Diperbaiki</h1><div class="read__time">Kompas.com - 01/12/2026, 16:30 WIB</div>
<div class="photo-wrap"><div class="photo"><img src="/jalan.jpg"></div><div class="photo__caption">KOMPAS.COM/SUWANDI</div></div>
<div class="read__content"><div class="clearfix"><p>Alat berat memperbaiki ruas jalan Muara Bulian–Muara Tembesi, Kabupaten Batanghari, Jambi, Selasa (1/12/2026). Jalan sepanjang 11 kilometer itu rusak parah akibat dilintasi truk batu bara dan ditargetkan selesai diperbaiki akhir Desember.</p></div></div>
<div class="read__next"><h3>Baca berikutnya</h3><div class="article__list"><h3><a>Truk Batu Bara Dilarang Melintas Siang Hari di Batanghari</a></h3><p>Pemerintah Provinsi Jambi melarang truk angkutan batu bara melintas pada siang hari selama perbaikan jalan berlangsung.</p></div></div></div>
<div class="col-bs10-3">${POPULAR('most__wrap')}</div></div>${FOOT('KOMPAS.com')}`,
    ),
  },
];
