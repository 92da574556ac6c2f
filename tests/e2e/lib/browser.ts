/**
 * Debian's Chromium (never a downloaded browser) through playwright-core, and
 * the per-page watchers every suite uses: console errors, uncaught errors,
 * failed requests, requests to another origin, CSP violations, dialogs.
 */
import { existsSync } from 'node:fs';
import { access } from 'node:fs/promises';
import { chromium, type Browser, type BrowserContext, type ConsoleMessage, type Dialog, type Page, type Request, type Response } from 'playwright-core';
import { BLANK_PATH } from './server.ts';

const DEBIAN_CHROMIUM = '/usr/bin/chromium';
const DEBIAN_HEADLESS_SHELL = '/usr/bin/chromium-headless-shell';

/** The whole browser, as readers run it: Lighthouse measures pages in it (scripts/lighthouse.ts). */
export const FULL_CHROMIUM = process.env.CHROMIUM_PATH ?? DEBIAN_CHROMIUM;

/**
 * The browser the suites drive: Debian's headless shell (package chromium-headless-shell,
 * the same Blink and V8 without the desktop browser around them) when it is installed, as
 * .ci/run does, else the whole browser. Measured on the same build and machine, the shell
 * took the browser suites from 1,246 s of CPU to 894 s, with the same checks passing.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? (existsSync(DEBIAN_HEADLESS_SHELL) ? DEBIAN_HEADLESS_SHELL : DEBIAN_CHROMIUM);

/** Needed to run headless as root on these machines (see docs/known-traps.md#headless-chromium-as-root). playwright gives each launch a fresh profile. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export async function chromiumAvailable(): Promise<boolean> {
  try {
    await access(CHROMIUM);
    return true;
  } catch {
    return false;
  }
}

export function launchBrowser(extraArgs: readonly string[] = []): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: [...CHROMIUM_ARGS, ...extraArgs] });
}

export interface ContextOptions {
  javaScriptEnabled?: boolean;
  viewport?: { width: number; height: number };
  /**
   * Blocked by default, so every load reaches the server. 'allow' lets the site's service
   * worker run (tests/e2e/offline.ts); routing is then left off, as Playwright's routing and a
   * service worker do not mix, and `watch` still reports requests to another origin.
   */
  serviceWorkers?: 'allow' | 'block';
}

/**
 * A fresh context in which nothing may leave the site's origin: anything else is
 * aborted (and reported by `watch`). Routing also disables the HTTP cache, so
 * every page load counts its own bytes.
 */
export async function newSiteContext(browser: Browser, origin: string, options: ContextOptions = {}): Promise<BrowserContext> {
  const serviceWorkers = options.serviceWorkers ?? 'block';
  const context = await browser.newContext({
    locale: 'vi-VN',
    serviceWorkers,
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    viewport: options.viewport ?? { width: 1280, height: 800 },
  });
  if (serviceWorkers === 'block') {
    await context.route('**/*', (route) =>
      route.request().url().startsWith(`${origin}/`) ? route.continue() : route.abort('blockedbyclient'),
    );
  }
  // Name every CSP violation precisely (Chromium also logs a console error for each).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) => {
      const w = window as unknown as { __cspViolations?: string[] };
      (w.__cspViolations ??= []).push(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
    });
  });
  return context;
}

export interface Watch {
  consoleErrors: string[];
  failedRequests: string[];
  foreignRequests: string[];
  dialogs: string[];
  /** CSP violations seen by the page's listener (empty with JavaScript off). */
  cspViolations(): Promise<string[]>;
  /** Stops recording (a tab reused for another page gets a watch of its own). */
  stop(): void;
}

