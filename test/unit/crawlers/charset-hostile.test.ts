// Issue 17.10 / 17.11: a UTF-8 page with one bad byte stays UTF-8; UTF-16 is decoded as browsers do
// (BOM, then a Content-Type charset; a <meta> that says utf-16 means utf-8), and a UTF-16LE page
// without a BOM yields its real text through the whole crawl.
import iconv from 'iconv-lite';
import { afterEach, describe, expect, it } from 'vitest';
import { createCrawlers, type Crawlers } from '../../../crawlers/index.js';
import { extractArticle } from '../../../crawlers/html/extract/index.js';
import { decideCharset, decodeBody, normalizeCharset } from '../../../crawlers/shared/charset.js';
import { silentLogger } from '../../../src/core/log.js';
import { startFixtureServer, type FixtureServer } from '../../helpers/fixture-server.js';
import { crawlConfig, fastHttp } from './helpers.js';

const page = (meta: string) =>
  `<!doctype html><html><head>${meta}<title>“Banjir” rendam Kota Jambi</title></head><body><article><h1>“Banjir” rendam Kota Jambi</h1>` +
  '<p>Banjir merendam ratusan rumah warga di Kecamatan Pasar Jambi sejak Senin pagi, kata Kepala BPBD Kota Jambi kepada wartawan.</p>' +
  '<p>Warga diungsikan ke masjid dan sekolah terdekat sambil menunggu air surut.</p></article></body></html>';

describe('UTF-8 with an invalid byte (17.10)', () => {
  it('keeps UTF-8 and replaces only the bad byte with U+FFFD', () => {
    const good = Buffer.from(page('<meta charset="utf-8">'), 'utf8');
    const at = good.indexOf('Warga');
    const bytes = Buffer.concat([good.subarray(0, at), Buffer.from([0xff]), good.subarray(at)]);
    for (const ct of ['text/html; charset=utf-8', 'text/html']) {
      const { text, decision } = decodeBody(bytes, ct);
      expect(decision.charset).toBe('utf-8');
      expect(text).toContain('“Banjir” rendam');
      expect(text).not.toContain('â€œ');
      expect(text.split('\ufffd').length - 1).toBe(1);
    }
  });

  it('still reads a real windows-1252 page mislabelled UTF-8 as windows-1252', () => {
    const bytes = iconv.encode(page('<meta charset="utf-8">'), 'windows-1252');
    expect(decideCharset(bytes, 'text/html; charset=utf-8')).toMatchObject({ charset: 'windows-1252', overridden: 'utf-8' });
    expect(decodeBody(bytes, 'text/html; charset=utf-8').text).toContain('“Banjir” rendam');
  });
});

describe('UTF-16 (17.11)', () => {
  const le = iconv.encode(page(''), 'utf-16le');
  const be = iconv.encode(page(''), 'utf-16be');

  it('honours a UTF-16 charset in the Content-Type header (no BOM)', () => {
    for (const [ct, bytes] of [
      ['text/html; charset=utf-16le', le],
      ['text/html; charset=UTF-16', le],
      ['text/html; charset="utf-16be"', be],
    ] as const) {
      const { text, decision } = decodeBody(bytes, ct);
      expect(decision.source, ct).toBe('header');
      expect(text, ct).toContain('“Banjir” rendam Kota Jambi');
    }
  });

  it('lets a BOM win over the header, as browsers do', () => {
    const bytes = Buffer.concat([Buffer.from([0xfe, 0xff]), be]);
    expect(decodeBody(bytes, 'text/html; charset=utf-16le').text).toContain('“Banjir”');
  });

  it('reads <meta charset=utf-16> in an ASCII-readable page as UTF-8 (WHATWG prescan)', () => {
    const bytes = Buffer.from(page('<meta charset="utf-16">'), 'utf8');
    expect(decideCharset(bytes)).toMatchObject({ charset: 'utf-8', source: 'document' });
    expect(decodeBody(bytes).text).toContain('“Banjir”');
    expect(normalizeCharset('x-user-defined')).toBe('windows-1252');
  });

  it('recognises UTF-16 without a BOM or any declaration by its zero bytes', () => {
    expect(decideCharset(le)).toMatchObject({ charset: 'utf-16le', source: 'sniff' });
    expect(decideCharset(be)).toMatchObject({ charset: 'utf-16be', source: 'sniff' });
  });

  describe('through the HTTP client and the extractor', () => {
    let srv: FixtureServer | undefined;
    let crawlers: Crawlers | undefined;
    afterEach(async () => {
      await crawlers?.close();
      await srv?.close();
    });
    it('a UTF-16LE page without a BOM yields its real text', async () => {
      srv = await startFixtureServer();
      srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
      srv.route('/berita', { headers: { 'content-type': 'text/html; charset=utf-16le' }, body: le });
      srv.route('/tanpa-label', { headers: { 'content-type': 'text/html' }, body: le });
      crawlers = createCrawlers({ crawl: crawlConfig(), http: fastHttp, log: silentLogger, trustedHosts: [srv.origin] });
      for (const path of ['/berita', '/tanpa-label']) {
        const res = await crawlers.http.fetch(srv.url(path), { trusted: true });
        const a = extractArticle(res.text, res.url);
        expect(a.title, path).toBe('“Banjir” rendam Kota Jambi');
        expect(a.text, path).toContain('Banjir merendam ratusan rumah warga');
      }
    });
  });
});
