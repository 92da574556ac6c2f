// npm run check:links -- [--dist DIR] [--site ORIGIN] [--external]
//
// Link check of the built site, read from the files alone (no browser, no network):
// every internal href / src / srcset / poster / action / og:image / CSS url() / sitemap
// and feed URL must resolve to a file in dist/, every #anchor to an id on its target
// page; `javascript:` URLs, duplicate ids and directory links without their trailing
// slash are errors. External links are counted by host and listed with --external,
// never fetched. Exit 0 clean, 1 problems found, 2 usage.
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';

export interface Ref {
  /** The URL as written, entities decoded. */
  url: string;
  /** Where it was found, for the report: `a[href]`, `img[srcset]`, `css url()`, … */
  kind: string;
}

export interface ParsedPage {
  ids: string[];
  refs: Ref[];
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, ref: string) => {
    if (ref[0] === '#') return String.fromCodePoint(ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10));
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}

function attributes(source: string): Map<string, string> {
  const attrs = new Map<string, string>();
  for (const m of source.matchAll(/([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g)) {
    const name = m[1]!.toLowerCase();
    if (!attrs.has(name)) attrs.set(name, decodeEntities(m[2] ?? m[3] ?? m[4] ?? ''));
  }
  return attrs;
}

/** URLs of `url(...)` in CSS, except data: URIs. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '').filter((u) => u !== '' && !u.startsWith('data:'));
}

/** URLs of a srcset: "a.png 1x, b.png 2x". */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|,(?=\S)(?![^\s]*\s*\d+[wx]\b)/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter(Boolean);
}

const URL_ATTRIBUTES: Record<string, string[]> = {
  href: ['a', 'area', 'link', 'use', 'image'],
  'xlink:href': ['use', 'image', 'a'],
  src: ['img', 'script', 'iframe', 'source', 'audio', 'video', 'track', 'embed', 'input'],
  srcset: ['img', 'source'],
  poster: ['video'],
  data: ['object'],
  action: ['form'],
  formaction: ['button', 'input'],
};

/** Meta tags whose content is a URL a crawler or share preview will fetch. */
const URL_META = /^(og:image|og:image:url|og:image:secure_url|og:url|og:audio|og:video|twitter:image|twitter:url)$/;

/**
 * Ids and outgoing URLs of one HTML page. A tokenizer, not a full parser: enough for
 * the well-formed HTML Astro writes. Comments are skipped, and so is the text of
 * <script> (JSON-LD included) apart from its src; <style> text is read for url().
 */
export function parseHtml(html: string): ParsedPage {
  const ids: string[] = [];
  const refs: Ref[] = [];
  const token = /<!--[\s\S]*?-->|<(script|style)\b((?:[^>"']|"[^"]*"|'[^']*')*)>([\s\S]*?)<\/\1\s*>|<([a-zA-Z][\w:-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
  for (const m of html.matchAll(token)) {
    if (m[0].startsWith('<!--')) continue;
    const tag = (m[1] ?? m[4] ?? '').toLowerCase();
    const attrs = attributes(m[2] ?? m[5] ?? '');
    const id = attrs.get('id');
    if (id !== undefined && id !== '') ids.push(id);
    if (tag === 'a' && attrs.has('name')) ids.push(attrs.get('name')!);
    if (tag === 'style') for (const url of cssUrls(m[3] ?? '')) refs.push({ url, kind: 'style url()' });
    for (const [name, value] of attrs) {
      if (name === 'style') for (const url of cssUrls(value)) refs.push({ url, kind: `${tag}[style] url()` });
      if (!URL_ATTRIBUTES[name]?.includes(tag)) continue;
      if (tag === 'link' && /\b(preconnect|dns-prefetch)\b/.test(attrs.get('rel') ?? '')) continue;
      if (name === 'srcset') for (const url of srcsetUrls(value)) refs.push({ url, kind: `${tag}[srcset]` });
      else refs.push({ url: value, kind: `${tag}[${name}]` });
    }
    if (tag === 'meta' && URL_META.test(attrs.get('property') ?? attrs.get('name') ?? '') && attrs.get('content')) {
      refs.push({ url: attrs.get('content')!, kind: `meta[${attrs.get('property') ?? attrs.get('name')}]` });
    }
  }
  return { ids, refs };
}

export interface Problem {
  /** Page or file (URL path) the reference is on. */
  from: string;
  url: string;
  kind: string;
  message: string;
}

export interface LinkReport {
  pages: number;
  files: number;
  checked: { internal: number; anchors: number; assets: number; xml: number; css: number };
  external: Map<string, Set<string>>;
  problems: Problem[];
}

async function walk(root: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(root, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) out.push(path.relative(root, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  }
  return out.sort();
}

/** URL path of a file in dist: `dia-ban/x/index.html` → `/dia-ban/x/`. */
export function urlPathOf(file: string): string {
  if (file === 'index.html') return '/';
  if (file.endsWith('/index.html')) return `/${file.slice(0, -'index.html'.length)}`;
  return `/${file}`;
}

/** The site origin: --site, else the canonical link of the home page. */
async function siteOrigin(dist: string, given?: string): Promise<string | null> {
  if (given) return new URL(given).origin;
  try {
    const home = await readFile(path.join(dist, 'index.html'), 'utf8');
    const canonical = parseHtml(home).refs.find((r) => r.kind === 'link[href]' && /^https?:/.test(r.url) && /rel=["']?canonical/.test(home));
    return canonical ? new URL(canonical.url).origin : null;
  } catch {
    return null;
  }
}

export async function checkSite(dist: string, options: { site?: string } = {}): Promise<LinkReport> {
  const root = path.resolve(dist);
  const files = await walk(root);
  const fileSet = new Set(files);
  const origin = await siteOrigin(root, options.site);
  const report: LinkReport = { pages: 0, files: files.length, checked: { internal: 0, anchors: 0, assets: 0, xml: 0, css: 0 }, external: new Map(), problems: [] };
  const idsOf = new Map<string, Set<string>>();
  const refsOf = new Map<string, Ref[]>();

  for (const file of files) {
    const from = urlPathOf(file);
    if (file.endsWith('.html')) {
      report.pages++;
      const parsed = parseHtml(await readFile(path.join(root, file), 'utf8'));
      const ids = new Set<string>();
      for (const id of parsed.ids) {
        if (ids.has(id)) report.problems.push({ from, url: `#${id}`, kind: 'id', message: 'id used twice on the page' });
        ids.add(id);
      }
      idsOf.set(from, ids);
      refsOf.set(from, parsed.refs);
    } else if (file.endsWith('.svg')) {
      // A map page draws its areas with <use href="<layer file>.svg#<id>">: the ids must be there.
      idsOf.set(from, new Set([...(await readFile(path.join(root, file), 'utf8')).matchAll(/\sid="([^"]*)"/g)].map((m) => decodeEntities(m[1]!))));
    } else if (file.endsWith('.css')) {
      refsOf.set(from, cssUrls(await readFile(path.join(root, file), 'utf8')).map((url) => ({ url, kind: 'css url()' })));
    } else if (file.endsWith('.xml') && origin) {
      // Sitemaps and feeds: every absolute URL on the site's own origin.
      const xml = await readFile(path.join(root, file), 'utf8');
      const own = new RegExp(`${origin.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/[^\\s<"']*`, 'g');
      refsOf.set(from, [...xml.matchAll(own)].map((m) => ({ url: decodeEntities(m[0]), kind: 'xml' })));
    }
  }

  /** The file a URL path is served from, or why there is none. */
  const resolveFile = (pathname: string): { file: string } | { error: string } => {
    const rel = pathname.replace(/^\//, '');
    if (pathname.endsWith('/')) return fileSet.has(`${rel}index.html`) ? { file: `${rel}index.html` } : { error: 'no such page' };
    if (fileSet.has(rel)) return { file: rel };
    if (fileSet.has(`${rel}/index.html`)) return { error: 'page linked without its trailing slash (a redirect at best)' };
    return { error: 'no such file' };
  };

  for (const [from, refs] of refsOf) {
    for (const { url: raw, kind } of refs) {
      const url = raw.trim();
      const problem = (message: string) => report.problems.push({ from, url: raw, kind, message });
      if (/^javascript:/i.test(url)) {
        problem('javascript: URL');
        continue;
      }
      if (/^(mailto|tel|sms|data|blob):/i.test(url)) continue;
      let target: URL;
      try {
        target = new URL(url, `${origin ?? 'https://site.invalid'}${from}`);
      } catch {
        problem('not a valid URL');
        continue;
      }
      const internal = origin ? target.origin === origin : !/^[a-z][a-z0-9+.-]*:|^\/\//i.test(url);
      if (!internal) {
        if (/^https?:$/.test(target.protocol)) {
          const pages = report.external.get(target.href) ?? new Set<string>();
          pages.add(from);
          report.external.set(target.href, pages);
        } else {
          problem(`unexpected scheme ${target.protocol}`);
        }
        continue;
      }
      let pathname: string;
      try {
        pathname = decodeURIComponent(target.pathname);
      } catch {
        problem('bad percent-encoding');
        continue;
      }
      const resolved = resolveFile(pathname);
      if (kind === 'xml') report.checked.xml++;
      else if (kind === 'css url()') report.checked.css++;
      else if ('file' in resolved ? resolved.file.endsWith('.html') : pathname.endsWith('/')) report.checked.internal++;
      else report.checked.assets++;
      if ('error' in resolved) {
        problem(resolved.error);
        continue;
      }
      const hash = target.hash.slice(1);
      if (hash === '' || hash === 'top' || !/\.(html|svg)$/.test(resolved.file)) continue;
      report.checked.anchors++;
      const fragment = (() => {
        try {
          return decodeURIComponent(hash);
        } catch {
          return hash;
        }
      })();
      if (!idsOf.get(urlPathOf(resolved.file))?.has(fragment)) problem(`no element with id "${fragment}" on ${urlPathOf(resolved.file)}`);
    }
  }
  return report;
}

/** Problems grouped by (url, message), most frequent first, with a few pages each. */
export function summarize(problems: Problem[]): string[] {
  const groups = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.message}\u0000${p.url}`;
    groups.set(key, [...(groups.get(key) ?? []), p]);
  }
  return [...groups.values()]
    .sort((a, b) => b.length - a.length || (a[0]!.url < b[0]!.url ? -1 : 1))
    .map((list) => {
      const p = list[0]!;
      const pages = [...new Set(list.map((x) => x.from))];
      return `${p.url}  ${p.kind}  ${p.message} — on ${pages.length} page(s): ${pages.slice(0, 3).join(' ')}${pages.length > 3 ? ' …' : ''}`;
    });
}

async function main(): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ options: { dist: { type: 'string', default: 'dist' }, site: { type: 'string' }, external: { type: 'boolean', default: false } } }));
  } catch (err) {
    console.error(String(err));
    return 2;
  }
  const dist = values.dist!;
  if (!(await stat(path.join(dist, 'index.html')).then((s) => s.isFile(), () => false))) {
    console.error(`${dist}/index.html not found: run npm run build first`);
    return 2;
  }
  const started = performance.now();
  const report = await checkSite(dist, { site: values.site });
  const { checked } = report;
  for (const line of summarize(report.problems)) console.log(`BROKEN  ${line}`);
  const hosts = new Map<string, number>();
  for (const url of report.external.keys()) hosts.set(new URL(url).host, (hosts.get(new URL(url).host) ?? 0) + 1);
  console.log(`external links (listed, not fetched): ${report.external.size} distinct URLs on ${hosts.size} hosts — ${[...hosts].sort((a, b) => b[1] - a[1]).map(([h, n]) => `${h} ${n}`).join(', ')}`);
  if (values.external) for (const [url, pages] of [...report.external].sort()) console.log(`  ${url}  (${pages.size} page(s), e.g. ${[...pages][0]})`);
  console.log(
    `${report.pages} pages, ${report.files} files: ${checked.internal} page links, ${checked.anchors} anchors, ${checked.assets} asset references, ${checked.css} CSS url(), ${checked.xml} sitemap/feed URLs checked; ` +
      `${report.problems.length} problem(s) in ${Math.round(performance.now() - started)} ms`,
  );
  return report.problems.length > 0 ? 1 : 0;
}

if (import.meta.main) process.exitCode = await main();
