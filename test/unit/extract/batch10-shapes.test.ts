// Shapes batch 10 and the open misses showed: two-digit years, an all-numeric date with a 12-hour
// clock (read either way; the page's other dates, the other witnesses and the fetch time decide), a
// meta time at midnight beside a byline with the time, a "[VIDEO]" label before the headline, another
// outlet's name after it, Tribun's reporter line.
import { describe, expect, it } from 'vitest';
import { extractArticle, parseDate } from '../../../crawlers/html/extract/index.js';
import { choosePublished, formatInOffset, type DateCandidate } from '../../../src/core/published-date.js';
import { articlePage } from './helpers.js';

const H = 'Pasar Murah Digelar di Sembilan Kelurahan';
const iso = (s: string) => {
  const d = parseDate(s, '+07:00');
  return d && formatInOffset(d.ms, d.offset);
};

describe('two-digit years', () => {
  it.each([
    ['Rabu, 02/12/26 08.30 WITA', '2026-12-02T08:30:00+08:00'],
    ['02-12-26 14:05', '2026-12-02T14:05:00+07:00'],
    ['Diposting 2/12/26', '2026-12-02T00:00:00+07:00'],
  ])('%s', (s, want) => expect(iso(s)).toBe(want));
  it('leaves versions and out-of-range numbers alone', () => {
    expect(parseDate('versi 1/2/26.1')).toBeUndefined();
    expect(parseDate('nomor 12/3/2645')).toBeUndefined();
  });
  it('is read from a byline', () => {
    const page = articlePage({ before: `<h1>${H}</h1><div class="meta">Rabu, 02/12/26 08.30 WITA</div>` });
    expect(extractArticle(page, 'https://palukota.go.id/berita/pasar-murah').publishedAt).toBe('2026-12-02T08:30:00+08:00');
  });
});

describe('an all-numeric date with a 12-hour clock', () => {
  it('keeps the other reading', () => {
    const d = parseDate('12/02/2026 02:20 PM', '+07:00')!;
    expect(formatInOffset(d.ms, d.offset)).toBe('2026-12-02T14:20:00+07:00');
    expect(formatInOffset(d.altMs!, d.offset)).toBe('2026-02-12T14:20:00+07:00');
  });
  it('is month first on its own (the US locale prints AM/PM)', () => {
    const page = articlePage({ before: `<h1>${H}</h1><div class="post-meta">12/02/2026 02:20 PM</div>` });
    expect(extractArticle(page, 'https://kabarsulteng.id/palu/pasar-murah').publishedAt).toBe('2026-12-02T14:20:00+07:00');
  });
  it('is day first when the page writes its other dates day first', () => {
    const page = articlePage({
      before: `<h1>${H}</h1><div class="post-meta">02/12/2026 02:20 PM</div>`,
      after: '<div class="related"><h3>Berita Lainnya</h3><a>Harga Cabai Naik</a> <span>28/11/2026 09:10 AM</span></div>',
    });
    expect(extractArticle(page, 'https://kabarsulteng.id/palu/pasar-murah').publishedAt).toBe('2026-12-02T14:20:00+07:00');
  });
  it('takes the reading the URL date supports', () => {
    const page = articlePage({ before: `<h1>${H}</h1><div class="post-meta">02/12/2026 02:20 PM</div>` });
    expect(extractArticle(page, 'https://kabarsulteng.id/2026/12/02/pasar-murah/').publishedAt).toBe('2026-12-02T14:20:00+07:00');
  });
  it('with the fetch time, takes the reading a days-old page has, never one after the fetch', () => {
    const dec2 = Date.UTC(2026, 11, 2, 7, 20);
    const feb12 = Date.UTC(2026, 1, 12, 7, 20);
    const c = (ms: number, altMs: number, order: 'dmy' | 'mdy'): DateCandidate => ({ source: 'byline', strength: 'strong', ms, altMs, order, offset: '+07:00', hasTime: true, hasZone: false });
    const opts = { localOffset: '+07:00', outputOffset: '+07:00', fetchedAt: Date.UTC(2026, 11, 3, 1, 0) };
    expect(choosePublished([c(feb12, dec2, 'mdy')], opts)?.iso).toBe('2026-12-02T14:20:00+07:00');
    // "05/12/2026" fetched on 3 December: 5 December would lie after the fetch.
    const may12 = Date.UTC(2026, 4, 12, 7, 20);
    const dec5 = Date.UTC(2026, 11, 5, 7, 20);
    expect(choosePublished([c(dec5, may12, 'dmy')], opts)?.iso).toBe('2026-05-12T14:20:00+07:00');
    // Neither reading recent (an archive page): the reading as parsed stands.
    expect(choosePublished([c(feb12, dec2, 'mdy')], { ...opts, fetchedAt: Date.UTC(2028, 0, 1) })?.iso).toBe('2026-02-12T14:20:00+07:00');
  });
});

describe('a machine time at midnight', () => {
  it('gives the day, the byline the time', () => {
    const page = articlePage({
      head: '<meta property="article:published_time" content="2026-12-01T00:00:00+08:00">',
      before: `<h1>${H}</h1><div class="byline">Selasa, 1 Desember 2026, 19:40 WITA</div>`,
    });
    expect(extractArticle(page, 'https://kaltimpost.id/balikpapan/pasar-murah').publishedAt).toBe('2026-12-01T19:40:00+08:00');
  });
  it('stays when nothing else gives a time', () => {
    const page = articlePage({ head: '<meta property="article:published_time" content="2026-12-01T00:00:00+08:00">', before: `<h1>${H}</h1>` });
    expect(extractArticle(page, 'https://kaltimpost.id/balikpapan/pasar-murah').publishedAt).toBe('2026-12-01T00:00:00+08:00');
  });
});

