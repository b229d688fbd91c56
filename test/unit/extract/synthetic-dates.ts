// Publication dates as Indonesian pages give them, with the traps met on real pages: a time of day
// only in the byline (split over elements, written before the date, with a dot), a machine date
// labelled "Z" that is really WIB/WITA, a sidebar or related-article date on a page whose URL has
// none, and a feed that knows better. Written before the date rule (tuning set).

export interface DateCase {
  name: string;
  url: string;
  /** <head> extras. */
  head?: string;
  /** Around the headline (byline area). */
  before?: string;
  /** After the article (sidebars, related lists). */
  after?: string;
  /** What the page alone says (ISO with offset), or null when it gives nothing usable. */
  page: string | null;
  /** The feed's date, and what the pipeline must store with it. */
  feed?: string;
  withFeed?: string;
  /** When the crawler fetched the page (for the "not in the future" check). */
  fetchedAt?: string;
  /** A known failure of the page-alone date, kept as an expected failure. */
  knownMiss?: boolean;
}

const H = '<h1>Pemkot Jambi Tambah Posko Banjir</h1>';
const meta = (k: string, v: string) => `<meta property="${k}" content="${v}">`;
const ld = (o: Record<string, unknown>) =>
  `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'NewsArticle', headline: 'Pemkot Jambi Tambah Posko Banjir', ...o })}</script>`;
const SIDEBAR_OLD = `<div class="sidebar-list"><h3>Berita Terkait</h3><ul>
<li><a href="/a">Banjir rendam tiga kecamatan</a> <span class="date">Jumat, 30 Okt 2026 08:15 WIB</span></li>
<li><a href="/b">Posko siaga dibuka</a> <span class="date">Kamis, 29 Okt 2026 19:40 WIB</span></li></ul></div>`;
const NODATE_URL = 'https://www.portaljambi.co.id/berita/88123/pemkot-jambi-tambah-posko-banjir';

export const DATE_CASES: DateCase[] = [
  {
    name: 'meta "Z" that is the WIB byline time',
    url: NODATE_URL,
    head: meta('article:published_time', '2026-11-30T14:05:00Z'),
    before: `${H}<div class="detail__date">Senin, 30 Nov 2026 14:05 WIB</div>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'JSON-LD "Z" that is the WITA byline time',
    url: NODATE_URL,
    head: ld({ datePublished: '2026-11-30T09:30:00Z' }),
    before: `${H}<div class="info">Senin, 30/11/2026 09:30 WITA</div>`,
    page: '2026-11-30T09:30:00+08:00',
  },
  {
    name: 'a true UTC meta agrees with the byline and is kept',
    url: NODATE_URL,
    head: meta('article:published_time', '2026-11-30T07:05:00Z'),
    before: `${H}<div class="detail__date">Senin, 30 Nov 2026 14:05 WIB</div>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: '"Z" meta with the WIB time shown only in the URL',
    url: 'https://finance.portaljambi.co.id/read/2026/11/30/140501/3149106/461/pemkot-jambi',
    head: '<meta name="pubdate" content="2026-11-30 T14:20:10Z">',
    before: H,
    page: '2026-11-30T14:20:10+07:00',
  },
  {
    name: 'date and time split over spans with a separator between',
    url: NODATE_URL,
    before: `${H}<div class="meta"><span>Senin, 30 November 2026</span><span class="sep">|</span><span>14:05 WIB</span></div>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'time written before the date, with a middle dot',
    url: NODATE_URL,
    before: `${H}<div class="text-muted">14:05 WIB · Senin, 30 November 2026</div>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'time with a dot, "pukul"',
    url: NODATE_URL,
    before: `${H}<p class="date">Senin, 30 November 2026 pukul 14.05 WIB</p>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'updated date first, published date second',
    url: NODATE_URL,
    before: `${H}<div class="byline">Diperbarui 1 Des 2026, 09:00 WIB · Diterbitkan 30 Nov 2026, 14:05 WIB</div>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'JSON-LD date without time, time in the byline',
    url: NODATE_URL,
    head: ld({ datePublished: '2026-11-30' }),
    before: `${H}<div class="date">30/11/2026 14:05 WIB</div>`,
    page: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'date-only byline, the feed has the time',
    url: 'https://www.portaljambi.co.id/2026/11/30/pemkot-jambi-tambah-posko-banjir/',
    before: `${H}<span class="posted-on">30 November 2026</span>`,
    page: '2026-11-30T00:00:00+07:00',
    feed: '2026-11-30T07:05:00Z',
    withFeed: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'sidebar date a month off, no date in the URL, the feed has it',
    url: NODATE_URL,
    before: H,
    after: SIDEBAR_OLD,
    page: null,
    feed: '2026-11-30T07:05:00Z',
    withFeed: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'sidebar date a month off, the canonical URL has the day',
    url: NODATE_URL + '?amp=1',
    head: '<link rel="canonical" href="https://www.portaljambi.co.id/2026/11/30/pemkot-jambi-tambah-posko-banjir/">',
    before: H,
    after: SIDEBAR_OLD,
    page: '2026-11-30T00:00:00+07:00',
    feed: '2026-11-30T07:05:00Z',
    withFeed: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'a template JSON-LD default contradicted by the feed and the byline',
    url: NODATE_URL,
    head: ld({ datePublished: '2019-01-01T00:00:00+07:00' }),
    before: `${H}<div class="date">Senin, 30 Nov 2026 14:05 WIB</div>`,
    // Alone, the byline is one witness against the page's declared date: the declaration stands.
    page: '2019-01-01T00:00:00+07:00',
    feed: '2026-11-30T07:05:00Z',
    withFeed: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'the page\'s own time beats the feed\'s rounded one on the same day',
    url: NODATE_URL,
    head: meta('article:published_time', '2026-11-30T14:05:00+07:00'),
    before: H,
    page: '2026-11-30T14:05:00+07:00',
    feed: '2026-11-30T00:00:00Z',
    withFeed: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'a "Z" meta that would lie in the future of the fetch is WIB',
    url: NODATE_URL,
    head: meta('article:published_time', '2026-11-30T14:05:00Z'),
    before: H,
    page: '2026-11-30T21:05:00+07:00',
    fetchedAt: '2026-11-30T08:00:00Z',
    feed: '2026-11-30T07:05:00Z',
    withFeed: '2026-11-30T14:05:00+07:00',
  },
  {
    name: 'VideoObject uploadDate',
    url: NODATE_URL,
    head: `<script type="application/ld+json">${JSON.stringify({ '@context': 'https://schema.org', '@type': 'VideoObject', name: 'Posko', uploadDate: '2026-11-30T14:05:00+07:00' })}</script>`,
    before: H,
    page: '2026-11-30T14:05:00+07:00',
  },
];
