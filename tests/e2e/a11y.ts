/**
 * Accessibility: axe-core with the WCAG 2.0/2.1/2.2 A and AA rules on every
 * page template (two pages of every route pattern in dist/, 404 included)
 * plus A11Y_SAMPLE seeded unit pages — zero violations, printed per page. On
 * the first page of every pattern, checked by hand as well: lang="vi" (lang="en" under /en/),
 * landmarks, a skip link that works, a visible focus indicator on every tab
 * stop, the disclosures of a table's rows told apart by what a screen reader says, and axe
 * again at 360 px.
 *
 *   node tests/e2e/a11y.ts [--dist DIR]      (E2E_SEED and A11Y_SAMPLE change the sample)
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { newSiteContext, TabPool } from './lib/browser.ts';
import { checkInFlight, PAGES_IN_FLIGHT } from './lib/pool.ts';
import { langOfPath } from '../../src/i18n/lang.ts';
import { representatives, sample, seededRandom, SEED } from './lib/pages.ts';
import { runSuites, type Suite, type SuiteContext } from './lib/run.ts';

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const UNIT_SAMPLE = Number(process.env.A11Y_SAMPLE ?? 20);
/** Tab stops checked for a visible focus indicator on each template. */
const FOCUS_STOPS = 25;

interface AxeNode {
  target: unknown[];
  html: string;
  failureSummary?: string;
}
interface AxeResult {
  id: string;
  impact: string | null;
  help: string;
  nodes: AxeNode[];
}

let axeSource: string | null = null;

/**
 * Runs axe in the page: the WCAG tags, or `only` these rules, `without` those. The source is
 * evaluated over the DevTools protocol, not added as a <script>, so the page's CSP stays on
 * and is not loosened for the test.
 */
async function runAxe(page: Page, choice: { only?: string[]; without?: string[] } = {}): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> {
  axeSource ??= await readFile(resolve('node_modules/axe-core/axe.min.js'), 'utf8');
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  return page.evaluate(async ({ tags, only, without }) => {
    const axe = (window as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeResult[]; incomplete: AxeResult[] }> } }).axe;
    const runOnly = only ? { type: 'rule', values: only } : { type: 'tag', values: tags };
    const rules = Object.fromEntries(without.map((id) => [id, { enabled: false }]));
    const r = await axe.run(document, { runOnly, rules, resultTypes: ['violations', 'incomplete'] });
    const slim = (list: AxeResult[]) =>
      list.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target, html: n.html.slice(0, 160), failureSummary: n.failureSummary })) }));
    return { violations: slim(r.violations), incomplete: slim(r.incomplete) };
  }, { tags: AXE_TAGS, only: choice.only, without: choice.without ?? [] });
}

