/**
 * npm run vendor:decap — refreshes vendor/decap-cms/ from the npm registry.
 *
 * Why vendored: the decap-cms package ships a prebuilt, self-contained bundle (React
 * included) but still declares the dependencies of its sources, so installing it added
 * about 640 packages and 870 MB to every `npm install` of this project, for files the
 * site only copies. The bundle is fetched with `npm pack` (which checks the registry's
 * integrity hash), and only what the editor page loads is kept: the main script, its
 * lazily loaded chunks, its WebAssembly encoders and its licence notices. The one change
 * to their bytes: a file: URL of Decap's build machine is shortened (shortenBuildPaths).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DECAP_VERSION = '3.16.3';
export const VENDOR_DIR = path.resolve('vendor/decap-cms');
/** decap-cms.js loads its chunks (<n>.decap-cms.js) and encoders (*.wasm) from its own folder. */
export const DECAP_FILES = /^(decap-cms\.js|decap-cms\.js\.LICENSE\.txt|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/;

/** What a build machine's `file:///…/node_modules/` becomes in the vendored chunks. */
const SHORT_BUILD_URL = 'file:///decap-cms/node_modules/';

/** Shortens the build-machine file: URLs in a chunk (see SOURCE.md); true when there were any. */
function shortenBuildPaths(file: string): boolean {
  // latin1 reads and writes every byte as it is: only the URLs change.
  const text = readFileSync(file, 'latin1');
  const shortened = text.replace(/file:\/\/\/[^"'\s]*?\/node_modules\//g, SHORT_BUILD_URL);
  if (shortened === text) return false;
  writeFileSync(file, shortened, 'latin1');
  return true;
}

function vendor(): void {
  const scratch = mkdtempSync(path.join(tmpdir(), 'decap-'));
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const packed = JSON.parse(execFileSync(npm, ['pack', `decap-cms@${DECAP_VERSION}`, '--json', '--pack-destination', scratch], { encoding: 'utf8', shell: process.platform === 'win32' })) as { filename: string; integrity: string }[];
    const { filename, integrity } = packed[0]!;
    execFileSync('tar', ['-xzf', path.join(scratch, filename), '-C', scratch]);
    const dist = path.join(scratch, 'package', 'dist');
    const manifest = JSON.parse(readFileSync(path.join(scratch, 'package', 'package.json'), 'utf8')) as { license: string };
    rmSync(VENDOR_DIR, { recursive: true, force: true });
    mkdirSync(VENDOR_DIR, { recursive: true });
    const files = readdirSync(dist).filter((f) => DECAP_FILES.test(f)).sort();
    for (const f of files) copyFileSync(path.join(dist, f), path.join(VENDOR_DIR, f));
    const shortened = files.filter((f) => f.endsWith('.js') && shortenBuildPaths(path.join(VENDOR_DIR, f)));
    writeFileSync(
      path.join(VENDOR_DIR, 'SOURCE.md'),
      `# Decap CMS ${DECAP_VERSION} (prebuilt bundle)\n\n` +
        `Copied by \`npm run vendor:decap\` (scripts/editor/vendor-decap.ts) from the npm package\n` +
        `\`decap-cms@${DECAP_VERSION}\`, \`dist/\`: ${files.length} files.\n\n` +
        `- Registry integrity of the package: \`${integrity}\`\n` +
        `- Licence: ${manifest.license} (https://github.com/decaporg/decap-cms). The notices of the\n` +
        `  libraries bundled inside are in \`decap-cms.js.LICENSE.txt\`.\n` +
        `- Served only under /quan-tri/ (scripts/editor/write.ts); no public page loads it.\n` +
        (shortened.length
          ? `- The files are the package's bytes, but for one change: ${shortened.join(', ')} held a\n` +
            `  \`file://\` URL of a folder on Decap's own build machine (the URL webpack wrote in place\n` +
            `  of \`import.meta.url\` in the bundled WebP encoder, Emscripten's script folder), shortened\n` +
            `  here to \`${SHORT_BUILD_URL}…\` so that no machine's path is committed. A page served over\n` +
            `  HTTP never loads a file: URL, so the editor behaves the same with either.\n`
          : `- The files are the package's bytes, unedited.\n`),
    );
    console.log(`vendor/decap-cms: ${files.length} tệp của decap-cms@${DECAP_VERSION}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) vendor();
