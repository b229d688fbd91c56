// The rows of `pantau import` (issue 19.1): what makes a mention, what makes a bad row.
import { describe, expect, it } from 'vitest';
import { mentionFromRow, mentionsFormat } from '../../../crawlers/social/mentions-file.js';

const now = new Date('2026-12-01T00:00:00Z');
const o = { timezone: 'Asia/Jakarta' };
const row = (extra: Record<string, unknown> = {}) => ({ url: 'https://a.test/x', text: 'Isi berita', publishedAt: '2026-11-30 08:00', source: 'antara-jambi', ...extra });

describe('mentionFromRow', () => {
  it('a news row by default; the source becomes the source id; the date is in the office zone', () => {
    expect(mentionFromRow(row(), o, now)).toMatchObject({
      sourceId: 'antara-jambi',
      kind: 'news',
      url: 'https://a.test/x',
      title: 'Isi berita',
      publishedAt: new Date('2026-11-30T01:00:00Z'),
      meta: {},
    });
    expect((mentionFromRow(row(), { timezone: 'Asia/Jayapura' }, now) as { publishedAt: Date }).publishedAt.toISOString()).toBe('2026-11-29T23:00:00.000Z');
  });

  it('engagement as an object, flat columns or JSON in a cell; social rows keep the author as handle', () => {
    expect(mentionFromRow(row({ kind: 'Social', author: '@ani', engagement: { likes: 5, views: '1,2K' } }), o, now)).toMatchObject({
      kind: 'social',
      author: '@ani',
      meta: { engagement: { likes: 5, views: 1200 }, authorHandle: '@ani' },
    });
    expect((mentionFromRow(row({ likes: '3 rb', shares: '' }), o, now) as { meta: unknown }).meta).toEqual({ engagement: { likes: 3000 } });
    expect((mentionFromRow(row({ engagement: '{"replies": 2}' }), o, now) as { meta: unknown }).meta).toEqual({ engagement: { replies: 2 } });
  });

  it('says why a row is unusable', () => {
    expect(mentionFromRow('x', o, now)).toBe('expected an object');
    expect(mentionFromRow(row({ url: '' }), o, now)).toBe('no "url"');
    expect(mentionFromRow(row({ url: 'ftp://a.test/x' }), o, now)).toBe('"url" is not an http(s) URL: "ftp://a.test/x"');
    expect(mentionFromRow(row({ text: ' ', title: '' }), o, now)).toBe('no "text"');
    expect(mentionFromRow(row({ publishedAt: undefined }), o, now)).toBe('no "publishedAt"');
    expect(mentionFromRow(row({ publishedAt: '30-30-2026' }), o, now)).toMatch(/^unreadable "publishedAt" "30-30-2026"/);
    expect(mentionFromRow(row({ source: '' }), o, now)).toBe('no "source" (give each row a source, or --source ID)');
    expect(mentionFromRow(row({ source: '' }), { ...o, defaultSource: 'arsip' }, now)).toMatchObject({ sourceId: 'arsip' });
    expect(mentionFromRow(row({ kind: 'blog' }), o, now)).toBe('"kind" must be news or social, got "blog"');
    expect(mentionFromRow(row({ engagement: 5 }), o, now)).toBe('"engagement" must be an object {likes, replies, shares, views}');
    expect(mentionFromRow(row({ likes: 'banyak' }), o, now)).toBe('"likes" is not a count: "banyak"');
  });
});

describe('mentionsFormat', () => {
  it('from --format, the extension, else the first character', () => {
    expect(mentionsFormat('a.csv', undefined, 'u')).toBe('csv');
    expect(mentionsFormat('a.ndjson', undefined, '{')).toBe('jsonl');
    expect(mentionsFormat('a.json', undefined, '[')).toBe('json');
    expect(mentionsFormat('a.dat', undefined, '[')).toBe('json');
    expect(mentionsFormat('a.dat', undefined, '{')).toBe('jsonl');
    expect(mentionsFormat('a.dat', undefined, 'u')).toBe('csv');
    expect(mentionsFormat('a.json', 'jsonl', '{')).toBe('jsonl');
    expect(() => mentionsFormat('a.json', 'xml', '<')).toThrow(/--format: expected csv, jsonl or json, got "xml"/);
  });
});
