import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import type { RawItem } from '../../../src/core/types.js';
import { MAX_AUTHOR_CHARS, MAX_TITLE_CHARS, normalizeItem } from '../../../src/pipeline/normalize.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { articlePage } from '../extract/helpers.js';

const raw = (o: Partial<RawItem>): RawItem => ({
  sourceId: 's',
  url: 'https://www.portaljambi.co.id/berita/1/jalan-rusak',
  kind: 'news',
  fetchedAt: new Date('2026-12-01T00:00:00Z'),
  ...o,
});
const norm = (r: RawItem) => normalizeItem(r, extractArticle, canonicalizeUrl);

describe('normalize: field caps', () => {
  it('caps a huge title and author and keeps them on one line', () => {
    const huge = 'Banjir '.repeat(1_500_000);
    expect(norm(raw({ title: huge, text: 'isi berita' })).title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    const m = norm(raw({ title: `Judul\n\tdengan\u001b[2J kontrol`, text: 'isi berita', author: 'A'.repeat(10_000) }));
    expect(m.title).toBe('Judul dengan [2J kontrol');
    expect(m.author!.length).toBeLessThanOrEqual(MAX_AUTHOR_CHARS);
    const ogTitle = 'Banjir '.repeat(300_000);
    const big = norm(raw({ html: `<html><head><meta property="og:title" content="${ogTitle}"></head><body><p>Isi berita yang cukup panjang, dengan koma, supaya terbaca sebagai paragraf.</p></body></html>` }));
    expect(big.title.length).toBeLessThanOrEqual(MAX_TITLE_CHARS);
    expect(big.title.startsWith('Banjir Banjir')).toBe(true);
    expect(big.title.endsWith('…')).toBe(true);
  });
  it('drops a language tag that is not one', () => {
    const m = normalizeItem(raw({ html: '<p>x</p>' }), () => ({ canonicalUrl: 'https://a.id/x', title: 't', text: 'isi', language: 'x'.repeat(300) }), canonicalizeUrl);
    expect(m.language).toBeUndefined();
  });
});

describe('normalize: no article without text', () => {
  it('drops a news page with a title but no text as "empty text"', () => {
    const html = '<html><head><title>Judul Saja - Portal</title></head><body><div id="app"></div></body></html>';
    expect(() => norm(raw({ html, title: 'Judul dari feed' }))).toThrow(PermanentError);
    expect(() => norm(raw({ html, title: 'Judul dari feed' }))).toThrow(/^empty text$/);
  });
  it("keeps the feed's summary when the page has no extractable text", () => {
    const html = '<html><head><title>Video Banjir</title></head><body><div id="player"></div></body></html>';
    const m = norm(raw({ html, meta: { feedSummary: 'Video: banjir merendam enam kelurahan di Kota Jambi.' } }));
    expect(m.text).toBe('Video: banjir merendam enam kelurahan di Kota Jambi.');
  });
  it('keeps a social post without words that has an identity (a photo post counts in the audit)', () => {
    const m = norm(raw({ kind: 'social', url: 'https://x.com/p/1', text: '', meta: { platform: 'x', platformId: '1' } }));
    expect(m.text).toBe('');
    expect(() => norm(raw({ kind: 'social', url: 'https://x.com/p/2', text: '   ' }))).toThrow(/^empty text$/);
  });
});

describe('normalize: the date rule with the fetch time', () => {
  it('reads a "Z" meta that would be in the future of the fetch as WIB', () => {
    const html = articlePage({ head: '<meta property="article:published_time" content="2026-11-30T14:05:00Z">', before: '<h1>Judul</h1>' });
    const m = norm(raw({ html, fetchedAt: new Date('2026-11-30T08:00:00Z') }));
    expect(m.publishedAt).toBe('2026-11-30T14:05:00+07:00');
  });
  it('ignores a feed date in the future and uses the page', () => {
    const html = articlePage({ head: '<meta property="article:published_time" content="2026-11-30T14:05:00+07:00">' });
    const m = norm(raw({ html, publishedAt: new Date('2027-03-01T00:00:00Z') }));
    expect(m.publishedAt).toBe('2026-11-30T14:05:00+07:00');
  });
  it('never takes the time of day from a feed date that is only a day (midnight)', () => {
    const html = articlePage({ before: '<h1>Judul</h1><span class="posted-on">30 November 2026</span>' });
    const m = norm(raw({ html, publishedAt: new Date('2026-11-30T00:00:00Z') }));
    expect(m.publishedAt).toBe('2026-11-30T00:00:00+07:00');
  });
  it('keeps the feed date alone when the extractor gives no candidates', () => {
    const m = normalizeItem(raw({ html: '<p>x</p>', publishedAt: new Date('2026-11-30T07:05:00Z') }), () => ({ canonicalUrl: 'https://a.id/x', title: 't', text: 'isi' }), canonicalizeUrl);
    expect(m.publishedAt).toBe('2026-11-30T07:05:00.000Z');
  });
});
