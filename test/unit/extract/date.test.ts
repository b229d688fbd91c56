import { describe, expect, it } from 'vitest';
import { parseDate, formatIso } from '../../../crawlers/html/extract/date-parse.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { articlePage } from './helpers.js';

const iso = (s: string, def?: string) => {
  const d = parseDate(s, def);
  return d ? formatIso(d.ms, d.offset) : undefined;
};

describe('parseDate', () => {
  it('reads ISO dates with and without zones', () => {
    expect(iso('2015-11-05T14:56:43+07:00')).toBe('2015-11-05T14:56:43+07:00');
    expect(iso('2021-11-01T10:52:50+0100')).toBe('2021-11-01T10:52:50+01:00');
    expect(iso('2024/01/15 10:08:58')).toBe('2024-01-15T10:08:58+07:00');
    expect(iso('2015-11-05 T10:08:58Z')).toBe('2015-11-05T10:08:58+00:00');
    expect(iso('2024-04-20T04:20:00.000Z')).toBe('2024-04-20T04:20:00+00:00');
  });
  it('reads Indonesian bylines', () => {
    expect(iso('Senin, 15 Feb 2016 09:30 WIB')).toBe('2016-02-15T09:30:00+07:00');
    expect(iso('15 Februari 2016 | 09:30 WIB')).toBe('2016-02-15T09:30:00+07:00');
    expect(iso('Kamis, 03/03/2016 10:20')).toBe('2016-03-03T10:20:00+07:00');
    expect(iso('Minggu, 18 Juli 2021 – 18:52 WIB')).toBe('2021-07-18T18:52:00+07:00');
    expect(iso('Kompas.com - 15/01/2024, 10:08 WIB')).toBe('2024-01-15T10:08:00+07:00');
    expect(iso('Rabu, 7 Agt 2019 pukul 08.15 WIB')).toBe('2019-08-07T08:15:00+07:00');
    expect(iso('12 Des 2023')).toBe('2023-12-12T00:00:00+07:00');
    expect(iso('1 Mei 2024 07:00 WITA')).toBe('2024-05-01T07:00:00+08:00');
    expect(iso('1 Okt 2024 07:00 WIT')).toBe('2024-10-01T07:00:00+09:00');
  });
  it('reads English forms and epoch numbers', () => {
    expect(iso('February 23, 2016 3:05 pm', '+00:00')).toBe('2016-02-23T15:05:00+00:00');
    expect(iso('1446692426000')).toBe('2015-11-05T10:00:26+07:00');
  });
  it('ignores relative and impossible dates', () => {
    expect(parseDate('2 jam lalu')).toBeUndefined();
    expect(parseDate('31 Februari 2016')).toBeUndefined();
    expect(parseDate('Sabtu, 99/99/2016')).toBeUndefined();
    expect(parseDate('tahun 2016 Zaman')).toBeUndefined();
  });
});

