/**
 * Writes the staff editor into a built site, under /quan-tri/ (issue 16), after pagefind has
 * indexed the site (so the editor is never in search) and outside Astro (so the page
 * carries none of the site's CSP <meta>: Decap needs eval and inline styles, which only
 * the /quan-tri/ policy of public/_headers and deploy/nginx.conf allows):
 *
 * - Decap CMS's prebuilt bundle, copied from vendor/decap-cms/ (scripts/editor/vendor-decap.ts): the main script,
 *   its lazily loaded chunks and WebAssembly, and its licence notice — nothing from a CDN;
 * - bien-tap.js, src/client/editor/ bundled by esbuild (the unit widget and the build's own
 *   checks before saving);
 * - config.yml (src/site/editor/config.ts) and danh-muc.json (src/site/editor/catalogue.ts),
 *   from the release this build shows;
 * - index.html: noindex, no inline script.
 */
import { copyFileSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { build, type Plugin } from 'esbuild';
import { stringify } from 'yaml';
import type { Dataset } from '../../src/domain/dataset.ts';
import { editor as t } from '../../src/i18n/editor.vi.ts';
import { catalogue } from '../../src/site/editor/catalogue.ts';
import { editorConfig } from '../../src/site/editor/config.ts';
import { EDITOR_PATH } from '../../src/site/urls.ts';

import { DECAP_FILES, VENDOR_DIR as DECAP_DIST } from './vendor-decap.ts';

/**
 * The content checks' modules import node:fs and node:path for the build (reading files,
 * naming paths), never on the paths the editor calls: in the browser they are empty.
 */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /^node:/ }, (args) => ({ path: args.path, namespace: 'node-builtin' }));
    b.onLoad({ filter: /.*/, namespace: 'node-builtin' }, () => ({ contents: 'module.exports = {};', loader: 'js' }));
  },
};

const page = () => `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex, nofollow">
<title>${t.pageTitle}</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="cms-config-url" type="text/yaml" href="${EDITOR_PATH}config.yml">
<script src="${EDITOR_PATH}bien-tap.js"></script>
<script src="${EDITOR_PATH}decap-cms.js"></script>
</head>
<body>
<noscript>${t.loading}</noscript>
</body>
</html>
`;

export interface EditorWritten {
  /** Bytes of Decap CMS copied (main script, chunks, WebAssembly, licence notice). */
  decapBytes: number;
  /** Bytes of everything under /quan-tri/. */
  totalBytes: number;
}

export async function writeEditor(site: string, dataset: Dataset): Promise<EditorWritten> {
  const dir = path.join(site, ...EDITOR_PATH.split('/').filter(Boolean));
  mkdirSync(dir, { recursive: true });
  let decapBytes = 0;
  for (const name of readdirSync(DECAP_DIST).filter((n) => DECAP_FILES.test(n)).sort()) {
    copyFileSync(path.join(DECAP_DIST, name), path.join(dir, name));
    decapBytes += statSync(path.join(dir, name)).size;
  }
  const bundle = await build({
    entryPoints: [path.resolve('src/client/editor/main.ts')],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    legalComments: 'none',
    write: false,
    plugins: [noNodeBuiltins],
    logLevel: 'error',
  });
  const list = catalogue(dataset);
  const files: [string, string | Uint8Array][] = [
    ['bien-tap.js', bundle.outputFiles[0]!.contents],
    ['config.yml', stringify(editorConfig(list), { lineWidth: 0 })],
    ['danh-muc.json', `${JSON.stringify(list)}\n`],
    ['index.html', page()],
  ];
  for (const [name, contents] of files) writeFileSync(path.join(dir, name), contents);
  const totalBytes = readdirSync(dir).reduce((sum, name) => sum + statSync(path.join(dir, name)).size, 0);
  return { decapBytes, totalBytes };
}