function describeViolations(list: AxeResult[]): string {
  return list
    .map((v) => `${v.id} [${v.impact}] ${v.help}: ${v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} ${n.html}`).join(' ; ')}${v.nodes.length > 3 ? ` … ${v.nodes.length} nodes` : ''}`)
    .join(' || ');
}

/**
 * axe cannot judge text contrast over a gradient (the tables' scroll shadows)
 * and leaves it "incomplete". Replace every gradient by its darkest colour,
 * composited over the element's own background (white when none), before axe
 * judges contrast: the text must pass against the worst case. `restoreGradients` puts
 * them back, so the checks after axe (focus styles) see the page as loaded.
 */
async function flattenGradients(page: Page): Promise<number> {
  return page.evaluate(() => {
    const restore: (() => void)[] = [];
    (window as unknown as { __restoreGradients?: (() => void)[] }).__restoreGradients = restore;
    const parse = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const lum = (c: { r: number; g: number; b: number }) => 0.2126 * c.r + 0.7152 * c.g + 0.0722 * c.b;
    let flattened = 0;
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      const s = getComputedStyle(el);
      if (!s.backgroundImage.includes('gradient')) continue;
      const base = parse(s.backgroundColor);
      const under = base && base.a > 0 ? base : { r: 255, g: 255, b: 255, a: 1 };
      const stops = (s.backgroundImage.match(/rgba?\([^)]*\)/g) ?? []).map(parse).filter((c) => c !== null);
      const over = stops.map((c) => ({ r: c.r * c.a + under.r * (1 - c.a), g: c.g * c.a + under.g * (1 - c.a), b: c.b * c.a + under.b * (1 - c.a) }));
      const darkest = [under, ...over].sort((x, y) => lum(x) - lum(y))[0]!;
      const [styled, image, color] = [el.hasAttribute('style'), el.style.backgroundImage, el.style.backgroundColor];
      // The site's CSP refuses style attributes, so the old values go back through the CSSOM.
      restore.push(() => {
        el.style.backgroundImage = image;
        el.style.backgroundColor = color;
        if (!styled) el.removeAttribute('style');
      });
      el.style.backgroundImage = 'none';
      el.style.backgroundColor = `rgb(${Math.round(darkest.r)}, ${Math.round(darkest.g)}, ${Math.round(darkest.b)})`;
      flattened++;
    }
    return flattened;
  });
}

async function restoreGradients(page: Page): Promise<void> {
  await page.evaluate(() => (window as unknown as { __restoreGradients?: (() => void)[] }).__restoreGradients?.forEach((undo) => undo()));
}

/** SVG <text> whose fill is too close to the background the SVG sits on (nearest opaque ancestor, else white). */
async function svgTextContrast(page: Page): Promise<AxeNode[]> {
  return page.evaluate(() => {
    const parse = (c: string) => {
      const m = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      return m ? { r: +m[1]!, g: +m[2]!, b: +m[3]!, a: m[4] === undefined ? 1 : +m[4] } : null;
    };
    const channel = (v: number) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    };
    const luminance = (c: { r: number; g: number; b: number }) => 0.2126 * channel(c.r) + 0.7152 * channel(c.g) + 0.0722 * channel(c.b);
    const backgroundOf = (el: Element) => {
      for (let e: Element | null = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a >= 1) return c;
      }
      return { r: 255, g: 255, b: 255, a: 1 };
    };
    const out: { target: unknown[]; html: string; failureSummary?: string }[] = [];
    for (const t of document.querySelectorAll('svg text')) {
      const s = getComputedStyle(t);
      if (!t.textContent?.trim() || s.visibility === 'hidden' || s.display === 'none' || t.closest('[aria-hidden="true"]')) continue;
      const fill = parse(s.fill);
      if (!fill || fill.a === 0) continue;
      const bg = backgroundOf(t.closest('svg')!);
      const fg = { r: fill.r * fill.a + bg.r * (1 - fill.a), g: fill.g * fill.a + bg.g * (1 - fill.a), b: fill.b * fill.a + bg.b * (1 - fill.a) };
      const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
      const ratio = (hi! + 0.05) / (lo! + 0.05);
      const size = parseFloat(s.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(s.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) {
        out.push({ target: [t.tagName], html: t.outerHTML.slice(0, 160), failureSummary: `contrast ${ratio.toFixed(2)}:1 (${s.fill} on rgb(${bg.r}, ${bg.g}, ${bg.b}))` });
      }
    }
    return out;
  });
}

/**
 * axe on one page at one width; violations and the count of items axe could not decide are
 * printed. Text contrast is judged last and once, with every gradient flattened to its
 * darkest colour (`flattenGradients`): judging it before and again after was a sixth of the
 * suite's CPU, and text away from a gradient is judged the same either way.
 */
async function axePage(ctx: SuiteContext, page: Page, path: string, width: number): Promise<void> {
  const where = `${path} ${width}px`;
  const rest = await runAxe(page, { without: ['color-contrast'] });
  const flattened = await flattenGradients(page);
  const contrast = await runAxe(page, { only: ['color-contrast'] });
  const overGradients = (v: AxeResult) => (flattened > 0 ? { ...v, help: `${v.help} (gradients taken at their darkest colour)` } : v);
  let violations = [...rest.violations, ...contrast.violations.map(overGradients)];
  let incomplete = [...rest.incomplete, ...contrast.incomplete];
  // axe skips text drawn in SVG (chart ticks, labels, map names): check it against the chart's background.
  const svgText = await svgTextContrast(page);
  await restoreGradients(page);
  if (svgText.length > 0) {
    violations = [...violations, { id: 'svg-text-contrast', impact: 'serious', help: 'SVG text has at least 4.5:1 contrast (3:1 when large) with the background behind the chart', nodes: svgText }];
  }
  incomplete = incomplete
    .map((v) => (v.id === 'color-contrast' ? { ...v, nodes: v.nodes.filter((n) => !/^<(text|tspan)\b/.test(n.html)) } : v))
    .filter((v) => v.nodes.length > 0);
  const nodes = violations.reduce((n, v) => n + v.nodes.length, 0);
  ctx.report.check(`${where}  axe: no WCAG 2.2 A/AA violations`, violations.length === 0, violations.length ? `${violations.length} rule(s), ${nodes} node(s): ${describeViolations(violations)}` : '');
  if (incomplete.length > 0) ctx.report.info(`${where}  axe needs review (not failures): ${incomplete.map((v) => `${v.id}×${v.nodes.length}`).join(', ')}`);
}

/**
 * In each `group` (a table by default), the disclosures of different rows ("Các năm trước
 * (2023, 2022)" under each unit, or under each criterion of a unit page) as a screen reader
 * says them on Tab: name and description. Two that sound the same leave the listener
 * guessing whose years they open. Returns the ones said more than once.
 */
async function sameSoundingDisclosures(page: Page, group = 'table', disclosure = 'summary'): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
    const { nodeIds: tables } = await cdp.send('DOM.querySelectorAll', { nodeId: root.nodeId, selector: group });
    const repeated: string[] = [];
    for (const table of tables) {
      const { nodeIds } = await cdp.send('DOM.querySelectorAll', { nodeId: table, selector: disclosure });
      const said = new Map<string, number>();
      for (const nodeId of nodeIds) {
        const { nodes } = await cdp.send('Accessibility.getPartialAXTree', { nodeId, fetchRelatives: false });
        const node = nodes[0];
        if (!node || node.ignored) continue;
        const words = `${node.name?.value ?? ''} | ${node.description?.value ?? ''}`;
        said.set(words, (said.get(words) ?? 0) + 1);
      }
      repeated.push(...[...said].filter(([, n]) => n > 1).map(([words, n]) => `"${words}" ×${n}`));
    }
    return repeated;
  } finally {
    await cdp.detach();
  }
}

/** lang, landmarks, skip link and focus visibility: the parts axe cannot fully judge. */
async function manualChecks(ctx: SuiteContext, page: Page, path: string): Promise<void> {
  const { report } = ctx;
  const lang = await page.evaluate(() => document.documentElement.lang);
  const expected = langOfPath(path);
  report.check(`${path}  <html lang="${expected}">`, lang === expected, `lang=${JSON.stringify(lang)}`);

  const count = async (role: 'main' | 'banner' | 'contentinfo' | 'navigation') => page.getByRole(role).count();
  const [main, banner, footer, nav] = [await count('main'), await count('banner'), await count('contentinfo'), await count('navigation')];
  const unnamedNav = await page.evaluate(() =>
    [...document.querySelectorAll('nav, [role=navigation]')].filter((n) => !n.getAttribute('aria-label') && !n.getAttribute('aria-labelledby')).length,
  );
  report.check(
    `${path}  landmarks: one main, a banner, a contentinfo, named navigation`,
    main === 1 && banner >= 1 && footer >= 1 && nav >= 1 && (nav === 1 || unnamedNav === 0),
    `main ${main}, banner ${banner}, contentinfo ${footer}, navigation ${nav} (${unnamedNav} unnamed)`,
  );

  // Skip link: the first tab stop, visible when focused, and it moves the keyboard into <main>.
  // Tabbing starts from the top (axe left nothing focused, and its gradients are put back):
  // the first stop is the skip link's, and the stops after it are the focus check's, so the
  // page is not loaded again for either; the skip link is followed last.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    window.scrollTo(0, 0);
  });
  await page.keyboard.press('Tab');
  const skip = await page.evaluate(() => {
    const a = document.activeElement as HTMLAnchorElement | null;
    if (!a || a.tagName !== 'A') return { ok: false, detail: `first tab stop is ${a?.tagName ?? 'nothing'}` };
    (window as unknown as { __skipLink?: HTMLElement }).__skipLink = a;
    const href = a.getAttribute('href') ?? '';
    const target = href.startsWith('#') ? document.getElementById(decodeURIComponent(href.slice(1))) : null;
    const r = a.getBoundingClientRect();
    const onScreen = r.width > 0 && r.height > 0 && r.top >= 0 && r.left >= 0 && r.bottom <= innerHeight && r.right <= innerWidth;
    const topmost = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const seen = onScreen && !!topmost && (topmost === a || a.contains(topmost));
    return { ok: !!target && seen, detail: `"${a.textContent?.trim()}" → ${href}${target ? '' : ' (no such id)'}${seen ? '' : ' (not visible when focused)'}` };
  });

  // Focus visible: from the top, every stop must look different focused and unfocused.
  const invisible: string[] = [];
  let stops = 0;
  for (let i = 0; i < FOCUS_STOPS; i++) {
    if (i > 0) await page.keyboard.press('Tab');
    const r = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement | null;
      if (!el || el === document.body) return null;
      const sig = () => {
        const s = getComputedStyle(el);
        return [s.outlineStyle, s.outlineWidth, s.outlineColor, s.boxShadow, s.backgroundColor, s.color, s.borderColor, s.textDecorationLine].join('|');
      };
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 1 && !/rgba\(\d+, \d+, \d+, 0\)|transparent/.test(s.outlineColor);
      const focused = sig();
      el.blur();
      const unfocused = sig();
      el.focus();
      const label = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''} "${(el.textContent ?? '').trim().slice(0, 30)}"`;
      return { label, visible: outline || s.boxShadow !== 'none' || focused !== unfocused };
    });
    if (r === null) break;
    stops++;
    if (!r.visible) invisible.push(r.label);
  }

  let intoMain = false;
  if (skip.ok) {
    await page.evaluate(() => (window as unknown as { __skipLink: HTMLElement }).__skipLink.focus());
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    // The next stop is in <main>, or after it when <main> holds nothing focusable: the header is skipped.
    intoMain = await page.evaluate(() => {
      const main = document.querySelector('main');
      const el = document.activeElement;
      return !!main && !!el && (main.contains(el) || !!(main.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING));
    });
  }
  report.check(`${path}  skip link is the first tab stop, visible, and skips the header`, skip.ok && intoMain, `${skip.detail}${skip.ok && !intoMain ? '; the next Tab after Enter lands before <main>' : ''}`);
  report.check(`${path}  visible focus on the first ${stops} tab stop(s)`, stops > 0 && invisible.length === 0, invisible.slice(0, 5).join(', '));

  const same = await sameSoundingDisclosures(page);
  report.check(`${path}  each row's disclosure in a table says whose it is`, same.length === 0, same.slice(0, 3).join(', '));
}

