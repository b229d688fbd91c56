// Social `import` sources (issues 16.2, 16.6, 17.1, 17.12): every row kept, ordinary dates read in the
// office's zone, any common encoding, streamed. Real files in a temp dir; the pipeline runner and an
// in-memory SQLite store where the question is what ends up stored.
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { createImportCrawler } from '../../../crawlers/social/import.js';
import { parseImportDate } from '../../../crawlers/social/import-date.js';
import type { HttpClient } from '../../../crawlers/shared/http.js';
import { canonicalizeUrl } from '../../../crawlers/shared/url.js';
import { ConfigError } from '../../../src/core/errors.js';
import { silentLogger } from '../../../src/core/log.js';
import type { RawItem, Source } from '../../../src/core/types.js';
import { crawlSource } from '../../../src/pipeline/runner.js';
import { createStore } from '../../../src/store/index.js';
import { collect, failure, recordingLogger, source, testContext } from './helpers.js';

const dir = mkdtempSync(join(tmpdir(), 'pantau-import-rows-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
// The import crawler never uses the HTTP client.
const http = {} as HttpClient;
const crawler = (timezone?: string) => createImportCrawler({ http, log: silentLogger, timezone });

function file(name: string, content: string | Buffer): string {
  const p = join(dir, name);
  writeFileSync(p, content);
  return p;
}

const POST = 'https://www.instagram.com/p/DAa1b2C3/';
// A post and its twelve comments as a listening tool exports them: every comment carries the post's
// URL (two with a #fragment), each row has its own platform id.
const THREAD = [
  'id,platform,author,date,text,url,replyTo,threadId',
  `p1,instagram,pemkotjambi,2026-11-18 08:00,Posko banjir Telanaipura dibuka 24 jam. Hubungi 112.,${POST},,p1`,
  `c1,instagram,warga.a,18/11/2026 08.30,"Min, posko di mana alamatnya?",${POST},p1,p1`,
  `c2,instagram,warga.b,18/11/2026 09.00,Kapan bantuan sembako dibagikan?,${POST}#c2,p1,p1`,
  `c3,instagram,warga.c,18/11/2026 09.15,"Terima kasih Pemkot, sigap sekali",${POST},p1,p1`,
  `c4,instagram,warga.d,18 November 2026 09.20,Jalan depan rumah masih tergenang kenapa belum disedot?,${POST},p1,p1`,
  `c5,instagram,warga.e,2026-11-18T10:00,Apakah sekolah diliburkan besok?,${POST}#comments,p1,p1`,
  `c6,instagram,warga.f,18/11/2026 10.30,Mantap,${POST},p1,p1`,
  `c7,instagram,warga.g,18 Nov 2026 11:00,Kenapa air PDAM mati sejak pagi?,${POST},p1,p1`,
  `c8,instagram,warga.h,18/11/2026 11.30,Semoga cepat surut,${POST},p1,p1`,
  `r1,instagram,pemkotjambi,18/11/2026 09.00,@warga.a Posko di Kantor Camat Telanaipura.,${POST},c1,p1`,
  `r2,instagram,pemkotjambi,18/11/2026 09.40,@warga.b Bantuan dibagikan besok pagi di posko.,${POST},c2,p1`,
  `r3,instagram,pemkotjambi,18/11/2026 10.20,@warga.e Sekolah tetap masuk seperti biasa.,${POST},c5,p1`,
  `r4,instagram,pemkotjambi,18/11/2026 09.30,@warga.c Sama-sama.,${POST},c3,p1`,
].join('\n');

describe('import rows keep their identity (16.2)', () => {
  it('stores every row of a post and its comments that share the post URL, each once', async () => {
    const path = file('thread.csv', THREAD + '\n');
    const src: Source = source('import', path, { ownedHandle: 'pemkotjambi' }, { id: 'ig-pemkot', owned: true });
    const store = await createStore({ driver: 'sqlite', path: ':memory:' }, silentLogger);
    try {
      const deps = {
        store,
        crawlers: { get: () => crawler() },
        analyzers: null,
        extract: () => {
          throw new Error('no HTML here');
        },
        canonicalize: (u: string) => canonicalizeUrl(u),
        log: silentLogger,
      };
      const first = await crawlSource(src, deps);
      expect(first.counts).toMatchObject({ indexed: 13, duplicate: 0, dropped: 0 });
      const stored = await store.search({ limit: 50 });
      expect(stored.total).toBe(13);
      // The link shown is still the post's; the identity is the platform id.
      expect(new Set(stored.items.map((m) => m.canonicalUrl))).toEqual(new Set([canonicalizeUrl(POST)]));
      expect(stored.items.map((m) => m.meta!.platformId).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7', 'c8', 'p1', 'r1', 'r2', 'r3', 'r4']);
      expect(stored.items.filter((m) => m.meta!.isOwned).length).toBe(5);
      // The same file with one more comment: the 13 are duplicates, the new one is stored.
      writeFileSync(path, THREAD + `\nc9,instagram,warga.i,18/11/2026 12.00,Lokasi posko kedua?,${POST},p1,p1\n`);
      const second = await crawlSource(src, deps);
      expect(second.counts).toMatchObject({ indexed: 1, duplicate: 13 });
    } finally {
      await store.close();
    }
  });

  it('a row without a platform id is identified by its URL, as before', async () => {
    const path = file('noid.csv', `text,url\nSatu,${POST}\nDua,${POST}#x\nTiga,\n`);
    const items = await collect(crawler().crawl(source('import', path), testContext()));
    expect(items.map((i) => i.identity)).toEqual([undefined, undefined, undefined]);
    expect(items[2]!.url).toMatch(/^urn:pantau:import:test-import:import:[0-9a-f]{16}$/);
  });
});

describe('import dates (16.6)', () => {
  const at = (items: RawItem[]) => items.map((i) => i.publishedAt?.toISOString());

  it('reads ISO dates and datetimes, DD/MM/YYYY [HH:MM] and Indonesian month names, in the office zone', async () => {
    const rows = [
      'text;date',
      'a;2026-11-30',
      'b;30/11/2026',
      'c;1 Desember 2026 09.15',
      'd;30/11/2026 21:05',
      'e;2026-11-30T09:15:00+08:00',
      'f;5 Agu 2026 10:00 WITA',
      'g;Senin, 17 Ags 2026 pukul 07.30 WIT',
      'h;3 Mei 2026',
      'i;12 Okt 2026 14.00',
    ];
    const path = file('dates.csv', rows.join('\n'));
    const ctx = testContext();
    const items = await collect(crawler().crawl(source('import', path), ctx));
    expect(ctx.reports).toEqual([]);
    expect(at(items)).toEqual([
      '2026-11-29T17:00:00.000Z',
      '2026-11-29T17:00:00.000Z',
      '2026-12-01T02:15:00.000Z',
      '2026-11-30T14:05:00.000Z',
      '2026-11-30T01:15:00.000Z',
      '2026-08-05T02:00:00.000Z',
      '2026-08-16T22:30:00.000Z',
      '2026-05-02T17:00:00.000Z',
      '2026-10-12T07:00:00.000Z',
    ]);
  });

  it('the config time zone applies to zone-less dates; options.timezone overrides it', async () => {
    const path = file('zone.csv', 'text,date\nx,30/11/2026 09.00\n');
    const wita = await collect(crawler('Asia/Makassar').crawl(source('import', path), testContext()));
    expect(at(wita)).toEqual(['2026-11-30T01:00:00.000Z']);
    const over = await collect(crawler('Asia/Makassar').crawl(source('import', path, { timezone: 'Asia/Jayapura' }), testContext()));
    expect(at(over)).toEqual(['2026-11-30T00:00:00.000Z']);
    const offset = await collect(crawler('Asia/Makassar').crawl(source('import', path, { timezone: '+07:00' }), testContext()));
    expect(at(offset)).toEqual(['2026-11-30T02:00:00.000Z']);
    const err = await failure(crawler().crawl(source('import', path, { timezone: 'Jambi' }), testContext()));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/options\.timezone: expected an IANA time zone .*got "Jambi"/);
  });

  it('rejects the rest with the row number, never guesses', async () => {
    const path = file('baddates.csv', 'text,date\nok,2026-11-30\nus,11/30/2026\nfeb,31/02/2026\nhour,2026-11-30 25:00\nwords,kemarin sore\n');
    const ctx = testContext();
    const items = await collect(crawler().crawl(source('import', path), ctx));
    expect(items).toHaveLength(1);
    expect(ctx.reports.map((r) => r.url.replace(/^.*#/, ''))).toEqual(['row=3', 'row=4', 'row=5', 'row=6']);
    expect(ctx.reports[0]!.reason).toMatch(/^unreadable date "11\/30\/2026" in column "date"/);
    for (const v of ['2026-13-01', '2026-11-30T9', '1 Desembre 2026', '30/11/26']) expect(parseImportDate(v)).toBe('invalid');
  });
});

describe('import encodings (17.12)', () => {
  const rows = 'teks\tpenulis\tdate\nJalan rusak di Jelutung — “parah”\tBudi Sántoso\t30/11/2026 08.00\nTerima kasih\tAni\t30/11/2026 09.00\n';
  const mapping = { text: 'teks', author: 'penulis' };

  it('reads an Excel "Unicode text" export (UTF-16LE with BOM, tab-separated) and UTF-16BE', async () => {
    const le = file('unicode.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(rows.replace(/\n/g, '\r\n'), 'utf-16le')]));
    const items = await collect(crawler().crawl(source('import', le, { mapping }), testContext()));
    expect(items.map((i) => [i.text, i.author])).toEqual([
      ['Jalan rusak di Jelutung — “parah”', 'Budi Sántoso'],
      ['Terima kasih', 'Ani'],
    ]);
    const be = file('unicode-be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(rows, 'utf-16be')]));
    expect((await collect(crawler().crawl(source('import', be, { mapping }), testContext()))).map((i) => i.author)).toEqual(['Budi Sántoso', 'Ani']);
  });

  it('an invalid UTF-8 file falls back to windows-1252 with a warning; options.encoding is honoured', async () => {
    const cp = file('cp1252.csv', iconv.encode(rows.replace(/\t/g, ';').replace('—', '-'), 'windows-1252'));
    const log = recordingLogger();
    const items = await collect(crawler().crawl(source('import', cp, { mapping }), testContext(new Map(), log)));
    expect(items.map((i) => [i.text, i.author])).toEqual([
      ['Jalan rusak di Jelutung - “parah”', 'Budi Sántoso'],
      ['Terima kasih', 'Ani'],
    ]);
    const warn = log.lines.filter((l) => l.level === 'warn');
    expect(warn).toHaveLength(1);
    expect(warn[0]!.msg).toMatch(/^not valid UTF-8 \(byte 0x93 at offset \d+\); read as windows-1252/);
    const latin = file('latin1.csv', iconv.encode('text;author\nSántoso menulis;Ságala\n', 'latin1'));
    const quiet = recordingLogger();
    const l1 = await collect(crawler().crawl(source('import', latin, { encoding: 'latin1' }), testContext(new Map(), quiet)));
    expect(l1.map((i) => i.author)).toEqual(['Ságala']);
    expect(quiet.lines).toEqual([]);
    const err = await failure(crawler().crawl(source('import', latin, { encoding: 'klingon' }), testContext()));
    expect(err).toBeInstanceOf(ConfigError);
    expect(err.message).toMatch(/options\.encoding: unknown encoding "klingon"/);
  });

  it('a UTF-8 file with a BOM and valid UTF-8 without one are read as UTF-8', async () => {
    const bom = file('bom.csv', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('text,author\nÁgus ✓,Ságala\n')]));
    expect((await collect(crawler().crawl(source('import', bom), testContext()))).map((i) => [i.text, i.author])).toEqual([['Águs ✓', 'Ságala']]);
  });
});

describe('import streams the file (17.1)', () => {
  it('JSON arrays (also {data: [...]}) and JSONL stream with row numbers; the cursor is the hash of the bytes read', async () => {
    const recs = Array.from({ length: 2500 }, (_, i) => ({ id: `n${i}`, text: `Komentar nomor ${i}`, date: '2026-11-30 08:00' }));
    const arr = file('big.json', JSON.stringify({ meta: { tool: 'x' }, data: recs }));
    const ctx = testContext();
    const src = source('import', arr);
    const items = await collect(crawler().crawl(src, ctx));
    expect(items).toHaveLength(2500);
    expect(items[2499]!.meta).toMatchObject({ platformId: 'n2499', importRow: 2500 });
    const sha = createHash('sha256').update(JSON.stringify({ meta: { tool: 'x' }, data: recs })).digest('hex');
    expect(JSON.parse(ctx.states.get(src.id)!.cursor!)).toEqual({ sha256: sha });
    // Unchanged: nothing is read again.
    expect(await collect(crawler().crawl(src, ctx))).toEqual([]);

    const jl = file('rows.jsonl', '{"text":"a"}\r\n\r\n{"text":"b"}\n[1]\n{"text":"c"}');
    const c2 = testContext();
    const got = await collect(crawler().crawl(source('import', jl), c2));
    expect(got.map((i) => [i.text, i.meta!.importRow])).toEqual([['a', 1], ['b', 3], ['c', 5]]);
    expect(c2.reports.map((r) => [r.url.replace(/^.*#/, ''), r.reason])).toEqual([['row=4', 'record is not an object']]);

    const notList = file('obj.json', '{"hello": "world"}');
    expect((await failure(crawler().crawl(source('import', notList), testContext()))).message).toMatch(/expected a JSON array of records/);
  });

  it('a JSONL line or CSV record over 4,000,000 characters is refused, not buffered without end', async () => {
    const huge = 'x'.repeat(4_100_000);
    const jl = file('huge.jsonl', `{"text":"${huge}"}\n{"text":"kecil"}\n`);
    const ctx = testContext();
    const items = await collect(crawler().crawl(source('import', jl), ctx));
    expect(items.map((i) => [i.text, i.meta!.importRow])).toEqual([['kecil', 2]]);
    expect(ctx.reports.map((r) => [r.url.replace(/^.*#/, ''), r.reason])).toEqual([['row=1', 'line longer than 4000000 characters']]);
    const csv = file('huge.csv', `text,id\nsatu,1\n"${huge}`);
    const err = await failure(crawler().crawl(source('import', csv), testContext()));
    expect(err.message).toMatch(/malformed CSV: the record starting on line 3 is longer than 4000000 characters/);
  });

  it('CSV line numbers count CRLF inside quoted fields once; an unclosed quote fails the file after the rows before it', async () => {
    const path = file('crlf.csv', 'text,id\r\n"dua\r\nbaris",1\r\n\r\n"tiga",2\r\n');
    const items = await collect(crawler().crawl(source('import', path), testContext()));
    expect(items.map((i) => [i.text, i.meta!.importRow])).toEqual([['dua\r\nbaris', 2], ['tiga', 5]]);
    const bad = file('open.csv', 'text,id\nsatu,1\n"dua,2\ntiga,3\n');
    const ctx = testContext();
    const got: RawItem[] = [];
    const err = await (async () => {
      try {
        for await (const i of crawler().crawl(source('import', bad), ctx)) got.push(i);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(got.map((i) => i.text)).toEqual(['satu']);
    expect(err?.message).toMatch(/malformed CSV: unterminated quoted field starting on line 3/);
    expect(ctx.states.get('test-import')?.cursor).toBeUndefined();
  });
});
