// Acceptance 5 of the foundation issue: bad input gets a clear one-line error and a non-zero exit,
// and nothing already stored is lost.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { articleHtml, pantauEn as pantau, rssFeed } from './helpers.js';

let srv: FixtureServer;
let dir: string;

function config(name: string, sources: string[]): string {
  const file = join(dir, `${name}.yaml`);
  writeFileSync(
    file,
    `storage: { driver: sqlite, path: ${join(dir, 'pantau.db')} }\n` +
      `crawl: { perHostIntervalMs: 0, retries: 0, timeoutMs: 3000, maxBytes: 1000000 }\n` +
      `sources:\n${sources.map((s) => `  - ${s}\n`).join('')}`,
  );
  return file;
}

async function count(cfg: string): Promise<number> {
  return JSON.parse((await pantau(['search', '', '--json', '--limit', '1000', '--config', cfg])).stdout).length;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-bad-'));
  srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n', headers: { 'content-type': 'text/plain' } });
  srv.route('/good.xml', {
    headers: { 'content-type': 'application/rss+xml' },
    body: rssFeed([
      { title: 'Satu', link: srv.url('/a1.html') },
      { title: 'Dua', link: srv.url('/a2.html') },
      { title: 'Gambar', link: srv.url('/img.html') },
      { title: 'Besar', link: srv.url('/huge.html') },
    ]),
  });
  const para = 'Pemerintah Kota Jambi memperbaiki saluran drainase di beberapa kelurahan agar banjir tidak terulang saat musim hujan tiba.';
  srv.route('/a1.html', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articleHtml('Drainase Kota Jambi Diperbaiki', [para, para]) });
  srv.route('/a2.html', { headers: { 'content-type': 'text/html; charset=utf-8' }, body: articleHtml('Pasar Murah Digelar di Jelutung', [para]) });
  srv.route('/img.html', { headers: { 'content-type': 'image/png' }, body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3]) });
  srv.route('/huge.html', { headers: { 'content-type': 'text/html' }, body: `<html><body><p>${'besar '.repeat(400_000)}</p></body></html>` });
  srv.route('/malformed.xml', { headers: { 'content-type': 'application/rss+xml' }, body: '<rss><channel><item><title>putus' });
  srv.route('/notafeed.xml', { headers: { 'content-type': 'image/jpeg' }, body: Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10]) });
});

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await srv?.close();
});

describe('bad input', () => {
  it('a non-HTML article and a huge page are reported one line each, the good articles are stored, exit 0', async () => {
    const cfg = config('good', [`{ id: good, kind: rss, url: "${srv.url('/good.xml')}" }`]);
    const r = await pantau(['run', '--once', '--config', cfg]);
    // Items that could not be stored do not fail the source (exit 0); they are shown and retried later.
    expect(r.code).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    const img = lines.find((l) => l.includes('/img.html'))!;
    expect(img).toMatch(/^pantau: warning: good: dropped .*not html: image\/png/i);
    expect(lines.find((l) => l.includes('/huge.html'))).toMatch(/too large|limit|bytes/i);
    // The URL is said once per line, not repeated inside the reason.
    for (const l of lines) expect(l.split(srv.origin).length - 1).toBe(1);
    expect(r.stdout).toMatch(/^ok {3}good: indexed 2, dropped 2$/m);
    expect(r.stdout).toMatch(/^ +dropped 1 \(not HTML\): .*\/img\.html$/m);
    expect(r.stdout).toMatch(/^ +dropped 1 \(too large: over crawl\.maxBytes\): .*\/huge\.html$/m);
    expect(await count(cfg)).toBe(2);
  });

  it('an unreachable source and a malformed feed fail with one line each and lose nothing stored', async () => {
    const cfg = config('mixed', [
      `{ id: good, kind: rss, url: "${srv.url('/good.xml')}" }`,
      `{ id: down, kind: rss, url: "http://127.0.0.1:1/feed.xml" }`,
      `{ id: broken, kind: rss, url: "${srv.url('/malformed.xml')}" }`,
      `{ id: jpeg, kind: rss, url: "${srv.url('/notafeed.xml')}" }`,
    ]);
    const r = await pantau(['run', '--once', '--config', cfg]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split('\n');
    expect(lines.filter((l) => l.includes('source down failed'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('source broken failed'))).toHaveLength(1);
    expect(lines.filter((l) => l.includes('source jpeg failed'))).toHaveLength(1);
    for (const l of lines) expect(l.startsWith('pantau: error:')).toBe(true);
    expect(await count(cfg)).toBe(2);
    const sources = JSON.parse((await pantau(['sources', '--json', '--config', cfg])).stdout);
    expect(sources.find((s: { id: string }) => s.id === 'down').status).toBe('failing');
  });

  it('config errors name the key and the file', async () => {
    const unknown = join(dir, 'unknown.yaml');
    writeFileSync(unknown, 'storage: { driver: sqlite, path: x.db, colour: red }\n');
    let r = await pantau(['run', '--once', '--config', unknown]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/unknown\.yaml: unknown key "storage\.colour"/);

    const yaml = join(dir, 'yaml.yaml');
    writeFileSync(yaml, 'sources: [ { id: a, kind: rss\n');
    r = await pantau(['run', '--once', '--config', yaml]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/not valid YAML/);

    r = await pantau(['run', '--once', '--config', join(dir, 'missing.yaml')]);
    expect(r.code).not.toBe(0);
    expect(r.stderr).toMatch(/cannot read config file .*missing\.yaml/);
  });
});
