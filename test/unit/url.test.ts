import { describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../crawlers/shared/url.js';

describe('canonicalizeUrl', () => {
  it('strips tracking, fragments, default ports and host case', () => {
    expect(canonicalizeUrl('HTTPS://Jambi.AntaraNews.com:443/berita/123/judul?utm_source=x&fbclid=y&id=5#top')).toBe(
      'https://jambi.antaranews.com/berita/123/judul?id=5',
    );
  });
  it('maps AMP urls to the article', () => {
    expect(canonicalizeUrl('https://news.detik.com/amp/berita/d-1/judul')).toBe('https://news.detik.com/berita/d-1/judul');
    expect(canonicalizeUrl('https://x.id/a/b/amp/')).toBe('https://x.id/a/b');
  });
  it('resolves relative links', () => {
    expect(canonicalizeUrl('/a?gclid=1', 'http://127.0.0.1:8080/feed.xml')).toBe('http://127.0.0.1:8080/a');
  });
});
