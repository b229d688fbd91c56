// Title sources as Indonesian outlets fill them: the headline with the outlet's name, a section or a
// rubric before or after it, in some of <title>, og:title, twitter:title, JSON-LD and the <h1>, and
// not always the same way in each. Each case is the <head> and the visible headline area of a page.
// Written before the general affix rule (tuning set); synthetic-fresh.ts holds cases written after.

export interface TitleCase {
  name: string;
  url: string;
  head: string;
  /** Markup before the article body (headline, breadcrumb, kicker). */
  before?: string;
  title: string;
}

const H = 'Pemkot Jambi Tambah Posko Banjir di Enam Kelurahan';
const HC = 'Kamrussamad: PPKM Darurat Dihentikan, Angka Kematian Berpotensi Naik';
const t = (s: string) => `<title>${s}</title>`;
const ogt = (s: string) => `<meta property="og:title" content="${s}">`;
const site = (s: string) => `<meta property="og:site_name" content="${s}">`;
const crumb = (...xs: string[]) => `<ul class="breadcrumb">${xs.map((x) => `<li><a href="/${x.toLowerCase()}">${x}</a></li>`).join('')}</ul>`;

export const TITLE_CASES: TitleCase[] = [
  { name: 'outlet and section after, no og', url: 'https://regional.kompas.com/read/2026/11/30/1/x', head: t(`${H} - Kompas.com Regional`), title: H },
  { name: 'section then outlet, pipes', url: 'https://jambi.tribunnews.com/2026/11/30/x', head: t(`${H} | Regional | Tribunjambi.com`), title: H },
  { name: '"Halaman all" and outlet', url: 'https://regional.kompas.com/read/2026/11/30/1/x', head: t(`${H} Halaman all - Kompas.com`), title: H },
  {
    name: 'outlet, then section from the URL path',
    url: 'https://jambiindependent.co.id/ekbis/2026/11/30/x',
    head: t(`${H} - Ekbis - Jambi Independent`),
    title: H,
  },
  {
    name: 'section before, known from the breadcrumb',
    url: 'https://www.metrojambi.com/read/2026/11/30/77/x',
    head: t(`Kota Jambi | ${H}`) + site('Metro Jambi'),
    before: crumb('Beranda', 'Kota Jambi'),
    title: H,
  },
  {
    name: 'outlet name then a slogan after it',
    url: 'https://www.metrojambi.com/read/2026/11/30/77/x',
    head: t(`${H} | Metro Jambi - Berita Jambi Terbaru dan Terpercaya`),
    title: H,
  },
  {
    name: 'og:title with outlet prefix, <title> with a tag before and the outlet after',
    url: 'https://www.kapanlagi.com/showbiz/selebriti/x.html',
    head: t(`Dian Sastro | FOTO: ${H} - KapanLagi.com`) + ogt(`KapanLagi.com: FOTO: ${H}`) + site('KapanLagi.com'),
    title: `FOTO: ${H}`,
  },
  {
    name: 'outlet and section both before (older portals)',
    url: 'https://musik.kapanlagi.com/berita/x.html',
    head: t(`Kapanlagi.com: Musik - ${H}`),
    title: H,
  },
  { name: 'outlet before with colon', url: 'https://news.detik.com/berita/d-1/x', head: t(`detikNews : ${H}`) + site('detiknews'), title: H },
  {
    name: 'outlet plus section, okezone style',
    url: 'https://megapolitan.okezone.com/read/2026/11/30/338/1/x',
    head: t(`${H} : Okezone Megapolitan`) + ogt(`${H} : Okezone Megapolitan`),
    title: H,
  },
  {
    name: 'sources disagree only in their affixes, no h1',
    url: 'https://nasional.tempo.co/read/1/x',
    head: t(`${H} - Nasional Tempo.co`) + ogt(H) + `<meta name="twitter:title" content="${H} | tempo.co">`,
    title: H,
  },
  {
    name: 'headline colon kept, outlet dropped',
    url: 'https://www.jpnn.com/news/x',
    head: t(`${HC} - JPNN.com`) + ogt(`${HC} - JPNN.com`),
    title: HC,
  },
  {
    name: 'h1 wraps a kicker and the headline',
    url: 'https://www.portal.co.id/berita/1/x',
    head: t(`${H} - Portal`) + ogt(H),
    before: `<h1><span class="kicker">EKSKLUSIF</span> ${H}</h1>`,
    title: H,
  },
  {
    name: 'a logo h1 and a section h1 around the real one',
    url: 'https://bola.kompas.com/read/2026/11/30/1/x',
    head: t(`${H} - Kompas.com`) + ogt(`${H} - Kompas.com`),
    before: `<h1 class="logo"><a href="/">Kompas.com</a></h1><h1 class="tcenter">Bola</h1>`,
    title: H,
  },
  {
    name: 'host name written with spaces and an em dash',
    url: 'https://jambiekspres.co.id/berita/2026/11/30/x',
    head: t(`${H} — Jambi Ekspres`),
    title: H,
  },
  {
    name: 'dash inside the headline stays',
    url: 'https://bola.example.com/berita/1/x',
    head: t('Piala Dunia 2026 - Indonesia Lolos ke Babak Ketiga | Bola Example') + ogt('Piala Dunia 2026 - Indonesia Lolos ke Babak Ketiga'),
    title: 'Piala Dunia 2026 - Indonesia Lolos ke Babak Ketiga',
  },
];
