/**
 * npm run vendor:decap — refreshes vendor/decap-cms/ from the npm registry.
 *
 * Why vendored: the decap-cms package ships a prebuilt, self-contained bundle (React
 * included) but still declares the dependencies of its sources, so installing it added
 * about 640 packages and 870 MB to every `npm install` of this project, for files the
 * site only copies. The bundle is fetched with `npm pack` (which checks the registry's
 * integrity hash), and only what the editor page loads is kept: the main script, its
 * lazily loaded chunks, its WebAssembly encoders and its licence notices.
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const DECAP_VERSION = '3.16.3';
export const VENDOR_DIR = path.resolve('vendor/decap-cms');
/** decap-cms.js loads its chunks (<n>.decap-cms.js) and encoders (*.wasm) from its own folder. */
export const DECAP_FILES = /^(decap-cms\.js|decap-cms\.js\.LICENSE\.txt|\d+\.decap-cms\.js|[0-9a-f]+\.wasm)$/;

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
    const withFileUrls = files.filter((f) => f.endsWith('.js') && readFileSync(path.join(VENDOR_DIR, f), 'latin1').includes('file:///'));
    writeFileSync(
      path.join(VENDOR_DIR, 'SOURCE.md'),
      `# Decap CMS ${DECAP_VERSION} (prebuilt bundle)\n\n` +
        `Copied by \`npm run vendor:decap\` (scripts/editor/vendor-decap.ts) from the npm package\n` +
        `\`decap-cms@${DECAP_VERSION}\`, \`dist/\`: ${files.length} files.\n\n` +
        `- Registry integrity of the package: \`${integrity}\`\n` +
        `- Licence: ${manifest.license} (https://github.com/decaporg/decap-cms). The notices of the\n` +
        `  libraries bundled inside are in \`decap-cms.js.LICENSE.txt\`.\n` +
        `- Served only under /quan-tri/ (scripts/editor/write.ts); no public page loads it.\n` +
        `- The files are the package's bytes, unedited.\n` +
        (withFileUrls.length
          ? `  ${withFileUrls.join(', ')} hold a \`file://\` URL of a folder on Decap's own build\n` +
            `  machine: the URL webpack wrote in place of \`import.meta.url\` in the bundled WebP encoder\n` +
            `  (Emscripten's script folder). A page served over HTTP never loads a file: URL, so it\n` +
            `  points at nothing of ours.\n`
          : ''),
    );
    console.log(`vendor/decap-cms: ${files.length} tệp của decap-cms@${DECAP_VERSION}`);
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (import.meta.main) vendor();
