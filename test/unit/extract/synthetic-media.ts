// Handwritten photo and video pages in the shapes Indonesian outlets use (a caption under one photo,
// a gallery of captions, a short lead under a video player, a description only in JSON-LD), each
// wrapped in a site shell with the boxes that compete with a short text: a newsletter sign-up (with
// and without a telling class), teaser lists with prose summaries, a footer. The prose is invented.
// Written before the media-page rules (tuning set); synthetic-fresh.ts holds pages written after.

export interface MediaPage {
  name: string;
  url: string;
  html: string;
  title: string;
  /** The article text: the caption(s) or the lead. */
  text: string;
}

const CAP = [
  'Warga melintasi genangan banjir di Jalan Sultan Thaha, Kota Jambi, Senin (30/11/2026). Hujan deras sejak dini hari membuat sejumlah ruas jalan di pusat kota tergenang hingga setinggi lutut orang dewasa.',
  'Petugas BPBD mengevakuasi warga lanjut usia menggunakan perahu karet di Kelurahan Legok, Kecamatan Danau Sipin, Kota Jambi.',
  'Anak-anak bermain di halaman masjid yang terendam air, sementara orang tua mereka memindahkan barang ke tempat yang lebih tinggi.',
];
const LEAD =
  'Wali Kota Jambi meninjau posko pengungsian banjir di Kelurahan Legok, Senin (30/11/2026), dan meminta dinas sosial menambah dapur umum serta layanan kesehatan bagi warga terdampak.';

const NEWSLETTER_CLASSED = `<div class="box-newsletter"><h3>Newsletter</h3><p>Dapatkan berita pilihan, analisis mendalam, dan kabar terbaru dari seluruh Indonesia langsung di email Anda setiap pagi, gratis, dan bisa berhenti kapan saja.</p>
<form action="/subscribe"><input type="email" placeholder="Alamat email Anda"><button>Daftar</button></form></div>`;
const NEWSLETTER_PLAIN = `<div class="col-4 mt-3"><div class="box p-3"><h4>Berlangganan</h4><p>Daftarkan alamat email Anda untuk menerima ringkasan berita harian, laporan khusus, dan informasi acara dari redaksi kami, tanpa biaya, setiap pukul enam pagi.</p>
<div><input type="email" name="e"><a href="#" class="btn">Kirim</a></div></div></div>`;
const NEWSLETTER_NOFORM = `<section class="nl"><h4>Jangan ketinggalan berita</h4><p>Berlangganan buletin kami dan terima kabar terbaru, berita pilihan, serta cerita inspiratif dari daerah Anda, langsung ke kotak masuk, gratis setiap hari.</p></section>`;
const TEASERS = `<div class="list-berita"><h3>Berita Lainnya</h3>
<div class="card"><a href="/t1"><h4>Harga cabai merah naik lagi</h4></a><p>Harga cabai merah di pasar tradisional Jambi kembali naik, pedagang mengaku pasokan dari petani berkurang, dan pembeli mengeluh.</p></div>
<div class="card"><a href="/t2"><h4>Jembatan baru segera dibuka</h4></a><p>Jembatan penghubung dua kecamatan ditargetkan dibuka bulan depan, kata kepala dinas, setelah uji beban selesai dilakukan.</p></div>
<div class="card"><a href="/t3"><h4>Sekolah rusak diperbaiki</h4></a><p>Pemerintah daerah mengalokasikan anggaran untuk memperbaiki sekolah yang rusak, terutama di wilayah pedalaman, tahun ini.</p></div></div>`;
const FOOTER = `<footer class="site-footer"><p>Tentang Kami | Redaksi | Pedoman Media Siber | Kontak</p><p>© 2026 Portal Jambi. Seluruh hak cipta dilindungi.</p></footer>`;
const NAV = `<header><a href="/" class="logo">Portal Jambi</a><nav><a href="/">Beranda</a> <a href="/foto">Foto</a> <a href="/video">Video</a></nav></header>`;

function shell(o: { title: string; head?: string; main: string; side?: string }): string {
  return `<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>${o.title}</title>${o.head ?? ''}</head>
<body>${NAV}<div class="container"><div class="row"><div class="col-8">${o.main}</div>${o.side ?? ''}</div></div>${FOOTER}</body></html>`;
}

const og = (t: string, d?: string) =>
  `<meta property="og:title" content="${t}"><meta property="og:site_name" content="Portal Jambi">${d ? `<meta property="og:description" content="${d}">` : ''}`;

const T1 = 'FOTO: Banjir Rendam Jalan Protokol di Kota Jambi';
const T2 = 'Wali Kota Tinjau Posko Pengungsian Banjir di Legok';

