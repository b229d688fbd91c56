// The dashboard in real headless Chromium (playwright-core, the system's Chromium) against the built
// `pantau serve --port 0` over a fixture store: log in, see the day's issues, correct a sentiment and
// see it persist after a reload and change the issue's counts, acknowledge an alert, the leadership
// view at 360×740 without horizontal scroll, a hostile title rendered as text, pimpinan refused on
// every write, a write without the CSRF token refused. Screenshots go to test-artifacts/.
import { mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ChildProcess } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, CHROMIUM, HAVE_CHROMIUM, launchChromium, loggedIn as login, startServer, stopServer } from '../helpers/dashboard-browser.js';
import { ALERT_ID, DAY, HOSTILE_ID, HOSTILE_TITLE, makeWebFixture, type WebFixture } from '../helpers/web-fixture.js';

if (!HAVE_CHROMIUM) console.warn(`dashboard browser tests skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

let fx: WebFixture;
let server: ChildProcess;
let base: string;
let browser: Browser;

const loggedIn = (user: string, viewport = { width: 1280, height: 900 }, hash = `#/isu?date=${DAY}`): Promise<{ page: Page; errors: string[] }> => login(browser, base, user, viewport, hash);

const split = async (page: Page, issueId: string) => {
  const el = page.locator(`[data-issue="${issueId}"] [data-testid=split]`);
  return { negative: Number(await el.getAttribute('data-negative')), positive: Number(await el.getAttribute('data-positive')) };
};

describe.skipIf(!HAVE_CHROMIUM)('dashboard in headless Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    fx = await makeWebFixture();
    const s = await startServer(fx.configPath);
    server = s.proc;
    base = s.url;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    if (fx) rmSync(fx.dir, { recursive: true, force: true });
  });

  it('logs in and shows the day’s issues as cards with the chart, without console errors', async () => {
    const { page, errors } = await loggedIn('sari');
    await page.waitForSelector('[data-issue]');
    expect(await page.locator('#login').isVisible()).toBe(false);
    const cards = page.locator('[data-issue]');
    expect(await cards.count()).toBeGreaterThan(2);
    expect((await cards.first().locator('h2').textContent())!.length).toBeGreaterThan(3);
    await page.waitForFunction(() => {
      const c = document.querySelector('.chart-box canvas') as HTMLCanvasElement | null;
      return Boolean(c && c.width > 0);
    });
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-main.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('corrects a sentiment: it persists after a reload and changes the issue’s counts', async () => {
    const { page } = await loggedIn('sari');
    await page.waitForSelector('[data-issue]');
    const first = page.locator('[data-issue]').first();
    const issueId = (await first.getAttribute('data-issue'))!;
    const before = await split(page, issueId);
    await first.locator('[data-testid=mentions] summary').click();
    const row = first.locator('li[data-mention]').filter({ has: page.locator('[data-testid=sentiment].s-negative') }).first();
    await row.waitFor();
    const mentionId = (await row.getAttribute('data-mention'))!;
    await row.locator('select[data-testid=correct-sentiment]').selectOption('positive');
    await page.waitForFunction(
      ([id, n]) => Number(document.querySelector(`[data-issue="${id}"] [data-testid=split]`)?.getAttribute('data-negative')) === n,
      [issueId, before.negative - 1] as const,
    );
    await page.reload();
    await page.waitForSelector(`[data-issue="${issueId}"]`);
    expect(await split(page, issueId)).toEqual({ negative: before.negative - 1, positive: before.positive + 1 });
    const card = page.locator(`[data-issue="${issueId}"]`);
    await card.locator('[data-testid=mentions] summary').click();
    const again = card.locator(`li[data-mention="${mentionId}"]`);
    await again.waitFor();
    expect(await again.locator('[data-testid=sentiment]').getAttribute('class')).toBe('s-positive');
    expect(await again.locator('.corrected').count()).toBe(1);
    await page.context().close();
  });

  it('renders a title holding <script> and <img onerror> as text', async () => {
    const { page, errors } = await loggedIn('sari', undefined, '#/sebutan?q=pwned');
    const row = page.locator(`li[data-mention="${HOSTILE_ID}"]`);
    await row.waitFor();
    expect(await row.locator('.title').textContent()).toBe(HOSTILE_TITLE);
    expect(await row.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    const rel = await row.locator('a').getAttribute('rel');
    expect(rel).toBe('noopener noreferrer');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('acknowledges an alert', async () => {
    const { page } = await loggedIn('sari', undefined, '#/peringatan');
    const card = page.locator(`[data-alert="${ALERT_ID}"]`);
    await card.waitFor();
    await card.locator('[data-testid=ack]').click();
    await page.waitForFunction((id) => document.querySelector(`[data-alert="${id}"] [data-testid=alert-state]`)?.textContent === 'diakui', ALERT_ID);
    await page.reload();
    await page.locator(`[data-alert="${ALERT_ID}"] [data-testid=alert-state]`).waitFor();
    expect(await page.locator(`[data-alert="${ALERT_ID}"] [data-testid=alert-state]`).textContent()).toBe('diakui');
    expect(await page.locator(`[data-alert="${ALERT_ID}"] [data-testid=ack]`).count()).toBe(0);
    await page.context().close();
  });

  it('shows the leadership view on a 360×740 phone without horizontal scroll, read-only for pimpinan', async () => {
    const { page, errors } = await loggedIn('walikota', { width: 360, height: 740 }, `#/pimpinan?date=${DAY}`);
    await page.waitForSelector('[data-testid=kpi-mentions]');
    await page.waitForSelector('.leader .issue-line');
    const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
    expect(scroll).toBeLessThanOrEqual(client);
    const size = await page.evaluate(() => parseFloat(getComputedStyle(document.querySelector('.kpi b')!).fontSize));
    expect(size).toBeGreaterThanOrEqual(28);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone-leadership.png'), fullPage: true });
    // Read-only: no correction controls on the issue map either.
    await page.goto(`${base}/#/isu?date=${DAY}`);
    await page.waitForSelector('[data-issue]');
    await page.locator('[data-issue] [data-testid=mentions] summary').first().click();
    await page.locator('[data-issue] li[data-mention]').first().waitFor();
    expect(await page.locator('select[data-testid=correct-sentiment]').count()).toBe(0);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('refuses every write of a pimpinan (403), even with the CSRF token', async () => {
    const { page } = await loggedIn('walikota', { width: 360, height: 740 }, '#/pimpinan');
    const codes = await page.evaluate(
      async ([mention, alert]) => {
        const s = (await (await fetch('/api/session')).json()) as { csrf: string };
        const post = (path: string, body?: unknown) =>
          fetch(path, { method: 'POST', headers: { 'x-csrf-token': s.csrf, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}) }).then((r) => r.status);
        return [
          await post(`/api/mentions/${mention}/corrections`, { field: 'sentiment', value: 'positive' }),
          await post('/api/corrections', { mentionIds: [mention], field: 'hoax', value: true }),
          await post('/api/corrections/1/undo'),
          await post(`/api/alerts/${alert}/ack`),
        ];
      },
      [HOSTILE_ID, ALERT_ID] as const,
    );
    expect(codes).toEqual([403, 403, 403, 403]);
    await page.context().close();
  });

  it('refuses a write without the CSRF token', async () => {
    const { page } = await loggedIn('sari');
    const status = await page.evaluate(async (mention) => {
      const r = await fetch(`/api/mentions/${mention}/corrections`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ field: 'sentiment', value: 'positive' }) });
      return r.status;
    }, HOSTILE_ID);
    expect(status).toBe(403);
    await page.context().close();
  });
});
