// Loopback news farm for the crawl benchmark, run in its own process so serving does not count
// against the crawler's memory: HOSTS servers on 127.0.0.1..127.0.0.HOSTS (each address is its own
// host for per-host limits), each with a feed of PER_HOST items and the article pages.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

const HOSTS = Number(process.argv[2] ?? 50);
const PER_HOST = Number(process.argv[3] ?? 200);
const WORDS = 'pemerintah kota jambi warga banjir jalan rusak kelurahan kecamatan dinas pelayanan publik program bantuan sosial harga pasar sampah kesehatan pendidikan sekolah anggaran wali kota rapat koordinasi masyarakat laporan perbaikan drainase'.split(' ');

function para(seed: number, n: number): string {
  const out: string[] = [];
  let s = seed;
  for (let i = 0; i < n; i++) {
    s = (s * 1103515245 + 12345) >>> 0;
    out.push(WORDS[s % WORDS.length]!);
  }
  const t = out.join(' ');
  return t.charAt(0).toUpperCase() + t.slice(1) + '.';
}

function article(h: number, i: number): string {
  const title = `Berita ${h}-${i}: ${para(h * 1000 + i, 8)}`;
  const body = Array.from({ length: 8 }, (_, k) => `<p>${para(h * 7919 + i * 31 + k, 60)}</p>`).join('\n');
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title} - Portal ${h}</title>
<meta property="article:published_time" content="2026-11-20T08:${String(i % 60).padStart(2, '0')}:00+07:00"></head>
<body><nav><a href="/">Beranda</a> <a href="/x">Politik</a> <a href="/y">Ekonomi</a></nav>
<article><h1>${title}</h1><div class="byline">Penulis: Redaksi</div>${body}</article>
<aside><h3>Berita Terkait</h3><ul><li><a href="/a/1.html">Lain</a></li></ul></aside><footer>© Portal ${h}</footer></body></html>`;
}

function feed(h: number, base: string): string {
  const items = Array.from(
    { length: PER_HOST },
    (_, i) => `<item><title>Berita ${h}-${i}</title><link>${base}/a/${i}.html</link><pubDate>Fri, 20 Nov 2026 01:00:00 +0000</pubDate></item>`,
  ).join('');
  return `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Portal ${h}</title>${items}</channel></rss>`;
}

const bases: string[] = [];
for (let h = 1; h <= HOSTS; h++) {
  const server = createServer((req, res) => {
    const path = req.url ?? '/';
    const base = `http://${req.headers.host}`;
    if (path === '/robots.txt') return void res.writeHead(200, { 'content-type': 'text/plain' }).end('User-agent: *\nAllow: /\n');
    if (path === '/feed.xml') return void res.writeHead(200, { 'content-type': 'application/rss+xml' }).end(feed(h, base));
    const m = /^\/a\/(\d+)\.html$/.exec(path);
    if (m) return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(article(h, Number(m[1])));
    res.writeHead(404).end();
  });
  server.keepAliveTimeout = 30_000;
  await new Promise<void>((resolve) => server.listen(0, `127.0.0.${h}`, resolve));
  bases.push(`http://127.0.0.${h}:${(server.address() as AddressInfo).port}`);
}
process.stdout.write(JSON.stringify(bases) + '\n');