export const MEDIA_PAGES: MediaPage[] = [
  {
    name: 'photo, figcaption, classed newsletter',
    url: 'https://www.portaljambi.co.id/foto/2026/11/30/banjir-rendam-jalan',
    title: T1,
    text: CAP[0],
    html: shell({
      title: `${T1} - Portal Jambi`,
      head: og(T1, 'Warga melintasi genangan banjir di Jalan Sultan Thaha, Kota Jambi.'),
      main: `<article class="detail"><div class="detail__header"><h1 class="detail__title">${T1}</h1><div class="detail__date">Senin, 30 Nov 2026 14:05 WIB</div></div>
<div class="detail__media"><figure class="detail__media-image"><img src="/f1.jpg" alt="banjir"><figcaption class="detail__media-caption">${CAP[0]} (Foto: Portal Jambi/Rahmat)</figcaption></figure></div></article>
${NEWSLETTER_CLASSED}`,
      side: `<div class="col-4">${TEASERS}</div>`,
    }),
  },
  {
    name: 'photo, caption div, plain newsletter box',
    url: 'https://www.portaljambi.co.id/foto/98765/banjir-rendam-jalan',
    title: T1,
    text: CAP[0],
    html: shell({
      title: `${T1} | Portal Jambi`,
      main: `<div class="read__header"><h1 class="read__title">${T1}</h1><div class="read__time">Portal Jambi - 30/11/2026, 14:05 WIB</div></div>
<div class="photo"><div class="photo__wrap"><img src="/p.jpg"></div><div class="photo__caption">${CAP[0]}</div></div>
<div class="read__content"></div>`,
      side: NEWSLETTER_PLAIN,
    }),
  },
  {
    name: 'gallery of three captions, newsletter without form',
    url: 'https://foto.portaljambi.co.id/galeri/2026/11/30/banjir-jambi',
    title: T1,
    text: CAP.join('\n\n'),
    html: shell({
      title: `${T1} - Foto Portal Jambi`,
      head: og(T1),
      main: `<h1>${T1}</h1><div class="byline">Fotografer: Rahmat Hidayat · Senin, 30 November 2026 | 14:05 WIB</div>
<div class="gallery">${CAP.map((c, i) => `<div class="gallery-item"><img src="/g${i}.jpg"><p class="gallery-caption">${c}</p></div>`).join('')}</div>
${NEWSLETTER_NOFORM}${TEASERS}`,
    }),
  },
  {
    name: 'photo, figcaption, empty credit-only body (antara)',
    url: 'https://jambi.portaljambi.co.id/foto/123456/banjir-rendam-jalan',
    title: T1,
    text: CAP[1],
    html: shell({
      title: `${T1} - Portal Jambi`,
      head: og(T1),
      main: `<div class="wrap__article-detail"><h1 class="post-title">${T1}</h1><span class="article-date">Senin, 30 November 2026 14:05 WIB</span>
<div class="wrap__article-detail-image"><figure><img src="/a.jpg"><figcaption>${CAP[1]} ANTARA FOTO/Wahdi Septiawan/foc.</figcaption></figure></div>
<div class="post-content clearfix"><p class="text-muted small">Pewarta: Wahdi Septiawan<br>Editor: Ahmad Buchori<br>Copyright © Portal Jambi 2026</p></div></div>
${NEWSLETTER_CLASSED}${TEASERS}`,
    }),
  },
  {
    name: 'video, short lead paragraph, teasers and newsletter',
    url: 'https://video.portaljambi.co.id/v/2026/11/30/wali-kota-tinjau-posko',
    title: T2,
    text: LEAD,
    html: shell({
      title: `${T2} - Video Portal Jambi`,
      head: og(T2, LEAD),
      main: `<h1 class="title">${T2}</h1><div class="date">Senin, 30 Nov 2026 14:05 WIB</div>
<div class="video-player"><iframe src="https://www.youtube.com/embed/abc" allowfullscreen></iframe></div>
<div class="detail__body-text"><p>${LEAD}</p></div>${TEASERS}${NEWSLETTER_PLAIN}`,
    }),
  },
  {
    name: 'video, description inside the player block',
    url: 'https://www.portaljambi.co.id/video/55555/wali-kota-tinjau-posko',
    title: T2,
    text: LEAD,
    html: shell({
      title: `${T2} | Portal Jambi`,
      main: `<div class="video"><h1>${T2}</h1><div class="video__player"><video src="/v.mp4" controls></video></div><p class="video__desc">${LEAD}</p></div>
${NEWSLETTER_NOFORM}`,
      side: `<div class="col-4">${TEASERS}</div>`,
    }),
  },
  {
    name: 'video, text only in JSON-LD VideoObject',
    url: 'https://www.portaljambi.co.id/video/55556/wali-kota-tinjau-posko',
    title: T2,
    text: LEAD,
    html: shell({
      title: `${T2} | Portal Jambi`,
      head: `<script type="application/ld+json">${JSON.stringify({
        '@context': 'https://schema.org',
        '@type': 'VideoObject',
        name: T2,
        description: LEAD,
        uploadDate: '2026-11-30T14:05:00+07:00',
        thumbnailUrl: 'https://www.portaljambi.co.id/t.jpg',
      })}</script>`,
      main: `<h1>${T2}</h1><div id="player"></div>${NEWSLETTER_CLASSED}`,
      side: `<div class="col-4">${TEASERS}</div>`,
    }),
  },
];