/** Starts recording what goes wrong on a page. Dialogs are recorded and dismissed. */
export function watch(page: Page, origin: string): Watch {
  const onConsole = (msg: ConsoleMessage) => {
    if (msg.type() === 'error') w.consoleErrors.push(msg.text());
  };
  const onPageError = (err: Error) => w.consoleErrors.push(String(err));
  const onDialog = (dialog: Dialog) => {
    w.dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  };
  const onRequest = (req: Request) => {
    const url = req.url();
    if (!url.startsWith(`${origin}/`) && !/^(data|blob|about):/.test(url)) w.foreignRequests.push(url);
  };
  const onRequestFailed = (req: Request) => {
    // Foreign requests are aborted on purpose and reported separately; ERR_ABORTED is a
    // request cancelled by navigating away (a missing file shows up as an HTTP status below).
    const error = req.failure()?.errorText ?? '';
    if (req.url().startsWith(`${origin}/`) && error !== 'net::ERR_ABORTED') w.failedRequests.push(`${req.url()} ${error}`);
  };
  const onResponse = (res: Response) => {
    if (res.status() >= 400) w.failedRequests.push(`${res.url()} HTTP ${res.status()}`);
  };
  const w: Watch = {
    consoleErrors: [],
    failedRequests: [],
    foreignRequests: [],
    dialogs: [],
    cspViolations: () =>
      page
        .evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? [])
        .catch(() => []),
    stop: () => listen('off'),
  };
  const listen = (method: 'on' | 'off') => {
    page[method]('console', onConsole);
    page[method]('pageerror', onPageError);
    page[method]('dialog', onDialog);
    page[method]('request', onRequest);
    page[method]('requestfailed', onRequestFailed);
    page[method]('response', onResponse);
  };
  listen('on');
  return w;
}

/**
 * A few tabs of one context, each reused for page after page. A new tab's first page starts
 * a renderer process: about 1 s of CPU a page on the 2-core machine, against 0.2–0.3 s in a
 * reused tab. Between two pages a tab steps onto the server's empty page (`BLANK_PATH`), so
 * what a page does while it unloads is not counted against the next, and gets the context's
 * viewport back. A tab whose page fails is closed, not reused.
 */
export class TabPool {
  #idle: Page[] = [];
  readonly #context: BrowserContext;
  readonly #origin: string;
  readonly #viewport: { width: number; height: number };

  constructor(context: BrowserContext, origin: string, viewport = { width: 1280, height: 800 }) {
    this.#context = context;
    this.#origin = origin;
    this.#viewport = viewport;
  }

  async use<R>(task: (page: Page) => Promise<R>): Promise<R> {
    const page = this.#idle.pop() ?? (await this.#context.newPage());
    let ok = false;
    try {
      const result = await task(page);
      ok = true;
      return result;
    } finally {
      if (ok) await this.#release(page);
      else await page.close().catch(() => undefined);
    }
  }

  async #release(page: Page): Promise<void> {
    try {
      await page.goto(this.#origin + BLANK_PATH);
      await page.setViewportSize(this.#viewport);
      this.#idle.push(page);
    } catch {
      await page.close().catch(() => undefined);
    }
  }
}

/** The three "nothing went wrong" checks every page load gets. */
export async function checkClean(
  report: { check(label: string, ok: boolean, detail?: string): boolean },
  where: string,
  w: Watch,
): Promise<void> {
  const csp = await w.cspViolations();
  const errors = [...w.consoleErrors, ...csp.map((v) => `CSP: ${v}`)];
  report.check(`${where}  no console errors or CSP violations`, errors.length === 0, errors.slice(0, 3).join(' | '));
  report.check(`${where}  no failed requests`, w.failedRequests.length === 0, w.failedRequests.slice(0, 3).join(' | '));
  report.check(`${where}  no request to another origin`, w.foreignRequests.length === 0, w.foreignRequests.slice(0, 3).join(' | '));
}

type ShiftWindow = { __cls: number };

/**
 * Sums the page's layout shifts from its first paint (Cumulative Layout Shift, shifts after a
 * reader's input left out): call before `goto`, read with `layoutShift` after.
 */
export async function recordLayoutShifts(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as ShiftWindow).__cls = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!e.hadRecentInput) (window as unknown as ShiftWindow).__cls += e.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift summed so far by `recordLayoutShifts`. */
export function layoutShift(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as ShiftWindow).__cls);
}

/**
 * Whether a screen reader can hear an element: it is in Chromium's accessibility tree (not
 * ignored). A live region must be there before its words change, or the change is not announced.
 */
export async function inAccessibilityTree(page: Page, selector: string): Promise<boolean> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: 0 });
    const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
    if (!nodeId) return false;
    const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
    return nodes.length > 0 && !nodes[0]!.ignored;
  } finally {
    await cdp.detach();
  }
}
