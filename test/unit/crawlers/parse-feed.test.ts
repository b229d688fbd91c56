import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PermanentError } from '../../../src/core/errors.js';
import { parseFeed } from '../../../crawlers/rss/parse-feed.js';
import { parseFeedDate } from '../../../crawlers/rss/dates.js';
import { decodeHtml } from '../../../crawlers/shared/charset.js';

const feed = (f: string) => decodeHtml(readFileSync(new URL(`../../fixtures/feeds/${f}`, import.meta.url)));

describe('parseFeed', () => {
  it('parses a real Indonesian RSS 2.0 feed with a blank line before <?xml', async () => {
    const text = feed('antara-mainpage.rss.xml');
    expect(text.startsWith('\n')).toBe(true);
    const f = await parseFeed(text, 'http://www.antaranews.com/rss/terkini');
    expect(f.format).toBe('rss');
    expect(f.title).toBe('ANTARA News - Berita Terkini');
    expect(f.items).toHaveLength(20);
    expect(f.items[0]).toMatchObject({ title: '29 penerbangan Bandara Internasional Lombok dibatalkan' });
    expect(f.items[0]!.link).toMatch(/^http:\/\/www\.antaranews\.com\//);
    expect(f.items[0]!.publishedAt).toBeInstanceOf(Date);
  });

  it('parses kapanlagi (declares iso-8859-1, blank line first)', async () => {
    const f = await parseFeed(feed('kapanlagi-mainpage.rss.xml'));
    expect(f.items).toHaveLength(3);
    expect(f.items[0]!.link).toContain('kapanlagi.com/showbiz/');
  });

  it('parses Atom', async () => {
    const f = await parseFeed(feed('heise.atom'));
    expect(f.format).toBe('atom');
    expect(f.items).toHaveLength(15);
    expect(f.items[0]!.link).toMatch(/^http:\/\/www\.heise\.de\/developer\/meldung\/Java-Anwendungsserver/);
    expect(f.items[0]!.publishedAt?.toISOString()).toBe('2016-02-01T16:22:00.000Z');
  });

  it('parses RSS 1.0 (RDF) with dc:creator and dc:date', async () => {
    const f = await parseFeed(feed('rss-1.rss'));
    expect(f.items.length).toBeGreaterThan(60);
    expect(f.items[0]).toMatchObject({ title: 'Food for fungi', author: 'Hines, P. J.' });
    expect(f.items[0]!.publishedAt?.toISOString()).toBe('2017-06-15T17:29:47.000Z');
  });

  it('maps JSON Feed items', async () => {
    const json = JSON.stringify({
      version: 'https://jsonfeed.org/version/1.1',
      title: 'Humas',
      items: [
        { id: '1', url: '/berita/1', title: 'Satu', date_published: '2026-05-01T08:00:00+07:00', authors: [{ name: 'Ani' }], tags: ['pemkot', 'jambi'], content_text: 'Isi' },
        { id: '2', external_url: 'https://other.test/2', title: 'Dua' },
        { id: '3', title: 'Tanpa link' },
      ],
    });
    const f = await parseFeed('\uFEFF' + json, 'https://humas.test/feed.json');
    expect(f.format).toBe('json');
    expect(f.items[0]).toMatchObject({ link: 'https://humas.test/berita/1', title: 'Satu', author: 'Ani', categories: ['pemkot', 'jambi'], summary: 'Isi' });
    expect(f.items[0]!.publishedAt?.toISOString()).toBe('2026-05-01T01:00:00.000Z');
    expect(f.items[1]!.link).toBe('https://other.test/2');
    expect(f.items[2]!.link).toBeUndefined();
  });

  it('keeps categories from RSS (plain and with domain attribute)', async () => {
    const f = await parseFeed('<rss version="2.0"><channel><title>t</title><item><link>http://a.test/1</link><category>Politik</category><category domain="x">Daerah</category></item></channel></rss>');
    expect(f.items[0]!.categories).toEqual(['Politik', 'Daerah']);
  });

  it.each([
    ['ill-formed XML', feed('illformed__aaa_illformed.xml')],
    ['an HTML page', '<!doctype html><html><body>Not a feed</body></html>'],
    ['plain text', 'Service Unavailable'],
    ['JSON that is not a feed', '{"error": "nope"}'],
    ['broken JSON', '{"items": ['],
  ])('rejects %s with a one-line malformed_feed error', async (_name, text) => {
    const err = await parseFeed(text, 'http://x.test/feed').catch((e) => e);
    expect(err).toBeInstanceOf(PermanentError);
    expect(err.code).toBe('malformed_feed');
    expect(err.message).toMatch(/^malformed feed http:\/\/x\.test\/feed: /);
    expect(err.message).not.toContain('\n');
  });
});

describe('parseFeedDate', () => {
  it('reads RFC 822, ISO, Indonesian month names and WIB', () => {
    expect(parseFeedDate('Sun, 07 Jun 2026 15:00:00 +0700')?.toISOString()).toBe('2026-06-07T08:00:00.000Z');
    expect(parseFeedDate('Kamis, 05 Mei 2015 10:08:58 +0700')?.toISOString()).toBe('2015-05-05T03:08:58.000Z');
    expect(parseFeedDate('05 Agustus 2015 10:00:00 WIB')?.toISOString()).toBe('2015-08-05T03:00:00.000Z');
    expect(parseFeedDate('2015-11-05 10:08:58')?.toISOString()).toBe('2015-11-05T03:08:58.000Z');
    expect(parseFeedDate('kemarin')).toBeUndefined();
    expect(parseFeedDate(undefined)).toBeUndefined();
  });
});

describe('parseFeedDate: Indonesian feed dates', () => {
  it('reads dotted times, day-first numeric dates and separators before the time', () => {
    const iso = (s: string) => parseFeedDate(s)?.toISOString();
    expect(iso('Senin, 30 November 2026 14.05 WIB')).toBe('2026-11-30T07:05:00.000Z');
    expect(iso('30/11/2026 14:05')).toBe('2026-11-30T07:05:00.000Z');
    expect(iso('Senin, 30 Nov 2026 - 14:05 WIB')).toBe('2026-11-30T07:05:00.000Z');
    expect(iso('30 Desember 2026, 09:15 WITA')).toBe('2026-12-30T01:15:00.000Z');
    expect(iso('Mon, 30 Nov 2026 14:05:00 +0700')).toBe('2026-11-30T07:05:00.000Z');
  });
});
