// What the dashboard's browser tests share: the system Chromium (skipped with one line without it),
// the built `pantau serve --port 0` in a child process, and a logged-in page that records console
// errors (a CSP violation is one).
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { BIN, ROOT } from '../e2e/helpers.js';
import { PASSWORD } from './web-fixture.js';

export const CHROMIUM = process.env.PANTAU_CRAWL_CHROMIUM_PATH || '/usr/bin/chromium';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const ARTIFACTS = join(ROOT, 'test-artifacts');

export async function launchChromium(): Promise<Browser> {
  const { chromium } = await import('playwright-core');
  const { chromiumArgs } = await import('../../crawlers/render/browser.js');
  return chromium.launch({ executablePath: CHROMIUM, args: chromiumArgs() });
}

export async function startServer(configPath: string): Promise<{ proc: ChildProcess; url: string }> {
  const proc = spawn(process.execPath, [BIN, 'serve', '--port', '0', '--config', configPath], { env: { ...process.env, PANTAU_LOG_LEVEL: 'error', PANTAU_CONFIG: '' }, stdio: ['ignore', 'pipe', 'pipe'] });
  let err = '';
  proc.stderr!.on('data', (b: Buffer) => (err += b.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`serve did not start: ${err}`)), 60_000);
    proc.stdout!.on('data', (b: Buffer) => {
      out += b.toString();
      const m = /listening on (http:\/\/\S+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    });
    proc.on('exit', (code) => reject(new Error(`serve exited ${code}: ${err}`)));
  });
  return { proc, url };
}

export async function stopServer(proc: ChildProcess | undefined): Promise<void> {
  if (proc && proc.exitCode === null) {
    proc.kill('SIGTERM');
    await new Promise((r) => proc.once('exit', r));
  }
}

export async function loggedIn(
  browser: Browser,
  base: string,
  user: string,
  viewport = { width: 1280, height: 900 },
  hash = '#/isu',
  ctxOpts: { hasTouch?: boolean; isMobile?: boolean } = {},
): Promise<{ page: Page; errors: string[] }> {
  const ctx = await browser.newContext({ viewport, ...ctxOpts });
  const page = await ctx.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${base}/${hash}`);
  await page.fill('#login input[name=username]', user);
  await page.fill('#login input[name=password]', PASSWORD);
  await page.click('#login button[type=submit]');
  await page.waitForSelector('#nav:not([hidden])');
  return { page, errors };
}
