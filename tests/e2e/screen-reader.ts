/**
 * What a screen reader hears on a phone: Chromium's accessibility tree (what a screen reader
 * reads through the system's accessibility interface, here through the DevTools protocol) of
 * every page type of the phone suite at 360 px, on load, before any scrolling. Chromium runs
 * with its accessibility switched on, as it is when a screen reader is running
 * (`--force-renderer-accessibility`): without it the tree leaves out what
 * `content-visibility: auto` defers off screen (the map's table, a province's communes), which
 * a screen reader does get (docs/budgets-and-quality.md, "Stacked rows laid out near the screen").
 *
 * - every heading, table row and cell a sighted reader could scroll to is in the tree;
 * - no drawn symbol is said as a word: "black down-pointing small triangle" after the demo
 *   banner's "Xem giải thích", a stray "question mark" before "chưa đủ số liệu";
 * - a picture is said once: a chart's name is its title and its figures its description (named
 *   by both, the figures were read twice), a picture's name is not its own caption again;
 * - disclosures that open different things sound different (name and description): three
 *   "Nguồn của số liệu trong biểu đồ", two "Các năm trước (2024, 2023, 2022)" for two targets,
 *   two "Cách có số liệu này" for two sources;
 * - links with the same name lead to the same place, so a list of links makes sense out of
 *   context: 70 "Xem trước (mới nhất)" on /nhung/, six "Xem kết quả từng đơn vị theo huyện"
 *   for two tables, "observations.csv" of two releases, two "Xã Chi Lăng" in a table of 200.
 *
 *   npm run build && node tests/e2e/screen-reader.ts      (or npm run test:e2e -- screen-reader)
 */
import type { CDPSession, Page } from 'playwright-core';
import { launchBrowser, newSiteContext } from './lib/browser.ts';
import { checkInFlight, PAGES_IN_FLIGHT } from './lib/pool.ts';
import { runSuites, type Suite } from './lib/run.ts';
import { PAGE_TYPES } from './phone.ts';

interface AXValue {
  value?: unknown;
}
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  description?: AXValue;
  properties?: { name: string; value: AXValue }[];
  childIds?: string[];
  backendDOMNodeId?: number;
}

const text = (v: AXValue | undefined) => String(v?.value ?? '').replace(/\s+/g, ' ').trim();

/** Symbols drawn for the eye that a screen reader would say as words. */
const SAID_SYMBOL = /[▾▴▸◂▲▼►◄✓✗✔✘]|^\?$/;

/** Attribute that marks, for one check, the elements a sighted reader can scroll to. */
const PROBE = 'data-sr-probe';

/** The backend ids of the DOM nodes carrying `attribute`, in one walk of the document. */
async function backendIdsWith(cdp: CDPSession, attribute: string): Promise<Set<number>> {
  const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
  const ids = new Set<number>();
  const walk = (node: typeof root) => {
    const attrs = node.attributes ?? [];
    for (let i = 0; i < attrs.length; i += 2) if (attrs[i] === attribute) ids.add(node.backendNodeId);
    for (const child of node.children ?? []) walk(child);
  };
  walk(root);
  return ids;
}

/** Headings, table rows and cells shown on the page (not in a closed disclosure, not hidden), as the reader's eye finds them. */
async function markShown(page: Page): Promise<number> {
  return page.evaluate((probe) => {
    let n = 0;
    for (const el of document.querySelectorAll('h1, h2, h3, h4, h5, h6, tr, th, td')) {
      // checkVisibility() counts a box skipped by content-visibility: auto as shown: it is there to scroll to.
      if (!el.checkVisibility() || el.closest('[aria-hidden="true"]')) continue;
      el.setAttribute(probe, '');
      n++;
    }
    return n;
  }, PROBE);
}

/** What the caption of the figure around a DOM node says, if it is in one. */
async function ownCaption(cdp: CDPSession, backendNodeId: number): Promise<string> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  if (!object.objectId) return '';
  const { result } = await cdp.send('Runtime.callFunctionOn', {
    objectId: object.objectId,
    functionDeclaration: 'function () { return (this.closest("figure")?.querySelector(":scope > figcaption")?.textContent ?? "").replace(/\\s+/g, " ").trim(); }',
    returnByValue: true,
  });
  return String(result.value ?? '');
}

/** The href a link's DOM node points at, resolved. */
async function hrefOf(cdp: CDPSession, backendNodeId: number): Promise<string> {
  const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
  if (!object.objectId) return '';
  const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId, functionDeclaration: 'function () { return this.href ?? ""; }', returnByValue: true });
  return String(result.value ?? '');
}

