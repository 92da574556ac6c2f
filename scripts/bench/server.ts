/**
 * A tiny static server over a built site, on 127.0.0.1 and a random port: directory
 * index.html, 301 to the slash form, 404.html, no compression (the bench gzips bodies
 * itself, so what it counts doesn't depend on the server).
 */
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
};

async function kindAt(file: string): Promise<'file' | 'dir' | null> {
  try {
    const s = await stat(file);
    return s.isDirectory() ? 'dir' : s.isFile() ? 'file' : null;
  } catch {
    return null;
  }
}

export interface StaticServer {
  origin: string;
  close(): Promise<void>;
}

export async function serveStatic(rootDir: string): Promise<StaticServer> {
  const root = resolve(rootDir);
  const server: Server = createServer(async (req, res) => {
    const send = (status: number, file: string | null, headers: Record<string, string> = {}) => {
      const type = file ? (CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream') : 'text/plain; charset=utf-8';
      res.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', ...headers });
      if (!file || req.method === 'HEAD') res.end(file ? undefined : String(status));
      else createReadStream(file).pipe(res);
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') return send(405, null);
      const url = new URL(req.url ?? '/', 'http://127.0.0.1');
      const pathname = decodeURIComponent(url.pathname);
      const target = join(root, pathname);
      if (target !== root && !target.startsWith(root + sep)) return send(403, null);
      const kind = await kindAt(target);
      if (kind === 'dir') {
        if (!pathname.endsWith('/')) return send(301, null, { location: `${url.pathname}/${url.search}` });
        const index = join(target, 'index.html');
        if ((await kindAt(index)) === 'file') return send(200, index);
      } else if (kind === 'file') {
        return send(200, target);
      }
      const notFound = join(root, '404.html');
      return send(404, (await kindAt(notFound)) === 'file' ? notFound : null);
    } catch {
      return send(400, null);
    }
  });
  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
