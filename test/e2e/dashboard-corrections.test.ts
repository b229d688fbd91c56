// The correction controls in real headless Chromium against the built `pantau serve --port 0` over
// the fixture store: a humas officer merges one issue card into another and sees one card after a
// reload (undo brings both back), selects two mentions in the list and corrects their sentiment in
// one step, and corrects a mention's topic and place (the region found by name). No console errors.
import type { ChildProcess } from 'node:child_process';
import { rmSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, HAVE_CHROMIUM, launchChromium, loggedIn as openLoggedIn, startServer, stopServer } from '../helpers/dashboard-browser.js';
import { DAY, makeWebFixture, type WebFixture } from '../helpers/web-fixture.js';

if (!HAVE_CHROMIUM) console.warn(`dashboard correction browser tests skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);

let fx: WebFixture;
let server: ChildProcess | undefined;
let base: string;
let browser: Browser;
const loggedIn = (user: string, hash: string) => openLoggedIn(browser, base, user, { width: 1280, height: 900 }, hash);

describe.skipIf(!HAVE_CHROMIUM)('dashboard corrections in headless Chromium', () => {
  beforeAll(async () => {
    fx = await makeWebFixture();
    const s = await startServer(fx.configPath);
    server = s.proc;
    base = s.url;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await stopServer(server);
    if (fx) rmSync(fx.dir, { recursive: true, force: true });
  });

  it('merges two issues: one card after a reload, and undo brings both back', async () => {
    const { page, errors } = await loggedIn('sari', `#/isu?date=${DAY}`);
    await page.waitForSelector('[data-issue]');
    const cards = page.locator('[data-issue]');
    const n = await cards.count();
    const a = (await cards.nth(0).getAttribute('data-issue'))!;
    const b = (await cards.nth(1).getAttribute('data-issue'))!;
    const volume = async (id: string) => Number((await page.locator(`[data-issue="${id}"] [data-testid=volume]`).textContent())!.replace(/\D/g, ''));
    const [va, vb] = [await volume(a), await volume(b)];
    await cards.nth(0).locator('select[data-testid=merge-from]').selectOption(b);
    await cards.nth(0).locator('[data-testid=merge-apply]').click();
    await page.waitForSelector(`[data-issue="${b}"]`, { state: 'detached' });
    await page.reload();
    await page.waitForSelector(`[data-issue="${a}"]`);
    expect(await page.locator('[data-issue]').count()).toBe(n - 1);
    expect(await page.locator(`[data-issue="${b}"]`).count()).toBe(0);
    expect(await volume(a)).toBe(va + vb);
    const line = page.locator('[data-testid=issue-correction][data-kind=merge]');
    expect(await line.textContent()).toContain(b);
    await line.locator('[data-testid=issue-undo]').click();
    await page.waitForSelector(`[data-issue="${b}"]`);
    await page.reload();
    await page.waitForSelector(`[data-issue="${b}"]`);
    expect(await page.locator('[data-issue]').count()).toBe(n);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('selects two mentions and corrects their sentiment in one step; the change persists', async () => {
    const { page, errors } = await loggedIn('sari', '#/sebutan?sentiment=negative');
    await page.waitForSelector('#mention-list li[data-mention]');
    const rows = page.locator('#mention-list li[data-mention]');
    const total = await rows.count();
    expect(total).toBeGreaterThan(2);
    const ids = [(await rows.nth(0).getAttribute('data-mention'))!, (await rows.nth(1).getAttribute('data-mention'))!];
    await rows.nth(0).locator('input[data-testid=select]').check();
    await rows.nth(1).locator('input[data-testid=select]').check();
    expect(await page.locator('[data-testid=selected-count]').textContent()).toMatch(/^2 /);
    await page.selectOption('[data-testid=bulk-field]', 'sentiment');
    await page.selectOption('[data-testid=bulk-sentiment]', 'positive');
    await page.click('[data-testid=bulk-apply]');
    await page.waitForFunction(([x, y]) => !document.querySelector(`#mention-list li[data-mention="${x}"]`) && !document.querySelector(`#mention-list li[data-mention="${y}"]`), ids);
    await page.reload();
    await page.waitForSelector('#mention-list li[data-mention]');
    for (const id of ids) expect(await page.locator(`#mention-list li[data-mention="${id}"]`).count()).toBe(0);
    // Select all on the page ticks every row.
    await page.check('[data-testid=select-all]');
    expect(await page.locator('#mention-list input[data-testid=select]:checked').count()).toBe(await page.locator('#mention-list li[data-mention]').count());
    await page.goto(`${base}/#/sebutan?sentiment=positive`);
    await page.waitForSelector(`#mention-list li[data-mention="${ids[0]}"]`);
    expect(await page.locator(`#mention-list li[data-mention="${ids[1]}"] .corrected`).count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('corrects a mention’s topic and its place found by name', async () => {
    const { page, errors } = await loggedIn('sari', '#/sebutan');
    const row = page.locator('#mention-list li[data-mention]').first();
    await row.waitFor();
    const id = (await row.getAttribute('data-mention'))!;
    await row.locator('details.more-corrections summary').click();
    await row.locator('select[data-testid=correct-topic]').selectOption('pariwisata-budaya');
    await page.goto(`${base}/#/sebutan?topic=pariwisata-budaya`);
    const again = page.locator(`#mention-list li[data-mention="${id}"]`);
    await again.waitFor();
    await again.locator('details.more-corrections summary').click();
    await again.locator('input[data-testid=place-search]').fill('telanai');
    await page.waitForFunction((mid) => Boolean(document.querySelector(`li[data-mention="${mid}"] select[data-testid=place-results] option[value^="15.71"]`)), id);
    const code = await again.locator('select[data-testid=place-results] option[value^="15.71"]').first().getAttribute('value');
    await again.locator('select[data-testid=place-results]').selectOption(code!);
    await again.locator('[data-testid=place-apply]').click();
    await page.goto(`${base}/#/sebutan?region=${code}&topic=pariwisata-budaya`);
    await page.waitForSelector(`#mention-list li[data-mention="${id}"]`);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows no correction controls to pimpinan', async () => {
    const { page } = await loggedIn('walikota', `#/isu?date=${DAY}`);
    await page.waitForSelector('[data-issue]');
    expect(await page.locator('[data-testid=merge-from]').count()).toBe(0);
    await page.goto(`${base}/#/sebutan`);
    await page.waitForSelector('#mention-list li[data-mention]');
    expect(await page.locator('[data-testid=bulk], input[data-testid=select]').count()).toBe(0);
    await page.context().close();
  });
});
