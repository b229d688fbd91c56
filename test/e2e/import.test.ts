// End to end through the built CLI: a social `import` source whose comments share their post's URL
// (16.2) feeds `pantau audit channels`; `pantau import FILE` (19.1) stores mentions from JSONL, CSV and
// JSON files like crawled items; an import streams within a small heap (17.1).
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pantauEn as pantau, ROOT } from './helpers.js';

const SLOW = 120_000;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-e2e-import-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const config = (name: string, extra = '') => {
  const cfg = join(dir, `${name}.yaml`);
  writeFileSync(cfg, `storage: { driver: sqlite, path: ${join(dir, `${name}.db`)} }\n${extra}`);
  return cfg;
};

describe('a social import of a post and its comments (16.2)', () => {
  it('stores all 13 rows and the audit counts the answered questions', async () => {
    const post = 'https://www.instagram.com/p/DAa1b2C3/';
    const rows = [
      'id;author;date;text;url;replyTo;threadId',
      `p1;pemkotjambi;2026-11-18 08:00;Posko banjir Telanaipura dibuka 24 jam.;${post};;p1`,
      `c1;warga.a;18/11/2026 08.30;Min, posko di mana alamatnya?;${post};p1;p1`,
      `c2;warga.b;18/11/2026 09.00;Kapan bantuan sembako dibagikan?;${post}#c2;p1;p1`,
      `c3;warga.c;18/11/2026 09.15;Terima kasih Pemkot, sigap sekali;${post};p1;p1`,
      `c4;warga.d;18 November 2026 09.20;Jalan depan rumah masih tergenang, kapan disedot?;${post};p1;p1`,
      `c5;warga.e;2026-11-18T10:00;Apakah sekolah diliburkan besok?;${post}#comments;p1;p1`,
      `c6;warga.f;18/11/2026 10.30;Mantap;${post};p1;p1`,
      `c7;warga.g;18 Nov 2026 11:00;Kenapa air PDAM mati sejak pagi?;${post};p1;p1`,
      `c8;warga.h;18/11/2026 11.30;Semoga cepat surut;${post};p1;p1`,
      `r1;pemkotjambi;18/11/2026 09.00;@warga.a Posko di Kantor Camat Telanaipura.;${post};c1;p1`,
      `r2;pemkotjambi;18/11/2026 09.40;@warga.b Bantuan dibagikan besok pagi di posko.;${post};c2;p1`,
      `r3;pemkotjambi;18/11/2026 10.20;@warga.e Sekolah tetap masuk seperti biasa.;${post};c5;p1`,
      `r4;pemkotjambi;18/11/2026 09.30;@warga.c Sama-sama.;${post};c3;p1`,
    ];
    const file = join(dir, 'ig-thread.csv');
    writeFileSync(file, rows.join('\n') + '\n');
    const cfg = config(
      'thread',
      'sources:\n' + `  - { id: ig-pemkot, kind: import, url: "${file}", owned: true, options: { platform: instagram, ownedHandle: pemkotjambi } }\n`,
    );
    const run = await pantau(['run', '--once', '--config', cfg]);
    expect(run.stderr).toBe('');
    expect(run.stdout).toMatch(/ok {3}ig-pemkot: indexed 13\n/);
    const audit = await pantau(['audit', 'channels', '--from', '2026-11-16', '--to', '2026-11-22', '--json', '--config', cfg]);
    expect(audit.code).toBe(0);
    const ig = JSON.parse(audit.stdout).channels[0];
    expect(ig.posts.total).toBe(1);
    expect(ig.comments).toEqual({ total: 8, answered: 4, share: 0.5 });
    expect(ig.questions.total).toBeGreaterThanOrEqual(4);
    expect(ig.questions.answered).toBe(3);
  }, SLOW);
});

