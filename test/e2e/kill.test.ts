// Issue 16.1 from outside: `pantau run --once` on a loopback feed of a few hundred articles whose
// links differ from the pages' rel=canonical is killed with SIGKILL at several moments — after some
// stored batches, and right after the feed's ETag is saved — and run again. Nothing may be lost for
// good: in the end every article is stored exactly once and the feed answers 304.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { canonicalizeUrl } from '../../crawlers/shared/url.js';
import { mentionId } from '../../src/core/ids.js';
import { startFixtureServer, type FixtureServer } from '../helpers/fixture-server.js';
import { BIN, ROOT } from './helpers.js';

const N = 310; // not a multiple of the batch size: the last batch is a partial one
let srv: FixtureServer;
let dir: string;
let cfg: string;
let dbPath: string;

const para = 'Pemerintah Kota Jambi memperbaiki saluran drainase di beberapa kelurahan agar banjir tidak terulang saat musim hujan tiba.';
const page = (i: number, canonical: string) => `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>Berita ${i}</title>
<link rel="canonical" href="${canonical}"></head><body><article><h1>Berita nomor ${i} tentang Kota Jambi</h1><p>${para} (${i})</p><p>${para}</p></article></body></html>`;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pantau-kill-'));
  srv = await startFixtureServer();
  srv.route('/robots.txt', { body: 'User-agent: *\nAllow: /\n' });
  const items: string[] = [];
  for (let i = 1; i <= N; i++) {
    srv.route(`/link/${i}`, { headers: { 'content-type': 'text/html; charset=utf-8' }, body: page(i, srv.url(`/berita/${i}`)), delayMs: 2 });
    items.push(`<item><title>Berita ${i}</title><link>${srv.url(`/link/${i}`)}</link></item>`);
  }
  const feed = `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Uji</title>${items.join('')}</channel></rss>`;
  srv.route('/feed.xml', (req) =>
    req.headers['if-none-match'] === '"v1"' ? { status: 304, headers: { etag: '"v1"' } } : { headers: { 'content-type': 'application/rss+xml', etag: '"v1"' }, body: feed },
  );
  dbPath = join(dir, 'pantau.db');
  cfg = join(dir, 'pantau.config.yaml');
  writeFileSync(
    cfg,
    `storage: { driver: sqlite, path: ${dbPath}, batchSize: 20 }\n` +
      `crawl: { perHostIntervalMs: 0, perHostConcurrency: 4, retries: 0, timeoutMs: 5000, maxItemsPerSource: 1000 }\n` +
      `sources:\n  - { id: berita, kind: rss, url: "${srv.url('/feed.xml')}" }\n`,
  );
});
afterAll(async () => {
  await srv?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Read the database the child is writing (WAL: readers never wait); undefined while it cannot be read. */
function peek(): { mentions: number; etag: boolean } | undefined {
  if (!existsSync(dbPath)) return undefined;
  try {
    const db = new Database(dbPath, { readonly: true, fileMustExist: true });
    try {
      const mentions = db.prepare('SELECT count(*) FROM mentions').pluck().get() as number;
      const etag = db.prepare('SELECT etag FROM fetch_state WHERE url = ?').pluck().get(srv.url('/feed.xml')) as string | null | undefined;
      return { mentions, etag: !!etag };
    } finally {
      db.close();
    }
  } catch {
    return undefined; // not created or not migrated yet
  }
}

/** Run `pantau run --once`; SIGKILL it as soon as `killWhen` holds. Resolves with how it ended. */
function runUntil(killWhen?: (s: { mentions: number; etag: boolean }) => boolean): Promise<{ killed: boolean; code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, 'run', '--once', '--config', cfg], {
      cwd: ROOT,
      env: { ...process.env, PANTAU_LOG_LEVEL: 'error', PANTAU_CONFIG: '', PANTAU_LANG: 'en' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let killed = false;
    let done = false;
    child.stdout.setEncoding('utf8').on('data', (c: string) => (stdout += c));
    child.stderr.resume();
    const guard = setTimeout(() => child.kill('SIGKILL'), 120_000);
    const poll = () => {
      if (done || killed || !killWhen) return;
      const s = peek();
      if (s && killWhen(s)) {
        killed = true;
        child.kill('SIGKILL');
        return;
      }
      setTimeout(poll, 1);
    };
    poll();
    child.on('error', reject);
    child.on('close', (code) => {
      done = true;
      clearTimeout(guard);
      resolve({ killed, code, stdout });
    });
  });
}

describe('kill -9 during run --once (16.1)', () => {
  it('loses nothing for good: every article is stored exactly once after the reruns', { timeout: 240_000 }, async () => {
    const rounds = [
      await runUntil((s) => s.mentions >= 60),
      await runUntil((s) => s.mentions >= 180),
      // The moment the issue names: right after the feed's validators are saved.
      await runUntil((s) => s.etag),
    ];
    expect(rounds.filter((r) => r.killed).length).toBeGreaterThanOrEqual(2);
    const last = await runUntil();
    expect(last.code).toBe(0);

    const db = new Database(dbPath, { readonly: true });
    try {
      const ids = db.prepare('SELECT id FROM mentions').pluck().all() as string[];
      const want = Array.from({ length: N }, (_, i) => mentionId(canonicalizeUrl(srv.url(`/berita/${i + 1}`))));
      expect(ids.length).toBe(N);
      expect(new Set(ids)).toEqual(new Set(want));
    } finally {
      db.close();
    }
    // And the feed is done: a 304, nothing fetched or stored again.
    const pages = srv.requests.filter((r) => r.path.startsWith('/link/')).length;
    const again = await runUntil();
    expect(again.stdout).toMatch(/^ok {3}berita: indexed 0$/m);
    expect(srv.requestsTo('/feed.xml').at(-1)!.headers['if-none-match']).toBe('"v1"');
    expect(srv.requests.filter((r) => r.path.startsWith('/link/')).length).toBe(pages);
  });
});
