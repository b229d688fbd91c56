// Render mode: pages that only show their article after JavaScript runs are loaded in headless
// Chromium (playwright-core, the system's Chromium — no browser download).
//
// Policy stays in the HTTP client: every top-level document is fetched by http.fetch (robots.txt,
// SSRF guard on every redirect hop, per-host pacing, byte cap, conditional GET) and handed to the
// browser with route.fulfill; the browser never opens a connection for a document itself. Iframes are
// not loaded (ads, embeds). Scripts/XHR go out from the browser, but only through a per-page guard
// proxy (guard-proxy.ts): every request and every redirect hop is checked by the SSRF guard there, and
// connected to the very address that was checked (no DNS rebinding, Chromium resolves no name).
// WebSockets are closed before they connect (routeWebSocket) and refused by the proxy; images, fonts,
// media and stylesheets are never fetched. robots.txt is not asked for subresources: they are fetched
// as a reader's browser would, not crawled.
//
// Sandbox: Chromium's own sandbox is kept on, except when Pantau runs as root (a container's default),
// where Chromium cannot start sandboxed: there --no-sandbox is added and the page's JavaScript is held
// only by the measures above (fresh context per page, no network but the guard proxy, no service
// workers, timeouts). Run Pantau as an ordinary user to keep the sandbox (README, Safety).
//
// One browser per process, launched on first use and shared (reference-counted) by every renderer;
// each render gets a fresh context (no cookies carried between sites), at most `maxPages` at a time.
import { existsSync } from 'node:fs';
import PQueue from 'p-queue';
// playwright-core is imported when a browser is first launched, not at start-up: loading it costs
// ~0.6 s, which every `pantau` command would pay though few configs render.
import type { Browser, Route } from 'playwright-core';
import { errorMessage, PermanentError, TransientError } from '../../src/core/errors.js';
import type { Logger } from '../../src/core/types.js';
import type { FetchOptions, FetchResult, HttpClient } from '../shared/http.js';
import { sameOrigin, type SsrfGuard } from '../shared/ssrf.js';
import { isHtml } from '../shared/outcome.js';
import { startGuardProxy, type GuardProxy } from './guard-proxy.js';

/** Without the background-networking flags Chromium calls Google hosts on start (and fails here). */
export const CHROMIUM_ARGS = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
  '--dns-prefetch-disable',
  // WebRTC would send UDP around the proxy.
  '--force-webrtc-ip-handling-policy=disable_non_proxied_udp',
  '--webrtc-ip-handling-policy=disable_non_proxied_udp',
];

/** Launch switches: the sandbox stays on unless we run as root, where Chromium refuses to start with it. */
export function chromiumArgs(uid: number | undefined = process.getuid?.()): string[] {
  return uid === 0 ? ['--no-sandbox', ...CHROMIUM_ARGS] : [...CHROMIUM_ARGS];
}

/** Never needed to read an article; skipping them makes rendering several times cheaper. */
const BLOCKED_TYPES = new Set(['image', 'media', 'font', 'stylesheet', 'manifest', 'texttrack', 'eventsource', 'websocket']);

export interface RendererOptions {
  http: HttpClient;
  /** Checks every request a page makes, each redirect hop too (documents go through http). */
  guard: SsrfGuard;
  /** crawl.chromiumPath */
  chromiumPath: string;
  /** crawl.timeoutMs: navigation timeout. */
  timeoutMs: number;
  userAgent: string;
  log: Logger;
  /** Pages rendered at once (each is a tab in the shared browser). Default 2. */
  maxPages?: number;
  /** Longest wait for the network to go quiet after DOMContentLoaded. Default 3 s. */
  idleMs?: number;
}

export interface Renderer {
  /** Chromium exists at crawl.chromiumPath. */
  available(): boolean;
  /** Throws the one-line PermanentError a render source fails with when Chromium is missing. */
  assertAvailable(): void;
  /**
   * Fetch url through http (validators in opts give a conditional GET) and, if it is HTML, run it
   * in the browser; the result's body/text is the DOM after scripts ran, url the final page URL.
   * A 304 or non-HTML answer comes back from http untouched.
   */
  render(url: string, opts?: FetchOptions): Promise<FetchResult>;
  /** True once this renderer has a browser (for tests and diagnostics). */
  readonly launched: boolean;
  /** Close this renderer's pages; the shared browser closes when its last renderer does. */
  close(): Promise<void>;
}

export function chromiumMissing(path: string): PermanentError {
  return new PermanentError(
    `render: Chromium not found at ${path} (apt-get install -y chromium, or set crawl.chromiumPath)`,
    'render_unavailable',
  );
}

