// Title affix and date shapes met while writing batch 8 (the title alone decides: no og:title, no <h1>).
import { describe, expect, it } from 'vitest';
import { extractArticle, parseDate } from '../../../crawlers/html/extract/index.js';
import { formatInOffset } from '../../../src/core/published-date.js';
import { articlePage } from './helpers.js';

const H = 'Pasar Murah Digelar di Sembilan Kelurahan';
const TITLES: [string, string][] = [
  [`Video › ${H} | Fajar TV`, 'https://fajartv.co.id/video/2026/12/02/pasar-murah'],
  [`${H} « Kabar Sulteng`, 'https://kabarsulteng.id/palu/pasar-murah'],
  [`Berita Daerah › ${H}`, 'https://kabarsulteng.id/berita/pasar-murah'],
  [`${H} (Hal. 2) - Kaltim Post`, 'https://www.kaltimpost.id/samarinda/pasar-murah?page=2'],
  [`Suara Jayapura: ${H}`, 'https://suarajayapura.blogspot.com/2026/12/pasar-murah.html'],
  [`${H} - Dinas Komunikasi, Informatika dan Persandian Kota Palu`, 'https://diskominfo.palukota.go.id/berita/pasar-murah'],
  [`${H} | Berita Sulawesi Tengah Terkini`, 'https://kabarsulteng.id/palu/pasar-murah'],
  [`${H} | Ekonomi & Bisnis | Kabar Sulteng`, 'https://kabarsulteng.id/palu/pasar-murah'],
];

describe('title affixes in more separators and shapes', () => {
  for (const [t, url] of TITLES) {
    it(t, () => expect(extractArticle(articlePage({ head: `<title>${t}</title>` }), url).title).toBe(H));
  }
  it('keeps a headline whose last segment names no site or section', () => {
    const t = `${H} - Radar Sulteng`;
    expect(extractArticle(articlePage({ head: `<title>${t}</title>` }), 'https://kabarsulteng.id/palu/pasar-murah').title).toBe(t);
  });
});

const DATES: [string, string][] = [
  ['3 Peb 2026 10:00', '2026-02-03T10:00:00+07:00'],
  ['Rabu (2/12/2026) pukul 14.20 WITA', '2026-12-02T14:20:00+08:00'],
  ['2 Desember 2026 14:20 Waktu Indonesia Timur', '2026-12-02T14:20:00+09:00'],
  ['2 Desember 2026, 8:05 pm', '2026-12-02T20:05:00+07:00'],
  // A 12-hour clock after an all-numeric date: US order (month first), the day-first reading kept
  // for the page's other dates and witnesses to pick (batch10-shapes.test.ts).
  ['02/12/2026 12:10 AM', '2026-02-12T00:10:00+07:00'],
  ['13/12/2026 12:10 AM', '2026-12-13T00:10:00+07:00'],
  ['02/12/2026 14:10', '2026-12-02T14:10:00+07:00'],
];

describe('date shapes', () => {
  for (const [s, want] of DATES) {
    it(s, () => {
      const d = parseDate(s, '+07:00');
      expect(d && formatInOffset(d.ms, d.offset)).toBe(want);
    });
  }
});

describe('amp-timeago', () => {
  it('its datetime is the publication time (the text shows only "2 jam lalu")', () => {
    const page = articlePage({ before: '<h1>Harga Jagung Anjlok</h1><amp-timeago datetime="2026-12-02T08:00:00+08:00" layout="fixed">2 jam lalu</amp-timeago>' });
    expect(extractArticle(page, 'https://gorontalonews.id/amp/harga-jagung').publishedAt).toBe('2026-12-02T08:00:00+08:00');
  });
});
