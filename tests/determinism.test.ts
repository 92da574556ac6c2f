import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareTrees, firstDifference, hashTree } from '../scripts/check-determinism.ts';

/** The comparison behind scripts/check-determinism.ts (which builds the site twice, in CI). */
describe('comparing two builds', () => {
  function tree(files: Record<string, string>): string {
    const root = mkdtempSync(path.join(tmpdir(), 'det-'));
    for (const [name, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
      writeFileSync(path.join(root, name), text);
    }
    return root;
  }

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
