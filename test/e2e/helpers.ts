import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
export const BIN = join(ROOT, 'dist', 'src', 'cli', 'main.js');

/**
 * Run the built CLI as `npx pantau` would, with quiet logs and no inherited PANTAU_CONFIG.
 * Asynchronous on purpose: the fixture servers live in this process and must keep answering.
 */
export function pantau(
  args: string[],
  opts: { input?: string | Buffer; env?: Record<string, string>; cwd?: string; nodeArgs?: string[] } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...(opts.nodeArgs ?? []), BIN, ...args], {
      cwd: opts.cwd ?? ROOT,
      env: { ...process.env, PANTAU_LOG_LEVEL: 'error', PANTAU_CONFIG: '', ...opts.env },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    const timer = setTimeout(() => child.kill('SIGKILL'), 120_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') });
    });
    child.stdin.end(opts.input ?? '');
  });
}

/** `pantau` with English output words: for tests that match the summary's words (Indonesian is the default). */
export function pantauEn(args: string[], opts: Parameters<typeof pantau>[1] = {}): ReturnType<typeof pantau> {
  return pantau(args, { ...opts, env: { PANTAU_LANG: 'en', ...opts.env } });
}

export function rssFeed(items: { title: string; link: string }[], leadingBlank = true): string {
  return `${leadingBlank ? '\n' : ''}<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Uji</title><link>http://example.test/</link>
${items.map((i) => `<item><title>${i.title}</title><link>${i.link}</link><pubDate>Mon, 23 Nov 2026 01:00:00 +0000</pubDate></item>`).join('\n')}
</channel></rss>`;
}

export function articleHtml(title: string, paragraphs: string[]): string {
  return `<!doctype html><html lang="id"><head><meta charset="utf-8"><title>${title} - Uji News</title>
<meta property="article:published_time" content="2026-11-23T08:00:00+07:00"></head><body>
<nav><a href="/">Beranda</a></nav><article><h1>${title}</h1>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>
<footer>Hak cipta</footer></body></html>`;
}
