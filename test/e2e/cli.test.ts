// End-to-end: the built CLI (`dist/`, as `npx pantau` runs it) against the demo site on loopback.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoSite, type DemoSite } from '../../src/cli/demo/site.js';
import { BIN, pantau, ROOT } from './helpers.js';

let site: DemoSite;
let dir: string;
let cfg: string;

beforeAll(async () => {
  site = await startDemoSite();
  dir = mkdtempSync(join(tmpdir(), 'pantau-e2e-'));
  cfg = join(dir, 'pantau.config.yaml');
  const berita = site.material.sources.find((s) => s.path === 'berita')!;
  writeFileSync(
    cfg,
    `storage: { driver: sqlite, path: ${join(dir, 'db', 'pantau.db')} }\n` +
      `crawl: { perHostIntervalMs: 0, retries: 0, timeoutMs: 5000 }\n` +
      `sources:\n  - { id: berita, kind: rss, url: "${site.feedUrl(berita)}" }\n`,
  );
}, 180_000);

afterAll(async () => {
  if (dir) rmSync(dir, { recursive: true, force: true });
  await site?.close();
});

describe('pantau CLI', () => {
  it('--help lists the commands', async () => {
    const r = await pantau(['--help']);
    expect(r.code).toBe(0);
    for (const c of ['init', 'demo', 'run', 'crawl', 'extract', 'analyze', 'search', 'sources']) expect(r.stdout).toContain(c);
  });

  it('run --once stores every allowed article and never fetches the disallowed one', async () => {
    const r = await pantau(['run', '--once', '--config', cfg]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    expect(site.requests.some((q) => q.path.startsWith('/private/'))).toBe(false);
    const all = JSON.parse((await pantau(['search', '', '--json', '--limit', '1000', '--config', cfg])).stdout);
    const expected = site.material.articles.filter((a) => a.source === 'berita' && !a.private);
    expect(all).toHaveLength(expected.length);
    for (const m of all) {
      expect(m.url).toMatch(/^http:\/\/127\.0\.0\.1/);
      expect(m.title).toBeTruthy();
    }
    const hit = JSON.parse((await pantau(['search', 'Pungutan', '--json', '--config', cfg])).stdout);
    expect(hit[0].title).toContain('Pungutan Liar');
  });

  it('a second run sends a conditional GET and fetches no known article', async () => {
    const before = site.requests.length;
    const r = await pantau(['run', '--once', '--config', cfg]);
    expect(r.code).toBe(0);
    const second = site.requests.slice(before);
    const feed = second.filter((q) => q.path.endsWith('rss.xml'));
    expect(feed).toHaveLength(1);
    expect(feed[0]!.ifNoneMatch).toBeTruthy();
    expect(second.filter((q) => q.path.endsWith('.html'))).toHaveLength(0);
    const all = JSON.parse((await pantau(['search', '', '--json', '--limit', '1000', '--config', cfg])).stdout);
    expect(all).toHaveLength(site.material.articles.filter((a) => a.source === 'berita' && !a.private).length);
  });

  it('a malformed config gives a one-line error naming the key and a non-zero exit', async () => {
    const bad = join(dir, 'bad.yaml');
    writeFileSync(bad, 'storage: { driver: sqlite, path: x.db }\ncrawl: { timeoutMs: soon }\n');
    const r = await pantau(['run', '--once', '--config', bad]);
    expect(r.code).not.toBe(0);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/crawl\.timeoutMs/);
    expect(r.stderr).toContain('bad.yaml');
  });

  it('demo runs offline and prints its summary', async () => {
    const r = await pantau(['demo', '--dir', join(dir, 'demo')]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Sebaran sentimen');
    expect(r.stdout).toContain('berita-jambi');
    expect(r.stdout).toMatch(/pantau search banjir --config /);
  });

  it('analyze never crashes on bad input and reports the bad line number', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Banjir lagi di Kota Jambi, warga kecewa pemkot lambat.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: '' }),
      JSON.stringify({ id: 'c', text: '😀😀😀' }),
      JSON.stringify({ id: 'd', text: '<p>Jalan <b>rusak</b> parah</p>' }),
      JSON.stringify({ id: 'e', text: 'x'.repeat(1_000_000) }),
    ].join('\n');
    const r = await pantau(['analyze', '--in', '-', '--out', '-'], { input });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 'c', 'd', 'e']);
    expect(r.stderr).toMatch(/line 2/);
    for (const l of lines) {
      expect(['positive', 'neutral', 'negative']).toContain(l.sentiment.label);
      expect(Array.isArray(l.topics) && Array.isArray(l.regions) && Array.isArray(l.entities)).toBe(true);
      expect(l.hoax.score).toBeGreaterThanOrEqual(0);
      expect(typeof l.hoax.flagged).toBe('boolean');
    }
  });
  it('a reader that closes the pipe early (| head) ends the run quietly with status 0', async () => {
    const input = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: `Banjir lagi di kecamatan ${i}, warga kecewa.` })).join('\n');
    const child = spawn(process.execPath, [BIN, 'analyze', '--in', '-', '--out', '-'], {
      cwd: ROOT,
      env: { ...process.env, PANTAU_LOG_LEVEL: 'error', PANTAU_CONFIG: '' },
    });
    const err: Buffer[] = [];
    child.stderr.on('data', (b: Buffer) => err.push(b));
    // Like `head -1`: read the first chunk, then close our end.
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(Buffer.concat(err).toString('utf8')).not.toMatch(/EPIPE|Unhandled/);
    expect(code).toBe(0);
  });
});
