import { existsSync, renameSync, rmdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { EN_PREFIX } from '../i18n/lang.ts';

/** Where the English "not found" page is served from (deploy/nginx.conf, docs/routes.md). */
export const ENGLISH_NOT_FOUND_FILE = `${EN_PREFIX.slice(1)}/404.html`;

/**
 * Astro writes only the root 404 page as a file of its own (404.html); the English one
 * (src/pages/en/404.astro) comes out as en/404/index.html, which a server would also serve as a
 * page at /en/404/ with status 200. It is moved beside its folder's pages as en/404.html, the
 * file a host serves, with status 404, for a missing address under /en/.
 */
export function errorPages(): AstroIntegration {
  return {
    name: 'error-pages',
    hooks: {
      'astro:build:done': ({ dir }) => {
        const root = fileURLToPath(dir);
        const target = path.join(root, ENGLISH_NOT_FOUND_FILE);
        const built = path.join(path.dirname(target), '404', 'index.html');
        if (!existsSync(built)) return;
        renameSync(built, target);
        rmdirSync(path.dirname(built));
      },
    },
  };
}
