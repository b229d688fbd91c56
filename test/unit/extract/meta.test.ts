import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { normalizeLanguage } from '../../../crawlers/html/extract/language.js';
import { articlePage } from './helpers.js';

const url = 'https://daerah.example.co.id/berita/12345/jalan-rusak?utm_source=fb';

describe('author', () => {
  it('reads JSON-LD authors, skipping organisations', () => {
    const head = `<script type="application/ld+json">{"@type":"NewsArticle","author":[{"@type":"Person","name":"Rina Wulandari"},{"@type":"Organization","name":"Portal"}]}</script>`;
    expect(extractArticle(articlePage({ head }), url).author).toBe('Rina Wulandari');
  });
  it('reads meta author but not profile URLs or the outlet', () => {
    expect(extractArticle(articlePage({ head: '<meta name="author" content="Budi Santoso">' }), url).author).toBe('Budi Santoso');
    expect(extractArticle(articlePage({ head: '<meta property="article:author" content="https://facebook.com/portal">' }), url).author).toBeUndefined();
    expect(
      extractArticle(articlePage({ head: '<meta name="author" content="Kompas Cyber Media"><meta property="og:site_name" content="KOMPAS.com">' }), url).author,
    ).toBeUndefined();
  });
  it('reads rel/itemprop author and Indonesian byline labels', () => {
    expect(extractArticle(articlePage({ before: '<div class="author"><strong itemprop="author">Fino Yurio Kristo</strong> - detikinet</div>' }), url).author).toBe(
      'Fino Yurio Kristo',
    );
    expect(extractArticle(articlePage({ before: '<span>Oleh <a rel="author" href="/u/1">Dewi Lestari</a></span>' }), url).author).toBe('Dewi Lestari');
    expect(extractArticle(articlePage({ before: '<div>Pewarta: <span itemprop="author">Nur Imansyah</span></div>' }), url).author).toBe('Nur Imansyah');
  });
});

describe('canonical url', () => {
  it('uses rel=canonical, resolved and canonicalized', () => {
    const r = extractArticle(articlePage({ head: '<link rel="canonical" href="/berita/12345/jalan-rusak/?utm_medium=x#top">' }), url);
    expect(r.canonicalUrl).toBe('https://daerah.example.co.id/berita/12345/jalan-rusak');
    expect(r.url).toBe(url);
  });
  it('falls back to og:url, then the page url', () => {
    expect(extractArticle(articlePage({ head: '<meta property="og:url" content="https://daerah.example.co.id/b/1">' }), url).canonicalUrl).toBe(
      'https://daerah.example.co.id/b/1',
    );
    expect(extractArticle(articlePage(), url).canonicalUrl).toBe('https://daerah.example.co.id/berita/12345/jalan-rusak');
  });
  it('maps AMP pages to the article and ignores a home-page canonical', () => {
    expect(extractArticle(articlePage(), 'https://news.detik.com/amp/berita/d-1/judul').canonicalUrl).toBe('https://news.detik.com/berita/d-1/judul');
    expect(extractArticle(articlePage({ head: '<link rel="canonical" href="https://daerah.example.co.id/">' }), url).canonicalUrl).toBe(
      'https://daerah.example.co.id/berita/12345/jalan-rusak',
    );
  });
  it('unwraps Wayback Machine copies', () => {
    const w = 'https://web.archive.org/web/20220721150811/https://www.jpnn.com/news/judul';
    expect(extractArticle(articlePage(), w).canonicalUrl).toBe('https://www.jpnn.com/news/judul');
  });
});

describe('language, site name, description', () => {
  it('normalizes language hints', () => {
    expect(normalizeLanguage('id-ID')).toBe('id');
    expect(normalizeLanguage('in_ID')).toBe('id');
    expect(normalizeLanguage('Indonesian')).toBe('id');
    expect(normalizeLanguage('en_US')).toBe('en');
    expect(normalizeLanguage('')).toBeUndefined();
  });
  it('reads markup, and overrides a template lang="en" on Indonesian text', () => {
    expect(extractArticle(articlePage({ lang: '' , head: '<meta property="og:locale" content="id_ID">' }), url).language).toBe('id');
    expect(extractArticle(articlePage({ lang: 'en' }), url).language).toBe('id');
  });
  it('reads site name and description', () => {
    const r = extractArticle(articlePage({ head: '<meta property="og:site_name" content="Portal Jambi"><meta name="description" content="Ringkasan berita.">' }), url);
    expect(r.siteName).toBe('Portal Jambi');
    expect(r.description).toBe('Ringkasan berita.');
  });
});
