/**
 * The repository stands on its own: a fresh clone has nothing beside it. No
 * tracked file may point outside the repository (a sibling folder, a machine
 * path) or cite design notes that are not in it; everything the scripts read
 * from sources/ is there, with a SOURCE.md and the licence texts it names.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { REFERENCE_FILES } from '../scripts/demo/reference.ts';
import { parseArgs as demoArgs } from '../scripts/generate-demo-release.ts';
import { LAYER_SOURCES } from '../scripts/geo/layers.ts';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function trackedFiles(): string[] {
  const run = spawnSync('git', ['ls-files', '-z'], { cwd: repoRoot, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) throw new Error(`git ls-files: ${run.stderr || run.error}`);
  return run.stdout.split('\0').filter((f) => f !== '' && existsSync(path.join(repoRoot, f)));
}

const BINARY = /\.(png|jpe?g|gif|webp|avif|ico|woff2?|ttf|otf|xlsx?|zip|gz|pdf)$/i;
const textFiles = trackedFiles()
  .filter((f) => !BINARY.test(f))
  .map((file) => ({ file, text: readFileSync(path.join(repoRoot, file), 'utf8') }));

// Built from pieces so that this file does not match itself.
const SIBLING = ['..', 'shared'].join('/');
const FORBIDDEN: [string, RegExp][] = [
  ['a sibling folder of the repository', new RegExp(`${SIBLING.replaceAll('.', '\\.')}\\b`)],
  ['an absolute machine path', new RegExp([...['work', 'home', 'Users', 'mnt'].map((d) => `\\/${d}\\/`), `[A-Z]:\\\\${'Users'}\\\\`].join('|'))],
  ['design notes that are not in the repository', new RegExp(`\\b(?:${['DESIGN', 'NOTES'].join('|')})\\.md\\b|\\b${'DESIGN'} §`)],
];

describe('no tracked file points outside the repository', () => {
  it('has tracked files to look at', () => {
    expect(textFiles.length).toBeGreaterThan(100);
  });

  it.each(FORBIDDEN)('none outside docs/ mentions %s', (_what, pattern) => {
    const offenders = textFiles
      .filter(({ file }) => !file.startsWith('docs/'))
      .flatMap(({ file, text }) =>
        text.split('\n').flatMap((line, i) => (pattern.test(line) ? [`${file}:${i + 1}: ${line.trim().slice(0, 120)}`] : [])),
      );
    expect(offenders).toEqual([]);
  });

  it('would catch one', () => {
    const [sibling, absolute, notes] = FORBIDDEN.map(([, re]) => re);
    expect(sibling!.test(`path.resolve('${SIBLING}/geo')`)).toBe(true);
    expect(absolute!.test(`see ${'/work'}/shared/x`)).toBe(true);
    expect(absolute!.test(`C:\\${'Users'}\\staff\\data`)).toBe(true);
    expect(absolute!.test('/usr/bin/chromium')).toBe(false);
    expect(notes!.test(`(${'DESIGN'}.md §3)`)).toBe(true);
    expect(notes!.test(`(${'DESIGN'} §7)`)).toBe(true);
  });
});

describe('what the scripts read from sources/ is there', () => {
  it('every sources/ path named in scripts, src and tests exists (JSON pointers like /sources/0/id aside)', () => {
    const named = textFiles
      .filter(({ file }) => /^(scripts|src|tests)\//.test(file))
      .flatMap(({ file, text }) => [...text.matchAll(/(?<![\w/])sources\/[a-z][\w./-]*[\w/]/g)].map((m) => ({ file, target: m[0] })));
    expect(named.length).toBeGreaterThan(5);
    const missing = named.filter(({ target }) => !existsSync(path.join(repoRoot, target))).map(({ file, target }) => `${file}: ${target}`);
    expect(missing).toEqual([]);
  });

  it('the geo pipeline finds each of its source files in its default folder', () => {
    const script = readFileSync(path.join(repoRoot, 'scripts/build-geo.ts'), 'utf8');
    const folder = /values\.source \?\? '([^']+)'/.exec(script)?.[1];
    expect(folder).toBe('sources/boundaries');
    for (const layer of LAYER_SOURCES) expect(existsSync(path.join(repoRoot, folder!, layer.source)), layer.source).toBe(true);
  });

  it('the demo generator finds each admin-unit table in its default folder', () => {
    const { referenceDir } = demoArgs([]);
    expect(path.relative(repoRoot, referenceDir)).toBe(path.join('sources', 'admin-units'));
    for (const name of Object.values(REFERENCE_FILES)) expect(existsSync(path.join(referenceDir, name)), name).toBe(true);
  });

  it('every folder of sources/ has a SOURCE.md, and the licence files it names exist', () => {
    const folders = readdirSync(path.join(repoRoot, 'sources')).filter((f) => statSync(path.join(repoRoot, 'sources', f)).isDirectory());
    expect(folders.sort()).toEqual(['admin-units', 'boundaries', 'plan', 'published-facts']);
    for (const folder of folders) {
      const sourceMd = path.join(repoRoot, 'sources', folder, 'SOURCE.md');
      expect(existsSync(sourceMd), `sources/${folder}/SOURCE.md`).toBe(true);
      for (const [licence] of readFileSync(sourceMd, 'utf8').matchAll(/LICENSE-[\w.-]+\.txt/g)) {
        expect(existsSync(path.join(repoRoot, 'sources', folder, licence)), `sources/${folder}/${licence}`).toBe(true);
      }
    }
  });

  it('GPL-3.0 data travels with the full GPL-3.0 text', () => {
    for (const folder of ['boundaries', 'admin-units']) {
      const text = readFileSync(path.join(repoRoot, 'sources', folder, 'LICENSE-GPL-3.0.txt'), 'utf8');
      expect(text).toContain('GNU GENERAL PUBLIC LICENSE');
      expect(text).toContain('Version 3, 29 June 2007');
      expect(text).toContain('END OF TERMS AND CONDITIONS');
    }
  });
});