describe('title labels and credits', () => {
  it('drops a bracketed media label before the headline', () => {
    const page = articlePage({ head: `<title>[VIDEO] ${H} - Fajar TV</title>`, before: `<h1>[VIDEO] ${H}</h1>` });
    expect(extractArticle(page, 'https://fajartv.co.id/video/pasar-murah').title).toBe(H);
    const foto = articlePage({ head: `<meta property="og:title" content="(FOTO) ${H}">`, before: `<h1>(FOTO) ${H}</h1>` });
    expect(extractArticle(foto, 'https://kabarsulteng.id/foto/pasar-murah').title).toBe(H);
  });
  it.each([`${H} - ANTARA News`, `${H} | detikNews`, `${H} - Tribunnews`, `${H} - Kompas`])('drops another outlet after the headline: %s', (t) => {
    expect(extractArticle(articlePage({ head: `<title>${t} | Portal Sigi</title>` }), 'https://sigikab.go.id/berita/pasar-murah').title).toBe(H);
  });
  it('drops the reporter line, keeps a source line (the real pages\' expected texts keep "Sumber: …")', () => {
    const body = ['<p>Laporan Wartawan Tribun Jateng, Rahdyan Trijoko Pamungkas</p>', articlePage().match(/<div class="article-body">(.*?)<\/div>/s)![1], '<p><em>Sumber: Kompas.com</em></p>'].join('');
    const text = extractArticle(articlePage({ body }), 'https://beritajabar.net/read/pasar-murah').text;
    expect(text).not.toMatch(/Laporan Wartawan/);
    expect(text).toMatch(/^Pemerintah Provinsi Jambi/);
    expect(text).toMatch(/Sumber: Kompas\.com$/);
  });
  it('keeps a sentence that starts with "Sumber"', () => {
    const body = articlePage().match(/<div class="article-body">(.*?)<\/div>/s)![1] + '<p>Sumber: data Dinas Kesehatan mencatat 312 kasus sepanjang November, naik dua kali lipat dari Oktober.</p>';
    expect(extractArticle(articlePage({ body }), 'https://beritajabar.net/read/pasar-murah').text).toMatch(/312 kasus/);
  });
});

describe('more separators between a date and its time', () => {
  it.each([
    ['2 Desember 2026 . 14:05 WIB', '2026-12-02T14:05:00+07:00'],
    ['2 Desember 2026 ● 14:05 WITA', '2026-12-02T14:05:00+08:00'],
    ['2 Desember 2026 pkl 14.05 WIB', '2026-12-02T14:05:00+07:00'],
    ['Rabu, 02/12/2026 Pkl. 14.05 WIT', '2026-12-02T14:05:00+09:00'],
  ])('%s', (s, want) => expect(iso(s)).toBe(want));
  it('does not take a number after the date for a time', () => {
    expect(iso('2 Desember 2026. 14.000 warga mengungsi')).toBe('2026-12-02T00:00:00+07:00');
  });
});

describe('a machine time labelled with the neighbouring Indonesian zone', () => {
  it('takes the byline zone when the clocks match to the minute', () => {
    const page = articlePage({
      head: '<meta property="article:published_time" content="2026-12-02T14:05:12+07:00">',
      before: `<h1>${H}</h1><div class="byline">Rabu, 2 Desember 2026 14:05 WITA</div>`,
    });
    expect(extractArticle(page, 'https://fajar.co.id/makassar/pasar-murah').publishedAt).toBe('2026-12-02T14:05:12+08:00');
  });
  it('writes one that is the same instant in the byline zone (batch 13)', () => {
    const page = articlePage({
      head: '<meta property="article:published_time" content="2026-12-02T13:05:12+07:00">',
      before: `<h1>${H}</h1><div class="byline">Rabu, 2 Desember 2026 14:05 WITA</div>`,
    });
    expect(extractArticle(page, 'https://fajar.co.id/makassar/pasar-murah').publishedAt).toBe('2026-12-02T14:05:12+08:00');
  });
});

describe('batch 11 shapes', () => {
  it("a live entry's <time> inside its paragraph is not the page's date", () => {
    const page = articlePage({
      before: `<h1>${H}</h1><div class="read__info">Tim Redaksi · Rabu, 2 Desember 2026 06:00 WIB</div>`,
      body: '<p><time datetime="2026-12-02T12:10:00+07:00">12.10 WIB</time>: Antrean penumpang di pintu selatan stasiun mulai terurai setelah petugas membuka dua loket tambahan.</p><p>Pemerintah menyiapkan bus pengumpan dari terminal menuju stasiun selama libur panjang akhir tahun, kata kepala dinas perhubungan.</p>',
    });
    expect(extractArticle(page, 'https://kabarsulteng.id/live/pasar-murah').publishedAt).toBe('2026-12-02T06:00:00+07:00');
  });
  it("a caption read as the body loses its closing credit", () => {
    const cap = 'Petugas BPBD membersihkan material longsor yang menutup jalan penghubung Pacet dan Trawas, Kabupaten Mojokerto, Selasa (1/12/2026). Longsor terjadi setelah hujan deras mengguyur kawasan tersebut sejak sore.';
    const page = articlePage({ body: `<div class="photo-wrap"><img src="/a.jpg"><div class="photo-caption">${cap} ANTARA FOTO/Syaiful Arif/nym.</div></div>` });
    expect(extractArticle(page, 'https://www.antaranews.com/foto/4412345/longsor').text).toBe(cap);
  });
});