describe('publication date on a page', () => {
  const url = 'https://daerah.example.co.id/berita/12345/jalan-rusak';
  it('prefers JSON-LD datePublished', () => {
    const head = `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":"Jalan","datePublished":"2024-03-02T21:15:00+07:00"}</script>
      <meta property="article:published_time" content="2020-01-01T00:00:00+07:00">`;
    expect(extractArticle(articlePage({ head }), url).publishedAt).toBe('2024-03-02T21:15:00+07:00');
  });
  it('reads meta tags and writes UTC instants in WIB for Indonesian pages', () => {
    const head = '<meta property="article:published_time" content="2024-03-02T20:00:00Z">';
    expect(extractArticle(articlePage({ head }), url).publishedAt).toBe('2024-03-03T03:00:00+07:00');
    expect(extractArticle(articlePage({ head: '<meta name="pubdate" content="2024-03-02 10:00:00">' }), url).publishedAt).toBe(
      '2024-03-02T10:00:00+07:00',
    );
  });
  it('reads <time datetime> and visible bylines after the headline', () => {
    const t = `<h1>Jalan rusak diperbaiki</h1><time datetime="2024-03-02T09:00:00+07:00">2 Maret 2024</time>`;
    expect(extractArticle(articlePage({ before: t }), url).publishedAt).toBe('2024-03-02T09:00:00+07:00');
    const b = `<h1>Jalan rusak diperbaiki</h1><div class="info"><span>Sabtu, 2 Maret 2024 | 21:04 WIB</span></div>`;
    expect(extractArticle(articlePage({ before: b, after: '<div class="w-date">Rabu, 7 Oktober 2015</div>' }), url).publishedAt).toBe(
      '2024-03-02T21:04:00+07:00',
    );
  });
  it('joins a byline date and time split over two elements, ignoring the top-bar date', () => {
    const b = `<div class="topbar">Selasa, 23 Februari 2016</div><h1>Judul</h1><div><span>Selasa, 20 Februari 2016</span> <span>10:20 WIB</span></div>`;
    expect(extractArticle(articlePage({ before: b }), url).publishedAt).toBe('2016-02-20T10:20:00+07:00');
  });
  it("prefers the headline's byline over a lone top-bar <time> of another day", () => {
    const b = `<div class="topbar"><time datetime="2026-12-01T08:00:00+07:00">Selasa, 1 Desember 2026</time></div><h1>Jalan rusak diperbaiki</h1><div>Senin, 30 November 2026 14:05 WIB</div>`;
    expect(extractArticle(articlePage({ before: b }), url).publishedAt).toBe('2026-11-30T14:05:00+07:00');
  });
  it('reads the byline under an <h2> headline (a section name in the <h1>)', () => {
    const b = `<h1 class="tcenter">Nasional</h1><div class="grey">Senin, 1 Desember 2026</div><h2>Jalan rusak diperbaiki bulan depan</h2><div class="kcm-date">Senin, 30 November 2026 | 14:05 WIB</div>`;
    const head = '<title>Jalan rusak diperbaiki bulan depan - Portal</title>';
    expect(extractArticle(articlePage({ head, before: b }), url).publishedAt).toBe('2026-11-30T14:05:00+07:00');
  });
  it('never takes a teaser date from a list beside the headline', () => {
    const b = `<h1>Jalan rusak diperbaiki</h1><ul class="list_berita_2"><li><a href="/lain">Ayo curi ilmu bos jamu terkaya di Indonesia</a> <span class="date">Rabu, 17/11/2026 11:49 WIB</span></li></ul>`;
    expect(extractArticle(articlePage({ before: b }), url).publishedAt).toBeUndefined();
  });
  it('keeps WITA and WIT offsets', () => {
    const b = `<h1>Jalan rusak diperbaiki</h1><div>Sabtu, 2 Maret 2024 08:30 WITA</div>`;
    expect(extractArticle(articlePage({ before: b }), url).publishedAt).toBe('2024-03-02T08:30:00+08:00');
    const c = `<h1>Jalan rusak diperbaiki</h1><div>Sabtu, 2 Maret 2024 08:30 WIT</div>`;
    expect(extractArticle(articlePage({ before: c }), url).publishedAt).toBe('2024-03-02T08:30:00+09:00');
  });
  it('treats a "Z" machine date that matches the WIB byline wall clock as WIB (detik)', () => {
    const head = '<meta name="pubdate" content="2015-11-05 T20:08:58Z">';
    const b = '<h1>Judul</h1><div class="date">Kamis, 05/11/2015 20:08 WIB</div>';
    expect(extractArticle(articlePage({ head, before: b }), url).publishedAt).toBe('2015-11-05T20:08:58+07:00');
  });
  it('falls back to dates in the URL and ignores relative times', () => {
    const b = '<h1>Judul</h1><div class="date">2 jam lalu</div>';
    expect(extractArticle(articlePage({ before: b }), 'https://x.co.id/read/2016/02/23/judul').publishedAt).toBe(
      '2016-02-23T00:00:00+07:00',
    );
    // Kompas/detik/Suara write the filing time after the date (HHMMSS plus a counter).
    expect(extractArticle(articlePage({ before: b }), 'https://x.co.id/read/2016/02/23/16374618/judul').publishedAt).toBe(
      '2016-02-23T16:37:46+07:00',
    );
    expect(extractArticle(articlePage(), 'https://www.cnnindonesia.com/nasional/20240115103045-20-1050000/judul').publishedAt).toBe(
      '2024-01-15T10:30:45+07:00',
    );
    expect(extractArticle(articlePage(), url).publishedAt).toBeUndefined();
  });
});