describe('pantau import FILE (19.1)', () => {
  const JSONL = [
    { url: 'https://jambiekspres.test/berita/banjir-telanaipura?utm_source=wa', title: 'Banjir rendam Telanaipura', text: 'Banjir merendam puluhan rumah di Kelurahan Telanaipura, Kota Jambi. Warga mengeluhkan lambatnya penanganan.', publishedAt: '2026-11-30 08:00', source: 'jambi-ekspres' },
    { url: 'https://tribunjambi.test/jalan-rusak', text: 'Jalan rusak di Jelutung dikeluhkan warga, lubang besar membahayakan pengendara.', publishedAt: '1 Desember 2026 09.15 WIB', source: 'tribun-jambi', engagement: { shares: 4 } },
    'not json',
    { url: 'https://x.test/warga/status/1', text: 'Kenapa banjir lagi di Telanaipura? Pemkot ke mana?', publishedAt: '30/11/2026 21.05', source: 'x', kind: 'social', author: '@warga_jbi', engagement: { likes: 120, replies: 8 } },
    { url: 'mailto:humas@jambikota.go.id', text: 'bukan tautan', publishedAt: '2026-11-30', source: 's' },
    { url: 'https://jambiekspres.test/berita/banjir-telanaipura', text: 'salinan yang sama', publishedAt: '2026-11-30', source: 'jambi-ekspres' },
    { url: 'https://tribunjambi.test/tanpa-tanggal', text: 'Tanpa tanggal', source: 'tribun-jambi' },
    { url: 'https://tribunjambi.test/tanggal-aneh', text: 'Tanggal aneh', publishedAt: 'kemarin sore', source: 'tribun-jambi' },
    { url: 'https://tribunjambi.test/jenis', text: 'Jenis salah', publishedAt: '2026-11-30', source: 'tribun-jambi', kind: 'blog' },
  ];
  const jsonl = () => JSONL.map((r) => (typeof r === 'string' ? r : JSON.stringify(r))).join('\n') + '\n';

  it('stores JSONL rows like crawled items, reports bad rows by line, and a re-import is all duplicates', async () => {
    const cfg = config('import-jsonl', 'timezone: Asia/Makassar\n');
    const file = join(dir, 'day.jsonl');
    writeFileSync(file, jsonl());
    const r = await pantau(['import', file, '--config', cfg]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      'pantau import: line 3: not valid JSON',
      'pantau import: line 5: "url" is not an http(s) URL: "mailto:humas@jambikota.go.id"',
      'pantau import: line 7: no "publishedAt"',
      'pantau import: line 8: unreadable "publishedAt" "kemarin sore" (expected ISO 8601 or e.g. 30/11/2026 09.15, 1 Desember 2026 09.15 WIB)',
      'pantau import: line 9: "kind" must be news or social, got "blog"',
    ]);
    // Line 6 is the first URL without its tracking parameter: the same canonical URL, a duplicate.
    expect(r.stdout).toContain(`ok   ${file}: indexed 3, duplicate 1, dropped 5\n`);
    expect(r.stdout).toContain('sources: 3 (jambi-ekspres 1, tribun-jambi 1, x 1)');

    const found = JSON.parse((await pantau(['search', '', '--json', '--limit', '20', '--config', cfg])).stdout) as {
      url: string;
      sourceId: string;
      kind: string;
      publishedAt: string;
      author: string | null;
      sentiment: { label: string };
      topics: string[];
    }[];
    const byUrl = new Map(found.map((m) => [m.url, m]));
    expect(found).toHaveLength(3);
    const flood = byUrl.get('https://jambiekspres.test/berita/banjir-telanaipura?utm_source=wa')!;
    // A zone-less date is in the office's zone (WITA here); one with a zone label keeps it.
    expect(flood).toMatchObject({ sourceId: 'jambi-ekspres', kind: 'news', publishedAt: '2026-11-30T00:00:00.000Z' });
    expect(flood.sentiment.label).toBe('negative');
    expect(flood.topics).toContain('banjir-lingkungan');
    expect(byUrl.get('https://tribunjambi.test/jalan-rusak')!.publishedAt).toBe('2026-12-01T02:15:00.000Z');
    expect(byUrl.get('https://x.test/warga/status/1')).toMatchObject({ kind: 'social', sourceId: 'x', author: '@warga_jbi', publishedAt: '2026-11-30T13:05:00.000Z' });

    const again = await pantau(['import', file, '--config', cfg, '--json']);
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.stdout);
    expect(summary.counts).toMatchObject({ indexed: 0, duplicate: 4, dropped: 5 });
    expect(summary.badRows[0]).toEqual({ line: 3, reason: 'not valid JSON' });
  }, SLOW);

  it('reads CSV (flat engagement columns, --source for rows without one) and JSON arrays, in any encoding', async () => {
    const cfg = config('import-csv');
    const csv = join(dir, 'export.csv');
    writeFileSync(
      csv,
      iconv.encode(
        'url;title;text;publishedAt;source;kind;author;likes;shares\r\n' +
          'https://kompas.test/a;Harga cabai naik;"Harga cabai di Pasar Angso Duo naik; pedagang ""mengeluh""";2026-11-30T07:00:00+07:00;;news;Rina;;\r\n' +
          'https://fb.test/p/9;;Terima kasih atas bantuan beras – sangat membantu;30/11/2026 10.00;fb-warga;social;Siti Nurhaliza;1,2K;3\r\n' +
          'https://fb.test/p/10;;Komentar;30/11/2026;fb-warga;social;Budi;banyak;\r\n',
        'windows-1252',
      ),
    );
    const r = await pantau(['import', csv, '--source', 'arsip-kompas', '--config', cfg]);
    expect(r.code).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(/^pantau import: warning: .*export\.csv: not valid UTF-8 \(byte 0x96 at offset \d+\); read as windows-1252/),
      'pantau import: line 4: "likes" is not a count: "banyak"',
    ]);
    expect(r.stdout).toContain('indexed 2, dropped 1');
    const json = join(dir, 'export.json');
    writeFileSync(json, JSON.stringify([{ url: 'https://antara.test/b', text: 'Wali Kota meresmikan taman baru di Kecamatan Kotabaru.', publishedAt: '2026-11-29', source: 'antara-jambi' }]));
    expect((await pantau(['import', json, '--config', cfg])).stdout).toContain('indexed 1');
    const found = JSON.parse((await pantau(['search', '', '--json', '--config', cfg])).stdout) as { url: string; sourceId: string; title: string; text?: string }[];
    expect(found.map((m) => [m.url, m.sourceId]).sort()).toEqual([
      ['https://antara.test/b', 'antara-jambi'],
      ['https://fb.test/p/9', 'fb-warga'],
      ['https://kompas.test/a', 'arsip-kompas'],
    ]);
    expect(found.find((m) => m.url === 'https://fb.test/p/9')!.title).toBe('Terima kasih atas bantuan beras – sangat membantu');
  }, SLOW);

  it('a missing file, a folder or a bad option is one line and exit code 2', async () => {
    const cfg = config('import-bad');
    const missing = await pantau(['import', join(dir, 'nope.jsonl'), '--config', cfg]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^pantau: error: input file not found: .*nope\.jsonl/);
    const folder = await pantau(['import', dir, '--config', cfg]);
    expect(folder.code).toBe(2);
    expect(folder.stderr.trim().split('\n')).toEqual([`pantau: error: input is a directory, not a file: ${dir}`]);
    const facts = await pantau(['facts', 'import', dir, '--config', cfg]);
    expect(facts.code).toBe(2);
    expect(facts.stderr.trim().split('\n')).toEqual([`pantau: error: facts input is a directory, not a file: ${dir}`]);
    const enc = await pantau(['import', join(dir, 'day.jsonl'), '--encoding', 'klingon', '--config', cfg]);
    expect(enc.code).toBe(2);
    expect(enc.stderr.trim().split('\n')).toEqual(['pantau: error: --encoding: unknown encoding "klingon" (iconv-lite names: utf-8, utf-16le, windows-1252, latin1, …)']);
  }, SLOW);
});

