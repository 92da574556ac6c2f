/**
 * The import's scratch data root (src/domain/import/scratch-root.ts): the real root's folders
 * linked in, or copied where no junction can be made, and removed without touching them.
 */
import { existsSync, lstatSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchRoot } from '../src/domain/import/scratch-root.ts';
import { scratchFiles, tree } from './helpers/files.ts';

const { scratch } = scratchFiles('scratch-root-test-');

function realFolder(name: string): string {
  const dir = path.join(scratch, name, 'criteria');
  mkdirSync(path.join(dir, 'nested'), { recursive: true });
  writeFileSync(path.join(dir, '2021-2025.json'), '{"period":{"from":2021,"to":2025}}\n');
  writeFileSync(path.join(dir, 'nested', 'a.json'), '[]\n');
  return dir;
}

const notSupported = () => {
  // What Node throws where the volume takes no junction (Wine's drives give ENOTSUP; a network share, EPERM or EINVAL).
  throw Object.assign(new Error('ENOTSUP: operation not supported on socket, symlink'), { code: 'ENOTSUP', syscall: 'symlink' });
};

describe('the import scratch root', () => {
  it('links a folder of the real root where it can, and removing the scratch root leaves that folder whole', () => {
    const real = realFolder('linked');
    const before = tree(real);
    const root = scratchRoot();
    const seen = path.join(root.dir, 'criteria');
    root.mirror(real, seen);
    expect(lstatSync(seen).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(seen, 'nested', 'a.json'), 'utf8')).toBe('[]\n');
    root.remove();
    expect(existsSync(root.dir)).toBe(false);
    expect(tree(real)).toEqual(before);
  });

  it('copies the folder where no junction can be made (a network drive, a FAT disk, Wine), instead of failing the import, from a folder named in Vietnamese too', () => {
    const real = realFolder('Dữ liệu tỉnh');
    const before = tree(real);
    const root = scratchRoot(notSupported);
    const seen = path.join(root.dir, 'criteria');
    root.mirror(real, seen);
    expect(lstatSync(seen).isDirectory()).toBe(true);
    expect(readFileSync(path.join(seen, '2021-2025.json'), 'utf8')).toBe('{"period":{"from":2021,"to":2025}}\n');
    expect(readFileSync(path.join(seen, 'nested', 'a.json'), 'utf8')).toBe('[]\n');
    root.remove();
    expect(existsSync(root.dir)).toBe(false);
    expect(tree(real)).toEqual(before);
  });

  it('does not hide a failure that is not the machine’s behind a copy', () => {
    const root = scratchRoot(() => {
      throw new TypeError('a bug');
    });
    try {
      expect(() => root.mirror(realFolder('bug'), path.join(root.dir, 'criteria'))).toThrow(TypeError);
    } finally {
      root.remove();
    }
  });
});
