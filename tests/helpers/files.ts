import { mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A scratch folder, and a writer of numbered files in it (the same name twice never collides). */
export function scratchFiles(prefix: string): { scratch: string; file: (name: string, content: string | Buffer) => string } {
  const scratch = mkdtempSync(path.join(tmpdir(), prefix));
  let n = 0;
  return {
    scratch,
    file: (name, content) => {
      const target = path.join(scratch, `${n++}-${name}`);
      writeFileSync(target, content);
      return target;
    },
  };
}

/** Every file under a directory with its bytes and time, to prove nothing was touched; `skip` names files left out. */
export function tree(dir: string, skip: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile() && !skip.includes(e.name)) {
      const p = path.join(e.parentPath, e.name);
      out[path.relative(dir, p)] = readFileSync(p).toString('base64') + statSync(p).mtimeMs;
    }
  }
  return out;
}