export const screenReader: Suite = {
  name: 'screen-reader',
  async run(ctx) {
    const browser = await launchBrowser(['--force-renderer-accessibility']);
    const context = await newSiteContext(browser, ctx.site.origin, { viewport: { width: 360, height: 800 } });
    try {
      await checkInFlight(ctx.report, PAGE_TYPES, PAGES_IN_FLIGHT, (type) => `${type.name}  heard`, async (type, report) => {
        const path = ctx.pages.find((p) => type.match.test(p));
        if (!report.check(`page type ${type.name} exists in the build`, path !== undefined, String(type.match))) return;
        const where = `${type.name} ${path} 360px`;
        const page = await context.newPage();
        const cdp = await context.newCDPSession(page);
        try {
          await page.goto(ctx.site.origin + path, { waitUntil: 'networkidle' });
          const shown = await markShown(page);
          const probes = await backendIdsWith(cdp, PROBE);
          const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
          const heard = nodes.filter((n) => !n.ignored);
          const inTree = new Set(heard.map((n) => n.backendDOMNodeId));
          const missing = [...probes].filter((id) => !inTree.has(id));
          let missingWords = '';
          if (missing.length > 0) {
            const first = await Promise.all(missing.slice(0, 3).map(async (backendNodeId) => {
              const { object } = await cdp.send('DOM.resolveNode', { backendNodeId });
              const { result } = await cdp.send('Runtime.callFunctionOn', { objectId: object.objectId!, functionDeclaration: 'function () { return this.tagName.toLowerCase() + " “" + (this.textContent ?? "").replace(/\\s+/g, " ").trim().slice(0, 50) + "”"; }', returnByValue: true });
              return String(result.value);
            }));
            missingWords = `${missing.length} of ${shown} not in the tree: ${first.join(' | ')}`;
          }
          report.check(`${where}  every heading, table row and cell shown is in the accessibility tree on load (${shown})`, missing.length === 0, missingWords);

          const symbols = heard
            .map((n) => text(n.name))
            .filter((name) => SAID_SYMBOL.test(name))
            .map((name) => `“${name.slice(0, 60)}”`);
          report.check(`${where}  no drawn symbol said as a word`, symbols.length === 0, [...new Set(symbols)].slice(0, 4).join(' | '));

          const twice: string[] = [];
          for (const n of heard.filter((x) => ['image', 'img'].includes(text(x.role)))) {
            const name = text(n.name);
            const description = text(n.description);
            if (description && name.includes(description)) twice.push(`image “${name.slice(0, 50)}…” says its description in its name`);
            const caption = n.backendDOMNodeId ? await ownCaption(cdp, n.backendDOMNodeId) : '';
            if (caption && caption === name) twice.push(`image and its caption both say “${name.slice(0, 50)}”`);
          }
          report.check(`${where}  each picture said once`, twice.length === 0, twice.slice(0, 3).join(' | '));

          const disclosures = new Map<string, number>();
          for (const n of heard.filter((x) => text(x.role) === 'DisclosureTriangle')) {
            const said = `${text(n.name)}${text(n.description) ? ` — ${text(n.description)}` : ''}`;
            disclosures.set(said, (disclosures.get(said) ?? 0) + 1);
          }
          const alike = [...disclosures].filter(([, k]) => k > 1).map(([said, k]) => `“${said.slice(0, 70)}” ×${k}`);
          report.check(`${where}  disclosures that open different things sound different`, alike.length === 0, alike.slice(0, 3).join(' | '));

          const targets = new Map<string, Set<string>>();
          for (const n of heard.filter((x) => text(x.role) === 'link' && x.backendDOMNodeId)) {
            const name = text(n.name);
            if (!targets.has(name)) targets.set(name, new Set());
            targets.get(name)!.add(await hrefOf(cdp, n.backendDOMNodeId!));
          }
          const ambiguous = [...targets].filter(([, hrefs]) => hrefs.size > 1).map(([name, hrefs]) => `“${name.slice(0, 60)}” → ${hrefs.size} places`);
          report.check(`${where}  links with the same name lead to the same place`, ambiguous.length === 0, ambiguous.slice(0, 3).join(' | '));
        } finally {
          await cdp.detach();
          await page.close();
        }
      });
    } finally {
      await context.close();
      await browser.close();
    }
  },
};

if (import.meta.main) await runSuites([screenReader]);
