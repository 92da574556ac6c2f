import { pathToFileURL } from 'node:url';
import path from 'node:path';

const scripts = path.resolve(import.meta.dirname, '..');

/**
 * Node's arguments for validation as staff run it (`npm run validate`, package.json): the
 * compile cache preloaded, so the bench times the command, not a first parse of its source.
 * Run from the repository root, where the cache lives (.cache/node-compile).
 */
export function validateCommandArgs(dataRoot: string, contentRoot: string): string[] {
  return ['--import', pathToFileURL(path.join(scripts, 'cli', 'compile-cache.mjs')).href, path.join(scripts, 'validate.ts'), '--data', dataRoot, '--content', contentRoot];
}
