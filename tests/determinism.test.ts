import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, hashTree } from '../scripts/check-determinism.ts';
import { FOREIGN_ENV, inputsDigest, isEmptyFolder, keptBuildProblem, type KeptBuildRecord } from '../scripts/determinism/kept-build.ts';

/** A new folder holding `files` (path → text). */
function tree(files: Record<string, string>, prefix = 'det-'): string {
  const root = mkdtempSync(path.join(tmpdir(), prefix));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

/** The comparison behind scripts/check-determinism.ts (which builds the site twice, in CI). */
describe('comparing two builds', () => {
  it('finds identical trees identical, whatever the file order on disk', () => {
    const a = hashTree(tree({ 'index.html': '<p>1</p>', 'a/b/index.html': 'x', '_astro/s.css': 'a{}' }));
    const b = hashTree(tree({ '_astro/s.css': 'a{}', 'a/b/index.html': 'x', 'index.html': '<p>1</p>' }));
    expect(compareTrees(a, b)).toEqual({ changed: [], missing: [], extra: [] });
    expect(a.get('a/b/index.html')).toBe('2d711642b726b04401627ca9fbac32f5c8530fb1903cc4db02258717921a4881');
  });

  it('names changed, missing and extra files, and where a text first differs', () => {
    const a = hashTree(tree({ 'index.html': 'built at 10:00', 'old.css': '', 'same.txt': 's' }));
    const b = hashTree(tree({ 'index.html': 'built at 17:00', 'new.css': '', 'same.txt': 's' }));
    expect(compareTrees(a, b)).toEqual({ changed: ['index.html'], missing: ['old.css'], extra: ['new.css'] });
    expect(firstDifference('line one\nbuilt at 10:00', 'line one\nbuilt at 17:00')).toBe('line 2, offset 19: "line one\\nbuilt at 10:00" vs "line one\\nbuilt at 17:00"');
  });
});

/** When the check may take test:build's kept build as its second, cold build (scripts/determinism/kept-build.ts). */
describe('the build test:build keeps', () => {
  function repo(files: Record<string, string>): string {
    const root = tree(files, 'det-git-');
    const git = (...args: string[]) => expect(spawnSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', ...args], { cwd: root }).status).toBe(0);
    git('init', '-q');
    git('add', '.');
    git('commit', '-q', '-m', 'first');
    return root;
  }

  it('digests the inputs: a change to the data, the code or a new file changes it; docs/ and tests/ do not', () => {
    const root = repo({ 'data/a.json': '{}', 'src/x.ts': 'x', 'docs/d.md': 'd', 'tests/t.ts': 't' });
    const clean = inputsDigest(root);
    expect(clean).toMatch(/^[0-9a-f]{64}$/);
    writeFileSync(path.join(root, 'docs/d.md'), 'changed');
    writeFileSync(path.join(root, 'tests/new.ts'), 'new');
    expect(inputsDigest(root)).toBe(clean);
    writeFileSync(path.join(root, 'data/a.json'), '{"a":1}');
    const edited = inputsDigest(root);
    expect(edited).not.toBe(clean);
    writeFileSync(path.join(root, 'src/y.ts'), 'y');
    expect(inputsDigest(root)).not.toBe(edited);
  });

  it('has no digest outside a git checkout', () => {
    expect(inputsDigest(mkdtempSync(path.join(tmpdir(), 'det-plain-')))).toBeUndefined();
  });

  it('is taken only when it exists, was made from these inputs, cold, in the foreign environment', () => {
    const kept: KeptBuildRecord = { inputs: 'abc', cold: true, env: FOREIGN_ENV };
    expect(keptBuildProblem(kept, 'abc')).toBeUndefined();
    expect(keptBuildProblem(undefined, 'abc')).toBe('npm run test:build has kept no build of the embedded site');
    expect(keptBuildProblem(kept, undefined)).toMatch(/^not a git checkout/);
    expect(keptBuildProblem(kept, 'abd')).toMatch(/^the kept build was made from other inputs/);
    expect(keptBuildProblem({ ...kept, cold: false }, 'abc')).toBe('the kept build was made with a build cache that was not empty');
    expect(keptBuildProblem({ ...kept, env: { ...FOREIGN_ENV, TZ: 'UTC' } as unknown as typeof FOREIGN_ENV }, 'abc')).toMatch(/another environment/);
  });

  it('knows an empty cache folder from a filled one', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'det-cache-'));
    expect(isEmptyFolder(path.join(root, 'png'))).toBe(true);
    mkdirSync(path.join(root, 'png'));
    expect(isEmptyFolder(path.join(root, 'png'))).toBe(true);
    writeFileSync(path.join(root, 'png', 'a.png'), '');
    expect(isEmptyFolder(path.join(root, 'png'))).toBe(false);
  });
});
