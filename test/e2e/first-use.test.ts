// What a new user meets first (issues 16.7, 16.8, 16.13, 16.15, 17.9, 17.13): bad files get one
// clear line and a non-zero exit, a missing config is said instead of a database appearing where the
// user stands, summaries are Indonesian with English on request, terminal output is plain text,
// and start-up loads only what the command needs.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, pantau } from './helpers.js';

const SLOW = 120_000;
let dir: string;
const at = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-first-use-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

function oneErrorLine(r: { stderr: string }): string {
  const lines = r.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^pantau: error: /);
  expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  return lines[0]!;
}

describe('pantau extract on files that are not pages', () => {
  it('empty, whitespace, PNG, PDF and binary files: one line, exit 2, nothing on stdout', async () => {
    const files: [string, Buffer | string, RegExp][] = [
      ['empty.html', '', /empty/],
      ['blank.html', ' \n\t\n', /empty/],
      ['image.html', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]), /PNG image/],
      ['doc.html', '%PDF-1.7\n%âãÏÓ\n1 0 obj\n', /PDF document/],
      ['random.bin', Buffer.from([1, 2, 3, 0, 5, 6, 0, 0xff, 0x10]), /binary data/],
    ];
    for (const [name, body, msg] of files) {
      writeFileSync(at(name), body);
      const r = await pantau(['extract', at(name)]);
      expect(r.code, name).toBe(2);
      expect(oneErrorLine(r)).toMatch(msg);
      expect(r.stdout).toBe('');
    }
  }, SLOW);

  it('a page without any article text says so', async () => {
    writeFileSync(at('script-only.html'), '<html><head><script>app()</script></head><body><div id="app"></div></body></html>');
    const r = await pantau(['extract', at('script-only.html')]);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(/no article found/);
  }, SLOW);
});

describe('pantau analyze on bad input and outputs', () => {
  it('binary input: one line, exit 2, no output lines', async () => {
    writeFileSync(at('photo.jpg'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46, 0, 1]));
    const r = await pantau(['analyze', '--in', at('photo.jpg')]);
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toMatch(/photo\.jpg: binary data .*expected JSON lines/);
    expect(r.stdout).toBe('');
    const piped = await pantau(['analyze'], { input: Buffer.from([0x50, 0x4b, 3, 4, 0, 0, 0xff]) });
    expect(piped.code).toBe(2);
    expect(oneErrorLine(piped)).toMatch(/stdin: binary data/);
  }, SLOW);

  it('--out into a missing folder: one line, exit 2, no stack trace', async () => {
    const r = await pantau(['analyze', '--out', '/nonexistent-pantau-dir/x/out.jsonl'], { input: '{"id":"a","text":"banjir"}\n' });
    expect(r.code).toBe(2);
    expect(oneErrorLine(r)).toBe('pantau: error: cannot write /nonexistent-pantau-dir/x/out.jsonl: its folder does not exist');
  }, SLOW);

  it('a line longer than the cap is reported by number and the following lines are analyzed', async () => {
    const big = JSON.stringify({ id: 'big', text: 'banjir '.repeat(450_000) }); // ~3 MB
    const input = [JSON.stringify({ id: 'a', text: 'Jalan rusak di Kota Jambi' }), big, JSON.stringify({ id: 'c', text: 'Pelayanan KTP cepat' })].join('\n') + '\n';
    const r = await pantau(['analyze', '--max-line-mb', '1'], { input });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(['a', 'c']);
    expect(r.stderr).toMatch(/^pantau analyze: line 2: too long: 3\.0 MB \(limit 1\.0 MB, --max-line-mb\); skipped$/m);
  }, SLOW);

  it('nothing analyzable at all is exit 1', async () => {
    const r = await pantau(['analyze'], { input: '{nope\n[1,2]\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/0 analyzed, 2 line\(s\) skipped/);
  }, SLOW);
});

describe('without a config file', () => {
  it('search and factcheck import say so (and how to make one) instead of creating ./data/pantau.db', async () => {
    const cwd = mkdtempSync(join(dir, 'empty-'));
    for (const args of [['search', 'banjir'], ['factcheck', 'import', '-']]) {
      const r = await pantau(args, { cwd, input: '' });
      expect(r.code, args.join(' ')).not.toBe(0);
      expect(oneErrorLine(r)).toMatch(/no config file found .*pantau init.*--config FILE.*PANTAU_STORAGE_PATH/);
    }
    expect(readdirSync(cwd)).toEqual([]);
  }, SLOW);

  it('analyze works without one and opens no store; PANTAU_STORAGE_PATH is enough for search', async () => {
    const cwd = mkdtempSync(join(dir, 'analyze-'));
    const r = await pantau(['analyze'], { cwd, input: '{"id":"a","text":"Banjir di Telanaipura"}\n' });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).id).toBe('a');
    expect(readdirSync(cwd)).toEqual([]);
    const db = join(cwd, 'toko.db');
    const s = await pantau(['search', ''], { cwd, env: { PANTAU_STORAGE_PATH: db } });
    expect(s.code).toBe(0);
    expect(existsSync(db)).toBe(true);
  }, SLOW);
});

