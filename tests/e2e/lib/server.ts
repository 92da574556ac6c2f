/**
 * Serves a built site (dist/) on 127.0.0.1 like a static host: directory
 * index.html, 301 to the slash form, 404.html. The response headers of the
 * site's own `_headers` file (Netlify / Cloudflare Pages format, copied from
 * public/) are applied, so the browser suites run under the same CSP and
 * policies a real host sends — except caching: everything is `no-store`.
 * With `api`, POST /api/v1 goes to that origin (the editor's local backend,
 * decap-server: scripts/editor.ts), so the editor reaches it on its own origin.
 */
import { createServer, request } from 'node:http';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, sep } from 'node:path';
import type { AddressInfo } from 'node:net';
import { createGzip } from 'node:zlib';
import { ENGLISH_NOT_FOUND_FILE } from '../../../src/integrations/error-pages.ts';
import { langOfPath } from '../../../src/i18n/lang.ts';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
  // Decap CMS reads its config.yml only when the type says YAML.
  '.yml': 'text/yaml; charset=utf-8',
};

export interface HeaderRule {
  pattern: string;
  headers: [string, string][];
}

/**
 * Parses a `_headers` file: a path pattern (`*` matches anything) then indented `Name: value`
 * lines, or `! Name` (Cloudflare Pages): drop that header as set by the rules above.
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const raw of text.split('\n')) {
    const line = raw.replace(/\s+$/, '');
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: [] });
      continue;
    }
    const rule = rules.at(-1);
    const detach = /^\s*!\s*([\w-]+)$/.exec(line);
    if (rule && detach) {
      rule.headers.push([`!${detach[1]!}`, '']);
      continue;
    }
    const colon = line.indexOf(':');
    if (!rule || colon < 0) throw new Error(`_headers: header line outside a path block: ${JSON.stringify(line)}`);
    rule.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

export function patternMatches(pattern: string, pathname: string): boolean {
  const re = new RegExp(`^${pattern.split('*').map((p) => p.replace(/[.+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
  return re.test(pathname);
}

/** Headers for a path: every matching rule applies in order; a repeated header is joined with ", " as Cloudflare Pages does; `! Name` drops it. */
export function headersFor(rules: readonly HeaderRule[], pathname: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const rule of rules) {
    if (!patternMatches(rule.pattern, pathname)) continue;
    for (const [name, value] of rule.headers) {
      if (name.startsWith('!')) {
        delete out[name.slice(1).toLowerCase()];
        continue;
      }
      const key = name.toLowerCase();
      out[key] = out[key] ? `${out[key]}, ${value}` : value;
    }
  }
  return out;
}

async function kindOf(path: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(path);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

/**
 * An empty page the server answers itself, on the site's origin: a tab reused for page after
 * page steps onto it between two pages, so what one page does while it unloads is not counted
 * against the next. about:blank did the same at about three times the CPU: leaving the
 * site's origin and coming back starts a new renderer process each time (0.48 s of CPU a
 * page on the 2-core machine, against 0.14 s for this page).
 */
export const BLANK_PATH = '/__e2e-blank__';

export interface SiteServer {
  origin: string;
  /** Rules read from `<root>/_headers` (empty when the file is absent). */
  headerRules: HeaderRule[];
  close(): Promise<void>;
}

export interface ServeOptions {
  /**
   * Answer like a production host (deploy/nginx.conf): gzip text when the browser accepts it,
   * and the Cache-Control of `_headers`, else revalidate. For Lighthouse, which judges both;
   * without it everything is `no-store` and uncompressed, so every load counts its own bytes.
   */
  likeHost?: boolean;
  /** A port of its own (0, the default: any free one). */
  port?: number;
  /** Forward POST /api/v1 to this origin (the staff editor's local backend, decap-server). */
  api?: string;
}

/** Compressed by deploy/nginx.conf's `gzip_types` (and HTML, which nginx always compresses). */
const COMPRESSED = /^(text\/|application\/(javascript|json|geo\+json|xml|rss\+xml)|image\/svg\+xml)/;

export async function serveSite(root: string, options: ServeOptions = {}): Promise<SiteServer> {
  let headerRules: HeaderRule[] = [];
  try {
    headerRules = parseHeadersFile(await readFile(join(root, '_headers'), 'utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') throw err;
  }
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const send = (status: number, file: string | null, extra: Record<string, string> = {}) => {
      const type = file ? (CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain';
      const fromFile = headersFor(headerRules, url.pathname);
      const caching = options.likeHost ? (fromFile['cache-control'] ?? 'public, max-age=0, must-revalidate') : 'no-store';
      const gzip = options.likeHost && file !== null && COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
      res.writeHead(status, { ...fromFile, 'content-type': type, 'cache-control': caching, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}), ...extra });
      if (!file || req.method === 'HEAD') res.end(file ? undefined : String(status));
      else if (gzip) createReadStream(file).pipe(createGzip()).pipe(res);
      else createReadStream(file).pipe(res);
    };
    try {
      if (options.api && url.pathname === '/api/v1' && req.method === 'POST') {
        const forward = request(`${options.api}/api/v1`, { method: 'POST', headers: { 'content-type': req.headers['content-type'] ?? 'application/json' } }, (answer) => {
          res.writeHead(answer.statusCode ?? 502, { 'content-type': answer.headers['content-type'] ?? 'application/json', 'cache-control': 'no-store' });
          answer.pipe(res);
        });
        forward.on('error', () => send(502, null));
        req.pipe(forward);
        return;
      }
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null);
      if (url.pathname === BLANK_PATH) {
        res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
        // An icon of its own: without one Chromium asks for /favicon.ico, whose 404 (logged as a
        // console error) could land on the next page (seen once in CI, under load).
        return res.end('<!doctype html><title>-</title><link rel="icon" href="data:,">');
      }
      const pathname = decodeURIComponent(url.pathname);
      const target = join(root, pathname);
      if (target !== root && !target.startsWith(root + sep)) return send(403, null);
      const kind = await kindOf(target);
      if (kind === 'dir') {
        if (!pathname.endsWith('/')) return send(301, null, { location: `${url.pathname}/${url.search}` });
        const index = join(target, 'index.html');
        if ((await kindOf(index)) === 'file') return send(200, index);
      } else if (kind === 'file') {
        return send(200, target);
      }
      // As deploy/nginx.conf: a missing address under /en/ gets the English page.
      const notFound = join(root, langOfPath(pathname) === 'en' ? ENGLISH_NOT_FOUND_FILE : '404.html');
      return send(404, (await kindOf(notFound)) === 'file' ? notFound : null);
    } catch {
      return send(400, null);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(options.port ?? 0, '127.0.0.1', () => done());
  });
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    headerRules,
    // Every connection closed, not only the idle ones: close() alone waits for the browser's
    // keep-alive connections with a request in flight, and the offline suite (which closes the
    // server to cut the network) once waited on one for ever in CI.
    close: () =>
      new Promise((done) => {
        server.close(() => done());
        server.closeAllConnections();
      }),
  };
}
