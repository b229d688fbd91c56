// Issues 16.3 and 16.14 as the operator meets them: `pantau run --once` says per source what was
// skipped, dropped or failed and why (robots.txt, SSRF refusal, not HTML, too large, HTTP 404) without
// debug logs, warns when an html-list selector matched nothing, never repeats a URL inside its line,
// says when another run holds a source, and exits 1 only when a *source* failed.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { articleHtml, pantauEn as pantau, rssFeed } from './helpers.js';

let srv: FixtureServer;
let dir: string;
const para = 'Pemerintah Kota Jambi memperbaiki saluran drainase di beberapa kelurahan agar banjir tidak terulang saat musim hujan tiba.';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-report-'));
  srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nDisallow: /private/\n', headers: { 'content-type': 'text/plain' } });
  const feed = {
    headers: { 'content-type': 'application/rss+xml', etag: '"f1"' },
    body: rssFeed([
      { title: 'Satu', link: srv.url('/a1.html') },
      { title: 'Rahasia', link: srv.url('/private/x.html') },
      { title: 'Metadata', link: 'http://169.254.169.254/latest/meta-data/' },
      { title: 'Dokumen', link: srv.url('/doc.pdf') },
      { title: 'Besar', link: srv.url('/huge.html') },
      { title: 'Hilang', link: srv.url('/gone.html') },
    ]),
  };
  srv.route('/feed.xml', (req) => (req.headers['if-none-match'] === '"f1"' ? { status: 304, headers: { etag: '"f1"' } } : feed));
  srv.route('/a1.html', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articleHtml('Drainase Kota Jambi Diperbaiki', [para, para]) });
  srv.route('/doc.pdf', { headers: { 'content-type': 'application/pdf' }, body: '%PDF-1.4' });
  srv.route('/huge.html', { headers: { 'content-type': 'text/html' }, body: `<html><body><p>${'besar '.repeat(400_000)}</p></body></html>` });
  srv.route('/gone.html', { status: 404, body: 'tidak ada' });
  srv.route('/berita', { headers: { 'content-type': 'text/html' }, body: '<html><body><ul><li><a class="judul" href="/a1.html">Satu</a></li></ul></body></html>' });
});
afterAll(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

function config(name: string, sources: string[]): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `storage: { driver: sqlite, path: ${join(dir, `${name}.db`)} }\n` +
      `crawl: { perHostIntervalMs: 0, retries: 0, timeoutMs: 3000, maxBytes: 1000000 }\n` +
      `sources:\n${sources.map((s) => `  - ${s}\n`).join('')}`,
  );
  return file;
}

describe('run --once reports (16.14, 16.3)', () => {
  it('says per source what was skipped and why, warns of a selector that matched nothing, exit 0', async () => {
    const cfg = config('report', [
      `{ id: berita, kind: rss, url: "${srv.url('/feed.xml')}" }`,
      `{ id: daftar, kind: html-list, url: "${srv.url('/berita')}", options: { linkSelector: "a.tidak-ada" } }`,
    ]);
    const r = await pantau(['run', '--once', '--config', cfg]);
    expect(r.code).toBe(0);
    const out = r.stdout.split('\n');
    expect(out[0]).toBe('ok   berita: indexed 1, skipped 2, dropped 2, failed 1');
    const details = out.slice(1, 6).map((l) => l.trim());
    expect(details).toEqual(
      expect.arrayContaining([
        `skipped 1 (robots.txt): ${srv.url('/private/x.html')}`,
        'skipped 1 (SSRF refusal: private address): http://169.254.169.254/latest/meta-data/',
        `dropped 1 (not HTML): ${srv.url('/doc.pdf')}`,
        `dropped 1 (too large: over crawl.maxBytes): ${srv.url('/huge.html')}`,
        `failed 1 (HTTP 404): ${srv.url('/gone.html')}`,
      ]),
    );
    expect(out).toContain('ok   daftar: indexed 0');
    const err = r.stderr.trim().split('\n');
    expect(err).toContain(`pantau: warning: daftar: html-list: options.linkSelector "a.tidak-ada" matched nothing on ${srv.url('/berita')}`);
    const gone = err.find((l) => l.includes('/gone.html'))!;
    expect(gone).toMatch(/^pantau: warning: berita: failed http:\S+\/gone\.html: HTTP 404 Not Found \(attempt 1 of 5, next try in 30 min\)$/);
    for (const l of err.filter((x) => x.includes(' failed ') || x.includes(' dropped '))) expect(l.split('http').length - 1).toBe(1);

    // The next run: the feed answers 304 (one dead link no longer breaks it), nothing is refetched.
    const again = await pantau(['run', '--once', '--config', cfg]);
    expect(again.code).toBe(0);
    expect(again.stdout.split('\n')[0]).toBe('ok   berita: indexed 0');
    expect(srv.requestsTo('/feed.xml').at(-1)!.headers['if-none-match']).toBe('"f1"');
    expect(srv.requestsTo('/gone.html')).toHaveLength(1);
  });

  it('says when another run holds a source, and exits 1 only for a failed source', async () => {
    const cfg = config('busy', [`{ id: berita, kind: rss, url: "${srv.url('/feed.xml')}" }`, `{ id: mati, kind: rss, url: "http://127.0.0.1:1/feed.xml" }`]);
    // Another pantau (elsewhere) is crawling "berita" right now.
    const first = await pantau(['sources', '--config', cfg]); // creates the database
    expect(first.code).toBe(0);
    const db = new Database(join(dir, 'busy.db'));
    db.prepare('INSERT INTO leases (name, owner, expires_ms) VALUES (?, ?, ?)').run('source:berita', 'kantor-humas:4242:abcd', Date.now() + 600_000);
    db.close();
    const r = await pantau(['run', '--once', '--config', cfg]);
    expect(r.stdout).toMatch(/^busy berita: being crawled by another pantau run \(pid 4242 on kantor-humas, lease until .+\)$/m);
    expect(r.stdout).toMatch(/^FAIL mati: indexed 0 — /m);
    expect(r.stderr).toMatch(/^pantau: error: source mati failed: /m);
    expect(r.code).toBe(1);
    expect(srv.requestsTo('/feed.xml')).toHaveLength(2); // only the two runs of the first test
  });
});
