import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';

const url = 'https://example.co.id/a';

describe('hostile input never throws', () => {
  it('handles empty, non-HTML and script-only input', () => {
    for (const html of ['', '   ', 'plain words only', '<script>while(true){}</script>', '<html><head><title>T</title></head></html>', '\u0000\uffff<<<>>>']) {
      const r = extractArticle(html, url);
      expect(typeof r.text).toBe('string');
      expect(r.url).toBe(url);
      expect(r.canonicalUrl).toBe(url);
    }
    expect(extractArticle('<script>var a = "<p>Bukan teks artikel, hanya skrip.</p>";</script>', url).text).toBe('');
    expect(extractArticle(undefined as unknown as string, url).text).toBe('');
  });
  it('handles unclosed tags, a runaway <a>, and broken JSON-LD', () => {
    const p = 'Kalimat panjang dalam paragraf yang tidak ditutup, dengan koma, dan lagi koma, supaya dinilai sebagai teks.';
    const html = `<html><body><a href="/x"><div><div class="story"><p>${p}<p>${p}<p>${p}<div><span><b>${p}
      <script type="application/ld+json">{"@type": "NewsArticle", "headline": "Rusak", </script>`;
    const r = extractArticle(html, url);
    expect(r.text).toContain('Kalimat panjang');
  });
  it('handles deep nesting without blowing the stack', () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>teks</p>${'</div>'.repeat(50_000)}</body></html>`;
    expect(() => extractArticle(html, url)).not.toThrow();
  });
  it('caps huge pages (5 MB) and stays fast', () => {
    const para = '<p>Paragraf berulang yang panjang, dengan koma, untuk membuat halaman raksasa sebesar lima megabita.</p>';
    const html = `<html><head><title>Besar</title></head><body><div class="content">${para.repeat(Math.ceil(5_000_000 / para.length))}</div></body></html>`;
    expect(html.length).toBeGreaterThan(5_000_000);
    const start = performance.now();
    const r = extractArticle(html, url);
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(r.text.length).toBeGreaterThan(0);
    expect(r.text.length).toBeLessThan(3_100_000);
  });
  it('handles a page without <body> and a bad url', () => {
    const r = extractArticle('<title>Judul Saja</title><p>Satu kalimat tanpa body, cukup panjang untuk dihitung sebagai paragraf.</p>', 'not a url');
    expect(r.title).toBe('Judul Saja');
    expect(r.canonicalUrl).toBe('not a url');
  });
});
