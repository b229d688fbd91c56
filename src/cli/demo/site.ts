// The demo's loopback "internet": renders demo/articles.json as real news pages (with the usual
// navigation, related-link boxes and footers that extraction must skip), RSS feeds with ETags, and a
// robots.txt that disallows /private/. Served on 127.0.0.1, port 0.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface DemoArticle {
  source: string;
  slug: string;
  date: string;
  author: string;
  title: string;
  body: string[];
  private?: boolean;
}
export interface DemoSource {
  id: string;
  name: string;
  path: string;
  factcheck: boolean;
}
export interface DemoMaterial {
  sources: DemoSource[];
  articles: DemoArticle[];
}

export function loadDemoMaterial(): DemoMaterial {
  // demo/ sits at the package root; this file is src/cli/demo/ (or dist/src/cli/demo/).
  for (const rel of ['../../../demo/articles.json', '../../../../demo/articles.json']) {
    try {
      return JSON.parse(readFileSync(new URL(rel, import.meta.url), 'utf8')) as DemoMaterial;
    } catch {
      /* next */
    }
  }
  throw new Error('demo material (demo/articles.json) not found in the package');
}

const esc = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function articlePath(a: DemoArticle): string {
  const d = a.date.slice(0, 10).replace(/-/g, '/');
  return a.private ? `/private/${a.slug}.html` : `/${a.source}/${d}/${a.slug}.html`;
}

function bylineDate(iso: string): string {
  const days = ['Minggu', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu'];
  const months = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  const dow = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return `${days[dow]}, ${d} ${months[m - 1]} ${y} ${iso.slice(11, 16)} WIB`;
}

function renderArticle(a: DemoArticle, site: DemoSource, base: string, related: DemoArticle[]): string {
  const url = base + articlePath(a);
  const ld = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.title,
    datePublished: a.date,
    author: { '@type': 'Person', name: a.author },
    publisher: { '@type': 'Organization', name: site.name },
  };
  const rel = related
    .map((r) => `<li><a href="${esc(articlePath(r))}">${esc(r.title)}</a></li>`)
    .join('');
  return `<!doctype html>
<html lang="id"><head><meta charset="utf-8">
<title>${esc(a.title)} - ${esc(site.name)}</title>
<link rel="canonical" href="${esc(url)}">
<meta property="og:title" content="${esc(a.title)}">
<meta property="og:url" content="${esc(url)}">
<meta property="og:site_name" content="${esc(site.name)}">
<meta property="article:published_time" content="${a.date}">
<meta name="author" content="${esc(a.author)}">
<script type="application/ld+json">${JSON.stringify(ld)}</script>
<script>window.dataLayer=[];function track(){}</script>
</head><body>
<header class="site-header"><a href="/">${esc(site.name)}</a>
<nav><ul><li><a href="/">Beranda</a></li><li><a href="/">Politik</a></li><li><a href="/">Ekonomi</a></li><li><a href="/">Olahraga</a></li><li><a href="/">Indeks Berita</a></li></ul></nav></header>
<div class="ads">ADVERTISEMENT</div>
<main><article>
<h1 class="title">${esc(a.title)}</h1>
<div class="byline">Penulis: ${esc(a.author)} | ${bylineDate(a.date)}</div>
<div class="share">Bagikan: Facebook Twitter WhatsApp</div>
<div class="content">
${a.body.map((p, i) => `<p>${i === 0 ? '<strong>JAMBI</strong> – ' : ''}${esc(p)}</p>${i === 1 && rel ? `<div class="baca-juga">Baca juga: <a href="${esc(articlePath(related[0]!))}">${esc(related[0]!.title)}</a></div>` : ''}`).join('\n')}
</div>
<div class="tags">Tag: Kota Jambi, Humas</div>
</article>
<aside class="related"><h3>Berita Terkait</h3><ul>${rel}</ul></aside>
</main>
<footer><p>&copy; 2026 ${esc(site.name)}. Hak cipta dilindungi undang-undang.</p><p>Redaksi | Pedoman Media Siber | Kontak</p></footer>
</body></html>`;
}

function renderFeed(site: DemoSource, items: DemoArticle[], base: string): string {
  const rfc822 = (iso: string) => new Date(iso).toUTCString().replace('GMT', '+0000');
  // A leading blank line before <?xml, as some Indonesian outlets serve it.
  return `\n<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>${esc(site.name)}</title><link>${base}/${site.path}/</link><description>Demo feed</description><language>id</language>
${items
  .map(
    (a) => `<item><title>${esc(a.title)}</title><link>${base}${articlePath(a)}</link><guid>${base}${articlePath(a)}</guid>
<pubDate>${rfc822(a.date)}</pubDate><description>${esc(a.body[0]!.slice(0, 160))}…</description></item>`,
  )
  .join('\n')}
</channel></rss>`;
}

export interface DemoSite {
  base: string;
  material: DemoMaterial;
  feedUrl(source: DemoSource): string;
  /** Every request seen, with its conditional-GET headers (tests assert on these). */
  requests: { path: string; ifNoneMatch?: string; ifModifiedSince?: string; status?: number }[];
  close(): Promise<void>;
}

export async function startDemoSite(material = loadDemoMaterial()): Promise<DemoSite> {
  const pages = new Map<string, { type: string; body: string }>();
  const requests: DemoSite['requests'] = [];
  const server: Server = createServer((req, res) => {
    const path = (req.url ?? '/').split('?')[0]!;
    const rec: DemoSite['requests'][number] = {
      path,
      ifNoneMatch: req.headers['if-none-match'],
      ifModifiedSince: req.headers['if-modified-since'],
    };
    requests.push(rec);
    const page = pages.get(path);
    if (!page) {
      rec.status = 404;
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    const etag = `"${createHash('sha1').update(page.body).digest('hex').slice(0, 16)}"`;
    if (req.headers['if-none-match'] === etag) {
      rec.status = 304;
      res.writeHead(304, { etag }).end();
      return;
    }
    rec.status = 200;
    res.writeHead(200, { 'content-type': page.type, etag, 'last-modified': new Date('2026-11-22T00:00:00Z').toUTCString() });
    res.end(page.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  pages.set('/robots.txt', { type: 'text/plain', body: 'User-agent: *\nDisallow: /private/\n' });
  for (const site of material.sources) {
    const items = material.articles.filter((a) => a.source === site.path);
    for (const a of items) {
      const related = items.filter((r) => r !== a && !r.private).slice(0, 3);
      pages.set(articlePath(a), { type: 'text/html; charset=utf-8', body: renderArticle(a, site, base, related) });
    }
    pages.set(`/${site.path}/rss.xml`, { type: 'application/rss+xml; charset=utf-8', body: renderFeed(site, items, base) });
  }
  return {
    base,
    material,
    requests,
    feedUrl: (s) => `${base}/${s.path}/rss.xml`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
