// Handwritten pages in the shape of current Indonesian outlet templates (detik, Kompas, Tribun,
// CNN Indonesia, Liputan6, Okezone, Suara, Republika, Tempo, Antara, a WordPress local outlet).
// The prose is invented; the markup mimics each template's wrappers, widgets and bylines so the
// extractor is exercised on layouts beyond the few real fixture pages.
import { ld } from './page-parts.js';

export interface SyntheticPage {
  name: string;
  url: string;
  html: string;
  title: string;
  /** Article paragraphs the text must contain (and little else). */
  paragraphs: string[];
  /** Expected publication day and time in WIB, "YYYY-MM-DDTHH:MM". */
  published: string;
  author?: string;
}

const P = [
  'Pemerintah Kota Jambi menggelar rapat koordinasi penanganan banjir bersama camat, lurah, dan relawan di Balai Kota pada Senin pagi, membahas pembagian posko dan jalur evakuasi warga.',
  'Wali Kota mengatakan, curah hujan tinggi diperkirakan masih terjadi hingga akhir bulan, sehingga seluruh perangkat daerah diminta bersiaga dua puluh empat jam dan melaporkan kondisi wilayahnya setiap pagi.',
  '"Kami tidak ingin ada warga yang terlambat dievakuasi. Semua posko harus punya perahu karet, pelampung, dan dapur umum," ujarnya kepada wartawan usai rapat.',
  'Badan Penanggulangan Bencana Daerah mencatat sedikitnya 1.250 rumah di enam kelurahan terendam air setinggi 40 hingga 80 sentimeter sejak Sabtu malam, terutama di bantaran Sungai Batanghari.',
  'Sementara itu, Dinas Sosial menyalurkan bantuan berupa beras, mi instan, air mineral, dan selimut kepada warga terdampak, serta membuka layanan kesehatan keliling bersama puskesmas setempat.',
];

const NAV = `<header class="header"><div class="logo"><a href="/"><img src="/logo.png" alt="Portal"></a></div>
<nav class="navbar"><ul><li><a href="/news">News</a></li><li><a href="/finance">Finance</a></li><li><a href="/sport">Sport</a></li><li><a href="/otomotif">Otomotif</a></li></ul></nav></header>`;
const SIDEBAR = `<aside class="sidebar"><div class="box-populer"><h3>Terpopuler</h3><ol>
<li><a href="/a1">Harga cabai naik tajam menjelang akhir pekan di sejumlah pasar tradisional</a></li>
<li><a href="/a2">Jadwal lengkap pertandingan liga hari ini dan prediksi skor, siapa unggul?</a></li>
<li><a href="/a3">Gubernur resmikan jembatan baru penghubung dua kabupaten di pedalaman</a></li></ol></div></aside>`;
const FOOTER = `<footer class="footer"><p>Redaksi | Pedoman Media Siber | Karir | Kontak</p><p>Copyright © 2024 Portal Berita. All rights reserved.</p></footer>`;
const RELATED = `<div class="related-news"><h3>Berita Terkait</h3><ul><li><a href="/r1">Banjir rendam ratusan rumah warga di tepi sungai, ribuan jiwa mengungsi</a></li><li><a href="/r2">BPBD siagakan perahu karet di titik rawan genangan selama musim hujan</a></li></ul></div>`;
const SCRIPTS = `<script>window.dataLayer=window.dataLayer||[];dataLayer.push({"event":"pageview","title":"x"});</script>
<script async src="https://securepubads.g.doubleclick.net/tag/js/gpt.js"></script>`;

function page(head: string, body: string, lang = 'id'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8">${head}${SCRIPTS}</head><body>${NAV}<main class="container"><div class="row">${body}${SIDEBAR}</div></main>${FOOTER}</body></html>`;
}


