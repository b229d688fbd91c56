import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decideCharset, decodeBody, decodeHtml, normalizeCharset } from '../../../crawlers/shared/charset.js';

const fixture = (f: string) => readFileSync(new URL(`../../fixtures/feeds/${f}`, import.meta.url));
const latin1Text = 'Berita: café, Pemkot Jambi – “resmi” ©';

describe('charset', () => {
  it('treats iso-8859-1 and ascii as windows-1252, like browsers', () => {
    expect(normalizeCharset('ISO-8859-1')).toBe('windows-1252');
    expect(normalizeCharset('"latin1"')).toBe('windows-1252');
    expect(normalizeCharset('us-ascii')).toBe('windows-1252');
    expect(normalizeCharset('UTF8')).toBe('utf-8');
    expect(normalizeCharset('no-such-charset')).toBeUndefined();
  });

  it('decodes a real Latin-1 (cp1252) feed declared in the XML declaration', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="iso-8859-1"?><rss><title>${latin1Text}</title></rss>`, 'windows-1252');
    const { text, decision } = decodeBody(bytes, 'application/rss+xml');
    expect(decision).toMatchObject({ charset: 'windows-1252', source: 'document' });
    expect(text).toContain(latin1Text);
  });

  it('prefers the Content-Type charset over the document', () => {
    const bytes = iconv.encode(`<?xml version="1.0" encoding="utf-8"?><x>${latin1Text}</x>`, 'windows-1252');
    expect(decodeBody(bytes, 'text/xml; charset=ISO-8859-1').text).toContain(latin1Text);
  });

  it('falls back to windows-1252 when declared UTF-8 but the bytes are not UTF-8', () => {
    const bytes = iconv.encode(`<html><head><meta charset="utf-8"></head><body>${latin1Text}</body></html>`, 'windows-1252');
    const d = decideCharset(bytes, 'text/html; charset=utf-8');
    expect(d).toMatchObject({ charset: 'windows-1252', overridden: 'utf-8' });
    expect(decodeHtml(bytes, 'text/html; charset=utf-8')).toContain(latin1Text);
  });

  it('reads UTF-8 bytes mislabeled as iso-8859-1 as UTF-8 (kapanlagi-style declaration)', () => {
    // The kapanlagi fixture declares iso-8859-1; give it real UTF-8 multi-byte text.
    const src = fixture('kapanlagi-mainpage.rss.xml').toString('utf8').replace('Kalau Bukan Sekarang', 'Kalau Bukan Sekarang – “ya”');
    const d = decideCharset(Buffer.from(src, 'utf8'));
    expect(d).toMatchObject({ charset: 'utf-8', overridden: 'windows-1252' });
    expect(decodeBody(Buffer.from(src, 'utf8')).text).toContain('Sekarang – “ya”');
    // Pure ASCII under the same declaration stays as declared (identical text either way).
    expect(decideCharset(fixture('kapanlagi-mainpage.rss.xml')).charset).toBe('windows-1252');
  });

  it('honours a BOM over any declaration and strips it', () => {
    const utf8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('<?xml version="1.0" encoding="iso-8859-1"?><a>é</a>')]);
    const r = decodeBody(utf8, 'text/xml; charset=iso-8859-1');
    expect(r.decision.source).toBe('bom');
    expect(r.text.startsWith('<?xml')).toBe(true);
    expect(r.text).toContain('<a>é</a>');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('<a>é</a>', 'utf-16le')]);
    expect(decodeBody(utf16).text).toBe('<a>é</a>');
  });

  it('reads <meta http-equiv> declarations', () => {
    const bytes = iconv.encode(`<html><head><meta http-equiv="Content-Type" content="text/html; charset=windows-1252"></head><body>${latin1Text}</body></html>`, 'windows-1252');
    expect(decideCharset(bytes).source).toBe('document');
    expect(decodeHtml(bytes)).toContain(latin1Text);
  });

  it('sniffs when nothing is declared', () => {
    expect(decideCharset(Buffer.from('<p>naïve – ok</p>', 'utf8')).charset).toBe('utf-8');
    expect(decideCharset(iconv.encode('<p>naïve</p>', 'windows-1252')).charset).toBe('windows-1252');
  });

  it('decodes the antara fixture (UTF-8, leading blank line) intact', () => {
    const text = decodeHtml(fixture('antara-mainpage.rss.xml'));
    expect(text).toContain('(ANTARA News) – Kement');
  });
});