// ---- the shared browser -------------------------------------------------------------------------

interface SharedBrowser {
  browser: Promise<Browser>;
  users: number;
}
const shared = new Map<string, SharedBrowser>();

function acquire(path: string, log: Logger): Promise<Browser> {
  let entry = shared.get(path);
  if (!entry) {
    const launched = import('playwright-core')
      .then(({ chromium }) => chromium.launch({ executablePath: path, headless: true, args: chromiumArgs() }))
      .then((b) => {
        log.info({ chromiumPath: path, version: b.version() }, 'render: chromium started');
        // A crashed browser must not be handed out again: the next acquire relaunches.
        b.on('disconnected', () => {
          if (shared.get(path) === entry) shared.delete(path);
        });
        return b;
      })
      .catch((e: unknown) => {
        if (shared.get(path) === entry) shared.delete(path);
        throw new PermanentError(`render: could not start Chromium at ${path}: ${errorMessage(e).split('\n')[0]}`, 'render_unavailable', { cause: e });
      });
    entry = { browser: launched, users: 0 };
    shared.set(path, entry);
  }
  entry.users++;
  return entry.browser;
}

async function release(path: string, browser: Promise<Browser>): Promise<void> {
  const entry = shared.get(path);
  if (entry && entry.browser === browser) {
    entry.users--;
    if (entry.users > 0) return;
    shared.delete(path);
  }
  const b = await browser.catch(() => undefined);
  await b?.close().catch(() => {});
}

// ---- rendering ----------------------------------------------------------------------------------

function withoutHash(href: string): string {
  const i = href.indexOf('#');
  return i < 0 ? href : href.slice(0, i);
}

/** A FetchResult for the DOM serialized after rendering (always UTF-8). */
function renderedResult(doc: FetchResult, html: string, finalUrl: string): FetchResult {
  const headers: Record<string, string> = { ...doc.headers, 'content-type': 'text/html; charset=utf-8' };
  delete headers['content-length'];
  delete headers['content-encoding'];
  return {
    status: doc.status,
    url: finalUrl,
    headers,
    body: Buffer.from(html, 'utf8'),
    text: html,
    charset: { charset: 'utf-8', source: 'header' },
    contentType: 'text/html',
    notModified: false,
    redirects: doc.redirects,
  };
}

/** What the browser is given for a document http fetched: decoded text re-encoded as UTF-8. */
function fulfillment(d: FetchResult): Parameters<Route['fulfill']>[0] {
  if (!isHtml(d)) return { status: d.status, headers: { 'content-type': d.headers['content-type'] ?? 'application/octet-stream' }, body: d.body };
  // A charset in the header wins over <meta charset> in browsers, so a page the HTTP client decoded
  // despite a wrong declaration is not garbled again by Chromium.
  return { status: d.status, headers: { 'content-type': `${d.contentType || 'text/html'}; charset=utf-8` }, body: Buffer.from(d.text, 'utf8') };
}

