// The choropleth and the issue page in real headless Chromium against the built `pantau serve`:
// - a server over the web fixture with a small boundary file drawn for the tests: the day's map
//   shows every kecamatan as an SVG area with its name and a legend, hover shows the counts, a click
//   lists that area's mentions exactly as the API's region filter gives them, and the phone
//   viewport (360 × 740, touch) has no horizontal scroll and shows the counts on a tap;
// - a server over the evaluation fixture without a boundary file (tile grid): the issue page shows
//   no response, a humas officer links the office's release by hand and sees the fall in negative
//   share with its interval as `pantau evaluate --format json` computes it, the small road issue
//   says "belum cukup data", unlinking takes the effect away, pimpinan sees it read-only.
// Screenshots go to test-artifacts/.
import type { ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvaluationReport } from '../../src/evaluation/report.js';
import { colourOf } from '../../src/maps/choropleth.js';
import { ARTIFACTS, CHROMIUM, HAVE_CHROMIUM, launchChromium, loggedIn, startServer, stopServer } from '../helpers/dashboard-browser.js';
import { makeEvaluationWebFixture, RELEASE_ID, ROAD_FACT, type EvaluationWebFixture } from '../helpers/evaluation-web-fixture.js';
import { DAY, makeWebFixture, type WebFixture } from '../helpers/web-fixture.js';
import { pantau, ROOT } from './helpers.js';

if (!HAVE_CHROMIUM) console.warn(`choropleth and issue-page browser tests skipped: Chromium not found at ${CHROMIUM} (apt-get install -y chromium)`);
const BOUNDARIES = join(ROOT, 'test', 'fixtures', 'geo', 'kota-jambi-kecamatan.geojson');
const PHONE = { width: 360, height: 740 };

let browser: Browser;
let web: WebFixture;
let evalFx: EvaluationWebFixture;
let geoServer: ChildProcess;
let evalServer: ChildProcess;
let geoBase: string;
let evalBase: string;

const noHorizontalScroll = async (page: Page) => {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
};

/** What `pantau evaluate --format json` says about one issue (read beside the running server). */
async function cliEffect(issueId: string) {
  const r = await pantau(['evaluate', '--from', '2026-11-29', '--to', '2026-12-01', '--as-of', '2026-12-02', '--format', 'json', '--no-maps', '--config', evalFx.configPath]);
  expect(r.code, r.stderr).toBe(0);
  return (JSON.parse(r.stdout) as EvaluationReport).issues.find((i) => i.issueId === issueId)?.effect;
}