/** Runs a small ESM script with a capped V8 heap; resolves with its exit code and output. */
function node(heapMb: number, script: string): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--input-type=module', '-e', script], { cwd: ROOT });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, out }));
  });
}

describe('an import streams (17.1)', () => {
  it('a 15 MB CSV and a 4 MB JSON array import under a 64 MB heap (the whole-file reader needed ~500 MB)', async () => {
    const csv = join(dir, 'big.csv');
    const lines = ['id,author,date,text,url'];
    for (let i = 0; i < 150_000; i++) lines.push(`${i},warga${i % 977},30/11/2026 08.${String(i % 60).padStart(2, '0')},Komentar warga nomor ${i} soal banjir,https://ig.test/p/${i}`);
    writeFileSync(csv, lines.join('\n'));
    const json = join(dir, 'big.json');
    writeFileSync(json, JSON.stringify(Array.from({ length: 60_000 }, (_, i) => ({ id: i, text: `Komentar warga nomor ${i} soal jalan rusak` }))));
    const dist = join(ROOT, 'dist', 'crawlers', 'social', 'import.js');
    const script = `
      const { createImportCrawler } = await import(${JSON.stringify(dist)});
      const log = { debug() {}, info() {}, warn() {}, error() {}, child() { return log; } };
      const states = new Map();
      const ctx = { signal: new AbortController().signal, log, isKnownUrl: async () => false, getFetchState: async () => undefined,
        putFetchState: async () => {}, getSourceState: async (id) => states.get(id), putSourceState: async (s) => void states.set(s.sourceId, s),
        report: (d, u, r) => console.log('report', d, u, r) };
      for (const path of ${JSON.stringify([csv, json])}) {
        const src = { id: 'big', kind: 'import', url: path, everyMinutes: 15, render: false, owned: false, factcheck: false, options: {} };
        let n = 0;
        for await (const item of createImportCrawler({ http: {}, log }).crawl(src, ctx)) n++;
        console.log('rows', n);
      }`;
    const r = await node(64, script);
    expect(r.out).not.toMatch(/heap out of memory|report/);
    expect(r.out.trim().split('\n')).toEqual(['rows 150000', 'rows 60000']);
    expect(r.code).toBe(0);
  }, SLOW);
});