export function createRenderer(opts: RendererOptions): Renderer {
  const log = opts.log.child({ mod: 'render' });
  const pages = new PQueue({ concurrency: Math.max(1, opts.maxPages ?? 2) });
  const idleMs = Math.min(opts.idleMs ?? 3000, opts.timeoutMs);
  const closer = new AbortController();
  let browser: Promise<Browser> | undefined;
  let closed = false;

  async function getBrowser(): Promise<Browser> {
    if (closed) throw new PermanentError('render: renderer closed', 'closed');
    if (!browser) browser = acquire(opts.chromiumPath, log);
    try {
      const b = await browser;
      if (b.isConnected()) return b;
    } catch (e) {
      browser = undefined;
      throw e;
    }
    // Crashed since: give back the dead one and take (launch) a fresh one.
    const dead = browser;
    browser = undefined;
    await release(opts.chromiumPath, dead);
    return getBrowser();
  }

  /** Per-render verdicts, so a page's twenty scripts from one CDN cost one DNS lookup. */
  function originChecker(vouched: (u: URL) => boolean): (u: URL) => Promise<boolean> {
    const verdicts = new Map<string, Promise<boolean>>();
    return (u) => {
      const key = `${u.protocol}//${u.host}`;
      let v = verdicts.get(key);
      if (!v) {
        v = opts.guard.assertAllowed(u, vouched(u)).then(
          () => true,
          (e: unknown) => {
            log.debug({ url: u.toString(), err: errorMessage(e) }, 'render: subresource refused');
            return false;
          },
        );
        verdicts.set(key, v);
      }
      return v;
    };
  }

  async function renderDocument(doc: FetchResult, fo: FetchOptions): Promise<FetchResult> {
    const signal = AbortSignal.any(fo.signal ? [fo.signal, closer.signal] : [closer.signal]);
    signal.throwIfAborted();
    const b = await getBrowser();
    // The page's source vouches for its own origin only (see shared/ssrf.ts).
    const vouched = (u: URL) => (fo.trusted ?? false) && sameOrigin(u, doc.url);
    const proxy: GuardProxy = await startGuardProxy({ guard: opts.guard, vouched, log });
    let context: Awaited<ReturnType<Browser['newContext']>>;
    try {
      context = await b.newContext({
        userAgent: opts.userAgent,
        serviceWorkers: 'block',
        locale: 'id-ID',
        // Every request, loopback included (Chromium bypasses proxies for loopback unless told not to).
        proxy: { server: proxy.server, bypass: '<-loopback>' },
      });
    } catch (e) {
      await proxy.close();
      throw e;
    }
    const onAbort = () => void context.close().catch(() => {});
    signal.addEventListener('abort', onAbort, { once: true });
    try {
      const page = await context.newPage();
      page.setDefaultTimeout(opts.timeoutMs);
      page.setDefaultNavigationTimeout(opts.timeoutMs);
      const docs = new Map<string, FetchResult>([[withoutHash(doc.url), doc]]);
      const allowed = originChecker(vouched);
      // A WebSocket never reaches context.route: close each one before it connects.
      await context.routeWebSocket(
        () => true,
        (ws) => {
          log.debug({ url: ws.url() }, 'render: websocket refused');
          return ws.close();
        },
      );

      await context.route('**/*', async (route) => {
        const req = route.request();
        const type = req.resourceType();
        if (BLOCKED_TYPES.has(type)) return route.abort('blockedbyclient');
        let u: URL;
        try {
          u = new URL(req.url());
        } catch {
          return route.abort('blockedbyclient');
        }
        if (u.protocol !== 'http:' && u.protocol !== 'https:') return route.continue();
        if (type === 'document') {
          let mainFrame = false;
          try {
            mainFrame = req.frame() === page.mainFrame();
          } catch {
            /* not attached to a frame */
          }
          if (!mainFrame) return route.abort('blockedbyclient');
          let d = docs.get(withoutHash(u.href));
          if (!d) {
            // The page navigated itself (JS redirect): same rules as any fetch.
            try {
              d = await opts.http.fetch(u.href, { signal, trusted: vouched(u) });
            } catch (e) {
              log.info({ url: u.href, err: errorMessage(e) }, 'render: navigation refused or failed');
              return route.abort('blockedbyclient');
            }
            docs.set(withoutHash(u.href), d);
          }
          return route.fulfill(fulfillment(d));
        }
        if (!(await allowed(u))) return route.abort('blockedbyclient');
        // The guard proxy checks this request again, and each redirect hop, and pins the address.
        return route.continue();
      });

      await page.goto(doc.url, { waitUntil: 'domcontentloaded' });
      // Scripts that fetch the article (XHR) finish after DOMContentLoaded; wait a little for the
      // network to go quiet, but a page that polls forever must not hold us beyond idleMs.
      await page.waitForLoadState('networkidle', { timeout: idleMs }).catch(() => {});
      const html = await page.content();
      return renderedResult(doc, html, page.url());
    } catch (e) {
      if (signal.aborted) throw signal.reason;
      if (e instanceof PermanentError || e instanceof TransientError) throw e;
      throw new TransientError(`render: ${doc.url}: ${errorMessage(e).split('\n')[0]}`, 'render', { cause: e });
    } finally {
      signal.removeEventListener('abort', onAbort);
      await context.close().catch(() => {});
      await proxy.close();
    }
  }

  return {
    available: () => existsSync(opts.chromiumPath),
    assertAvailable() {
      if (!existsSync(opts.chromiumPath)) throw chromiumMissing(opts.chromiumPath);
    },
    get launched() {
      return browser !== undefined;
    },
    async render(url, fo = {}) {
      if (!existsSync(opts.chromiumPath)) throw chromiumMissing(opts.chromiumPath);
      const doc = await opts.http.fetch(url, fo);
      if (doc.notModified || !isHtml(doc)) return doc;
      return pages.add(() => renderDocument(doc, fo), { signal: fo.signal }) as Promise<FetchResult>;
    },
    async close() {
      if (closed) return;
      closed = true;
      closer.abort(new PermanentError('render: renderer closed', 'closed'));
      pages.clear();
      await pages.onIdle().catch(() => {});
      if (browser) await release(opts.chromiumPath, browser);
      browser = undefined;
    },
  };
}