export const a11y: Suite = {
  name: 'a11y',
  async run(ctx) {
    const templates = representatives(ctx.pages, 2);
    const firstOfPattern = new Set<string>();
    const seenPattern = new Set<string>();
    for (const t of templates) {
      if (!seenPattern.has(t.pattern)) firstOfPattern.add(t.path);
      seenPattern.add(t.pattern);
    }
    const chosen = new Set(templates.map((t) => t.path));
    const units = sample(ctx.pages.filter((p) => p.startsWith('/dia-ban/') && !chosen.has(p)), UNIT_SAMPLE, seededRandom(SEED + 1));
    const targets = [...templates.map((t) => t.path), ...units];
    ctx.report.info(`${seenPattern.size} route patterns, ${templates.length} template pages + ${units.length} seeded unit pages (seed ${SEED})`);

    const context = await newSiteContext(ctx.browser, ctx.site.origin);
    const tabs = new TabPool(context, ctx.site.origin);
    let failures: number[];
    try {
      // Focus is emulated per page, so pages tabbed through side by side each keep their own.
      failures = await checkInFlight(ctx.report, targets, PAGES_IN_FLIGHT, (path) => `${path}  accessibility checks ran`, (path, report) => tabs.use(async (page) => {
        const pageCtx = { ...ctx, report };
        await page.goto(ctx.site.origin + path, { waitUntil: 'networkidle' });
        await axePage(pageCtx, page, path, 1280);
        if (/^(\/en)?\/dia-ban\//.test(path)) {
          // A unit page's criteria, official and estimated, each with its "Các năm trước".
          const same = await sameSoundingDisclosures(page, 'main', '.criterion-years summary');
          report.check(`${path}  each criterion's earlier years say which criterion they open`, same.length === 0, same.slice(0, 3).join(', '));
        }
        if (firstOfPattern.has(path)) {
          await manualChecks(pageCtx, page, path);
          await page.setViewportSize({ width: 360, height: 740 });
          // Not a reload: the skip link left its #target in the address.
          await page.goto(ctx.site.origin + path, { waitUntil: 'networkidle' });
          await axePage(pageCtx, page, path, 360);
        }
      }));
    } finally {
      await context.close();
    }
    const violating = failures.filter((n) => n > 0).length;
    ctx.report.info(`accessibility: ${targets.length} pages checked, ${violating} with problems`);
  },
};

if (import.meta.main) await runSuites([a11y]);
