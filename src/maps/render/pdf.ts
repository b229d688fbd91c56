// The issue map as an A4 PDF for leadership: the HTML map printed by the system Chromium through
// playwright-core. The page may make no request at all (every route is aborted): the HTML carries
// its charts' library, data and map inline.
import { PermanentError, errorMessage } from '../../core/errors.js';

export interface PdfOptions {
  /** crawl.chromiumPath */
  executablePath: string;
  /** Launch switches (the CLI passes the crawler's: no sandbox only when running as root). */
  args?: string[];
  timeoutMs?: number;
}

export async function renderPdf(html: string, opts: PdfOptions): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  let browser;
  try {
    browser = await chromium.launch({ executablePath: opts.executablePath, headless: true, args: opts.args ?? [] });
  } catch (e) {
    throw new PermanentError(`cannot start Chromium at ${opts.executablePath} for the PDF (set crawl.chromiumPath): ${errorMessage(e).split('\n')[0]}`);
  }
  try {
    const page = await browser.newPage();
    await page.route('**/*', (route) => route.abort());
    const timeout = opts.timeoutMs ?? 60_000;
    await page.setContent(html, { waitUntil: 'load', timeout });
    await page.waitForFunction(() => document.documentElement.getAttribute('data-charts') === 'ready', undefined, { timeout }).catch(() => {});
    await page.emulateMedia({ media: 'print' });
    return await page.pdf({ format: 'A4', printBackground: true, margin: { top: '12mm', bottom: '12mm', left: '10mm', right: '10mm' } });
  } finally {
    await browser.close();
  }
}