export const SYNTHETIC_PAGES: SyntheticPage[] = [
  {
    name: 'detik',
    url: 'https://news.detik.com/berita/d-7140000/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    author: 'Rina Wulandari',
    paragraphs: [`Jakarta - ${P[0]}`, P[1], P[2], P[3], P[4], '(rdn/imk)'],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</title>
<meta name="publishdate" content="2024/01/15 10:08:58"><meta name="author" content="Rina Wulandari">
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan"><meta property="og:site_name" content="detiknews">
<link rel="canonical" href="https://news.detik.com/berita/d-7140000/pemkot-jambi-siaga-banjir">`,
      `<article class="detail"><div class="detail__header"><div class="page__breadcrumb"><a href="/">detikNews</a> <a href="/berita">Berita</a></div>
<h1 class="detail__title">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="detail__author">Rina Wulandari - detikNews</div><div class="detail__date">Senin, 15 Jan 2024 10:08 WIB</div></div>
<div class="detail__media"><figure class="detail__media-image"><img src="/f.jpg"><figcaption class="detail__media-caption">Ilustrasi banjir (Foto: Dok. BPBD)</figcaption></figure></div>
<div class="detail__body itp_bodycontent_wrapper"><div class="detail__body-text itp_bodycontent">
<p><strong>Jakarta</strong> - ${P[0]}</p><p>${P[1]}</p>
<table class="linksisip"><tr><td><div class="lihatjg"><strong>Baca juga: </strong><a href="/x">Warga Bantaran Sungai Mulai Mengungsi</a></div></td></tr></table>
<p>${P[2]}</p>
<div class="parallaxindetail scrollpage"><div class="parallax_detail"><p class="para_caption">ADVERTISEMENT</p><div id="div-gpt-ad-parallax"></div><p class="para_caption">SCROLL TO CONTINUE WITH CONTENT</p></div></div>
<p>${P[3]}</p><p>${P[4]}</p><strong>(rdn/imk)</strong></div>
<div class="detail__body-tag"><div class="nav"><a class="nav__item" href="/tag/banjir">banjir</a><a class="nav__item" href="/tag/jambi">jambi</a></div></div></div>
</article>${RELATED}`,
    ),
  },
  {
    name: 'kompas',
    url: 'https://regional.kompas.com/read/2024/01/15/100858578/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    author: 'Suwandi',
    paragraphs: [`JAMBI, KOMPAS.com - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan Halaman all - Kompas.com</title>
<meta name="content_PublishedDate" content="2024-01-15 10:08:58"><meta name="content_author" content="Suwandi">
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan"><meta property="og:site_name" content="KOMPAS.com">`,
      `<div class="col-bs10-7"><div class="read__header"><h1 class="read__title">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="read__time">Kompas.com - 15/01/2024, 10:08 WIB</div></div>
<div class="photo"><div class="photo__wrap"><img src="/p.jpg"></div><div class="photo__caption">Warga melintasi genangan di Jambi, Minggu (14/1/2024). KOMPAS.com/SUWANDI</div></div>
<div class="read__content"><div class="clearfix">
<p><strong>JAMBI, KOMPAS.com</strong> - ${P[0]}</p><p>${P[1]}</p>
<p><strong>Baca juga: <a class="inner-link-baca-juga" href="/y">Banjir Jambi, 300 Warga Mengungsi ke Masjid</a></strong></p>
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></div>
<div class="read__credit"><div class="credit-title-name"><h6>Penulis</h6><h6>Suwandi</h6></div><div class="credit-title-name"><h6>Editor</h6><h6>Andi Hartik</h6></div></div>
<div class="google-news"><p>Dapatkan update berita pilihan dan breaking news setiap hari dari Kompas.com. Mari bergabung di Grup Telegram</p></div>
<div class="social--share"><a>Bagikan artikel ini melalui</a></div></div>`,
    ),
  },
  {
    name: 'tribun',
    url: 'https://jambi.tribunnews.com/2024/01/15/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    paragraphs: [`TRIBUNJAMBI.COM, JAMBI - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan - Tribunjambi.com</title>
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan - Tribunjambi.com">
<meta name="author" content="Tribunjambi.com"><meta property="og:site_name" content="Tribunjambi.com">`,
      `<div id="article"><h1 id="arttitle">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="mt10 f12 grey"><time><span>Senin, 15 Januari 2024 10:08 WIB</span></time></div>
<div class="side-article txt-article multi-fontsize">
<p><strong>TRIBUNJAMBI.COM, JAMBI</strong> - ${P[0]}</p><p>${P[1]}</p>
<p class="baca">Baca juga: <a href="/z">Ketinggian Air Sungai Batanghari Terus Naik</a></p>
<p>${P[2]}</p><p>${P[3]}</p>
<div class="ads-on-body"><div id="div-gpt-ad-1"></div></div>
<p>${P[4]}</p>
<p><strong>Artikel ini telah tayang di Tribunjambi.com dengan judul Pemkot Jambi Siaga Banjir</strong></p></div>
<div class="tagcloud3"><h5>Tags:</h5><a href="/tag/banjir">banjir</a></div></div>`,
    ),
  },
  {
    name: 'cnnindonesia',
    url: 'https://www.cnnindonesia.com/nasional/20240115100858-20-1050000/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    paragraphs: [`Jakarta, CNN Indonesia -- ${P[0]}`, P[1], P[2], P[3], P[4], '(abc/dmi)'],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</title>
<meta name="publishdate" content="2024/01/15 10:08:58"><meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan">`,
      `<div class="flex"><div class="grow"><h1 class="mb-2 text-[28px] leading-9 text-cnn_black">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="text-cnn_grey text-sm mb-4">CNN Indonesia<br>Senin, 15 Jan 2024 10:08 WIB</div>
<div class="detail-image"><img src="/i.jpg"><figcaption>Ilustrasi. (ANTARA FOTO)</figcaption></div>
<div class="detail-wrap flex gap-4 relative"><div class="detail-text text-cnn_black text-sm grow min-w-0">
<p><strong>Jakarta, CNN Indonesia</strong> -- ${P[0]}</p><p>${P[1]}</p>
<div class="paradetail"><div class="para_caption">ADVERTISEMENT</div><div class="para_caption">SCROLL TO CONTINUE WITH CONTENT</div></div>
<p>${P[2]}</p><p>[Gambas:Video CNN]</p><p>${P[3]}</p><p>${P[4]}</p><p>(abc/dmi)</p>
<div class="inline-related"><strong>Lihat Juga :</strong><a href="/q">Banjir Bandang Terjang Desa</a></div></div></div></div></div>`,
    ),
  },
  {
    name: 'liputan6',
    url: 'https://www.liputan6.com/news/read/5500000/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    author: 'Muhammad Ali',
    paragraphs: [`Liputan6.com, Jambi - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan - News Liputan6.com</title>
<meta property="article:published_time" content="2024-01-15T10:08:58+07:00"><meta name="author" content="Muhammad Ali">
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan">`,
      `<article class="hentry main"><header class="read-page--header"><h1 class="read-page--header--title entry-title">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="read-page--header--author"><a class="read-page--header--author__link" href="/u"><span class="read-page--header--author__name">Muhammad Ali</span></a>
<time class="read-page--header--author__datetime updated" datetime="2024-01-15 10:08:58">15 Jan 2024, 10:08 WIB</time></div></header>
<div class="article-content-body article-content-body_with-aside"><div class="article-content-body__item-page" data-page="1">
<div class="article-content-body__item-content"><p><strong>Liputan6.com, Jambi</strong> - ${P[0]}</p><p>${P[1]}</p></div>
<div class="baca-juga-collections"><div class="baca-juga-collections__title">Baca Juga</div><ul><li><a href="/b">Posko banjir dibuka</a></li></ul></div>
<div class="article-content-body__item-content"><p>${P[2]}</p><p>${P[3]}</p></div>
<div class="advertisement-placeholder"><div id="div-gpt-ad-inarticle"></div></div>
<div class="article-content-body__item-content"><p>${P[4]}</p></div></div></div>
<div class="tags--snippet"><span>Tag Terkait</span><a href="/t">banjir</a></div></article>`,
    ),
  },
  {
    name: 'okezone',
    url: 'https://news.okezone.com/read/2024/01/15/340/2900000/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    paragraphs: [`JAMBI - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan : Okezone News</title>
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan : Okezone News">`,
      `<div class="container-bodyhome-left"><div class="title"><h1>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1></div>
<div class="reporter"><div class="namerep">Budi Santoso, <b>Jurnalis</b> · Senin 15 Januari 2024 10:08 WIB</div></div>
<div class="detail-img"><img src="/o.jpg"><div class="caption-img-ab">Banjir Jambi (Foto: Okezone)</div></div>
<div id="contentx" class="read"><p><strong>JAMBI</strong> - ${P[0]}</p><p>${P[1]}</p>
<p><strong>BACA JUGA:</strong></p><p><a href="/c">Banjir Jambi Meluas</a></p>
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div>
<div class="box-gnews"><a>Follow Berita Okezone di Google News</a></div></div>`,
    ),
  },
  {
    name: 'suara',
    url: 'https://www.suara.com/news/2024/01/15/100858/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    paragraphs: [`Suara.com - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</title>
${ld({ '@type': 'NewsArticle', headline: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan', datePublished: '2024-01-15T10:08:58+07:00', author: { '@type': 'Person', name: 'Dwi Bowo Raharjo' }, publisher: { '@type': 'Organization', name: 'Suara.com' } })}`,
      `<div class="content-article"><div class="info"><h1>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="date-article"><span>Senin, 15 Januari 2024 | 10:08 WIB</span></div></div>
<article class="detail-content detail-berita"><p><strong>Suara.com</strong> - ${P[0]}</p><p>${P[1]}</p>
<div class="baca-juga-new"><span>Baca Juga:</span><ul><li><a href="/d">Banjir di Jambi</a></li><li><a href="/e">Posko Evakuasi</a></li></ul></div>
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></article></div>`,
    ),
    author: 'Dwi Bowo Raharjo',
  },
  {
    name: 'republika',
    url: 'https://news.republika.co.id/berita/s7abc123/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    paragraphs: [`REPUBLIKA.CO.ID, JAMBI -- ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan | Republika Online</title>
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan | Republika Online">`,
      `<div class="main-content__left"><div class="max-card__title"><h1>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1></div>
<div class="date-detail"><span>Senin 15 Jan 2024 10:08 WIB</span></div>
<div class="article-content"><p><strong>REPUBLIKA.CO.ID, JAMBI</strong> -- ${P[0]}</p><p>${P[1]}</p>
<div class="baca-juga"><p>Baca Juga</p><ul><li><a href="/f">Jambi Banjir</a></li></ul></div>
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></div>`,
    ),
  },
  {
    name: 'tempo',
    url: 'https://nasional.tempo.co/read/1820000/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    paragraphs: [`TEMPO.CO, Jambi - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan | tempo.co</title>
<meta property="og:title" content="Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan">
<meta property="article:published_time" content="2024-01-15T03:08:58Z">`,
      `<article class="detail-artikel"><h1 class="title margin-bottom-sm">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<h4 class="date margin-bottom-sm">Senin, 15 Januari 2024 10:08 WIB</h4>
<div class="detail-konten" id="isi"><p><strong>TEMPO.CO</strong>, <strong>Jambi</strong> - ${P[0]}</p><p>${P[1]}</p>
<p><strong>Pilihan Editor:</strong> <a href="/g">Banjir di Sumatera</a></p>
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p></div></article>`,
    ),
  },
  {
    name: 'antara',
    url: 'https://jambi.antaranews.com/berita/600000/pemkot-jambi-siaga-banjir',
    title: 'Pemkot Jambi siaga banjir, posko disiapkan di enam kelurahan',
    published: '2024-01-15T10:08',
    author: 'Tuyani',
    paragraphs: [`Jambi (ANTARA) - ${P[0]}`, P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi siaga banjir, posko disiapkan di enam kelurahan - ANTARA News Jambi</title>
<meta property="og:title" content="Pemkot Jambi siaga banjir, posko disiapkan di enam kelurahan - ANTARA News Jambi">
${ld({ '@type': 'NewsArticle', headline: 'Pemkot Jambi siaga banjir, posko disiapkan di enam kelurahan', datePublished: '2024-01-15T10:08:58+07:00', author: [{ '@type': 'Person', name: 'Tuyani' }] })}`,
      `<div class="wrap__article-detail"><div class="wrap__article-detail-title"><h1 class="post-title">Pemkot Jambi siaga banjir, posko disiapkan di enam kelurahan</h1></div>
<div class="wrap__article-detail-info"><span class="article-date">Senin, 15 Januari 2024 10:08 WIB</span></div>
<div class="wrap__article-detail-image"><figure><img src="/a.jpg"><figcaption>Petugas BPBD memantau genangan. ANTARA/Tuyani</figcaption></figure></div>
<div class="post-content clearfix"><p>Jambi (ANTARA) - ${P[0]}</p><p>${P[1]}</p><p>Baca juga: <a href="/h">BPBD Jambi siagakan perahu karet</a></p>
<p>${P[2]}</p><p>${P[3]}</p><p>${P[4]}</p>
<p class="text-muted mt-2 small">Pewarta: Tuyani<br>Editor: Ahmad Buchori<br>Copyright © ANTARA 2024</p>
<p class="mt-4">Dilarang keras mengambil konten, melakukan crawling atau pengindeksan otomatis untuk AI di situs web ini tanpa izin tertulis dari Kantor Berita ANTARA.</p></div></div>`,
    ),
  },
  {
    name: 'wordpress-local',
    url: 'https://jambiupdate.co/2024/01/15/pemkot-jambi-siaga-banjir/',
    title: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan',
    published: '2024-01-15T10:08',
    author: 'Rahmat Hidayat',
    paragraphs: [P[0], P[1], P[2], P[3], P[4]],
    html: page(
      `<title>Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan &#8211; Jambi Update</title>
<meta property="og:site_name" content="Jambi Update"><meta property="og:locale" content="id_ID">
${ld({ '@graph': [{ '@type': 'WebSite', name: 'Jambi Update' }, { '@type': 'Article', headline: 'Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan', datePublished: '2024-01-15T03:08:58+00:00' }] })}`,
      `<div id="primary" class="content-area"><article id="post-123" class="post-123 post type-post hentry">
<header class="entry-header"><h1 class="entry-title">Pemkot Jambi Siaga Banjir, Posko Disiapkan di Enam Kelurahan</h1>
<div class="entry-meta"><span class="posted-on"><time class="entry-date published" datetime="2024-01-15T10:08:58+07:00">15 Januari 2024</time></span> <span class="byline">oleh <a rel="author" href="/author/rahmat">Rahmat Hidayat</a></span></div></header>
<div class="entry-content"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p>
<div class="sharedaddy sd-sharing-enabled"><h3 class="sd-title">Bagikan ini:</h3><ul><li><a>Facebook</a></li><li><a>WhatsApp</a></li></ul></div>
<p>${P[3]}</p><p>${P[4]}</p></div>
<footer class="entry-footer"><span class="cat-links">Kategori: <a>Berita</a></span></footer></article>
<div id="comments" class="comments-area"><h2>Tinggalkan Balasan</h2><p>Alamat email Anda tidak akan dipublikasikan.</p></div></div>`,
    ),
  },
];
