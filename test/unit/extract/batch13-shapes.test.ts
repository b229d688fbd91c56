// Shapes batch 13 showed: a machine time in +07:00 that is the WITA byline's instant (written in the
// byline's zone), a WordPress "updated" <time> printed before the published one, a portal headline
// in an <h3> with today's date in the top bar above it.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { articlePage } from './helpers.js';

const H = 'Pemkot Samarinda Luncurkan Aplikasi Pengaduan Banjir';
const head = `<title>${H}</title><meta property="og:title" content="${H}">`;

describe('batch 13 shapes', () => {
  it('a +07:00 meta that is the WITA byline instant is written in WITA', () => {
    const page = articlePage({
      head: `${head}<meta property="article:published_time" content="2026-12-02T13:05:00+07:00">`,
      before: `<h1>${H}</h1><div class="byline">Rabu, 2 Desember 2026 14:05 WITA</div>`,
    });
    expect(extractArticle(page, 'https://kaltimnews.id/a').publishedAt).toBe('2026-12-02T14:05:00+08:00');
  });
  it('a +07:00 meta an hour from the WITA byline clock is not moved to WITA', () => {
    const page = articlePage({
      head: `${head}<meta property="article:published_time" content="2026-12-02T12:05:00+07:00">`,
      before: `<h1>${H}</h1><div class="byline">Rabu, 2 Desember 2026 14:05 WITA</div>`,
    });
    expect(extractArticle(page, 'https://kaltimnews.id/a').publishedAt).toBe('2026-12-02T12:05:00+07:00');
  });
  it('an "updated" <time> before the published one is not the publication', () => {
    const page = articlePage({
      head,
      before: `<h1>${H}</h1><div class="meta"><span>Diperbarui <time class="updated" datetime="2026-12-03T07:00:00+08:00">3 Desember 2026</time></span> <time class="entry-date published" datetime="2026-12-02T10:15:00+08:00">2 Desember 2026</time></div>`,
    });
    expect(extractArticle(page, 'https://kaltimnews.id/2026/12/02/a/').publishedAt).toBe('2026-12-02T10:15:00+08:00');
  });
  it("tagDiv's publication <time class=\"entry-date updated\"> still counts", () => {
    const page = articlePage({ head, before: `<h1>${H}</h1><time class="entry-date updated td-module-date" datetime="2026-12-02T07:45:12+08:00">2 Desember 2026</time>` });
    expect(extractArticle(page, 'https://kaltimnews.id/2026/12/02/a/').publishedAt).toBe('2026-12-02T07:45:12+08:00');
  });
  it('a headline in an <h3> below the top bar date anchors the byline', () => {
    const page = articlePage({
      head: `<title>Berita - ${H} | Pemerintah Kota Samarinda</title>`,
      before: `<div class="top-bar">Kamis, 03 Desember 2026</div><h3 class="news-title">${H}</h3><div class="news-meta">Diposting: 02-12-2026 | 10:20:33 WITa · Dibaca 120 kali</div>`,
    });
    expect(extractArticle(page, 'https://samarindakota.go.id/berita/a').publishedAt).toBe('2026-12-02T10:20:33+08:00');
  });
});