describe('pantau demo', () => {
  it('ranks only the news (the fact-check site is counted apart), in Indonesian words; --lang en', async () => {
    const id = await pantau(['demo', '--dir', at('demo-id')]);
    expect(id.code).toBe(0);
    const negative = id.stdout.slice(id.stdout.indexOf('Berita paling negatif'), id.stdout.indexOf('Terindikasi hoaks'));
    expect(negative.split('\n').length).toBeGreaterThan(3);
    expect(negative).not.toMatch(/\[HOAKS\]/);
    expect(id.stdout).toMatch(/Bantahan dari situs cek fakta: \d+/);
    expect(id.stdout).toMatch(/tersimpan \d+/);
    expect(id.stdout).toMatch(/Isu terbanyak: .*Pelayanan Publik \(\d+\)/);
    expect(id.stdout).toMatch(/\[ajakan menyebarkan, /);
    expect(id.stdout).not.toMatch(/provocation_share|pelayanan-publik/);
    const en = await pantau(['demo', '--lang', 'en', '--dir', at('demo-en')]);
    expect(en.stdout).toMatch(/Most negative stories/);
    expect(en.stdout).toMatch(/indexed \d+/);
    expect(en.stdout).toMatch(/Top issues: .*Public services \(\d+\)/);
    expect(en.stdout).toMatch(/\[call to share, /);
    const bad = await pantau(['demo', '--lang', 'jv', '--dir', at('demo-jv')]);
    expect(bad.code).toBe(2);
    expect(oneErrorLine(bad)).toMatch(/--lang: expected id or en, got "jv"/);
  }, SLOW);
});

describe('terminal escape injection', () => {
  it('audit channels prints hostile authors and comment texts as plain text; --json keeps them exact', async () => {
    const evilAuthor = 'Warga\x1b]0;PWNED\x07\x1b[2J';
    const evilText = 'Kapan jalan diperbaiki?\x1b[31m\u202egnalret\r\x9b2J';
    const rows = [
      { id: 'p1', url: 'https://www.instagram.com/p/P1/', text: 'Jadwal car free day Minggu', author: 'Pemkot Jambi', handle: 'pemkotjambi', date: '2026-11-02T01:00:00Z', owned: true },
      { id: 'c1', url: 'https://www.instagram.com/p/P1/c/c1/', text: evilText, author: evilAuthor, handle: 'warga1', date: '2026-11-02T02:00:00Z', replyTo: 'p1', threadId: 'p1' },
    ];
    const file = at('evil.jsonl');
    writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n') + '\n');
    const cfg = at('evil.yaml');
    writeFileSync(
      cfg,
      `storage: { path: ${at('evil.db')} }\nsources:\n  - { id: ig, name: IG Pemkot, kind: import, url: "${file}", owned: true, options: { ownedHandle: pemkotjambi, mapping: { authorHandle: handle } } }\n`,
    );
    expect((await pantau(['run', '--once', '--config', cfg])).code).toBe(0);
    const args = ['audit', 'channels', '--from', '2026-11-01', '--to', '2026-11-30', '--config', cfg];
    for (const extra of [[], ['--markdown']]) {
      const r = await pantau([...args, ...extra]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain('Kapan jalan diperbaiki?');
      expect(r.stdout).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e]/);
    }
    const json = JSON.parse((await pantau([...args, '--json'])).stdout);
    // JSON prints what is stored exactly: the text as written; the author is a one-line field, which
    // normalize stores with its control characters turned into spaces (src/pipeline/normalize.ts).
    expect(json.channels[0].overdue[0]).toMatchObject({ author: 'Warga ]0;PWNED [2J', text: evilText });
  }, SLOW);
});

describe('start-up loads what the command needs', () => {
  // A resolve hook lists every module the CLI loads (no timing: what is loaded is what costs).
  function hookFiles(): string[] {
    const hooks = at('hooks.mjs');
    writeFileSync(hooks, `export async function resolve(s, c, n) { const r = await n(s, c); process.stderr.write('MODULE ' + r.url + '\\n'); return r; }\n`);
    const reg = at('register.mjs');
    writeFileSync(reg, `import { register } from 'node:module';\nregister(${JSON.stringify('file://' + hooks)});\n`);
    return ['--import', 'file://' + reg];
  }
  const modules = (stderr: string) => stderr.split('\n').filter((l) => l.startsWith('MODULE ')).map((l) => l.slice(7));
  const heavy = /node_modules\/(cheerio|playwright-core|natural|idn-area-data|better-sqlite3)\/|\/analyzers\/(sentiment|hoax|regions|entities|topics\/index)|\/crawlers\/index\.js/;

  it('--help loads no crawler, analyzer, store, browser driver or config reader', async () => {
    const nodeArgs = hookFiles();
    const r = await pantau(['--help'], { nodeArgs });
    expect(r.code).toBe(0);
    for (const c of ['init', 'demo', 'run', 'crawl', 'extract', 'analyze', 'search', 'sources', 'factcheck', 'audit', 'train', 'eval']) expect(r.stdout).toContain(c);
    const loaded = modules(r.stderr);
    expect(loaded.length).toBeGreaterThan(10);
    expect(loaded.filter((m) => heavy.test(m) || /node_modules\/(zod|yaml|pino)\//.test(m))).toEqual([]);
  }, SLOW);

  it('extract loads the extractor but not zod, the store or the analyzers; search loads no crawler or analyzer', async () => {
    const nodeArgs = hookFiles();
    const page = join(ROOT, 'test', 'fixtures', 'pages', 'antara-singlepage.html');
    const e = await pantau(['extract', page], { nodeArgs });
    expect(e.code).toBe(0);
    const ex = modules(e.stderr);
    expect(ex.some((m) => m.includes('/crawlers/html/extract/'))).toBe(true);
    expect(ex.filter((m) => /node_modules\/(zod|yaml|better-sqlite3|playwright-core|natural|idn-area-data)\/|\/analyzers\/(sentiment|hoax|regions|entities)/.test(m))).toEqual([]);
    const s = await pantau(['search', 'banjir'], { nodeArgs, env: { PANTAU_STORAGE_PATH: at('startup.db') } });
    expect(s.code).toBe(0);
    expect(modules(s.stderr).filter((m) => /node_modules\/(cheerio|playwright-core|natural|idn-area-data)\/|\/analyzers\/(sentiment|hoax|regions|entities)|\/crawlers\/index\.js/.test(m))).toEqual([]);
  }, SLOW);
});
