// The content hash decides duplicate vs updated. Its bytes must not change with its implementation:
// a different hash for the same content would count every stored mention as "updated" once (a
// rewrite of the whole database on the next crawl). The expected values were computed by the
// schema-3 implementation (one incremental update per length prefix and per part).
import { describe, expect, it } from 'vitest';
import { hashParts } from '../../../src/store/sqlite/hash.js';

describe('hashParts', () => {
  it('gives the hashes stored by schema 3', () => {
    const mention = ['mention/1', 'id1', 'src', 'news', 'https://a.example/1', 'https://a.example/1', 'Banjir di Telanaipura', 'Air naik.',
      null, 'id', null, '2026-09-01T00:00:00.000Z', '{"x":1}', null];
    expect(hashParts(mention)).toBe('O2geM048Lw02nfY7Smdy1U8zXl4LN-Klbiwo1kbxSqE');
    // non-ASCII, and lone surrogates at the seams between parts (each encodes as U+FFFD either way)
    expect(hashParts(['kopí ☕ 😀', '\ud83d', '\ude00', 'end\ud83d', '\ude00start', '', null, null, '中文'])).toBe(
      'Kwb6t4m_8dOLBaj1SOI8UtIS5EaWLI9tSFQz-vXVOY8',
    );
  });

  it('tells tuples apart that join to the same text', () => {
    expect(hashParts(['ab', 'c'])).not.toBe(hashParts(['a', 'bc']));
    expect(hashParts([null])).not.toBe(hashParts(['']));
  });
});
