/**
 * Folders are copied through `copyFolder` (docs/known-traps.md#cpsync-and-paths-that-are-not-ascii-windows):
 * Node's native cpSync loses data on Windows in a folder named in Vietnamese, and a Linux
 * machine cannot show it, so the rule that no other code calls cpSync is what keeps it fixed.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { copyFolder } from '../src/domain/copy-folder.ts';

const scratch: string[] = [];
afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(ts|mjs)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

describe('copyFolder', () => {
  it('copies a tree whole into a folder named in Vietnamese', () => {
    const root = mkdtempSync(path.join(tmpdir(), 'copy-'));
    scratch.push(root);
    const from = path.join(root, 'Dữ liệu tỉnh');
    mkdirSync(path.join(from, 'phát hành', '2026.1'), { recursive: true });
    writeFileSync(path.join(from, 'phát hành', '2026.1', 'đơn vị.json'), '{"tên":"Xã Bính Xá"}');
    writeFileSync(path.join(from, 'README.md'), 'a');
    const to = path.join(root, 'Bản sao');
    copyFolder(from, to);
    expect(readdirSync(to, { recursive: true }).map(String).sort()).toEqual(['README.md', 'phát hành', path.join('phát hành', '2026.1'), path.join('phát hành', '2026.1', 'đơn vị.json')]);
    expect(readFileSync(path.join(to, 'phát hành', '2026.1', 'đơn vị.json'), 'utf8')).toBe('{"tên":"Xã Bính Xá"}');
  });

  it('is the only way the site and its scripts copy a folder', () => {
    const callers = [...sourceFiles('src'), ...sourceFiles('scripts')].filter(
      (file) => !file.endsWith(path.join('src', 'domain', 'copy-folder.ts')) && /\bcpSync\s*\(/.test(readFileSync(file, 'utf8')),
    );
    expect(callers).toEqual([]);
  });
});
