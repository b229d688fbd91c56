// Issue 17.9 / 16.13: `pantau sources` prints errors that quote servers (reason phrases, titles) as
// plain text, in Indonesian words by default, with times in the office's zone.
import { describe, expect, it } from 'vitest';
import { formatSources, localTime } from '../../../src/cli/commands/sources.js';

const row = {
  id: 'antara-jambi',
  kind: 'rss',
  status: 'failing',
  itemsFound: 23,
  lastSuccessAt: '2026-11-23T01:00:00.000Z',
  lastError: 'HTTP 500 \x1b]0;PWNED\x07\x1b[2JServer \x9b31mError\r\nfake ok line',
};

describe('pantau sources table', () => {
  it('neutralises control characters in errors, Indonesian words, WIB times', () => {
    const id = formatSources([row], 'id');
    expect(id).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/);
    expect(id.trim().split('\n')).toHaveLength(1);
    expect(id).toMatch(/^gagal +antara-jambi rss +item +23 +terakhir berhasil 2026-11-23 08:00 WIB +galat: HTTP 500 /);
    expect(formatSources([row], 'en')).toMatch(/^failing antara-jambi rss +items +23 +last ok 2026-11-23 08:00 WIB +error: /);
    expect(localTime(null, 'Asia/Jakarta')).toBe('-');
    expect(formatSources([row], 'id', 'Asia/Makassar')).toMatch(/terakhir berhasil 2026-11-23 09:00 WITA/);
  });
});