describe.skipIf(!HAVE_CHROMIUM)('choropleth and issue page in headless Chromium', () => {
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    [web, evalFx] = await Promise.all([makeWebFixture(), makeEvaluationWebFixture()]);
    appendFileSync(web.configPath, `map:\n  boundaries: ${JSON.stringify(BOUNDARIES)}\n`);
    const [g, e] = await Promise.all([startServer(web.configPath), startServer(evalFx.configPath)]);
    [geoServer, geoBase, evalServer, evalBase] = [g.proc, g.url, e.proc, e.url];
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await Promise.all([stopServer(geoServer), stopServer(evalServer)]);
    for (const d of [web?.dir, evalFx?.dir]) if (d) rmSync(d, { recursive: true, force: true });
  });

  it('draws every kecamatan of the boundary file with its name and a legend; hover shows counts; a click filters the mentions', async () => {
    const { page, errors } = await loggedIn(browser, geoBase, 'sari', undefined, `#/isu?date=${DAY}`);
    const areas = page.locator('[data-testid=choropleth] svg path.geo-area');
    await areas.first().waitFor();
    expect(await areas.count()).toBe(11);
    const labels = await page.locator('[data-testid=choropleth] svg text.geo-label').allTextContents();
    expect(labels).toContain('Telanaipura');
    expect(labels).toHaveLength(11);
    expect(await page.locator('[data-testid=geo-legend] i').count()).toBe(6);
    // The busiest area by negative mentions: the scale's colour for the maximum, its figures on hover.
    const stats = await areas.evaluateAll((els) => els.map((e) => ({ code: e.getAttribute('data-code')!, count: Number(e.getAttribute('data-count')), negative: Number(e.getAttribute('data-negative')), fill: e.getAttribute('fill') })));
    const top = stats.reduce((a, b) => (b.negative > a.negative ? b : a));
    expect(top.negative).toBeGreaterThan(0);
    expect(top.fill).toBe(colourOf(top.negative, top.negative));
    const target = page.locator(`[data-testid=choropleth] path[data-code="${top.code}"]`);
    await target.hover();
    await page.waitForFunction((code) => document.querySelector('[data-testid=geo-info]')!.textContent!.includes(`(${code})`), top.code);
    expect(await page.locator('[data-testid=geo-info]').textContent()).toMatch(new RegExp(`${top.negative} negatif / ${top.count} sebutan`));
    await target.click();
    const list = page.locator(`[data-testid=geo-mention-list][data-region="${top.code}"][data-loaded=true]`);
    await list.waitFor();
    const shown = await list.locator('li[data-mention]').evaluateAll((els) => els.map((e) => e.getAttribute('data-mention')));
    const expected = await page.evaluate(async ([code, day]) => {
      const r = await fetch(`/api/mentions?region=${code}&from=${day}&to=${day}&limit=50`);
      return ((await r.json()) as { items: { id: string }[] }).items.map((m) => m.id);
    }, [top.code, DAY] as const);
    const all = await page.evaluate(async (day) => ((await (await fetch(`/api/mentions?from=${day}&to=${day}&limit=200`)).json()) as { items: unknown[] }).items.length, DAY);
    expect(shown).toEqual(expected);
    expect(shown.length).toBe(Math.min(top.count, 50)); // the list holds exactly the counted mentions
    expect(shown.length).toBeLessThan(all);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-choropleth.png'), fullPage: true });
    // The full mentions list opens with the region filter filled in.
    await page.locator('[data-testid=geo-open-list]').click();
    await page.waitForSelector('#mention-list li[data-mention]');
    expect(await page.inputValue('input[name=region]')).toBe(top.code);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('fits a 360×740 phone without horizontal scroll and shows an area’s counts on a tap', async () => {
    const { page, errors } = await loggedIn(browser, geoBase, 'walikota', PHONE, `#/isu?date=${DAY}`, { hasTouch: true, isMobile: true });
    await page.locator('[data-testid=choropleth] path.geo-area').first().waitFor();
    const busiest = await page.locator('[data-testid=choropleth] path.geo-area').evaluateAll((els) => els.reduce((a, b) => (Number(b.getAttribute('data-count')) > Number(a.getAttribute('data-count')) ? b : a)).getAttribute('data-code'));
    const area = page.locator(`[data-testid=choropleth] path[data-code="${busiest}"]`);
    await page.waitForSelector('[data-issue]');
    await noHorizontalScroll(page);
    const box = (await page.locator('[data-testid=choropleth] svg').boundingBox())!;
    expect(box.width).toBeLessThanOrEqual(PHONE.width);
    expect(box.width).toBeGreaterThan(250);
    await area.scrollIntoViewIfNeeded();
    await area.tap();
    const code = (await area.getAttribute('data-code'))!;
    await page.waitForFunction((c) => document.querySelector('[data-testid=geo-info]')!.textContent!.includes(`(${c})`), code);
    await page.locator(`[data-testid=geo-mention-list][data-region="${code}"][data-loaded=true]`).waitFor();
    expect(await page.locator('[data-testid=geo-mention-list] li[data-mention]').count()).toBe(Number(await area.getAttribute('data-count')));
    expect(await page.locator('[data-testid=geo-info]').textContent()).toContain(`(${code})`);
    await noHorizontalScroll(page);
    await page.locator('[data-testid=choropleth]').screenshot({ path: join(ARTIFACTS, 'dashboard-phone-choropleth.png') });
    expect(await page.locator('[data-testid=geo-info]').textContent()).toContain(`(${code})`); // still the tapped area
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('opens one issue from its card: label, facts, brief, every mention, and its (empty) evaluation', async () => {
    const { page, errors } = await loggedIn(browser, geoBase, 'sari', undefined, `#/isu?date=${DAY}`);
    const card = page.locator('[data-issue]').filter({ has: page.locator('details summary', { hasText: 'Bahan jawaban' }) }).first();
    await card.waitFor();
    const id = (await card.getAttribute('data-issue'))!;
    const label = (await card.locator('[data-testid=issue-link]').textContent())!;
    await card.locator('[data-testid=issue-link]').click();
    const pageEl = page.locator(`[data-issue-page="${id}"]`);
    await pageEl.waitFor();
    expect(page.url()).toContain(`#/isu/${encodeURIComponent(id)}?date=${DAY}`);
    expect(await pageEl.locator('h1').textContent()).toBe(label);
    const api = await page.evaluate(async ([i, d]) => ((await (await fetch(`/api/issues/${encodeURIComponent(i)}?date=${d}`)).json()) as { issue: { mentions: unknown[]; facts: unknown[]; brief?: { summary: string } } }).issue, [id, DAY] as const);
    expect(await pageEl.locator('[data-testid=issue-mentions] li[data-mention]').count()).toBe(api.mentions.length);
    expect(await pageEl.locator('[data-testid=issue-facts] li').count()).toBe(api.facts.length);
    expect(await pageEl.locator('[data-testid=issue-brief]').textContent()).toContain(api.brief!.summary);
    await pageEl.locator('[data-testid=evaluation] [data-testid=ev-none]').waitFor();
    expect(await pageEl.locator('[data-testid=ev-link-form]').count()).toBe(1);
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('falls back to a tile grid without a boundary file', async () => {
    const { page, errors } = await loggedIn(browser, evalBase, 'sari', undefined, '#/isu?date=2026-12-02');
    await page.locator('[data-testid=choropleth] .geo-tile').first().waitFor();
    expect(await page.locator('[data-testid=choropleth] .geo-tile').count()).toBe(11);
    expect(await page.locator('[data-testid=choropleth] svg').count()).toBe(0);
    expect(await page.locator('[data-testid=choropleth] .geo-tile b').first().textContent()).toBe('Telanaipura');
    expect(errors).toEqual([]);
    await page.context().close();
  });

  it('shows the evaluation after a response is linked by hand: the fall in negative share as `pantau evaluate` computes it', async () => {
    const { page, errors } = await loggedIn(browser, evalBase, 'sari', undefined, '#/isu/isu-banjir');
    const ev = page.locator('[data-testid=evaluation]');
    await ev.locator('[data-testid=ev-none]').waitFor();
    expect(await ev.locator('[data-testid=ev-change]').count()).toBe(0);
    expect(await cliEffect('isu-banjir')).toBeUndefined();
    await ev.locator('[data-testid=ev-pick]').selectOption(`mention:${RELEASE_ID}`);
    await ev.locator('[data-testid=ev-link]').click();
    await ev.locator('[data-testid=ev-change][data-enough=true]').waitFor();
    const cli = (await cliEffect('isu-banjir'))!;
    expect(cli.response).toMatchObject({ itemId: RELEASE_ID, how: 'manual' });
    const text = async (id: string) => (await ev.locator(`[data-testid=${id}]`).textContent())!.trim();
    expect(await text('ev-before-volume')).toBe(String(cli.before.volume));
    expect(await text('ev-after-volume')).toBe(String(cli.after.volume));
    expect(await text('ev-before-negshare')).toBe(`${(cli.before.negativeShare! * 100).toFixed(1).replace('.', ',').replace(/,0$/, '')}% (${cli.before.negative})`);
    expect(await text('ev-after-negshare')).toBe(`${(cli.after.negativeShare! * 100).toFixed(1).replace('.', ',').replace(/,0$/, '')}% (${cli.after.negative})`);
    expect(await text('ev-before-hoax')).toBe(`${cli.before.hoax} (${cli.before.hoaxSpreaders})`);
    expect(await text('ev-after-hoax')).toBe(`${cli.after.hoax} (${cli.after.hoaxSpreaders})`);
    const change = ev.locator('[data-testid=ev-change]');
    const c = cli.negativeShareChange!;
    expect(c.high).toBeLessThan(0); // the fixture's fall is real at 95%
    expect(Number(await change.getAttribute('data-diff'))).toBe(c.diff);
    expect(Number(await change.getAttribute('data-low'))).toBe(c.low);
    expect(Number(await change.getAttribute('data-high'))).toBe(c.high);
    expect(await change.textContent()).toMatch(/−36,7 poin persen \(SK 95%: −\d+,\d s\.d\. −\d+,\d\) — turun secara meyakinkan/);
    expect(Number(await ev.locator('[data-testid=ev-pickup]').getAttribute('data-count'))).toBe(cli.pickup.count);
    expect(Number(await ev.locator('[data-testid=ev-reply]').getAttribute('data-hours'))).toBe(cli.replyHours);
    expect(await ev.locator('[data-testid=ev-responses] li').count()).toBe(1);
    expect(await ev.locator('[data-testid=ev-responses] li').textContent()).toMatch(/30 Nov 2026.*12[.:]00.*ditautkan manual/);
    // The page also lists the issue's mentions; English is one click away.
    expect(await page.locator('[data-testid=issue-mentions] li[data-mention]').count()).toBeGreaterThan(60);
    await page.click('#lang');
    await page.locator('[data-testid=evaluation][data-lang=en] [data-testid=ev-change]').waitFor();
    expect(await page.locator('[data-testid=ev-change]').textContent()).toMatch(/Change in negative share: −36\.7 percentage points \(95% CI/);
    await page.click('#lang');
    await page.locator('[data-testid=evaluation][data-lang=id]').waitFor();
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-issue-evaluation.png'), fullPage: true });
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('says "belum cukup data" for the small road issue, and unlinking takes the effect away', async () => {
    const { page, errors } = await loggedIn(browser, evalBase, 'sari', PHONE, '#/isu/isu-jalan');
    const ev = page.locator('[data-testid=evaluation]');
    await ev.locator('[data-testid=ev-none]').waitFor();
    await ev.locator('[data-testid=ev-pick]').selectOption(`fact:${ROAD_FACT.id}`);
    await ev.locator('[data-testid=ev-link]').click();
    const change = ev.locator('[data-testid=ev-change][data-enough=false]');
    await change.waitFor();
    expect(await change.textContent()).toMatch(/belum cukup data — perlu minimal 10 sebutan di tiap jendela \(sebelum 4, sesudah 3\)/);
    const cli = (await cliEffect('isu-jalan'))!;
    expect(cli).toMatchObject({ enough: false, negativeShareChange: null, before: { volume: 4 }, after: { volume: 3 } });
    await noHorizontalScroll(page);
    await page.screenshot({ path: join(ARTIFACTS, 'dashboard-phone-issue-not-enough.png'), fullPage: true });
    await ev.locator('[data-testid=ev-unlink]').click();
    await ev.locator('[data-testid=ev-none]').waitFor();
    expect(await cliEffect('isu-jalan')).toBeUndefined();
    expect(errors).toEqual([]);
    await page.context().close();
  }, 120_000);

  it('shows pimpinan the evaluation read-only: no link form, no unlink, and the API refuses the write', async () => {
    const { page, errors } = await loggedIn(browser, evalBase, 'walikota', PHONE, '#/isu/isu-banjir');
    const ev = page.locator('[data-testid=evaluation]');
    await ev.locator('[data-testid=ev-change]').waitFor();
    expect(await ev.locator('[data-testid=ev-link-form]').count()).toBe(0);
    expect(await ev.locator('[data-testid=ev-unlink]').count()).toBe(0);
    await noHorizontalScroll(page);
    expect(errors).toEqual([]);
    const status = await page.evaluate(async (item) => {
      const s = (await (await fetch('/api/session')).json()) as { csrf: string };
      return (await fetch('/api/issues/isu-jalan/responses', { method: 'POST', headers: { 'x-csrf-token': s.csrf, 'content-type': 'application/json' }, body: JSON.stringify({ item }) })).status;
    }, ROAD_FACT.id);
    expect(status).toBe(403);
    await page.context().close();
  });
});
